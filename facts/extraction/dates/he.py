"""Hebrew: the lexicon, the parts and the rules. A Hebrew word carries its prepositions and conjunctions as
clitics (ב, ו, ל, מ, ה, ש, כ, joined or with a maqaf or hyphen): they belong to the span."""

from __future__ import annotations

import re

from facts.extraction.dates import valuers as v
from facts.extraction.dates.calendars import HEBREW_MONTHS
from facts.extraction.dates.core import Grammar, Lexicon
from facts.extraction.dates.numbers import HE_NUMBER_WORD, HE_ORDINALS, HE_TENS, HE_UNITS, he_number, he_year
from facts.extraction.dates.rules import (
    NOT_A_TIME,
    PHONE_NUMBER,
    RuleSet,
    after_words,
    named_twice,
    numeric_day_month,
    numeric_rules,
    second_unit,
    shared_parts,
)
from facts.extraction.dates.vocabulary import (
    dual_unit_names,
    month_names,
    plural_unit_names,
    quantity_words,
    relative_days,
    unit_names,
    weekday_abbreviations,
    weekday_names,
)
from facts.extraction.wordlists import alternatives

# CLDR's names, abbreviated ones too (ינו׳, ספט׳), and dateparser's; the prefixes (ב, ל, מ…) are the grammar's syntax.
MONTHS = month_names("he", abbreviated=True)
UNITS = {
    "יום": "day",
    "ימים": "day",
    "יומיים": "day",
    "ערב": "day",
    "לילה": "day",
    "בוקר": "day",
    "שבוע": "week",
    "שבועות": "week",
    "שבועיים": "week",
    "חודש": "month",
    "חודשים": "month",
    "חודשיים": "month",
    "שנה": "year",
    "שנים": "year",
    "שנתיים": "year",
    "עשור": "decade",
    "עשורים": "decade",
    "העשורים": "decade",
    "השנים": "year",
    "החודשים": "month",
    "השבועות": "week",
}
UNITS["שנות"] = "year"  # "30 שנות יחסים": years of
UNITS |= {"ה" + word: unit for word, unit in list(UNITS.items()) if not word.startswith("ה")}  # the article
# Hours and minutes, CLDR's words: "לפני שלוש שעות" is publication's day (core.shifted)
CLOCK_UNITS = unit_names("he")
DUALS = frozenset({"יומיים", "שבועיים", "חודשיים", "שנתיים"}) | dual_unit_names("he")
DUALS |= {"ה" + word for word in DUALS}

# The future of the third person is a prefix, י or ת ("יבקרו", "תקיים", "ייפגש", "יתקיים"; the first person's א
# and נ are left out: "נערך", was held, would read as "we shall edit"), after ו, ש or כש. Whether what the prefix
# leaves is a verb is asked of its infinitive, a word of its own in wordfreq's lists, as the Arabic future's verb
# is: ל or לה before the rest (pa'al and pi'el "לבקר", hif'il "להגיע", nif'al "להיפגש", hitpa'el "להתקיים").
FINAL_FORMS = str.maketrans("כמנפצ", "ךםןףץ")


def infinitives(rest: str) -> tuple[str, ...]:
    """The infinitives a future verb less its prefix may belong to: ל or לה before it; a stem ending in ה with the
    infinitive's ות ("ינסה" → "לנסות"); a three-letter stem with the ו pa'al writes ("חתם" → "לחתום"); and for a
    plural, the same of the stem less its ו, its last letter in final form ("יבקרו" → "בקר", "ייערכו" → "יערך"),
    or the ה it dropped ("ינסו" → "לנסות")."""
    found = ["ל" + rest, "לה" + rest]
    if rest.endswith("ה"):
        found.append("ל" + rest[:-1] + "ות")
    if len(rest) == 3:
        found.append("ל" + rest[:2] + "ו" + rest[2])
    if rest.endswith("ו") and len(rest) >= 3:  # the plural: "יבקרו", "ייערכו", "יחתמו", "ינסו" ("לנסות")
        stem = rest[:-2] + rest[-2].translate(FINAL_FORMS)
        found += ["ל" + rest[:-1] + "ות", *infinitives(stem)] if len(stem) > 2 else ["ל" + rest[:-1] + "ות"]
    return tuple(found)


LEXICON = Lexicon(
    months=MONTHS,
    numbers={**HE_UNITS, **HE_TENS, "כמה": 3, "מספר": 3, "חצי": 0.5},  # "לפני חצי שנה"
    units=UNITS | CLOCK_UNITS,
    seasons={"אביב": "spring", "קיץ": "summer", "סתיו": "autumn", "חורף": "winter"},
    weekdays={**weekday_names("he"), **weekday_abbreviations("he"), "ש": 5},  # ש: "מוצ״ש", after Saturday's end
    parts={"תחילת": "early", "ראשית": "early", "אמצע": "mid", "סוף": "late", "שלהי": "late", "אמצע ה": "mid"},
    # and without the article, as a day is written after ב ("בשלישי באוקטובר")
    ordinals=HE_ORDINALS | {word.removeprefix("ה"): n for word, n in HE_ORDINALS.items() if 1 <= n <= 10},
    decades={
        "עשרים": 1920,
        "שלושים": 1930,
        "ארבעים": 1940,
        "חמישים": 1950,
        "שישים": 1960,
        "שבעים": 1970,
        "שמונים": 1980,
        "תשעים": 1990,
        "אלפיים": 2000,
    },
    centuries={"עשרים ואחת": 21, "עשרים": 20, "תשע עשרה": 19, "תשע־עשרה": 19, "שמונה עשרה": 18},
    holidays={
        "ראש השנה": "rosh-hashanah",
        "ראש־השנה": "rosh-hashanah",
        "ראש-השנה": "rosh-hashanah",
        "יום כיפור": "yom-kippur",
        "יום הכיפורים": "yom-kippur",
        "יום כפור": "yom-kippur",
        "יום הכפורים": "yom-kippur",
        "חג הסוכות": "sukkot",
        "סוכות": "sukkot",
        "חנוכה": "hanukkah",
        "חג החנוכה": "hanukkah",
        "פורים": "purim",
        "חג הפורים": "purim",
        "פסח": "passover",
        "חג הפסח": "passover",
        "חג השבועות": "shavuot",
        "רמדאן": "ramadan",
        "הרמדאן": "ramadan",
        "חודש הרמדאן": "ramadan",
        "רמדן": "ramadan",
        "עיד אל-פיטר": "eid-al-fitr",
        "עיד אל־פיטר": "eid-al-fitr",
        "עיד אל פיטר": "eid-al-fitr",
        "עיד אל-אדחא": "eid-al-adha",
        "עיד אל־אדחא": "eid-al-adha",
        "עיד אל אדחא": "eid-al-adha",
        "חג הקורבן": "eid-al-adha",
        "נורוז": "nowruz",
        # National days (calendars.ISRAELI_DAYS, FIXED_HOLIDAYS): in Hebrew, "יום העצמאות" alone is Israel's
        "יום העצמאות": "yom-haatzmaut",
        "יום העצמאות של ישראל": "yom-haatzmaut",
        "יום הזיכרון": "yom-hazikaron",
        "יום הזכרון": "yom-hazikaron",
        "יום הזיכרון לחללי מערכות ישראל": "yom-hazikaron",
        "יום ירושלים": "yom-yerushalayim",
        "יום השואה": "yom-hashoah",
        "יום השואה והגבורה": "yom-hashoah",
        "יום הזיכרון לשואה ולגבורה": "yom-hashoah",
        "יום הזכרון לשואה ולגבורה": "yom-hashoah",
        "יום העצמאות של אזרבייג'ן": "azerbaijan-independence-day",
        "יום העצמאות האזרי": "azerbaijan-independence-day",
        "יום העצמאות האזרבייג'ני": "azerbaijan-independence-day",
        "נוורוז": "nowruz",
        "נברוז": "nowruz",
        "חג הנורוז": "nowruz",
        "חג נורוז": "nowruz",
        "חג המולד": "christmas",
        "כריסמס": "christmas",
        "חג המולד האורתודוקסי": "orthodox-christmas",
        "ראש השנה האזרחית": "new-year",
        "ראש השנה הלועזית": "new-year",
        "סילבסטר": "new-years-eve",
        "ליל הסילבסטר": "new-years-eve",
        "פסחא": "easter",
        "חג הפסחא": "easter",
        "חג ההודיה": "thanksgiving",
        "שמחת תורה": "simchat-torah",
        'ט"ו בשבט': "tu-bishvat",
        "ט״ו בשבט": "tu-bishvat",
        "טו בשבט": "tu-bishvat",
        'ל"ג בעומר': "lag-baomer",
        "ל״ג בעומר": "lag-baomer",
        "לג בעומר": "lag-baomer",
        "תשעה באב": "tisha-bav",
        "ט' באב": "tisha-bav",
        "ט׳ באב": "tisha-bav",
        "ראש השנה המוסלמי": "islamic-new-year",
        "ראש השנה ההיג'רי": "islamic-new-year",
        "עאשורא": "ashura",
        "עשוראא": "ashura",
        "מולד הנביא": "mawlid",
    },
    relative_years={
        "אשתקד": -1,
        "השנה שעברה": -1,
        "שנה שעברה": -1,
        "השנה הבאה": 1,
        "שנה הבאה": 1,
        "השנה": 0,
        "השנה הנוכחית": 0,
        "בשנה שעברה": -1,
        "בשנה הבאה": 1,
    },
    adjacent_years={
        **dict.fromkeys(["שלאחר", "שאחרי", "שלאחריה", "שאחריה", "שלאחריו"], 1),
        **dict.fromkeys(["הקודמת", "שקדמה", "שלפני", "שלפניה"], -1),
    },
    directions={
        "שעבר": "last",
        "שעברה": "last",
        "האחרון": "last",
        "האחרונה": "last",
        "שחלף": "last",
        "שחלפה": "last",
        "הקודם": "last",
        "הקודמת": "last",
        "הזה": "this",
        "הזאת": "this",
        "הנוכחי": "this",
        "הנוכחית": "this",
        "הקרוב": "next",
        "הקרובה": "next",
        "הבא": "next",
        "הבאה": "next",
        "לאחר מכן": "later",
        "אחר כך": "later",
        "מאוחר יותר": "later",
        "אחרי כן": "later",
        "כעבור": "later",
        "לפני כן": "earlier",
        "קודם לכן": "earlier",
        "מוקדם יותר": "earlier",
        "שלאחר מכן": "next",
        "שלאחריה": "next",
        "שלאחריו": "next",
        "שלפניה": "last",
        "שלפניו": "last",
        "שלמחרת": "next",
        "שקדמה": "last",
        "שקדם": "last",
        "שאחרי": "next",
        "שלפני": "earlier",
        "שלפני כן": "earlier",
    },
    day_words=relative_days("he")
    | {
        "הבוקר": 0,
        "הערב": 0,
        "הלילה": 0,
        "כיום": 0,
        "בימינו": 0,
        "נכון להיום": 0,
        "אמש": -1,
        "שלשום": -2,
        "מחרתיים": 2,
    },
    vague_numbers=frozenset({"כמה", "מספר"}),
    duals=DUALS,
    singular_units=frozenset({"שנה", "השנה", "עשור", "חודש", "שבוע"}),
    weekend=4,
    plurals=frozenset({"ימים", "שבועות", "חודשים", "שנים", "עשורים"}) | plural_unit_names("he"),
    year_words=he_year,
    number_words=he_number,
    future=re.compile(
        r"(?<![\u0590-\u05ff])(?:[ושכ]{1,2})?(?:ייערך|ייערכו|תיערך|יתקיים|תתקיים|יתקיימו|צפוי|צפויה|צפויים|מתוכנן|"
        r"תוכנן|תוכננה|אמור|אמורה|יגיע|תגיע|ייפגשו|יבקר|תבקר|יחתמו|ייחתם|"
        # "is to", "is about to", "plans to", "intends to" before an infinitive; "soon"
        r"עתיד|עתידה|עתידים|עתידות|עומד\s+ל|עומדת\s+ל|עומדים\s+ל|מתכנן\s+ל|מתכננת\s+ל|מתכננים\s+ל|"
        r"מתעתד|מתעתדת|מתעתדים|בקרוב|"
        # what a timetable says, in the present (participles unlike the past: "נסגרת", not "נסגרה"): "התערוכה
        # נסגרת באמצע יולי", "המשלחת מגיעה ביום שלישי"
        r"(?:נפתחת|נפתחים|נפתחות|נסגרת|נסגרים|נסגרות|מתחיל|מתחילה|מתחילים|מסתיים|מסתיימת|מסתיימים|מגיע|מגיעה|"
        r"מגיעים|חוזר|חוזרת|חוזרים|ממריא|ממריאה)(?![\u0590-\u05ff]))"
    ),
    # (not after a geresh or an apostrophe: "חג'ייב" is a name, not "ייב")
    future_prefixed=re.compile(
        r"(?<![\u0590-\u05ff'\u2019])(?:ו?כ?ש|ו)?(?P<whole>[ית](?P<rest>[\u05d0-\u05ea]{2,}))(?![\u0590-\u05ff'\u2019])"
    ),
    future_bases=infinitives,
    # An adjective of the same letters ("ישיר", direct; "יעיל", efficient) is about as common as the infinitive
    # ("לשיר", "לעיל"): a future verb is rarer than its infinitive by more (0.43 zipf and up for "יתקיים",
    # "יופיע"; 0.6–1.8 for most), the adjectives by less (0.35 at most); "ישוב", "יבוא" are both, and stay out
    future_margin=0.4,
)

HE = "\u0590-\u05ff"
PRE = rf"(?<![{HE}\w])(?:[ובלמהשכ]{{1,3}}[־\-]?)?"
NUM = rf"\d+|כמה|מספר|חצי|(?:{HE_NUMBER_WORD})(?:\s+(?:ו)?(?:{HE_NUMBER_WORD}))*"  # כמה, מספר: "a few"
FEW = r"(?:\s+(?:ספורים|ספורות|אחדים|אחדות))?"  # "ימים ספורים": a few days
SPELLED = rf"(?:אלף|אלפיים)(?:\s+ו?(?:{HE_NUMBER_WORD}))*"
HEBREW_NUMERAL = r"[א-ת]{1,3}[\"״׳'][א-ת]?"

PARTS = shared_parts() | {
    "pre": PRE,
    "month": named_twice(alternatives(MONTHS), alternatives(HEBREW_MONTHS)),
    "day": r"[12]\d|3[01]|0?[1-9]",
    "spelled": SPELLED,
    # after a day and month, with its preposition or without: "ב-3 במרץ (ב)שנה שעברה", "ב-3 במרץ אשתקד"
    "yrel": r"ב?השנה\s+שעברה|ב?שנה\s+שעברה|ב?השנה\s+הבאה|ב?שנה\s+הבאה|השנה\s+הנוכחית|השנה|אשתקד",
    "season": r"אביב|קיץ|סתיו|חורף",
    "holiday": alternatives(LEXICON.holidays),
    # Without a year, only names that are nothing else ("סוכות" is also booths, "רמדן" a name)
    "holidayalone": alternatives(k for k in LEXICON.holidays if k not in ("סוכות", "רמדן")),
    "part": r"תחילת|ראשית|אמצע|סוף|שלהי",
    "n": NUM,
    # about, almost, more or less than ("לפני יותר משלושה עשורים", "בעוד פחות משנה"): a count not exact
    "approx": r"(?:כמעט|קרוב\s+ל[־\-]?|(?:קצת\s+)?(?:יותר|למעלה|פחות)\s+מ[־\-]?|כ[־\-]?)\s*",
    "unit": alternatives(UNITS),
    "weekday": r"ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת",
    "ord": alternatives(HE_ORDINALS),
    "decword": alternatives(LEXICON.decades),
    "cent": r"\d{2}|" + alternatives(LEXICON.centuries),
    "hday": HEBREW_NUMERAL + r"|[א-ט]['׳]|[1-9]|[12]\d|30",
    "hyear": r"[א-ת]{1,3}[\"״][א-ת]",
}
# "שנה ושלושה חודשים", "שבועיים וחמישה ימים", "שנה וחודשיים", "שנתיים וחצי"
PARTS["more"] = second_unit(PARTS, joiner=r"\s+ו", half=r"\s+וחצי(?![{he}])", count_optional=True)

# The year of the date last given: "(ב|של) אותה (ה)שנה", "(ב)שנה ההיא (עצמה)"
SAME_YEAR = r"(?:ב|של\s+)?(?:אותה\s+ה?שנה|ה?שנה\s+ההיא)(?:\s+עצמה)?"
# "(ב|של) השנה שלאחר מכן / הקודמת / שקדמה לכך": a year on from (or back before) the date last given
ADJACENT_YEAR = (
    r"(?:ב|של\s+)?(?P<adjyear>ה?שנה\s+(?:שלאחר\s+מכן|שאחרי\s+כן|שלאחריה|שאחריה|שלאחריו|הקודמת|"
    r"שקדמה(?:\s+לכך|\s+לה)?|שלפני\s+כן|שלפניה))"
)
YEARREF = "(?:(?:שנת\\s+)?{year}|" + ADJACENT_YEAR + "|{yrel}|(?P<same>" + SAME_YEAR + "))"
# "השנה" after a part ("עד סוף השנה"): the year the sentence gave, else publication's (valuers.year_of)
THE_YEAR = r"(?P<theyear>השנה)(?![{he}])(?!\s+(?:שעברה|הבאה|הנוכחית|שלאחר|שלפני|שבה))"
SEP = r"\s*[-–־]\s*"
RANGE_SEP = r"\s*[-–־/]\s*"  # years: "2021-22", "2021/22" too

R = RuleSet(PARTS, literals={"he": HE})
# Absolute dates
R.add("iso date", "numeric", r"{pre}{iso:_}", v.iso_date)
numeric_rules(R, v, before="{pre}")
# Quantities in Hebrew are counted in the plural, which CLDR does not write ("2.5 אחוזים", "1.5 שקלים")
QUANTITIES = quantity_words("he")
QUANTITIES |= {word + "ים" for word in QUANTITIES} | {word[:-1] + "ות" for word in QUANTITIES if word.endswith("ה")}
R.add(
    "numeric day and month",  # "ב-7.10", "מאז ה-7.10", "עד 30.6", "ביום 14/5"
    "day-month",
    numeric_day_month(
        after_words("מאז", "עד", "אחרי", "לאחר", "לפני", "ביום", "בתאריך", "מיום")
        + r"(?:ה[־\-]?)?|(?<![{he}\w])ו?(?:[במל]ה?[־\-]?|ה[־\-])",
        "./",
        alternatives(QUANTITIES),
    ),
    v.numeric_day_month,
)
# "ב-5 בחודש אוגוסט": the month may be named with its "month" word
R.add("day month year", "full-date", r"{pre}{day}\s+(?:ב|ל)?(?:חודש\s+)?{month},?\s+" + YEARREF, v.full_date)
R.add("month day year", "full-date", r"{pre}{month}\s+{day},?\s+" + YEARREF, v.full_date)
R.add("month year", "month-year", r"{pre}(?:חודש\s+)?{month}\s+" + YEARREF, v.month_year)
# A year in two digits after its geresh or apostrophe ("ב-12 במאי '12", "בספטמבר '23")
R.add("day month short year", "full-date", r"{pre}{day}\s+(?:ב|ל)?(?:חודש\s+)?{month},?\s+{short:year}", v.full_date)
R.add("month short year", "month-year", r"{pre}(?:חודש\s+)?{month},?\s+{short:year}", v.month_year)
# "במרץ ובמאי 2020", "בינואר או בפברואר אשתקד": the year said once is each month's (two months, not a range)
R.add(
    "month before another of its year",
    "month-year",
    r"{pre}(?:חודש\s+)?{month}(?=\s+(?:ו|או\s+)(?:ב|ב?חודש\s+)?{month2}\s+" + YEARREF + ")",
    v.month_year,
    month2=PARTS["month"],
)
R.add(
    "day month",
    "day-month",
    r"{pre}{day}\s+[בל](?:חודש\s+)?{month}(?![{he}])(?!,?\s*(?:שנת\s+)?" + NOT_A_TIME + r"\d)",
    v.day_month,
)
# A day in words after ב: a number ("באחד במאי", "בעשרים ושניים במרץ") or an ordinal without its article
# ("בשלישי באוקטובר"); the day's word and the month's ב (or ל) both stand.
DAY_WORD = (
    rf"(?:שנים\s+עשר|{HE_NUMBER_WORD})(?:\s+ו?(?:{HE_NUMBER_WORD}))?"
    rf"|{alternatives(w.removeprefix('ה') for w, n in HE_ORDINALS.items() if 1 <= n <= 10)}"
)
R.add(
    "day in words month year",
    "full-date",
    r"(?<![{he}\w])ו?ב{dayword:day}\s+[בל](?:חודש\s+)?{month},?\s+" + YEARREF,
    v.full_date,
    dayword=DAY_WORD,
)
R.add(
    "day in words month",
    "day-month",
    r"(?<![{he}\w])ו?ב{dayword:day}\s+[בל](?:חודש\s+)?{month}(?![{he}])(?!,?\s*(?:שנת\s+)?" + NOT_A_TIME + r"\d)",
    v.day_month,
    dayword=DAY_WORD,
)
R.add(
    "day month same year",
    "anaphora",
    r"{pre}{day}\s+[בל]{month}\s+(?P<same>" + SAME_YEAR + ")",
    v.day_month,
    anchor="previous",
)
R.add("year", "year", r"{pre}(?:שנת\s+)?{year}(?![{he}])", v.year_only)
R.add("short year", "short-year", r"{pre}{short:year}", v.year_only)
R.add("spelled year", "spelled-year", r"{pre}(?:שנת\s+)?{spelled:year}(?![{he}])", v.year_only)
R.add(
    "bare month",
    "relative",
    r"{pre}(?:חודש\s+)?{month}(?![{he}\d])(?!\s+\d)",
    v.bare_month,
    anchor="published",
    # Not "מאי" (במאי: a director, too). "מרץ" is read: its other sense, vigour, is a trap above.
    month=r"ינואר|פברואר|מרץ|מארס|מרס|אפריל|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר",
)
R.add(  # "בחודש מאי": the word "month" says it is no director
    "May named as a month",
    "relative",
    r"{pre}חודש\s+{month}(?![{he}\d])(?!\s+\d)",
    v.bare_month,
    anchor="published",
    month=r"מאי",
)
R.add(
    "May in apposition",
    "relative",
    # ", במאי," between commas or brackets, after a date it names more exactly ("חודשיים לאחר מכן, במאי,"): the
    # month, not a director
    r"(?<=[,(]\s)ו?ב(?:חודש\s+)?{month}(?=\s*[,)])",
    v.bare_month,
    anchor="published",
    month=r"מאי",
)
R.add(
    "marked day and month",
    "day-month",
    r"{pre}(?:יום\s+)?(?:ה[-־]?)?{day}\s+[בל]{month}\s+{dir}(?![{he}])",
    v.day_month_marked,
    anchor="published",
    dir=r"האחרון|שעבר|שחלף|הקרוב|הבא",
)
R.add(
    "marked month",
    "relative",
    r"{pre}{month}\s+{dir}",
    v.month_marked,
    anchor="published",
    dir=r"האחרון|שעבר|שחלף|הקרוב|הבא",
)
# Seasons, parts of years and months, halves and quarters
R.add("season year", "season", r"{pre}{season}\s+(?:של\s+)?" + YEARREF, v.season_year)
R.add(
    "winter of two years",
    "season",
    r"{pre}חורף\s+(?:של\s+)?{year}" + SEP + "{year2}",
    v.winter_years,
    year2=r"\d{4}|\d{2}",
)
R.add(  # "באביב", "בקיץ": with ב only, so that "תל אביב" is no spring
    "season alone",
    "season",
    r"(?<![{he}\w])ו?ב{season}(?![{he}])(?!\s+(?:של\s+)?(?:\d|שנת|אותה|ה?שנה))",
    v.season_relative,
    anchor="published",
)
R.add(
    "season relative",
    "season",
    r"{pre}ה?{season}\s+{dir}",
    v.season_relative,
    anchor="published",
    dir=r"הזה|הנוכחי|שעבר|האחרון|הקרוב|הבא",
)
R.add("part of the year", "part-of-year", r"{pre}{part}\s+" + THE_YEAR, v.part_year)  # "ב-2019 … ועד סוף השנה"
R.add("part of year", "part-of-year", r"{pre}{part}\s+(?:שנת\s+)?" + YEARREF, v.part_year)
R.add("part of month", "part-of-year", r"{pre}{part}\s+(?:חודש\s+)?{month}\s+" + YEARREF, v.part_month)
R.add(
    "part of a month without its year",
    "part-of-month",
    r"{pre}{part}\s+(?:חודש\s+)?{month}(?![{he}])(?!\s*\d)",
    v.part_of_bare_month,
    anchor="published",
)
R.add(
    "ahead",
    "relative",
    r"(?<![{he}\w])ו?בעוד\s+{approx}?(?:{n}\s+)?{unit}(?:\s+(?P<exactly>בדיוק))?(?![{he}])",
    v.ahead,
    anchor="published",
    unit=alternatives(UNITS | CLOCK_UNITS),  # "בעוד 48 שעות"
)
R.add(  # "ביום שני בשבוע הבא", "ביום רביעי של השבוע שעבר", "ביום חמישי השבוע"
    "weekday of a week",
    "weekday",
    r"(?<![{he}\w])ו?ב(?:יום\s+){weekday}\s+(?:של\s+|ב)?(?:ה?שבוע(?:\s+{dir})?)(?![{he}])",
    v.weekday_of_week,
    anchor="published",
    dir=r"שעבר|הקודם|שחלף|הבא|הקרוב|הנוכחי|הזה",
)
R.add(
    "part of month relative",
    "part-of-year",
    r"{pre}{part}\s+החודש\s*{dir}",
    v.part_month_relative,
    anchor="published",
    dir=r"הבא|שעבר|הנוכחי|",
)
R.add(
    "half",
    "half-quarter",
    r"{pre}ה?מחצית\s+{ord}\s+(?:של\s+)?(?:" + THE_YEAR + "|" + YEARREF + ")",
    v.half_year,
    ord=r"הראשונה|השנייה|השניה",
)
R.add(
    "quarter",
    "half-quarter",
    r"{pre}ה?רבעון\s+{ord}\s+(?:של\s+)?(?:" + THE_YEAR + "|" + YEARREF + ")",
    v.quarter_year,
    ord=r"הראשון|השני|השלישי|הרביעי|האחרון",
)
# Decades and centuries
DECADE = r"ה[־\-]?(?:\d0(?!\d)|\d{3}0)|ה?(?:" + PARTS["decword"] + ")"
R.add("decade", "decade", r"{pre}(?:{part}\s+)?שנות\s+{decade}", v.decade_value, decade=DECADE)
R.add(  # "במחצית השנייה של שנות ה-90", "בחצי הראשון של שנות השמונים"
    "half of a decade",
    "decade",
    r"{pre}(?:ה?מחצית|ה?חצי)\s+{ord}\s+(?:של\s+)?שנות\s+{decade}",
    v.decade_half_value,
    decade=DECADE,
    ord=r"הראשונה|השנייה|השניה|הראשון|השני",
)
R.add(
    "decades joined",
    "decade",
    r"{pre}(?:{part}\s+)?שנות\s+{decade}\s+ו{decade2}",
    v.decades_joined,
    decade=DECADE,
    decade2=DECADE,
)
R.add("century", "century", r"{pre}(?:ה)?מאה\s+ה[־\-]?{cent}", v.century_value)
R.add(
    "decade of century",
    "century",
    # "המאה" alone is publication's ("העשור הראשון של המאה"), "המאה הקודמת" the one before; "אמצע העשור…" a part
    r"{pre}(?:{part}\s+)?(?:ה)?עשור\s+{ord}\s+של\s+(?:המאה\s+ה[־\-]?{cent}|המאה(?:\s+{dir})?(?![{he}]))",
    v.century_decade_value,
    ord=r"הראשון|השני|השלישי|האחרון",
    dir=r"הנוכחית|הזו|הזאת|הקודמת|שעברה",
)
R.add(
    "half of century",
    "century",
    r"{pre}(?:ה)?מחצית\s+{ord}\s+של\s+המאה\s+ה[־\-]?{cent}",
    v.century_half_value,
    ord=r"הראשונה|השנייה|השניה",
)
# Ranges
R.add(
    "year range",
    "range",
    r"{pre}(?:השנים\s+|שנים\s+)?{year}" + RANGE_SEP + "{year2}(?![\\d{he}/])",
    v.year_range,
    year2=r"(?:1[5-9]|20)\d\d|\d\d",
)
R.add(
    "year range words",
    "range",
    r"(?<![{he}\w])(?:ו?מ[־\-]?|ו?בין\s+(?:השנים\s+)?)(?:שנת\s+)?{year}\s+(?:עד|ל[־\-]?|ועד)\s*(?:[^\s\d]+\s+){0,4}?(?:שנת\s+)?{year2}",
    v.year_range,
)
R.add(
    "month day range",
    "range",
    r"{pre}{day}\s+ב{month}\s*(?:[-–־]|עד|ועד|ו?ל[־\-]?)\s*(?:ה?[־\-]?)?{day2}\s+ב{month2}(?:,?\s+" + YEARREF + ")?",
    v.month_day_range,
    day2=r"[12]\d|3[01]|0?[1-9]",
    month2=PARTS["month"],
)
R.add(
    "day range",
    "range",
    # "5-6 במרץ", "5/6 במרץ", "בין ה-5 ל-6 במרץ", "ב-5 ו-6 במרץ", "ב-5 וב-6 במרץ"
    r"{pre}(?:בין\s+)?{day}\s*(?:[-–־/]|עד|ו?ל[-־]?|וב?[-־]?)\s*{day2}\s+ב{month}(?:,?\s+" + YEARREF + ")?",
    v.day_range,
    day2=r"[12]\d|3[01]|0?[1-9]",
)
R.add(
    "numeric day range",
    "range",
    r"{pre}{day}\s*[–\-]\s*{day2}[./]{month}[./]{numyear}",
    v.day_range,
    day2=r"[12]\d|3[01]|0?[1-9]",
    month=r"1[0-2]|0?[1-9]",
)
R.add(
    "month range",
    "range",
    r"{pre}(?:בין\s+|מ)?{month}(?:\s+(?:ל|עד\s+)?|\s*[–\-/]\s*){month2}\s+" + YEARREF,
    v.month_range,
    month2=PARTS["month"],
)
R.add(
    "month range without its year",
    "range",
    r"(?<![{he}\w])ו?(?:(?:מ|בין\s+)(?:חודש\s+)?{month}\s+(?:ועד|עד|ל)\s*[־\-]?|ב(?:חודשים\s+)?{monthd}\s*[–\-/]\s*)"
    r"(?:חודש\s+)?{month2}(?![{he}])(?!\s*(?:שנת\s+)?\d)",
    v.bare_month_range,
    anchor="published",
    month2=PARTS["month"],
    monthd=PARTS["month"],
)
# Relative to publication
# "היום" is also "the day": an ordinal, a relative clause or an adjective after it says which ("מאז היום הראשון
# למלחמה", "היום שבו נחתם", "היום הבינלאומי לזכר השואה"); "אמר היום השר" is today.
THE_DAY_NAMED = (
    r"(?!\s+(?:"
    + alternatives(word for word in LEXICON.ordinals if word.startswith("ה"))
    + r"|שבו|שבה|שבהם|שבהן|שלאחר|שאחרי|שלאחרי|שלפני|ה[א-ת]+י)(?![א-ת]))"
)
R.add(
    "today",
    "relative",
    r"(?<![{he}\w])ו?{dayword}(?![{he}])" + THE_DAY_NAMED,
    v.today,
    anchor="published",
    dayword=alternatives(LEXICON.day_words),
)
# "עכשיו" and "כעת" are publication's day, as "כיום" is; not "עד עכשיו" / "עד כעת" (a span up to it) or "מעכשיו"
# (from now on), nor a line that opens with it (a site's menu: "עכשיו בכותרות"), nor "and now" ("וכעת הדוח מציין",
# "וכעת שואפת להרחיב": a turn of the argument or an aim, not a time)
R.add("now", "relative", r"(?<![{he}\w])(?<!^)(?<!\n)(?<!עד )(?:עכשיו|כעת)(?![{he}])", v.today, anchor="published")
R.add(
    "day word and weekday",  # "היום (רביעי)", "אתמול, יום שלישי,": the weekday restates the day
    "relative",
    r"(?<![{he}\w])ו?{dayword}\s*[(,]?\s*(?:ב?יום\s+)?{weekday}\)?(?![{he}])",
    v.today,
    anchor="published",
    dayword=r"היום|אתמול|אמש|מחר|שלשום|הבוקר|הערב|הלילה",
)
R.add(
    "this day years back",
    "count-back",
    r"(?<![{he}\w])ו?(?:(?P<today>(?:ב)?יום\s+(?:ה)?זה|(?:ב)?אותו\s+יום|היום),?\s+)?(?:ב)?לפני\s+(?:{n}\s+)?{unit}"
    r"(?P<today2>,?\s+(?:בדיוק\s+)?(?:(?:ב)?יום\s+(?:ה)?זה|היום))?(?![{he}])",
    v.this_day_back,
    anchor="published",
)
R.add(
    "this time years back",  # "בתקופה זו בשנה שעברה", "בעונה הזו אשתקד", "בזמן הזה לפני שנתיים": that month, about
    "count-back",
    r"(?<![{he}\w])ו?ב?(?:אותה\s+(?:תקופה|עונה|עת)|(?:תקופה|עונה|זמן|עת)\s+(?:ה)?(?:זו|זה|זאת))\s+"
    r"(?:(?:ב)?שנה\s+(?:שעברה|הקודמת)|אשתקד|לפני\s+(?:{n}\s+)?{unit})(?![{he}])",
    v.this_time_back,
    anchor="published",
)
R.add(
    "this day of a year",
    "count-back",
    r"(?<![{he}\w])ו?(?:ב)?יום\s+(?:ה)?זה\s+(?:ב[־\-]?|בשנת\s+){year}(?![\d{he}])",
    v.this_day_of_year,
    anchor="published",
)
R.add(  # "לפני עשר שנים בדיוק", "בדיוק לפני שנה": that day
    "ago",
    "relative",
    r"(?<![{he}\w])ו?(?:(?P<exactly>בדיוק)\s+)?לפני\s+{approx}?(?:{n}\s+)?{unit}"
    + FEW
    + r"(?:\s+(?P<exactly2>בדיוק))?",
    v.ago,
    anchor="published",
    unit=alternatives(UNITS | CLOCK_UNITS),  # "לפני שלוש שעות"
)
R.add(
    "running count",
    "running",
    r"(?<![{he}\w])ו?ל?(?:ה)?{unit}\s+{ord:n}\s+(?:ברציפות|ברצף|רצוף|רצופה|ברציפות\s+זה)(?![{he}])",
    v.running_count,
    anchor="published",
    unit=r"יום|שבוע|חודש|שנה",
)
R.add(
    "after units of",
    "count-back",
    # "אחרי 30 שנות יחסים": what has gone on that long, up to publication.
    r"(?<![{he}\w])ו?(?:אחרי|לאחר)\s+(?:יותר\s+מ[-־]?)?{n}\s+{unit}(?:(?<=שנות)|(?=\s+של\s))(?![{he}])",
    v.recent_span,
    anchor="published",
    unit=r"שנות|שנים|עשורים",
)
R.add(
    "anniversary",
    "count-back",
    r"(?<![{he}\w])ו?(?:השנה\s+|השבוע\s+|היום\s+)?(?:מלאו|מלאות|ציינו|צוינו|ציון|נמלאו)\s+(?:{n}\s+)?{unit}\s+ל",
    v.anniversary,
    anchor="published",
)
R.add(
    "nth week of a month",
    "part-of-month",
    r"{pre}ה?שבוע\s+{ord}\s+(?:של\s+|ב|ל)(?:חודש\s+)?{month}(?:\s+" + YEARREF + ")?(?![{he}])",
    v.week_of_month,
)
R.add(
    "nth weekday of a month",
    "weekday",
    r"{pre}(?:יום\s+)?{weekday}\s+{ord}\s+(?:של\s+|ב)(?:חודש\s+)?{month}(?:\s+{year})?(?![{he}])",
    v.nth_weekday,
)
R.add(
    "unit relative",
    "relative",
    r"{pre}ה?{unit}\s+{dir}",
    v.unit_relative,
    anchor="published",
    unit=r"שבוע|חודש|שנה",
    dir=r"שעבר|שעברה|שחלף|שחלפה|הבא|הבאה|הזה|הזאת|הנוכחי|הנוכחית",
)
R.add(
    "this week or month",  # "השבוע", "החודש" alone: this week, this month ("השבוע הזה" is read above)
    "relative",
    r"(?<![{he}\w])(?<!פרשת )(?<!של )(?<!איש )(?<!אשת )ו?(?:ב|מ)?{unit}(?![{he}])"
    r"(?!\s+(?:שעבר|שחלף|הבא|הקודם|ההוא|ההיא|שלאחר|שלאחריו|שלפני|שבו|שבה|של|ש))",
    v.this_unit,
    anchor="published",
    unit=r"השבוע|החודש",
)
R.add(
    "last year word",
    "relative",
    r"(?<![{he}\w])ו?{yrel}(?![{he}])(?!\s+ההיא)",  # "השנה ההיא" is that year, not this one
    v.year_only,
    anchor="published",
    yrel=r"אשתקד|השנה",
)
R.add(
    "day of the month alone",  # "ב-5 לחודש", "ב-12 בחודש": not "ב-5 בחודש אוגוסט"
    "day-month",
    r"{pre}(?:יום\s+)?(?:ה[-־]?)?{day}\s+[בל](?:ה)?חודש(?![{he}])(?!\s+(?:{month:_}|{dir:_}|שעבר|הבא|הנוכחי|הקרוב|האחרון))",
    v.day_of_month_alone,
    anchor="published",
    dir=r"שעבר|הבא|הנוכחי|הקרוב|האחרון|הזה",
)
R.add(
    "day of a relative month",
    "day-month",
    r"{pre}(?:יום\s+)?(?:ה[-־]?)?{day}\s+[בל]?(?:ה)?חודש\s+(?:{dir})(?![{he}])",
    v.day_of_relative_month,
    anchor="published",
    dir=r"הבא|הקרוב|שעבר|הקודם|הנוכחי|הזה",
)
# "Last" and "past" (the one that has gone by: החולף) say the same of a span that ends now, in either gender
# and number; a dual ("בשנתיים האחרונות") counts two.
PAST_PLURAL = r"האחרונים|האחרונות|החולפים|החולפות"
PAST_SINGULAR = r"האחרונה|האחרון|החולפת|החולף"
R.add(
    "recent",
    "relative",
    r"{pre}(?:במהלך\s+)?{unit}\s+(?:{past})(?![{he}])",
    v.recent_span,
    anchor="published",
    unit=r"ה?(?:ימים|חודשים|שבועות|עשורים|שנים|חודשיים|שבועיים|שנתיים)",
    past=PAST_PLURAL,
)
R.add(
    "recent n",
    "relative",
    r"{pre}(?:במהלך\s+)?{n}\s+{unit}\s+(?:{past})(?![{he}])",
    v.recent_span,
    anchor="published",
    unit=r"העשורים|השנים|החודשים|השבועות",
    past=PAST_PLURAL,
)
R.add(
    "past year",  # "בשנה האחרונה", "בחודש האחרון", "בשבוע החולף" (not "בשבוע האחרון של מאי")
    "relative",
    r"{pre}(?:במהלך\s+)?ה?{unit}\s+(?:{last})(?![{he}])(?!\s+(?:של\s+|[בל][־\-]?)(?:חודש\s+)?{month:_})"
    r"(?!\s+(?:לפני|שלפני|אחרי|שאחרי|של)(?![{he}]))",
    v.recent_span,
    anchor="published",
    unit=r"שנה|עשור|חודש|שבוע",
    last=PAST_SINGULAR,
)
R.add(
    "past hours",  # "ב-24 השעות האחרונות", "במהלך 48 השעות האחרונות", "ביממה האחרונה"
    "relative",
    r"{pre}(?:במהלך\s+)?(?:-?{n}\s+השעות\s+(?:האחרונות|החולפות)|(?P<day>ה?יממה)\s+(?:האחרונה|החולפת))(?![{he}])",
    v.past_hours,
    anchor="published",
)
R.add(
    "for n units",
    "relative",
    r"(?<![{he}\w])(?:מזה|כבר|במשך|זה)\s+{approx}?{n}\s+{unit}",
    v.recent_span,
    anchor="published",
    unit=r"עשורים|שנים",
)
R.add(
    "for months or weeks until now",
    "relative",
    # מזה, כבר, זה: until now, in any unit ("מזה חמישה חודשים", "כבר שבועיים"); במשך may be a closed past.
    r"(?<![{he}\w])(?:מזה|כבר|זה)\s+{approx}?(?:{n}\s+)?{unit}(?![{he}])",
    v.lasting_until_now,
    anchor="published",
    unit=r"חודשים|שבועות|חודשיים|שבועיים|חודש|שבוע|שנתיים|שנה",  # a year and its half: "מזה שנה וחצי"
)
R.add(
    "for a unit",
    "relative",
    r"(?<![{he}\w])(?:מזה|כבר|במשך|זה)\s+{approx}?{unit}(?![{he}])",
    v.recent_span,
    anchor="published",
    unit=r"עשור|שנתיים|שנה",
)
R.add(
    "coming",
    "relative",
    r"{pre}(?:במהלך\s+)?ה?{unit}\s+(?:הקרובים|הקרובות|הבאים|הבאות)(?![{he}])",
    v.coming_span,
    anchor="published",
    unit=r"ימים|שבועות|חודשים|שנים",
)
HE_DUALS = r"יומיים|שבועיים|חודשיים|שנתיים"
for counted, units in ((r"{n}\s+ה{unit}", r"ימים|שבועות|חודשים|שנים|עשורים"), (r"ה?{unit}", HE_DUALS)):
    R.add(  # "בשלושת החודשים הקרובים", "במהלך שלוש השנים הבאות", "בשנתיים הקרובות"
        "next units counted",
        "relative",
        r"{pre}(?:במהלך\s+)?" + counted + r"\s+(?:הקרובים|הקרובות|הבאים|הבאות)(?![{he}])",
        v.coming_counted,
        anchor="published",
        unit=units,
    )
for counted, units in ((r"{n}\s+{unit}", r"ימים|שבועות|חודשים|שנים"), (r"{unit}", HE_DUALS)):
    R.add(  # "ייחתם בתוך שבועיים" (in past narration, from the event: no date)
        "within units counted",
        "relative",
        r"(?<![{he}\w])ו?(?P<within>ב?תוך)\s+" + counted + r"(?![{he}])(?!\s+מ)",
        v.coming_counted,
        anchor="published",
        unit=units,
    )
R.add(
    "within units",  # "בתוך חודשים ספורים", "תוך שבועות": within weeks (from publication)
    "relative",
    r"(?<![{he}\w])ו?ב?תוך\s+(?:כמה\s+|מספר\s+)?{unit}" + FEW + r"(?![{he}])(?!\s+מ)",
    v.coming_span,
    anchor="published",
    unit=r"ימים|שבועות|חודשים|שנים",
)
R.add(
    "weekday",
    "weekday",
    r"(?<![{he}\w])ו?ב(?:יום\s+){weekday}(?:\s+{dir})?(?![{he}])",
    v.weekday,
    anchor="published",
    dir=r"האחרון|שעבר|הקרוב|הבא",
)
R.add(
    "weekend",  # "בסוף השבוע (האחרון)", "בסופ״ש": Friday and Saturday
    "weekday",
    r"{pre}(?:סוף\s+ה?שבוע|סוף[־\-]השבוע|סופ\"ש)(?:\s+(?P<dir>האחרון|שעבר|הקרוב|הבא))?(?![{he}])",
    v.weekend,
    anchor="published",
)
R.add(
    "lettered weekday",  # "ביום ה׳ האחרון": days numbered by letter (CLDR's abbreviations), after "יום"
    "weekday",
    r"(?<![{he}\w])ו?ב?יום\s+{weekday}(?:\s+{dir})?(?![{he}\w'])",
    v.weekday,
    anchor="published",
    weekday=alternatives(weekday_abbreviations("he")),
    dir=r"האחרון|שעבר|הקרוב|הבא",
)
R.add(
    "weekday after the date last given",  # "ביום שני שלאחר מכן", "ביום רביעי שאחרי כן", "בשבת שלאחריו"
    "anaphora",
    r"(?<![{he}\w])ו?ב?(?:יום\s+|(?=שבת))"  # a day is "יום שני"; the Sabbath is named alone
    r"{weekday}\s+(?:שלאחר\s+מכן|שאחרי\s+כן|שלאחריו|שלאחריה|שאחריו|שאחריה|העוקב)(?![{he}])",
    v.weekday_after_previous,
    anchor="previous",
)
for sabbath in (r"(?:מוצאי\s+)?{weekday}", r"מוצ\"{weekday}"):  # two rules: each has a word to look for first
    R.add(
        "sabbath",
        "weekday",
        # Not after ל: "להשבת", "לשבת" are "to restore", "to sit".
        r"(?<![{he}\w])(?:ו?(?:ב|מ|מה|בה|ה))?" + sabbath + r"(?:\s+{dir})?(?![{he}])",
        v.weekday,
        anchor="published",
        weekday=r"שבת" if "מוצאי" in sabbath else "ש",
        dir=r"האחרונה|שעברה|הקרובה|הבאה",
    )
# Anaphora
R.add(
    "same unit",
    "anaphora",
    # "(ב)אותו (ה)יום", "ביום ההוא", "בו ביום"; "השנה" alone is this year, "השנה ההיא" that year
    r"{pre}(?:(?P<that>אות[הו]\s+ה?|בו\s+ב)|ה?){unit}(?(that)|\s+(?:ההוא|ההיא))(?:\s+עצמ[הו])?(?![{he}])",
    v.same_unit,
    anchor="previous",
    unit=r"שנה|חודש|שבוע|יום|ערב|בוקר|לילה",
)
R.add(
    "same occasion",
    "anaphora",
    r"(?<![{he}\w])ו?(?:ב?אותו\s+(?:מעמד|טקס|אירוע|ביקור)|ב?אותה\s+(?:הזדמנות|פגישה|ישיבה|ועידה|עת))(?![{he}])",
    v.same_occasion,
    anchor="previous",
)
R.add("the day after", "anaphora", r"(?<![{he}\w])ו?למחרת(?![{he}])", v.following_unit, anchor="previous")
R.add(
    "following unit",
    "anaphora",
    r"{pre}ה?{unit}\s+{dir}",
    v.following_unit,
    anchor="previous",
    unit=r"שנה|חודש|שבוע|יום|ערב|בוקר|לילה",  # "בבוקר שלמחרת", "בלילה שלפני כן": the day after, before
    dir=r"שלאחר\s+מכן|שאחרי\s+כן|שלאחריה|שלאחריו|שלפני\s+כן|שלפניה|שלפניו|הקודמת|הקודם|שקדמה|שקדם|שלמחרת|שלפני",
)
R.add(
    "shift",
    "anaphora",
    r"(?<![{he}\w])ו?(?:כעבור\s+|לאחר\s+|אחרי\s+)?{approx}?(?:{n}\s+)?{unit}" + FEW + r"\s+{dir}",
    v.shift_previous,
    anchor="previous",
    dir=r"לאחר\s+מכן|אחר\s+כך|מאוחר\s+יותר|אחרי\s+כן|לפני\s+כן|קודם\s+לכן|מוקדם\s+יותר",
    unit=alternatives(UNITS | CLOCK_UNITS),  # "שעות ספורות לאחר מכן": that day
)
R.add(
    "units after the event last dated",  # "כחודשיים אחרי התקרית פתחה באקו…", "שנתיים לאחר החתימה"
    "anaphora",
    # opening its sentence; the event one definite noun ("התקרית"), not "לאחר מכן" (the shift rule's)
    r"(?:^|(?<=[.!?]\s)|(?<=\n))ו?{approx}?(?:{n}\s+)?{unit}" + FEW + r"\s+(?:אחרי|לאחר|(?P<before>לפני))\s+"
    r"ה[{he}]{2,}(?![{he}])(?!\s+(?:של|ב|מ)?[{he}]*\s*\d)",
    v.after_the_event_last_dated,
    anchor="previous",
    unit=alternatives(UNITS | CLOCK_UNITS),
)
R.add(
    "units after what follows",  # "ביום חמישי, כמה שבועות אחרי שארמניה פתחה שגרירות": that event's date
    "counted-event",
    r"(?<=[,;]\s)ו?{approx}?(?:{n}\s+)?{unit}" + FEW + r"\s+(?:אחרי|לאחר|(?P<before>לפני))"
    r"(?=\s+(?!(?:מכן|כן|כך|זה|זאת)(?![{he}]))[{he}])",
    v.before_the_event_named,
    anchor="previous",
    unit=alternatives(UNITS | CLOCK_UNITS),
)
R.add(
    "the day it ended",  # "ביום שבו הסתיימה", "בליל סיומה", "ביום פריצתה": the last (first) day of the time last given
    "anaphora",
    r"(?<![{he}\w])ו?ב(?:יום|לילה|ליל|ערב|בוקר)\s*(?:(?:(?:שבו|בו)\s+|ש)(?:(?P<end>הסתיימה|הסתיים|הסתיימו|נגמרה|נגמר|"
    r"נגמרו|תמה|תם)|החלה|החל|החלו|פרצה|פרץ|נפתחה|נפתח)|\s(?:(?P<end2>סיומה|סיומו|סיומם|סיומן)|פריצתה|פריצתו|"
    r"פתיחתה|פתיחתו|תחילתה|תחילתו))(?![{he}])",
    v.day_it_ended_or_began,
    anchor="previous",
)
R.add(
    "units since what follows",  # "שלושה עשורים מאז כינון היחסים": that event's date
    "counted-event",
    r"(?<![{he}\w])ו?{approx}?(?:{n}\s+)?{unit}\s+מאז(?=\s+(?!(?:אז|ומאז|(?:ב|ה)?(?:{month})(?![{he}])))[{he}])",
    v.since_the_event_named,
    anchor="published",
)
R.add(
    "after n units",
    "anaphora",
    # "כעבור שנתיים"; "לאחר שנתיים," only where a comma closes the count ("לאחר שנתיים, במאי, נפגשו"), not
    # "לאחר שנתיים של מגעים" (a duration) nor "לאחר 30 שנות יחסים" (a count back from publication)
    r"(?<![{he}\w])ו?(?:{dir}|(?P<opens>לאחר|אחרי))\s+{approx}?(?:{n}\s+)?{unit}"
    + FEW
    + r"(?(opens)(?=\s*,)|(?![{he}]))",
    v.shift_previous,
    anchor="previous",
    dir=r"כעבור",
    unit=alternatives(UNITS | CLOCK_UNITS),  # "כעבור שעתיים"
)
R.add(
    "since then",
    "since",
    # "ומאז פעילותה מושעית" (and since then), "מאז אותו יום", "מאז, …": since the date the text last gave. A bare
    # "מאז" before words is "since" an event ("מאז פרוץ המלחמה"), whose start the words tell, not the last date.
    # Before a date, the date's own "since" reading covers the word (Grammar.find keeps the longer).
    r"(?<![{he}\w])(?:ומאז(?!\s*ש)|מאז\s+(?:אותו\s+(?:יום|מועד|זמן|רגע)|ואילך|ועד\s+היום)|מאז(?=\s*[,.;:]))(?![{he}])",
    v.since_then,
    anchor="previous",
)
R.add(
    "since its end",
    "since",
    r"(?<![{he}\w])ו?מאז\s+(?:סיום|תום|סוף)\s+ה[{he}]+",
    v.since_previous_end,
    anchor="previous",
)
# Calendars
R.add(
    "hebrew date",
    "hebrew-calendar",
    r"{pre}(?:יום\s+)?{hday:day}\s+ב{month}\s+{hyear}",
    v.hebrew_date,
    month=alternatives(HEBREW_MONTHS),
)
R.add("hebrew year", "hebrew-calendar", r"{pre}שנת\s+{hyear}", v.hebrew_year_value)
# Holidays, in a named year or in the year the text is speaking of
# "פסח 2012", "פסח של 2012", "פסח בשנת 2012"
R.add("holiday year", "holiday", r"{pre}(?P<eve>ערב\s+)?{holiday}\s+(?:של\s+|ב(?=שנת))?" + YEARREF, v.holiday_year)
R.add(
    "holiday hebrew year",
    "holiday",
    r"{pre}(?P<eve>ערב\s+)?{holiday}\s+(?:של\s+)?(?:ה?שנת\s+)?{hyear}",
    v.holiday_of_its_calendar_year,
)
R.add(
    "holiday", "relative", r"{pre}(?P<eve>ערב\s+)?{holidayalone:holiday}(?![{he}])", v.holiday_near, anchor="published"
)
R.trap(r"(?<![{he}\w])[ובלמהשכ]?מלחמת\s+(?:יום\s+(?:ה)?כי?פורים?|ששת\s+הימים)")  # wars, not holidays
# Not dates
R.trap(r"(?<![{he}\w])(?:עמ['׳]|עמוד|מס['׳]|מספר|לוח|החלטה|החלטת|מסמך\s+מס['׳])\s*[\d./\-–]+")
R.trap(r"(?<![\d\-])0\d-?\d{7}\b|\b\d{2,3}-\d{6,7}\b")
R.trap(PHONE_NUMBER)
R.trap(r"\d+(?:[.,]\d+)?\s*(?:%|אחוז|מיליון|מיליארד|אלף|אלפי|דולר|טון|ש\"ח|שקל)")
R.trap(r"\d+\s+(?:חיילים|לוחמים|איש|אנשים|הרוגים|פליטים|פעמים|חביות)(?![{he}])")  # a count, not a year
R.trap(r"(?<![{he}\w])(?:Hermes|Barak|בל|הרמס|ברק)\s+\d+")
R.trap(r"(?<![{he}\w])הבמאי(?!\s+\d)(?![{he}])")  # the director
# "במרץ" is March, and "vigorously" where the words around say so: "במרץ רב", "בכל המרץ", after a verb of work
# or effort ("פועלים במרץ"). Elsewhere it is the month ("שנפתחה במרץ", "במרץ האחרון").
R.trap(
    r"(?<![{he}\w])(?:ו?(?:פועל|פועלת|פועלים|פועלות|עובד|עובדת|עובדים|עובדות|ממשיך|ממשיכה|ממשיכים|ממשיכות|מקדם|"
    r"מקדמת|מקדמים|פעל|פעלה|פעלו|עבד|עבדה|עבדו|נלחם|נלחמת|נלחמים)\s+)?במרץ\s+(?:רב|ובנחישות|ובהתמדה|ובעקביות)"
    r"|(?<![{he}\w])ב(?:כל|מלוא|יתר)\s+ה?מרץ(?![{he}])"
    r"|(?<![{he}\w])ו?(?:פועל|פועלת|פועלים|פועלות|עובד|עובדת|עובדים|עובדות|ממשיך|ממשיכה|ממשיכים|ממשיכות|מקדם|"
    r"מקדמת|מקדמים|פעל|פעלה|פעלו|עבד|עבדה|עבדו|נלחם|נלחמת|נלחמים)\s+במרץ(?![{he}])(?!\s+\d)"
)
R.trap(r"(?<![{he}\w])של\s+היום(?![{he}])")
R.trap(r"(?<![{he}\w])השנה\s+(?:היא|הוא|הייתה|תהיה)(?![{he}])")  # "the year is…": a noun, not "this year"
R.trap(r"[{he}]+\.\d{1,2}(?!\d)")  # a footnote glued to a word

GRAMMAR = Grammar(
    language="he",
    lexicon=LEXICON,
    rules=R.rules,
    approximate_before=re.compile(
        r"(?<![\u0590-\u05ff])(?:בסביבות|בערך|סביב|לערך|בקירוב|פחות\s+או\s+יותר)\s+(?:שנת\s+)?$"
    ),
    approximate_after=re.compile(r"^,?\s+(?:לערך|בערך|בקירוב|פחות\s+או\s+יותר)(?![\u0590-\u05ff])"),
    since_before=re.compile(
        # "מאז 2020", "מאז תחילת מרץ", "מאז המתקפה על השגרירות בטהרן ב-27 בינואר" (an event, then its date)
        r"(?<![\u0590-\u05ff])ו?(?:מאז(?:\s+(?:תחילת|ראשית|פרוץ|פתיחת)(?:\s+חודש)?|\s+[^,.;:\n\d]{0,60}?\s+ב?[־\-]?)?"
        r"|החל(?:\s+מ[־\-]?)?)\s*$"
    ),
    start_of_before=re.compile(r"(?:תחילת|ראשית|פרוץ|פתיחת)(?:\s+חודש)?\s*$"),
    starting_inside=re.compile(r"ו?מ(?:ה)?[־\-]?\d"),
    after_before=re.compile(r"(?<![\u0590-\u05ff])ו?(?:אחרי|לאחר)\s*$"),
    # a noun in the construct state before the year ("ביקור 2009", "מלחמת 2020"), not a particle ("עד 2020",
    # "לעומת 2018", "ב 2009")
    attributive_before=re.compile(
        r"(?<![\u0590-\u05ff'\"׳״\-])(?!(?:ו?(?:ב|ל|מ|ש|כ|עד|מאז|לפני|אחרי|לאחר|כמו|לעומת|מן|אל|על|בין|לבין|עם|מול|"
        r"גם|רק|כבר|אז|כי|או|אף|מאשר|מלבד|למן|החל|בתוך|בשנים|שנים|שנות|בשנות)\s))[\u05d0-\u05ea]{2,}\s+$"
    ),
    offset_before=re.compile(
        r"(?<![\u0590-\u05ff])ו?(?P<approx>כ[־\-]?|בערך\s+|כמעט\s+)?(?:(?P<n>"
        + NUM
        + r")\s+)?(?P<unit>"
        + alternatives(w for w in UNITS if not w.startswith("ה"))
        + r")(?:\s+(?:ספורים|ספורות))?\s+(?:(?P<later>אחרי|לאחר)|(?P<earlier>לפני))\s*$"
    ),
    after_word=re.compile(r"ו?(?:אחרי|לאחר|בעקבות)\s+"),
    until_before=re.compile(r"(?<![\u0590-\u05ff])ו?(?:עד|לפני|לא\s+יאוחר\s+מ[־\-]?)\s*(?:ל[־\-]?)?$"),
    range_between=re.compile(r"(?<![\u0590-\u05ff])ו?בין\s+(?:ה[־\-]?)?$"),
    range_from=re.compile(r"(?<![\u0590-\u05ff])ו?מאז\s+$"),
    range_from_inside=re.compile(r"ו?מ(?:ה)?[־\-]?"),  # "ממרץ 2020", "מה-7 באוקטובר": the date's own prefix
    range_to=re.compile(r"\s*(?:ו?עד\s*(?:ל|ה)?[־\-]?|[–—־-]\s*(?:ה[־\-]?)?)"),
    range_and=re.compile(r"\s*(?:ו?ל[־\-]?|ו(?:עד\s*)?(?:ה[־\-]?)?)"),
)

__all__ = ["DUALS", "GRAMMAR"]
