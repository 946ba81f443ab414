"""A researcher takes a claim's sources away: Highwire citation_* tags on its page (what Zotero and Google
Scholar read), and CSL-JSON, BibTeX and RIS of a claim's sources or a filtered timeline's, each read back by
the library that format's users have (citeproc-py renders the CSL-JSON in a bundled style, bibtexparser and
rispy parse theirs)."""

import json

import bibtexparser
import pytest
import rispy
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from lxml import html

from facts.models import Claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def cited(curated_timeline):
    claim = Claim.objects.get(key="socar-tamar-stake-2025")
    articles = {citation.article for citation in claim.citations.select_related("article", "article__source")}
    return claim, articles


def test_a_claim_page_carries_highwire_citation_tags_for_itself_and_each_source(client, cited):
    claim, articles = cited
    page = html.fromstring(client.get(f"/claims/{claim.pk}/", {"lang": "he"}).content)

    meta = {}
    for tag in page.xpath("//meta[starts-with(@name, 'citation_')]"):
        meta.setdefault(tag.get("name"), []).append(tag.get("content"))
    assert meta["citation_title"] == [claim.summary_he]
    assert meta["citation_language"] == ["he"] and len(meta["citation_publication_date"]) == 1
    assert len(meta["citation_reference"]) == len(articles)
    for article in articles:
        assert any(f"citation_title={article.title}" in reference for reference in meta["citation_reference"])
    assert page.xpath("//main//article")  # the page's content in a main landmark


def test_csl_json_renders_in_a_citation_style_with_citeproc(client, cited):
    claim, articles = cited
    items = json.loads(client.get(f"/api/v1/claims/{claim.pk}/sources.csl.json").content)

    assert {item["id"] for item in items} == {article.key for article in articles}
    for item in items:
        article = next(a for a in articles if a.key == item["id"])
        if article.published:
            assert item["issued"]["raw"] == article.published and item["issued"]["date-parts"][0][0] > 1900
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    bibliography.register(Citation([CitationItem(item["id"]) for item in items]))
    rendered = [str(entry) for entry in bibliography.bibliography()]
    assert len(rendered) == len(items)
    for article in articles:
        assert any(article.title in entry for entry in rendered)


def test_bibtex_and_ris_parse_back_with_the_libraries_their_users_have(client, cited):
    claim, articles = cited
    bib = client.get(f"/api/v1/claims/{claim.pk}/sources.bib")
    ris = client.get(f"/api/v1/claims/{claim.pk}/sources.ris")

    library = bibtexparser.parse_string(bib.content.decode())
    assert bib["Content-Type"].startswith("application/x-bibtex") and not library.failed_blocks
    assert {entry.key for entry in library.entries} == {article.key for article in articles}
    titles = {entry.fields_dict["title"].value.strip("{}") for entry in library.entries}
    assert titles == {article.title for article in articles}

    records = rispy.loads(ris.content.decode())
    assert ris["Content-Type"].startswith("application/x-research-info-systems")
    assert {record["title"] for record in records} == {article.title for article in articles}
    assert all(record["type_of_reference"] in ("NEWS", "JOUR", "ELEC") for record in records)


def test_a_filtered_timeline_s_sources_each_once_and_drafts_never_to_the_public(client, curated_timeline, drafts):
    items = json.loads(client.get("/api/v1/exports/sources.csl.json", {"topic": "energy"}).content)
    expected = {
        citation.article.key
        for claim in Claim.objects.public().filter(topics__slug="energy")
        for citation in claim.citations.filter(is_orphaned=False).select_related("article")
    }

    assert sorted(item["id"] for item in items) == sorted(expected)
    assert client.get(f"/api/v1/claims/{drafts['proposed'].pk}/sources.ris").status_code == 404
