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
    # Its name is the one it was written with; the English name is the curator's to write, not Hebrew in English.
    assert actor.name == "" and str(actor) == "בצלאל סמוטריץ'"


@pytest.mark.django_db
def test_an_actor_without_an_english_name_is_named_as_written_everywhere_and_found_by_the_next_extraction(
    curator, seeded_with_gazetteer, client
):
    from django.core.exceptions import ValidationError

    from facts.services.claims import claims_review
    from facts.services.extraction import article_extract

    text = "التقى وزير الطاقة برويز شهبازوف نظيره الإسرائيلي في باكو عام 2023."
    arabic = ArticleFactory(language="ar", text=text, published="2025-01-01")
    article_extract(article=arabic)
    claim = Claim.objects.get(origin=f"extraction:{arabic.key}")
    [named] = claim.suggested_actors
    [actor] = claim_suggestions_accept(claim=claim, by=curator, language="ar")
    hebrew = Actor.objects.create(slug="another", kind="person", name_he="אחר")  # two without English names
    assert actor.name == hebrew.name == "" and actor.name_ar == named

    claim.summary, claim.summary_ar = "A minister met his Israeli counterpart in Baku.", "التقى وزير نظيره في باكو."
    claim.save()
    claims_review(claims=[claim], status=Claim.Status.APPROVED, by=curator)
    english = client.get(f"/claims/{claim.pk}/", {"lang": "en"}).content.decode()
    assert f"<bdi>{named}</bdi>" in english  # the name as written, not an empty one
    import csv
    import io

    rows = csv.DictReader(io.StringIO(client.get("/api/v1/exports/timeline.csv").content.decode("utf-8-sig")))
    assert named in next(row for row in rows if row["id"] == str(claim.pk))["actors"].split("; ")

    # The next text naming it finds it as an actor, not a suggestion again.
    text = f"وزار {named} تل أبيب في يونيو 2024 لتوقيع اتفاقية غاز مع إسرائيل."
    again = ArticleFactory(language="ar", text=text, published="2025-01-01")
    article_extract(article=again)
    proposal = Claim.objects.get(origin=f"extraction:{again.key}")
    assert actor in proposal.actors.all() and named not in proposal.suggested_actors

    # An English name is still unique when given; none at all is refused.
    with pytest.raises(ValidationError, match="already exists"):
        Actor(slug="israel-2", kind="state", name="Israel").full_clean()
    with pytest.raises(ValidationError, match="in English, Hebrew or Arabic"):
        Actor(slug="nobody", kind="person").full_clean()
