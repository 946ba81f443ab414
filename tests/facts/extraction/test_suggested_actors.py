"""People the gazetteer lacks, named with a title: the claim is proposed anyway, the person suggested to the
curator, and accepting the suggestion adds the actor with its alias."""

import pytest

from facts.extraction.actors import Gazetteer
from facts.extraction.proposals import propose_claims
from facts.models import Actor, Claim
from facts.services.claims import claim_suggestions_accept
from facts.services.extraction import article_extract
from tests.factories import ArticleFactory

GAZETTEER = Gazetteer.from_fixture()


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Defence Minister Zakir Hasanov met Israeli officials in Baku in March 2023.", "en", "Zakir Hasanov"),
        ("שר האוצר בצלאל סמוטריץ' ביקר בבאקו במאי 2024 ונפגש עם עמיתו האזרי.", "he", "בצלאל סמוטריץ'"),
        ("التقى وزير الطاقة برويز شهبازوف نظيره الإسرائيلي في باكو عام 2023.", "ar", "برويز شهبازوف"),
    ],
)
def test_a_titled_person_the_gazetteer_lacks_is_suggested(text, language, name):
    [proposal] = propose_claims(text, language=language, published="2025-01-01", gazetteer=GAZETTEER, lead=False)

    assert proposal.suggested_actors == [name]


def test_a_known_person_is_an_actor_not_a_suggestion():
    text = "Prime Minister Benjamin Netanyahu visited Baku in December 2016."

    [proposal] = propose_claims(text, language="en", published="2025-01-01", gazetteer=GAZETTEER, lead=False)

    assert proposal.suggested_actors == [] and "Benjamin Netanyahu" in proposal.actors


@pytest.mark.django_db
def test_accepting_a_suggestion_adds_the_actor_with_its_alias_and_links_it(curator, seeded_with_gazetteer):
    article = ArticleFactory(
        language="he", text="שר האוצר בצלאל סמוטריץ' ביקר בבאקו במאי 2024 ונפגש עם עמיתו האזרי.", published="2025-01-01"
    )
    article_extract(article=article)
    claim = Claim.objects.get(origin=f"extraction:{article.key}")
    assert claim.suggested_actors == ["בצלאל סמוטריץ'"]

    [actor] = claim_suggestions_accept(claim=claim, by=curator, language="he")

    claim.refresh_from_db()
    assert actor in claim.actors.all() and claim.suggested_actors == []
    assert actor.name_he == "בצלאל סמוטריץ'" and actor.aliases.filter(language="he", alias="בצלאל סמוטריץ'").exists()
    assert Actor.objects.filter(aliases__alias="בצלאל סמוטריץ'").count() == 1
