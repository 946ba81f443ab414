"""Trigram indexes for the text filter on PostgreSQL. Django's icontains compiles to
UPPER(column) LIKE UPPER(%s), so the indexes are on UPPER(column); SQLite needs none of this."""

from django.db import migrations

TRIGRAM_INDEXES = {
    "claim_summary_trgm": ("facts_claim", "summary"),
    "claim_summary_he_trgm": ("facts_claim", "summary_he"),
    "claim_summary_ar_trgm": ("facts_claim", "summary_ar"),
    "citation_quote_trgm": ("facts_citation", "quote"),
}


def create_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, (table, column) in TRIGRAM_INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (UPPER({column}) gin_trgm_ops)"  # noqa: S608
        )


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in TRIGRAM_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("facts", "0002_curator_group")]

    operations = [migrations.RunPython(create_trigram_indexes, drop_trigram_indexes)]
