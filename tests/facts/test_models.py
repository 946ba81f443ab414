import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from core.edtf import DatePrecision
from facts.models import Citation, Claim
from tests.factories import HEBREW_TEXT, ArticleFactory, CitationFactory, ClaimFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("date", "start", "end", "precision"),
    [
        ("199X", dt.date(1990, 1, 1), dt.date(1999, 12, 31), DatePrecision.DECADE),
        ("2023-01~", dt.date(2023, 1, 1), dt.date(2023, 1, 31), DatePrecision.MONTH),
        ("1988/1994", dt.date(1988, 1, 1), dt.date(1994, 12, 31), DatePrecision.RANGE),
        ("1992/..", dt.date(1992, 1, 1), dt.date.max, DatePrecision.OPEN),
        ("../1992", dt.date.min, dt.date(1992, 12, 31), DatePrecision.OPEN),
    ],
)
def test_a_claim_stores_the_bounds_and_precision_of_its_date(date, start, end, precision):
    claim = ClaimFactory(date=date)

    claim.refresh_from_db()
    assert (claim.date_start, claim.date_end, claim.date_precision) == (start, end, precision)
    assert claim.date_approximate is ("~" in date)


def test_editing_a_claims_date_recomputes_its_bounds():
    claim = ClaimFactory(date="1992")

    claim.date = "1992-04-15"
    claim.save()

    claim.refresh_from_db()
    assert claim.date_start == claim.date_end == dt.date(1992, 4, 15)
    assert claim.date_precision == DatePrecision.DAY


@pytest.mark.parametrize("bad", ["1992-04-31", "April 1992", "2020-2021", ""])
def test_a_claim_with_a_bad_date_is_never_saved(bad):
    with pytest.raises(ValidationError) as error:
        ClaimFactory(date=bad)

    assert "date" in error.value.message_dict
    assert not Claim.objects.exists()


def test_a_citation_whose_quote_matches_the_text_is_saved_with_its_context():
    article = ArticleFactory()
    quote = "בשנת 1993 פתחה ישראל שגרירות בבאקו."
    start = article.text.index(quote)

    citation = CitationFactory(article=article, quote=quote, start=start, end=start + len(quote))

    assert article.text[citation.start : citation.end] == citation.quote
    assert citation.prefix == article.text[start - 32 : start]
    assert citation.suffix == ""


def test_a_citation_pointing_at_other_words_is_refused_with_what_the_text_says_there():
    article = ArticleFactory()
    quote = "בשנת 1993 פתחה ישראל שגרירות בבאקו."
    right = article.text.index(quote)

    with pytest.raises(ValidationError) as error:
        CitationFactory(article=article, quote=quote, start=right - 3, end=right - 3 + len(quote))

    message = error.value.message_dict["quote"][0]
    assert f"at {right - 3}–{right - 3 + len(quote)}" in message
    assert f"The quote does occur at {right}–{right + len(quote)}" in message
    assert not Citation.objects.exists()


def test_a_citation_beyond_the_end_of_the_text_is_refused():
    article = ArticleFactory()

    with pytest.raises(ValidationError, match=f"only {len(HEBREW_TEXT)} characters long"):
        CitationFactory(article=article, quote="nothing like this", start=len(HEBREW_TEXT), end=len(HEBREW_TEXT) + 17)


def test_a_citation_without_offsets_is_located_when_the_quote_occurs_once():
    article = ArticleFactory()

    citation = Citation(claim=ClaimFactory(), article=article, quote="באפריל 1992")
    citation.full_clean()
    citation.save()

    assert (citation.start, citation.end) == (article.text.index("באפריל 1992"), article.text.index("באפריל 1992") + 11)


def test_a_citation_without_offsets_is_refused_when_the_quote_is_ambiguous():
    article = ArticleFactory()

    with pytest.raises(ValidationError, match="occurs 2 times"):
        Citation(claim=ClaimFactory(), article=article, quote="ישראל").full_clean()


def test_a_citation_with_a_quote_not_in_the_article_is_refused_naming_the_article_by_its_title():
    article = ArticleFactory()
    with pytest.raises(ValidationError, match=f"does not occur in “{article.title}”"):
        Citation(claim=ClaimFactory(), article=article, quote="Baku in 1997").full_clean()


ARUTZ_SHEVA = "000_18c52e3422456bef"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        # A hyphen for the maqaf.
        ("שהתבטאו גם במלחמת נגורנו-קרבאך ב-2020", "שהתבטאו גם במלחמת נגורנו־קרבאך ב־2020"),
        # A geresh for the apostrophe the text has, and a line break where the text has a space.
        ("ושמה של אזרבייג׳ן עולה\nשוב ושוב", "ושמה של אזרבייג'ן עולה שוב ושוב"),
        # Niqqud the text does not have.
        ("ושְׁמָהּ של אזרבייג'ן עולה שוב", "ושמה של אזרבייג'ן עולה שוב"),
    ],
)
def test_a_quote_typed_the_way_people_type_is_found_and_stored_as_the_exact_words(seeded_corpus, typed, stored):
    article = seeded_corpus[ARUTZ_SHEVA]

    citation = Citation(claim=ClaimFactory(), article=article, quote=typed)
    citation.full_clean()

    assert citation.quote == stored == article.text[citation.start : citation.end]


def test_an_arabic_quote_with_tatweel_and_harakat_is_found(seeded_corpus):
    article = seeded_corpus["001_c6cc54978b65a8be"]
    exact = "وبرز اسم أذربيجان كمرشح مركزي"

    citation = Citation(claim=ClaimFactory(), article=article, quote="وبَرَزَ اسم أذربيـــجان كمرشّح مركزي")
    citation.full_clean()

    assert citation.quote == exact == article.text[citation.start : citation.end]


def test_a_quote_that_matches_nothing_shows_the_closest_passage(seeded_corpus):
    article = seeded_corpus[ARUTZ_SHEVA]

    with pytest.raises(ValidationError) as refused:
        Citation(claim=ClaimFactory(), article=article, quote="ושמה של אזרבייגן עולה פעם אחר פעם").full_clean()

    message = " ".join(refused.value.message_dict["quote"])
    assert f"“{article.title}”" in message and "The closest passage" in message
    assert "ושמה של אזרבייג'ן עולה" in message


def test_a_typed_quote_at_given_offsets_is_stored_as_the_text_there(seeded_corpus):
    article = seeded_corpus[ARUTZ_SHEVA]
    exact = "במלחמת נגורנו־קרבאך ב־2020"
    start = article.text.index(exact)

    citation = Citation(
        claim=ClaimFactory(), article=article, quote="במלחמת נגורנו-קרבאך ב-2020", start=start, end=start + len(exact)
    )
    citation.full_clean()

    assert citation.quote == exact


def test_the_date_span_must_lie_inside_the_quote():
    article = ArticleFactory()
    quote = "באפריל 1992"

    with pytest.raises(ValidationError, match="must lie inside the quote"):
        CitationFactory(article=article, quote=quote, date_span_start=2, date_span_end=40)
    citation = CitationFactory(article=article, quote=quote, date_span_start=0, date_span_end=len(quote))
    assert citation.date_words == "באפריל 1992"


def test_changes_to_claims_and_citations_are_kept_in_history():
    citation = CitationFactory()
    claim = citation.claim

    claim.summary = "Corrected summary"
    claim.date = "1992-04-08"
    claim.save()

    versions = list(claim.history.order_by("history_date").values_list("summary", "date"))
    assert versions[0][1] == "1992-04" and versions[-1] == ("Corrected summary", "1992-04-08")
    assert citation.history.count() == 1


def test_the_public_sees_approved_claims_only(django_user_model):
    approved = ClaimFactory(status=Claim.Status.APPROVED)
    ClaimFactory(status=Claim.Status.PROPOSED)
    ClaimFactory(status=Claim.Status.REJECTED)
    anonymous_ids = set(Claim.objects.visible_to(None).values_list("id", flat=True))
    staff_without_rights = django_user_model.objects.create_user("staff", is_staff=True)

    assert anonymous_ids == {approved.id}
    assert set(Claim.objects.visible_to(staff_without_rights).values_list("id", flat=True)) == {approved.id}
