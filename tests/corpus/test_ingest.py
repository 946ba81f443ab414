import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from corpus.ingestion.manifest import ManifestError, parse_manifest
from corpus.models import Article, Source
from corpus.services import IngestStatus, corpus_ingest
from intake.services import articles_ingest
from tests.conftest import SEEDS
from tests.factories import CitationFactory

pytestmark = pytest.mark.django_db


def snapshot() -> list[tuple]:
    return list(
        Article.objects.order_by("key").values_list(
            "key",
            "title",
            "language",
            "published",
            "published_start",
            "text",
            "content_hash",
            "translation_of__key",
            "source__name",
            "updated_at",
        )
    )


def copy_seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


def manifest_with(folder: Path, file: str, **fields) -> None:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["articles"].append(
        {"file": file, "title": "Test", "language": "en", "source": {"name": "Test source"}, **fields}
    )
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def test_ingesting_the_seeds_twice_leaves_the_same_rows():
    first = corpus_ingest(paths=[SEEDS])
    rows = snapshot()

    second = corpus_ingest(paths=[SEEDS])

    assert [r.status for r in first] == [IngestStatus.CREATED] * 5
    assert [r.status for r in second] == [IngestStatus.UNCHANGED] * 5
    assert snapshot() == rows
    assert Source.objects.count() == 5


def test_seed_metadata_comes_from_the_manifest():
    corpus_ingest(paths=[SEEDS])

    academic = Article.objects.get(key="003_00395dea0d53ce7f")
    arabic = Article.objects.get(key="001_c6cc54978b65a8be")
    assert academic.language == "he" and academic.published == "2015-01"
    assert str(academic.published_start) == "2015-01-01" and str(academic.published_end) == "2015-01-31"
    assert academic.authors == ["Gallia Lindenstrauss"]
    assert academic.source.kind == Source.Kind.ACADEMIC
    assert arabic.language == "ar" and arabic.direction == "rtl"
    assert arabic.translation_of.key == "000_18c52e3422456bef"
    assert "أذربيجان" in arabic.text


def test_text_is_normalised_but_raw_text_is_kept(tmp_path):
    folder = copy_seeds(tmp_path)
    # Dagesh typed before qamats (NFC puts marks in canonical order), a decomposed é, Windows line endings.
    (folder / "crlf.txt").write_bytes("ב\u05bc\u05b8 cafe\u0301\r\nline two\r\n".encode())
    manifest_with(folder, "crlf.txt")

    corpus_ingest(paths=[folder / "crlf.txt"])

    article = Article.objects.get(key="crlf")
    assert article.raw_text == "ב\u05bc\u05b8 cafe\u0301\r\nline two\r\n"
    assert article.text == "ב\u05b8\u05bc caf\u00e9\n\nline two\n"  # NFC, then one paragraph a line


def test_a_changed_file_updates_its_article_and_re_anchors_citations(tmp_path):
    folder = copy_seeds(tmp_path)
    corpus_ingest(paths=[folder])
    article = Article.objects.get(key="003_00395dea0d53ce7f")
    quote = "בשנת 1993 פתחה ישראל שגרירות בבאקו."
    citation = CitationFactory(
        article=article, quote=quote, start=article.text.index(quote), end=article.text.index(quote) + len(quote)
    )
    gone = "ב־1988 הצהירו הארמנים"
    orphan = CitationFactory(
        article=article, quote=gone, start=article.text.index(gone), end=article.text.index(gone) + len(gone)
    )
    path = folder / "003_00395dea0d53ce7f.txt"
    original = path.read_text(encoding="utf-8")
    path.write_text("כותרת חדשה\n" + original.replace(gone, "ב-1988 הכריזו הארמנים"), encoding="utf-8")

    [result] = articles_ingest(paths=[path])

    article.refresh_from_db()
    citation.refresh_from_db()
    orphan.refresh_from_db()
    assert result.status is IngestStatus.UPDATED and result.orphaned_citations == 1
    assert article.text.startswith("כותרת חדשה\n")
    assert article.text[citation.start : citation.end] == quote and not citation.is_orphaned
    assert orphan.is_orphaned
    assert Article.objects.count() == 5


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty (0 bytes)"),
        (b"  \n\t \n", "the file contains only white space"),
        (b"%PDF-1.4\n\x00\x01\x02binary", "not a text file: it contains a NUL byte at offset 9"),
        ("שלום".encode("cp1255"), "not valid UTF-8: byte 0xf9 at offset 0"),
        (b"\x01\x02\x03\x04\x05\x06 not prose \x07\x08", "not a text file: 8 control characters"),
    ],
)
def test_a_bad_file_is_refused_with_its_reason_and_nothing_is_written(tmp_path, content, reason):
    folder = copy_seeds(tmp_path)
    (folder / "bad.txt").write_bytes(content)
    manifest_with(folder, "bad.txt")

    results = corpus_ingest(paths=[folder])

    refused = [r for r in results if r.status is IngestStatus.REFUSED]
    assert len(refused) == 1
    assert refused[0].path.endswith("bad.txt")
    assert refused[0].reason.startswith(reason)
    assert not Article.objects.filter(key="bad").exists()
    assert not Source.objects.filter(name="Test source").exists()
    assert Article.objects.count() == 5  # the good files still went in


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"url": "javascript:alert(document.cookie)"}, "url: Enter a valid URL."),
        (
            {"source": {"name": "Test source", "homepage": '"><img src=x onerror=alert(1)>'}},
            "homepage: Enter a valid URL.",
        ),
    ],
)
def test_an_entry_with_a_value_a_curator_could_not_save_is_refused_alone(tmp_path, fields, reason):
    folder = copy_seeds(tmp_path)
    (folder / "odd.txt").write_text("Azerbaijan and Israel signed an agreement in 2012.", encoding="utf-8")
    manifest_with(folder, "odd.txt", **fields)

    results = corpus_ingest(paths=[folder])

    [refused] = [r for r in results if r.status is IngestStatus.REFUSED]
    assert refused.path.endswith("odd.txt") and refused.reason == reason
    assert not Article.objects.filter(key="odd").exists()
    assert not Source.objects.filter(name="Test source").exists()
    assert Article.objects.count() == 5  # the batch went on


def test_the_ingest_command_names_the_refused_file_and_fails(tmp_path):
    folder = copy_seeds(tmp_path)
    (folder / "empty.txt").write_bytes(b"")
    manifest_with(folder, "empty.txt")
    out, err = StringIO(), StringIO()

    with pytest.raises(CommandError, match="1 file"):
        call_command("ingest", str(folder), stdout=out, stderr=err)

    assert f"refused  {folder / 'empty.txt'}: the file is empty" in err.getvalue()
    assert "5 created" in out.getvalue()


def test_the_ingest_command_refuses_a_file_missing_from_the_manifest(tmp_path):
    folder = copy_seeds(tmp_path)
    (folder / "stray.txt").write_text("text", encoding="utf-8")

    with pytest.raises(CommandError):
        call_command("ingest", str(folder / "stray.txt"), stdout=StringIO(), stderr=StringIO())

    assert not Article.objects.exists()


def test_the_ingest_command_refuses_a_missing_path():
    with pytest.raises(CommandError, match="no such file or folder"):
        call_command("ingest", "/nonexistent/folder", stdout=StringIO())


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ({}, 'expected an object with an "articles" list'),
        (
            {"articles": [{"file": "a.txt", "title": "A", "language": "fr", "source": {"name": "S"}}]},
            "'fr' is not one of he, ar, en",
        ),
        (
            {
                "articles": [
                    {"file": "a.txt", "title": "A", "language": "he", "published": "2025-13", "source": {"name": "S"}}
                ]
            },
            "is not a valid EDTF date",
        ),
        (
            {
                "articles": [
                    {
                        "file": "a.txt",
                        "title": "A",
                        "language": "he",
                        "source": {"name": "S"},
                        "translation_of": "b.txt",
                    }
                ]
            },
            "which the manifest does not list",
        ),
        ({"articles": [{"file": "a.txt", "language": "he", "source": {"name": "S"}}]}, "title: required"),
        (
            {"articles": [{"file": "a.txt", "title": "A", "language": "he", "source": {"name": "S"}}] * 2},
            "files listed twice: a.txt",
        ),
    ],
)
def test_a_bad_manifest_is_refused_with_a_precise_message(manifest, message):
    with pytest.raises(ManifestError, match=message):
        parse_manifest(manifest)


def test_a_bad_manifest_stops_the_command_before_anything_is_written(tmp_path):
    folder = copy_seeds(tmp_path)
    (folder / "manifest.json").write_text("{not json", encoding="utf-8")

    with pytest.raises(CommandError, match="not valid JSON"):
        call_command("ingest", str(folder), stdout=StringIO())

    assert not Article.objects.exists()
