"""The committed API contracts match the code: an API change must come with its schema change."""

import io

from django.core.management import call_command

from tests.conftest import ROOT


def test_the_committed_openapi_schema_matches_the_code(tmp_path):
    generated = tmp_path / "openapi.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(generated), stdout=io.StringIO())

    committed = (ROOT / "schema" / "openapi.yaml").read_text(encoding="utf-8")
    assert generated.read_text(encoding="utf-8") == committed, "the API changed: run `make schema` and commit"


def test_the_committed_graphql_schema_matches_the_code(tmp_path):
    generated = tmp_path / "schema.graphql"
    call_command("graphql_schema", "--schema", "config.schema.schema", "--out", str(generated), stdout=io.StringIO())

    committed = (ROOT / "schema" / "schema.graphql").read_text(encoding="utf-8")
    assert generated.read_text(encoding="utf-8") == committed, (
        "the GraphQL schema changed: run `make schema` and commit"
    )
