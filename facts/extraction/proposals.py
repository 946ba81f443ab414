"""Claim proposals: every sentence that states something dated about at least one actor, with its exact
quote and offsets, its date, the actors it names and a draft English summary. Pure: text in, proposals out."""

from __future__ import annotations

from dataclasses import dataclass, field

from core.edtf import edtf_display
from facts.extraction.actors import ActorMention, Gazetteer
from facts.extraction.dates import Anchor, DateMention, find_dates
from facts.extraction.sentences import Sentence, split_sentences

SINCE_WORDS = ("מאז", "ומאז", "منذ", "ومنذ", "since", "Since")
LEAD_MIN_WORDS = 12


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


def actors_in(span: tuple[int, int], mentions: list[ActorMention]) -> list[str]:
    return list(dict.fromkeys(m.actor for m in mentions if span[0] <= m.start and m.end <= span[1]))


def draft_summary(actors: list[str], date: str, quote_language: str) -> str:
    who = ", ".join(actors[:4]) if actors else "Unnamed actors"
    source = {"he": "Hebrew", "ar": "Arabic", "en": "English"}.get(quote_language, quote_language)
    return f"{who}: dated {edtf_display(date)} (draft from a {source} source; a curator writes the summary)."


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
    )


def propose_claims(
    text: str, *, language: str, published: str | None, gazetteer: Gazetteer, lead: bool = True
) -> list[Proposal]:
    anchor = Anchor.from_edtf(published)
    sentences = split_sentences(text)
    dates = find_dates(text, language=language, published=published)
    mentions = gazetteer.find(text, language=language)
    proposals: list[Proposal] = []
    for index, sentence in enumerate(sentences):
        span = (sentence.start, sentence.end)
        in_sentence = [d for d in dates if sentence.start <= d.start and d.end <= sentence.end]
        actors = actors_in(span, mentions)
        if not in_sentence or not actors:
            continue
        first_word = sentence.text.split(maxsplit=1)[0] if sentence.text.split() else ""
        for date in in_sentence:
            since_event = (
                first_word in SINCE_WORDS
                and date is in_sentence[0]
                and date.kind in ("range", "absolute")
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
                proposals.append(
                    make(
                        text,
                        sentence.start,
                        sentence.end,
                        date,
                        f"{last_year}/{anchor.edtf}",
                        "since",
                        actors,
                        language,
                    )
                )
                continue
            end = continued_end(sentences, index, dates, mentions)
            quote_actors = actors_in((sentence.start, end), mentions)
            proposals.append(make(text, sentence.start, end, date, date.edtf, date.kind, quote_actors, language))
    if lead and anchor is not None:
        lead_proposal = lead_claim(text, sentences, dates, mentions, anchor, language)
        if lead_proposal:
            proposals.append(lead_proposal)
    unique = {(p.start, p.end, p.date): p for p in proposals}
    return sorted(unique.values(), key=lambda p: (p.start, p.end))


def continued_end(sentences: list[Sentence], index: int, dates: list[DateMention], mentions: list[ActorMention]) -> int:
    """A dated sentence often goes on in the next one ("... in the 2020 war. Azerbaijan used Israeli drones"):
    an undated next sentence of the same paragraph that names an actor belongs to the same statement."""
    sentence = sentences[index]
    following = sentences[index + 1] if index + 1 < len(sentences) else None
    if following is None or following.paragraph != sentence.paragraph:
        return sentence.end
    if any(following.start <= d.start < following.end for d in dates):
        return sentence.end
    if not actors_in((following.start, following.end), mentions):
        return sentence.end
    return following.end


def lead_claim(
    text: str,
    sentences: list[Sentence],
    dates: list[DateMention],
    mentions: list[ActorMention],
    anchor: Anchor,
    language: str,
) -> Proposal | None:
    """A news item's lead states what happened as of publication, with no date words: the first undated
    sentence of the body that names two actors (and the next sentence, when it goes on about them)."""

    def undated(sentence: Sentence) -> bool:
        return not any(sentence.start <= d.start < sentence.end for d in dates)

    paragraphs: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    for members in list(paragraphs.values())[:8]:
        body = " ".join(s.text for s in members)
        if len(body.split()) < LEAD_MIN_WORDS or "|" in body:
            continue
        for index, sentence in enumerate(members):
            actors = actors_in((sentence.start, sentence.end), mentions)
            if undated(sentence) and len(actors) >= 2:
                end = sentence.end
                following = members[index + 1] if index + 1 < len(members) else None
                if following and undated(following) and actors_in((following.start, following.end), mentions):
                    end = following.end
                    actors = actors_in((sentence.start, end), mentions)
                return make(text, sentence.start, end, None, anchor.edtf, "publication", actors, language)
    return None
