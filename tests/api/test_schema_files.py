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


def test_swagger_documents_every_filter_of_every_list_and_export_with_what_it_takes():
    """Every filter a list or an export accepts is in the contract with a description (a client learns
    `from`, `actor`, `q`… from Swagger, not by reading the code), and the exports are in it with their types."""
    import yaml

    from facts.filters import ActorFilterSet, ArticleFilterSet, ClaimFilterSet

    contract = yaml.safe_load((ROOT / "schema" / "openapi.yaml").read_text(encoding="utf-8"))
    expected = {
        "/api/v1/claims/": ClaimFilterSet,
        "/api/v1/timeline/": ClaimFilterSet,
        "/api/v1/exports/timelinejs.json": ClaimFilterSet,
        "/api/v1/exports/timeline.csv": ClaimFilterSet,
        "/api/v1/exports/timeline.ics": ClaimFilterSet,
        "/api/v1/exports/timeline.jsonld": ClaimFilterSet,
        "/api/v1/actors/": ActorFilterSet,
        "/api/v1/articles/": ArticleFilterSet,
    }
    for path, filterset in expected.items():
        operation = contract["paths"][path]["get"]
        documented = {p["name"]: p.get("description", "") for p in operation["parameters"]}
        for name in filterset.base_filters:
            assert documented.get(name), f"{path}: the filter {name!r} is not documented"
        assert "400" in operation["responses"], path
    media = {
        "/api/v1/exports/timeline.csv": "text/csv",
        "/api/v1/exports/timeline.ics": "text/calendar",
        "/api/v1/exports/timeline.jsonld": "application/ld+json",
        "/api/v1/exports/timelinejs.json": "application/json",
    }
    for path, media_type in media.items():
        assert media_type in contract["paths"][path]["get"]["responses"]["200"]["content"], path
