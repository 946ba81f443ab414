"""Writes to the corpus. Each document is saved in its own transaction: a refused file writes
nothing and does not stop the others. What an article's change means for the claims citing it is decided
above this app (intake), which is told whether the text changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction

from core.locks import lock_until_commit
from corpus.ingestion.manifest import ManifestEntry, SourceEntry, load_manifest
from corpus.ingestion.normalise import normalise_text
from corpus.ingestion.reader import DocumentRejected, ReceivedDocument, read_document
from corpus.ingestion.repair import RepairReport, repair_text
from corpus.models import Article, Source, text_hash


class IngestStatus(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REFUSED = "refused"


@dataclass(frozen=True)
class IngestResult:
    path: str
    status: IngestStatus
    article: Article | None = None
    reason: str = ""
    text_changed: bool = False  # an existing article's text changed: its citations must be found again


def source_get_or_create(*, given: SourceEntry) -> Source:
    """The entry's source, created or brought up to date; validated like the admin's form (a homepage must be
    an http(s) URL), so that a manifest cannot store what a curator could not."""
    lock_until_commit(f"source:{given.name}")  # a new outlet named by two submissions at once: created once
    source = Source.objects.filter(name=given.name).first()
    if source is None:
        source = Source(name=given.name, kind=given.kind, name_native=given.name_native, homepage=given.homepage)
        source.full_clean()
        source.save()
        return source
    changed = False
    for field in ("kind", "name_native", "homepage"):
        value = getattr(given, field)
        if value and getattr(source, field) != value:
            setattr(source, field, value)
            changed = True
    if changed:
        source.full_clean()
        source.save()
    return source


def refusal_reason(error: ValidationError) -> str:
    """A model validation error as one line naming each field: "url: Enter a valid URL."."""
    if hasattr(error, "error_dict"):
        return "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items())
    return " ".join(error.messages)


def article_ingest(
    *, path: Path, entry: ManifestEntry, on_text_changed: Callable[[Article], None] | None = None
) -> IngestResult:
    """Create or update the article for one file. Idempotent: the same file and entry change nothing.
    `on_text_changed(article)` runs in the same transaction when an existing article's text changed."""
    try:
        document = read_document(path)
    except DocumentRejected as error:
        return IngestResult(path=str(path), status=IngestStatus.REFUSED, reason=error.reason)

    text, repairs = repair_text(normalise_text(document.raw_text), language=entry.language)
    try:
        return article_save(
            path=path, entry=entry, document=document, text=text, repairs=repairs, on_text_changed=on_text_changed
        )
    except ValidationError as error:  # the entry's values (a javascript: URL, a bad homepage): this file only
        return IngestResult(path=str(path), status=IngestStatus.REFUSED, reason=refusal_reason(error))


@transaction.atomic
def article_save(
    *,
    path: Path,
    entry: ManifestEntry,
    document: ReceivedDocument,
    text: str,
    repairs: RepairReport,
    on_text_changed: Callable[[Article], None] | None,
) -> IngestResult:
    """The article for one read and repaired file, in one transaction: a refusal writes nothing."""
    source = source_get_or_create(given=entry.source)
    translation_of = (
        Article.objects.filter(key=Path(entry.translation_of).stem).first() if entry.translation_of else None
    )
    wanted = {
        "source": source,
        "title": entry.title,
        "language": entry.language,
        "url": entry.url,
        "authors": list(entry.authors),
        "published": entry.published or repairs.stamp_date or "",
        "translation_of": translation_of,
        "notes": entry.notes,
        "raw_text": document.raw_text,
        "text": text,
        "content_hash": document.content_hash,
    }
    article = Article.objects.filter(key=entry.key).select_for_update().first()
    if article is None:
        article = Article(key=entry.key, **wanted)
        article.full_clean()
        article.save()
        return IngestResult(path=str(path), status=IngestStatus.CREATED, article=article)

    changed = [name for name, value in wanted.items() if getattr(article, name) != value]
    if not changed:
        return IngestResult(path=str(path), status=IngestStatus.UNCHANGED, article=article)
    text_changed = article.text != wanted["text"]
    for name in changed:
        setattr(article, name, wanted[name])
    article.full_clean()
    article.save()
    if text_changed and on_text_changed is not None:
        on_text_changed(article)
    return IngestResult(path=str(path), status=IngestStatus.UPDATED, article=article, text_changed=text_changed)


def corpus_ingest(
    *,
    paths: list[Path],
    on_result: Callable[[IngestResult], None] | None = None,
    on_text_changed: Callable[[Article], None] | None = None,
) -> list[IngestResult]:
    """Ingest files or folders described by their folder's manifest.json; originals before translations.
    `on_text_changed` runs, inside the article's transaction, for each article whose text changed."""
    jobs: list[tuple[Path, ManifestEntry]] = []
    results: list[IngestResult] = []
    for path in paths:
        folder = path if path.is_dir() else path.parent
        entries = load_manifest(folder)
        if path.is_dir():
            jobs += [(folder / entry.file, entry) for entry in entries]
            continue
        entry = next((e for e in entries if e.file == path.name), None)
        if entry is None:
            result = IngestResult(path=str(path), status=IngestStatus.REFUSED, reason="not listed in manifest.json")
            results.append(result)
            if on_result:
                on_result(result)
            continue
        jobs.append((path, entry))
    # Originals first, so a translation can link to its original in the same run.
    jobs.sort(key=lambda job: job[1].translation_of is not None)
    for path, entry in jobs:
        result = article_ingest(path=path, entry=entry, on_text_changed=on_text_changed)
        results.append(result)
        if on_result:
            on_result(result)
    return results


MAX_TEXT_CHARACTERS = 5_000_000  # about 5 MB of prose: more is not an article (and repair's time grows with it)


@dataclass(frozen=True)
class ArticleInput:
    """An article brought in by hand (the admin, the API, one file): its text as received and its metadata."""

    raw_text: str
    title: str
    language: str
    source: SourceEntry  # the manifest's shape: name, kind, name_native, homepage
    url: str = ""
    authors: tuple[str, ...] = ()
    published: str = ""
    translation_of: Article | None = None
    notes: str = ""
    content_hash: str = ""  # of the received bytes (a file); of the text when empty


@dataclass(frozen=True)
class ArticleSaved:
    article: Article
    created: bool  # False: a duplicate (same URL, or the same text), pointing at the existing article
    duplicate_by: str = ""  # "url" or "text"


def article_key(title: str, language: str, text: str) -> str:
    from django.utils.text import slugify

    return f"{slugify(title)[:60].strip('-') or language}-{text_hash(text)[:10]}"


@transaction.atomic
def article_duplicate_of(*, url: str, text: str) -> tuple[Article | None, str]:
    """The stored article with this URL, or else with this text (as stored: repaired), and which matched."""
    if url:
        existing = Article.objects.filter(url=url).first()
        if existing is not None:
            return existing, "url"
    existing = Article.objects.filter(text_hash=text_hash(text)).first()
    return (existing, "text") if existing is not None else (None, "")


def article_text_as_stored(*, raw_text: str, language: str) -> tuple[str, str]:
    """The text an article would be stored with (normalised and repaired), and the publication date its
    repair found stamped in it ("" if none)."""
    text, repairs = repair_text(normalise_text(raw_text), language=language)
    return text, repairs.stamp_date or ""


@transaction.atomic
def article_save_input(*, given: ArticleInput) -> ArticleSaved:
    """Store one article from its text, repaired as files are; a duplicate (the same URL, or the same text
    whatever its white space) writes nothing and points at the existing article. Refusals (too long, empty,
    invalid metadata) are ValidationErrors naming the field; nothing is half-written. Submissions of the same
    text or URL at once take turns (core.locks) until the transaction ends: one article, the others told it
    is already stored."""
    import hashlib

    if len(given.raw_text) > MAX_TEXT_CHARACTERS:
        raise ValidationError(
            {"text": f"The text is {len(given.raw_text):,} characters long; at most {MAX_TEXT_CHARACTERS:,}."}
        )
    if not given.raw_text.strip():
        raise ValidationError({"text": "The text is empty."})
    text, repairs = repair_text(normalise_text(given.raw_text), language=given.language)
    lock_until_commit(f"article-text:{text_hash(text)}", f"article-url:{given.url}" if given.url else "")
    existing, duplicate_by = article_duplicate_of(url=given.url, text=text)
    if existing is not None:
        return ArticleSaved(article=existing, created=False, duplicate_by=duplicate_by)
    source = source_get_or_create(given=given.source)
    article = Article(
        key=article_key(given.title, given.language, text),
        source=source,
        title=given.title,
        language=given.language,
        url=given.url,
        authors=list(given.authors),
        published=given.published or repairs.stamp_date or "",
        translation_of=given.translation_of,
        notes=given.notes,
        raw_text=given.raw_text,
        text=text,
        content_hash=given.content_hash or hashlib.sha256(given.raw_text.encode()).hexdigest(),
    )
    article.full_clean()
    article.save()
    return ArticleSaved(article=article, created=True)
