"""Curators bring articles in through POST /api/v1/articles/: pasted text, a .txt, an HTML page, a PDF, a
.docx, a web page by URL (a real HTTP server on 127.0.0.1). Each yields an article and proposed claims through
a job (run at once here: no broker is set); bad input is a 400 naming the field, and writes nothing."""

import io
import json
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from corpus.models import Article, Source
from facts.models import Claim
from intake.models import Job
from tests.intake.pages import PAGES, serving

pytestmark = pytest.mark.django_db

ENGLISH = (
    "Azerbaijan and Israel signed an agreement on water technology on 5 June 2019 in Baku, the two "
    "governments said. Israel opened its embassy in Baku in 1993, a year after the two countries "
    "established diplomatic relations."
)
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def counts() -> tuple[int, int, int, int]:
    return Article.objects.count(), Claim.objects.count(), Job.objects.count(), Source.objects.count()


def post(client, capture, **data):
    with capture(execute=True):  # the job runs when the request's transaction commits
        if "file" in data:
            return client.post("/api/v1/articles/", data)
        return client.post("/api/v1/articles/", data, content_type="application/json")


def finished_job(client, response) -> dict:
    assert response.status_code == 202, response.content[:500]
    job = client.get(response.json()["job"]).json()
    assert job["status"] == "done", job
    return job


HEBREW = [
    "ישראל ואזרבייג'ן כוננו יחסים דיפלומטיים בשנת 1992.",
    "בשנת 2023 פתחה אזרבייג'ן שגרירות בתל אביב ושר החוץ הגיע לטקס.",
]


def visual(line: str) -> str:
    """A right-to-left line as a PDF producer lays out its glyphs: letters right to left, numbers left to
    right. The text layer's reader (PDFium) puts them back in reading order, but for the neutral full stop."""
    return re.sub(r"\d+", lambda number: number[0][::-1], line[::-1])


def hebrew_pdf(lines: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=10)
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_pasted_text_becomes_an_article_with_proposed_claims(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks
):
    response = post(
        curator_client, django_capture_on_commit_callbacks, text=ENGLISH, title="Water deal", source="Test Wire"
    )

    job = finished_job(curator_client, response)
    article = Article.objects.get(pk=response.json()["article"])
    assert article.language == "en"  # detected
    assert job["article"] == article.pk and job["proposed"] >= 2
    assert Claim.objects.filter(status="proposed", citations__article=article).count() == job["proposed"]
    assert job["progress"] == {"done": 1, "total": 1}


PASTED_PAGE = (
    "CASPIAN MERIDIAN  ·  Friday, 7 June 2019  ·  Subscribe\n"
    "Home › World › Caucasus\n"
    "Azerbaijan and Israel sign a water accord\n"
    "By Dana Whitfield | 5 June 2019 | 4 min read\n"
    "Azerbaijan and Israel signed an agreement on water technology in Baku yesterday, the two governments said "
    "in a joint statement.\n"
)


def test_pasted_page_without_a_date_is_published_as_its_byline_says(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks
):
    """Not the site's clock (7 June): the byline's day, from which "yesterday" is read."""
    response = post(
        curator_client, django_capture_on_commit_callbacks, text=PASTED_PAGE, title="Water accord", source="Meridian"
    )

    finished_job(curator_client, response)
    article = Article.objects.get(pk=response.json()["article"])
    assert article.published == "2019-06-05"
    assert "stamp" in article.notes
    claim = Claim.objects.get(citations__article=article, citations__quote__contains="signed an agreement")
    assert claim.date == "2019-06-04"


def test_the_same_text_again_is_the_existing_article_and_writes_nothing(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks
):
    first = post(curator_client, django_capture_on_commit_callbacks, text=ENGLISH, title="Water deal", source="Wire")
    before = counts()

    again = post(
        curator_client,
        django_capture_on_commit_callbacks,
        text="  " + ENGLISH.replace(" ", "  ") + "\n",  # other white space: the same text
        title="Another title",
        source="Another outlet",
    )

    assert again.status_code == 200 and again.json()["id"] == first.json()["article"]
    assert counts() == before


def test_an_uploaded_html_page_is_read_without_its_furniture_with_its_metadata(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile("visit.html", PAGES["/he/visit.html"], content_type="text/html")

    response = post(curator_client, django_capture_on_commit_callbacks, file=upload, source="Test News")

    job = finished_job(curator_client, response)
    article = Article.objects.get(pk=job["article"])
    assert article.title == "נשיא אזרבייג'ן ביקר בישראל" and article.language == "he"
    assert article.authors == ["יוסי כהן"] and article.published == "2024-05-02"
    assert "אלייב" in article.text and "Subscribe" not in article.text and "Most read" not in article.text


def test_a_hebrew_pdf_is_read_in_reading_order(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile(
        "brief.pdf", hebrew_pdf([visual(line) for line in HEBREW]), content_type="application/pdf"
    )

    response = post(
        curator_client, django_capture_on_commit_callbacks, file=upload, title="תקציר", source="Test Institute"
    )

    job = finished_job(curator_client, response)
    article = Article.objects.get(pk=job["article"])
    assert article.language == "he"
    for line in HEBREW:
        assert line in article.text  # "בשנת .1992" from the text layer, repaired
    assert job["proposed"] >= 2


def test_a_docx_and_a_txt_file_are_read(curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks):
    import docx

    document = docx.Document()
    document.core_properties.title = "Energy ties"
    document.core_properties.author = "Ruth Amir"
    for sentence in ENGLISH.split(". "):
        document.add_paragraph(sentence.rstrip(".") + ".")
    buffer = io.BytesIO()
    document.save(buffer)

    from_docx = post(
        curator_client,
        django_capture_on_commit_callbacks,
        file=SimpleUploadedFile("ties.docx", buffer.getvalue()),
        source="Journal",
    )
    text = "Israel and Azerbaijan held talks on 3 February 2020 in Jerusalem on trade and energy cooperation."
    from_txt = post(
        curator_client,
        django_capture_on_commit_callbacks,
        file=SimpleUploadedFile("talks.txt", text.encode()),
        title="Talks",
        source="Journal",
    )

    job = finished_job(curator_client, from_docx)
    finished_job(curator_client, from_txt)
    article = Article.objects.get(pk=job["article"])
    assert article.title == "Energy ties" and article.authors == ["Ruth Amir"]


@pytest.mark.parametrize("path", ["/en/pipeline.html", "/he/visit.html", "/ar/embassy.html"])
def test_a_web_page_by_url_is_fetched_stored_and_proposes_claims(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks, path
):
    with serving() as base:
        response = post(curator_client, django_capture_on_commit_callbacks, url=base + path, source="The Daily Test")

        job = finished_job(curator_client, response)
        article = Article.objects.get(pk=job["article"])
        assert article.url == base + path and article.title and article.published
        assert job["proposed"] >= 1 and job["progress"] == {"done": 2, "total": 2}

        again = post(curator_client, django_capture_on_commit_callbacks, url=base + path, source="The Daily Test")
        assert again.status_code == 200 and again.json()["id"] == article.pk


def test_an_unreachable_url_fails_its_job_with_the_reason_and_writes_nothing(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks
):
    with serving() as base:
        articles = Article.objects.count()
        response = post(curator_client, django_capture_on_commit_callbacks, url=base + "/gone.html", source="X")

        job = curator_client.get(response.json()["job"]).json()
    assert job["status"] == "failed" and "404" in job["error"]
    assert Article.objects.count() == articles and not Source.objects.filter(name="X").exists()


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"file": ("empty.txt", b"")}, "file", "empty"),
        ({"file": ("data.bin", b"\x00\x01\x02\x03binary")}, "file", ".bin files are not read"),
        ({"text": ENGLISH, "url": "http://127.0.0.1:9/x"}, "text", "exactly one"),
        ({"text": ENGLISH, "title": "T" * 501}, "title", "500 characters"),
        (
            {"text": "Le ministre a visité Bakou en 2019 pour parler de coopération économique.", "title": "FR"},
            "language",
            "French",
        ),
        ({"text": ENGLISH, "title": "T", "published": "2019-13-45"}, "published", ""),
    ],
)
def test_bad_input_is_a_400_naming_the_field_and_writes_nothing(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks, data, field, message
):
    before = counts()
    payload = {"source": "Refused outlet", **data}
    if "file" in payload:
        name, content = payload["file"]
        payload["file"] = SimpleUploadedFile(name, content)

    response = post(curator_client, django_capture_on_commit_callbacks, **payload)

    assert response.status_code == 400, response.content[:300]
    assert field in response.json() and message in json.dumps(response.json(), ensure_ascii=False)
    assert counts() == before


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("blob.txt", b"\x00\x01\x02\x03binary", "NUL byte"),
        ("fake.pdf", b"%PDF-1.4 not really", "not a readable PDF"),
        ("huge.txt", b"word " * 1_000_001, "at most 5,000,000"),
    ],
)
def test_a_file_its_job_cannot_read_fails_the_job_with_the_reason_and_stores_nothing(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks, name, content, message
):
    """Reading a file (decoding, PDF, Word) is the job's, not the web request's: the request answers 202 at
    once, the job fails saying why, no article is written and the upload is not kept."""
    articles = Article.objects.count()

    response = post(
        curator_client,
        django_capture_on_commit_callbacks,
        file=SimpleUploadedFile(name, content),
        title="T",
        source="S",
    )

    assert response.status_code == 202 and response.json()["article"] is None
    job = curator_client.get(response.json()["job"]).json()
    assert job["status"] == "failed" and message in job["error"], job
    assert Article.objects.count() == articles
    assert Job.objects.get(pk=job["id"]).upload == b""


def test_only_curators_bring_articles_in(client, seeded_with_gazetteer):
    response = client.post(
        "/api/v1/articles/", {"text": ENGLISH, "title": "T", "source": "S"}, content_type="application/json"
    )

    assert response.status_code in (401, 403)
    assert Article.objects.count() == 5


WRAPPED = {
    "en": (
        "Israel and Azerbaijan deepen energy ties",
        "By Ruth Amir, staff writer",
        "Israel and Azerbaijan signed an energy agreement in Baku on 5 June 2019, the two governments said. The "
        "agreement covers gas, oil and renewable power and was negotiated by the two ministries over many months, "
        "officials in Baku and Jerusalem said on Thursday.",
    ),
    "he": (
        "ישראל ואזרבייג'ן מעמיקות את קשרי האנרגיה",
        "מאת רות אמיר",
        # No digit beside punctuation: the helper that lays Hebrew out as a PDF does moves neutral marks.
        "ישראל ואזרבייג'ן חתמו על הסכם אנרגיה בבאקו ביוני 2019 כך מסרו שתי הממשלות. ההסכם עוסק בגז, בנפט "
        "ובאנרגיה מתחדשת, והוא נוסח על ידי שני המשרדים במשך חודשים ארוכים, כך אמרו גורמים בבאקו ובירושלים.",
    ),
}


def wrapped(paragraph: str, width: int) -> list[str]:
    """A paragraph broken into lines of about `width` characters, as a PDF's column breaks it."""
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


@pytest.mark.parametrize("language", ["en", "he"])
def test_a_pdf_s_wrapped_lines_are_read_as_its_paragraphs_and_its_headline_stays_apart(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks, language
):
    """A PDF breaks a paragraph wherever its column ends: read back, the sentences are whole again (a claim never
    quotes half of one) and the headline and byline, short lines, stay lines of their own."""
    headline, byline, paragraph = WRAPPED[language]
    lines = [headline, byline, *wrapped(paragraph, 60)]
    pdf = hebrew_pdf([visual(line) for line in lines] if language == "he" else lines)
    upload = SimpleUploadedFile("brief.pdf", pdf, content_type="application/pdf")

    response = post(curator_client, django_capture_on_commit_callbacks, file=upload, source="Test Institute")

    job = finished_job(curator_client, response)
    article = Article.objects.get(pk=job["article"])
    sentences = [s.strip() for s in re.split(r"(?<=\.)\s", paragraph)]
    assert all(sentence in article.text for sentence in sentences), article.text
    assert headline in article.text.splitlines() and article.title == headline
    quotes = [
        citation.quote
        for claim in Claim.objects.filter(citations__article=article)
        for citation in claim.citations.all()
    ]
    assert quotes and all(any(quote.startswith(s[:20]) for s in sentences) or quote == headline for quote in quotes), (
        quotes
    )
