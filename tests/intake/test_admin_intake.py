"""The admin's "Add article": paste, upload or give a URL; the job's page shows its progress and links to the
proposals; a duplicate points at the stored article; a refusal keeps the form and writes nothing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from corpus.models import Article
from intake.models import Job

pytestmark = pytest.mark.django_db
ADD = "/admin/corpus/article/add/"
TEXT = "Israel and Azerbaijan signed a memorandum on cyber security on 9 September 2021 in Baku, officials said."


def test_a_curator_pastes_an_article_and_follows_its_job_to_the_proposals(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks
):
    assert curator_client.get(ADD).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        response = curator_client.post(ADD, {"text": TEXT, "title": "Cyber memorandum", "new_source": "Test Wire"})

    job = Job.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/admin/intake/job/{job.pk}/change/")
    page = curator_client.get(response["Location"]).content.decode()
    assert job.status == "done" and job.proposed >= 1
    assert "<progress" in page and f"citations__article__id__exact={job.article_id}&status__exact=proposed" in page


def test_an_uploaded_file_and_then_its_duplicate(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        curator_client.post(ADD, {"file": SimpleUploadedFile("m.txt", TEXT.encode()), "title": "M", "new_source": "W"})
    article = Article.objects.get(title="M")

    again = curator_client.post(ADD, {"text": TEXT, "title": "Other", "new_source": "Other"}, follow=True)

    assert again.redirect_chain[-1][0].endswith(f"/admin/corpus/article/{article.pk}/change/")
    assert "Already stored (the same text)" in again.content.decode()
    assert Article.objects.count() == 6


def test_a_refusal_keeps_the_form_and_writes_nothing(curator_client, seeded_with_gazetteer):
    response = curator_client.post(ADD, {"text": TEXT, "title": "No outlet"})
    empty = curator_client.post(ADD, {"file": SimpleUploadedFile("x.txt", b""), "new_source": "S"})

    assert response.status_code == 200 and "Choose the outlet" in response.content.decode()
    assert empty.status_code == 200 and "file is empty" in empty.content.decode()
    assert "one of the three" not in empty.content.decode()  # the file's own error, not a second misleading one
    assert Article.objects.count() == 5 and not Job.objects.exists()


def test_a_refused_upload_is_kept_for_the_next_submit_and_only_for_its_curator(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks, django_user_model
):
    import re

    from django.test import Client

    from intake.models import HeldUpload
    from tests.conftest import curator_group

    refused = curator_client.post(ADD, {"file": SimpleUploadedFile("memo.txt", TEXT.encode()), "title": "Memo"})
    page = refused.content.decode()
    held = re.search(r'name="held" value="(\d+)"', page)[1]
    assert "Choose the outlet" in page and "Kept from your last submit: memo.txt" in page
    assert bytes(HeldUpload.objects.get().content) == TEXT.encode() and not Job.objects.exists()

    # Someone else cannot bring in this curator's file by its number.
    other = django_user_model.objects.create_user("other-curator", password="unused-password-123", is_staff=True)
    other.groups.add(curator_group())
    stranger = Client()
    stranger.force_login(other)
    theirs = stranger.post(ADD, {"held": held, "title": "Memo", "new_source": "Wire"})
    assert "one of the three" in theirs.content.decode() and not Job.objects.exists()

    # The same form submitted again with the outlet, the file box empty as a browser leaves it: brought in.
    with django_capture_on_commit_callbacks(execute=True):
        again = curator_client.post(ADD, {"held": held, "title": "Memo", "new_source": "Wire"})
    assert again.status_code == 302 and Article.objects.get(title="Memo").source.name == "Wire"
    assert TEXT[:40] in Article.objects.get(title="Memo").text
    assert not HeldUpload.objects.exists()  # released once used


def test_a_file_is_read_by_its_job_whose_page_says_why_it_failed(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        binary = curator_client.post(ADD, {"file": SimpleUploadedFile("x.txt", b"\x00\x01"), "new_source": "S"})

    assert binary.status_code == 302 and "/admin/intake/job/" in binary["Location"]
    page = curator_client.get(binary["Location"]).content.decode()
    assert "failed" in page and "NUL byte" in page
    assert Article.objects.count() == 5


def counts() -> tuple[int, int]:
    return Article.objects.count(), Job.objects.count()


def test_reading_a_hebrew_pdf_shows_what_would_be_stored_and_writes_nothing_until_brought_in(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks
):
    from tests.intake.test_rest_intake import HEBREW, hebrew_pdf, visual

    before = counts()
    upload = SimpleUploadedFile("brief.pdf", hebrew_pdf([visual(line) for line in HEBREW]), "application/pdf")

    with django_capture_on_commit_callbacks(execute=True):  # the preview's job: read at once here (no broker)
        asked = curator_client.post(ADD, {"file": upload, "new_source": "Test Institute", "_preview": "Read"})
    assert asked.status_code == 302 and "?preview=" in asked["Location"]
    read = curator_client.get(asked["Location"])

    page = read.content.decode()
    assert read.status_code == 200 and counts() == (before[0], before[1] + 1)  # the preview's job, no article
    form = read.context["form"]
    assert form.initial["language"] == "he" and form.initial["read_as"] == "pdf"
    assert "language <strong>detected</strong>: he" in page
    assert 'id="intake-preview"' in page and 'dir="rtl"' in page
    for line in HEBREW:
        assert line in read.context["preview"].stored_text  # repaired into reading order in the preview

    # The curator corrects a field the content left empty and brings in the text the preview read.
    fields = {name: value for name, value in form.initial.items() if value is not None}
    with django_capture_on_commit_callbacks(execute=True):
        saved = curator_client.post(ADD, {**fields, "title": "תקציר", "published": "2024-05", "_save": "Bring in"})

    article = Article.objects.get(title="תקציר")
    assert saved.status_code == 302 and counts() == (before[0] + 1, before[1] + 2)
    assert article.language == "he" and article.published == "2024-05"
    assert "Brought in as pdf." in article.notes
    for line in HEBREW:
        assert line in article.text


def test_reading_a_web_page_fills_the_form_from_its_metadata(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks
):
    from tests.intake.pages import serving

    before = counts()
    with serving() as base, django_capture_on_commit_callbacks(execute=True):
        asked = curator_client.post(ADD, {"url": f"{base}/ar/embassy.html", "new_source": "Daily", "_preview": "R"})
    read = curator_client.get(asked["Location"])

    initial = read.context["form"].initial
    assert Article.objects.count() == before[0]
    assert initial["title"] == "أذربيجان تفتح سفارتها في إسرائيل" and initial["language"] == "ar"
    assert initial["published"] == "2023-03-30" and initial["authors"] == "أحمد خليل"
    assert initial["url"].endswith("/ar/embassy.html") and initial["read_as"] == "html"
    assert "افتتحت أذربيجان سفارتها" in initial["text"] and "Subscribe" not in initial["text"]


def test_a_preview_being_read_is_a_live_page_and_a_failed_one_says_why(
    curator_client, curator, seeded_with_gazetteer, django_capture_on_commit_callbacks
):
    """The request that asks for a preview of a page does not fetch it: it lands on the preview's page, which
    reloads itself while the job reads, then shows the form, or the reason it could not read."""
    from intake.services import IntakeRequest, preview_start

    waiting = preview_start(given=IntakeRequest(url="http://example.org/a", source="Daily"), by=curator)  # queued
    live = curator_client.get(f"{ADD}?preview={waiting.pk}").content.decode()
    assert 'id="intake-reading"' in live and '<meta http-equiv="refresh" content="1">' in live
    assert 'value="http://example.org/a"' in live and 'value="Daily"' in live  # the form kept as given

    with django_capture_on_commit_callbacks(execute=True):
        asked = curator_client.post(ADD, {"url": "http://127.0.0.1:9/closed", "new_source": "Daily", "_preview": "R"})
    failed = curator_client.get(asked["Location"]).content.decode()
    assert 'id="intake-preview-error"' in failed and "cannot be fetched" in failed
    assert "refresh" not in failed


def test_someone_else_s_preview_is_not_shown(curator_client, seeded_with_gazetteer, django_user_model):
    from intake.services import IntakeRequest, preview_start

    other = django_user_model.objects.create_user("other")
    theirs = preview_start(given=IntakeRequest(url="http://example.org/b", source="Daily"), by=other)

    assert curator_client.get(f"{ADD}?preview={theirs.pk}").status_code == 404
    assert curator_client.get(f"{ADD}?preview=nonsense").status_code == 404


def test_reading_a_stored_text_says_it_is_a_duplicate(curator_client, seeded_with_gazetteer):
    stored = Article.objects.get(key="000_18c52e3422456bef")

    read = curator_client.post(ADD, {"text": stored.raw_text, "new_source": "Other", "_preview": "Read"})

    assert read.context["preview"].duplicate == stored
    assert f"/admin/corpus/article/{stored.pk}/change/" in read.content.decode()


def test_reading_refuses_what_bringing_in_refuses(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks
):
    before = counts()
    from tests.intake.pages import serving

    with serving() as base, django_capture_on_commit_callbacks(execute=True):
        asked = curator_client.post(ADD, {"url": f"{base}/nowhere.html", "new_source": "S", "_preview": "Read"})
    missing = curator_client.get(asked["Location"])
    empty = curator_client.post(ADD, {"file": SimpleUploadedFile("e.txt", b""), "new_source": "S", "_preview": "R"})

    assert missing.status_code == 200 and "404" in missing.content.decode()
    assert empty.status_code == 200 and "file is empty" in empty.content.decode()
    assert Article.objects.count() == before[0]


def test_reading_a_web_page_needs_no_outlet_and_names_the_one_the_page_gives(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks
):
    from tests.intake.pages import serving

    with serving() as base, django_capture_on_commit_callbacks(execute=True):
        asked = curator_client.post(ADD, {"url": f"{base}/en/pipeline.html", "_preview": "Read"})
    assert asked.status_code == 302  # Read asks for nothing it could know
    read = curator_client.get(asked["Location"])

    initial = read.context["form"].initial
    assert initial["source"] is None and initial["new_source"] == "The Daily Test"  # created on Bring in
    refused = curator_client.post(
        ADD, {"text": "Azerbaijan and Israel met in Baku on 3 May 2024.", "_save": "Bring in"}
    )
    assert "Choose the outlet, or name a new one." in refused.content.decode()  # bringing in still needs one


def test_an_outlet_is_named_after_the_address_when_the_page_gives_none():
    from intake.services import outlet_of

    assert outlet_of("https://www.example-news.az/politics/1") == "example-news.az"
    assert outlet_of("") == ""


@pytest.mark.parametrize(
    ("status", "shown", "reloads"),
    [
        ("failed", '<li class="error">This job failed: https://example.org/gone: the server answered 404', False),
        ("done", '<li class="success">Done', False),
        ("running", '<li class="info">Running… 1/2', True),
        ("queued", '<li class="info">Queued… 0/2', True),
    ],
)
def test_a_job_s_page_says_how_it_ended_in_red_for_a_failure_and_reloads_while_it_runs(
    curator_client, curator, seeded_with_gazetteer, status, shown, reloads
):
    from intake.models import Job

    done = {"running": 1, "queued": 0}.get(status, 2)
    error = "https://example.org/gone: the server answered 404" if status == "failed" else ""
    job = Job.objects.create(
        kind="url", status=status, created_by=curator, progress_done=done, progress_total=2, error=error
    )

    page = curator_client.get(f"/admin/intake/job/{job.pk}/change/").content.decode()

    assert shown in page
    assert ('http-equiv="refresh"' in page) is reloads
