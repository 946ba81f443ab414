from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from corpus.ingestion.manifest import MANIFEST_NAME, ManifestError
from corpus.models import Article
from corpus.services import IngestStatus
from facts.services.extraction import ExtractionReport
from intake.reading import IntakeRefused, read_file
from intake.services import (
    IntakeRequest,
    IntakeResult,
    article_bring_in,
    articles_extract,
    articles_ingest,
    job_run,
    url_bring_in,
)


def refusal(error: ValidationError | IntakeRefused) -> str:
    if isinstance(error, IntakeRefused):
        return error.reason
    if hasattr(error, "error_dict"):
        return "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items())
    return " ".join(error.messages)


class Command(BaseCommand):
    help = (
        "Ingest documents into the corpus and propose their claims. Idempotent. Folders need a manifest.json; "
        "a single file outside one takes its metadata from the options (and from its content); --urls reads "
        "web pages, one address a line."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="*", type=Path)
        parser.add_argument("--no-extract", action="store_true", help="Store the articles only; propose no claims.")
        parser.add_argument("--urls", type=Path, help="A file of web page addresses, one a line.")
        parser.add_argument("--source", default="", help="The outlet (single files and URLs).")
        parser.add_argument("--title", default="", help="The title (single files), if the content lacks one.")
        parser.add_argument("--language", default="", choices=["", "he", "ar", "en"], help="Detected if absent.")
        parser.add_argument("--published", default="", help="EDTF publication date (single files).")
        parser.add_argument(
            "--queue", action="store_true", help="Enqueue one job per article for the Celery workers instead."
        )

    def handle(self, *args, paths: list[Path], urls: Path | None = None, **options) -> None:
        if not paths and urls is None:
            raise CommandError("Give files or folders to ingest, or --urls FILE.")
        for path in [*paths, *([urls] if urls else [])]:
            if not path.exists():
                raise CommandError(f"{path}: no such file or folder")
        managed = [p for p in paths if p.is_dir() or (p.parent / MANIFEST_NAME).exists()]
        single = [p for p in paths if p not in managed]
        refused = 0
        if managed:
            refused += self.ingest_managed(managed, extract=not options["no_extract"])
        given = IntakeRequest(
            title=options["title"],
            source=options["source"],
            language=options["language"],
            published=options["published"],
        )
        if single or urls:
            refused += self.bring_in(single, urls, given, queue=options["queue"], extract=not options["no_extract"])
        if refused:
            raise CommandError(f"{refused} file(s) refused; nothing was written for them")

    def ingest_managed(self, paths: list[Path], *, extract: bool) -> int:
        def report(result: IntakeResult) -> None:
            if result.status is IngestStatus.REFUSED:
                self.stderr.write(self.style.ERROR(f"refused  {result.path}: {result.reason}"))
                return
            line = f"{result.status.value:<9} {result.path}"
            if result.orphaned_citations:
                line += f" ({result.orphaned_citations} citation(s) could not be re-anchored: flagged as orphaned)"
            self.stdout.write(line)

        try:
            results = articles_ingest(paths=paths, on_result=report)
        except ManifestError as error:
            raise CommandError(str(error)) from None
        if extract:
            articles = [result.article for result in results if result.article is not None]

            def extracted(number: int, article: Article, report: ExtractionReport) -> None:
                self.stdout.write(
                    f"[{number}/{len(results)}] extracted {article.key}: {report.proposed} proposed, "
                    f"{report.joined} joined to a translation's claim, {report.corroborated} cited for a fact "
                    f"another source states, {report.disputed} disputing another source, {report.kept} already there"
                )

            articles_extract(articles=articles, on_report=extracted)
        counts = {status: sum(r.status is status for r in results) for status in IngestStatus}
        self.stdout.write(", ".join(f"{n} {status.value}" for status, n in counts.items()))
        return counts[IngestStatus.REFUSED]

    def bring_in(
        self, files: list[Path], urls: Path | None, given: IntakeRequest, *, queue: bool, extract: bool
    ) -> int:
        """Single files and web pages, each through the intake service, with a progress bar."""
        addresses = (
            [line.strip() for line in urls.read_text(encoding="utf-8").splitlines() if line.strip()] if urls else []
        )
        items: list[Path | str] = [*files, *addresses]
        refused = 0
        with tqdm(total=len(items), desc="intake", unit="article", file=self.stderr, disable=None) as progress:
            for item in items:
                try:
                    if isinstance(item, Path):
                        received = read_file(item.name, item.read_bytes())
                        brought = article_bring_in(received=received, given=given, queue=queue, extract=extract)
                    else:
                        brought = url_bring_in(given=IntakeRequest(**{**given.__dict__, "url": item}), queue=queue)
                except (IntakeRefused, ValidationError) as error:
                    refused += 1
                    self.stderr.write(self.style.ERROR(f"refused  {item}: {refusal(error)}"))
                    progress.update(1)
                    continue
                self.stdout.write(self.outcome(item, brought, queue=queue, extract=extract))
                progress.update(1)
        return refused

    def outcome(self, item, brought, *, queue: bool, extract: bool) -> str:
        if brought.job is None and brought.duplicate_by:
            return f"duplicate {item}: already stored as {brought.article.key} (the same {brought.duplicate_by})"
        if brought.job is None:
            return f"created   {item} as {brought.article.key} (no extraction)"
        if not queue:
            job = job_run(job_id=brought.job.pk)  # here and now, not through the queue
        else:
            job = brought.job
            job.refresh_from_db()
        if job.status == job.Status.FAILED:
            return f"failed    {item}: {job.error}"
        if job.status == job.Status.DONE:
            key = job.article.key if job.article else "?"
            return f"created   {item} as {key}: {job.proposed} claim(s) proposed"
        return f"queued    {item}: job {job.pk}"
