"""Small uploads that would cost minutes and gigabytes are refused before the cost: a .docx that inflates a
thousandfold, a PDF of thousands of empty pages, a file over the limit (dropped as it arrives, the form's
other fields kept). Each refusal is the application's own error: the API's JSON, the form's message."""

import io
import time
import zipfile

import docx
import pypdfium2
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from core.uploads import MAX_UPLOAD_BYTES
from corpus.models import Article
from intake.reading import MAX_INFLATED_BYTES, MAX_PDF_PAGES, IntakeRefused, read_file

pytestmark = pytest.mark.django_db

SENTENCE = "Azerbaijan and Israel signed an agreement on water technology in Baku on 5 June 2019."


def word_document(padding: int = 0) -> bytes:
    """A real .docx (python-docx), its document part padded with `padding` bytes of white space in a comment:
    the zip bomb of the fault report when large (white space deflates about a thousandfold)."""
    document = docx.Document()
    document.add_paragraph(SENTENCE)
    plain = io.BytesIO()
    document.save(plain)
    if not padding:
        return plain.getvalue()
    source, bomb = zipfile.ZipFile(io.BytesIO(plain.getvalue())), io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        for part in source.infolist():
            data = source.read(part.filename)
            if part.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body><!--" + b" " * padding + b"-->")
            archive.writestr(part, data)
    return bomb.getvalue()


def empty_pages_pdf(pages: int) -> bytes:
    pdf = pypdfium2.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(200, 200)
    saved = io.BytesIO()
    pdf.save(saved)
    return saved.getvalue()


def refused_in(seconds: float, name: str, data: bytes) -> str:
    started = time.perf_counter()
    with pytest.raises(IntakeRefused) as refusal:
        read_file(name, data)
    assert time.perf_counter() - started < seconds
    return refusal.value.reason


def test_a_word_document_that_inflates_past_the_bound_is_refused_before_inflating():
    bomb = word_document(padding=100_000_000)
    assert len(bomb) < 400_000  # small on disk, as in the fault report (306 KB)

    reason = refused_in(1.0, "bomb.docx", bomb)

    assert f"at most {MAX_INFLATED_BYTES:,} are read" in reason


@pytest.mark.parametrize("padding", [5_000_000, 20_000_000])
def test_a_part_that_inflates_a_thousandfold_is_refused_as_a_zip_bomb(padding):
    reason = refused_in(1.0, "bomb.docx", word_document(padding=padding))

    assert "word/document.xml inflates" in reason and "zip bomb" in reason


def test_an_ordinary_word_document_is_still_read():
    assert read_file("article.docx", word_document()).text == SENTENCE


def test_a_pdf_of_thousands_of_empty_pages_is_refused_before_reading_them():
    pdf = empty_pages_pdf(5_000)
    assert len(pdf) < 1_000_000  # the fault report's was 788 KB and took 135 s

    reason = refused_in(2.0, "pages.pdf", pdf)

    assert f"5,000 pages; at most {MAX_PDF_PAGES:,}" in reason


def test_a_bomb_brought_in_fails_its_job_at_once_with_the_reason_and_stores_nothing(
    curator_api, seeded_with_gazetteer, django_capture_on_commit_callbacks
):
    before = Article.objects.count()
    upload = SimpleUploadedFile("bomb.docx", word_document(padding=100_000_000))

    with django_capture_on_commit_callbacks(execute=True):
        response = curator_api.post("/api/v1/articles/", {"file": upload, "source": "Wire"}, format="multipart")

    assert response.status_code == 202
    job = curator_api.get(response.json()["job"]).json()
    assert job["status"] == "failed" and "inflates to" in job["error"]
    assert Article.objects.count() == before


def test_a_file_over_the_limit_is_a_413_from_the_api_not_written_whole(curator_api, seeded_with_gazetteer):
    before = Article.objects.count()
    large = SimpleUploadedFile("large.txt", b"a" * (MAX_UPLOAD_BYTES + 1), content_type="text/plain")

    response = curator_api.post("/api/v1/articles/", {"file": large, "source": "Wire"}, format="multipart")

    assert response.status_code == 413
    assert response.json() == {
        "file": [f"large.txt: the file is larger than {MAX_UPLOAD_BYTES:,} bytes, the most a file may be."]
    }
    assert Article.objects.count() == before


def test_a_file_over_the_limit_is_said_on_the_admin_form_which_keeps_the_other_fields(curator_client):
    large = SimpleUploadedFile("large.txt", b"a" * (MAX_UPLOAD_BYTES + 1), content_type="text/plain")

    response = curator_client.post(
        "/admin/corpus/article/add/", {"file": large, "title": "Kept title", "new_source": "Kept outlet"}
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert f"large.txt: the file is larger than {MAX_UPLOAD_BYTES:,} bytes" in page
    assert 'value="Kept title"' in page and 'value="Kept outlet"' in page
    assert not Article.objects.exists()
