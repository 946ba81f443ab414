"""`manage.py ingest` for single files (metadata from options and content) and for web pages (--urls)."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from corpus.models import Article
from facts.models import Claim
from tests.intake.pages import serving

pytestmark = pytest.mark.django_db

TEXT = (
    "Azerbaijan's foreign minister visited Jerusalem on 14 April 2022 and met Israel's prime minister. "
    "The two countries have traded oil for weapons since the 1990s."
)


def test_a_single_file_outside_a_manifest_takes_its_metadata_from_the_options(tmp_path, seeded_with_gazetteer):
    path = tmp_path / "visit.txt"
    path.write_text(TEXT, encoding="utf-8")
    out = StringIO()

    call_command("ingest", str(path), "--source", "Test Wire", "--title", "The visit", stdout=out, stderr=StringIO())

    article = Article.objects.get(title="The visit")
    assert article.language == "en" and article.source.name == "Test Wire"
    assert Claim.objects.filter(status="proposed", citations__article=article).exists()
    assert "claim(s) proposed" in out.getvalue()

    again = StringIO()
    call_command("ingest", str(path), "--source", "Test Wire", "--title", "The visit", stdout=again, stderr=StringIO())
    assert "duplicate" in again.getvalue() and Article.objects.filter(title="The visit").count() == 1


def test_web_pages_from_a_list_of_urls(tmp_path, seeded_with_gazetteer):
    with serving() as base:
        urls = tmp_path / "urls.txt"
        urls.write_text(f"{base}/en/pipeline.html\n\n{base}/ar/embassy.html\n", encoding="utf-8")
        out = StringIO()

        call_command("ingest", "--urls", str(urls), "--source", "The Daily Test", stdout=out, stderr=StringIO())

    assert Article.objects.filter(url__startswith=base).count() == 2
    assert out.getvalue().count("claim(s) proposed") == 2


def test_a_refused_file_is_named_and_nothing_is_written(tmp_path, seeded_with_gazetteer):
    path = tmp_path / "blob.bin"
    path.write_bytes(b"\x00\x01binary")
    err = StringIO()

    with pytest.raises(CommandError, match="1 file"):
        call_command("ingest", str(path), "--source", "X", stdout=StringIO(), stderr=err)

    assert "refused" in err.getvalue() and ".bin files are not read" in err.getvalue()
    assert Article.objects.count() == 5
