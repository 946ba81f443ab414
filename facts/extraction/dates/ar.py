"""Arabic: the lexicon, the parts and the rules. Both month systems (Levantine كانون الثاني… and يناير…),
alone or joined ("تشرين الأول/أكتوبر"); Arabic-Indic digits are read as digits by the engine."""

from __future__ import annotations

import re

from facts.extraction.dates import valuers as v
from facts.extraction.dates.calendars import HIJRI_MONTHS
from facts.extraction.dates.core import Grammar, Lexicon
from facts.extraction.dates.numbers import AR_NUMBER_WORD, AR_ORDINALS, AR_TENS, AR_UNITS, ar_number, ar_year
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
    weekday_names,
)
from facts.extraction.wordlists import alternatives

MONTHS = month_names("ar")  # every system: يناير…, كانون الثاني…, جانفي…, غشت… (CLDR, dateparser)
UNITS = {
    "يوم": "day",
    "أيام": "day",
    "يومين": "day",
    "يوما": "day",
    "يوماً": "day",
    "أسبوع": "week",
    "أسابيع": "week",
    "أسبوعين": "week",
    "الأسبوعين": "week",
    "الأسابيع": "week",
    "شهر": "month",
    "أشهر": "month",
    "شهور": "month",
    "شهرين": "month",
    "شهراً": "month",
    "شهرا": "month",
    "الأشهر": "month",
    "الشهور": "month",
    "عام": "year",
    "عاما": "year",
    "عاماً": "year",
    "أعوام": "year",
    "عامين": "year",
    "سنة": "year",
    "سنوات": "year",
    "سنتين": "year",
    "السنوات": "year",
    "الأعوام": "year",
    "العام": "year",
    "السنة": "year",
    "عقد": "decade",
    "عقود": "decade",
    "عقدين": "decade",
    "العقود": "decade",
    "العقدين": "decade",
    "العقد": "decade",
    "الشهر": "month",
    "الأسبوع": "week",
    "اليوم": "day",
    "المساء": "day",
    "ليلة": "day",
    "صباح": "day",
}
UNITS |= {"ال" + word: unit for word, unit in list(UNITS.items()) if not word.startswith("ال")}  # the article
# Hours and minutes, CLDR's words, and their duals as written after a preposition ("منذ ساعتين"): "قبل ثلاث
# ساعات" is publication's day (core.shifted)
CLOCK_UNITS = unit_names("ar")
CLOCK_UNITS |= {word[:-2] + "ين": unit for word, unit in CLOCK_UNITS.items() if word in dual_unit_names("ar")}
DUALS = frozenset({"يومين", "أسبوعين", "شهرين", "عامين", "سنتين", "عقدين"})
DUALS |= {word for word in CLOCK_UNITS if word.endswith(("ان", "ين"))}
DUALS |= {"ال" + word for word in DUALS}
DECADE_STEMS = {
    "عشرين": 1920,
    "ثلاثين": 1930,
    "أربعين": 1940,
    "خمسين": 1950,
    "ستين": 1960,
    "سبعين": 1970,
    "ثمانين": 1980,
    "تسعين": 1990,
    "ألفين": 2000,  # "الألفينيات", "الالفينات": the 2000s
}
DECADES = {
    f"{article}{stem}{ending}": year
    for stem, year in DECADE_STEMS.items()
    for article in ("", "ال")
    for ending in ("يات", "ات", "ياته", "اته")
}
DAY_ORDINALS_1_10 = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]
DAY_ORDINALS = {word: n for n, word in enumerate(DAY_ORDINALS_1_10, start=1)}
DAY_ORDINALS |= {"الحادي عشر": 11, **{f"{w} عشر": n + 10 for n, w in enumerate(DAY_ORDINALS_1_10[1:9], start=2)}}
DAY_ORDINALS |= {"العشرين": 20, "الحادي والعشرين": 21, "الثلاثين": 30, "الحادي والثلاثين": 31}
DAY_ORDINALS |= {f"{w} والعشرين": n + 20 for n, w in enumerate(DAY_ORDINALS_1_10[1:9], start=2)}
# Arabic letters and marks; not its comma, semicolon, question mark, digits or percent sign (U+060C, U+061B,
# U+061F, U+0660–U+066D), which end a word as ASCII punctuation does.
AR = "\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ff"

LEXICON = Lexicon(
    months=MONTHS,
    numbers={
        **AR_UNITS,
        **AR_TENS,
        "الاثني عشر": 12,
        "اثني عشر": 12,
        "بضعة": 3,
        "عدة": 3,
        "الثلاثة": 3,
        "الأربعة": 4,
        "الخمسة": 5,
        "العشرة": 10,
        "الثلاث": 3,
        "نصف": 0.5,  # "قبل نصف عام"
    },
    units=UNITS | CLOCK_UNITS,
    seasons={
        "ربيع": "spring",
        "صيف": "summer",
        "خريف": "autumn",
        "شتاء": "winter",
        "الربيع": "spring",
        "الصيف": "summer",
        "الخريف": "autumn",
        "الشتاء": "winter",
    },
    weekdays=weekday_names("ar"),
    parts={
        "أوائل": "early",
        "مطلع": "early",
        "بداية": "early",
        "بدايات": "early",
        "مستهل": "early",
        "منتصف": "mid",
        "أواسط": "mid",
        "أواخر": "late",
        "نهاية": "late",
        "نهايات": "late",
        "أخريات": "late",
    },
    ordinals={**AR_ORDINALS, **DAY_ORDINALS},
    decades=DECADES,
    centuries={"التاسع عشر": 19, "العشرين": 20, "الحادي والعشرين": 21, "الحادي و العشرين": 21, "الثامن عشر": 18},
    holidays={
        "رأس السنة العبرية": "rosh-hashanah",
        "رأس السنة اليهودية": "rosh-hashanah",
        "يوم الغفران": "yom-kippur",
        "يوم كيبور": "yom-kippur",
        "يوم كيپور": "yom-kippur",
        "عيد العرش": "sukkot",
        "عيد المظال": "sukkot",
        "عيد الأنوار": "hanukkah",
        "عيد الحانوكا": "hanukkah",
        "حانوكا": "hanukkah",
        "عيد حانوكا": "hanukkah",
        "عيد المساخر": "purim",
        "عيد البوريم": "purim",
        "عيد بوريم": "purim",
        "عيد الفصح اليهودي": "passover",
        "الفصح اليهودي": "passover",
        "شهر رمضان": "ramadan",
        "رمضان": "ramadan",
        "عيد الفطر": "eid-al-fitr",
        "عيد الأضحى": "eid-al-adha",
        "عيد الاضحى": "eid-al-adha",
        "عيد النوروز": "nowruz",
        # National days (calendars.ISRAELI_DAYS, FIXED_HOLIDAYS), named with their state
        "عيد الاستقلال الإسرائيلي": "yom-haatzmaut",
        "يوم الاستقلال الإسرائيلي": "yom-haatzmaut",
        "ذكرى استقلال إسرائيل": "yom-haatzmaut",
        "عيد استقلال إسرائيل": "yom-haatzmaut",
        "يوم الاستقلال الأذربيجاني": "azerbaijan-independence-day",
        "عيد الاستقلال الأذربيجاني": "azerbaijan-independence-day",
        "يوم استقلال أذربيجان": "azerbaijan-independence-day",
        "عيد استقلال أذربيجان": "azerbaijan-independence-day",
        "يوم استعادة الاستقلال": "independence-restoration-day",
        "عيد نوروز": "nowruz",
        "نوروز": "nowruz",
        "النوروز": "nowruz",
        "عيد نوفروز": "nowruz",
        "نوفروز": "nowruz",
        "عيد الميلاد المجيد": "christmas",
        "عيد الميلاد": "christmas",
        "عيد الميلاد الأرثوذكسي": "orthodox-christmas",
        "رأس السنة الميلادية": "new-year",
        "ليلة رأس السنة": "new-years-eve",
        "ليلة رأس السنة الميلادية": "new-years-eve",
        "عيد الفصح": "easter",
        "عيد الفصح المجيد": "easter",
        "عيد الشكر": "thanksgiving",
        "رأس السنة الهجرية": "islamic-new-year",
        "السنة الهجرية الجديدة": "islamic-new-year",
        "عاشوراء": "ashura",
        "يوم عاشوراء": "ashura",
        "المولد النبوي": "mawlid",
        "المولد النبوي الشريف": "mawlid",
        "ذكرى المولد النبوي": "mawlid",
        "الإسراء والمعراج": "isra-miraj",
        "ذكرى الإسراء والمعراج": "isra-miraj",
    },
    relative_years={
        "العام الماضي": -1,
        "السنة الماضية": -1,
        "العام المقبل": 1,
        "العام القادم": 1,
        "السنة المقبلة": 1,
        "العام الجاري": 0,
        "هذا العام": 0,
        "العام الحالي": 0,
        "السنة الجارية": 0,
        "هذه السنة": 0,
        "العام": 0,
    },
    adjacent_years={
        **dict.fromkeys(["التالي", "التالية", "اللاحق", "اللاحقة", "تلاه", "يليه", "تلتها", "تليها"], 1),
        **dict.fromkeys(["السابق", "السابقة", "سبقه", "قبله", "سبقتها", "قبلها"], -1),
    },
    directions={
        "الماضي": "last",
        "الماضية": "last",
        "الفائت": "last",
        "المنصرم": "last",
        "الأخير": "last",
        "الأخيرة": "last",
        "السابق": "last",
        "المقبل": "next",
        "المقبلة": "next",
        "القادم": "next",
        "القادمة": "next",
        "التالي": "next",
        "اللاحق": "next",
        "اللاحقة": "next",
        "الذي تلاه": "next",
        "التي تلتها": "next",
        "الذي سبقه": "last",
        "التي سبقتها": "last",
        "التالية": "next",
        "الجاري": "this",
        "الحالي": "this",
        "هذا": "this",
        "هذه": "this",
        "نفسه": "this",
        "ذاته": "this",
        "بعد": "later",
        "قبل": "earlier",
    },
    day_words=relative_days("ar")
    | {
        "اليوم": 0,
        # What holds at publication, said by an adverb of the present (dated to publication as "اليوم" is).
        "حاليا": 0,
        "في الوقت الحالي": 0,
        "في الوقت الراهن": 0,
        "راهنا": 0,
        "صباح اليوم": 0,
        "مساء اليوم": 0,
        "الليلة": 0,
        "أمس": -1,
        "الأمس": -1,
        "مساء أمس": -1,
        "صباح أمس": -1,
        "أول أمس": -2,
        "أول من أمس": -2,
        "أمس الأول": -2,
        "الليلة الماضية": -1,
        "ليلة أمس": -1,
        "ليل أمس": -1,
        "فجر أمس": -1,
        "ظهر أمس": -1,
        "فجر اليوم": 0,
        "ظهر اليوم": 0,
        "غدا": 1,
        "غداً": 1,
        "البارحة": -1,
        "بعد غد": 2,
        "بعد الغد": 2,
    },
    vague_numbers=frozenset({"بضعة", "عدة"}),
    singular_units=frozenset({"عام", "العام", "سنة", "السنة", "عقد", "شهر", "أسبوع"}),
    weekend=4,
    plurals=frozenset({"أيام", "أسابيع", "أشهر", "شهور", "أعوام", "سنوات", "سنين", "عقود"}) | plural_unit_names("ar"),
    duals=DUALS,
    year_words=ar_year,
    number_words=ar_number,
    future=re.compile(
        rf"(?<![{AR}])(?:و|ف)?(?:سوف|ستجرى|تُجرى|ستعقد|ستُعقد|يُتوقع|يتوقع|المتوقع|سيتم|ستتم|مقرر|مقررة|المقرر|"
        rf"سيزور|ستزور|سيصل|المقبل|المقبلة|القادم|ينتظر|تنتظر|المنتظر|يرتقب|المرتقب|المزمع|يعتزم|تعتزم|"
        rf"ينوي|تنوي|يستعد|تستعد|"
        # what a timetable says, in the imperfect: "ويغلق المعرض في منتصف يوليو", "يصل الوفد الثلاثاء"
        rf"(?:يفتتح|تفتتح|يغلق|تغلق|يبدأ|تبدأ|ينتهي|تنتهي|يصل|تصل|يختتم|تختتم|ينطلق|تنطلق|يستأنف|تستأنف)(?![{AR}]))"
    ),
    # The future is a prefix: سـ on the imperfect ("سيزور", "ستفتتح", "سنعمل", "سأزور"), after و or ف
    future_prefixed=re.compile(rf"(?<![{AR}])(?:و|ف)?(?P<whole>س(?P<rest>[يتنأ][{AR}]{{2,}}))(?![{AR}])"),
)

PRE = rf"(?<![{AR}\w])(?:و|ف)?(?:(?:في|خلال)\s+)?(?:[وف]?(?:ب|ل|ك)?(?:ال)?)"
MONTH = alternatives(MONTHS)

PARTS = shared_parts() | {
    "pre": PRE,
    "month": named_twice(MONTH, alternatives(HIJRI_MONTHS)),
    "day": r"[12]\d|3[01]|0?[1-9]",
    "dayord": alternatives(DAY_ORDINALS),
    "spelled": rf"(?:{AR_NUMBER_WORD})(?:\s+و?(?:{AR_NUMBER_WORD}))*",
    "yrel": alternatives(k for k in LEXICON.relative_years if k != "العام"),
    "season": alternatives(LEXICON.seasons),
    "holiday": alternatives(LEXICON.holidays),
    # Without a year, only names that are nothing else ("رمضان" is also a man's name)
    # Alone, "رمضان" may be a name and "عيد الميلاد" a birthday: they are holidays with a year.
    "holidayalone": alternatives(k for k in LEXICON.holidays if k not in ("رمضان", "عيد الميلاد")),
    "part": alternatives(LEXICON.parts),
    "n": rf"\d+|(?:{alternatives(LEXICON.numbers)})(?:\s+و?(?:{AR_NUMBER_WORD}))?",
    "unit": alternatives(UNITS),
    "weekday": alternatives(LEXICON.weekdays),
    "ord": alternatives(LEXICON.ordinals),
    "decword": alternatives(DECADES),
    "cent": r"\d{2}|" + alternatives(LEXICON.centuries),
    "iyear": r"1[34]\d\d",
}
# "عامين وستة أشهر", "أسبوعين وثلاثة أيام", "عام وشهرين", "عام ونصف" (the half was these rules' own group before)
PARTS["more"] = second_unit(PARTS, joiner=r"\s+و", half=r"\s+و?نصف(?![{ar}])", count_optional=True)

YEAR = "(?:(?:عام|العام|سنة|عامي)\\s+)?{year}"
FEW = r"\s+(?:قليلة|معدودة)"  # "أيام قليلة": a few days
# The year of the date last given: "العام نفسه", "نفس العام", "ذات السنة", "ذلك العام", "تلك السنة"
SAME_YEAR = r"(?:العام|السنة|عام|سنة)\s+(?:نفسه|ذاته|نفسها|ذاتها)|(?:نفس|ذات)\s+(?:العام|السنة)|ذلك\s+العام|تلك\s+السنة"
# "العام التالي / السابق / الذي تلاه": a year on from (or back before) the date last given (valuers.year_of)
ADJACENT_YEAR = (
    r"(?P<adjyear>(?:العام|السنة|عام|سنة)\s+(?:التالي|التالية|اللاحق|اللاحقة|السابق|السابقة|"
    r"الذي\s+(?:تلاه|يليه|سبقه|قبله)|التي\s+(?:تلتها|تليها|سبقتها|قبلها)))"
)
YEARREF = "(?:" + YEAR + "|" + ADJACENT_YEAR + "|{yrel}|(?P<same>" + SAME_YEAR + "))"
# "العام" alone after a part ("بحلول نهاية العام"): the year the sentence gave, else publication's (valuers.year_of)
THE_YEAR = (
    r"(?P<theyear>العام|السنة)(?![{ar}])(?!\s+(?:الماضي|الماضية|المقبل|المقبلة|القادم|القادمة|الجاري|الحالي|"
    r"الحالية|نفسه|نفسها|ذاته|ذاتها|التالي|السابق|\d))"
)
SEP = r"\s*[-–]\s*"
RANGE_SEP = r"\s*[-–/]\s*"  # years: "2021-22", "2021/22" too

R = RuleSet(PARTS, literals={"ar": AR})
# Absolute dates
R.add("iso date", "numeric", r"(?<![\d/]){iso:_}", v.iso_date)
numeric_rules(R, v)
R.add(
    "numeric day and month",  # "يوم 14/5", "في 14/5", "منذ 7/10"
    "day-month",
    numeric_day_month(
        after_words("في", "منذ", "حتى", "قبل", "بعد", "بتاريخ") + r"(?:يوم\s+)?|(?<![{ar}\w])(?:و|ف)?يوم\s+",
        "./",
        alternatives(quantity_words("ar")) + r"|بالمئة|بالمائة|في\s+الم[ئا]ئ?ة",
    ),
    v.numeric_day_month,
)
R.add(
    "day month year",
    "full-date",
    r"{pre}(?:يوم\s+)?{day}\s+(?:من\s+)?(?:شهر\s+)?{month}\s*[,،]?\s*(?:من\s+)?(?:عام\s+)?" + YEARREF,
    v.full_date,
)
R.add(
    "ordinal day month year",
    "full-date",
    r"{pre}{dayord:day}\s+من\s+(?:شهر\s+)?{month}\s*[,،]?\s*(?:من\s+)?(?:عام\s+)?" + YEARREF,
    v.full_date,
)
R.add("month year", "month-year", r"{pre}(?:شهر\s+)?{month}\s*[,،]?\s+(?:من\s+)?" + YEARREF, v.month_year)
# "في مارس ومايو 2020", "في يناير أو فبراير من العام الماضي": the year said once is each month's (two months, not a
# range: that takes "بين" or "من … إلى")
R.add(
    "month before another of its year",
    "month-year",
    r"{pre}(?:شهر\s+)?{month}(?=\s+(?:و|أو\s+)(?:في\s+)?(?:شهر\s+)?{month2}\s*[,،]?\s+(?:من\s+)?" + YEARREF + ")",
    v.month_year,
    month2=PARTS["month"],
)
R.add(
    "ordinal day month",  # "في الرابع من أبريل" without its year
    "day-month",
    r"{pre}(?:يوم\s+)?{dayord:day}\s+من\s+(?:شهر\s+)?{month}(?![{ar}])"
    r"(?!\s*[,،]?\s*(?:من\s+)?(?:عام\s+)?" + NOT_A_TIME + r"\d)",
    v.day_month,
)
R.add(
    "day month",
    "day-month",
    r"{pre}(?:يوم\s+)?{day}\s+(?:من\s+)?(?:شهر\s+)?{month}(?![{ar}])"
    r"(?!\s*[,،]?\s*(?:من\s+)?(?:عام\s+)?" + NOT_A_TIME + r"\d)",
    v.day_month,
)
R.add("year", "year", r"{pre}(?:عام|سنة)?\s*{year}(?![{ar}\d])", v.year_only)
R.add("year after preposition", "year", r"(?<![{ar}\w])(?:و|ف)?(?:في|خلال|عام|العام|سنة)\s+{year}", v.year_only)
R.add("short year", "short-year", r"{pre}(?:عام\s+|سنة\s+)?{short:year}", v.year_only)
R.add(
    "short year after the article",
    "short-year",
    r"(?<![{ar}\w])(?:في\s+)?(?:ال|الـ|ال-){yy:year}(?!\d)",
    v.year_only,
    yy=r"\d\d",
)
R.add(
    "short year after year word",
    "short-year",
    r"(?<![{ar}\w])(?:و|ف)?(?:في\s+)?(?:عام|سنة|انتخابات|حرب)\s+{yy:year}(?![\d{ar}])",
    v.year_only,
    yy=r"\d\d",
)
R.add("short year after in", "short-year", r"(?<![{ar}\w])في\s+{yy:year}(?!\s*[\d{ar}%٪])", v.year_only, yy=r"[4-9]\d")
R.add(
    "spelled year",
    "spelled-year",
    r"(?<![{ar}\w])(?:و|ف)?(?:في\s+)?(?:عام|سنة)\s+{spelled:year}(?![{ar}])",
    v.year_only,
)
R.add(
    "spelled year in thousands",
    "spelled-year",
    r"(?<![{ar}\w])(?:و|ف)?(?:في\s+)?{spelled:year}(?![{ar}])",
    v.year_only,
    spelled=rf"(?:ألف|ألفين|الفين)(?:\s+و(?:{AR_NUMBER_WORD}))(?:\s+و?(?:{AR_NUMBER_WORD}))*",
)
R.add(
    "bare month",
    "relative",
    r"(?<![{ar}\w])(?:في\s+)?(?:شهر\s+)?{month}(?![{ar}\d/])(?!\s*[\d/])",
    v.bare_month,
    anchor="published",
)
R.add(
    "marked day and month",
    "day-month",
    r"{pre}(?:يوم\s+)?{day}\s+(?:من\s+)?(?:شهر\s+)?{month}\s+{dir}(?![{ar}])",
    v.day_month_marked,
    anchor="published",
    dir=r"الماضي|الفائت|المنصرم|المقبل|القادم",
)
R.add(
    "marked month",
    "relative",
    r"{pre}(?:شهر\s+)?{month}\s+{dir}",
    v.month_marked,
    anchor="published",
    dir=r"الماضي|الفائت|المنصرم|المقبل|القادم",
)
# Seasons, parts of years and months, halves and quarters
R.add("season year", "season", r"{pre}{season}\s+(?:من\s+)?" + YEARREF, v.season_year)
R.add(
    "winter of two years",
    "season",
    r"{pre}شتاء\s+(?:عام\s+)?{year}" + SEP + "{year2}",
    v.winter_years,
    year2=r"\d{4}|\d{2}",
)
R.add(
    "season relative",
    "season",
    r"{pre}(?:هذا\s+)?{season}(?:\s+{dir})?(?![{ar}])",
    v.season_relative,
    anchor="published",
    season=r"الربيع|الصيف|الخريف|الشتاء",
    dir=r"الماضي|المقبل|القادم|الحالي|الجاري",
)
R.add(
    "this season",
    "season",
    r"(?<![{ar}\w])(?:في\s+)?{dir}\s+{season}",
    v.season_relative,
    anchor="published",
    season=r"الربيع|الصيف|الخريف|الشتاء",
    dir="هذا",
)
R.add("part of the year", "part-of-year", r"{pre}{part}\s+" + THE_YEAR, v.part_year)  # "بحلول نهاية العام"
R.add("part of year", "part-of-year", r"{pre}{part}\s+" + YEARREF, v.part_year)
R.add("part of month", "part-of-year", r"{pre}{part}\s+(?:شهر\s+)?{month}\s+" + YEARREF, v.part_month)
R.add(
    "part of a month without its year",
    "part-of-month",
    r"{pre}{part}\s+(?:شهر\s+)?{month}(?![{ar}])(?!\s*(?:من\s+)?(?:عام\s+)?\d)",
    v.part_of_bare_month,
    anchor="published",
)
R.add(
    "ahead",
    "relative",
    r"(?<![{ar}\w])(?:و|ف)?(?:في\s+)?(?:بعد|خلال)\s+(?:{n}\s+)?{unit}(?:\s+(?P<exactly>بالضبط|تماما))?"
    r"(?:\s+(?P<now>من\s+الآن))?(?![{ar}])(?!\s+(?:من|على))",
    v.ahead_planned,
    anchor="published",
)
R.add(
    "part of month relative",
    "part-of-year",
    r"{pre}{part}\s+الشهر\s+{dir}",
    v.part_month_relative,
    anchor="published",
    dir=r"الماضي|المقبل|القادم|الجاري|الحالي",
)
R.add(  # "يوم الاثنين من الأسبوع المقبل", "الأربعاء من هذا الأسبوع"
    "weekday of a week",
    "weekday",
    r"{pre}(?:يوم\s+)?{weekday}\s+من\s+(?:(?P<this>هذا)\s+الأسبوع|الأسبوع\s+{dir})(?![{ar}])",
    v.weekday_of_week,
    anchor="published",
    dir=r"الماضي|الفائت|المنصرم|السابق|المقبل|القادم|الجاري|الحالي",
)
R.add(  # "الشهر" not saying which: the month the sentence gave, else publication's
    "part of the month",
    "part-of-year",
    r"{pre}{part}\s+الشهر(?![{ar}])(?!\s+(?:الماضي|المقبل|القادم|الجاري|الحالي|نفسه|ذاته|التالي|السابق|الفضيل|الكريم))",
    v.part_month_relative,
    anchor="published",
)
R.add(
    "half",
    "half-quarter",
    r"{pre}النصف\s+{ord}\s+من\s+(?:" + THE_YEAR + "|" + YEARREF + ")",
    v.half_year,
    ord=r"الأول|الاول|الثاني",
)
R.add(
    "quarter",
    "half-quarter",
    r"{pre}الربع\s+{ord}\s+من\s+(?:" + THE_YEAR + "|" + YEARREF + ")",
    v.quarter_year,
    ord=r"الأول|الاول|الثاني|الثالث|الرابع|الأخير",
)
# Decades and centuries
CENTURY = r"\s+(?:من\s+)?القرن\s+(?:{cent}|الماضي)"
R.add("decade", "decade", r"{pre}(?:{part}\s+)?{decade}(?:" + CENTURY + ")?", v.decade_value, decade=PARTS["decword"])
R.add(  # "النصف الثاني من التسعينيات"
    "half of a decade",
    "decade",
    r"{pre}النصف\s+{ord}\s+من\s+{decade}(?:" + CENTURY + ")?",
    v.decade_half_value,
    decade=PARTS["decword"],
    ord=r"الأول|الثاني",
)
R.add(
    "decade digits",
    "decade",
    r"{pre}(?:{part}\s+)?(?:عقد\s+)?(?:ال)?{decade}(?:ات|يات)",
    v.decade_value,
    decade=r"(?:19|20)\d0",
)
R.add(
    "decades joined",
    "decade",
    r"{pre}(?:{part}\s+)?{decade}(?:" + CENTURY + r")?\s+و{decade2}(?:" + CENTURY.replace("{cent}", "{cent2:_}") + ")?",
    v.decades_joined,
    decade=PARTS["decword"],
    decade2=PARTS["decword"],
    cent2=PARTS["cent"],
)
R.add("century", "century", r"{pre}القرن\s+{cent}", v.century_value)
R.add(
    "century relative",
    "century",
    r"{pre}(?:{dir}\s+)?القرن(?:\s+{dir2:_})?(?![{ar}])",
    v.century_relative,
    dir="هذا",
    dir2=r"الحالي|الجاري",
)
R.add("last century", "century", r"{pre}القرن\s+{dir}", v.century_relative, dir=r"الماضي|المنصرم")
R.add(
    "decade of century",
    "century",
    # "القرن" alone is publication's ("العقد الأول من القرن"), "القرن الماضي" the one before; "منتصف العقد…" a part
    r"{pre}(?:{part}\s+)?العقد\s+{ord}\s+من\s+(?:القرن\s+{cent}|{dir}\s+القرن|القرن(?:\s+{dir2})?(?![{ar}]))",
    v.century_decade_value,
    ord=r"الأول|الاول|الثاني|الثالث|الأخير",
    dir="هذا",
    dir2=r"الحالي|الجاري|الماضي|المنصرم",
)
R.add(
    "half of century",
    "century",
    r"{pre}النصف\s+{ord}\s+من\s+القرن\s+{cent}",
    v.century_half_value,
    ord=r"الأول|الاول|الثاني",
)
# Ranges
R.add(
    "year range",
    "range",
    r"{pre}(?:الفترة\s+|عامي\s+|الأعوام\s+|موسم\s+)?{year}" + RANGE_SEP + "{year2}(?![\\d{ar}/])",
    v.year_range,
    year2=r"(?:1[5-9]|20)\d\d|\d\d",
)
R.add(
    "year range between",
    "range",
    r"(?<![{ar}\w])(?:و|ف)?بين\s+(?:عامي|العامين|سنتي|الأعوام)?\s*{year}\s+و\s*(?:عام\s+)?{year2}",
    v.year_range,
)
R.add(
    "year range from",
    "range",
    r"(?<![{ar}\w])(?:و|ف)?(?:من|منذ)\s+(?:عام\s+)?{year}\s+(?:إلى|الى|حتى)\s+(?:عام\s+)?{year2}",
    v.year_range,
)
R.add(
    "month day range",
    "range",
    r"{pre}(?:من\s+|بين\s+)?{day}\s+(?:من\s+)?{month}\s*(?:[-–]|و|إلى|الى|حتى)\s*{day2}\s+(?:من\s+)?{month2}(?:\s+(?:من\s+)?"
    + YEARREF
    + ")?",
    v.month_day_range,
    day2=r"[12]\d|3[01]|0?[1-9]",
    month2=PARTS["month"],
)
R.add(
    "day range",
    "range",
    r"{pre}(?:بين\s+)?{day}\s*(?:[-–/]|و|إلى|الى|حتى)\s*{day2}\s+(?:من\s+)?(?:شهر\s+)?{month}(?:\s+(?:من\s+)?"
    + YEARREF
    + ")?",
    v.day_range,
    day2=r"[12]\d|3[01]|0?[1-9]",
)
R.add(  # "يومي الخامس والسادس من مارس 2023": two ordinal days of one month
    "ordinal day range",
    "range",
    r"{pre}(?:يومي\s+)?{dayord:day}\s*(?:و|إلى\s+|الى\s+|حتى\s+)\s*{dayord2:day2}\s+من\s+(?:شهر\s+)?{month}"
    r"(?:\s*[,،]?\s*(?:من\s+)?(?:عام\s+)?" + YEARREF + ")?",
    v.day_range,
    dayord2=PARTS["dayord"],
)
R.add(
    "numeric day range",
    "range",
    r"(?<![\d/.]){day}\s*[–\-]\s*{day2}[./]{month}[./]{numyear}",
    v.day_range,
    day2=r"[12]\d|3[01]|0?[1-9]",
    month=r"1[0-2]|0?[1-9]",
)
R.add(
    "month range",
    "range",
    # "من مايو إلى يوليو 2020", "بين مارس ومايو من العام الماضي"
    r"{pre}(?:(?P<between>بين\s+)|من\s+)?(?:شهر\s+)?{month}(?:\s+(?:إلى|الى|حتى)\s*|(?(between)\s+و\s*|(?!))|\s*[–\-/]\s*)"
    r"{month2}\s+(?:من\s+)?" + YEARREF,
    v.month_range,
    month2=PARTS["month"],
)
R.add(
    "month range without its year",
    "range",
    r"{pre}(?:(?:من|بين)\s+(?:شهر\s+)?{month}\s+(?:إلى|الى|حتى|و)\s*|(?:في|خلال)\s+(?:شهري\s+)?{monthd}\s*[–\-/]\s*)"
    r"(?:شهر\s+)?{month2}(?![{ar}])(?!\s*(?:من\s+)?(?:عام\s+)?\d)",
    v.bare_month_range,
    anchor="published",
    month2=PARTS["month"],
    monthd=PARTS["month"],
)
# Relative to publication
# "اليوم" is also "the day": an ordinal, a relative pronoun or an adjective after it says which ("منذ اليوم الأول
# للحرب", "اليوم الذي وقع فيه", "اليوم الوطني لأذربيجان"); "قال اليوم الرئيس" and "اليوم الخميس" are today.
THE_DAY_NAMED = (
    r"(?!\s+(?:"
    + alternatives(word for word in LEXICON.ordinals if word.startswith("ال") and word not in LEXICON.weekdays)
    + r"|الذي|التي|ال[{ar}]+ي)(?![{ar}]))"
)
R.add(
    "today",
    "relative",
    # not "ذلك اليوم" / "اليوم نفسه" (that day, the same day), which without an earlier date is no date
    r"(?<![{ar}\w])(?<!(?:ذلك|نفس|ذات) )(?:و|ف)?{dayword}(?![{ar}])(?!\s+(?:نفسه|ذاته))" + THE_DAY_NAMED,
    v.today,
    anchor="published",
    dayword=alternatives(LEXICON.day_words),
)
# "الآن" is publication's day, as "حاليا" is; not "حتى الآن" / "إلى الآن" / "لحد الآن" (a span up to it) or "من الآن"
# (counted forward, from now on), nor a line that opens with it (a site's menu: "الآن على الهواء"), nor "and now"
# ("والآن يسعى": a turn of the argument or an aim, not a time)
R.add(
    "now",
    "relative",
    r"(?<![{ar}\w])(?<!^)(?<!\n)(?<!حتى )(?<!إلى )(?<!لحد )(?<!لغاية )(?<!من )(?<!منذ )الآن(?![{ar}])",
    v.today,
    anchor="published",
)
R.add(
    "day word and weekday",  # "اليوم الأربعاء", "مساء أمس الثلاثاء", "أمس (الثلاثاء)": the weekday restates the day
    "relative",
    r"(?<![{ar}\w])(?:و|ف)?{dayword}\s*[(،,]?\s*(?:يوم\s+)?{weekday}\)?(?![{ar}])",
    v.today,
    anchor="published",
    dayword=alternatives(w for w, n in LEXICON.day_words.items() if n in (-2, -1, 0, 1) and "الوقت" not in w),
)
R.add(
    "anniversary",
    "count-back",
    r"(?<![{ar}\w])(?:و|ف)?(?:ب|في\s+)?الذكرى\s+(?:السنوية\s+)?(?:ال|الـ)?(?:{ord}|{n})\s*(?:ل|على\s+)",
    v.anniversary,
    anchor="published",
)
R.add(
    "running count",
    "running",
    r"(?<![{ar}\w])(?:و|ف)?(?:لل|ل|في\s+)?{unit}\s+{ord:n}\s+(?:على\s+التوالي|تواليا|توالياً)(?![{ar}])",
    v.running_count,
    anchor="published",
    unit=r"يوم|أسبوع|شهر|عام|سنة|اليوم|الأسبوع|الشهر|العام|السنة",
)
R.add(
    "after units of",
    "count-back",
    # "بعد 30 عاما من العلاقات": what has gone on that long, up to publication.
    r"(?<![{ar}\w])(?:و|ف)?(?:بعد|عقب)\s+(?:أكثر\s+من\s+|نحو\s+)?{n}\s+{unit}\s+(?=(?:من|على)\s)",
    v.recent_span,
    anchor="published",
    unit=r"عاماً|عاما|سنة|سنوات|أعوام|عقود|عقدين",
)
R.add(
    "years passed since",
    "count-back",
    # "بعد مرور ثلاثة عقود على": the "after" is the count's, not an interval opened at its value
    r"(?<![{ar}\w])(?:و|ف)?(?:ب|في\s+|بعد\s+)?مرور\s+{n}\s+{unit}\s+على\s+",
    v.anniversary,
    anchor="published",
)
R.add(
    "weekend",  # "في عطلة نهاية الأسبوع (الماضي)": Friday and Saturday
    "weekday",
    r"{pre}(?:في\s+|خلال\s+)?(?:عطلة\s+)?نهاية\s+(?:ال)?أسبوع(?:\s+(?P<dir>الماضي|الماضية|المقبل|المقبلة|القادم|القادمة|الجاري|الحالي))?(?![{ar}])",
    v.weekend,
    anchor="published",
)
R.add(
    "nth week of a month",
    "part-of-month",
    r"{pre}(?:خلال\s+)?الأسبوع\s+{ord}\s+من\s+(?:شهر\s+)?{month}(?:\s+(?:من\s+)?(?:عام\s+)?" + YEARREF + ")?(?![{ar}])",
    v.week_of_month,
)
R.add(
    "nth weekday of a month",
    "weekday",
    r"{pre}(?:يوم\s+)?{weekday}\s+{ord}\s+من\s+(?:شهر\s+)?{month}(?:\s+(?:عام\s+)?{year})?(?![{ar}])",
    v.nth_weekday,
)
R.add(
    "this day years back",
    "count-back",
    r"(?<![{ar}\w])(?:و|ف)?(?:(?P<today>(?:في\s+)?مثل\s+هذا\s+اليوم)\s+)?(?:قبل|منذ)\s+(?:{n}\s+)?{unit}(?![{ar}])"
    r"(?P<today2>[,،]?\s+(?:في\s+)?مثل\s+هذا\s+اليوم(?![{ar}]))?",
    v.this_day_back,
    anchor="published",
)
R.add(
    "this time years back",  # "في مثل هذا الوقت من العام الماضي", "في هذه الفترة قبل عامين": that month, about
    "count-back",
    r"(?<![{ar}\w])(?:و|ف)?(?:في\s+)?(?:مثل\s+)?(?:هذا\s+الوقت|هذه\s+الفترة)\s+(?:من\s+(?:العام|السنة|عام)\s+"
    r"(?:الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة)|قبل\s+(?:{n}\s+)?{unit})(?![{ar}])",
    v.this_time_back,
    anchor="published",
)
R.add(
    "this day of a year",
    "count-back",
    r"(?<![{ar}\w])(?:و|ف)?(?:في\s+)?مثل\s+هذا\s+اليوم\s+(?:من\s+|في\s+)?(?:عام|سنة|العام)\s+{year}(?![{ar}\d])",
    v.this_day_of_year,
    anchor="published",
)
R.add(
    "ago",
    "relative",
    r"(?<![{ar}\w])(?:و|ف)?قبل\s+(?:{approx}\s+)?(?:{n}\s+)?{unit}(?:" + FEW + r")?"
    # "قبل عشر سنوات بالضبط", "قبل عام بالتمام والكمال": that day
    r"(?:\s+(?P<exactly>بالضبط|تماما|تماماً|بالتمام(?:\s+والكمال)?))?(?![{ar}])",
    v.ago,
    anchor="published",
    # about, more or less than ("قبل أكثر من ثلاثة عقود", "قبل ما يزيد على عامين"): a count not exact
    approx=r"نحو|حوالي|قرابة|زهاء|ما\s+يقرب\s+من|أكثر\s+من|أقل\s+من|ما\s+يزيد\s+(?:على|عن)|ما\s+يربو\s+على|أزيد\s+من",
    unit=alternatives(UNITS | CLOCK_UNITS),  # "قبل ثلاث ساعات"
)
R.add(
    "unit relative",
    "relative",
    r"{pre}{unit}\s+{dir}",
    v.unit_relative,
    anchor="published",
    unit=r"أسبوع|شهر|عام|سنة",
    dir=r"الماضي|الماضية|الفائت|المنصرم|المقبل|المقبلة|القادم|الجاري|الحالي",
)
R.add(
    "this unit",
    "relative",
    r"(?<![{ar}\w])(?:و|ف)?(?:في\s+|خلال\s+)?{dir}\s+{unit}",
    v.unit_relative,
    anchor="published",
    dir=r"هذا|هذه",
    unit=r"العام|الشهر|الأسبوع|السنة",
)
R.add(
    "day of the current month",  # "في 5 الجاري", "العاشر من الجاري", "12 الشهر الحالي"
    "day-month",
    r"{pre}(?:يوم\s+)?(?:الـ\s*)?{dayany:day}\s+(?:من\s+)?(?:الشهر\s+)?(?P<dir>الجاري|الحالي)(?![{ar}])",
    v.day_of_relative_month,
    anchor="published",
    dayany=PARTS["day"] + "|" + PARTS["dayord"],
)
R.add(
    "day of a relative month",
    "day-month",
    r"{pre}(?:يوم\s+)?{dayany:day}\s+من\s+(?:هذا\s+)?الشهر\s*(?:{dir})?(?![{ar}])",
    v.day_of_relative_month,
    anchor="published",
    dayany=PARTS["day"] + "|" + PARTS["dayord"],
    dir=r"الماضي|الفائت|المنصرم|السابق|المقبل|القادم|التالي|الجاري|الحالي",
)
# "Last", "past" and "elapsed" (الأخير, الماضي, المنصرم, الفائت) say the same of a span that ends now, in
# every gender and number; a dual ("العامين الماضيين") counts two.
PAST_PLURAL = r"الأخيرة|الماضية|المنصرمة|الفائتة|الأخيرين|الماضيين|المنصرمين|الفائتين"
PAST_SINGULAR = r"الماضي|الأخير|المنصرم|الفائت|الماضية|الأخيرة|المنصرمة|الفائتة"
R.add(
    "recent",
    "relative",
    r"(?<![{ar}\w])(?:و|ف)?(?:في\s+|خلال\s+|على\s+مدى\s+|طوال\s+)?{unit}\s+(?:{n}\s+)?(?:{past})(?![{ar}])",
    v.recent_span,
    anchor="published",
    unit=r"السنوات|الأعوام|الأشهر|الشهور|الأسابيع|الأيام|الأسبوعين|العقود|العقدين|العامين|السنتين|الشهرين",
    past=PAST_PLURAL,
)
R.add(
    "past n months",
    "relative",
    r"(?<![{ar}\w])(?:و|ف)?(?:في\s+|خلال\s+|على\s+مدى\s+)?(?:ال)?{n}\s+{unit}\s+(?:{past})(?![{ar}])",
    v.recent_span,
    anchor="published",
    unit=r"شهراً|شهرا|شهور|أشهر|عاماً|عاما|سنة|أعوام|سنوات",
    past=PAST_PLURAL,
)
R.add(
    "last n units",
    "relative",
    r"(?<![{ar}\w])(?:و|ف)?(?:في\s+|خلال\s+|على\s+مدى\s+|طوال\s+)?آخر\s+{n}\s+{unit}(?![{ar}])",
    v.recent_span,
    anchor="published",
    unit=r"شهراً|شهرا|شهور|أشهر|عاماً|عاما|سنة|أعوام|سنوات|أسابيع|عقود",
)
R.add(
    "past year",
    "relative",
    r"(?<![{ar}\w])(?:و|ف)?(?:خلال|على\s+مدى|طوال|في(?=\s+العقد))\s+{unit}\s+(?:{last})(?![{ar}])",
    v.recent_span,
    anchor="published",
    unit=r"العام|العقد|السنة",
    last=PAST_SINGULAR,
)
R.add(
    "past month or week",  # "خلال الشهر الأخير": the past month ("الشهر الماضي" is last month, the calendar's)
    "relative",
    r"(?<![{ar}\w])(?:و|ف)?(?:في|خلال|على\s+مدى|طوال)\s+{unit}\s+(?:الأخير|المنصرم)(?![{ar}])(?!\s+من)",
    v.recent_span,
    anchor="published",
    unit=r"الشهر|الأسبوع",
)
for hours in (r"الساعات\s+(?:الـ|ال)?{n}", r"(?:الـ|ال)?{n}\s+ساعة"):
    R.add(  # "خلال الساعات الـ24 الماضية", "في الـ48 ساعة الأخيرة", "خلال الساعات الأربع والعشرين الماضية"
        "past hours",
        "relative",
        r"(?<![{ar}\w])(?:و|ف)?(?:في|خلال|على\s+مدى|طوال)\s+" + hours + r"\s+(?:{past})(?![{ar}])",
        v.past_hours,
        anchor="published",
        past=PAST_PLURAL + "|" + PAST_SINGULAR,
    )
R.add(
    "for n units",
    "relative",
    r"(?<![{ar}\w])(?:و|ف)?(?:منذ|على\s+مدى|طوال|لمدة)\s+(?:(?P<approx>أكثر\s+من)\s+)?{n}\s+{unit}(?![{ar}])",
    v.recent_span,
    anchor="published",
    unit=r"عقود|سنوات|أعوام|عقدين|عامين|سنتين",
)
R.add(
    "since units ago",
    "relative",
    # منذ with a count in any unit, or a dual or a singular alone ("منذ خمسة أشهر", "منذ شهرين", "منذ عامين",
    # "منذ عام"): a duration up to now (not "منذ عام 2020", the year).
    r"(?<![{ar}\w])(?:و|ف)?منذ\s+(?:(?P<approx>أكثر\s+من|نحو|حوالي|قرابة|ما\s+يقرب\s+من)\s+)?(?:{n}\s+)?{unit}(?![{ar}])(?!\s*\d)",
    v.lasting_until_now,
    anchor="published",
    unit=r"أشهر|شهور|أسابيع|عقود|سنوات|أعوام|شهرين|أسبوعين|عامين|سنتين|عقدين|عام|سنة|شهر|أسبوع|"
    + alternatives(CLOCK_UNITS),  # "منذ ساعتين": two hours ago
)
R.add(
    "since days ago",
    "relative",
    # منذ with days is a day before publication, as قبل is ("وصل الوفد منذ ثلاثة أيام", "منذ يومين"; "منذ أيام":
    # a few, its month about): news date by it what happened, where months and years measure what lasts.
    r"(?<![{ar}\w])(?:و|ف)?منذ\s+(?:(?P<approx>نحو|حوالي|قرابة)\s+)?(?:{n}\s+)?{unit}(?:"
    + FEW
    + r")?(?![{ar}])(?!\s*\d)",
    v.ago,
    anchor="published",
    unit=r"أيام|يومين|يوما|يوماً|يوم",
)
R.add(
    "unit before last",  # "العام قبل الماضي", "السنة قبل الماضية", "الشهر قبل الماضي"
    "relative",
    r"(?<![{ar}\w])(?:و|ف)?(?:في\s+|خلال\s+)?{unit}\s+(?:ما\s+)?قبل\s+(?:الماضي|الماضية|المنصرم|المنصرمة)(?![{ar}])",
    v.before_last,
    anchor="published",
    unit=r"العام|السنة|الشهر|الأسبوع",
)
R.add(
    "coming",
    "relative",
    r"(?<![{ar}\w])(?:و|ف)?(?:في\s+|خلال\s+|على\s+مدى\s+)?{unit}\s+(?:المقبلة|القادمة)(?![{ar}])",
    v.coming_span,
    anchor="published",
    unit=r"الأيام|الأسابيع|الأشهر|الشهور|السنوات|الأعوام",
)
NEXT_UNITS = r"(?<![{ar}\w])(?:و|ف)?(?:في|خلال|على\s+مدى|طوال)\s+"
NEXT = r"\s+(?:المقبلة|القادمة|المقبلين|القادمين)(?![{ar}])"
AR_PLURALS, AR_DUALS = r"أيام|أسابيع|أشهر|شهور|سنوات|أعوام|عقود", r"يومين|أسبوعين|شهرين|عامين|سنتين"
for counted, units in (
    (r"(?:ال)?{n}\s+{unit}", AR_PLURALS),  # "في الثلاثة أشهر القادمة"
    (r"ال{unit}\s+(?:ال)?{n}", AR_PLURALS),  # "خلال الأشهر الثلاثة المقبلة", "في السنوات الخمس المقبلة"
    (r"ال{unit}", AR_DUALS),  # "خلال العامين المقبلين"
):
    R.add(
        "next units counted", "relative", NEXT_UNITS + counted + NEXT, v.coming_counted, anchor="published", unit=units
    )
for counted, units in ((r"{n}\s+{unit}", AR_PLURALS), (r"{unit}", AR_DUALS)):
    R.add(  # "سيكتمل في غضون عامين" (in past narration, from the event: no date)
        "within units counted",
        "relative",
        r"(?<![{ar}\w])(?:و|ف)?(?P<within>في\s+غضون|خلال)\s+" + counted + r"(?![{ar}])(?!\s+من)",
        v.coming_counted,
        anchor="published",
        unit=units,
    )
R.add(
    "within units",  # "في غضون أسابيع": within weeks (from publication)
    "relative",
    r"(?<![{ar}\w])(?:و|ف)?في\s+غضون\s+{unit}(?:" + FEW + r")?(?![{ar}])(?!\s+من)",
    v.coming_span,
    anchor="published",
    unit=r"أيام|أسابيع|أشهر|شهور|سنوات",
)
R.add(
    "weekday",
    "weekday",
    r"(?<![{ar}\w])(?:و|ف)?(?:في\s+)?(?:يوم\s+)?{weekday}(?:\s+{dir})?(?![{ar}])",
    v.weekday,
    anchor="published",
    dir=r"الماضي|المقبل|القادم",
)
# Anaphora
R.add(
    "weekday after the date last given",  # "يوم الاثنين التالي", "الثلاثاء الذي تلاه"
    "anaphora",
    r"(?<![{ar}\w])(?:و|ف)?(?:في\s+)?(?:يوم\s+)?{weekday}\s+(?:التالي|اللاحق|الذي\s+تلاه|الذي\s+يليه|بعده)(?![{ar}])",
    v.weekday_after_previous,
    anchor="previous",
)
R.add(
    "same unit",
    "anaphora",
    # the unit with "itself" after it, or "the same" or "that" before it ("ذات يوم", without the article, is
    # "one day": no date)
    r"(?<![{ar}\w])(?:و|ف)?(?:في\s+|خلال\s+)?(?:(?P<that>نفس|ذات|ذلك|تلك)\s+)?{unit}(?(that)|\s+(?:نفسه|ذاته|نفسها|ذاتها))(?![{ar}])",
    v.same_unit,
    anchor="previous",
    unit=r"العام|السنة|الشهر|الأسبوع|اليوم|المساء|الليلة|الصباح",
)
R.add(
    "same occasion",
    "anaphora",
    r"(?<![{ar}\w])(?:و|ف)?(?:في|خلال)\s+(?:(?:تلك|ذلك|ذات|نفس)\s+(?:المناسبة|الزيارة|الحفل|اللقاء|الفترة|الاجتماع)|"
    r"(?:المناسبة|الزيارة|الحفل|اللقاء)\s+(?:نفسها|ذاتها|نفسه|ذاته))(?![{ar}])",
    v.same_occasion,
    anchor="previous",
)
R.add(
    "following unit",
    "anaphora",
    r"(?<![{ar}\w])(?:و|ف)?(?:في\s+|عن\s+|ب|ل)?{unit}\s+{dir}(?![{ar}])",
    v.following_unit,
    anchor="previous",
    unit=r"العام|السنة|الشهر|الأسبوع|اليوم|الليلة|المساء|الصباح",  # "في الليلة السابقة": the night before
    dir=r"التالي|التالية|اللاحق|اللاحقة|السابق|السابقة|الذي\s+سبقه|التي\s+سبقتها|الذي\s+تلاه|التي\s+تلتها",
)
R.add(
    "units after the event last dated",  # "وبعد الحادث بشهرين", "قبل الزيارة بيومين", "بعد توقيع الاتفاق بعامين"
    "anaphora",
    # the event in one to three words between "بعد"/"قبل" and the count that "ب" joins; not "بعد ذلك بعامين"
    r"(?<![{ar}\w])(?:و|ف)?(?:(?P<before>قبل)|بعد)\s+(?!ذلك|هذا|ذاك)(?:[{ar}]+\s+){0,2}[{ar}]+\s+"
    r"ب(?:{n}\s+)?{unit}(?![{ar}])",
    v.after_the_event_last_dated,
    anchor="previous",
    unit=alternatives(UNITS | CLOCK_UNITS),
)
R.add(
    "units after what follows",  # "يوم الخميس، بعد أسابيع من افتتاح أرمينيا سفارتها": that event's date
    "counted-event",
    r"(?<=[,;،؛]\s)(?:و|ف)?(?:(?P<before>قبل)|بعد)\s+(?:{approx}\s+)?(?:{n}\s+)?{unit}(?:" + FEW + r")?"
    r"\s+(?:من|على)(?=\s+(?!(?:ذلك|هذا|ذاك)(?![{ar}]))[{ar}])",
    v.before_the_event_named,
    anchor="previous",
    approx=r"نحو|حوالي|قرابة",
    unit=alternatives(UNITS | CLOCK_UNITS),
)
R.add(
    "the day it ended",  # "يوم انتهائها", "ليلة انتهت الحرب", "يوم اندلاعها": the time last given, its last (first) day
    "anaphora",
    r"(?<![{ar}\w])(?:و|ف)?(?:في\s+)?(?:يوم|ليلة|مساء|صباح)\s+(?:(?P<end>انتهائها|انتهائه|انتهائهم|نهايتها|نهايته|"
    r"انتهت|انتهى|توقفت|توقف)|بدئها|بدئه|بدايتها|بدايته|اندلاعها|اندلاعه|بدأت|بدأ|اندلعت|اندلع|انطلاقها|انطلاقه)(?![{ar}])",
    v.day_it_ended_or_began,
    anchor="previous",
)
R.add(
    "units since what follows",  # "ثلاثة عقود منذ إقامة العلاقات": that event's date
    "counted-event",
    r"(?<![{ar}\w])(?:{n}\s+)?{unit}\s+منذ(?=\s+(?!(?:ذلك|ذاك|هذا|الآن|(?:{month})(?![{ar}])))[{ar}])",
    v.since_the_event_named,
    anchor="published",
    unit=alternatives(UNITS),
)
R.add(
    "after units",
    "anaphora",
    # "وبعد خمسة أشهر من ذلك" (five months after that): the words after the count say from what
    r"(?<![{ar}\w])(?:و|ف)?{dir}\s+(?:{approx}\s+)?(?:{n}\s+)?{unit}(?:" + FEW + r")?"
    r"(?:\s+(?:من|على)\s+ذلك)?(?![{ar}])",
    v.after_units,
    anchor="previous",
    dir=r"بعد",
    approx=r"نحو|حوالي|قرابة",
    unit=alternatives(UNITS | CLOCK_UNITS),  # "بعد 48 ساعة"
)
R.add(
    "before or after that by",  # "قبل ذلك بشهرين", "بعد ذلك بعامين"
    "anaphora",
    r"(?<![{ar}\w])(?:و|ف)?{dir}\s+ذلك\s+ب(?:{n}\s+)?{unit}(?:" + FEW + r")?",
    v.shift_previous,
    anchor="previous",
    dir="قبل|بعد",
    unit=alternatives(UNITS | CLOCK_UNITS),  # "بعد ذلك بساعات": that day
)
R.add(
    "since then",
    "since",
    r"(?<![{ar}\w])(?:و|ف)?منذ\s+ذلك\s+(?:الحين|الوقت|التاريخ|اليوم)(?![{ar}])",
    v.since_then,
    anchor="previous",
)
R.add(
    "since its end",
    "since",
    r"(?<![{ar}\w])(?:و|ف)?منذ\s+(?:نهاية|انتهاء)\s+(?:ال[{ar}]+|ذلك)(?![{ar}])(?!\s+(?:في|عام))",
    v.since_previous_end,
    anchor="previous",
)
# Calendars
R.add(
    "hijri date", "hijri", r"{pre}{day}\s+{month}\s+{iyear}\s*(?:هـ|ه)?", v.hijri_date, month=alternatives(HIJRI_MONTHS)
)
R.add(
    "hijri year",
    "hijri",
    r"(?<![{ar}\w])(?:و|ف)?(?:في\s+)?(?:عام|سنة|العام)\s+{iyear}\s*(?:هـ|ه)(?![{ar}])",
    v.hijri_year_value,
)
# Holidays, in a named year or in the year the text is speaking of
R.add(
    "holiday hijri year",
    "holiday",
    r"{pre}(?P<eve>عشية\s+)?{holiday}\s+(?:(?:من|في|ل)\s*)?(?:(?:ال)?عام\s+|سنة\s+)?{iyear}(?:\s*(?:هـ|ه|للهجرة))?(?![{ar}\d])",
    v.holiday_of_its_calendar_year,
)
R.add(
    "holiday year",
    "holiday",
    r"{pre}(?P<eve>عشية\s+)?{holiday}\s+(?:(?:من|في|ل)\s*)?" + YEARREF,
    v.holiday_year,
)
R.add(
    "holiday", "relative", r"{pre}(?P<eve>عشية\s+)?{holidayalone:holiday}(?![{ar}])", v.holiday_near, anchor="published"
)
R.trap(r"(?<![{ar}\w])(?:و|ف)?(?:ب|ل)?حرب\s+(?:يوم\s+الغفران|رمضان|أكتوبر|تشرين)")  # wars, not holidays
R.trap(r"(?<![{ar}\w])(?:رقم|ص|صفحة|الصفحات|المادة|القرار|قرار|الحلقة|الملف|مرجعي)\s*(?:رقم\s*)?[\d\-–/]+")
R.trap(PHONE_NUMBER)
R.trap(r"\d+(?:[.,٫]\d+)?\s*(?:%|٪|مليون|مليار|ألف|دولار|طن|برميل|بالمئة|في\s+المئة)")
# A count of people or things: "2000 جندي", not the year 2000.
R.trap(r"\d+\s+(?:جندي|جنديا|جنود|عسكري|عسكريا|عنصر|عناصر|شخص|أشخاص|مقاتل|مقاتلا|قتيل|قتيلا|لاجئ|لاجئا|مرة)(?![{ar}])")
R.trap(r"(?<![{ar}\w])(?:ما\s+)?بين\s+(?:[{ar}]+\s+){1,3}و[{ar}]+\s+(?:مليون|ألف|مليار)")
R.trap(r"(?<![{ar}\w])(?:النواب|الأعضاء)\s+الـ?\d+")
R.trap(r"(?<![{ar}\w])(?:هرمس|باراك|بيل|Hermes|Barak|COP)\s*\d+")
R.trap(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")
# "On this day" with no count and no year: an anniversary page's heading, some year back, not today.
R.trap(r"(?<![{ar}\w])(?:و|ف)?(?:في\s+)?مثل\s+هذا\s+اليوم(?![{ar}])")

GRAMMAR = Grammar(
    language="ar",
    lexicon=LEXICON,
    rules=R.rules,
    approximate_before=re.compile(
        rf"(?<![{AR}])(?:نحو|حوالي|حوالى|قرابة|زهاء|في\s+حدود|تقريبا|تقريبًا|ما\s+يقرب\s+من)\s+(?:في\s+)?(?:عام\s+)?$"
    ),
    approximate_after=re.compile(rf"^[,،]?\s+(?:تقريبا|تقريبًا|على\s+وجه\s+التقريب)(?![{AR}])"),
    since_before=re.compile(rf"(?<![{AR}])و?منذ\s+(?:[^،.؛:\n]{{0,70}}?\s+)?$"),
    start_of_before=re.compile(rf"(?<![{AR}])(?:بداية|بدء|اندلاع|انطلاق|مطلع|أول\s+أيام)\s+(?:شهر\s+)?$"),
    starting_before=re.compile(rf"(?<![{AR}])و?(?:اعتبارا|ابتداء|بدءا|بداية)\s+من\s+(?:يوم\s+)?$"),
    after_before=re.compile(rf"(?<![{AR}])و?(?:بعد|عقب)\s+$"),
    # a noun the year is added to ("زيارة 2009", "حرب 2020", "انتخابات 2023"), not a particle ("قبل 2016",
    # "حتى 2016", "مقارنة بـ2018")
    attributive_before=re.compile(
        rf"(?<![{AR}])(?!(?:[وف]?(?:في|قبل|بعد|حتى|منذ|خلال|من|إلى|الى|عن|على|مع|بين|أو|او|حوالي|نحو|عام|العام|"
        rf"سنة|لعام|لسنة|مقارنة|بحلول|أي|اي|عقب|لغاية|لحد|مطلع|أواخر|اواخر|أوائل|اوائل|منتصف|نهاية|بداية|أعوام|"
        rf"اعوام|سنوات|سنين|الأعوام|الاعوام|السنوات)\s))[{AR}]{{2,}}\s+$"
    ),
    offset_before=re.compile(
        rf"(?<![{AR}])[وف]?(?:(?P<later>بعد)|(?P<earlier>قبل))\s+(?:(?P<approx>نحو|حوالي|قرابة)\s+)?"
        rf"(?:(?P<n>{PARTS['n']})\s+)?(?P<unit>{alternatives(w for w in UNITS if not w.startswith('ال'))})"
        rf"(?:\s+(?:قليلة|معدودة))?\s+(?:من|على)\s+$"
    ),
    after_word=re.compile(r"(?:و|ف)?(?:بعد|عقب)\s+"),
    until_before=re.compile(
        rf"(?<![{AR}])و?(?:حتى|بحلول|لغاية|قبل|في\s+موعد\s+أقصاه|في\s+موعد\s+لا\s+يتجاوز)\s+(?:يوم\s+)?$"
    ),
    range_from=re.compile(rf"(?<![{AR}])و?(?:من|منذ)\s+(?:يوم\s+)?$"),
    range_between=re.compile(rf"(?<![{AR}])و?(?:ما\s+)?بين\s+(?:يوم\s+)?$"),
    range_to=re.compile(r"\s*(?:و?(?:إلى|الى|حتى|لغاية)\s+(?:يوم\s+)?|[–—-]\s*)"),
    range_and=re.compile(r"\s+و\s*(?:يوم\s+)?"),
)
