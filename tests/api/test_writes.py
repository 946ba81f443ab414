import pytest

from facts.models import Citation, Claim

pytestmark = pytest.mark.django_db
CLAIMS = "/api/v1/claims/"
PERES = "במאי 2009 ערך הנשיא שמעון פרס ביקור רשמי במדינה."


def new_claim(**overrides) -> dict:
    return {
        "summary": "President Peres visited Azerbaijan",
        "date": "2009-05",
        "actors": ["shimon-peres", "azerbaijan"],
        "topics": ["diplomacy"],
        "citations": [{"article": "003_00395dea0d53ce7f", "quote": "ערך הנשיא שמעון פרס ביקור רשמי"}],
        **overrides,
    }


def test_anonymous_users_cannot_write(api, curated_timeline):
    claim, before = Claim.objects.first(), Claim.objects.count()

    assert api.post(CLAIMS, new_claim(), format="json").status_code == 401
    assert api.patch(f"{CLAIMS}{claim.pk}/", {"date": "1990"}, format="json").status_code == 401
    assert api.delete(f"{CLAIMS}{claim.pk}/").status_code == 401
    assert Claim.objects.count() == before


def test_a_curator_creates_a_claim_with_a_located_citation(curator_api, curator, curated_timeline):
    response = curator_api.post(CLAIMS, new_claim(), format="json")

    assert response.status_code == 201, response.content
    claim = Claim.objects.get(pk=response.json()["id"])
    citation = claim.citations.get()
    assert claim.status == "proposed" and claim.origin == "api" and claim.created_by == curator
    assert citation.article.text[citation.start : citation.end] == "ערך הנשיא שמעון פרס ביקור רשמי"
    # The claim, then its actors and topics: each step a version, each signed by the curator.
    assert {record.history_user for record in claim.history.all()} == {curator}


@pytest.mark.parametrize(
    ("payload", "field", "message"),
    [
        (new_claim(date="2009-13"), "date", "is not a valid EDTF date"),
        (new_claim(date="2009-2010"), "date", "written with a slash: 2009/2010"),
        (new_claim(citations=[{"article": "003_00395dea0d53ce7f", "quote": "words not in the article"}]),
         "quote", "does not occur in “ישראל-אזרבייג'ן: יחסים מיוחדים אל מול מגבלות”"),
        (new_claim(citations=[{"article": "003_00395dea0d53ce7f", "quote": "ערך הנשיא", "start": 5, "end": 14}]),
         "quote", "the article has"),
        (new_claim(citations=[{"article": "missing", "quote": "x"}]), "citations.0.article",
         "Unknown article: missing."),
        (new_claim(citations=[]), "citations", "at least one citation"),
        (new_claim(actors=["nobody"]), "actors", "Unknown actor: nobody."),
        (new_claim(confidence=2), "confidence", "less than or equal to 1"),
        (new_claim(status="published"), "status", "is not a valid choice"),
    ],
)  # fmt: skip
def test_a_bad_write_is_a_400_and_writes_nothing(curator_api, curated_timeline, payload, field, message):
    before = Claim.objects.count()

    response = curator_api.post(CLAIMS, payload, format="json")

    assert response.status_code == 400
    assert message in str(response.json()[field])
    assert Claim.objects.count() == before
    assert Citation.objects.filter(claim__key__isnull=True).count() == 0


def test_a_curator_edits_a_claims_date_and_actors_and_history_records_it(curator_api, curator, curated_timeline):
    claim = Claim.objects.get(key="peres-visit-2009-05")

    response = curator_api.patch(
        f"{CLAIMS}{claim.pk}/", {"date": "2009-05-~", "actors": ["shimon-peres"]}, format="json"
    )
    fixed = curator_api.patch(f"{CLAIMS}{claim.pk}/", {"date": "2009-05~", "actors": ["shimon-peres"]}, format="json")

    assert response.status_code == 400 and "date" in response.json()
    assert fixed.status_code == 200
    assert fixed.json()["date"]["display"]["en"] == "c. May 2009"
    claim.refresh_from_db()
    assert list(claim.actors.values_list("slug", flat=True)) == ["shimon-peres"]
    assert claim.history.first().history_user == curator and claim.history.first().date == "2009-05~"


def test_a_curator_approves_through_the_api_and_the_claim_becomes_public(curator_api, api, curator, drafts):
    proposed = drafts["proposed"]

    response = curator_api.patch(f"{CLAIMS}{proposed.pk}/", {"status": "approved"}, format="json")

    assert response.status_code == 200
    assert api.get(f"{CLAIMS}{proposed.pk}/").status_code == 200
    proposed.refresh_from_db()
    assert proposed.reviewed_by == curator


def test_citations_are_added_corrected_and_removed_through_the_api(curator_api, curated_timeline):
    claim = Claim.objects.get(key="peres-visit-2009-05")
    added = curator_api.post(
        "/api/v1/citations/",
        {"claim": claim.pk, "article": "003_00395dea0d53ce7f", "quote": "במהלך ביקורו של הנשיא פרס באזרבייג'ן"},
        format="json",
    )
    citation_id = added.json()["id"]

    corrected = curator_api.patch(f"/api/v1/citations/{citation_id}/", {"quote": "ביקורו של הנשיא פרס"}, format="json")
    wrong = curator_api.patch(f"/api/v1/citations/{citation_id}/", {"start": 0, "end": 5}, format="json")
    removed = curator_api.delete(f"/api/v1/citations/{citation_id}/")

    assert added.status_code == 201 and corrected.status_code == 200
    assert corrected.json()["quote"] == "ביקורו של הנשיא פרס"
    assert wrong.status_code == 400 and "the article has" in str(wrong.json()["quote"])
    assert removed.status_code == 204
    assert claim.citations.count() == 1
    assert Citation.history.filter(id=citation_id).count() == 3  # created, corrected, deleted


def test_the_last_citation_of_an_approved_claim_cannot_be_removed(curator_api, curated_timeline):
    claim = Claim.objects.get(key="peres-visit-2009-05")
    citation = claim.citations.get()

    response = curator_api.delete(f"/api/v1/citations/{citation.pk}/")

    assert response.status_code == 400
    assert f"Claim {claim.pk} (" in str(response.json()) and "without an anchored citation" in str(response.json())
    assert Citation.objects.filter(pk=citation.pk).exists()


def test_a_staff_user_without_curator_permissions_cannot_write(curated_timeline, django_user_model):
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_authenticate(django_user_model.objects.create_user("staff", is_staff=True))

    assert client.post(CLAIMS, new_claim(), format="json").status_code == 403


def test_a_token_is_issued_for_a_curators_credentials(api, curator):
    response = api.post("/api/v1/auth/token/", {"username": "curator", "password": "a-curator-password"})
    wrong = api.post("/api/v1/auth/token/", {"username": "curator", "password": "guess"})

    assert response.status_code == 200 and len(response.json()["token"]) == 40
    assert wrong.status_code == 400


def test_making_a_claim_public_needs_the_review_permission_whatever_the_path(api, drafts):
    """One rule decides that a claim becomes public (facts.services.claims.claim_publication_check): an
    editor who may change claims but not review them cannot approve one through REST."""
    from django.contrib.auth.models import Permission, User
    from rest_framework.authtoken.models import Token

    editor = User.objects.create_user("editor", password="an-editor-password", is_staff=True)
    editor.user_permissions.add(
        Permission.objects.get(codename="change_claim"), Permission.objects.get(codename="view_claim")
    )
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=editor).key}")
    draft = drafts["proposed"]

    approve = api.patch(f"{CLAIMS}{draft.pk}/", {"status": "approved"}, format="json")
    edit = api.patch(f"{CLAIMS}{draft.pk}/", {"summary": "A better summary"}, format="json")

    draft.refresh_from_db()
    assert approve.status_code == 403 and "review_claim" in approve.json()["detail"]
    assert edit.status_code == 200
    assert draft.status == Claim.Status.PROPOSED and draft.summary == "A better summary"
