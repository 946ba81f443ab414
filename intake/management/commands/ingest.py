from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from corpus.ingestion.manifest import ManifestError
from corpus.models import Article
from corpus.services import IngestStatus
from facts.services.extraction import ExtractionReport
from intake.services import IntakeResult, articles_extract, articles_ingest


class Command(BaseCommand):
    help = "Ingest documents (files, or folders with a manifest.json) into the corpus. Idempotent."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--no-extract", action="store_true", help="Store the articles only; propose no claims.")

    def handle(self, *args, paths: list[Path], no_extract: bool = False, **options) -> None:
        for path in paths:
            if not path.exists():
                raise CommandError(f"{path}: no such file or folder")

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
        if not no_extract:
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
        if counts[IngestStatus.REFUSED]:
            raise CommandError(f"{counts[IngestStatus.REFUSED]} file(s) refused; nothing was written for them")
