import hashlib

from django.db import models

from core.models import Language, edtf_bounds_or_error, text_direction


def text_hash(text: str) -> str:
    """The same words in the same order, whatever the white space: one article (duplicates point at it)."""
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


class Source(models.Model):
    """An outlet: a newspaper, a site, a journal, a government office."""

    class Kind(models.TextChoices):
        NEWS = "news", "News"
        OPINION = "opinion", "Opinion"
        ACADEMIC = "academic", "Academic"
        GOVERNMENT = "government", "Government"
        THINK_TANK = "think_tank", "Think tank"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200, unique=True)
    name_native = models.CharField(max_length=200, blank=True, help_text="The outlet's own name.")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.NEWS)
    homepage = models.URLField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Article(models.Model):
    """One published document. `raw_text` is what was received; `text` is the normalised text
    that every citation's offsets point into."""

    key = models.SlugField(max_length=100, unique=True, help_text="Stable identifier: the file name without extension.")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="articles")
    title = models.CharField(max_length=500)
    language = models.CharField(max_length=2, choices=Language.choices)
    url = models.URLField(max_length=1000, blank=True)
    authors = models.JSONField(default=list, blank=True)
    published = models.CharField(
        max_length=100, blank=True, help_text="Publication date as EDTF (e.g. 2025-10-22, 2015-01, 2025-10-22?)."
    )
    published_start = models.DateField(null=True, blank=True, editable=False)
    published_end = models.DateField(null=True, blank=True, editable=False)
    raw_text = models.TextField(help_text="The document as received, decoded from UTF-8.")
    text = models.TextField(help_text="Normalised text; citations point into it.")
    content_hash = models.CharField(max_length=64, help_text="SHA-256 of the received bytes.")
    text_hash = models.CharField(
        max_length=64, blank=True, db_index=True, editable=False, help_text="SHA-256 of the text: finds duplicates."
    )
    translation_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="translations"
    )
    notes = models.TextField(blank=True, help_text="Where the metadata comes from, when it is not in the text.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)  # the API's Last-Modified asks MAX() per request

    class Meta:
        ordering = ["published_start", "key"]
        indexes = [models.Index(fields=["language"]), models.Index(fields=["published_start"])]

    def __str__(self) -> str:
        return f"{self.title} ({self.source})"

    def save(self, *args, **kwargs) -> None:
        self.compute_published_bounds()
        self.text_hash = text_hash(self.text)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        self.compute_published_bounds()

    def compute_published_bounds(self) -> None:
        if not self.published:
            self.published_start = self.published_end = None
            return
        bounds = edtf_bounds_or_error(self.published, "published")
        self.published = bounds["value"]
        self.published_start, self.published_end = bounds["start"], bounds["end"]

    @property
    def direction(self) -> str:
        return text_direction(self.language)
