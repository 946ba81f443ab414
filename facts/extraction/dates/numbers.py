"""Numbers written in words, in English, Hebrew and Arabic: for counts ("three weeks later"), ordinals
("the 21st century") and spelled-out years ("nineteen ninety-two", "אלפיים ועשרים", "ألفين وعشرين")."""

from __future__ import annotations

import re

from facts.extraction.normalise import with_folded_keys

EN_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def en_below_hundred(text: str) -> int | None:
    words = [w for w in re.split(r"[\s\-]+", text.strip().lower()) if w and w != "and"]
    if len(words) == 1:
        return EN_UNITS.get(words[0], EN_TENS.get(words[0]))
    if len(words) == 2 and words[0] in EN_TENS and words[1] in EN_UNITS and EN_UNITS[words[1]] < 10:
        return EN_TENS[words[0]] + EN_UNITS[words[1]]
    return None


def en_year(text: str) -> int | None:
    """'nineteen ninety-two', 'two thousand and six', 'two thousand twenty-three', 'twenty twenty'."""
    text = re.sub(r"[\s\-]+", " ", text.strip().lower())
    thousand = re.fullmatch(r"(?:two thousand)(?: and)?(?: (.+))?", text)
    if thousand:
        if not thousand[1]:
            return 2000
        low = en_below_hundred(thousand[1])
        return None if low is None else 2000 + low
    century = re.fullmatch(r"(nineteen|twenty|eighteen) (.+)", text)
    if century:
        high = EN_UNITS.get(century[1]) or EN_TENS.get(century[1])
        low = en_below_hundred(century[2]) if century[2] != "hundred" else 0
        if high is not None and low is not None:
            return high * 100 + low
    return None


EN_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "last": -1,
}
# 21st to 31st: "twenty-first", "twenty first", "thirty-first"
EN_ORDINALS |= {
    f"{tens}{joint}{word}": base + number
    for tens, base in (("twenty", 20), ("thirty", 30))
    for word, number in list(EN_ORDINALS.items())
    if 1 <= number <= 9 and base + number <= 31
    for joint in ("-", " ")
}

# Hebrew: both genders, construct forms, and the words of compound numbers.
HE_UNITS = {
    "אחד": 1,
    "אחת": 1,
    "שניים": 2,
    "שתיים": 2,
    "שתים": 2,
    "שני": 2,
    "שתי": 2,
    "שלוש": 3,
    "שלושה": 3,
    "שלושת": 3,
    "ארבע": 4,
    "ארבעה": 4,
    "ארבעת": 4,
    "חמש": 5,
    "חמישה": 5,
    "חמשת": 5,
    "שש": 6,
    "שישה": 6,
    "ששת": 6,
    "שבע": 7,
    "שבעה": 7,
    "שבעת": 7,
    "שמונה": 8,
    "שמונת": 8,
    "תשע": 9,
    "תשעה": 9,
    "תשעת": 9,
    "עשר": 10,
    "עשרה": 10,
    "עשרת": 10,
}
HE_TENS = {"עשרים": 20, "שלושים": 30, "ארבעים": 40, "חמישים": 50, "שישים": 60, "שבעים": 70, "שמונים": 80, "תשעים": 90}
HE_HUNDREDS = {"מאה": 100, "מאתיים": 200, "מאות": 100}
HE_NUMBER_WORD = "|".join(sorted([*HE_UNITS, *HE_TENS, *HE_HUNDREDS, "אלף", "אלפיים"], key=len, reverse=True))


def he_number(text: str) -> int | None:
    """A Hebrew number in words, up to the thousands: 'אלף תשע מאות תשעים ושתיים' is 1992."""
    words = [w.removeprefix("ו") if w not in HE_UNITS and w.startswith("ו") else w for w in text.split()]
    total, current = 0, 0
    for index, word in enumerate(words):
        if word == "אלפיים":
            total += 2000
        elif word == "אלף":
            total += 1000 * (current or 1)
            current = 0
        elif word == "מאות":
            current = (current or 1) * 100
        elif word in HE_HUNDREDS:
            current += HE_HUNDREDS[word]
        elif word in HE_TENS:
            current += HE_TENS[word]
        elif word == "שנים" and words[index + 1 : index + 2] == ["עשר"]:
            current += 2  # "שנים עשר", twelve ("שנים" alone is "years")
        elif word in HE_UNITS:
            value = HE_UNITS[word]
            # "שתים עשרה" is twelve: a unit before "עשרה"
            if value == 10 and index > 0 and words[index - 1] in HE_UNITS and HE_UNITS[words[index - 1]] < 10:
                current += 10
            else:
                current += value
        else:
            return None
    return total + current


def he_year(text: str) -> int | None:
    value = he_number(text)
    return value if value is not None and 1000 <= value <= 2100 else None


# Arabic: units in their forms, tens, hundreds and thousands.
AR_UNITS = {
    "واحد": 1,
    "واحدة": 1,
    "اثنين": 2,
    "اثنان": 2,
    "اثني": 2,
    "اثنتين": 2,
    "ثلاثة": 3,
    "ثلاث": 3,
    "أربعة": 4,
    "أربع": 4,
    "اربعة": 4,
    "خمسة": 5,
    "خمس": 5,
    "ستة": 6,
    "ست": 6,
    "سبعة": 7,
    "سبع": 7,
    "ثمانية": 8,
    "ثماني": 8,
    "ثمان": 8,
    "تسعة": 9,
    "تسع": 9,
    "عشرة": 10,
    "عشر": 10,
}
AR_TENS = {
    "عشرين": 20,
    "عشرون": 20,
    "ثلاثين": 30,
    "ثلاثون": 30,
    "أربعين": 40,
    "أربعون": 40,
    "خمسين": 50,
    "خمسون": 50,
    "ستين": 60,
    "ستون": 60,
    "سبعين": 70,
    "سبعون": 70,
    "ثمانين": 80,
    "ثمانون": 80,
    "تسعين": 90,
    "تسعون": 90,
}
AR_HUNDREDS = {
    "مائة": 100,
    "مئة": 100,
    "مئتين": 200,
    "مائتين": 200,
    "ثلاثمائة": 300,
    "أربعمائة": 400,
    "خمسمائة": 500,
    "ستمائة": 600,
    "سبعمائة": 700,
    "ثمانمائة": 800,
    "تسعمائة": 900,
    "تسعمئة": 900,
}
AR_THOUSANDS = {"ألف": 1000, "ألفين": 2000, "ألفان": 2000, "الفين": 2000, "الف": 1000}
AR_UNITS, AR_TENS, AR_HUNDREDS, AR_THOUSANDS = map(with_folded_keys, (AR_UNITS, AR_TENS, AR_HUNDREDS, AR_THOUSANDS))
AR_NUMBER_WORD = "|".join(sorted([*AR_UNITS, *AR_TENS, *AR_HUNDREDS, *AR_THOUSANDS], key=len, reverse=True))


def ar_number(text: str) -> int | None:
    """An Arabic number in words: 'ألف وتسعمائة وثلاثة وتسعين' is 1993, 'اثنين وتسعين' 92."""
    total = 0
    words = text.split()
    for index, word in enumerate(words):
        bare = (
            word[1:]
            if word.startswith("و") and word[1:] in {**AR_UNITS, **AR_TENS, **AR_HUNDREDS, **AR_THOUSANDS}
            else word
        )
        if bare in AR_THOUSANDS:
            total += AR_THOUSANDS[bare]
        elif bare in AR_HUNDREDS:
            total += AR_HUNDREDS[bare]
        elif bare in AR_TENS:
            total += AR_TENS[bare]
        elif bare in AR_UNITS:
            value = AR_UNITS[bare]
            if value == 10 and index > 0:  # "اثني عشر": twelve
                total += 10
            else:
                total += value
        else:
            return None
    return total


def ar_year(text: str) -> int | None:
    value = ar_number(text)
    if value is None:
        return None
    if value < 100:  # "عام اثنين وتسعين": a year of the last century, or of this one
        return (1900 if value >= 30 else 2000) + value
    return value if 1000 <= value <= 2100 else None


AR_ORDINALS = {
    "الأول": 1,
    "الاول": 1,
    "الأولى": 1,
    "الثاني": 2,
    "الثانية": 2,
    "الثالث": 3,
    "الثالثة": 3,
    "الرابع": 4,
    "الرابعة": 4,
    "الخامس": 5,
    "السادس": 6,
    "السابع": 7,
    "الثامن": 8,
    "التاسع": 9,
    "العاشر": 10,
    "الأخير": -1,
    "الأخيرة": -1,
    "التاسع عشر": 19,
    "الثامن عشر": 18,
    "العشرين": 20,
    "الحادي والعشرين": 21,
    "الحادي و العشرين": 21,
    "الماضي": 0,
}
HE_ORDINALS = {
    "הראשון": 1,
    "הראשונה": 1,
    "השני": 2,
    "השנייה": 2,
    "השנית": 2,
    "השלישי": 3,
    "השלישית": 3,
    "הרביעי": 4,
    "הרביעית": 4,
    "החמישי": 5,
    "החמישית": 5,
    "השישי": 6,
    "השישית": 6,
    "השביעי": 7,
    "השביעית": 7,
    "השמיני": 8,
    "השמינית": 8,
    "התשיעי": 9,
    "התשיעית": 9,
    "העשירי": 10,
    "העשירית": 10,
    "האחרון": -1,
    "האחרונה": -1,
    "העשרים": 20,
    "העשרים ואחת": 21,
    "התשע עשרה": 19,
    "התשע־עשרה": 19,
}
AR_ORDINALS, HE_ORDINALS = with_folded_keys(AR_ORDINALS), with_folded_keys(HE_ORDINALS)
