import hashlib

import factory

from corpus.models import Article, Source
from facts.models import Actor, Citation, Claim, Topic

HEBREW_TEXT = (
    "לאחר התפרקות ברית־המועצות כוננו ישראל ואזרבייג'ן יחסים דיפלומטיים באפריל 1992. בשנת 1993 פתחה ישראל שגרירות בבאקו."
)


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Source {n}")
    kind = Source.Kind.NEWS


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    key = factory.Sequence(lambda n: f"article-{n}")
    source = factory.SubFactory(SourceFactory)
    title = factory.Sequence(lambda n: f"Article {n}")
    language = "he"
    published = "2015-01"
    text = HEBREW_TEXT
    raw_text = factory.LazyAttribute(lambda article: article.text)
    content_hash = factory.LazyAttribute(lambda article: hashlib.sha256(article.text.encode()).hexdigest())


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"actor-{n}")
    name = factory.Sequence(lambda n: f"Actor {n}")
    kind = Actor.Kind.STATE


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    slug = factory.Sequence(lambda n: f"topic-{n}")
    name = factory.Sequence(lambda n: f"Topic {n}")


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    summary = factory.Sequence(lambda n: f"Claim number {n}")
    date = "1992-04"
    status = Claim.Status.APPROVED


class CitationFactory(factory.django.DjangoModelFactory):
    """A citation of the first `length` characters of its article (or of `quote`, located in the text)."""

    class Meta:
        model = Citation

    claim = factory.SubFactory(ClaimFactory)
    article = factory.SubFactory(ArticleFactory)
    quote = factory.LazyAttribute(lambda citation: citation.article.text[:40])
    start = factory.LazyAttribute(lambda citation: citation.article.text.find(citation.quote))
    end = factory.LazyAttribute(lambda citation: citation.start + len(citation.quote))
