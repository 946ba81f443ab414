from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from corpus.ingestion.manifest import ManifestError
from corpus.services import IngestResult, IngestStatus, corpus_ingest


class Command(BaseCommand):
    help = "Ingest documents (files, or folders with a manifest.json) into the corpus. Idempotent."

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", type=Path)

    def handle(self, *args, paths: list[Path], **options) -> None:
        for path in paths:
            if not path.exists():
                raise CommandError(f"{path}: no such file or folder")

        def report(result: IngestResult) -> None:
            if result.status is IngestStatus.REFUSED:
                self.stderr.write(self.style.ERROR(f"refused  {result.path}: {result.reason}"))
                return
            line = f"{result.status.value:<9} {result.path}"
            if result.orphaned_citations:
                line += f" ({result.orphaned_citations} citation(s) could not be re-anchored: flagged as orphaned)"
            self.stdout.write(line)

        try:
            results = corpus_ingest(paths=paths, on_result=report)
        except ManifestError as error:
            raise CommandError(str(error)) from None
        counts = {status: sum(r.status is status for r in results) for status in IngestStatus}
        self.stdout.write(", ".join(f"{n} {status.value}" for status, n in counts.items()))
        if counts[IngestStatus.REFUSED]:
            raise CommandError(f"{counts[IngestStatus.REFUSED]} file(s) refused; nothing was written for them")
