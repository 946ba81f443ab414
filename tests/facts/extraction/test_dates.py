"""Date expressions with their EDTF: a table per language, traps included. Relative ones resolve against the
publication date given beside them. Conventions are those of the evaluation set's README (a week is given as
its month, joined decades as one interval, early in a decade its first four years…). A span may include a
preposition or clitic more or less than the table writes ("ב־18 בפברואר" for "18 בפברואר")."""

import calendar
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facts.extraction.dates import find_dates
from tests.facts.extraction.date_expressions import MONTH_NAMES, HypothesisChooser, a_day_in_words

DAY, MONTH = "2025-05-27", "2025-02"

HEBREW = [
    # years, with every clitic and with maqaf or hyphen
    ("ב־1992 כוננו היחסים", DAY, [("ב־1992", "1992")]),
    ("וב־1992 הכריזו", DAY, [("וב־1992", "1992")]),
    ("ב-2022 ייצאה", DAY, [("ב-2022", "2022")]),
    ("בשנת 2025 העמיקה", DAY, [("בשנת 2025", "2025")]),
    ("משנת 1993 ואילך", DAY, [("משנת 1993", "1993")]),
    ("עד 2014 לא קרה דבר", DAY, [("2014", "2014")]),
    ("הבחירות של 2013 שינו", DAY, [("2013", "2013")]),
    ("כבר ב־1997 עצר", DAY, [("ב־1997", "1997")]),
    ("שב־2008 דימה", DAY, [("שב־2008", "2008")]),
    ("לקראת 2030 יתוכנן", DAY, [("2030", "2030")]),
    # months and days
    ("באפריל 1992 כוננו", DAY, [("באפריל 1992", "1992-04")]),
    ("במאי 2009 ערך הנשיא", DAY, [("במאי 2009", "2009-05")]),
    ("במארס 2012 פורסמה", DAY, [("במארס 2012", "2012-03")]),
    ("במרץ 2012 פורסמה", DAY, [("במרץ 2012", "2012-03")]),
    ("בספטמבר 2014 היה", DAY, [("בספטמבר 2014", "2014-09")]),
    ("ביולי 2024 נפתחה", DAY, [("ביולי 2024", "2024-07")]),
    ("(פברואר 2010, אפריל 2012)", DAY, [("פברואר 2010", "2010-02"), ("אפריל 2012", "2012-04")]),
    ("ינואר 2015", DAY, [("ינואר 2015", "2015-01")]),
    ("מדצמבר 2019", DAY, [("מדצמבר 2019", "2019-12")]),
    ("ובנובמבר 2020", DAY, [("ובנובמבר 2020", "2020-11")]),
    ("בתאריך 27 במאי, 2025", DAY, [("27 במאי, 2025", "2025-05-27")]),
    ("ב־18 בפברואר 2025 נפגשו", DAY, [("18 בפברואר 2025", "2025-02-18")]),
    ("3 באוקטובר 2023", DAY, [("3 באוקטובר 2023", "2023-10-03")]),
    # ranges, including the bidi-reversed one
    ("בשנים 2023-2024 נלחמו", DAY, [("בשנים 2023-2024", "2023/2024")]),
    ("בשנים 1921-1920 התעוררה", DAY, [("בשנים 1921-1920", "1920/1921")]),
    ("מ־1988 עד להפסקת האש של 1994", DAY, [("מ־1988 עד להפסקת האש של 1994", "1988/1994")]),
    ("בין השנים 1992 ל־1994", DAY, [("בין השנים 1992 ל־1994", "1992/1994")]),
    ("2010–2012", DAY, [("2010–2012", "2010/2012")]),
    # since: runs to the publication date
    ("מאז 1992 מוגבל הסיוע", MONTH, [("מאז 1992", "1992/2025-02")]),
    ("ומאז 2010 הרזרבות", DAY, [("ומאז 2010", "2010/2025-05-27")]),
    ("החל מ־2016 חל שינוי", MONTH, [("החל מ־2016", "2016/2025-02")]),
    # decades
    ("בשנות התשעים נבנו", DAY, [("בשנות התשעים", "199X")]),
    ("בשנות ה־90 נבנו", DAY, [("בשנות ה־90", "199X")]),
    ("בשנות החמישים והשישים של המאה הקודמת", DAY, [("בשנות החמישים והשישים", "1950/1969")]),
    ("בשנות ה-80 התחיל", DAY, [("בשנות ה-80", "198X")]),
    ("בתחילת שנות התשעים", DAY, [("בתחילת שנות התשעים", "1990/1993")]),
    ("בשנות השבעים והשמונים", DAY, [("בשנות השבעים והשמונים", "1970/1989")]),
    ("בשנות האלפיים", DAY, [("בשנות האלפיים", "200X")]),
    # relative to publication
    ("בשבוע שעבר הייתה", DAY, [("בשבוע שעבר", "2025-05")]),
    ("השבוע שעבר", DAY, [("השבוע שעבר", "2025-05")]),
    ("בחודש שעבר", DAY, [("בחודש שעבר", "2025-04")]),
    ("בשנה שעברה", DAY, [("בשנה שעברה", "2024")]),
    ("במחצית הראשונה של השנה שעברה", DAY, [("במחצית הראשונה של השנה שעברה", "2024-01/2024-06")]),
    ("אשתקד נרשמה", DAY, [("אשתקד", "2024")]),
    ("לפני חודשיים אישרה", DAY, [("לפני חודשיים", "2025-03")]),
    ("לפני שבועיים", DAY, [("לפני שבועיים", "2025-05")]),
    ("לפני כשנתיים", DAY, [("לפני כשנתיים", "2023~")]),
    ("לפני שלוש שנים", DAY, [("לפני שלוש שנים", "2022")]),
    ("לפני 5 שנים", DAY, [("לפני 5 שנים", "2020")]),
    ("לפני שנה", DAY, [("לפני שנה", "2024")]),
    ("הבוקר הבהיר", "2025-10-22", [("הבוקר", "2025-10-22")]),
    ("אתמול נפגשו", DAY, [("אתמול", "2025-05-26")]),
    ("היום", DAY, [("היום", "2025-05-27")]),
    ("בשנים האחרונות", "2025-10-22", [("בשנים האחרונות", "2020~/2025-10")]),
    ("בחודשים האחרונים", DAY, [("בחודשים האחרונים", "2025-01~/2025-05")]),
    ("בשבועות האחרונים", MONTH, [("בשבועות האחרונים", "2025-01~/2025-02")]),
    ("במהלך שלושת העשורים האחרונים", "2025-10-22", [("במהלך שלושת העשורים האחרונים", "1995~/2025-10")]),
    ("מזה שלושה עשורים", MONTH, [("מזה שלושה עשורים", "1995~/2025-02")]),
    ("בפברואר ביקר", DAY, [("בפברואר", "2025-02")]),
    ("בדצמבר ביקר", DAY, [("בדצמבר", "2024-12")]),
    # not dates
    ("כ-40% מהתצרוכת", DAY, [("", "")]),
    ("1.58 מיליון טונות", DAY, []),
    ("בשווי 1.6 מיליארד דולר", DAY, []),
    ("2000 מיליון דולר", DAY, []),
    ("כ־200,000 ארמנים", DAY, []),
    ("סעיף 907 מגביל", DAY, []),
    ("ערוץ 7 דיווח", DAY, []),
    ("פורסם במקור ראשון", DAY, []),
    ("יום שני ושלישי", DAY, []),
    ("עכשיו בכותרות", DAY, []),
    ("0 תגובות", DAY, []),
    ("הבמאי הגיע", DAY, []),
    ("פעל במרץ רב", DAY, []),
    ("השנה היא מפתח", DAY, []),
]
HEBREW = [(text, published, [e for e in expected if e[0]]) for text, published, expected in HEBREW]

ARABIC = [
    ("عام 2020", DAY, [("عام 2020", "2020")]),
    ("في عام 2025 اشترت", DAY, [("في عام 2025", "2025")]),
    ("وفي عام 2013", DAY, [("عام 2013", "2013")]),
    ("العام 1992", DAY, [("العام 1992", "1992")]),
    ("سنة 1993", DAY, [("سنة 1993", "1993")]),
    ("في 2008 شبّه", DAY, [("في 2008", "2008")]),
    ("خلال 2011", DAY, [("خلال 2011", "2011")]),
    ("بعام 2009", DAY, [("بعام 2009", "2009")]),
    ("لعام 2010", DAY, [("لعام 2010", "2010")]),
    ("حرب 2020 في", DAY, [("2020", "2020")]),
    ("عام ٢٠٢٠", DAY, [("عام ٢٠٢٠", "2020")]),
    ("في عام ١٩٩٢", DAY, [("في عام ١٩٩٢", "1992")]),
    ("نيسان/أبريل 1992", DAY, [("نيسان/أبريل 1992", "1992-04")]),
    ("في أبريل 1992", DAY, [("أبريل 1992", "1992-04")]),
    ("في نيسان 1992", DAY, [("نيسان 1992", "1992-04")]),
    ("في أيار 2009", DAY, [("أيار 2009", "2009-05")]),
    ("في مايو 2009", DAY, [("مايو 2009", "2009-05")]),
    ("كانون الثاني 2023", DAY, [("كانون الثاني 2023", "2023-01")]),
    ("يناير 2023", DAY, [("يناير 2023", "2023-01")]),
    ("شباط 2010", DAY, [("شباط 2010", "2010-02")]),
    ("فبراير 2010", DAY, [("فبراير 2010", "2010-02")]),
    ("آذار 2012", DAY, [("آذار 2012", "2012-03")]),
    ("مارس 2012", DAY, [("مارس 2012", "2012-03")]),
    ("حزيران 2024", DAY, [("حزيران 2024", "2024-06")]),
    ("تموز 2024", DAY, [("تموز 2024", "2024-07")]),
    ("يوليو 2024", DAY, [("يوليو 2024", "2024-07")]),
    ("آب 2014", DAY, [("آب 2014", "2014-08")]),
    ("أيلول 2014", DAY, [("أيلول 2014", "2014-09")]),
    ("سبتمبر 2014", DAY, [("سبتمبر 2014", "2014-09")]),
    ("تشرين الأول 2023", DAY, [("تشرين الأول 2023", "2023-10")]),
    ("أكتوبر 2023", DAY, [("أكتوبر 2023", "2023-10")]),
    ("تشرين الثاني 2020", DAY, [("تشرين الثاني 2020", "2020-11")]),
    ("كانون الأول 2019", DAY, [("كانون الأول 2019", "2019-12")]),
    ("ديسمبر 2019", DAY, [("ديسمبر 2019", "2019-12")]),
    ("في شهر أيار من عام 2009", DAY, [("شهر أيار من عام 2009", "2009-05")]),
    ("18 شباط 2025", DAY, [("18 شباط 2025", "2025-02-18")]),
    ("22 أكتوبر 2025", DAY, [("22 أكتوبر 2025", "2025-10-22")]),
    ("27 أيار/مايو 2025", DAY, [("27 أيار/مايو 2025", "2025-05-27")]),
    ("بين عامي 2023 و2024", DAY, [("بين عامي 2023 و2024", "2023/2024")]),
    ("بين 1988 و 1994", DAY, [("بين 1988 و 1994", "1988/1994")]),
    ("من عام 1988 إلى عام 1994", DAY, [("من عام 1988 إلى عام 1994", "1988/1994")]),
    ("عامي 2023-2024", DAY, [("عامي 2023-2024", "2023/2024")]),
    ("منذ عام 1992", MONTH, [("منذ عام 1992", "1992/2025-02")]),
    ("منذ 1992", DAY, [("منذ 1992", "1992/2025-05-27")]),
    ("ومنذ العام 2010", DAY, [("ومنذ العام 2010", "2010/2025-05-27")]),
    ("في التسعينيات", DAY, [("في التسعينيات", "199X")]),
    ("في الخمسينيات والستينيات", DAY, [("في الخمسينيات والستينيات", "1950/1969")]),
    ("خلال الثمانينيات", DAY, [("خلال الثمانينيات", "198X")]),
    ("في السنوات الأخيرة", "2025-10-22", [("في السنوات الأخيرة", "2020~/2025-10")]),
    ("خلال العقود الثلاثة الماضية", "2025-10-22", [("خلال العقود الثلاثة الماضية", "1995~/2025-10")]),
    ("خلال العقدين الماضيين", DAY, [("خلال العقدين الماضيين", "2005~/2025-05")]),
    ("منذ ثلاثة عقود", MONTH, [("منذ ثلاثة عقود", "1995~/2025-02")]),
    ("في الأشهر الأخيرة", DAY, [("في الأشهر الأخيرة", "2025-01~/2025-05")]),
    ("في الأسابيع الأخيرة", MONTH, [("في الأسابيع الأخيرة", "2025-01~/2025-02")]),
    ("العام الماضي", DAY, [("العام الماضي", "2024")]),
    ("في السنة الماضية", DAY, [("في السنة الماضية", "2024")]),
    ("الشهر الماضي", DAY, [("الشهر الماضي", "2025-04")]),
    ("الأسبوع الماضي", DAY, [("الأسبوع الماضي", "2025-05")]),
    ("قبل عامين", DAY, [("قبل عامين", "2023")]),
    ("قبل نحو عامين", DAY, [("قبل نحو عامين", "2023~")]),
    ("قبل شهرين", DAY, [("قبل شهرين", "2025-03")]),
    ("قبل ثلاث سنوات", DAY, [("قبل ثلاث سنوات", "2022")]),
    ("اليوم", DAY, [("اليوم", "2025-05-27")]),
    ("صباح اليوم", DAY, [("صباح اليوم", "2025-05-27")]),
    ("أمس", DAY, [("أمس", "2025-05-26")]),
    ("في شباط زار", DAY, [("في شباط", "2025-02")]),
    # not dates
    ("حصة بنسبة 10٪ من حقل", DAY, []),
    ("1.6 مليار دولار", DAY, []),
    ("2000 مليون", DAY, []),
    ("200,000 أرمني", DAY, []),
    ("قناة 7 الإسرائيلية", DAY, []),
]

ENGLISH = [
    ("in 1992 relations began", DAY, [("1992", "1992")]),
    ("In April 1992,", DAY, [("April 1992", "1992-04")]),
    ("on 18 February 2025", DAY, [("18 February 2025", "2025-02-18")]),
    ("on February 18, 2025", DAY, [("February 18, 2025", "2025-02-18")]),
    ("between 2023 and 2024", DAY, [("between 2023 and 2024", "2023/2024")]),
    ("from 1988 to 1994", DAY, [("from 1988 to 1994", "1988/1994")]),
    ("since 1992", MONTH, [("since 1992", "1992/2025-02")]),
    ("in the 1990s", DAY, [("the 1990s", "199X")]),
    ("in the 1950s and 1960s", DAY, [("the 1950s and 1960s", "1950/1969")]),
    ("last week", DAY, [("last week", "2025-05")]),
    ("last year", DAY, [("last year", "2024")]),
    ("two months ago", DAY, [("two months ago", "2025-03")]),
    ("in recent years", "2025-10-22", [("in recent years", "2020~/2025-10")]),
    ("over the past three decades", "2025-10-22", [("over the past three decades", "1995~/2025-10")]),
    ("this morning", "2025-10-22", [("this morning", "2025-10-22")]),
    ("a 10% stake", DAY, []),
    ("$1.6 billion", DAY, []),
]


PREPOSITION = 6  # at most this many characters of clitics and prepositions more or less at a span's start


def found(text: str, language: str, published: str) -> list[tuple[str, str]]:
    return [(mention.text, mention.edtf) for mention in find_dates(text, language=language, published=published)]


def same_span(found_text: str, expected_text: str) -> bool:
    longer, shorter = sorted((found_text, expected_text), key=len, reverse=True)
    return longer.endswith(shorter) and len(longer) - len(shorter) <= PREPOSITION


def assert_found(text: str, language: str, published: str, expected: list[tuple[str, str]]) -> None:
    mentions = found(text, language, published)
    assert len(mentions) == len(expected), (mentions, expected)
    for (found_text, found_edtf), (expected_text, expected_edtf) in zip(mentions, expected, strict=True):
        assert found_edtf == expected_edtf and same_span(found_text, expected_text), (mentions, expected)


@pytest.mark.parametrize(("text", "published", "expected"), HEBREW)
def test_hebrew_date_expressions(text, published, expected):
    assert_found(text, "he", published, expected)


@pytest.mark.parametrize(("text", "published", "expected"), ARABIC)
def test_arabic_date_expressions(text, published, expected):
    assert_found(text, "ar", published, expected)


@pytest.mark.parametrize(("text", "published", "expected"), ENGLISH)
def test_english_date_expressions(text, published, expected):
    assert_found(text, "en", published, expected)


def test_the_tables_hold_at_least_sixty_expressions_per_language():
    assert len(HEBREW) >= 60 and len(ARABIC) >= 60


def test_spans_index_the_text_exactly_even_with_arabic_indic_digits():
    text = "وفي عام ٢٠٢٠ استخدمت باكو أنظمة"

    [mention] = find_dates(text, language="ar", published=DAY)

    assert text[mention.start : mention.end] == mention.text == "وفي عام ٢٠٢٠"


def test_without_a_publication_date_relative_expressions_are_not_guessed():
    assert found("בשבוע שעבר ביקר השר ב־2014", "he", None) == [("ב־2014", "2014")]


# Holiday dates as published by the calendars' authorities (not computed by this project's code).
HOLIDAYS = [
    ("en", "Aliyev greeted the nation on Nowruz 2024.", [("Nowruz 2024", "2024-03-21")]),  # 21 March by convention
    ("en", "Rosh Hashanah 2023 began the talks.", [("Rosh Hashanah 2023", "2023-09-16/2023-09-17")]),
    ("en", "The deal was signed before Eid al-Fitr 2024.", [("Eid al-Fitr 2024", "2024-04-10")]),
    ("en", "The Yom Kippur War is remembered.", []),
    ("he", "בפסח 2024 נחתם ההסכם.", [("בפסח 2024", "2024-04-23/2024-04-29")]),
    ("he", "בפורים 2024, שחל באדר ב', הגיע השר.", [("בפורים 2024", "2024-03-24")]),
    ("he", "במלחמת יום הכיפורים סייעה ישראל.", []),
    ("ar", "خلال شهر رمضان 2024 زار الوفد باكو.", [("خلال شهر رمضان 2024", "2024-03-11/2024-04-09")]),
    ("ar", "احتفل علييف بعيد النوروز 2025.", [("بعيد النوروز 2025", "2025-03-21")]),
    ("ar", "قال رمضان عبد الله إن حرب رمضان غيرت المنطقة.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), HOLIDAYS)
def test_holidays_of_a_named_year_are_dated_by_their_calendar(language, text, expected):
    assert_found(text, language, DAY, expected)


def test_a_holiday_without_its_year_takes_the_year_the_text_speaks_of():
    text = "In 2016 the minister came to Baku. During Nowruz he met Aliyev."
    mentions = find_dates(text, language="en", published="2024-06-01")

    assert [(m.text, m.edtf, m.anchor) for m in mentions][-1] == ("Nowruz", "2016-03-21", "previous")
    [alone] = find_dates("During Nowruz he met Aliyev.", language="en", published="2024-06-01")
    assert (alone.edtf, alone.anchor) == ("2024-03-21", "published")


def test_an_arabic_comma_ends_a_word_as_a_latin_one_does():
    text = "وزار الوفد باكو خلال عيد نوروز، ثم في العقد الأخير، عاد."
    assert found(text, "ar", "2016-06-01") == [("خلال عيد نوروز", "2016-03-21"), ("في العقد الأخير", "2006~/2016-06")]


def test_the_past_decade_and_year_behind_a_preposition():
    assert found("הקשרים הפכו בעשור האחרון לנכס", "he", "2024-09-12") == [("בעשור האחרון", "2014~/2024-09")]
    assert found("בשנה האחרונה גדל הסחר", "he", "2024-09-12") == [("בשנה האחרונה", "2023-09/2024-09")]
    assert found("على مدى العقد الماضي نما", "ar", "2024-09-12") == [("على مدى العقد الماضي", "2014~/2024-09")]


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("ar", "في مثل هذا اليوم.. نتنياهو أول رئيس وزراء إسرائيلي يزور باكو"),
        ("ar", "مثل هذا اليوم: افتتاح السفارة"),
        ("he", "ביום זה: נתניהו נוחת בבאקו"),
        ("en", "On this day: Netanyahu lands in Baku"),
    ],
)
def test_on_this_day_without_a_count_or_a_year_is_some_year_back_not_today(language, heading):
    """An anniversary page's heading names publication's day of the calendar in a year it does not give."""
    assert found(heading, language, "2024-12-13") == []


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@pytest.mark.parametrize("number", ["+994 12 497 2017", "+972-3-555-2019", "+1 (202) 555 1999", "+994.12.310.2020"])
def test_an_international_telephone_number_holds_no_year(language, number):
    line = {"he": "טלפון השגרירות: {n}", "ar": "هاتف السفارة: {n}", "en": "The embassy's telephone: {n}"}[language]
    assert found(line.format(n=number), language, "2024-01-10") == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The embassy stayed closed until 15 March 2023.", [("15 March 2023", "2023-03-15")]),
        ("en", "By 1997 the embassy had opened in Baku.", [("1997", "1997")]),
        ("he", "השגרירות הייתה סגורה עד ה-15 במרץ 2023.", [("ה-15 במרץ 2023", "2023-03-15")]),
        ("ar", "بقيت السفارة مغلقة حتى 15 مارس 2023.", [("15 مارس 2023", "2023-03-15")]),
    ],
)
def test_until_a_day_already_past_is_that_day_not_a_deadline(language, text, expected):
    """ "Until" and "by" make a span from publication only for a day still ahead (a plan's deadline); a day
    already past is when something ended, read as the day it is."""
    assert found(text, language, "2023-03-30") == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("he", "ב-1993 נפתחה השגרירות. מאז פרוץ המלחמה האספקה לא נעצרה.", [("ב-1993", "1993")]),
        ("he", "ב-1993 נפתחה השגרירות, מאז שנפתחה היא פועלת.", [("ב-1993", "1993")]),
        ("en", "The embassy opened in 1993. Since he arrived, trade grew.", [("in 1993", "1993")]),
        ("ar", "افتتحت السفارة عام 1993. ومنذ اندلاع الحرب لم تتوقف الإمدادات.", [("عام 1993", "1993")]),
    ],
)
def test_since_an_event_the_words_name_is_not_since_the_last_date(language, text, expected):
    """ "Since then" runs from the date the text last gave; "since" an event or a clause starts when that event
    did, which the words tell and the last date does not."""
    assert found(text, language, "2023-03-30") == expected


@pytest.mark.parametrize(
    ("language", "text", "anaphor"),
    [
        ("en", "In 1997 the embassy had been open for four years, and Netanyahu visited Baku that year.", "that year"),
        ("he", "ב-1997 פעלה השגרירות כבר ארבע שנים, ונתניהו ביקר בבאקו באותה שנה.", "באותה שנה"),
        ("ar", "في عام 1997 عملت السفارة على مدى أربع سنوات، وزار نتنياهو باكو في العام نفسه.", "العام نفسه"),
    ],
)
def test_that_year_refers_to_an_event_s_date_not_to_a_span_that_runs_to_publication(language, text, anaphor):
    """ "For four years" measures how long something has lasted (up to publication); "that year" refers back to
    the year an event was dated, not to the start of that span."""
    [read] = [edtf for words, edtf in found(text, language, "2017-04-10") if anaphor in words]
    assert read == "1997"


@pytest.mark.parametrize(
    "text",
    [
        '"Twenty-five years on, this is a partnership that delivers," the ambassador said.',
        "Twenty-one guns were fired at the ceremony.",
        "Some twenty-three delegations attended.",
    ],
)
def test_a_number_in_words_is_not_a_year_said_in_two_halves(text):
    """ "Twenty-five" is 25, not 2005: a year said in two halves has ten or more in its second ("twenty
    twenty-three", "nineteen twelve")."""
    assert found(text, "en", "2017-04-10") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("השגרירות, שנפתחה במרץ, בירכה על ההחלטה.", [("במרץ", "2023-03")]),
        ("במרץ נחתם ההסכם בבאקו.", [("במרץ", "2023-03")]),
        ("הממשלה פועלת במרץ לקידום ההסכם.", []),
        ("השר עבד במרץ רב על ההסכם.", []),
        ("המשרד פעל בכל המרץ כדי לסיים.", []),
    ],
)
def test_hebrew_march_is_the_month_unless_the_words_say_vigour(text, expected):
    """ "במרץ" is March, and "vigorously" after a verb of work or effort or with "רב", "בכל המרץ"."""
    assert found(text, "he", "2023-03-30") == expected


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@pytest.mark.parametrize("unit", ["hour", "minute"])
def test_a_count_of_hours_or_minutes_as_cldr_writes_it_is_publications_day_less_its_whole_days(language, unit):
    """The words are CLDR's (vocabulary.unit_names), so every form Babel writes a count with is read: "שעתיים",
    "3 ساعات", "11 ساعة", "30 hours" (a day and six hours back: the day before publication)."""
    from babel.units import format_unit

    before = {"he": "לפני {}", "ar": "قبل {}", "en": "{} ago"}[language]
    for count in (1, 2, 3, 5, 11, 30):
        words = format_unit(count, f"duration-{unit}", length="long", locale=language)
        text = before.format(words)
        days = count // 24 if unit == "hour" else 0
        expected = (dt.date(2024, 5, 15) - dt.timedelta(days=days)).isoformat()
        assert [(m.text, m.edtf) for m in find_dates(text, language=language, published="2024-05-15")] == [
            (text, expected)
        ], text


THE_DAY = {
    "he": ("היום", "מאז {} למלחמה נהרגו רבים.", ["שבו נחתם ההסכם", "הבינלאומי לזכר השואה", "שבה נפתחה השגרירות"]),
    "ar": ("اليوم", "ومنذ {} للحرب قتل كثيرون.", ["الذي وقع فيه الحادث", "الوطني لأذربيجان", "العالمي للبيئة"]),
}


@pytest.mark.parametrize("language", ["he", "ar"])
def test_the_day_named_by_an_ordinal_a_clause_or_an_adjective_is_not_today(language):
    """ "היום"/"اليوم" is today, or "the day" when an ordinal, a relative clause or an adjective says which: every
    ordinal of the language's lexicon after it ("מאז היום השלישי למלחמה", "منذ اليوم الثالث للحرب") leaves it
    unread; the verb-first "אמר היום השר" / "قال اليوم الرئيس" is still today."""
    from facts.extraction.dates import grammar

    word, sentence, named = THE_DAY[language]
    weekdays = grammar(language).lexicon.weekdays
    article = {"he": "ה", "ar": "ال"}[language]
    ordinals = [o for o in grammar(language).lexicon.ordinals if o.startswith(article) and o not in weekdays]
    assert len(ordinals) >= 10
    for after in ordinals + named:
        text = sentence.format(f"{word} {after}")
        assert find_dates(text, language=language, published="2024-05-15") == [], text
    said_today = {"he": "אמר היום השר כי השיחות יימשכו.", "ar": "قال اليوم الرئيس إن المحادثات ستستمر."}[language]
    assert [(m.text, m.edtf) for m in find_dates(said_today, language=language, published="2024-05-15")] == [
        (word, "2024-05-15")
    ]


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_a_number_with_a_dot_or_slash_after_a_date_word_is_a_quantity_when_a_unit_follows(language):
    """ "ב-7.10" is a day, "ב-2.5 מיליון" a quantity: every word CLDR writes a unit, a large number or a currency
    with (vocabulary.quantity_words) after the number keeps it from being read; so do a fraction ("2/3 of") and
    a range of numbers ("from 1.5 to 2")."""
    from facts.extraction.dates.vocabulary import quantity_words

    before = {"he": "המדד עלה ב-{} {}", "ar": "ارتفع المؤشر في {} {}", "en": "It rose from {} {}"}[language]
    number = "2.5" if language != "en" else "2/5"  # English dates take the slash only
    words = sorted(quantity_words(language))
    assert len(words) > 200
    for word in words:
        text = before.format(number, word)
        assert find_dates(text, language=language, published="2024-05-15") == [], text
    fraction, number_range = {
        "he": ("ב-2/3 מהקולות", "מ-1.5 ל-2"),
        "ar": ("في 2/3 من الأصوات", "في 1.5 إلى 2"),
        "en": ("from 2/3 of the votes", "from 1/5 to 2/5"),
    }[language]
    for text in (fraction, number_range):
        assert find_dates(text, language=language, published="2024-05-15") == [], text


def test_a_month_that_ends_a_sentence_leaves_its_full_stop_and_an_abbreviation_keeps_its_own():
    """ "… closed on 15 June." is read as "15 June"; "Jan. 5" keeps the full stop that marks the abbreviation. Every
    English month name in full and abbreviated (the calendar module's names)."""
    import calendar

    for number in range(1, 13):
        full, short = calendar.month_name[number], calendar.month_abbr[number]
        found = find_dates(f"The exhibition closed on 15 {full}.", language="en", published="2024-05-15")
        assert [m.text for m in found] == [f"15 {full}"]
        if short != full:
            found = find_dates(f"It opened on {short}. 5, 2021 in Baku.", language="en", published="2024-05-15")
            assert [(m.text, m.edtf) for m in found] == [(f"{short}. 5, 2021", f"2021-{number:02d}-05")]


NOW_IS_NOT_A_DAY = {  # a span up to now, a count forward from it, "because", an adjective, a moment before
    "en": [
        "By now the two sides have signed.",
        "Until now, no visit took place.",
        "Now that the embassy is open, trade grows.",
        "The now-defunct airline flew there.",
        "Now playing",
        "Israel, and now the Gulf, seek a wider model.",
        "He left just now.",
        "From now on it is open.",
    ],
    "he": [
        "עד עכשיו לא התקיים ביקור.",
        "עד כעת לא נחתם הסכם.",
        "מעכשיו השגרירות פתוחה.",
        "עכשיו בכותרות",
        "וכעת הדוח מציין כי ישראל שואפת להרחיב את המודל.",
    ],
    "ar": [
        "الآن على الهواء",
        "والآن يسعى التقرير إلى توسيع النموذج.",
        "حتى الآن لم تتم أي زيارة.",
        "لم يوقع اتفاق إلى الآن.",
        "من الآن فصاعدا السفارة مفتوحة.",
        "لحد الآن لم يتغير شيء.",
    ],
}


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_now_is_publication_day_but_not_a_span_up_to_it(language):
    """ "you can now fly", "עכשיו אפשר לטוס", "يمكن الآن السفر": publication's day, as "currently" is; "until now",
    "from now on" and the rest are no date."""
    now = {"en": "You can now fly to Baku.", "he": "אפשר עכשיו לטוס לבאקו.", "ar": "يمكن الآن السفر إلى باكو."}
    assert [m.edtf for m in find_dates(now[language], language=language, published="2024-05-15")] == ["2024-05-15"]
    for text in NOW_IS_NOT_A_DAY[language]:
        assert find_dates(text, language=language, published="2024-05-15") == [], text


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_today_in_a_quotation_is_the_day_it_was_spoken_within_a_week_and_publication_day_further_back(language):
    """A quotation's "today" is the speaker's: the day the text gave before it, when that day is in the week
    before publication; a day further back is more often history the quotation comments on."""
    sentences = {
        "en": 'The embassy opened on {day}. "Today we open a new page," a diplomat said.',
        "he": 'השגרירות נפתחה ב-{day}. "היום אנחנו פותחים דף חדש", אמר דיפלומט.',
        "ar": "افتتحت السفارة في {day}. وقال دبلوماسي: «اليوم نفتح صفحة جديدة».",
    }[language]
    day = {"en": "3 May 2024", "he": "3 במאי 2024", "ar": "3 مايو 2024"}[language]
    for published, today in (("2024-05-05", "2024-05-03"), ("2024-05-20", "2024-05-20")):
        found = find_dates(sentences.format(day=day), language=language, published=published)
        assert [m.edtf for m in found] == ["2024-05-03", today], published


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_a_count_from_the_date_last_given_that_passes_publication_is_no_date_unless_planned(language):
    """ "Trade reached $1 billion in 2016. Twenty-five years on, this is a partnership" (published 2017): the count
    ran from the relations' start, not from 2016, and 2041 is no date; a clause that plans ("two months later the
    deal will be signed") keeps its count past publication."""
    past, planned = {
        "en": ("Trade reached $1 billion in 2016. 25 years later, the partnership delivers.",
               "Talks began in March 2017. Two months later, a deal will be signed."),
        "he": ("הסחר הגיע למיליארד דולר ב-2016. 25 שנים לאחר מכן השותפות מניבה.",
               "השיחות החלו במרץ 2017. חודשיים לאחר מכן ייחתם ההסכם."),
        "ar": ("بلغت التجارة مليار دولار في 2016. وبعد ذلك ب25 عاما تثمر الشراكة.",
               "بدأت المحادثات في مارس 2017. وبعد ذلك بشهرين سيوقع الاتفاق."),
    }[language]  # fmt: skip
    assert [m.edtf for m in find_dates(past, language=language, published="2017-04-10")] == ["2016"]
    assert [m.edtf for m in find_dates(planned, language=language, published="2017-04-10")] == ["2017-03", "2017-05"]


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_a_stamp_on_its_own_line_gives_no_year_to_a_planned_day_on_the_next(language):
    """A page stamped "23.12.2015" above "will visit Baku on 1 January": the stamp is a line of its own, not the
    stretch of words of the day after it, so the day is the first 1 January after publication; a year in the
    same line still gives its day its year ("in 2014, on 1 January")."""
    planned, same_line = {
        "en": ("23.12.2015\nThe minister will visit Baku on 1 January.", "In 2014, on 1 January, the minister came."),
        "he": ("23.12.2015\nהשר יבקר בבאקו ב-1 בינואר.", "ב-2014, ב-1 בינואר, השר הגיע."),
        "ar": ("23.12.2015\nسيزور الوزير باكو يوم 1 يناير.", "في عام 2014، يوم 1 يناير، وصل الوزير."),
    }[language]
    assert [m.edtf for m in find_dates(planned, language=language, published="2015-12-23")][-1] == "2016-01-01"
    assert [m.edtf for m in find_dates(same_line, language=language, published="2015-12-23")][-1] == "2014-01-01"


@pytest.mark.parametrize("verb", ["سيوقعان", "سيجتمعون", "ستلتقيان", "سيزور"])
def test_an_arabic_future_of_two_or_of_many_plans_as_that_of_one_does(verb):
    """ "الوزيران سيوقعان الاتفاق يوم 1 يناير" (published 1 June 2015, when the last 1 January is the nearer): the
    future of two or of many persons plans as the future of one does, so the day is the next 1 January."""
    text = f"قال مسؤول إن الوزيرين {verb} في باكو يوم 1 يناير."
    assert [m.edtf for m in find_dates(text, language="ar", published="2015-06-01")] == ["2016-01-01"]


DAY_RANGE_AFTER_A_DATE = {  # {date}: a day with its year; {first}, {last}, {month}: a range of days without one
    "en": "On {date}, the minister postponed a visit to Baku planned for {month} {first} to {last}.",
    "he": "ב-{date} דחה השר ביקור בבאקו שתוכנן ל-{first} עד {last} ב{month}.",
    "ar": "في {date} أرجأ الوزير زيارة إلى باكو كانت مقررة بين {first} و{last} {month}.",
}


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@given(data=st.data())
@settings(max_examples=40, deadline=None, derandomize=True)
def test_a_range_of_days_without_its_year_takes_the_year_its_sentence_just_gave(language, data):
    """ "May 3rd, 2025: Netanyahu postpones a visit planned for May 7 to 11" (published 2026): the days are those
    of 2025, the year the sentence gave, not the next May after publication the plan alone would give."""
    c = HypothesisChooser(data)
    said = dt.date(c.integer(2005, 2024), c.integer(1, 10), c.integer(1, 20))
    first = said + dt.timedelta(days=c.integer(2, 40))
    last_day = min(first.day + c.integer(1, 5), calendar.monthrange(first.year, first.month)[1])
    if last_day == first.day:
        return
    month_name = c.pick(MONTH_NAMES[language][first.month])
    date_words = a_day_in_words(c, language, said)
    text = DAY_RANGE_AFTER_A_DATE[language].format(date=date_words, first=first.day, last=last_day, month=month_name)
    published = dt.date(said.year + 1, said.month, 25).isoformat()

    values = [m.edtf for m in find_dates(text, language=language, published=published)]

    assert values == [said.isoformat(), f"{first.isoformat()}/{first.replace(day=last_day).isoformat()}"], text
