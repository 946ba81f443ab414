from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any, Self

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from simple_history.models import HistoricalRecords

from core.edtf import DatePrecision
from core.models import Language, edtf_bounds_or_error, text_direction
from facts.permissions import is_curator
from facts.quotes import locate_quote, mismatch_message, quote_spans

CONTEXT_CHARS = 32  # W3C TextQuoteSelector prefix/suffix length used to re-anchor quotes
# Open interval ends ("1992/..", "../1992") are stored as the extreme dates, so that ordering, keyset
# pagination and period-overlap filters need no NULL handling and every comparison can use an index.
OPEN_START = dt.date.min
OPEN_END = dt.date.max


class Actor(models.Model):
    """A state, person or organisation that claims are about."""

    class Kind(models.TextChoices):
        STATE = "state", "State"
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        COMPANY = "company", "Company"
        ARMED_GROUP = "armed_group", "Armed group"
        REGION = "region", "Region"
        PEOPLE = "people", "People or community"

    slug = models.SlugField(max_length=100, unique=True)
    name = models.CharField(
        "English name",
        max_length=200,
        blank=True,
        help_text="Canonical English name; empty until a curator writes it for an actor taken from a Hebrew or "
        "Arabic text (that text's name is kept as its Hebrew or Arabic name).",
    )
    name_he = models.CharField("Hebrew name", max_length=200, blank=True)
    name_ar = models.CharField("Arabic name", max_length=200, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    wikidata_id = models.CharField(
        max_length=20, blank=True, validators=[RegexValidator(r"^Q[1-9]\d*$", "A Wikidata id looks like Q227.")]
    )
    description = models.CharField(max_length=300, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["name"],
                condition=~models.Q(name=""),
                name="actor_english_name_unique",
                violation_error_message="An actor with this English name already exists.",
            ),
            models.CheckConstraint(
                condition=~models.Q(name="", name_he="", name_ar=""),
                name="actor_named_in_some_language",
                violation_error_message="Give the actor a name in English, Hebrew or Arabic.",
            ),
        ]

    def __str__(self) -> str:
        return self.name or self.name_he or self.name_ar

    @property
    def extraction_name(self) -> str:
        """How extraction names the actor (facts.selectors.extraction_gazetteer): its English name, else its
        slug, unique either way."""
        return self.name or self.slug


class ActorAlias(models.Model):
    """Another way a text names an actor: a spelling, a demonym, a capital standing for its state."""

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    language = models.CharField(max_length=2, choices=Language.choices)
    alias = models.CharField(max_length=200)

    class Meta:
        ordering = ["language", "alias"]
        constraints = [
            models.UniqueConstraint(fields=["actor", "language", "alias"], name="actor_alias_unique"),
        ]
        indexes = [models.Index(fields=["alias"])]
        verbose_name_plural = "actor aliases"

    def __str__(self) -> str:
        return f"{self.alias} ({self.language})"


class Topic(models.Model):
    slug = models.SlugField(max_length=100, unique=True)
    name = models.CharField(max_length=200, unique=True)
    name_he = models.CharField("Hebrew name", max_length=200, blank=True)
    name_ar = models.CharField("Arabic name", max_length=200, blank=True)
    description = models.CharField(max_length=300, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Period(models.Model):
    """A named period or event that date expressions refer to ("during the Second Karabakh War", "בתקופת
    ממשל ביידן", "في عهد الرئيس حيدر علييف"): its span as EDTF (open at the end while it runs) and its names
    in each language. Extraction resolves such expressions through these; curators keep them."""

    class Kind(models.TextChoices):
        WAR = "war", "War"
        TERM = "term", "Term of office"
        GOVERNMENT = "government", "Government"
        ELECTION = "election", "Election"
        EVENT = "event", "Event"

    slug = models.SlugField(max_length=100, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    edtf = models.CharField(
        "span", max_length=100, help_text="EDTF: 2020-09-27/2020-11-10, 1996/1999, 2025-01-20/.. while it runs."
    )
    names = models.JSONField(
        default=dict,
        help_text='Names by language: {"en": ["Second Karabakh War", "44-day war"], "he": [...], "ar": [...]}',
    )
    places = models.JSONField(
        default=list,
        blank=True,
        help_text="Words that, in the same sentence, tell this period from another with the same name (elections).",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["slug"]

    def __str__(self) -> str:
        return f"{self.slug} ({self.edtf})"

    def clean(self) -> None:
        edtf_bounds_or_error(self.edtf, "edtf")
        if not isinstance(self.names, dict) or not all(
            isinstance(names, list) and all(isinstance(name, str) and name.strip() for name in names)
            for names in self.names.values()
        ):
            raise ValidationError({"names": "Names by language code: lists of names."})
        unknown = set(self.names) - set(Language.values)
        if unknown:
            raise ValidationError({"names": f"Unknown language: {', '.join(sorted(unknown))}."})


# Timeline order: by first day, then by last day, then id. A point and a range that start together come in the
# order they end ("1988" before "1988–1994", "January 1988" before "1988"); a decade comes where it starts
# ("the 1990s" after "1990" and before "1991"); an open end ("since 1992") ends last.
TIMELINE_ORDER = ("date_start", "date_end", "id")


class ClaimQuerySet(models.QuerySet):
    def visible_to(self, user) -> ClaimQuerySet:
        """The one visibility rule: the public sees public claims only; curators see everything."""
        return self if is_curator(user) else self.public()

    def public(self) -> ClaimQuerySet:
        return self.filter(public_claim())

    def chronological(self) -> ClaimQuerySet:
        # date_start is never NULL (open ends are stored as date.min / date.max), so a plain ascending order
        # is the index's order; "NULLS FIRST" would keep PostgreSQL from reading the index in order.
        return self.order_by(*TIMELINE_ORDER)


class PublicTrace(models.Model):
    """On each history row: whether the change could be seen by the public (the claim was or became public).
    Public ETag/Last-Modified come from these rows only, so that drafting shows nothing to the public and
    does not empty public caches (facts.selectors.data_last_changed, facts.signals)."""

    touches_public = models.BooleanField(default=True)

    class Meta:
        abstract = True


class Claim(models.Model):
    """A dated statement about one or more actors, backed by citations."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"
        WITHDRAWN = "withdrawn", "Withdrawn"  # was public, taken back: hidden, kept with its history

    version = models.PositiveIntegerField(
        default=1, editable=False, help_text="Raised by every change: the ETag of the claim, and what If-Match names."
    )
    key = models.SlugField(
        max_length=120,
        unique=True,
        null=True,
        blank=True,
        help_text="Stable identifier for curated claims (fixtures, exports).",
    )
    summary = models.TextField(help_text="English summary.")
    summary_he = models.TextField("Hebrew summary", blank=True)
    summary_ar = models.TextField("Arabic summary", blank=True)
    date = models.CharField(max_length=100, help_text="EDTF: 2025-10-22, 1992-04, 199X, 2023-01~, 1988/1994, 1992/..")
    date_start = models.DateField(editable=False, help_text="First day the date can mean (0001-01-01: open).")
    date_end = models.DateField(editable=False, help_text="Last day the date can mean (9999-12-31: open).")
    date_precision = models.PositiveSmallIntegerField(choices=DatePrecision.choices, editable=False)
    date_approximate = models.BooleanField(default=False, editable=False)
    date_uncertain = models.BooleanField(default=False, editable=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PROPOSED)
    confidence = models.FloatField(
        default=1.0,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
        help_text="How sure the proposer is (0 to 1); 1 for claims written by a curator.",
    )
    actors = models.ManyToManyField(Actor, related_name="claims", blank=True)
    topics = models.ManyToManyField(Topic, related_name="claims", blank=True)
    disputes = models.ManyToManyField(
        "self", symmetrical=True, blank=True, help_text="Claims that contradict this one (e.g. a different year)."
    )
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="merged_claims", editable=False
    )
    origin = models.CharField(
        max_length=100, default="curator", help_text="What created the claim: curator, fixture, extraction run."
    )
    date_anchor = models.CharField(
        max_length=100,
        blank=True,
        editable=False,
        help_text="What extraction resolved the proposed date against: the publication date (published), the date "
        "the text mentioned before (previous), a named period (period:<slug>); empty for a date that stands alone.",
    )
    suggested_actors = models.JSONField(
        default=list,
        blank=True,
        help_text="People the quote names with a title whom the gazetteer lacks; accepting adds them as actors.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Reasons in words (a merge names the claims merged in; citation changes quote their words): no length cap.
    history = HistoricalRecords(
        m2m_fields=[actors, topics], bases=[PublicTrace], history_change_reason_field=models.TextField(null=True)
    )
    objects = ClaimQuerySet.as_manager()

    # Not columns. Set by the services before a save or delete (django-simple-history reads them for the
    # history row: who made the change and why); read from the database (`from_db`); annotated by lists.
    _history_user: Any
    _change_reason: str
    loaded_status: str | None
    citation_total: int

    class Meta:
        ordering = list(TIMELINE_ORDER)
        indexes = [
            # The public timeline in order; date_end, part of the order, also lets a period filter
            # (date_start <= to AND date_end >= from) be checked in the index, not row by row (bench/api_bench.py).
            models.Index(fields=["status", "date_start", "date_end", "id"], name="claim_status_period"),
            models.Index(fields=["date_end"]),
            models.Index(fields=["updated_at"]),
            models.Index(fields=["date_start", "date_end", "id"], name="claim_timeline_order"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(confidence__gte=0) & models.Q(confidence__lte=1), name="claim_confidence_0_1"
            ),
        ]
        permissions = [("review_claim", "Can approve, reject and merge claims")]

    def __str__(self) -> str:
        return f"{self.date}: {self.summary[:80]}"

    def save(self, *args, **kwargs) -> None:
        self.compute_date_bounds()
        super().save(*args, **kwargs)

    def clean(self) -> None:
        self.compute_date_bounds()

    def compute_date_bounds(self) -> None:
        bounds = edtf_bounds_or_error(self.date, "date")
        parsed = bounds["parsed"]
        self.date = parsed.value
        self.date_start, self.date_end = parsed.start or OPEN_START, parsed.end or OPEN_END
        self.date_precision = parsed.precision
        self.date_approximate, self.date_uncertain = parsed.approximate, parsed.uncertain

    @classmethod
    def from_db(cls, db: str | None, field_names: Collection[str], values: Collection[Any], **kwargs: Any) -> Self:
        claim = super().from_db(db, field_names, values, **kwargs)
        claim.loaded_status = claim.__dict__.get("status")  # what it was before this change (PublicTrace)
        return claim

    @property
    def is_public(self) -> bool:
        return self.status == PUBLIC_STATUS

    def was_or_is_public(self) -> bool:
        return PUBLIC_STATUS in (self.status, getattr(self, "loaded_status", None))


def public_claim(prefix: str = "") -> models.Q:
    """The one rule for what the public sees: an approved claim. `prefix` reaches the claim from another model
    ("claim__" from a citation or a link row)."""
    return models.Q(**{f"{prefix}status": PUBLIC_STATUS})


# What the public sees: approved claims (the one definition; `public_claim()` and `Claim.is_public` read it).
PUBLIC_STATUS = Claim.Status.APPROVED


class Citation(models.Model):
    """The exact words of an article that support a claim: `article.text[start:end] == quote`."""

    version = models.PositiveIntegerField(
        default=1, editable=False, help_text="Raised by every change: the citation's ETag, and what If-Match names."
    )
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="citations")
    article = models.ForeignKey("corpus.Article", on_delete=models.PROTECT, related_name="citations")
    quote = models.TextField()
    start = models.PositiveIntegerField(null=True, blank=True, help_text="Leave empty to locate the quote.")
    end = models.PositiveIntegerField(null=True, blank=True)
    prefix = models.CharField(max_length=CONTEXT_CHARS, blank=True, editable=False)
    suffix = models.CharField(max_length=CONTEXT_CHARS, blank=True, editable=False)
    date_span_start = models.PositiveIntegerField(
        null=True, blank=True, help_text="Where the date words start, counted inside the quote."
    )
    date_span_end = models.PositiveIntegerField(null=True, blank=True)
    is_orphaned = models.BooleanField(
        default=False, editable=False, help_text="The article's text changed and the quote could not be re-anchored."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(bases=[PublicTrace], history_change_reason_field=models.TextField(null=True))

    _history_user: Any  # as on Claim
    _change_reason: str
    loaded_claim_id: int | None

    class Meta:
        ordering = ["claim_id", "article_id", "start"]
        constraints = [
            models.CheckConstraint(condition=models.Q(end__gt=models.F("start")), name="citation_end_after_start"),
            models.UniqueConstraint(fields=["claim", "article", "start", "end"], name="citation_unique_span"),
        ]

    def __str__(self) -> str:
        return f"{self.article.key}[{self.start}:{self.end}]"

    def save(self, *args, **kwargs) -> None:
        # Orphaned citations are kept for a curator to repair; everything else must match exactly.
        if not self.is_orphaned:
            self.check_integrity()
        super().save(*args, **kwargs)

    def clean(self) -> None:
        if self.article_id is not None:
            self.check_integrity()

    def check_integrity(self) -> None:
        """Fill missing offsets when the quote occurs exactly once, then require an exact match."""
        text = self.article.text
        if not self.quote:
            raise ValidationError({"quote": "A citation needs the exact words it cites."}, code="empty_quote")
        if self.start is None or self.end is None:
            self.start, self.end = locate_quote(text, self.quote, article_name=self.article.title)
            self.quote = text[self.start : self.end]  # found as typed: the exact words are stored
        if self.end <= self.start:
            raise ValidationError(
                {"end": f"The quote's end ({self.end}) must come after its start ({self.start})."},
                code="span_reversed",
            )
        if text[self.start : self.end] != self.quote:
            if quote_spans(text[self.start : self.end], self.quote, tolerant=True) == [(0, self.end - self.start)]:
                self.quote = text[self.start : self.end]  # the same words as typed (a hyphen for a maqaf…)
            else:
                raise ValidationError(
                    {"quote": mismatch_message(text, self.quote, self.start, self.end, self.article.title)},
                    code="quote_mismatch",
                )
        date_start, date_end = self.date_span_start, self.date_span_end
        if (date_start is None) != (date_end is None):
            raise ValidationError({"date_span_end": "Give both ends of the date span, or neither."})
        if date_start is not None and date_end is not None and not (0 <= date_start < date_end <= len(self.quote)):
            raise ValidationError(
                {
                    "date_span_end": f"The date span {self.date_span_start}–{self.date_span_end} must lie "
                    f"inside the quote (0–{len(self.quote)})."
                }
            )
        self.prefix = text[max(0, self.start - CONTEXT_CHARS) : self.start]
        self.suffix = text[self.end : self.end + CONTEXT_CHARS]

    @property
    def direction(self) -> str:
        return text_direction(self.article.language)

    @property
    def date_words(self) -> str:
        if self.date_span_start is None:
            return ""
        return self.quote[self.date_span_start : self.date_span_end]

    @classmethod
    def from_db(cls, db: str | None, field_names: Collection[str], values: Collection[Any], **kwargs: Any) -> Self:
        citation = super().from_db(db, field_names, values, **kwargs)
        citation.loaded_claim_id = citation.__dict__.get("claim_id")  # a merge moves citations (PublicTrace)
        return citation


TERM_MAX_LENGTH = 100  # longer tokens (a URL, a run of letters) are never a fact's terms in the postings


class ArticleReading(models.Model):
    """What each sentence of an article is about, as same-fact matching reads it (its content terms, dates
    masked, actors named; facts.extraction.matching). Reading an article costs finding every date and actor
    in it; kept here, a fresh worker builds its sentence index by loading readings instead of reading the
    whole corpus again. `reading` says what it was read from and with; a different key is read again."""

    article = models.OneToOneField("corpus.Article", on_delete=models.CASCADE, primary_key=True, related_name="+")
    reading = models.CharField(max_length=64)
    sentences = models.JSONField()  # [[start, end, dated, [term, …]], …]
    sentence_count = models.PositiveIntegerField(default=0)  # len(sentences): the corpus's size, summed in SQL

    def __str__(self) -> str:
        return f"reading of article {self.article_id}"


class TermPosting(models.Model):
    """One term of one sentence of an article's reading: the inverted index that same-fact matching searches
    in the database, shared by every worker and web process (facts.services.sentences), so that no process
    holds the corpus in memory. How many postings a term has is how many sentences hold it (its rarity)."""

    article = models.ForeignKey("corpus.Article", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)
    term = models.CharField(max_length=TERM_MAX_LENGTH)
    start = models.PositiveIntegerField()  # the sentence's start in the article's text

    class Meta:
        indexes = [models.Index(fields=["language", "term"], name="posting_language_term")]

    def __str__(self) -> str:
        return f"{self.term} in article {self.article_id} at {self.start}"


class TermCount(models.Model):
    """How many sentences of the corpus hold a term: its postings counted once, kept up to date as readings are
    stored and articles deleted (facts.services.sentences), so that a job asks for a term's rarity by its key
    instead of counting its postings (a term every sentence holds, "@Azerbaijan", has as many postings as the
    corpus has sentences: counting them was 0.2 s a job at 10,000 articles)."""

    language = models.CharField(max_length=8)
    term = models.CharField(max_length=TERM_MAX_LENGTH)
    sentences = models.IntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "term"], name="term_count_unique")]

    def __str__(self) -> str:
        return f"{self.term}: {self.sentences} sentences"


class CorpusWord(models.Model):
    """A word the corpus writes in a language: whether "מאגר" occurs tells that "ממאגר" is "מאגר" with a
    clitic (facts.extraction.matching.canonical). Stored, so that every process reads with the same words."""

    language = models.CharField(max_length=8)
    word = models.CharField(max_length=TERM_MAX_LENGTH)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "word"], name="corpus_word_unique")]

    def __str__(self) -> str:
        return f"{self.word} ({self.language})"
