"""API benchmark: 100,000 claims with 250,000 citations of 2,000 articles (10,000 for the scale run) in PostgreSQL.

Measures, in one run, p50 and p95 of
  - the REST timeline page of 100 (with actors, topics, citations, articles, sources),
  - the same page through GraphQL,
  - a filtered REST page (actor + period),
  - the floor: the same 100 rows fetched with one raw SQL query through psycopg and encoded to JSON, and the
    filtered floor (the same query with the filtered page's filter), the filtered page's own baseline,
prints the ratios against the floor and the PostgreSQL plan of the filtered query.

    DATABASE_URL=postgres://root@127.0.0.1:5432/timeline_bench .venv/bin/python bench/api_bench.py
Options: --claims N (default 100000), --articles N (default 2000; the articles the citations quote, recombined
seed and evaluation texts with varied names and dates, `scale_corpus`), --runs N (default 40), --reload (drop
and rebuild the data; also done when the stored data has another size).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("DATABASE_URL", "postgres://root@127.0.0.1:5432/timeline_bench")


def ensure_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


ensure_database(os.environ["DATABASE_URL"])

import django

django.setup()

from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client

from core.edtf import edtf_parse
from corpus.models import Article, Source
from facts.models import OPEN_END, OPEN_START, Actor, Citation, Claim, Topic

DATE_SHAPES = ["{y}", "{y}-{m:02d}", "{y}-{m:02d}-{d:02d}", "{y}~", "{y}/{y2}", "{decade}X", "{y}-{m:02d}~", "{y}/.."]


def random_date(rng: random.Random) -> str:
    year = rng.randint(1992, 2025)
    return rng.choice(DATE_SHAPES).format(
        y=year, y2=min(2025, year + rng.randint(1, 4)), m=rng.randint(1, 12), d=rng.randint(1, 28), decade=str(year)[:3]
    )


def load(claim_total: int, article_total: int) -> None:
    import scale_corpus

    rng = random.Random(20251022)
    if not Actor.objects.exists():
        from facts.services.fixtures import actors_load, topics_load

        fixtures = ROOT / "fixtures"
        actors_load(entries=json.loads((fixtures / "actors.json").read_text(encoding="utf-8"))["actors"])
        topics_load(entries=json.loads((fixtures / "topics.json").read_text(encoding="utf-8"))["topics"])
    sentences = scale_corpus.sentences_by_language()
    names = scale_corpus.names_by_kind()
    actors = list(Actor.objects.values_list("pk", flat=True))
    topics = list(Topic.objects.values_list("pk", flat=True))
    start = time.perf_counter()
    with transaction.atomic():
        sources = [Source.objects.create(name=f"Benchmark wire {n}", kind=Source.Kind.NEWS) for n in range(7)]
        articles = []
        for n in range(article_total):
            language = rng.choice(["he", "he", "ar", "en"])
            text = scale_corpus.article_text(n, language, sentences, rng, names)
            published = datetime.date(rng.randint(1995, 2025), rng.randint(1, 12), rng.randint(1, 28))
            articles.append(
                Article(
                    key=f"bench-{n}",
                    source=sources[n % len(sources)],
                    title=f"Bench article {n}",
                    language=language,
                    published=published.isoformat(),
                    published_start=published,
                    published_end=published,
                    raw_text=text,
                    text=text,
                    content_hash=f"{n:064d}",
                )
            )
        Article.objects.bulk_create(articles, batch_size=500)
        articles = list(Article.objects.filter(key__startswith="bench-").only("pk", "text"))
        claims = []
        for n in range(claim_total):
            date = random_date(rng)
            parsed = edtf_parse(date)
            claims.append(
                Claim(
                    summary=f"Benchmark claim {n}: " + rng.choice(sentences["en"])[:300],
                    date=date,
                    date_start=parsed.start or OPEN_START,
                    date_end=parsed.end or OPEN_END,
                    date_precision=parsed.precision,
                    date_approximate=parsed.approximate,
                    date_uncertain=parsed.uncertain,
                    status=Claim.Status.APPROVED if n % 10 else Claim.Status.PROPOSED,
                    origin="benchmark",
                )
            )
        Claim.objects.bulk_create(claims, batch_size=5000)
        claim_ids = list(Claim.objects.filter(origin="benchmark").values_list("pk", flat=True))
        actor_links, topic_links, citations = [], [], []
        for pk in claim_ids:
            for actor in rng.sample(actors, k=rng.randint(1, 4)):
                actor_links.append(Claim.actors.through(claim_id=pk, actor_id=actor))
            for topic in rng.sample(topics, k=rng.randint(1, 2)):
                topic_links.append(Claim.topics.through(claim_id=pk, topic_id=topic))
        for n in range(int(claim_total * 2.5)):
            article = articles[rng.randrange(len(articles))]
            begin = rng.randrange(0, max(1, len(article.text) - 200))
            end = begin + rng.randint(60, 200)
            citations.append(
                Citation(
                    claim_id=claim_ids[n % len(claim_ids)],
                    article_id=article.pk,
                    quote=article.text[begin:end],
                    start=begin,
                    end=end,
                    prefix=article.text[max(0, begin - 32) : begin],
                    suffix=article.text[end : end + 32],
                )
            )
        Claim.actors.through.objects.bulk_create(actor_links, batch_size=10000)
        Claim.topics.through.objects.bulk_create(topic_links, batch_size=10000)
        Citation.objects.bulk_create(citations, batch_size=10000)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"loaded {len(claim_ids)} claims, {len(citations)} citations in {time.perf_counter() - start:.1f} s")


# The floor: what a REST item holds (every field but the date's words, which Python adds), built by
# PostgreSQL and fetched with one raw query. Until 2026-11-21 the floor fetched a narrower row (no prefix,
# suffix, date words, urls, descriptions, disputes); it is still measured, as "narrow floor", for comparison.
FLOOR_SQL = """
SELECT c.id, c.key, c.summary, c.summary_he, c.summary_ar, c.date, c.date_start, c.date_end, c.date_precision,
       c.date_approximate, c.date_uncertain, c.status, c.confidence, c.created_at, c.updated_at,
       (SELECT coalesce(json_agg(json_build_object('id', a.id, 'slug', a.slug, 'name', a.name, 'name_he', a.name_he,
                                                  'name_ar', a.name_ar, 'kind', a.kind) ORDER BY a.name, a.id), '[]')
          FROM facts_claim_actors ca JOIN facts_actor a ON a.id = ca.actor_id WHERE ca.claim_id = c.id) AS actors,
       (SELECT coalesce(json_agg(json_build_object('id', t.id, 'slug', t.slug, 'name', t.name, 'name_he', t.name_he,
                                                  'name_ar', t.name_ar, 'description', t.description)
                                 ORDER BY t.name, t.id), '[]')
          FROM facts_claim_topics ct JOIN facts_topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id) AS topics,
       (SELECT coalesce(json_agg(json_build_object(
                   'id', ci.id, 'claim', ci.claim_id, 'quote', ci.quote, 'start', ci.start, 'end', ci.end,
                   'prefix', ci.prefix, 'suffix', ci.suffix,
                   'date_words', coalesce(substring(ci.quote, ci.date_span_start + 1,
                                                    ci.date_span_end - ci.date_span_start), ''),
                   'language', ar.language,
                   'article', json_build_object('id', ar.id, 'key', ar.key, 'title', ar.title, 'language', ar.language,
                                                'url', ar.url, 'authors', ar.authors, 'published', ar.published,
                                                'source', json_build_object('id', s.id, 'name', s.name,
                                                    'name_native', s.name_native, 'kind', s.kind,
                                                    'homepage', s.homepage)),
                   'is_orphaned', ci.is_orphaned) ORDER BY ci.id), '[]')
          FROM facts_citation ci JOIN corpus_article ar ON ar.id = ci.article_id
          JOIN corpus_source s ON s.id = ar.source_id WHERE ci.claim_id = c.id AND NOT ci.is_orphaned) AS citations,
       (SELECT coalesce(json_agg(d.from_claim_id ORDER BY d.from_claim_id), '[]')
          FROM facts_claim_disputes d JOIN facts_claim dc ON dc.id = d.from_claim_id
         WHERE d.to_claim_id = c.id AND dc.status = 'approved') AS disputes
FROM facts_claim c
WHERE c.status = 'approved'
ORDER BY c.date_start, c.date_end, c.id
LIMIT 100
"""

# The filtered page's own floor: the same fields, the filter the API applies (an actor among the claim's, a
# period the claim's dates overlap) in the WHERE clause. Until 2026-12-06 the filtered page was divided by the
# unfiltered floor.
FILTERED_FLOOR_SQL = FLOOR_SQL.replace(
    "WHERE c.status = 'approved'\nORDER BY",
    "WHERE c.status = 'approved' AND c.date_end >= %(start)s AND c.date_start <= %(end)s\n"
    "  AND EXISTS (SELECT 1 FROM facts_claim_actors fa WHERE fa.claim_id = c.id AND fa.actor_id = %(actor)s)\n"
    "ORDER BY",
)
assert FILTERED_FLOOR_SQL != FLOOR_SQL

NARROW_FLOOR_SQL = """
SELECT c.id, c.key, c.summary, c.summary_he, c.summary_ar, c.date, c.date_start, c.date_end, c.date_precision,
       c.status, c.updated_at,
       (SELECT coalesce(json_agg(json_build_object('id', a.id, 'slug', a.slug, 'name', a.name, 'name_he', a.name_he,
                                                  'name_ar', a.name_ar, 'kind', a.kind) ORDER BY a.name), '[]')
          FROM facts_claim_actors ca JOIN facts_actor a ON a.id = ca.actor_id WHERE ca.claim_id = c.id) AS actors,
       (SELECT coalesce(json_agg(json_build_object('id', t.id, 'slug', t.slug, 'name', t.name)), '[]')
          FROM facts_claim_topics ct JOIN facts_topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id) AS topics,
       (SELECT coalesce(json_agg(json_build_object('id', ci.id, 'quote', ci.quote, 'start', ci.start, 'end', ci.end,
                                                   'article', json_build_object('id', ar.id, 'key', ar.key,
                                                   'title', ar.title, 'language', ar.language,
                                                   'source', json_build_object('id', s.id, 'name', s.name)))
                                 ORDER BY ci.id), '[]')
          FROM facts_citation ci JOIN corpus_article ar ON ar.id = ci.article_id
          JOIN corpus_source s ON s.id = ar.source_id WHERE ci.claim_id = c.id AND NOT ci.is_orphaned) AS citations
FROM facts_claim c
WHERE c.status = 'approved'
ORDER BY c.date_start, c.date_end, c.id
LIMIT 100
"""


def timed(measurements: dict, runs: int) -> dict[str, list[float]]:
    """Milliseconds per call, the measurements taken in turn within each round, so that a slower spell of
    the machine weighs on all of them alike and the ratios stay fair."""
    for run in measurements.values():
        run()  # warm up
    samples: dict[str, list[float]] = {name: [] for name in measurements}
    for _ in range(runs):
        for name, run in measurements.items():
            began = time.perf_counter()
            run()
            samples[name].append((time.perf_counter() - began) * 1000)
    return samples


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--reload", action="store_true")
    options = parser.parse_args()

    call_command("migrate", verbosity=0)
    stored_articles = Article.objects.filter(key__startswith="bench-").count()
    if options.reload or (stored_articles and stored_articles != options.articles):
        Citation.objects.filter(claim__origin="benchmark").delete()
        Claim.objects.filter(origin="benchmark").delete()
        Article.objects.filter(key__startswith="bench-").delete()
        Source.objects.filter(name__startswith="Benchmark wire").delete()
    if Claim.objects.filter(origin="benchmark").count() < options.claims:
        load(options.claims, options.articles)
    print(
        f"database: {Claim.objects.count()} claims, {Citation.objects.count()} citations, "
        f"{Article.objects.count()} articles"
    )

    # As the production server does after start-up (config/wsgi.py): long-lived objects frozen out of the
    # garbage collector's full scans.
    import gc

    import config.urls  # noqa: F401

    gc.collect()
    gc.freeze()

    client = Client()
    graphql_query = """{ timeline(first: 100) { edges { node { databaseId key summary summaryHe summaryAr
        date { edtf start end precision } status updatedAt actors { slug name nameHe nameAr kind }
        topics { slug name } citations { databaseId quote start end article { key title language
        source { name } } } } } } }"""
    israel = Actor.objects.get(slug="israel").pk

    def rest_page():
        response = client.get("/api/v1/claims/?page_size=100")
        assert response.status_code == 200 and len(response.json()["results"]) == 100

    def graphql_page():
        response = client.post("/graphql", {"query": graphql_query}, content_type="application/json")
        assert response.status_code == 200 and len(response.json()["data"]["timeline"]["edges"]) == 100

    def filtered_page():
        response = client.get(f"/api/v1/claims/?actor={israel}&from=2010&to=2015&page_size=100")
        assert response.status_code == 200 and len(response.json()["results"]) == 100

    import psycopg

    raw = psycopg.connect(os.environ["DATABASE_URL"])

    def floor(sql=FLOOR_SQL, params=None):
        rows = raw.execute(sql, params).fetchall()
        assert len(rows) == 100
        json.dumps([list(row) for row in rows], default=str, ensure_ascii=False)

    period = {"actor": israel, "start": datetime.date(2010, 1, 1), "end": datetime.date(2015, 12, 31)}

    results = timed(
        {
            "floor (1 raw SQL query + JSON)": floor,
            "narrow floor (fewer fields, until 11-21)": lambda: floor(NARROW_FLOOR_SQL),
            "REST timeline page of 100 (/claims/)": rest_page,
            "GraphQL timeline page of 100": graphql_page,
            "filtered floor (same filter in raw SQL)": lambda: floor(FILTERED_FLOOR_SQL, period),
            "REST filtered page (actor + period)": filtered_page,
        },
        options.runs,
    )
    floor_p50, floor_p95 = percentiles(results["floor (1 raw SQL query + JSON)"])
    filtered_p50, filtered_p95 = percentiles(results["filtered floor (same filter in raw SQL)"])
    print(f"\n{'measurement':<40} {'p50 ms':>8} {'p95 ms':>8} {'p50/floor':>10} {'p95/floor':>10}")
    for name, samples in results.items():
        p50, p95 = percentiles(samples)
        base50, base95 = (filtered_p50, filtered_p95) if "filtered" in name else (floor_p50, floor_p95)
        print(f"{name:<40} {p50:8.1f} {p95:8.1f} {p50 / base50:10.2f} {p95 / base95:10.2f}")
    print("(the filtered page against the filtered floor; the rest against the unfiltered floor)")

    from facts.selectors import timeline

    claims = timeline(filters={"actor": str(israel), "from": "2010", "to": "2015"})[:100]
    sql, params = claims.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN ANALYZE " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    print("\nplan of the filtered page (actor + period):\n" + plan)


if __name__ == "__main__":
    main()
