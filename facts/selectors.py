"""Reads. `timeline` is the one query behind the public page, REST, GraphQL, the exports and the embed:
visibility, filters, order and prefetching are decided here once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from django.db import connection
from django.db.models import Case, Count, Exists, F, Max, OuterRef, Prefetch, QuerySet, Value, When
from django.db.models.functions import ExtractYear, Substr

from core.db import ByIds, JSONArray, JSONBoolean, JSONObject, JSONValue, by_ids
from core.errors import filtered
from corpus.models import Article
from facts.extraction.actors import Gazetteer
from facts.extraction.dates import Periods
from facts.extraction.dates.periods import periods_from_entries, periods_from_fixture
from facts.filters import ClaimFilterSet
from facts.keyset import keyset_query, page_of, position
from facts.models import OPEN_START, Actor, ActorAlias, Citation, Claim, ClaimQuerySet, Period, Topic, public_claim
from facts.permissions import is_curator
from facts.representation import (
    ACTOR_FIELDS,
    FULL_RECORD,
    RELATED_LISTS,
    TOPIC_FIELDS,
    RecordShape,
)

ARTICLE_BODY = ("article__text", "article__raw_text")


def citations_visible_to(viewer) -> QuerySet[Citation]:
    """Orphaned citations point at words the article no longer has: only curators see them."""
    # An article's text and raw text are tens of kilobytes: a citation carries its own quote and context.
    citations = Citation.objects.select_related("article__source").defer(*ARTICLE_BODY).order_by("id")
    return citations if is_curator(viewer) else citations.filter(is_orphaned=False)


def claims_with_relations(claims: QuerySet[Claim], *, viewer) -> QuerySet[Claim]:
    """Everything a timeline item shows, in a fixed number of queries whatever the page size."""
    return claims.prefetch_related(
        "actors",
        "topics",
        Prefetch("citations", queryset=citations_visible_to(viewer)),
        Prefetch("disputes", queryset=Claim.objects.visible_to(viewer).order_by("id")),
    )


def columns(*names: str, prefix: str = "", **overrides) -> dict:
    """Model columns as JSON object members, in the order given; `overrides` replace some by expressions."""
    return {name: overrides[name] if name in overrides else F(prefix + name) for name in names}


def source_json(prefix: str, shape: RecordShape = FULL_RECORD) -> JSONObject:
    return JSONObject(**columns(*shape.source, prefix=prefix, id=F(prefix.removesuffix("__") + "_id")))


def article_json(prefix: str = "", shape: RecordShape = FULL_RECORD) -> JSONObject:
    """An article as citations show it; `prefix` reaches it from the queryset's model ("article__")."""
    return JSONObject(
        **columns(
            *shape.article,
            prefix=prefix,
            id=F(prefix.removesuffix("__") + "_id") if prefix else F("id"),
            authors=JSONValue(F(prefix + "authors")),
            source=source_json(prefix + "source__", shape),
        )
    )


def citation_json(shape: RecordShape = FULL_RECORD) -> JSONObject:
    """A citation as a claim shows it (representation.CITATION_FIELDS)."""
    date_words = Case(
        When(date_span_start__isnull=True, then=Value("")),
        default=Substr("quote", F("date_span_start") + 1, F("date_span_end") - F("date_span_start")),
    )
    return JSONObject(
        **columns(
            *shape.citation,
            claim=F("claim_id"),
            date_words=date_words,
            language=F("article__language"),
            article=article_json("article__", shape),
            is_orphaned=JSONBoolean(F("is_orphaned")),
        )
    )


def claims_as_records(claims: QuerySet[Claim], *, viewer, shape: RecordShape = FULL_RECORD) -> QuerySet:
    """Claims as plain values, each with its actors, topics, the citations the viewer may see (with article
    and source) and the ids of the visible claims disputing it, as JSON arrays the database builds: a page is
    one query, and no model object is made for any related row. The same items as `claims_with_relations`
    (the documented serializer's path; a test holds the two equal). `shape`: which fields of the claim and
    of its related values to read (representation.TIMELINE_ENTRY: what a timeline entry shows)."""
    related = {
        **(linked_ids() if shape.linked_by_id else linked_values(shape)),
        "citations": JSONArray(
            citations_visible_to(viewer).filter(claim=OuterRef("pk")), item=citation_json(shape), order_by=("id",)
        ),
        # From the links to this claim (its index), each kept if the viewer may see the other claim: asked from
        # the visible claims instead, SQLite scanned every visible claim for every claim (1,000 × 1,000).
        "disputes": JSONArray(
            Claim.disputes.through.objects.filter(to_claim_id=OuterRef("pk")).filter(
                Exists(Claim.objects.visible_to(viewer).filter(pk=OuterRef("from_claim_id")))
            ),
            item=F("from_claim_id"),
            order_by=("from_claim_id",),
        ),
    }
    lists = {RELATED_LISTS[name]: expression for name, expression in related.items()}
    return claims.annotate(**lists).values(*shape.claim, *lists)


def claims_records(ids: list[int], *, viewer, shape: RecordShape = FULL_RECORD) -> list[dict]:
    """The records (claims_as_records) of those of these claims the viewer may see, in the order given. Its
    statement is compiled once per database connection for each shape and kind of viewer (core.db.ByIds):
    the SQL of a record depends on nothing else."""
    return claim_records_statement(viewer, shape).rows(list(ids))


def claim_records_statement(viewer, shape: RecordShape) -> ByIds:
    def build(id_in) -> QuerySet:
        return claims_as_records(Claim.objects.visible_to(viewer).filter(id_in(Claim)), viewer=viewer, shape=shape)

    return by_ids(("claim records", shape, is_curator(viewer)), build)


def claims_page(
    claims: QuerySet[Claim],
    *,
    viewer,
    size: int,
    after: tuple | None = None,
    before: tuple | None = None,
    backwards: bool = False,
) -> tuple[list[dict], bool]:
    """A page of these claims in timeline order (facts.keyset) as records, and whether
    more lie beyond it: one statement, the compiled records' (claims_records) with the page's ids selected
    by a subquery (which alone is compiled for each page)."""
    ids = keyset_query(claims.values("id"), size=size, after=after, before=before, backwards=backwards)
    records = claim_records_statement(viewer, FULL_RECORD).rows_of(ids)
    records.sort(key=position, reverse=backwards)
    return page_of(records, size, backwards=backwards)


def linked_values(shape: RecordShape) -> dict[str, JSONArray]:
    """A claim's actors and topics with the fields of `shape`, in name order."""
    return {
        "actors": JSONArray(
            Actor.objects.filter(claims=OuterRef("pk")),
            item=JSONObject(**columns(*shape.actor)),
            order_by=("name", "id"),
        ),
        "topics": JSONArray(
            Topic.objects.filter(claims=OuterRef("pk")),
            item=JSONObject(**columns(*shape.topic)),
            order_by=("name", "id"),
        ),
    }


def linked_ids() -> dict[str, JSONArray]:
    """A claim's actors and topics as ids, from the links alone: no join, no sort (RecordShape.linked_by_id)."""
    return {
        name: JSONArray(
            getattr(Claim, name).through.objects.filter(claim_id=OuterRef("pk")),
            item=F(f"{column}_id"),
            order_by=(f"{column}_id",),
        )
        for name, column in (("actors", "actor"), ("topics", "topic"))
    }


def citations_as_records(citations: QuerySet[Citation]) -> QuerySet:
    """Citations as claims carry them (`citation_json`), one dictionary each."""
    return citations.annotate(record=citation_json()).values_list("record", flat=True)


def articles_as_records(articles: QuerySet[Article]) -> QuerySet:
    """Articles as citations carry them (`article_json`), one dictionary each."""
    return articles.annotate(record=article_json()).values_list("record", flat=True)


def actors_as_records(actors: QuerySet[Actor]) -> QuerySet:
    return actors.values(*ACTOR_FIELDS)


def topics_as_records(topics: QuerySet[Topic]) -> QuerySet:
    return topics.values(*TOPIC_FIELDS)


def claim_record(pk: int, *, viewer) -> dict | None:
    """One claim as a record (claims_as_records), if the viewer may see it."""
    return next(iter(claims_records([pk], viewer=viewer)), None)


def claim_summaries(ids: set[int], *, viewer) -> dict[int, dict]:
    """The summaries, in every language, of those of these claims the viewer may see, by id."""
    rows = Claim.objects.visible_to(viewer).filter(pk__in=ids).values("id", "summary", "summary_he", "summary_ar")
    return {row["id"]: row for row in rows} if ids else {}


def claims_filtered(*, viewer=None, filters: Mapping[str, Any] | None = None) -> ClaimQuerySet:
    """Visible claims narrowed by the shared FilterSet; invalid values raise FilterError (a 400)."""
    claims = Claim.objects.visible_to(viewer)
    if filters:
        claims = filtered(ClaimFilterSet(data=filters, queryset=claims))
    return claims  # the FilterSet filters a ClaimQuerySet: it stays one


def timeline(*, viewer=None, filters: Mapping[str, str] | None = None) -> QuerySet[Claim]:
    """Visible claims, filtered, oldest first (date_start, then precision coarse to fine, then id)."""
    return claims_with_relations(claims_filtered(viewer=viewer, filters=filters).chronological(), viewer=viewer)


def claims_withdrawn_since(*, since: dt.datetime) -> list[int]:
    """Ids of claims that were public at some point and, since `since`, stopped being public (rejected,
    sent back to review, merged or deleted). Mirrors remove these."""
    history = Claim.history.model.objects
    changed_ids = set(history.filter(history_date__gte=since).values_list("id", flat=True))
    if not changed_ids:
        return []
    still_public = set(Claim.objects.public().filter(pk__in=changed_ids).values_list("pk", flat=True))
    ever_public = set(history.filter(public_claim(), id__in=changed_ids).values_list("id", flat=True).distinct())
    return sorted(ever_public - still_public)


def feed_entries(*, viewer, filters: Mapping[str, str], limit: int) -> tuple[list[dict], list[dict]]:
    """A feed of changes to a filtered timeline: the `limit` visible claims changed last (records, newest
    first), and the claims that stopped being public since the oldest of them, which the same filters still
    select (id and when, newest first; nothing else of them is told). FilterError for bad filters."""
    changed = list(
        claims_as_records(
            claims_filtered(viewer=viewer, filters=filters).order_by("-updated_at", "-id"), viewer=viewer
        )[:limit]
    )
    since = changed[-1]["updated_at"] if len(changed) == limit else dt.datetime.min.replace(tzinfo=dt.UTC)
    withdrawn_ids = claims_withdrawn_since(since=since)
    if not withdrawn_ids:
        return changed, []
    existing = Claim.objects.filter(pk__in=withdrawn_ids)
    matching = set(filtered(ClaimFilterSet(data=filters, queryset=existing)).values_list("pk", flat=True))
    matching |= set(withdrawn_ids) - set(existing.values_list("pk", flat=True))  # deleted: nothing left to filter
    withdrawn = [
        {"id": claim_id, "withdrawn_at": moment}
        for claim_id, moment in Claim.history.model.objects.filter(id__in=matching)
        .values("id")
        .annotate(moment=Max("history_date"))
        .values_list("id", "moment")
    ]
    return changed, sorted(withdrawn, key=lambda entry: entry["withdrawn_at"], reverse=True)


def data_last_changed(*, public: bool = False) -> dt.datetime | None:
    """When anything the viewer can see last changed (claims, citations, actors, topics, articles), deletions
    included (history records them). The basis of ETag and Last-Modified, asked on every API read: one query
    (five subqueries on indexed or small columns), not five round trips. For the public, only changes the
    public could see count: a curator drafting changes neither the public validators nor public caches."""
    only_public = " WHERE touches_public" if public else ""
    latest = [
        (Claim.history.model, "history_date", only_public),
        (Citation.history.model, "history_date", only_public),
        (Actor, "updated_at", ""),
        (Topic, "updated_at", ""),
        (Article, "updated_at", ""),
    ]
    quote = connection.ops.quote_name
    columns = ", ".join(
        f"(SELECT MAX({quote(model._meta.get_field(field).column)}) FROM {quote(model._meta.db_table)}{where})"  # noqa: S608
        for model, field, where in latest
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns}")
        moments = cursor.fetchone()
    # A raw query skips Django's converters: SQLite hands datetimes over as text.
    convert = getattr(connection.ops, "convert_datetimefield_value", None)
    known = [convert(moment, None, connection) if convert else moment for moment in moments if moment is not None]
    return max(known) if known else None


def longest_lists() -> dict[tuple[str, str], int]:
    """The longest of each plain list GraphQL hands out (an article's citations, a claim's actors, topics,
    citations and disputes; the topics): what a query's cost counts each list as. One grouped count per list,
    on indexed foreign keys."""

    def longest(rows: QuerySet, column: str) -> int:
        return rows.values(column).annotate(n=Count("*")).order_by("-n").values_list("n", flat=True).first() or 0

    claim_list = {
        "actors": longest(Claim.actors.through.objects.all(), "claim_id"),
        "topics": longest(Claim.topics.through.objects.all(), "claim_id"),
        "citations": longest(Citation.objects.all(), "claim_id"),
        "disputes": longest(Claim.disputes.through.objects.all(), "from_claim_id"),
    }
    return {
        ("ArticleType", "citations"): longest(Citation.objects.all(), "article_id"),
        **{("ClaimType", name): count for name, count in claim_list.items()},
        ("Query", "topics"): Topic.objects.count(),
    }


def proposals_waiting() -> int:
    """How many proposals wait for review (the admin's index says it)."""
    return Claim.objects.filter(status=Claim.Status.PROPOSED).count()


def articles_visible_to(viewer) -> QuerySet[Article]:
    """The one rule for articles: curators see every article brought in; the public, only those a public claim
    cites by words still in the text (an article nobody has reviewed is not published by being brought in)."""
    if is_curator(viewer):
        return Article.objects.all()
    cited = Citation.objects.filter(public_claim("claim__"), article_id=OuterRef("pk"), is_orphaned=False)
    return Article.objects.filter(Exists(cited))


def articles_with_visible_quotes(*, viewer) -> QuerySet[Article]:
    """Articles with, as `visible_citations`, the quotes the viewer may see: cited by a visible claim and
    not orphaned. A draft claim's quote never shows through its article."""
    quotes = citations_visible_to(viewer).filter(claim__in=Claim.objects.visible_to(viewer))
    return (
        articles_visible_to(viewer)
        .select_related("source", "translation_of")
        .prefetch_related(Prefetch("citations", queryset=quotes, to_attr="visible_citations"))
        .order_by("id")
    )


def claims_changed_since(*, viewer, since: dt.datetime, limit: int) -> list[dict]:
    """Visible claims updated at or after `since`, oldest change first (a mirror replays them in order),
    as records (see `claims_as_records`)."""
    changed = Claim.objects.visible_to(viewer).filter(updated_at__gte=since).order_by("updated_at", "id")
    return list(claims_as_records(changed, viewer=viewer)[:limit])


def actors_with_public_claims() -> QuerySet[Actor]:
    """The actors worth offering as a filter: those at least one approved claim is about (asked of each
    actor: joined to every approved claim's links and made distinct, it took several times longer)."""
    links = Claim.actors.through.objects.filter(public_claim("claim__"), actor_id=OuterRef("pk"))
    return Actor.objects.filter(Exists(links)).order_by("name")


def topics_with_public_claims() -> QuerySet[Topic]:
    links = Claim.topics.through.objects.filter(public_claim("claim__"), topic_id=OuterRef("pk"))
    return Topic.objects.filter(Exists(links)).order_by("name")


NAME_FIELDS = ("id", "slug", "name", "name_he", "name_ar")


def actor_names() -> QuerySet:
    """The names of the actors with public claims, in the order records list actors: what the filters offer,
    and what names public records that carry actors by id only (representation.TIMELINE_ENTRY)."""
    return actors_with_public_claims().order_by("name", "id").values(*NAME_FIELDS)


def topic_names() -> QuerySet:
    return topics_with_public_claims().order_by("name", "id").values(*NAME_FIELDS)


def claims_per_year(claims: QuerySet[Claim]) -> dict[str, int]:
    """Claims per year of their first day, over a filtered set (for a density chart)."""
    # The filters use EXISTS, never joins, so each claim is one row: no DISTINCT needed.
    years = (
        claims.exclude(date_start=OPEN_START)
        .annotate(year=ExtractYear("date_start"))
        .order_by()
        .values("year")
        .annotate(count=Count("id"))
        .values_list("year", "count")
    )
    return {str(year): count for year, count in sorted(years)}


def actor_wikidata_ids(claims: Iterable[Mapping]) -> dict[int, str]:
    """The Wikidata ids of these claim records' actors (a record carries an actor's summary), by actor id."""
    ids = {actor["id"] for claim in claims for actor in claim["actor_list"]}
    return dict(Actor.objects.filter(pk__in=ids).exclude(wikidata_id="").values_list("id", "wikidata_id"))


def extraction_gazetteer() -> Gazetteer:
    """The actors curators keep, with every name and alias, as extraction reads them: an actor or alias added in
    the admin is found by the next extraction (fixtures/actors.json when none are stored yet, as on a fresh
    database before the fixtures are loaded)."""
    aliases: dict[int, dict[str, list[str]]] = {}
    for actor_id, language, alias in ActorAlias.objects.values_list("actor_id", "language", "alias").order_by("pk"):
        aliases.setdefault(actor_id, {}).setdefault(language, []).append(alias)
    entries = [
        # An actor without an English name yet goes by its slug (Actor.extraction_name).
        {"name": name or slug, "name_he": name_he, "name_ar": name_ar, "kind": kind, "aliases": aliases.get(pk, {})}
        for pk, name, slug, name_he, name_ar, kind in Actor.objects.values_list(
            "pk", "name", "slug", "name_he", "name_ar", "kind"
        ).order_by("pk")
    ]
    return Gazetteer(entries) if entries else Gazetteer.from_fixture()


def extraction_periods() -> Periods:
    """The named periods curators keep, as extraction reads them (fixtures/periods.json when none are
    stored yet, as on a fresh database before the fixtures are loaded)."""
    rows = list(Period.objects.values("slug", "edtf", "names", "places"))
    return periods_from_entries([dict(row) for row in rows]) if rows else periods_from_fixture()


CLAIM_SEARCH_FIELDS = ("summary", "summary_he", "summary_ar", "key")


def claims_search(claims: QuerySet[Claim], terms: str) -> QuerySet[Claim]:
    """The admin's search, tolerant of how people type names: each word (or "quoted phrase") must be in a
    summary, the key, a quote, or a name or alias of one of the claim's actors, whatever apostrophes,
    geresh or gershayim either side has (Ya'alon = Yaalon = Ya’alon; יעלון finds the claims about him)."""
    from django.db.models import Exists, Q
    from django.utils.text import smart_split, unescape_string_literal

    from core.db import WithoutApostrophes, without_apostrophes

    words = []
    for word in smart_split(terms):
        if word[:1] in "\"'" and word[-1:] == word[:1] and len(word) > 1:
            word = unescape_string_literal(word)
        word = without_apostrophes(word).strip()
        if word:
            words.append(word)
    if not words:
        return claims
    aliased = claims.alias(**{f"loose_{field}": WithoutApostrophes(field) for field in CLAIM_SEARCH_FIELDS})
    actor_forms = [
        (actor.pk, [actor.name, actor.name_he, actor.name_ar, *(alias.alias for alias in actor.aliases.all())])
        for actor in Actor.objects.prefetch_related("aliases")
    ]
    for word in words:
        lowered = word.lower()
        actor_ids = [pk for pk, forms in actor_forms if any(lowered in without_apostrophes(f).lower() for f in forms)]
        quotes = Citation.objects.alias(loose_quote=WithoutApostrophes("quote")).filter(
            claim_id=OuterRef("pk"), loose_quote__icontains=word
        )
        about = Claim.actors.through.objects.filter(claim_id=OuterRef("pk"), actor_id__in=actor_ids)
        match = Q(Exists(quotes)) | Q(Exists(about))
        for field in CLAIM_SEARCH_FIELDS:
            match |= Q(**{f"loose_{field}__icontains": word})
        aliased = aliased.filter(match)
    return aliased
