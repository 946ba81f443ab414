"""Bringing articles in: store them (corpus), find the words of the claims citing them again when their
text changed, and propose claims from them (facts). This app sits above both, so neither imports the other
upward."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from celery import current_app
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import InterfaceError, OperationalError, connections, transaction
from django.db.models import F
from django.utils import timezone

from core.locks import lock_until_commit
from corpus.ingestion.manifest import SourceEntry
from corpus.ingestion.normalise import normalise_text
from corpus.models import Article, Source
from corpus.services import (
    MAX_TEXT_CHARACTERS,
    ArticleInput,
    IngestResult,
    IngestStatus,
    article_duplicate_of,
    article_save_input,
    article_text_as_stored,
    corpus_ingest,
)
from facts.extraction.publication import published_from_text
from facts.selectors import extraction_gazetteer, extraction_periods
from facts.services.citations import citations_reanchor
from facts.services.extraction import ExtractionReport, article_extract
from facts.services.sentences import SentenceIndex, readings_up_to_date, sentence_index
from intake.models import HeldUpload, Job
from intake.reading import (
    IntakeRefused,
    Received,
    byline_of,
    detect_language,
    fetch,
    file_check,
    headline_of,
    read_file,
    read_text,
)

logger = logging.getLogger(__name__)
RUN_JOB_TASK = "intake.tasks.run_job"


@dataclass(frozen=True)
class IntakeResult:
    """One file's ingestion, with what it meant for the claims citing its article."""

    ingested: IngestResult
    orphaned_citations: int = 0  # citations whose words the new text no longer has (flagged, never dropped)

    @property
    def path(self) -> str:
        return self.ingested.path

    @property
    def status(self) -> IngestStatus:
        return self.ingested.status

    @property
    def article(self) -> Article | None:
        return self.ingested.article

    @property
    def reason(self) -> str:
        return self.ingested.reason


def articles_ingest(
    *, paths: list[Path], on_result: Callable[[IntakeResult], None] | None = None
) -> list[IntakeResult]:
    """Ingest files or folders with a manifest (corpus.services.corpus_ingest); when an article's text
    changed, its citations are re-anchored in the same transaction."""
    orphaned: dict[int, int] = {}
    results: list[IntakeResult] = []

    def reanchor(article: Article) -> None:
        orphaned[article.pk] = citations_reanchor(article=article)

    def collect(ingested: IngestResult) -> None:
        result = IntakeResult(ingested, orphaned.get(ingested.article.pk, 0) if ingested.article else 0)
        results.append(result)
        if on_result is not None:
            on_result(result)

    corpus_ingest(paths=paths, on_result=collect, on_text_changed=reanchor)
    return results


def articles_extract(
    *,
    articles: Sequence[Article],
    on_report: Callable[[int, Article, ExtractionReport], None] | None = None,
) -> list[ExtractionReport]:
    """Propose claims from each article, with one gazetteer and one sentence index per language for the
    batch (built once the whole batch is stored, so articles of the batch corroborate each other)."""
    gazetteer = extraction_gazetteer()
    indexes: dict[str, SentenceIndex] = {}
    reports = []
    for number, article in enumerate(articles, start=1):
        if article.language not in indexes:
            indexes[article.language] = sentence_index(language=article.language, gazetteer=gazetteer)
        report = article_extract(article=article, gazetteer=gazetteer, index=indexes[article.language])
        reports.append(report)
        if on_report is not None:
            on_report(number, article, report)
    return reports


# --- Bringing in one article by hand (the admin, the API, one file on the command line) -----------------


@dataclass(frozen=True)
class IntakeRequest:
    """What a curator says about an article; empty fields are taken from the content when it says."""

    title: str = ""
    source: str = ""  # the outlet's name: chosen, or created
    language: str = ""
    published: str = ""
    authors: tuple[str, ...] = ()
    url: str = ""
    translation_of: str = ""  # the original's key or id


@dataclass(frozen=True)
class BroughtIn:
    article: Article | None  # None while a web page waits for its job
    job: Job | None  # the job that proposes claims (or fetches the page first); None for a duplicate
    duplicate_by: str = ""  # "url" or "text": nothing was written, `article` is the existing one


def article_bring_in(
    *,
    received: Received,
    given: IntakeRequest,
    by=None,
    queue: bool = True,
    extract: bool = True,
    after_response: bool = False,
) -> BroughtIn:
    """Store an article from what was read (pasted text, a file) and queue the job that proposes its claims.
    A duplicate writes nothing. Refusals are ValidationErrors naming the field (title, source, language,
    text); nothing is half-written."""
    with transaction.atomic():
        saved = article_save_input(given=article_input(received=received, given=given))
        if not saved.created:
            return BroughtIn(article=saved.article, job=None, duplicate_by=saved.duplicate_by)
        if not extract:
            return BroughtIn(article=saved.article, job=None)
        job = Job.objects.create(kind=Job.Kind.EXTRACT, article=saved.article, created_by=by, progress_total=1)
        if queue:
            job_enqueue(job, after_response=after_response)
    return BroughtIn(article=saved.article, job=job)


def bring_in(
    *,
    given: IntakeRequest,
    text: str = "",
    upload: tuple[str, bytes] | None = None,
    by=None,
    read_as: str = "text",
    after_response: bool = False,
) -> BroughtIn:
    """What every surface does with what a curator gave: a web page (given.url, nothing else) is fetched by
    its job, an uploaded file read by its job; a pasted text is stored now (a text with a URL is that page's
    text, as a preview read it: `read_as` says from what). `after_response`: a web request's, whose jobs run
    after it answered when there is no broker. IntakeRefused or ValidationError otherwise."""
    if upload is not None:
        return file_bring_in(given=given, upload=upload, by=by, after_response=after_response)
    if text:
        received = read_text(text, read_as=read_as)
        return article_bring_in(received=received, given=given, by=by, after_response=after_response)
    return url_bring_in(given=given, by=by, after_response=after_response)


def file_bring_in(
    *, given: IntakeRequest, upload: tuple[str, bytes], by=None, queue: bool = True, after_response: bool = False
) -> BroughtIn:
    """An uploaded file: refused at once if it is empty, too large or of a type not read; the same bytes
    stored before are that article; otherwise a job reads it (PDF, Word, HTML: bounded work, not in the web
    request), stores and extracts it."""
    import hashlib

    name, data = upload
    file_check(name, data)
    if not given.source.strip():
        raise ValidationError({"source": "Name the outlet (chosen from the sources, or a new one)."})
    existing = Article.objects.filter(content_hash=hashlib.sha256(data).hexdigest()).first()
    if existing is not None:
        return BroughtIn(article=existing, job=None, duplicate_by="file")
    with transaction.atomic():
        job = Job.objects.create(
            kind=Job.Kind.FILE,
            request={**given.__dict__, "authors": list(given.authors)},
            upload=data,
            upload_name=name[:255],
            created_by=by,
            progress_total=2,
        )
        if queue:
            job_enqueue(job, after_response=after_response)
    return BroughtIn(article=None, job=job)


@dataclass(frozen=True)
class IntakePreview:
    """What a curator sees before saving: their fields, the empty ones filled from what the content says."""

    given: IntakeRequest
    text: str  # as read from the content: what saving stores (then repairs)
    stored_text: str  # as it would be stored, repaired
    read_as: str  # text, html, pdf, docx
    language_detected: bool  # the language was not given nor stated by the content: detected from the text
    duplicate: Article | None  # saving would write nothing: this article has the same URL or text
    duplicate_by: str


def article_preview(*, given: IntakeRequest, text: str = "", upload: tuple[str, bytes] | None = None) -> IntakePreview:
    """Read what a curator gave (a pasted text, a file, or a web page fetched now) and write nothing: what
    would be stored, with which title, language, date and authors, and whether it is already stored.
    IntakeRefused or ValidationError as bring_in."""
    if upload is not None:
        received = read_file(*upload)
    elif text:
        received = read_text(text)
    elif given.url.startswith(("http://", "https://")):
        received = fetch(given.url)
    else:
        raise ValidationError({"url": "An http or https address."})
    if not received.text.strip():
        raise ValidationError({"text": "The text is empty."})
    if len(received.text) > MAX_TEXT_CHARACTERS:
        raise ValidationError(
            {"text": f"The text is {len(received.text):,} characters long; at most {MAX_TEXT_CHARACTERS:,}."}
        )
    language, detected = given.language or received.language, False
    if not language:
        try:
            language, detected = detect_language(received.text), True
        except IntakeRefused:
            language = ""
    stored_text, stamped = article_text_as_stored(raw_text=received.text, language=language or "en")
    filled = IntakeRequest(
        title=given.title or received.title or headline_of(stored_text)[0],
        source=given.source or received.site or outlet_of(given.url or received.url),
        language=language,
        published=given.published or received.published or published_on_the_page(received.text, language) or stamped,
        authors=given.authors or received.authors,
        url=given.url or received.url,
        translation_of=given.translation_of,
    )
    duplicate, duplicate_by = article_duplicate_of(url=filled.url, text=stored_text)
    return IntakePreview(
        given=filled,
        text=received.text,
        stored_text=stored_text,
        read_as=received.kind,
        language_detected=detected,
        duplicate=duplicate,
        duplicate_by=duplicate_by,
    )


def outlet_of(url: str) -> str:
    """An outlet's name from a page's address when the page does not give one: its host, less "www."."""
    host = (urlsplit(url).hostname or "") if url.startswith(("http://", "https://")) else ""
    return host.removeprefix("www.")


def preview_start(
    *, given: IntakeRequest, upload: tuple[str, bytes] | None = None, by=None, after_response: bool = False
) -> Job:
    """A preview of a web page (given.url) or a file, read by a job (nothing stored but the job): the curator
    watches it and then sees what would be stored (preview_of). A pasted text needs no job: article_preview."""
    if upload is not None:
        file_check(*upload)
    elif not given.url.startswith(("http://", "https://")):
        raise ValidationError({"url": "An http or https address."})
    with transaction.atomic():
        job = Job.objects.create(
            kind=Job.Kind.PREVIEW,
            request={**given.__dict__, "authors": list(given.authors)},
            upload=upload[1] if upload else b"",
            upload_name=upload[0][:255] if upload else "",
            created_by=by,
            progress_total=1,
        )
        job_enqueue(job, after_response=after_response)
    return job


def preview_of(job: Job) -> IntakePreview | None:
    """What a finished preview job read (None until it has)."""
    record = job.request.get("preview") if job.status == Job.Status.DONE else None
    if not record:
        return None
    duplicate = Article.objects.filter(pk=record["duplicate"]).first() if record["duplicate"] else None
    return IntakePreview(
        given=IntakeRequest(**{**record["given"], "authors": tuple(record["given"]["authors"])}),
        text=record["text"],
        stored_text=record["stored_text"],
        read_as=record["read_as"],
        language_detected=record["language_detected"],
        duplicate=duplicate,
        duplicate_by=record["duplicate_by"] if duplicate else "",
    )


def preview_record(preview: IntakePreview) -> dict:
    return {
        "given": {**preview.given.__dict__, "authors": list(preview.given.authors)},
        "text": preview.text,
        "stored_text": preview.stored_text,
        "read_as": preview.read_as,
        "language_detected": preview.language_detected,
        "duplicate": preview.duplicate.pk if preview.duplicate else None,
        "duplicate_by": preview.duplicate_by,
    }


def url_bring_in(*, given: IntakeRequest, by=None, queue: bool = True, after_response: bool = False) -> BroughtIn:
    """A web page: a page already stored (same URL) is the answer, and so is the job already fetching it (the
    same URL submitted twice at once: one fetch); otherwise a job fetches, stores and extracts it."""
    if not given.url.startswith(("http://", "https://")):
        raise ValidationError({"url": "An http or https address."})
    if not given.source:
        raise ValidationError({"source": "Name the outlet (chosen from the sources, or a new one)."})
    with transaction.atomic():
        lock_until_commit(f"article-url:{given.url}")
        existing = Article.objects.filter(url=given.url).first()
        if existing is not None:
            return BroughtIn(article=existing, job=None, duplicate_by="url")
        fetching = (
            Job.objects.filter(
                kind=Job.Kind.URL,
                status__in=(Job.Status.QUEUED, Job.Status.RUNNING),
                request__url=given.url,
                created_by=by,  # the curator's own: a job is shown to whoever brought it in
            )
            .order_by("pk")
            .first()
        )
        if fetching is not None:
            return BroughtIn(article=None, job=fetching)
        job = Job.objects.create(
            kind=Job.Kind.URL, request={**given.__dict__, "authors": list(given.authors)}, created_by=by
        )
        job.progress_total = 2
        job.save(update_fields=["progress_total"])
        if queue:
            job_enqueue(job, after_response=after_response)
    return BroughtIn(article=None, job=job)


HELD_FOR = dt.timedelta(days=1)


def upload_hold(*, name: str, content: bytes, by) -> HeldUpload:
    """Keep a refused form's file for its curator's next submit: the newest only (and none older than a day,
    anyone's), so held files never pile up."""
    HeldUpload.objects.filter(created_by=by).delete()
    HeldUpload.objects.filter(created_at__lt=timezone.now() - HELD_FOR).delete()
    return HeldUpload.objects.create(created_by=by, name=name[:255], content=content)


def upload_held(*, held_id: str, by) -> HeldUpload | None:
    """The file this curator's refused form left, if `held_id` is theirs and still held."""
    if not str(held_id).isdigit():
        return None
    return HeldUpload.objects.filter(pk=int(held_id), created_by=by).first()


def upload_release(*, by) -> None:
    HeldUpload.objects.filter(created_by=by).delete()


def published_on_the_page(text: str, language: str) -> str:
    """The day the page says it was published (its byline, dateline or labelled stamp; see
    facts.extraction.publication), "" when it does not say or its language is not known."""
    if language not in ("he", "ar", "en"):
        return ""
    return published_from_text(normalise_text(text), language) or ""


def article_input(*, received: Received, given: IntakeRequest) -> ArticleInput:
    if len(received.text) > MAX_TEXT_CHARACTERS:
        raise ValidationError(
            {"text": f"The text is {len(received.text):,} characters long; at most {MAX_TEXT_CHARACTERS:,}."}
        )
    title = given.title.strip() or received.title
    if not given.source.strip():
        raise ValidationError({"source": "Name the outlet (chosen from the sources, or a new one)."})
    try:
        language = given.language or received.language or detect_language(received.text)
    except IntakeRefused as error:
        raise ValidationError({"language": error.reason}) from None
    translation_of = None
    if given.translation_of:
        reference = str(given.translation_of)
        lookup = {"pk": int(reference)} if reference.isascii() and reference.isdigit() else {"key": reference}
        translation_of = Article.objects.filter(**lookup).first()
        if translation_of is None:
            raise ValidationError({"translation_of": f"No article {reference!r}."})
    notes = [f"Brought in as {received.kind}."]
    if not given.title and received.title:
        notes.append("Title from the content's metadata.")
    elif not title:
        # From the text as it will be stored (a file's reversed Hebrew words repaired), as the preview shows it.
        title, found_as = headline_of(article_text_as_stored(raw_text=received.text, language=language)[0])
        if not title:
            raise ValidationError({"title": "Give the article's title (the content does not say it)."})
        notes.append(f"Title from the text's {found_as}.")
    published = given.published or received.published
    if not given.published and received.published:
        notes.append("Publication date from the content's metadata.")
    elif not published and (published := published_on_the_page(received.text, language)):
        notes.append("Publication date from the page's stamp.")
    authors = tuple(given.authors) or received.authors
    if not authors and (authors := byline_of(received.text)):
        notes.append("Authors from the text's byline.")
    return ArticleInput(
        raw_text=received.text,
        title=title[:500],
        language=language,
        source=SourceEntry(name=given.source.strip()[:200], kind=Source.Kind.NEWS),
        url=given.url or received.url,
        authors=authors,
        published=published,
        translation_of=translation_of,
        notes=" ".join(notes),
        content_hash=received.content_hash,
    )


# How long a job may run (seconds): Celery's soft limit ends it cleanly (the job says why), the hard one kills
# the worker's child past it; a job still `running` well after the hard limit was lost with its worker and is
# marked failed when anyone looks (jobs_overdue_fail).
JOB_SOFT_LIMITS = {Job.Kind.URL: 120, Job.Kind.FILE: 120, Job.Kind.PREVIEW: 120, Job.Kind.EXTRACT: 300}
JOB_HARD_MARGIN = 30
JOB_LOST_AFTER = 60  # beyond the hard limit


def job_limits(kind: str) -> tuple[int, int]:
    soft = JOB_SOFT_LIMITS.get(kind, 300)  # type: ignore[call-overload]
    return soft, soft + JOB_HARD_MARGIN


def job_enqueue(job: Job, *, after_response: bool = False) -> None:
    """Run the job on a worker once this transaction has committed, within its kind's time limits. Without a
    broker it runs in this process: for a web request (`after_response`, settings.JOBS_AFTER_RESPONSE) on a
    thread of its own, so the request answers at once and the curator watches the job; elsewhere (the command
    line, the tests) there and then."""
    soft, hard = job_limits(job.kind)
    # By name, through the Celery app: intake.tasks imports this module.
    task = current_app.tasks[RUN_JOB_TASK]
    if after_response and current_app.conf.task_always_eager and getattr(settings, "JOBS_AFTER_RESPONSE", True):
        transaction.on_commit(lambda: job_run_in_thread(job.pk))
        return
    transaction.on_commit(lambda: task.apply_async((job.pk,), soft_time_limit=soft, time_limit=hard))


def job_run_in_thread(job_id: int) -> threading.Thread:
    """The job on a daemon thread of this process, with its own database connection (closed when done)."""

    def run() -> None:
        try:
            current_app.tasks[RUN_JOB_TASK].apply((job_id,))
        finally:
            connections.close_all()

    thread = threading.Thread(target=run, name=f"intake-job-{job_id}", daemon=True)
    thread.start()
    return thread


def jobs_overdue_fail(*, now=None) -> int:
    """Jobs left `running` past their hard limit and its margin: their worker died or was killed (kill -9, an
    out-of-memory kill) and nothing will finish them. Marked failed with the reason; how many."""
    now = now or timezone.now()
    failed = 0
    for kind in Job.Kind.values:
        _, hard = job_limits(kind)
        overdue = Job.objects.filter(
            kind=kind, status=Job.Status.RUNNING, started_at__lt=now - dt.timedelta(seconds=hard + JOB_LOST_AFTER)
        )
        # Read first: a page that looks at jobs writes only when one is overdue, so it never waits for the
        # write lock that a running job's transaction holds on SQLite (make run).
        if not overdue.exists():
            continue
        failed += overdue.update(
            status=Job.Status.FAILED,
            error=f"Stopped: no word from its worker for more than {hard} s (the job's limit); bring it in again.",
            finished_at=now,
            upload=b"",
        )
    return failed


def job_progress(job: Job, *, done: int, **fields) -> None:
    Job.objects.filter(pk=job.pk).update(progress_done=done, **fields)


def job_run(*, job_id: int) -> Job:
    """Do a job: fetch (a web page), store, propose claims. The article and its proposals are written in one
    transaction: a failure leaves neither, and the job says why. Database errors that may pass (a restart,
    a lock) are raised, for the task to retry with backoff."""
    job = Job.objects.get(pk=job_id)
    if job.status == Job.Status.DONE:
        return job
    Job.objects.filter(pk=job.pk).update(
        status=Job.Status.RUNNING, started_at=timezone.now(), attempts=F("attempts") + 1, error=""
    )
    try:
        article, proposed, note = job_work(job)
    except SoftTimeLimitExceeded:
        soft, _ = job_limits(job.kind)
        Job.objects.filter(pk=job.pk).update(
            status=Job.Status.FAILED,
            error=f"Stopped after {soft} s, the limit for this kind of job: nothing was written.",
            finished_at=timezone.now(),
        )
    except (IntakeRefused, ValidationError) as error:
        reason = (
            error.reason
            if isinstance(error, IntakeRefused)
            else "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items())
            if hasattr(error, "error_dict")
            else " ".join(error.messages)
        )
        Job.objects.filter(pk=job.pk).update(status=Job.Status.FAILED, error=reason, finished_at=timezone.now())
    except (OperationalError, InterfaceError):
        Job.objects.filter(pk=job.pk).update(status=Job.Status.QUEUED)
        raise
    except Exception as error:  # a bug: recorded on the job for the curator and the logs, never lost
        logger.exception("intake job %s failed", job.pk)
        Job.objects.filter(pk=job.pk).update(
            status=Job.Status.FAILED, error=f"{type(error).__name__}: {error}", finished_at=timezone.now()
        )
    else:
        Job.objects.filter(pk=job.pk).update(
            status=Job.Status.DONE,
            article=article,
            proposed=proposed,
            progress_done=job.progress_total,
            error=note,
            finished_at=timezone.now(),
        )
    # An ended job's upload is not kept: the article holds the text (and the bytes' hash), a refusal its reason.
    Job.objects.filter(pk=job.pk, status__in=(Job.Status.DONE, Job.Status.FAILED)).exclude(upload=b"").update(
        upload=b""
    )
    job.refresh_from_db()
    return job


def given_of(job: Job) -> IntakeRequest:
    """What the curator gave, as the job keeps it."""
    names = IntakeRequest.__dataclass_fields__
    values = {name: value for name, value in job.request.items() if name in names}
    return IntakeRequest(**{**values, "authors": tuple(values.get("authors", ()))})


def job_work(job: Job) -> tuple[Article | None, int, str]:
    if job.kind == Job.Kind.PREVIEW:
        given = given_of(job)
        upload = (job.upload_name, bytes(job.upload)) if job.upload_name else None
        preview = article_preview(given=given, upload=upload)
        Job.objects.filter(pk=job.pk).update(request={**job.request, "preview": preview_record(preview)})
        return preview.duplicate, 0, ""
    if job.kind in (Job.Kind.URL, Job.Kind.FILE):
        given = given_of(job)
        received = fetch(given.url) if job.kind == Job.Kind.URL else read_file(job.upload_name, bytes(job.upload))
        job_progress(job, done=1)
        entry = article_input(received=received, given=given)
        index_up_to_date(language=entry.language)
        with transaction.atomic():
            saved = article_save_input(given=entry)
            if not saved.created:
                return saved.article, 0, f"Already stored (the same {saved.duplicate_by}): nothing written."
            report = article_extract(article=saved.article)
        return saved.article, report.proposed, ""
    if job.article is None:
        raise IntakeRefused("The article is gone.", field="article")
    index_up_to_date(language=job.article.language)
    with transaction.atomic():
        report = article_extract(article=job.article)
    return job.article, report.proposed, ""


def extraction_ready() -> None:
    """What every job uses, built once in a process that starts: the grammar of each language with its
    periods' rules, the gazetteer, wordfreq's lists. A rule's pattern is compiled when a text first needs it
    (dates.core.LazyPattern: an article needs two thirds of its own language's rules), so a worker takes its
    first job sooner, and that job compiles what it uses (~0.1 s)."""
    from facts.extraction.dates import grammar, period_rules
    from facts.extraction.matching import is_rare_in_the_language

    extraction_gazetteer()
    periods = extraction_periods()
    for language in ("he", "ar", "en"):
        grammar(language)
        period_rules(language, periods)
        is_rare_in_the_language("a", language)  # wordfreq's list of the language, loaded once


def index_up_to_date(*, language: str) -> None:
    """Store the readings the corpus lacks before a job's transaction: readings stored on the way are
    committed at once, so two workers starting together do not wait on each other's uncommitted readings;
    inside the transaction only the job's own article is read."""
    readings_up_to_date(language=language, gazetteer=extraction_gazetteer())
