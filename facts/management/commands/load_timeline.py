import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from facts.services.fixtures import FixtureError, actors_load, curated_claims_load, periods_load, topics_load


class Command(BaseCommand):
    help = (
        "Load the actor gazetteer, topics, named periods (when periods.json is there) and the curated timeline "
        "from a fixtures folder. Idempotent."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("folder", type=Path, nargs="?", default=Path("fixtures"))
        parser.add_argument(
            "--update", action="store_true", help="Replace curated claims that already exist (loses curator edits)."
        )

    def handle(self, *args, folder: Path, update: bool, **options) -> None:
        def read(name: str, list_key: str) -> list[dict]:
            path = folder / name
            try:
                return json.loads(path.read_text(encoding="utf-8"))[list_key]
            except FileNotFoundError:
                raise CommandError(f"{path}: no such file") from None
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise CommandError(f"{path}: expected JSON with a {list_key!r} list ({error})") from None

        try:
            actors = actors_load(entries=read("actors.json", "actors"))
            topics = topics_load(entries=read("topics.json", "topics"))
            periods = periods_load(entries=read("periods.json", "periods")) if (folder / "periods.json").exists() else 0
            report = curated_claims_load(entries=read("timeline.json", "claims"), update=update)
        except FixtureError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"{actors} actors, {topics} topics, {periods} periods; claims: {report.claims_created} created, "
            f"{report.claims_updated} replaced, {report.claims_kept} kept as curated "
            f"({report.translations_added} missing summaries filled from the fixture)"
        )
