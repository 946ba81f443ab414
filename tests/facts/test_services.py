import pytest
from django.core.exceptions import ValidationError

from facts.models import Citation, Claim
from facts.services.citations import CitationInput
from facts.services.claims import claim_create, claims_approve, claims_merge, claims_reject
from tests.factories import ActorFactory, ArticleFactory, CitationFactory, ClaimFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_claim_create_with_a_bad_citation_writes_nothing():
    article = ArticleFactory()

    with pytest.raises(ValidationError, match="does not occur"):
        claim_create(
            summary="Diplomatic relations",
            date="1992-04",
            citations=[
                CitationInput(article=article, quote="באפריל 1992"),
                CitationInput(article=article, quote="x y z"),
            ],
        )

    assert not Claim.objects.exists()
    assert not Citation.objects.exists()


def test_claim_create_without_citations_is_refused():
    with pytest.raises(ValidationError, match="at least one citation"):
        claim_create(summary="Uncited", date="1992", citations=[])


def test_claim_create_with_a_bad_date_writes_nothing():
    with pytest.raises(ValidationError) as error:
        claim_create(
            summary="Bad date", date="1992-13", citations=[CitationInput(article=ArticleFactory(), quote="1992")]
        )

    assert "date" in error.value.message_dict
    assert not Claim.objects.exists()


def test_approve_and_reject_record_who_and_when(curator):
    proposed = [CitationFactory(claim__status=Claim.Status.PROPOSED).claim for _ in range(3)]

    approved = claims_approve(claims=proposed[:2], by=curator)
    rejected = claims_reject(claims=proposed[2:], by=curator)

    assert (approved, rejected) == (2, 1)
    for claim in proposed:
        claim.refresh_from_db()
        assert claim.reviewed_by == curator and claim.reviewed_at is not None
    assert [c.status for c in proposed] == ["approved", "approved", "rejected"]
    assert proposed[0].history.first().history_change_reason == "approved by curator"


def test_a_claim_without_an_anchored_citation_cannot_be_approved(curator):
    claim = ClaimFactory(status=Claim.Status.PROPOSED)

    with pytest.raises(ValidationError, match="no anchored citation"):
        claims_approve(claims=[claim], by=curator)

    claim.refresh_from_db()
    assert claim.status == Claim.Status.PROPOSED


def test_merge_moves_citations_actors_and_topics_and_rejects_the_duplicate(curator):
    hebrew = ArticleFactory(language="he")
    english = ArticleFactory(
        language="en", text="Israel and Azerbaijan established diplomatic relations in April 1992."
    )
    target = CitationFactory(article=hebrew, quote="באפריל 1992", claim__status=Claim.Status.PROPOSED).claim
    duplicate = CitationFactory(article=english, quote="in April 1992", claim__status=Claim.Status.PROPOSED).claim
    israel, diplomacy = ActorFactory(slug="israel"), TopicFactory()
    duplicate.actors.add(israel)
    duplicate.topics.add(diplomacy)

    claims_merge(target=target, others=[duplicate], by=curator)

    duplicate.refresh_from_db()
    assert sorted(target.citations.values_list("article__language", flat=True)) == ["en", "he"]
    assert list(target.actors.all()) == [israel] and list(target.topics.all()) == [diplomacy]
    assert duplicate.status == Claim.Status.REJECTED and duplicate.merged_into == target
    assert duplicate.citations.count() == 0
    assert duplicate.history.first().history_change_reason == f"merged into claim {target.pk}"


def test_a_merge_drops_a_citation_of_words_the_kept_claim_already_cites_and_history_names_the_merged_claims(
    curator,
):
    text = "Israel and Azerbaijan established diplomatic relations in April 1992, after independence."
    article = ArticleFactory(language="en", text=text)
    kept = CitationFactory(article=article, quote="established diplomatic relations in April 1992").claim
    # The proposal cited the whole sentence: the same words, overlapping the kept claim's quote.
    sentence = CitationFactory(article=article, quote=text, claim__summary="Relations established, 1992").claim
    other_article = ArticleFactory(language="en", text="Diplomatic ties date from April 1992, the ministry said.")
    elsewhere = CitationFactory(article=other_article, quote="Diplomatic ties date from April 1992").claim

    claims_merge(target=kept, others=[sentence, elsewhere], by=curator)

    assert kept.citations.filter(article=article).count() == 1
    assert kept.citations.filter(article=other_article).count() == 1
    reason = kept.history.first().history_change_reason
    assert f"claim {sentence.pk} (Relations established, 1992)" in reason and f"claim {elsewhere.pk}" in reason
