import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from core.edtf import InvalidEdtf, edtf_parse
from corpus.ingestion.language import LanguageNotRead
from corpus.ingestion.manifest import ManifestError, load_manifest
from corpus.ingestion.reader import DocumentRejected, read_document
from facts.extraction.actors import Gazetteer
from facts.extraction.dates import Periods
from facts.extraction.pipeline import extract_document
from facts.selectors import extraction_gazetteer, extraction_periods


class Command(BaseCommand):
    help = (
        "Propose dated, cited claims from one document and print them, without writing to the database. "
        "Language and publication date come from the options, else from the folder's manifest.json, else "
        "from the text (said on standard error)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--language", choices=["he", "ar", "en"])
        parser.add_argument("--published", help="EDTF, e.g. 2025-05-27 or 2025-02")
        parser.add_argument("--format", choices=["json", "text"], default="json")

    def handle(self, *args, path: Path, language, published, format, **options) -> None:
        try:
            document = read_document(path)
        except DocumentRejected as error:
            raise CommandError(str(error)) from None
        if published:
            try:
                edtf_parse(published)
            except InvalidEdtf as error:
                raise CommandError(f"--published: {error}") from None
        entry = None
        try:
            entry = next((e for e in load_manifest(path.parent) if e.file == path.name), None)
        except ManifestError:
            entry = None
        if entry:
            language = language or entry.language
            published = published or entry.published or None
        gazetteer, periods = self.vocabulary()
        try:
            extracted = extract_document(
                name=path.name,
                raw_text=document.raw_text,
                gazetteer=gazetteer,
                language=language,
                published=published,
                source_kind=entry.source.kind if entry else None,
                periods=periods,
            )
        except LanguageNotRead as error:
            raise CommandError(
                f"{path.name}: the text reads as {error.name or 'no language that could be told'}; "
                "give --language he, ar or en."
            ) from None
        for assumption in extracted.assumptions:
            self.stderr.write(f"assumed {assumption}")
        if format == "json":
            self.stdout.write(json.dumps(extracted.as_json(), ensure_ascii=False, indent=1))
            return
        for claim in extracted.claims:
            self.stdout.write(f"{claim.date:<22} {', '.join(claim.actors)}\n    {claim.quote}\n")

    def vocabulary(self) -> tuple[Gazetteer, Periods | None]:
        """The actors and periods curators keep in the database, as a job reads them; the fixtures when no
        database has been set up (said on standard error)."""
        try:
            return extraction_gazetteer(), extraction_periods()
        except DatabaseError:
            self.stderr.write("assumed actors and periods from fixtures/: no database is set up (manage.py migrate)")
            return Gazetteer.from_fixture(), None
