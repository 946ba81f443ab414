"""Sentences, actor mentions, proposals and the whole pipeline, on the real seed texts; and the project's
quality targets measured with the shared scorer on the gold annotations."""

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from facts.extraction.actors import Gazetteer
from facts.extraction.pipeline import detect_language, extract_document
from facts.extraction.sentences import calendar_abbreviations, split_sentences
from tests.conftest import ROOT, SEEDS

EVAL = ROOT.parent / "shared" / "eval"
GAZETTEER = Gazetteer.from_fixture()


def seed_path(prefix: str):
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ('תיאום מול ארה"ב ושת"פ: פגישת יועץ הנשיא עם רה"מ. צה"ל הפעיל מל"טים.', 2),
        ('הוא אמר: "שתי המדינות הן חברות קרובות". אחר כך טס.', 2),
        ("Mr. Aliyev met Dr. Hajiyev in the U.S. capital. Then he left.", 2),
        ("منذ انتهاء الحرب. وتسعى إسرائيل؟ نعم.", 3),
        ("ייצאה כ-40% מהתצרוכת. לפני 1.58 מיליון טונות.", 2),
        ("פסקה ראשונה בלי נקודה\n\nפסקה שנייה.", 2),
    ],
)
def test_sentences_survive_abbreviations_quotes_and_decimals(text, sentences):
    split = split_sentences(text)

    assert len(split) == sentences
    assert all(text[s.start : s.end] == s.text for s in split)


@pytest.mark.parametrize("abbreviation", sorted(calendar_abbreviations()))
def test_a_month_or_weekday_abbreviated_by_cldr_ends_no_sentence(abbreviation):
    text = f"The ministers met in Baku on {abbreviation.capitalize()}. 5 and signed the accord. Then they left."

    assert [s.text for s in split_sentences(text)][-1] == "Then they left."
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize("word", ["c.", "ca.", "approx.", "p.", "No."])
def test_a_short_word_before_a_number_ends_no_sentence_but_a_sentence_ending_in_a_word_does(word):
    before_a_number = f"Consultants advised officials {word} 1998, two officials said. Then they left."
    before_a_word = "The ministers met in May. Then they left. Nobody sat. Everyone stood."

    assert len(split_sentences(before_a_number)) == 2
    assert len(split_sentences(before_a_word)) == 4


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        ("לישראל ולאזרבייג'ן", "he", ["Israel", "Azerbaijan"]),
        ("מאזרבייג'ן ובאקו", "he", ["Azerbaijan", "Azerbaijan"]),
        ("האזרים וטהרן", "he", ["Azerbaijan", "Iran"]),
        ("נגורנו-קראבאך וקרבאך", "he", ["Nagorno-Karabakh", "Nagorno-Karabakh"]),
        ("חברת SOCAR רכשה", "he", ["SOCAR"]),
        ("لإيران والإسرائيلية", "ar", ["Iran", "Israel"]),
        ("للفلسطينيين في باكو", "ar", ["Palestinians", "Azerbaijan"]),
        ("Israel and Baku, and President Aliyev", "en", ["Israel", "Azerbaijan", "Ilham Aliyev"]),
        ("ישראלה וישראליזציה", "he", []),
    ],
)
def test_actors_are_found_behind_clitics_in_three_languages(text, language, actors):
    assert [mention.actor for mention in GAZETTEER.find(text, language=language)] == actors


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("وأبلغت تل أبيب باكو", "ar"),
        ("وقعت الدولة العبرية اتفاقا مع باكو", "ar"),
        ("اتهمت طهران الكيان الصهيوني بالتجسس من أذربيجان", "ar"),
        ("زار وفد من دولة الاحتلال باكو", "ar"),
        ("Baku and the Jewish state signed a deal", "en"),
        ("Tel Aviv and Baku signed a deal", "en"),
        ("המדינה היהודית ובאקו חתמו על הסכם", "he"),
    ],
)
def test_israel_is_found_by_the_names_the_press_gives_it(text, language):
    """Arabic sites name Israel by the city of its ministries (Tel Aviv), "the Hebrew state" or "the Zionist entity"
    more often than by its name; English and Hebrew ones say "the Jewish state": a claim about Israel."""
    assert "Israel" in {mention.actor for mention in GAZETTEER.find(text, language=language)}


def test_language_is_detected_from_the_script():
    assert detect_language(seed_path("001").read_text(encoding="utf-8")) == "ar"
    assert detect_language(seed_path("003").read_text(encoding="utf-8")) == "he"


def test_every_proposal_quotes_the_repaired_text_exactly_and_names_an_actor():
    for path in sorted(SEEDS.glob("*.txt")):
        extracted = extract_document(name=path.name, raw_text=path.read_text(encoding="utf-8"), gazetteer=GAZETTEER)

        assert extracted.claims, path.name
        for claim in extracted.claims:
            assert extracted.text[claim.start : claim.end] == claim.quote
            assert claim.actors and claim.date and claim.summary


def test_the_since_rule_gives_the_years_of_the_event_and_what_followed():
    extracted = extract_document(
        name="000", raw_text=seed_path("000").read_text(encoding="utf-8"), gazetteer=GAZETTEER, language="he"
    )
    dates = {claim.date: claim.quote for claim in extracted.claims}

    assert extracted.published == "2025-10-22"
    assert dates["2023/2024"] == "מאז סיום הלחימה בעזה בשנים 2023-2024"
    assert dates["2024/2025-10-22"].startswith("מאז סיום הלחימה בעזה בשנים 2023-2024 הולכת ומתגבשת יוזמה")


@pytest.mark.parametrize(
    ("language", "sentence", "date"),
    [
        # A status begun by one event and held since: the claim is that event.
        ("en", "Israel and Azerbaijan have had diplomatic relations since 1992.", "1992"),
        ("en", "Oil reaches Israel through the Baku–Tbilisi–Ceyhan pipeline, which has operated since 2006.", "2006"),
        ("he", "ישראל ואזרבייג'ן מקיימות יחסים דיפלומטיים מאז '92.", "1992"),
        ("he", "לישראל יש שגרירות פתוחה בבאקו מאז 1993.", "1993"),
        ("ar", "العلاقات الدبلوماسية بين إسرائيل وأذربيجان قائمة منذ عام اثنين وتسعين.", "1992"),
        ("ar", "وتقيم إسرائيل وأذربيجان علاقات دبلوماسية منذ عام 1992.", "1992"),
        # An activity, or a change, since then: from then to publication.
        ("en", "Israel and Azerbaijan have deepened their ties since 1992.", "1992/2025-01-15"),
        ("en", "Israel has bought Azerbaijani oil since 2006.", "2006/2025-01-15"),
        ("he", "היחסים בין ישראל לאזרבייג'ן התהדקו מאז 1992.", "1992/2025-01-15"),
        ("ar", "تعززت العلاقات بين إسرائيل وأذربيجان منذ عام 1992.", "1992/2025-01-15"),
        ("ar", "وظل هذا المسار يعمل بانتظام بين أذربيجان وإسرائيل منذ بدء الحرب على غزة.", "2023-10-07/2025-01-15"),
    ],
)
def test_a_status_held_since_a_date_is_dated_by_the_event_that_began_it(language, sentence, date):
    extracted = extract_document(
        name="since", raw_text=sentence, gazetteer=GAZETTEER, language=language, published="2025-01-15"
    )

    assert [claim.date for claim in extracted.claims] == [date]


@pytest.mark.parametrize(
    ("language", "sentence", "dates"),
    [
        (
            "he",
            "ישראל מקיימת שגרירות פתוחה בבאקו מאז 1993, אך רק ב-2023 נפתחה שגרירות אזרבייג'ן בישראל.",
            ["1993", "2023"],
        ),
        (
            "ar",
            "تقيم إسرائيل علاقات مع أذربيجان منذ عام 1992، بينما افتتحت أذربيجان سفارتها في إسرائيل عام 2023.",
            ["1992", "2023"],
        ),
        (
            "en",
            "Israel has had an embassy in Baku since 1993, but Azerbaijan opened its embassy in Israel only in 2023.",
            ["1993", "2023"],
        ),
    ],
)
def test_a_but_or_while_between_two_dates_makes_two_claims(language, sentence, dates):
    extracted = extract_document(
        name="but", raw_text=sentence, gazetteer=GAZETTEER, language=language, published="2025-01-15"
    )

    assert [claim.date for claim in extracted.claims] == dates


@pytest.mark.parametrize(
    ("language", "dated", "continuation", "unrelated"),
    [
        (
            "en",
            "On 13 December 2016 Netanyahu held talks with Aliyev in Baku.",
            "The two sides signed four agreements. Israeli minister Ze'ev Elkin will co-chair the commission.",
            "Tourism keeps growing.",
        ),
        (
            "he",
            "ב-13 בדצמבר 2016 נפגש נתניהו עם אליייב בבאקו.",
            "השניים חתמו על ארבעה הסכמים. במהלך הביקור סייר נתניהו בעיר.",
            "התיירות ממשיכה לגדול.",
        ),
        (
            "ar",
            "في 13 كانون الأول/ديسمبر 2016 التقى نتنياهو بعلييف في باكو.",
            "الجانبان وقّعا أربع اتفاقيات. وخلال الزيارة تجول نتنياهو في المدينة.",
            "السياحة تواصل النمو.",
        ),
    ],
)
def test_sentences_that_go_on_about_a_dated_event_are_quoted_with_it(language, dated, continuation, unrelated):
    text = f"{dated} {continuation} {unrelated}"
    extracted = extract_document(
        name="on", raw_text=text, gazetteer=GAZETTEER, language=language, published="2016-12-15"
    )

    [claim] = extracted.claims
    assert claim.date == "2016-12-13"
    assert claim.quote == f"{dated} {continuation}"  # two sentences at most, and not the unrelated one


@pytest.mark.django_db  # the command reads the actors and periods curators keep, as a job does
def test_the_extract_command_prints_what_score_py_reads_and_says_what_it_assumed(tmp_path):
    lone = tmp_path / "lone.txt"
    lone.write_text(seed_path("000").read_text(encoding="utf-8"), encoding="utf-8")
    out, err = StringIO(), StringIO()

    call_command("extract", str(lone), "--format", "json", stdout=out, stderr=err)

    printed = json.loads(out.getvalue())
    assert set(printed) == {"document", "language", "published", "text", "claims"}
    assert printed["language"] == "he" and printed["published"] == "2025-10-22"
    assert "assumed language he: detected (lingua)" in err.getvalue()
    assert "assumed published 2025-10-22: from the text" in err.getvalue()
    assert {"quote", "start", "end", "date", "date_text", "actors", "summary"} <= set(printed["claims"][0])


def test_the_extract_command_refuses_a_bad_file_and_a_bad_date(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")

    with pytest.raises(CommandError, match="the file is empty"):
        call_command("extract", str(empty), stdout=StringIO())
    with pytest.raises(CommandError, match="--published"):
        call_command("extract", str(seed_path("000")), "--published", "2025-13", stdout=StringIO())


@pytest.mark.django_db  # the command reads the actors and periods curators keep (here: none, so the fixtures)
@pytest.mark.skipif(not EVAL.exists(), reason="../shared/eval is beside the project in CI and on developers' machines")
def test_quality_on_the_gold_annotations_meets_the_targets(tmp_path):
    for gold in sorted((EVAL / "gold").glob("*.json")):
        out = StringIO()
        call_command("extract", str(SEEDS / f"{gold.stem}.txt"), "--format", "json", stdout=out, stderr=StringIO())
        (tmp_path / gold.name).write_text(out.getvalue(), encoding="utf-8")

    figures = scored(EVAL / "gold", tmp_path)

    # What the extractor reached before the date grammar, kept: no change may go back.
    assert figures["recall"] >= 0.95 and figures["recall_exact_date"] >= 0.95
    assert figures["precision"] == figures["integrity"] == 1.0


def scored(gold: Path, predictions: Path) -> dict[str, float]:
    """The shared scorer's summary line, as numbers."""
    result = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), str(gold), str(predictions)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    last = result.stdout.strip().splitlines()[-1]
    return {name: float(value) for name, value in (part.split("=") for part in last.split())}


DEV = EVAL / "dev"


def scored_set(root: Path, language: str, tmp_path: Path) -> dict[str, float]:
    """An evaluation set's articles in one language through `manage.py extract` (the path the scorer
    measures), scored against their gold."""
    manifest = json.loads((root / "texts" / "manifest.json").read_text(encoding="utf-8"))
    gold = tmp_path / "gold"
    predicted = tmp_path / "predicted"
    gold.mkdir()
    predicted.mkdir()
    for entry in (entry for entry in manifest if entry["language"] == language):
        out = StringIO()
        call_command(
            "extract",
            str(root / "texts" / entry["file"]),
            "--format", "json", "--language", entry["language"], "--published", entry["published"],
            stdout=out, stderr=StringIO(),
        )  # fmt: skip
        name = f"{Path(entry['file']).stem}.json"
        (predicted / name).write_text(out.getvalue(), encoding="utf-8")
        (gold / name).write_bytes((root / "gold" / name).read_bytes())
    return scored(gold, predicted)


@pytest.mark.django_db
@pytest.mark.skipif(not DEV.exists(), reason="../shared/eval is beside the project in CI and on developers' machines")
@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_quality_on_the_evaluation_set_meets_the_targets_in_each_language(tmp_path, language):
    """The articles of ../shared/eval/dev in one language (never a source of rules), scored as its README
    says, against the issue's targets: 0.90 recall, 0.75 exact-date recall, 0.85 precision, integrity 1."""
    figures = scored_set(DEV, language, tmp_path)

    assert figures["recall"] >= 0.90 and figures["recall_exact_date"] >= 0.75 and figures["precision"] >= 0.85
    assert figures["integrity"] == 1.0


WEB = EVAL / "web"
# Measured on 2026-12-06 (docs/extraction.md, "Summary"): no change may go back. The targets (0.90 / 0.75 / 0.85 in
# each language) are met in all three (Arabic 0.913 / 0.754 / 1.000); the floors are the targets or above.
WEB_FLOORS = {"he": (0.97, 0.90, 0.98), "ar": (0.92, 0.79, 0.95), "en": (0.93, 0.80, 0.91)}


@pytest.mark.django_db
@pytest.mark.skipif(not WEB.exists(), reason="../shared/eval is beside the project in CI and on developers' machines")
@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_quality_on_the_web_pages_holds_in_each_language(tmp_path, language):
    """The web-page set (../shared/eval/web: texts stored as crawlers store real news pages), never a source of
    rules, scored the same way."""
    recall, exact, precision = WEB_FLOORS[language]

    figures = scored_set(WEB, language, tmp_path)

    assert figures["recall"] >= recall and figures["recall_exact_date"] >= exact, figures
    assert figures["precision"] >= precision and figures["integrity"] == 1.0, figures


def test_a_wire_storys_headline_is_a_claim_dated_as_its_lead_dates_the_event():
    text = (
        "Caspian Wire | World\n"
        "Azerbaijan's parliament votes to open an embassy in Israel\n"
        "BAKU, Nov. 19 (Caspian Wire) — Azerbaijan's parliament voted yesterday to open an embassy in Israel.\n"
    )

    claims = extract_document(
        name="wire", raw_text=text, gazetteer=GAZETTEER, language="en", published="2022-11-19"
    ).claims

    headline = next(claim for claim in claims if claim.quote.startswith("Azerbaijan's parliament votes"))
    assert headline.date == "2022-11-18" and headline.date_kind == "headline"
    assert {"Azerbaijan", "Israel"} <= set(headline.actors)


def test_an_opinion_piece_has_no_dateline_and_its_title_is_no_claim():
    text = (
        "The Levant Ledger — Opinion\nWhat Israel Won in Karabakh\nBy A. Writer | March 9, 2021\n\nIsrael sold drones."
    )

    claims = extract_document(
        name="op-ed", raw_text=text, gazetteer=GAZETTEER, language="en", published="2021-03-09"
    ).claims

    assert not [claim for claim in claims if claim.quote.startswith("What Israel Won")]


def test_a_since_clause_in_a_text_dated_before_its_events_gives_no_reversed_interval():
    """A "since 2024" in a text whose publication date is 2013 (a wrong or missing date in the source):
    the since-then-to-publication interval would end before it starts; it used to stop the whole article."""
    from facts.extraction.actors import Gazetteer
    from facts.extraction.proposals import propose_claims

    text = "Since the fighting in 2024, Azerbaijan has bought weapons from Israel for its army."
    proposals = propose_claims(text, language="en", published="2013-04-13", gazetteer=Gazetteer.from_fixture())

    assert [p.date for p in proposals] == ["2024"]
