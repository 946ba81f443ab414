"""Claim proposals: every statement of an article about the relation that the text dates, with its exact
quote and offsets, its date (and what the date was resolved against), the actors it names and a draft
English summary. Pure: text in, proposals out.

A statement is a sentence, a table row ("DATE | who | where | note") or a chronology line ("DATE: event").
A statement with two dates gives two claims, each quoting the clause its date stands in. A statement that
names no actor of the gazetteer takes those of its paragraph, else the article's main actors: an article
about the relation dates events whose subject is "the parliament" or a person the gazetteer lacks.
Questions and headings are not claims."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from core.edtf import edtf_display, edtf_parse
from facts.extraction.actors import ActorMention, Gazetteer, unknown_titled_names
from facts.extraction.dates import Anchor, DateMention, Periods, find_dates, grammar
from facts.extraction.dates.core import relative_clauses, valid
from facts.extraction.normalise import fold_pattern, fold_word
from facts.extraction.sentences import Sentence, split_sentences
from facts.extraction.stamps import DAY_KINDS, SEGMENT_BREAK, Stamp, line_stamps, other_words, segment_of
from facts.extraction.stories import story_date

SINCE_WORDS = ("מאז", "ומאז", "منذ", "ومنذ", "since", "Since")
LEAD_MIN_WORDS = 12

# A status that began with one event — diplomatic relations, an embassy, a pipeline in operation — said to hold
# "since X" is a claim about that event, dated X ("relations since '92", "an embassy since 1993", "the pipeline
# has operated since 2006"); an activity or a change since X keeps X/P ("ties have deepened since 1992",
# "Baku has managed to keep its files apart since relations were established").
FOUNDED_STATUS = re.compile(
    r"(?<!\w)(?:diplomatic\s+relations|relations|ties|embassy|pipeline|line|office|post|minister|president|"
    r"ambassador|[והכ]?(?:יחסים|קשרים\s+דיפלומטיים|שגרירות|צינור|קו|שר|שרת|נשיא|נשיאה|נשיאת|שגריר|שגרירה|שגרירת|"
    r"ראש\s+הממשלה|ראשת\s+הממשלה)|[בכ]?תפקיד(?:ו|ה|ם|ן)?|"
    r"[وف]?(?:ال)?(?:علاقات|سفارة|خط|منصب|وزير|وزيرة|رئيس|رئيسة|سفير|سفيرة)|منصب(?:ه|ها|هما|هم))(?!\w)",
    re.IGNORECASE,
)
# The verbs of a status that holds: relations maintained, an embassy open, a pipeline operating, an office held
# ("has served as defence minister since May 2020", "מכהן כשר הביטחון מאז מאי 2020", "يشغل منصب").
STATUS_HELD = re.compile(
    r"(?<!\w)(?:ha(?:ve|s|d)(?:\s+had)?|maintain(?:s|ed)?|exist(?:s|ed)?|operat(?:es|ed|ing)|in\s+operation|"
    r"(?:been\s+)?open|serv(?:es|ed|ing)|hold(?:s|ing)?|held|"
    # (a word's last letter takes its final form: מכהן, מקיים)
    r"[וש]?(?:מקיים|מקיימ(?:ות|ים|ת)|קיים|קיימ(?:ים|ת|ות)|פועל(?:ת|ים)?|פתוחה|מכהן|מכהנ(?:ת|ים|ות))|"
    r"[وف]?(?:قائمة|قائم|تقيم|يقيم|تقيمان|تربط|يعمل|تعمل|مفتوحة|يشغل|تشغل|يتولى|تتولى))(?!\w)",
    re.IGNORECASE,
)
# ... unless the words say it changed since, or say how it has been: that is an activity or a state of its own
# ("ties have deepened since 1992", "relations have been strained since January", "היחסים מתוחים מאז").
STATUS_CHANGED = re.compile(
    r"(?<!\w)(?:deepen\w*|gr[eo]w\w*|expand\w*|strengthen\w*|improv\w*|warm\w*|develop\w*|flourish\w*|"
    r"broaden\w*|tighten\w*|intensif\w*|worsen\w*|deteriorat\w*|strain\w*|tense|tension\w*|cool\w*|frost\w*|"
    r"chill\w*|sour\w*|"
    r"\w*מתוח\w*|\w*מתיחות|\w*צונן\w*|\w*התקרר\w*|\w*עכור\w*|"
    r"\w*توتر\w*|\w*فتور|\w*برود\w*|"
    r"\w*העמיק\w*|\w*התהדק\w*|\w*התחזק\w*|\w*התפתח\w*|\w*התרחב\w*|\w*השתפר\w*|\w*הידרדר\w*|"
    r"\w*تعمّق\w*|\w*تعمق\w*|\w*تطور\w*|\w*توسع\w*|\w*تعزز\w*|\w*نمت|\w*ازدهر\w*|\w*تحسن\w*|"
    r"\w*تدهور\w*)(?!\w)",
    re.IGNORECASE,
)
STATUS_WINDOW = 90  # characters before the date: the status and its verb stand in the date's own clause


def clause_before(text: str, sentence: Sentence, date: DateMention) -> str:
    """The words of the date's own clause before it (a relative clause included), at most STATUS_WINDOW
    characters: where a status and its verb, or a "first", stand."""
    before = text[max(sentence.start, date.start - STATUS_WINDOW) : date.start]
    return re.split(r"[;؛:]\s|\s[—–]\s", before)[-1]


def founded_status_start(text: str, sentence: Sentence, date: DateMention) -> str | None:
    """X for a status said to hold since X (see FOUNDED_STATUS), else None. Only for a "since" date whose
    start the words give (not a named period's: "operating since the start of the war" is an activity)."""
    if date.kind != "since" or date.anchor.startswith("period:") or "/" not in date.edtf:
        return None
    before = clause_before(text, sentence, date)
    # Hebrew and Arabic put the status after "since X" as often as before it ("מאז 1992 מקיימות המדינות יחסים").
    after = re.split(r"[,;؛:،.]\s|\s[—–]\s", text[date.end : min(sentence.end, date.end + STATUS_WINDOW)])[0]
    clause = f"{before} {after}"
    if FOUNDED_STATUS.search(clause) and STATUS_HELD.search(clause) and not STATUS_CHANGED.search(clause):
        start = date.edtf.split("/", 1)[0]
        return start if start not in ("", "..") else None
    return None


# "Despite the war", "למרות המלחמה", "رغم حرب غزة": a named period said so is what something held against, not
# when it happened ("oil keeps flowing despite the Gaza war" is a state as of publication)
CONCESSIVE = re.compile(
    fold_pattern(
        r"(?<!\w)(?:despite|in\s+spite\s+of|notwithstanding|ו?(?:למרות|חרף|על\s+אף)|"
        r"[وف]?(?:رغم|برغم|بالرغم\s+من|على\s+الرغم\s+من|رغما\s+عن))\s+$"
    ),
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Proposal:
    quote: str
    start: int
    end: int
    date: str
    date_text: str
    date_kind: str
    actors: list[str] = field(default_factory=list)
    summary: str = ""
    date_span: tuple[int, int] | None = None  # inside the quote
    date_anchor: str = ""  # "published", "previous", "period:<slug>", or "" for a date that stands alone
    suggested_actors: list[str] = field(default_factory=list)  # titled people the gazetteer lacks


def actors_in(span: tuple[int, int], mentions: list[ActorMention]) -> list[str]:
    return list(dict.fromkeys(m.actor for m in mentions if span[0] <= m.start and m.end <= span[1]))


# Every summary extraction drafts ends so: the publication rule refuses a claim whose summary still does.
DRAFT_MARK = "(machine draft: a curator writes the summary)"


def draft_summary(actors: list[str], date: str, quote_language: str) -> str:
    who = ", ".join(actors[:4]) if actors else "Unnamed actors"
    source = {"he": "a Hebrew", "ar": "an Arabic", "en": "an English"}.get(quote_language, quote_language)
    return f"{who}: dated {edtf_display(date)}, from {source} source {DRAFT_MARK}."


def make(
    text: str, start: int, end: int, date: DateMention | None, edtf: str, kind: str, actors: list[str], language: str
) -> Proposal:
    date_span = (date.start - start, date.end - start) if date and start <= date.start and date.end <= end else None
    return Proposal(
        quote=text[start:end],
        start=start,
        end=end,
        date=edtf,
        date_text=date.text if date else "",
        date_kind=kind,
        actors=actors,
        summary=draft_summary(actors, edtf, language),
        date_span=date_span,
        date_anchor=date.anchor if date else "published",
    )


def propose_claims(
    text: str,
    *,
    language: str,
    published: str | None,
    gazetteer: Gazetteer,
    lead: bool = True,
    periods: Periods | None = None,
) -> list[Proposal]:
    """`periods`: the named periods dates may refer to (fixtures/periods.json when not given)."""
    anchor = Anchor.from_edtf(published)
    sentences = statements(split_sentences(text), text)
    dates = [
        d
        for d in find_dates(text, language=language, published=published, periods=periods)
        if not (d.kind == "named-period" and CONCESSIVE.search(fold_word(text[max(0, d.start - 30) : d.start])))
    ]
    mentions = gazetteer.find(text, language=language)
    main_actors = article_actors(mentions)
    unknown = unknown_titled_names(text, language=language, gazetteer=gazetteer)
    proposals: list[Proposal] = []
    for index, sentence in enumerate(sentences):
        span = (sentence.start, sentence.end)
        in_sentence = [d for d in dates if sentence.start <= d.start and d.end <= sentence.end]
        # "… opened an exhibition from the 2009 visit": a year that qualifies a noun names another event than
        # the one the sentence dated before it
        in_sentence = [d for d in in_sentence if not d.attributive] or in_sentence
        if not in_sentence:
            continue
        if not is_statement(sentence, in_sentence) and not is_caption(sentence, in_sentence, mentions):
            continue
        if is_stamp_line(sentence, in_sentence, mentions, language):
            continue
        actors = actors_in(span, mentions) or paragraph_actors(sentences, index, mentions) or main_actors
        if not actors:
            continue
        first_word = sentence.text.split(maxsplit=1)[0] if sentence.text.split() else ""
        if len(in_sentence) > 1 and (dateline := DATELINE.match(text, sentence.start)):
            # "BAKU, Mar. 30 (Kaspi Press) - … opened the embassy yesterday": the dateline's day is when the report
            # was filed; the words after it date what happened
            in_sentence = [d for d in in_sentence if d.start >= dateline.end()] or in_sentence
        if len(in_sentence) > 1:
            in_sentence = most_precise_per_clause(text, sentence, in_sentence)
        if len(in_sentence) > 1:
            in_sentence = without_day_of_saying(text, sentence, in_sentence)
        for date in in_sentence:
            since_event = (
                first_word in SINCE_WORDS
                and date is in_sentence[0]
                and (date.kind == "range" or date.absolute)
                and date.start - sentence.start > len(first_word) + 1
                and anchor is not None
            )
            if since_event and anchor is not None:
                # "Since the end of the fighting in 2023-2024, ...": the fighting's years, and what has been
                # happening since its end, up to publication.
                clause_actors = actors_in((sentence.start, date.end), mentions) or actors
                proposals.append(
                    make(text, sentence.start, date.end, date, date.edtf, date.kind, clause_actors, language)
                )
                last_year = date.edtf.split("/")[-1][:4]
                since = f"{last_year}/{anchor.edtf}"
                if valid(since):  # a text dated before the events it tells of has no "since then" to publication
                    proposals.append(make(text, sentence.start, sentence.end, date, since, "since", actors, language))
                continue
            if "|" in sentence.text and date is in_sentence[0]:
                start, end = sentence.start, sentence.end  # a table row is quoted whole
            elif "|" in sentence.text and not date.absolute:
                continue  # "the first visit since 2009" in a row's note: not a claim of its own
            elif len(in_sentence) > 1:
                start, end = clause_of(text, sentence, date, in_sentence)
                later = [d for d in in_sentence if d.start >= end]
                if later and not re.search(r"[^\W\d_]{3,}", text[start : date.start] + text[date.end : end]):
                    # "בסתיו 2021 ושוב בסתיו 2022 ערכה איראן תרגילים": a clause of its date alone shares what
                    # the next one says
                    end = clause_of(text, sentence, later[0], in_sentence)[1]
                if date is in_sentence[-1] and end >= sentence.end - 1:  # the last clause goes on as a sentence would
                    end = max(end, continued_end(sentences, index, dates, mentions, unknown))
            else:
                start, end = sentence.start, continued_end(sentences, index, dates, mentions, unknown)
            start = background_start(text, sentence, date) or start
            quote_actors = actors_in((start, end), mentions) or actors
            # "Starting 7 May, Israir operates a line": the claim is the start, one event; its reading from
            # then on (X/P) is the expression's value, not the claim's date.
            edtf = date.edtf.split("/")[0] if date.kind == "starting" else founded_status_start(text, sentence, date)
            edtf = edtf or first_since_point(text, sentence, date) or date.edtf
            proposals.append(make(text, start, end, date, edtf, date.kind, quote_actors, language))
        if anchor is not None and (
            now := trailing_now_clause(text, sentence, in_sentence, mentions, actors, anchor, language)
        ):
            proposals.append(now)
    proposals += [  # unless the statement around it is dated by that event already ("the first visit since …")
        event
        for event in since_event_claims(text, sentences, dates, mentions, language)
        if not any(p.start <= event.start and event.end <= p.end and p.date == event.date for p in proposals)
    ]
    page = page_lead(text, dates, anchor, language) if lead and anchor is not None else None
    body = [s for s in sentences if page is None or s.start >= page.body_start]  # headings are read apart
    if anchor is not None:  # on any page, news or not: a checkable report of what holds now
        proposals += present_state_claims(text, body, dates, mentions, proposals, anchor, language)
    if lead and anchor is not None:
        if page is not None and page.is_news:  # in analysis and op-eds, quoted words are views
            # a headline that says who told it ("…, sources say") reports the event, as its other headings do
            proposals += speech_claims(text, body, dates, mentions, unknown, proposals, anchor, language)
        lead_proposal = lead_claim(text, body, dates, mentions, anchor, language, proposals)
        if lead_proposal:
            proposals.append(lead_proposal)
        # A news page's headline and sub-headline; else the line before a wire story's dateline
        headings = page_heading_claims(text, page, body, dates, mentions, anchor, language)
        headline = None if headings else headline_claim(text, body, dates, mentions, anchor, language)
        proposals += headings or ([headline] if headline else [])
    unique = {(p.start, p.end, p.date): with_suggestions(p, unknown) for p in proposals}
    return sorted(unique.values(), key=lambda p: (p.start, p.end))


def with_suggestions(proposal: Proposal, unknown: list[tuple[int, int, str]]) -> Proposal:
    """The proposal, with the titled names the gazetteer lacks that stand in its quote."""
    names = list(dict.fromkeys(name for start, end, name in unknown if proposal.start <= start and end <= proposal.end))
    return replace(proposal, suggested_actors=names) if names else proposal


# A row of a table: cells between bars. A chronology line: a date, then a colon or a dash, then the event.
TABLE_ROW = re.compile(r"^[^|\n]+(?:\|[^|\n]*){2,}$")
CHRONOLOGY_LINE = re.compile(r"^\S[^:\n]{0,40}?\s*(?::|\s[–—-]\s)\s*\S")


def statements(sentences: list[Sentence], text: str) -> list[Sentence]:
    """Sentences, with the lines of tables and chronologies each a statement of its own."""
    result: list[Sentence] = []
    for sentence in sentences:
        lines = sentence.text.split("\n")
        if len(lines) == 1 or not any(TABLE_ROW.match(line.strip()) or CHRONOLOGY_LINE.match(line) for line in lines):
            result.append(sentence)
            continue
        offset = sentence.start
        for line in lines:
            stripped = line.strip()
            if stripped:
                start = offset + line.index(stripped[0])
                result.append(Sentence(start, start + len(stripped), stripped, sentence.paragraph))
            offset += len(line) + 1
    return result


HEADING_MAX_WORDS = 6


# A reference: a footnote's number, then a source and its date ("7 Mark Perry, …, Foreign Policy, 28.3.2012.").
REFERENCE_MAX_WORDS = 16
FOOTNOTE_START = re.compile(r"^\d{1,3}\s+\S")
# The article's own furniture: when it was published or updated, a wire dateline ("Tel Aviv, 2 Feb. (Flash) —").
STAMP_WORDS = re.compile(
    r"^(?:עודכן|עדכון אחרון|פורסם|Updated|Last updated|Published|Posted|تاريخ التحديث|آخر تحديث|نُشر|نشر)\b",
    re.IGNORECASE,
)
DATELINE_END = re.compile(r"[—–-]\s*$")
# Opinions and forecasts about behaviour, in the first person: "I expect Baku to…", "אני מעריך ש…".
OPINION_START = re.compile(
    r"^(?:I\s+(?:expect|think|believe|suspect|doubt|predict)|In\s+my\s+view|אני\s+(?:מעריך|מעריכה|חושב|חושבת|"
    r"מאמין|מאמינה|צופה)|לדעתי|أعتقد|أتوقع|أظن|في\s+رأيي|برأيي)",
    re.IGNORECASE,
)


# A statement that something did not happen: "None of this began last autumn", "לא ...", "لم ...".
NEGATION_START = re.compile(
    r"^(?:(?:but|and|yet|ו|و|أما|في\s+المقابل|מנגד)\s*,?\s*)?(?:None\b|Nothing\b|Never\b|לא\s|אין\s|لم\s|لن\s|ليس\s)",
    re.IGNORECASE,
)


STATEMENT_MIN_WORDS = 2


def words_besides_dates(sentence: Sentence, dates: list[DateMention]) -> list[str]:
    """The sentence's words outside its date expressions, numbers and times left out."""
    kept, position = [], sentence.start
    text = sentence.text
    for date in sorted((d for d in dates if d.kind != "named-period"), key=lambda d: d.start):  # a name is words
        kept.append(text[position - sentence.start : max(position, date.start) - sentence.start])
        position = max(position, date.end)
    kept.append(text[position - sentence.start :])
    return [word for word in " ".join(kept).split() if re.search(r"[^\W\d_]{2,}", word)]


def is_statement(sentence: Sentence, dates: list[DateMention]) -> bool:
    """A statement of what happened, holds or is planned: not a question, a heading (a few words without a
    sentence's end), a table's header row (its date is not in its first cell), a list of topics, a footnote
    reference, a publication or update stamp or dateline, or a first-person opinion or forecast."""
    text = sentence.text.rstrip()
    words = text.split()
    if text.endswith(("?", "؟")) or OPINION_START.match(text) or STAMP_WORDS.match(text):
        return False
    if len(words_besides_dates(sentence, dates)) < STATEMENT_MIN_WORDS:
        return False  # a date and a time, a stamp: "04.10.2022 | 11:40", "13 جمادى الآخرة 1446"
    if "|" in text:
        return dates[0].start - sentence.start <= 3  # the row's first cell is its date
    if FOOTNOTE_START.match(text) and len(words) <= REFERENCE_MAX_WORDS and dates[-1].end >= sentence.end - 2:
        return False
    if DATELINE_END.search(text) and len(words) <= HEADING_MAX_WORDS + 2:
        return False
    if NEGATION_START.match(text):
        return False
    if len(words) <= HEADING_MAX_WORDS + 2 and len(dates) == 1 and dates[0].absolute and not text.endswith("."):
        return False  # a byline or a date line: "Hala Mansour — 20 October 2024"
    items = re.split(r"\s*[;؛·•]\s*", text)
    if len(items) >= 3 and all(len(item.split()) <= 4 for item in items):
        return False  # a list: "see also", tags, topics
    heading = len(words) <= HEADING_MAX_WORDS and not text.endswith((".", "!", '"', "”", "»"))
    # a headline of two clauses ("تبريز تودّع رئيسي اليوم.. وطهران غداً", "Herzog in Baku: …") tells events
    return not heading or ":" in text or ".." in text


APPOSITION_CHARS = 30  # dates this close in one clause restate each other ("three decades ago, in late 1991")


# "i.e.", "أي", "כלומר", "namely", "the same as" (الموافق): what follows restates the date before it.
APPOSITION_MARK = re.compile(
    r"(?:\bi\.e\.|\bnamely\b|\bthat is\b|(?<![\u0600-\u06ff])(?:أي|الموافق|يوافق)(?![\u0600-\u06ff])|כלומר)\s*,?\s*$"
)


# "within months, or perhaps next month", "בתוך חודשים ספורים, ואולי כבר בחודש הבא", "في غضون أشهر، وربما في
# مطلع العام المقبل": a second date offered as a likelier estimate of the same event, not a second event.
ALTERNATIVE_MARK = re.compile(
    r"(?:(?:\bor\s+)?\b(?:perhaps|possibly|maybe|even)(?:\s+as\s+(?:early|soon|late)\s+as)?"
    r"|(?<![\u05d0-\u05ea])(?:ו|או\s+)?אולי(?:\s+(?:אף|כבר|עוד))?|(?<![\u05d0-\u05ea])או\s+אף(?:\s+כבר)?"
    r"|(?<![\u0600-\u06ff])(?:و|أو\s+)?(?:ربما|حتى)(?:\s+(?:قبل|منذ))?)"
    r"(?:\s+(?:in|on|by|during|ב|في|خلال))?\s*$",
    re.IGNORECASE,
)


def most_precise_per_clause(text: str, sentence: Sentence, dates: list[DateMention]) -> list[DateMention]:
    """Several dates in one clause date one event: the most precise one dates it ("in the autumn of 2020, in
    the Second Karabakh War (27 September to 10 November)"), the others are not claims of their own."""
    groups: list[list[DateMention]] = []
    for date in sorted(dates, key=lambda d: d.start):
        previous = groups[-1][-1] if groups else None
        between = text[previous.end : date.start] if previous is not None else ""
        restated = len(between) <= APPOSITION_CHARS or bool(APPOSITION_MARK.search(between))
        # "the first Karabakh war, which lasted from 1988 to 1994": a relative clause giving the same time
        same_time_told = (
            previous is not None
            and previous.edtf == date.edtf
            and bool(relative_clauses(text, previous.end, date.start))
        )
        alternative = bool(ALTERNATIVE_MARK.search(between)) and len(between) <= 2 * APPOSITION_CHARS
        if (
            previous is not None
            and not distinct_days(previous, date)
            and not distinct_times(previous, date)
            and (
                alternative
                or same_time_told
                or (restated and clause_of(text, sentence, date, dates) == clause_of(text, sentence, previous, dates))
            )
        ):
            groups[-1].append(date)
        else:
            groups.append([date])
    # The narrowest; between equals, a time named over one counted from another date ("two months later, in
    # August": the month said, not two months added to an estimate), an exact one over an approximate one, and
    # the date the words give over one resolved from elsewhere ("on Wednesday, 29 March 2023": the day named,
    # not the Wednesday before publication).
    return [
        min(group, key=lambda d: (breadth(d), d.kind in COUNTED_KINDS, "~" in d.edtf, not d.absolute))
        for group in groups
    ]


# The date of an event the sentence names after its own date ("on Thursday, a few weeks after Armenia opened its
# embassy"): a clause of its own begins with the count
COUNTED_EVENT = "counted-event"
# Dates counted from another date ("two months later", "that same month", "three days after the attack")
COUNTED_KINDS = frozenset({"anaphora", "shift", COUNTED_EVENT})


# "that", "כי", "أن": what follows is what was said
COMPLEMENTIZER = re.compile(
    r"\bthat\b|(?<![\u05d0-\u05ea])כי(?![\u05d0-\u05ea])|(?<![\u0600-\u06ff])ب?[أإا]ن(?![\u0600-\u06ff])"
)


def without_day_of_saying(text: str, sentence: Sentence, dates: list[DateMention]) -> list[DateMention]:
    """ "An official said today that approval is expected next month", "אמר היום כי האישור צפוי בחודש הבא", "قال
    أمس إن السفارة ستفتتح الشهر المقبل": the day the words were said (a day counted from publication, after the
    verb of saying) is how the news came, and the date the words give dates the claim."""
    first, rest = dates[0], dates[1:]
    said_before = SPEECH.search(fold_word(text[sentence.start : first.start]))
    if first.anchor != "published" or days_meant(first) != 0 or not said_before:
        return dates
    if not COMPLEMENTIZER.search(text, first.end, rest[0].start):
        return dates
    return rest


def distinct_times(first: DateMention, second: DateMention) -> bool:
    """Two dates the words give on their own that do not meet ("made in '92, renewed in '97", "בסתיו 2021 ושוב
    בסתיו 2022") tell two events: one cannot restate the other, however close they stand."""
    if first.anchor or second.anchor:  # one was counted or resolved from something else: it may be loose
        return False
    return apart(first, second)


def distinct_days(first: DateMention, second: DateMention) -> bool:
    """Two days counted from publication that do not meet ("met yesterday and will meet today", "اليوم..
    وغداً", "אמש ... היום") tell two events: a clause cannot restate one deictic day by another."""
    return first.anchor == "published" and second.anchor == "published" and apart(first, second)


def apart(first: DateMention, second: DateMention) -> bool:
    """Whether the days the two dates can mean do not meet."""
    a, b = edtf_parse(first.edtf), edtf_parse(second.edtf)
    if None in (a.start, a.end, b.start, b.end):
        return False
    return bool(a.end < b.start or b.end < a.start)  # type: ignore[operator]


# Where a clause about another day begins when no comma marks it: a word joined by "and" or "then".
CONJOINED = re.compile(
    r"\s(?=(?:and|then|but)\s)|\s(?=ו[\u05d0-\u05ea]{2})|\s(?=و[\u0621-\u064a]{2}|(?:ثم|لكن)\s)",
    re.IGNORECASE,
)


def breadth(date: DateMention) -> int:
    """How many days a date can mean, every month as long as any other (April is not narrower than May) and every
    year as long as any other."""
    days = days_meant(date)
    return 30 if 27 <= days <= 30 else 365 if days in (364, 365) else days


def days_meant(date: DateMention) -> int:
    """How many days a date can mean (an open end counts as very many)."""
    parsed = edtf_parse(date.edtf)
    if parsed.start is None or parsed.end is None:
        return 10**6
    return (parsed.end - parsed.start).days


CLAUSE_BREAK = re.compile(
    r"\s*[;؛|]\s*|\.{2,}\s*"
    r"|,\s+(?=(?:and|but|while|whereas|then|when)\b)"
    r"|,\s*(?=ו[\u05d0-\u05ea]|(?:אבל|אך|אולם|בעוד|כאשר)\s)"
    r"|،\s*(?=و[\u0621-\u064a]|(?:ثم|لكن|بينما|عندما|غير\s+أن|إلا\s+أن)\s)"
)


# Where a dated sentence's last clause may begin: a comma, then a conjunction or "while" (CLAUSE_BREAK's)
TRAILING_CLAUSE = re.compile(
    r",\s+(?=(?:and|while|whereas)\s)|,\s*(?=ו[\u05d0-\u05ea]|(?:בעוד|ואילו)\s)|،\s*(?=و[\u0621-\u064a]|(?:فيما|بينما|في\s+حين)\s)"
)


def trailing_now_clause(
    text: str,
    sentence: Sentence,
    dates: list[DateMention],
    mentions: list[ActorMention],
    actors: list[str],
    anchor: Anchor,
    language: str,
) -> Proposal | None:
    """The last clause of a dated sentence, with no date of its own, that says what holds now or what someone
    said ("On 9 October the ministry shut Tamar, and production there is still halted", "…, וההפקה שם עדיין
    מושבתת", "نفى مسؤول أمس أي علاقة، فيما قالت وكالة إرنا إن التحقيقات متواصلة"): a claim of its own as of
    publication, beside the dated one (the evaluation conventions: two statements, two claims)."""
    breaks = list(TRAILING_CLAUSE.finditer(sentence.text))
    if not breaks:
        return None
    start = sentence.start + breaks[-1].end()
    if any(d.end > start for d in dates):
        return None
    clause = fold_word(text[start : sentence.end])
    if len(clause.split()) < HEADLINE_MIN_WORDS - 1 or not (PRESENT_WORD.search(clause) or SPEECH.search(clause)):
        return None
    end = sentence.end
    clause_actors = actors_in((start, end), mentions) or actors
    kind = "present" if PRESENT_WORD.search(clause) else "speech"
    return make(text, start, end, None, anchor.edtf, kind, clause_actors, language)


# A trailing clause that tells what was going on around the main event (", as fighting continued for a ninth
# day", ", בעוד הלחימה נמשכת ליום השלישי ברציפות", "، بينما تواصل القتال لليوم التاسع على التوالي").
BACKGROUND_BREAK = re.compile(
    r",\s+(?=(?:as|while|amid|amidst)\s)|,\s*(?=(?:כאשר|בעוד|בשעה\s+ש|על\s+רקע)\s?)"
    r"|[،,]\s*(?=(?:بينما|في\s+وقت|وسط|مع\s+استمرار|في\s+ظل)\s)"
)
# Dates that tell a state that has gone on up to now (a running count), not when the main event happened.
ONGOING_KINDS = frozenset({"running"})


def background_start(text: str, sentence: Sentence, date: DateMention) -> int | None:
    """Where the background clause holding an ongoing date begins (after its comma), or None when the date is
    not an ongoing one in such a clause: it then dates its own words, not the main clause before it."""
    if date.kind not in ONGOING_KINDS:
        return None
    breaks = [m.end() for m in BACKGROUND_BREAK.finditer(text, sentence.start, date.start)]
    return breaks[-1] if breaks else None


# Where a relative clause closes inside its sentence
RELATIVE_CLOSE = re.compile(r"[,،;؛]")


def clause_of(text: str, sentence: Sentence, date: DateMention, dates: list[DateMention]) -> tuple[int, int]:
    """The clause of a statement that a date stands in, when the statement holds several dates: from the
    break before it to the break before the next clause that has a date of its own; a date in a relative clause
    closed by a comma before its sentence ends ("Lapid's government, which took office in July, seeks …") has
    that clause with the words before it, and the sentence around it stays whole for its other dates."""
    breaks = [sentence.start]
    for match in CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if not any(d.start < match.end() and match.start() < d.end for d in dates):
            breaks.append(match.end())
    embedded = []
    for opener in relative_clauses(text, sentence.start, sentence.end):
        if any(d.start < opener < d.end for d in dates):
            continue
        closing = next(  # not a comma inside a date ("which opened on June 28, 2009, …")
            (
                c
                for c in RELATIVE_CLOSE.finditer(text, opener, sentence.end)
                if not any(d.start < c.end() <= d.end for d in dates)
            ),
            None,
        )
        if closing and text[closing.end() : sentence.end].strip(" .!?"):
            # "X, which ended in 1994, left …": it ends at its comma; when what follows is the verb of the subject
            # before it (no "and" joins another clause), it is quoted with that subject
            subject = None if CLAUSE_BREAK.match(text, closing.start()) else max(b for b in breaks if b < opener)
            embedded.append((opener, closing.start(), subject))
        else:
            breaks.append(opener)  # "… X, which ended in 1994.": it runs to the end
    for opener, end, subject in embedded:
        if opener <= date.start < end:  # "Lapid's government, which took office in July"
            if subject is None:
                return opener, end
            return subject + len(text[subject:opener]) - len(text[subject:opener].lstrip()), end
    breaks += [d.start for d in dates if d.kind == COUNTED_EVENT and d.start > sentence.start]
    ordered = sorted(dates, key=lambda d: d.start)
    for earlier, later in itertools.pairwise(ordered):
        if any(earlier.end <= b <= later.start for b in breaks):
            continue
        if distinct_days(earlier, later):
            joins = [m.end() for m in CONJOINED.finditer(text, earlier.end, later.start)]
            if joins:  # the last "and" before the second day begins its clause
                breaks.append(joins[-1])
        elif distinct_times(earlier, later):
            # "made in '92, renewed in '97": the second time's clause begins after the comma; "בסתיו 2021 ושוב
            # בסתיו 2022": at the last "and"
            commas = [m.end() for m in re.finditer(r"[,،]\s*", text[earlier.end : later.start])]
            joins = [m.end() for m in CONJOINED.finditer(text, earlier.end, later.start)]
            if commas:
                breaks.append(earlier.end + commas[-1])
            elif joins:
                breaks.append(joins[-1])
    breaks.sort()
    breaks.append(sentence.end)
    segments = [(breaks[i], breaks[i + 1]) for i in range(len(breaks) - 1) if breaks[i] < breaks[i + 1]]
    dated = [i for i, (start, end) in enumerate(segments) if any(start <= d.start < end for d in dates)]
    own = next(i for i, (start, end) in enumerate(segments) if start <= date.start < end)
    following = [i for i in dated if i > own]
    last = (following[0] - 1) if following else len(segments) - 1
    first = own
    while first > 0 and first - 1 not in dated:  # clauses before it with no date of their own
        first -= 1
    if first < own and any(d.start < segments[own][0] for d in dates):
        first = own
    start, end = segments[first][0], segments[last][1]
    quote = text[start:end]
    trimmed = quote.rstrip(" ,،;؛|")
    return start + (len(quote) - len(quote.lstrip())), start + len(trimmed)


def paragraph_actors(sentences: list[Sentence], index: int, mentions: list[ActorMention]) -> list[str]:
    paragraph = sentences[index].paragraph
    members = [s for s in sentences if s.paragraph == paragraph]
    if not members:
        return []
    return actors_in((members[0].start, members[-1].end), mentions)


def article_actors(mentions: list[ActorMention], most: int = 2) -> list[str]:
    """The actors an article is about: the most often named."""
    counts = Counter(m.actor for m in mentions)
    return [actor for actor, _ in counts.most_common(most)]


# A wire story's dateline: "BAKU, Dec. 15 (Reuters) —", "תל אביב, 2 בפברואר 2025 (מבזק) —".
DATELINE = re.compile(r"^[^\n,،|]{2,40}[,،]\s+[^\n|]{3,40}?\s*\([^)\n]{2,40}\)\s*[—–-]", re.MULTILINE)
HEADLINE_MIN_WORDS = 4


def headline_claim(
    text: str,
    body: list[Sentence],
    dates: list[DateMention],
    mentions: list[ActorMention],
    anchor: Anchor,
    language: str,
) -> Proposal | None:
    """A wire story's headline reports its event: a claim quoting the headline (the line before the
    dateline), dated by the sentence that tells its event (stories.story_date), else as the lead dates the
    event (the first date after the dateline, known to the day, not after publication)."""
    dateline = DATELINE.search(text, 0, 2000)
    if dateline is None:
        return None
    lines = [
        (start, line)
        for start, line in line_spans(text[: dateline.start()])
        if len(line.split()) >= HEADLINE_MIN_WORDS and "|" not in line
    ]
    if not lines:
        return None
    start, line = lines[-1]
    event = story_date(line, body, dates, anchor, language, names_of(mentions)) or next(
        (d for d in dates if d.start >= dateline.end() and len(d.edtf) == 10 and d.edtf <= anchor.day.isoformat()),
        None,
    )
    actors = actors_in((start, start + len(line)), mentions)
    if event is None or not actors:
        return None
    return make(text, start, start + len(line), None, event.edtf, "headline", actors, language)


# A page's furniture: menus and breadcrumbs (words between bars, arrows or dots), credits, stamps, "read also".
FURNITURE = re.compile(
    r"[|›»>·•]|(?:^|\s)#\w|^(?:צילום|קרדיט|עוד בנושא|קרא(?:ו)? עוד|Photo|Credit|Read (?:also|more)|Related|"
    r"تصوير|الصورة|اقر[أا]\s+[أا]يضا)",
    re.IGNORECASE,
)
# A line that is a source or a place between dashes: "باكو - الرافدين - وكالات".
SOURCE_LINE = re.compile(r"^[^\n]{1,30}\s[-–—]\s[^\n]{1,30}\s[-–—]\s[^\n]{1,30}$")
# A body that opens with a dateline ("YEREVAN, Armenia - ", "باكو - تل ابيب (أ ف ب) - "): a news item.
DATELINE_LINE = re.compile(r"^[^\s|\-–—]+(?:\s[^\s|\-–—]+)?\s+[-–—]\s+[^\s|\-–—]+(?:\s[^\s|\-–—]+){0,2}\s*$")
BODY_DATELINE = re.compile(r"^[^\s,.،]+(?:[\s,،]+[^\s,.،()\-–—]+){0,3}\s*(?:\([^)\n]{1,30}\)\s*)?[-–—]\s")
# A body line's words: Hebrew and Arabic write as words what English writes apart (the article, "and", "in",
# "to" are prefixes), so the same sentence has about three quarters as many; a lead of eleven words is common.
BODY_MIN_WORDS = {"en": 15, "he": 11, "ar": 11}
NEWS_EVENT_DAYS = 7  # a news item's lead tells of what happened at most a week before publication
SENTENCE_ENDS = (".", "!", "؟", "?", '."', ".”", ".»")


@dataclass(frozen=True)
class PageLead:
    """Where a page's body begins, and the event its first sentence dates (a day at most a week before
    publication, not a span), if it reports one."""

    body_start: int
    event: DateMention | None
    dateline: bool

    @property
    def is_news(self) -> bool:
        """A news item reporting an event: a dateline opens its body, or its lead dates a recent event. Analysis,
        op-eds and explainers open otherwise: their titles are not claims and their quotes are views."""
        return self.dateline or self.event is not None


def is_body(line: str, language: str) -> bool:
    """A line of a page's body: at least BODY_MIN_WORDS words, ending a sentence, not furniture."""
    return (
        len(line.split()) >= BODY_MIN_WORDS.get(language, 15)
        and line.endswith(SENTENCE_ENDS)
        and not FURNITURE.search(line)
    )


NOT_NEWS_EVENT_KINDS = frozenset({"since", "range", "named-period"})
NEWS_PLANNED_DAYS = 90  # … or of what is planned within three months of it


def planned_soon(date: DateMention, sentence: str, anchor: Anchor, language: str) -> bool:
    """A date of a planned event: a day or a span of at most a month, beginning within NEWS_PLANNED_DAYS of
    publication, and after it ("is being prepared for May 30-31": nothing after publication is told as past), or
    ending after it in a sentence that plans ("will travel to Azerbaijan in two weeks", "יבקר בבאקו בשבוע הבא",
    "سيزور باكو الشهر المقبل": a week is given as its month). What a news item announces; an essay's lead dates
    what has been ("earlier this month" is this month too, and plans nothing)."""
    parsed = edtf_parse(date.edtf)
    if parsed.start is None or parsed.end is None or (parsed.end - parsed.start).days > 31:
        return False
    if not anchor.day < parsed.end or parsed.start > anchor.day + dt.timedelta(days=NEWS_PLANNED_DAYS):
        return False
    return parsed.start > anchor.day or grammar(language).speaks_of_the_future(sentence)


def page_lead(text: str, dates: list[DateMention], anchor: Anchor, language: str) -> PageLead | None:
    """The body: the first line of at least BODY_MIN_WORDS words that ends a sentence and is not furniture."""
    lines = line_spans(text[:3000])
    body = next(
        ((start, line) for start, line in lines if is_body(line, language)),
        None,
    )
    if body is None:
        return None
    body_start, body_line = body
    before = [line for start, line in lines if start < body_start]
    # the dateline on a line of its own before the body ("دبي - الساحل", "BAKU — Reuters")
    own_dateline = bool(before) and bool(DATELINE_LINE.match(before[-1]))
    # A wire dateline's day ("BAKU, Mar. 30 (Wire) -") is when the report was filed, not the event's; the first
    # sentence is the one after it ("Mar." ends no sentence)
    dateline = DATELINE.match(text, body_start)
    told_from = dateline.end() if dateline else body_start
    told = text[told_from : body_start + len(body_line)]
    first_sentence_end = told_from + next((m.end() for m in re.finditer(r"[.!?؟](?=\s|$)", told)), len(told))
    first = [d for d in dates if told_from <= d.start < first_sentence_end and d.kind not in NOT_NEWS_EVENT_KINDS]
    event = next(
        (
            d
            for d in first
            if len(d.edtf) == 10
            and d.edtf <= anchor.day.isoformat()
            and (anchor.day - dt.date.fromisoformat(d.edtf)).days <= NEWS_EVENT_DAYS
        ),
        None,
    ) or next((d for d in first if planned_soon(d, text[told_from:first_sentence_end], anchor, language)), None)
    return PageLead(body_start, event, own_dateline or dateline is not None or bool(BODY_DATELINE.match(body_line)))


def page_heading_claims(
    text: str,
    lead: PageLead | None,
    body: list[Sentence],
    dates: list[DateMention],
    mentions: list[ActorMention],
    anchor: Anchor,
    language: str,
) -> list[Proposal]:
    """A news page's headline and sub-headline report its event. Without date words of their own they are
    dated by the body's sentence that tells their event (the words they share: stories.story_date), else as
    the body's first sentence dates its event, else to publication (a headline in the present tense reports
    what holds). The heading lines stand before the body and are not the page's furniture (menus,
    breadcrumbs, credits, stamps); each must name an actor. Headings with their own date words are read as
    sentences are."""
    if lead is None or not lead.is_news:
        return []  # a thematic piece, whose title is not a claim
    first_told = lead.event.edtf if lead.event is not None else anchor.edtf
    body_start = lead.body_start
    lines = line_spans(text[:body_start])
    proposals = []
    for start, line in lines:
        if start >= body_start:
            break
        end = start + len(line)
        if (
            len(line.split()) < HEADLINE_MIN_WORDS
            or FURNITURE.search(line)
            or SOURCE_LINE.match(line)
            or STAMP_WORDS.match(line)
            or line.endswith(("?", "؟"))
            or any(start <= d.start < end for d in dates)
        ):
            continue
        actors = actors_in((start, end), mentions)
        if actors:
            told = story_date(line, body, dates, anchor, language, names_of(mentions))
            edtf = told.edtf if told is not None else first_told
            proposals.append(make(text, start, end, None, edtf, "headline", actors, language))
    return proposals[-2:]  # the headline and its sub-headline, nearest the body


CAPTION_END = re.compile(r"[\s.,،]*(?:\([^()\n]{1,40}\))?[\s.\]]*")  # the day, then perhaps the agency's credit
# An image's caption as a crawler keeps it: "[Photo] …", "[صورة] …", "[תמונה] …".
CAPTION_MARK = re.compile(r"^\[\s*(?:Photo|Image|Picture|صورة|الصورة|תמונה|צילום)\s*[\]:]", re.IGNORECASE)


def is_caption(sentence: Sentence, dates: list[DateMention], mentions: list[ActorMention]) -> bool:
    """A photo caption: a short line of its own that names who is pictured and ends with the day it was taken
    ("הנשיא הרצוג ואלייב בבאקו, 30 במאי 2023"), unlike a byline or a stamp, which names no actor; or a line the
    page marks as an image's caption ("[صورة] …"), whoever it pictures."""
    text = sentence.text.rstrip()
    return (
        "\n" not in text
        and len(text.split()) <= 2 * HEADING_MAX_WORDS
        and len(dates) == 1
        and len(dates[0].edtf) == 10
        and CAPTION_END.fullmatch(sentence.text, dates[0].end - sentence.start) is not None
        and not FURNITURE.search(text)
        and not STAMP_WORDS.match(text)
        and (bool(actors_in((sentence.start, sentence.end), mentions)) or CAPTION_MARK.match(text) is not None)
    )


# A copyright line's year is the page's, not an event's: "(c) 2017 …", "© 2023", "כל הזכויות שמורות".
COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|\bcopyright\b|all\s+rights\s+reserved|כל\s+הזכויות\s+שמורות|جميع\s+الحقوق\s+محفوظة|حقوق\s+النشر",
    re.IGNORECASE,
)
LABELLED_STAMP_MAX_OTHER_WORDS = 6  # "آخر تحديث: 02 جوان 2023 على الساعة 10:05"
DATELINE_PART_MAX_WORDS = 3
STAMP_LINE_MAX_WORDS = 20  # a stamp line, however cluttered, is short: longer lines are not read twice
PLACE_COMMA = re.compile(r"^[^\W\d]\w*(?:[\s-]\w+)?\s*[,،]\s")


def is_stamp_line(sentence: Sentence, dates: list[DateMention], mentions: list[ActorMention], language: str) -> bool:
    """A line that stamps the page rather than tells an event: every day in it is a stamp — labelled as the
    page's publication or update ("نشر في 30 مارس، 2023", "01 جوان 2023 — آخر تحديث: 02 جوان 2023"), or alone
    in its segment on a line that names no actor (a dateline's "بيروت - "المشرق نيوز" - 21 أيار/مايو 2024") —
    or a copyright line. A caption names who is pictured, so it stays a claim."""
    text = sentence.text.strip()
    if "\n" in text or TABLE_ROW.match(text) or len(text.split()) > STAMP_LINE_MAX_WORDS:
        return False  # a table's row is a claim whose first cell is its date; a long line is prose
    if COPYRIGHT.search(text) or is_breadcrumb(text):
        return True
    days = [d for d in dates if d.kind in DAY_KINDS]
    if not days:
        return False
    stamps = {s.at: s for s in line_stamps(sentence.text, sentence.start, language, within_body=False)}
    found = [stamps.get(d.start) for d in days]
    if any(s is None or s.label == "other" for s in found):
        return False

    def stamped(date: DateMention, stamp: Stamp) -> bool:
        local = replace(date, start=date.start - sentence.start, end=date.end - sentence.start)
        segment = segment_of(sentence.text, local)
        if stamp.label:
            return other_words(segment, local) <= LABELLED_STAMP_MAX_OTHER_WORDS
        # Alone in its part of the line, or after a place and a comma ("Baku, Saturday, June 13, 2015").
        return segment != sentence.text or PLACE_COMMA.match(sentence.text) is not None

    if not all(s is not None and stamped(d, s) for d, s in zip(days, found, strict=True)):
        return False
    if any(s is not None and s.label for s in found) or not SEGMENT_BREAK.search(sentence.text):
        return True  # labelled, or a place and its day: "Baku, Saturday, June 13, 2015"
    # A dateline's place and outlet ("بيروت - "المشرق نيوز" - 21 أيار/مايو 2024") are a few words each; a
    # caption says who is pictured ("Herzog and Aliyev at the palace in Baku — 30 May 2023").
    parts = SEGMENT_BREAK.split(sentence.text)
    return all(len(part.split()) <= DATELINE_PART_MAX_WORDS for part in parts) or not actors_in(
        (sentence.start, sentence.end), mentions
    )


# A breadcrumb: where the page sits in the site ("Home » Reports » On this day", "ראשי > חדשות > היום").
BREADCRUMB_STEP = re.compile(r"\s*[»›>/]\s*")
BREADCRUMB_STEP_MAX_WORDS = 4


# A byline: "By Dana Whitfield", "מאת דנה כהן", "بقلم: …", "كتب: …".
BYLINE = re.compile(r"^(?:(?:By|Written by|מאת|بقلم)\s*:?\s|(?:כתב(?:ה|ת)?|كتب(?:ت)?)\s*:)", re.IGNORECASE)


def is_page_furniture(line: str) -> bool:
    """A line of the page around the article, not of the article: a menu, breadcrumb, credit, stamp, byline,
    or a line of a source and a place between dashes."""
    return bool(
        FURNITURE.search(line) or SOURCE_LINE.match(line) or STAMP_WORDS.match(line) or BYLINE.match(line)
    ) or is_breadcrumb(line)


def is_breadcrumb(line: str) -> bool:
    """Three steps or more between the arrows of a site's path, each a few words: furniture, whatever dates
    its words seem to hold ("today" in a section's name)."""
    if not re.search(r"[»›>]", line):
        return False
    steps = [step for step in BREADCRUMB_STEP.split(line) if step.strip()]
    return len(steps) >= 3 and all(len(step.split()) <= BREADCRUMB_STEP_MAX_WORDS for step in steps)


def names_of(mentions: list[ActorMention]) -> list[str]:
    return sorted({mention.text for mention in mentions})


def line_spans(text: str) -> list[tuple[int, str]]:
    spans, offset = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            spans.append((offset + line.index(stripped[0]), stripped))
        offset += len(line) + 1
    return spans


# A sentence that goes on about the event the one before it dated: it opens with who was just named ("The two
# sides", "He", "השניים", "الجانبان") or where things stood ("During the visit", "במהלך הביקור", "وخلال الزيارة").
# The occasion a dated sentence told, named again by a definite noun ("at the meeting", "בפגישה", "وفي اللقاء")
OCCASION_EN = r"visit|talks|meeting|ceremony|trip|summit|signing|press\s+conference|news\s+conference|call|event"
OCCASION_HE = r"ביקור|שיחות|שיחה|פגישה|טקס|פסגה|חתימה|מסיבת\s+העיתונאים|אירוע"
OCCASION_AR = r"الزيارة|المحادثات|اللقاء|الاجتماع|المراسم|الحفل|القمة|التوقيع|المؤتمر\s+الصحفي|الاتصال|المكالمة"
# The two parties named again by what they are ("the two", "שני הצדדים", "الجانبان"): the subject, or in Hebrew
# and Arabic a verb (and an adverb or conjunction) before it, as those languages open a sentence.
BOTH_EN = r"(?:The\s+two|Both)\b"
BOTH_HE = r"(?:השניים|שני\s+ה(?:צדדים|מנהיגים|שרים|נשיאים)|שתי\s+ה(?:מדינות|ממשלות))(?![\u05d0-\u05ea])"
BOTH_AR = r"ال(?:جانبان|طرفان|زعيمان|بلدان|وزيران|رئيسان|دولتان|حكومتان)(?![\u0621-\u064a])"
CONTINUATION_START = re.compile(
    rf"^(?:{BOTH_EN}|(?:He|She|They)\s|(?:During|At|In|After|Following)\s+the\s+(?:{OCCASION_EN})\b|"
    rf"ו?(?:[\u05d0-\u05ea]+\s+){{0,2}}{BOTH_HE}|ו?(?:הוא|היא|הם)\s|"
    rf"ו?(?:(?:במהלך|בעת|לאחר|אחרי|בתום)\s+ה|ב)(?:{OCCASION_HE})(?![\u05d0-\u05ea])|"
    rf"(?:و|ف)?(?:[\u0621-\u064a]+\s+){{0,2}}{BOTH_AR}|"
    rf"(?:و|ف)?(?:خلال|أثناء|في|عقب|بعد)\s+(?:{OCCASION_AR})(?![\u0621-\u064a]))",
    re.IGNORECASE,
)
CONTINUED_SENTENCES = 2  # at most, after the dated one
# Words that put a sentence in the present ("currently", "כיום", "حاليا"), or an Arabic sentence opening on a
# verb in the imperfect ("ويتهم", "ويواصل"): what holds now, as of publication, not the dated event before it.
PRESENT_STATE = re.compile(
    fold_pattern(
        r"(?<![\w])(?:currently|nowadays|at\s+present|to\s+this\s+day|still|"
        r"כיום|כעת|עדיין|נכון\s+להיום|עד\s+היום|"
        r"[وف]?(?:حاليا|حاليًا|الآن|لا\s+يزال|لا\s+تزال|ما\s+زال|ما\s+زالت|حتى\s+اليوم|في\s+الوقت\s+الحالي))(?![\w])"
        r"|^و?ي(?=[\u0621-\u064a]{2,}\s)"
    ),
    re.IGNORECASE,
)


def continued_end(
    sentences: list[Sentence],
    index: int,
    dates: list[DateMention],
    mentions: list[ActorMention],
    unknown: Sequence[tuple[int, int, str]] = (),
) -> int:
    """A dated sentence often goes on in the next ones ("... in the 2020 war. Azerbaijan used Israeli drones"):
    an undated next sentence of the same paragraph that names an actor or a titled person, or opens as a
    continuation does (CONTINUATION_START), belongs to the same statement; up to CONTINUED_SENTENCES of them."""
    sentence = sentences[index]
    end = sentence.end
    for following in sentences[index + 1 : index + 1 + CONTINUED_SENTENCES]:
        if following.paragraph != sentence.paragraph:
            break
        if any(following.start <= d.start < following.end for d in dates):
            break
        names_someone = actors_in((following.start, following.end), mentions) or any(
            following.start <= start and stop <= following.end for start, stop, _ in unknown
        )
        opens_as_continuation = bool(CONTINUATION_START.match(following.text))
        if not names_someone and not opens_as_continuation:
            break
        if PRESENT_STATE.search(fold_word(following.text)):
            break  # what holds now is a claim of its own, as of publication (lead_claim, speech_claims)
        if is_report(following) and not opens_as_continuation:
            break  # someone's words reported: a claim of its own, as of publication (speech_claims)
        end = following.end
    return end


# Reported speech: who said, announced, stressed or added what. The words are folded (normalise) first.
SPEECH = re.compile(
    fold_pattern(
        r"(?<![\w])(?:said|says|told|stated|added|announced|noted|stressed|declared|confirmed|warned|explained|"
        r"ו?(?:אמר|אמרה|אמרו|ציין|ציינה|ציינו|הודיע|הודיעה|הודיעו|הוסיף|הוסיפה|מסר|מסרה|מסרו|הדגיש|הדגישה|"
        r"טען|טענה|הבהיר|הבהירה|סיפר|סיפרה|לדבריו|לדבריה|לדברי)|"
        r"[وف]?(?:قال|قالت|أكد|أكدت|أعلن|أعلنت|أضاف|أضافت|صرح|صرحت|أفاد|أفادت|أوضح|أوضحت|ذكر|ذكرت|أشار|أشارت|"
        r"بحسب|وفق))(?![\w])",
    ),
    re.IGNORECASE,
)


# "The first visit since …": what came before is an event of its own, dated by its words.
FIRST_SINCE = re.compile(
    fold_pattern(r"(?<!\w)(?:first(?:-ever)?|[וש]?ה?ראשו(?:ן|נה|נים|נות)|ו?לראשונה|[وف]?(?:ال|ل)?[أا]ول[ىي]?)(?!\w)"),
    re.IGNORECASE,
)
# "… since the attack on the embassy on 27 January 2023, which killed …": the event is told in a clause of its own.
EVENT_TOLD = re.compile(r"\s*[,،]\s*(?:و?(?:الذي|التي|الذين)|which|who|ש(?=[\u05d0-\u05ea]))")
# "… since 27 September, when the fighting began", "מאז אפריל, אז פרצו הקרבות", "منذ أبريل، حين اندلعت المعارك"
WHEN_TOLD = re.compile(
    r"\s*[,،]\s*(?:(?:when|ו?(?:אז|כאשר)|و?(?:حين|حينما|عندما|لما))\s|ו?כש(?=[\u05d0-\u05ea]{2}))",
    re.IGNORECASE,
)
SINCE_EVENT_MIN_WORDS = 3  # "since" and two words of the event before its date: "since Peres's visit in 2009"


def first_since_point(text: str, sentence: Sentence, date: DateMention) -> str | None:
    """ "The first visit since 1997", "לראשונה מאז 2016", "أول زيارة لوزير دفاع إسرائيلي منذ ثماني سنوات", "the
    first visit in eight years": not a state that has held since then but the time before, which the words count
    back to — "since 1997" is 1997 and "eight years" is eight years ago (the span's own words' value,
    `DateMention.plain`), or None when no "first" stands before the date in its clause."""
    if "/" not in date.edtf or "/" in date.plain or not date.plain or date.anchor.startswith("period:"):
        return None
    if date.kind == "count-back" or (date.kind != "since" and date.plain == date.edtf):
        return None  # "the first mission after 30 years of relations" counts the relations' years, not a gap
    before = clause_before(text, sentence, date)
    return date.plain if FIRST_SINCE.search(fold_word(before)) else None


def since_event_claims(
    text: str, sentences: list[Sentence], dates: list[DateMention], mentions: list[ActorMention], language: str
) -> list[Proposal]:
    """ "The first visit since Peres came in 2009", "أول زيارة ... منذ زيارة شمعون بيريز في جوان 2009", "since the
    attack on the embassy on 27 January 2023, which killed its head of security": the event named after "since"
    happened at the date given with it, a claim of its own (with the clause that tells it) beside what has held
    since."""
    proposals = []
    for date in dates:
        if date.kind != "since" or date.anchor.startswith("period:") or "/" not in date.edtf:
            continue
        start = date.edtf.split("/", 1)[0].rstrip("~")
        sentence = next((s for s in sentences if s.start <= date.start < s.end), None)
        if not valid(start) or start in ("", "..") or sentence is None:
            continue
        # "since April, when four days of fighting broke out": the event is told after the date
        told = WHEN_TOLD.match(text, date.end)
        if told is None:
            words = date.text.split()
            if len(words) < SINCE_EVENT_MIN_WORDS + 1 or not re.search(r"\d", " ".join([*words[1:-1], words[-1]])):
                continue  # "since the war began": no date of its own
            first = FIRST_SINCE.search(fold_word(text[sentence.start : date.start]))
            told = EVENT_TOLD.match(text, date.end)
            if not first and not told:
                continue
        end = date.end
        if told:  # the event and the clause that tells it ("…, which killed its head of security")
            end = next((m.start() for m in CLAUSE_BREAK.finditer(text, told.end(), sentence.end)), sentence.end)
            end = date.end + len(text[date.end : end].rstrip(" .,،;؛!"))
        actors = actors_in((date.start, end), mentions) or actors_in((sentence.start, sentence.end), mentions)
        if actors:
            proposals.append(make(text, date.start, end, date, start, "event", actors, language))
    return proposals


def is_report(sentence: Sentence) -> bool:
    return bool(SPEECH.search(fold_word(sentence.text)))


def speech_claims(
    text: str,
    sentences: list[Sentence],
    dates: list[DateMention],
    mentions: list[ActorMention],
    unknown: Sequence[tuple[int, int, str]],
    taken: list[Proposal],
    anchor: Anchor,
    language: str,
) -> list[Proposal]:
    """What someone was reported to say, with no date words of its own and not going on about a dated event,
    is a claim as of publication (the evaluation conventions: speech is dated to publication) — unless it tells
    what is planned right after the sentence that dated the plan: then it takes the planned date ("… is being
    prepared for May 30-31. One source said Herzog would hold talks with Aliyev", "… יגיע לבאקו ב-30 במאי.
    לדברי גורם מדיני, הנשיא ייפגש עם עלייב", "… يصل إلى باكو في 30 مايو. وقال مصدر إن الرئيس سيلتقي علييف")."""
    proposals = []
    for previous, sentence in zip([None, *sentences], sentences, strict=False):
        if any(sentence.start <= d.start < sentence.end for d in dates) or not is_report(sentence):
            continue
        text_ = sentence.text
        if text_.endswith(("?", "؟")) or NEGATION_START.match(text_) or OPINION_START.match(text_):
            continue
        if CONTINUATION_START.match(text_) or FURNITURE.search(text_) or len(text_.split()) < HEADLINE_MIN_WORDS:
            continue
        if any(p.start < sentence.end and sentence.start < p.end for p in taken):
            continue
        actors = actors_in((sentence.start, sentence.end), mentions)
        named = any(sentence.start <= start and stop <= sentence.end for start, stop, _ in unknown)
        if actors or named:
            plan = planned_before(sentence, previous, dates, anchor, language)
            edtf = plan.edtf if plan is not None else anchor.edtf
            proposals.append(make(text, sentence.start, sentence.end, plan, edtf, "speech", actors, language))
    return proposals


def planned_before(
    sentence: Sentence, previous: Sentence | None, dates: list[DateMention], anchor: Anchor, language: str
) -> DateMention | None:
    """The planned date a sentence that speaks of the future goes on about: the last date of the sentence just
    before it, when that date is planned soon (planned_soon) in its own sentence."""
    if previous is None or not grammar(language).speaks_of_the_future(sentence.text):
        return None
    told = [d for d in dates if previous.start <= d.start < previous.end]
    if not told:
        return None
    return told[-1] if planned_soon(told[-1], previous.text, anchor, language) else None


def present_state_claims(
    text: str,
    sentences: list[Sentence],
    dates: list[DateMention],
    mentions: list[ActorMention],
    taken: list[Proposal],
    anchor: Anchor,
    language: str,
) -> list[Proposal]:
    """What a sentence says holds now, with no date words of its own ("Azerbaijan is still Israel's largest
    supplier", "אזרבייג'ן היא עדיין הספקית הגדולה של ישראל", "لا تزال أذربيجان أكبر مورد لإسرائيل"): a checkable
    present-tense report, a claim as of publication (the evaluation conventions), on any page. A word of the
    present says so (PRESENT_STATE; an Arabic sentence opening on an imperfect verb is not enough here: it also
    tells what is planned or usual); a question, an opinion, a negation or page furniture is not one, a sentence
    quoted already goes on about its dated event, and it names two parties (one alone is background: "Resolution
    2231 still governs the restrictions on Iran's programme")."""
    proposals = []
    starts = sorted(d.start for d in dates)
    for sentence in sentences:
        text_ = sentence.text
        first_after = bisect.bisect_left(starts, sentence.start)
        if first_after < len(starts) and starts[first_after] < sentence.end:
            continue  # a date of its own
        if not PRESENT_WORD.search(fold_word(text_)) or len(text_.split()) < HEADLINE_MIN_WORDS:
            continue
        if text_.endswith(("?", "؟")) or NEGATION_START.match(text_) or OPINION_START.match(text_):
            continue
        if FURNITURE.search(text_) or any(p.start < sentence.end and sentence.start < p.end for p in taken):
            continue
        actors = actors_in((sentence.start, sentence.end), mentions)
        if len(actors) >= 2:  # what holds between two parties, as a lead's report names them
            proposals.append(make(text, sentence.start, sentence.end, None, anchor.edtf, "present", actors, language))
    return proposals


# The words of PRESENT_STATE, without the Arabic imperfect that opens a sentence
PRESENT_WORD = re.compile(PRESENT_STATE.pattern.split("|^")[0], re.IGNORECASE)


def lead_claim(
    text: str,
    sentences: list[Sentence],
    dates: list[DateMention],
    mentions: list[ActorMention],
    anchor: Anchor,
    language: str,
    taken: Sequence[Proposal] = (),
) -> Proposal | None:
    """A news item's lead states what happened as of publication, with no date words: the first undated
    sentence of the body that names two actors (and the next sentence, when it goes on about them), unless it
    goes on about a dated event already quoted (continued_end: "... eight years ago, Netanyahu landed in
    Baku. He met Aliyev" is that day's, not publication's). When a
    sentence after it tells the same event with its day ("has recalled its ambassador" … "announced the recall
    on Thursday"), that day dates it (stories.story_date)."""

    def undated(sentence: Sentence) -> bool:
        """No date of its own in its main clause (an ongoing count in a background clause dates that clause)."""
        return not any(
            sentence.start <= d.start < sentence.end and background_start(text, sentence, d) is None for d in dates
        )

    def continues_dated(sentence: Sentence) -> bool:
        return any(p.start < sentence.start and sentence.end <= p.end for p in taken)

    paragraphs: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    for members in list(paragraphs.values())[:8]:
        body = " ".join(s.text for s in members)
        if len(body.split()) < LEAD_MIN_WORDS or "|" in body:
            continue
        for index, sentence in enumerate(members):
            actors = actors_in((sentence.start, sentence.end), mentions)
            if continues_dated(sentence):
                continue
            if undated(sentence) and len(actors) >= 2 and not NEGATION_START.match(sentence.text):
                end = sentence.end
                following = members[index + 1] if index + 1 < len(members) else None
                if following and undated(following) and actors_in((following.start, following.end), mentions):
                    end = following.end
                    actors = actors_in((sentence.start, end), mentions)
                after = [s for s in sentences if s.start >= end]
                told = story_date(sentence.text, after, dates, anchor, language, names_of(mentions))
                if told is not None and len(told.edtf) == 10 and told.edtf <= anchor.day.isoformat():
                    return make(text, sentence.start, end, told, told.edtf, told.kind, actors, language)
                return make(text, sentence.start, end, None, anchor.edtf, "publication", actors, language)
    return None
