import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from facts.models import Claim
from tests.factories import CitationFactory


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def curator_api(curator):
    client = APIClient()
    token = Token.objects.create(user=curator)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


@pytest.fixture
def drafts(curated_timeline):
    """A proposed and a rejected claim, each citing real seed text, beside the approved timeline."""
    socar_article = curated_timeline["000_18c52e3422456bef"]
    proposed = CitationFactory(
        article=socar_article,
        quote="גורם מדיני ששוחח עם ערוץ 7",
        claim__status=Claim.Status.PROPOSED,
        claim__summary="DRAFT: a political source spoke to Arutz Sheva",
        claim__date="2025-10-22",
    ).claim
    rejected = CitationFactory(
        article=curated_timeline["003_00395dea0d53ce7f"],
        quote="גליה לינדנשטראוס היא עמיתת מחקר",
        claim__status=Claim.Status.REJECTED,
        claim__summary="REJECTED: the author is a research fellow",
        claim__date="2015-01",
    ).claim
    return {"proposed": proposed, "rejected": rejected}
