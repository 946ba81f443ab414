from django.conf import settings
from django.db import models


class Job(models.Model):
    """One piece of intake work (bring in a web page, propose claims from an article) run by a Celery worker,
    or in the web process when no broker is set: what a curator watches in the admin and at /api/v1/jobs/."""

    class Kind(models.TextChoices):
        URL = "url", "Fetch a web page, store it, propose claims"
        FILE = "file", "Read an uploaded file, store it, propose claims"
        PREVIEW = "preview", "Read a web page or a file for a curator to check (nothing stored)"
        EXTRACT = "extract", "Propose claims from a stored article"

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True)
    request = models.JSONField(default=dict, blank=True, help_text="What the curator gave (URL and metadata).")
    # An uploaded file waits here for its job (at most core.uploads.MAX_UPLOAD_BYTES); emptied when the job ends.
    upload = models.BinaryField(default=b"", blank=True, editable=False)
    upload_name = models.CharField(max_length=255, blank=True)
    article = models.ForeignKey(
        "corpus.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="intake_jobs"
    )
    progress_done = models.PositiveIntegerField(default=0)
    progress_total = models.PositiveIntegerField(default=0)
    proposed = models.PositiveIntegerField(default=0, help_text="Claims proposed for review.")
    error = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}: {self.status}"


class HeldUpload(models.Model):
    """A file a curator uploaded with a form the admin refused (no outlet chosen, a duplicate title…): kept
    here so that the next submit of the form brings it in without choosing it again, as a browser cannot
    refill a file box. One per curator, the newest; released when the form is accepted."""

    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=255)
    content = models.BinaryField(editable=False)  # at most core.uploads.MAX_UPLOAD_BYTES, as every upload
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.name} (held for {self.created_by})"
