"""One way in for every change to claims and citations: each service that changes what a claim shows raises
its version (so its ETag: an old one no longer gets a 304), the services check the review permission themselves,
and a public claim never loses its last anchored citation, whatever path asks (admin single, bulk, inline,
citation moved, REST)."""

import pytest
from django.contrib.auth.models import Permission, User
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from corpus.models import Article
from facts.models import Citation, Claim
from facts.services.citations import (
    CitationInput,
    citation_create,
    citation_delete,
    citation_update,
    citations_delete,
    citations_reanchor,
)
from facts.services.claims import (
    claim_remove,
    claim_suggestions_accept,
    claim_update,
    claims_approve,
    claims_dispute,
    claims_merge,
    claims_reject,
    claims_review,
)
from facts.services.fixtures import translations_fill

pytestmark = pytest.mark.django_db


def claim(key: str) -> Claim:
    return Claim.objects.get(key=key)


def second_citation(target: Claim) -> CitationInput:
    """Other words of the article the claim already cites (its first sentence's first 30 characters)."""
    article = target.citations.first().article
    start = article.text.find("\n", 200) + 1
    return CitationInput(article=article, quote=article.text[start : start + 30], start=start, end=start + 30)


def add_second_citation(target: Claim) -> Citation:
    return citation_create(claim=target, citation=second_citation(target))


# Each entry: a service call that changes what claim "yaalon-visit-2014-09" shows (`other` is another public claim).
CHANGES = {
    "citation created": lambda target, other, by: citation_create(
        claim=target, citation=second_citation(target), by=by
    ),
    "citation corrected": lambda target, other, by: citation_update(
        citation=target.citations.first(), by=by, date_span_start=None, date_span_end=None
    ),
    "citation deleted": lambda target, other, by: citation_delete(citation=add_second_citation(target), by=by),
    "citation moved in": lambda target, other, by: citation_update(
        citation=add_second_citation(other), by=by, claim=target
    ),
    "citation moved out": lambda target, other, by: citation_update(
        citation=add_second_citation(target), by=by, claim=other
    ),
    "merged into": lambda target, other, by: claims_merge(target=target, others=[other], by=by),
    "merged away": lambda target, other, by: claims_merge(target=other, others=[target], by=by),
    "disputes": lambda target, other, by: claims_dispute(claim=other, disputed=target, by=by),
    "summary edited": lambda target, other, by: claim_update(claim=target, by=by, summary="Ya'alon in Baku"),
    "actors set": lambda target, other, by: claim_update(claim=target, by=by, actors=[]),
    "disputes set on the other": lambda target, other, by: claim_update(claim=other, by=by, disputes=[target]),
    "rejected": lambda target, other, by: claims_reject(claims=[target], by=by),
    "withdrawn": lambda target, other, by: claim_remove(claim=target, by=by),
    "suggested actors accepted": lambda target, other, by: (
        Claim.objects.filter(pk=target.pk).update(suggested_actors=["Zakir Hasanov"]),
        claim_suggestions_accept(claim=target, by=by, language="en"),
    ),
    "translation filled": lambda target, other, by: (
        Claim.objects.filter(pk=target.pk).update(summary_ar=""),
        translations_fill(claim=claim(target.key), entry={"summary_ar": "يعلون في باكو"}),
    ),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_every_service_that_changes_what_a_claim_shows_raises_its_version_and_its_etag(
    change, curator_api, curator, curated_timeline
):
    target, other = claim("yaalon-visit-2014-09"), claim("peres-visit-2009-05")
    url = f"/api/v1/claims/{target.pk}/"
    first = curator_api.get(url)
    etag, version = first["ETag"], claim(target.key).version
    assert curator_api.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304

    CHANGES[change](claim(target.key), claim(other.key), curator)

    assert claim(target.key).version > version
    again = curator_api.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 200 and again["ETag"] != etag


def test_re_anchoring_after_a_text_change_raises_the_version_of_the_claims_it_moved(curated_timeline):
    target = claim("yaalon-visit-2014-09")
    article = target.citations.first().article
    version = target.version
    Article.objects.filter(pk=article.pk).update(text="A new first line.\n" + article.text)

    citations_reanchor(article=Article.objects.get(pk=article.pk))

    assert claim(target.key).version == version + 1
    assert claim(target.key).history.first().history_change_reason.startswith("citations re-anchored")


def test_the_history_says_who_raised_the_version_and_why(curator, curated_timeline):
    target = claim("yaalon-visit-2014-09")

    citation_create(claim=target, citation=second_citation(target), by=curator)

    record = claim(target.key).history.order_by("-history_date").first()
    assert record.history_user == curator and record.history_change_reason.startswith("citation added: “")


@pytest.fixture
def editor(db) -> User:
    """Staff who may change and delete claims and citations, without the review permission."""
    user = User.objects.create_user("editor", is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["view_claim", "change_claim", "view_citation", "change_citation", "delete_citation"]
        )
    )
    return User.objects.get(pk=user.pk)  # permissions are cached per object


@pytest.mark.parametrize(
    "decision",
    [
        lambda claims, by: claims_reject(claims=claims[:1], by=by),
        lambda claims, by: claims_merge(target=claims[0], others=claims[1:], by=by),
        lambda claims, by: claim_remove(claim=claims[0], by=by),
        lambda claims, by: claims_review(claims=claims[:1], status=Claim.Status.WITHDRAWN, by=by),
        lambda claims, by: claims_approve(claims=claims[1:], by=by),
        lambda claims, by: claim_update(claim=claims[0], by=by, status=Claim.Status.PROPOSED),
        lambda claims, by: claim_suggestions_accept(claim=claims[0], by=by, language="en"),
    ],
    ids=["reject", "merge", "withdraw", "review", "approve", "send back", "accept suggestions"],
)
def test_review_decisions_without_the_permission_are_refused_by_the_services_themselves(
    decision, editor, curated_timeline, drafts
):
    claims = [claim("peres-visit-2009-05"), drafts["proposed"]]
    Claim.objects.filter(pk=claims[0].pk).update(suggested_actors=["Zakir Hasanov"])
    versions = {c.pk: c.version for c in Claim.objects.all()}
    statuses = dict(Claim.objects.values_list("pk", "status"))

    with pytest.raises(PermissionDenied, match="review_claim"):
        decision(claims, editor)

    assert {c.pk: c.version for c in Claim.objects.all()} == versions
    assert dict(Claim.objects.values_list("pk", "status")) == statuses


def test_the_last_citation_of_a_public_claim_cannot_be_deleted_or_moved_by_the_services(curated_timeline, curator):
    public, other = claim("peres-visit-2009-05"), claim("yaalon-visit-2014-09")
    [last] = public.citations.all()

    with pytest.raises(ValidationError, match=f"Claim {public.pk} "):
        citation_delete(citation=last, by=curator)
    with pytest.raises(ValidationError, match=f"Claim {public.pk} "):
        citations_delete(citations=[last, *other.citations.all()], by=curator)
    with pytest.raises(ValidationError, match=f"Claim {public.pk} "):
        citation_update(citation=last, by=curator, claim=other)

    assert Citation.objects.filter(pk=last.pk, claim=public).exists()
    assert other.citations.count() == claim(other.key).citations.count()


def test_an_orphaned_citation_does_not_keep_a_claim_public(curated_timeline, curator):
    target = claim("yaalon-visit-2014-09")
    extra = add_second_citation(target)
    Citation.objects.filter(pk=extra.pk).update(is_orphaned=True)
    anchored = target.citations.exclude(pk=extra.pk)

    with pytest.raises(ValidationError, match="without an anchored citation"):
        citations_delete(citations=list(anchored), by=curator)


def test_deleting_the_last_citation_in_the_admin_is_refused_naming_the_claim(curator_client, curated_timeline):
    public = claim("peres-visit-2009-05")
    [last] = public.citations.all()

    single = curator_client.post(reverse("admin:facts_citation_delete", args=[last.pk]), {"post": "yes"}, follow=True)
    bulk = curator_client.post(
        reverse("admin:facts_citation_changelist"),
        {"action": "delete_selected", "_selected_action": [last.pk], "post": "yes"},
        follow=True,
    )

    for response in (single, bulk):
        said = " ".join(str(message) for message in response.context["messages"])
        assert f"Claim {public.pk} (" in said and "without an anchored citation" in said
    assert Citation.objects.filter(pk=last.pk).exists()


def test_moving_the_last_citation_to_another_claim_in_the_admin_is_refused(curator_client, curated_timeline):
    public, other = claim("peres-visit-2009-05"), claim("yaalon-visit-2014-09")
    [last] = public.citations.all()
    change = reverse("admin:facts_citation_change", args=[last.pk])
    data = {
        "claim": other.pk,
        "article": last.article_id,
        "quote": last.quote,
        "start": last.start,
        "end": last.end,
        "date_span_start": blank(last.date_span_start),
        "date_span_end": blank(last.date_span_end),
    }

    response = curator_client.post(change, data)

    assert response.status_code == 200, response  # the form again, with the reason
    assert f"Claim {public.pk} (" in response.content.decode()
    assert Citation.objects.get(pk=last.pk).claim_id == public.pk


def blank(value: int | None) -> int | str:
    return "" if value is None else value


def inline_data(target: Claim, *, delete: set[int] = frozenset()) -> dict:
    data = {
        "summary": target.summary,
        "summary_he": target.summary_he,
        "summary_ar": target.summary_ar,
        "confidence": target.confidence,
        "key": target.key,
        "date": target.date,
        "seen_version": target.version,
        "actors": [a.pk for a in target.actors.all()],
        "topics": [t.pk for t in target.topics.all()],
    }
    citations = list(target.citations.order_by("pk"))
    data |= {"citations-TOTAL_FORMS": len(citations), "citations-INITIAL_FORMS": len(citations),
             "citations-MIN_NUM_FORMS": 0, "citations-MAX_NUM_FORMS": 1000}  # fmt: skip
    for number, citation in enumerate(citations):
        data |= {
            f"citations-{number}-id": citation.pk,
            f"citations-{number}-claim": target.pk,
            f"citations-{number}-article": citation.article_id,
            f"citations-{number}-quote": citation.quote,
            f"citations-{number}-start": citation.start,
            f"citations-{number}-end": citation.end,
            f"citations-{number}-date_span_start": blank(citation.date_span_start),
            f"citations-{number}-date_span_end": blank(citation.date_span_end),
        }
        if citation.pk in delete:
            data[f"citations-{number}-DELETE"] = "on"
    return data


def test_removing_the_last_citation_in_the_claim_s_inline_is_refused(curator_client, curated_timeline):
    public = claim("peres-visit-2009-05")
    [last] = public.citations.all()

    response = curator_client.post(
        reverse("admin:facts_claim_change", args=[public.pk]), inline_data(public, delete={last.pk})
    )

    assert response.status_code == 200
    assert f"Claim {public.pk} (" in response.content.decode()
    assert Citation.objects.filter(pk=last.pk).exists() and claim(public.key).version == public.version


def test_the_claim_form_saves_through_the_service_raising_the_version_once(curator_client, curator, curated_timeline):
    target = claim("yaalon-visit-2014-09")
    data = inline_data(target) | {"summary": "Defence Minister Ya'alon visited Baku."}

    response = curator_client.post(reverse("admin:facts_claim_change", args=[target.pk]), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    saved = claim(target.key)
    assert saved.summary == "Defence Minister Ya'alon visited Baku." and saved.version == target.version + 1
    assert saved.history.first().history_user == curator


def test_a_claim_form_opened_on_an_old_version_is_refused(curator_client, curator, curated_timeline):
    target = claim("yaalon-visit-2014-09")
    data = inline_data(target) | {"summary": "Mine"}
    claim_update(claim=target, by=curator, summary="Theirs")

    response = curator_client.post(reverse("admin:facts_claim_change", args=[target.pk]), data)

    assert response.status_code == 200 and claim(target.key).summary == "Theirs"


def test_a_claim_added_in_the_admin_is_created_with_its_citation_through_the_service(
    curator_client, curator, curated_timeline
):
    article = Article.objects.get(key="003_00395dea0d53ce7f")
    data = {
        "summary": "Azerbaijan declared independence.",
        "date": "1991",
        "confidence": 1.0,
        "citations-TOTAL_FORMS": 1,
        "citations-INITIAL_FORMS": 0,
        "citations-MIN_NUM_FORMS": 0,
        "citations-MAX_NUM_FORMS": 1000,
        "citations-0-article": article.pk,
        "citations-0-quote": "רמנים משאל עם בנגורנו-קרבאך, וב-1992 הכריז",
    }

    response = curator_client.post(reverse("admin:facts_claim_add"), data)
    empty = curator_client.post(reverse("admin:facts_claim_add"), data | {"citations-TOTAL_FORMS": 0})

    assert response.status_code == 302
    created = Claim.objects.get(summary="Azerbaijan declared independence.")
    assert created.status == Claim.Status.PROPOSED and created.created_by == curator
    assert created.citations.get().quote.startswith("רמנים")
    assert empty.status_code == 200 and "at least one citation" in empty.content.decode()


def test_updating_the_curated_fixture_replaces_a_claim_in_place(curated_timeline):
    from facts.services.fixtures import curated_claims_load
    from tests.conftest import read_fixture

    before = claim("yaalon-visit-2014-09")
    entries = [e for e in read_fixture("timeline.json", "claims") if e["key"] == before.key]
    entries[0] = entries[0] | {"summary": "Moshe Ya'alon visited Baku."}

    report = curated_claims_load(entries=entries, update=True)

    after = claim(before.key)
    assert report.claims_updated == 1 and after.pk == before.pk and after.version > before.version
    assert after.summary == "Moshe Ya'alon visited Baku." and after.status == Claim.Status.APPROVED
    assert after.citations.count() == before.citations.count()
