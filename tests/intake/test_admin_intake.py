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
    binary = curator_client.post(ADD, {"file": SimpleUploadedFile("x.txt", b"\x00\x01"), "new_source": "S"})

    assert response.status_code == 200 and "Choose the outlet" in response.content.decode()
    assert binary.status_code == 200 and "NUL byte" in binary.content.decode()
    assert Article.objects.count() == 5 and not Job.objects.exists()
