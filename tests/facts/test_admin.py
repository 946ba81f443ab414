import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from facts.models import Claim
from tests.factories import ArticleFactory, CitationFactory

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:facts_claim_changelist")


@pytest.mark.parametrize(
    "url",
    [CHANGELIST, reverse("admin:corpus_article_changelist"), reverse("admin:facts_actor_changelist")],
)
def test_anonymous_users_are_sent_to_the_login_page(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_staff_without_the_curator_group_cannot_see_claims(client):
    client.force_login(User.objects.create_user("visitor", password="x", is_staff=True))

    assert client.get(CHANGELIST).status_code == 403


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?status__exact=proposed",
        "?date_precision__exact=60",
        "?citation_language=ar",
        "?q=באקו",
        "?o=1",
        "?date_approximate__exact=1",
    ],
)
def test_the_curator_claim_list_filters_orders_and_searches(curator_client, curated_timeline, query):
    response = curator_client.get(CHANGELIST + query)

    assert response.status_code == 200


def test_the_curator_search_finds_claims_by_their_quote(curator_client, curated_timeline):
    response = curator_client.get(CHANGELIST, {"q": "מאמאדיארוב"})

    keys = {claim.key for claim in response.context["cl"].result_list}
    assert keys == {"mammadyarov-visit-israel-2013-04"}


def test_the_claim_page_shows_each_quote_highlighted_in_its_text_right_to_left(curator_client, curated_timeline):
    claim = Claim.objects.get(key="socar-tamar-stake-2025")

    html = curator_client.get(reverse("admin:facts_claim_change", args=[claim.pk])).content.decode()

    assert '<div lang="ar" dir="rtl" class="quote-context"' in html
    assert '<div lang="he" dir="rtl" class="quote-context"' in html
    assert "<mark>בשנת 2025 העמיקה את הקשר" in html


def test_article_text_with_markup_is_escaped_in_the_admin(curator_client):
    article = ArticleFactory(text='Reported <script>alert("x")</script> in <img src=x onerror=alert(1)> 2012.')
    CitationFactory(article=article, quote='<script>alert("x")</script>')

    html = curator_client.get(reverse("admin:corpus_article_change", args=[article.pk])).content.decode()

    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "<img src=x onerror" not in html and 'alert("x")</script>' not in html


def test_the_curator_approves_proposed_claims_with_an_admin_action(curator_client, curator):
    claims = [CitationFactory(claim__status=Claim.Status.PROPOSED).claim for _ in range(2)]

    response = curator_client.post(
        CHANGELIST, {"action": "approve_selected", "_selected_action": [c.pk for c in claims]}, follow=True
    )

    assert response.status_code == 200
    assert "2 claim(s) approved." in response.content.decode()
    assert set(Claim.objects.values_list("status", flat=True)) == {"approved"}
    assert Claim.objects.filter(reviewed_by=curator).count() == 2


def test_the_curator_merges_duplicates_choosing_the_claim_to_keep(curator_client):
    first, second = (CitationFactory(claim__status=Claim.Status.PROPOSED).claim for _ in range(2))
    selected = {"action": "merge_selected", "_selected_action": [first.pk, second.pk]}

    confirm = curator_client.post(CHANGELIST, selected)
    done = curator_client.post(CHANGELIST, {**selected, "merge_target": second.pk}, follow=True)

    assert confirm.status_code == 200 and b'name="merge_target"' in confirm.content
    assert f"1 claim(s) merged into claim {second.pk}." in done.content.decode()
    first.refresh_from_db()
    assert first.merged_into == second and second.citations.count() == 2


def test_a_curator_edit_with_a_bad_date_is_refused_with_the_reason(curator_client):
    claim = CitationFactory().claim
    url = reverse("admin:facts_claim_change", args=[claim.pk])
    form = {
        "summary": claim.summary,
        "status": "approved",
        "confidence": "1",
        "date": "1992-04-31",
        "citations-TOTAL_FORMS": "0",
        "citations-INITIAL_FORMS": "0",
    }

    response = curator_client.post(url, form)

    assert response.status_code == 200
    assert "the day exists in that month" in response.content.decode()
    claim.refresh_from_db()
    assert claim.date == "1992-04"


def test_the_claim_history_is_visible_to_the_curator(curator_client):
    claim = CitationFactory(claim__summary="First version").claim
    claim.summary = "Second version"
    claim.save()

    response = curator_client.get(reverse("admin:facts_claim_history", args=[claim.pk]))

    assert response.status_code == 200
    assert [record.summary for record in response.context["page_obj"]] == ["Second version", "First version"]


def test_a_user_without_review_permission_does_not_get_the_approve_action(client):
    editor = User.objects.create_user("editor", password="x", is_staff=True)
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(*Permission.objects.filter(codename__in=["view_claim", "change_claim", "delete_claim"]))
    client.force_login(editor)
    CitationFactory(claim__status=Claim.Status.PROPOSED)

    action_form = client.get(CHANGELIST).context["action_form"]  # None when no action is left to the user
    actions = [name for name, _ in action_form.fields["action"].choices] if action_form else []

    assert "approve_selected" not in actions and "merge_selected" not in actions
    assert "delete_selected" not in actions  # claims are withdrawn or rejected; an administrator deletes


def test_citation_history_and_orphaned_citations_are_visible_to_the_curator(curator_client):
    citation = CitationFactory()
    citation.date_span_start, citation.date_span_end = 0, 5
    citation.save()

    listing = curator_client.get(reverse("admin:facts_citation_changelist"), {"is_orphaned__exact": "0"})
    history = curator_client.get(reverse("admin:facts_citation_history", args=[citation.pk]))

    assert listing.status_code == 200 and list(listing.context["cl"].result_list) == [citation]
    assert len(history.context["page_obj"]) == 2


def test_a_save_on_a_stale_version_of_the_form_is_refused_naming_who_changed_it(curator_client, django_user_model):
    """Defect 3: two curators with the same claim open; the second save must not silently undo the first."""
    from facts.services.claims import claim_update

    claim = CitationFactory(claim__summary="As first written").claim
    url = reverse("admin:facts_claim_change", args=[claim.pk])
    opened = curator_client.get(url).context["adminform"].form["seen_version"].value()
    other = django_user_model.objects.create_user("bob", is_staff=True)
    claim_update(claim=claim, by=other, summary="Bob's correction")

    form = {
        "summary": "My edit, made on what I saw",
        "confidence": "1",
        "date": claim.date,
        "seen_version": str(opened),
        "citations-TOTAL_FORMS": "0",
        "citations-INITIAL_FORMS": "0",
    }
    refused = curator_client.post(url, form)

    assert refused.status_code == 200
    page = refused.content.decode()
    assert "changed by bob" in page and "My edit, made on what I saw" in page  # the typed edit is kept
    claim.refresh_from_db()
    assert claim.summary == "Bob's correction"

    fresh = curator_client.get(url).context["adminform"].form["seen_version"].value()
    saved = curator_client.post(url, {**form, "seen_version": str(fresh)})
    assert saved.status_code == 302
    claim.refresh_from_db()
    assert claim.summary == "My edit, made on what I saw" and claim.version == fresh + 1
