"""Text repair on real lines of the seeds: before and after."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.ingestion.normalise import normalise_text
from corpus.ingestion.repair import is_reversed_line, remove_footnotes, repair_text, restore_reversed_line
from facts.extraction.dates import find_dates
from tests.conftest import SEEDS
from tests.facts.extraction.date_expressions import COMPOSERS, LANGUAGES, HypothesisChooser


def seed(name: str, language: str = "he") -> str:
    path = next(SEEDS.glob(f"{name}_*.txt"))
    return repair_text(normalise_text(path.read_text(encoding="utf-8")), language=language)[0]


@pytest.mark.parametrize(
    ("line", "restored"),
    [
        (
            "של היחסים  היסטוריית  את  שמכיר  מי  כל  אבל  מפתיע,  נשמע  זה  לכאורה  מובהק.  שיעי  רוב ",
            "רוב שיעי מובהק. לכאורה זה נשמע מפתיע, אבל כל מי שמכיר את היסטוריית היחסים של",
        ),
        (
            "שנתיים שכבר  באקו,  כך.  כל  מרעישות  בחדשות  מדובר  שלא  להבין  יכול  אזרבייג'ן  עם  ישראל ",
            "ישראל עם אזרבייג'ן יכול להבין שלא מדובר בחדשות מרעישות כל כך. באקו, שכבר שנתיים",
        ),
        (
            "פירוט. קצת  הנה  איתם?  ביחסים  להדגיש  כדי  ומה  אזוריים,  כוחות ",
            "כוחות אזוריים, ומה כדי להדגיש ביחסים איתם? הנה קצת פירוט.",
        ),
        (
            "ולבחון ומוכרחים לעקוב אחריה  ישראל,  שעבר. ההתחממות הזאת ביחסים צריכה להדאיג את ",
            "שעבר. ההתחממות הזאת ביחסים צריכה להדאיג את ישראל, ומוכרחים לעקוב אחריה ולבחון",
        ),
        # The leftmost segment's two runs, split where the text supports it; a number among words.
        (
            "וגם משמשת וקונה ממנה אמצעי לחימה,  פעולה  לישראל, משתפת איתה  נפט  אזרבייג'ן מוכרת ",
            "אזרבייג'ן מוכרת נפט לישראל, משתפת איתה פעולה וקונה ממנה אמצעי לחימה, וגם משמשת",
        ),
        (
            "ממאגר אחוזים   10 רכשה  גם  החברה  התיכון.  הים  במזרח  טבעיים  גז  מצבורי  לחפש  אזרבייג'ן ",
            "אזרבייג'ן לחפש מצבורי גז טבעיים במזרח הים התיכון. החברה גם רכשה 10 אחוזים ממאגר",
        ),
        (
            "נפגש עם הנשיא ושם  ישראלי,  ויטקוף, אף ביקר בבאקו בעקבות תיאום  למזרח התיכון, סטיב ",
            "למזרח התיכון, סטיב ויטקוף, אף ביקר בבאקו בעקבות תיאום ישראלי, ושם נפגש עם הנשיא",
        ),
        (
            "ובעיקר מתח. ומורדות,  ידע עליות  בין שתי המדינות השיעיות  אבל מלבד האירוע הזה, הקשר ",
            "אבל מלבד האירוע הזה, הקשר בין שתי המדינות השיעיות ידע עליות ומורדות, ובעיקר מתח.",
        ),
        (
            "על הסתער  חמוש  אדם   :2023 בינואר  אירעה  השתיים  בין  בקשרים  ביותר  החמורה  התקרית ",
            "התקרית החמורה ביותר בקשרים בין השתיים אירעה בינואר 2023: אדם חמוש הסתער על",
        ),
    ],
)
def test_reversed_lines_of_seed_002_are_restored(line, restored):
    assert is_reversed_line(line)
    assert restore_reversed_line(line) == restored


@pytest.mark.parametrize(
    "line",
    [
        "אלא בגלוי, אולי אפילו בגאווה.",
        "פורסם במקור ראשון, בתאריך 27 במאי, 2025",
        "61 עדכן אסטרטגי | כרך 17 | גיליון 4 | ינואר 2015 ",
        "Two  spaces in English are not a reversed Hebrew line",
    ],
)
def test_lines_in_order_are_left_alone(line):
    assert not is_reversed_line(line)


def test_seed_002_reads_in_order_after_repair():
    text = seed("002")

    assert "רוב שיעי מובהק. לכאורה זה נשמע מפתיע, אבל כל מי שמכיר את היסטוריית היחסים של ישראל עם אזרבייג'ן" in text
    assert "  " not in text


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        ("ורואים רק את הקצה שלהם.1 מעבר לכך,", "ורואים רק את הקצה שלהם. מעבר לכך,"),
        (
            'בית ספר יהודי של אגודת חב"ד בבאקו.18 במארס 2012 פורסמה',
            'בית ספר יהודי של אגודת חב"ד בבאקו. במארס 2012 פורסמה',
        ),
        ("ללא מקורות נפט בשנת 40.2025 השלטונות באזרבייג'ן", "ללא מקורות נפט בשנת 2025. השלטונות באזרבייג'ן"),
        ("(וכן על מעצר של עיתונאים34), והדבר", "(וכן על מעצר של עיתונאים), והדבר"),
        ("משרדי חברת התעופה הלאומית של אזרבייג'ן בישראל.5", "משרדי חברת התעופה הלאומית של אזרבייג'ן בישראל."),
    ],
)
def test_footnote_numbers_glued_to_words_and_years_are_removed(glued, repaired):
    assert remove_footnotes(glued)[0] == repaired


@pytest.mark.parametrize(
    "text",
    ["ישראל ואזרבייג'ן מקיימות יחסים דיפלומטיים מאז '92.", "הביקור ב-’04 היה הראשון", "الاتفاق الموقّع في '98، ثم"],
)
def test_a_year_after_an_opening_apostrophe_is_not_a_footnote(text):
    assert remove_footnotes(text)[0] == text


@given(
    prefix=st.sampled_from(["ב", "ה", "ל", "מ", "וב", "מה", "עד ה"]),
    joined=st.sampled_from(["־", ""]),
    day=st.integers(1, 31),
    month=st.sampled_from(["בינואר", "במרץ", "ביוני", "באוקטובר", "בדצמבר"]),
)
def test_a_number_joined_to_its_prefix_is_not_a_footnote(prefix, joined, day, month):
    """ "ב־7 באוקטובר 2023", "ה־30 ביוני", "ב27 בפברואר": a prefix, with a maqaf or without, before a day (they
    lost the day before)."""
    text = f"המלחמה פרצה {prefix}{joined}{day} {month} 2023 בבוקר, כך נמסר.4 הצבא הודיע"

    assert remove_footnotes(text)[0] == f"המלחמה פרצה {prefix}{joined}{day} {month} 2023 בבוקר, כך נמסר. הצבא הודיע"


def test_footnotes_never_become_dates_in_seed_003():
    text = seed("003")
    dates = {(mention.text, mention.edtf) for mention in find_dates(text, language="he", published="2015-01")}

    assert ("בשנת 2025", "2025") in dates and ("במארס 2012", "2012-03") in dates
    assert not any(edtf.startswith(("1940", "1918", "1936")) for _, edtf in dates)
    assert "40.2025" not in text and "בבאקו.18" not in text


def test_seed_003_lines_and_hyphenated_breaks_are_joined_and_pull_quotes_dropped():
    text = seed("003")

    assert "עם דרום־אפריקה בשנות השבעים" in text
    assert "(המהווים את המיעוט הגדול ביותר באיראן; ההערכות הן" in text
    assert "ישראל היא המדינה היחידה שמוכנה" not in text  # the pull-quote; its sentence stays, once
    assert text.count("שהיא המדינה היחידה שמוכנה למכור לה מערכות נשק") == 1
    assert "עדכן אסטרטגי |" not in text  # the running header


def test_the_bidi_reversed_range_of_seed_003_reads_1920_to_1921():
    mentions = find_dates(seed("003"), language="he", published="2015-01")

    assert any(m.text == "בשנים 1921-1920" and m.edtf == "1920/1921" for m in mentions)


def test_site_boilerplate_is_cut_from_seed_004():
    text = seed("004")

    assert text.rstrip().endswith("לקראת שיתוף פעולה אזורי נרחב יותר.")
    for furniture in ("תגובות", "הכתבה עניינה אותך", "עכשיו בכותרות", "תהילים", "| כיכר השבת |"):
        assert furniture not in text


def test_the_date_stamp_of_seed_000_is_taken_out_of_the_text():
    text, report = repair_text(
        normalise_text((next(SEEDS.glob("000_*.txt"))).read_text(encoding="utf-8")), language="he"
    )

    assert report.stamp_date == "2025-10-22"
    assert text.startswith("מאז סיום הלחימה בעזה בשנים 2023-2024")


def test_a_document_written_in_paragraphs_keeps_them():
    text = seed("001", "ar")

    assert len(text.strip().split("\n\n")) == 11  # the eleven paragraphs of the file, one a line
    assert text.startswith("منذ انتهاء الحرب في غزة بين عامي 2023 و2024")


def test_a_title_block_before_a_blank_line_is_not_glued_to_the_first_sentence():
    wrapped = "\n".join(
        [
            "המכון למחקר | סקירה מס' 4",
            "מרץ 2024",
            "",
            "כותרת הסקירה",
            "",
            *[f"שורה מספר {i} של הטקסט הרץ שנמשכת ונמשכת ולא מסתיימת כאן כלל אלא בשורה הבאה" for i in range(8)],
            "וכאן המשפט מסתיים.",
        ]
    )
    text = repair_text(wrapped, language="he")[0]

    paragraphs = text.split("\n\n")
    assert "כותרת הסקירה" in paragraphs
    assert paragraphs[-1].startswith("שורה מספר 0") and paragraphs[-1].rstrip().endswith("מסתיים.")


def test_blank_lines_between_every_line_of_a_double_spaced_pdf_join_nothing_apart():
    text = seed("002")  # its extraction has a blank line after every line

    assert "החברה גם רכשה 10 אחוזים ממאגר תמר, בעסקה ששוויה מוערך כמעט במיליארד דולר." in text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(COMPOSERS))
@settings(max_examples=5, deadline=None, derandomize=True)
@given(data=st.data())
def test_repair_keeps_every_composed_date_expression(kind, language, data):
    """Repair (footnotes, reversed lines, stamps, furniture) never cuts into a date: each composed expression
    (tests.facts.extraction.date_expressions) is still whole in its repaired sentence."""
    case = COMPOSERS[kind](HypothesisChooser(data), language)

    assert case.expression in repair_text(case.text, language=language)[0]
