import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture
def curator_api(curator):
    client = APIClient()
    token = Token.objects.create(user=curator)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client
