"""Marks each history row with whether the public could see the change (facts.models.PublicTrace); keeps the
terms' counts of same-fact matching whole when an article is deleted (its postings go with it)."""

from django.db.models.signals import pre_delete
from django.dispatch import receiver
from simple_history.signals import pre_create_historical_record

from corpus.models import Article
from facts.models import Citation, Claim
from facts.services.sentences import article_readings_forgotten


@receiver(pre_delete, sender=Article)
def forget_the_articles_sentences(sender, instance, **kwargs) -> None:
    article_readings_forgotten(instance)


@receiver(pre_create_historical_record)
def trace_public_changes(sender, instance, history_instance, **kwargs) -> None:
    if isinstance(instance, Claim):
        history_instance.touches_public = instance.was_or_is_public()
    elif isinstance(instance, Citation):
        claims = {claim_id for claim_id in (instance.claim_id, getattr(instance, "loaded_claim_id", None)) if claim_id}
        found = Claim.objects.filter(pk__in=claims)
        # A claim already gone (deleted with its citations) may have been public: count the change.
        history_instance.touches_public = found.public().exists() or found.count() < len(claims)
