import pytest
from rest_framework.test import APIClient


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture(params=["planned", "standard"])
def graphql_execution(request, settings):
    """Run a GraphQL test with the planned execution and with graphql-core's standard one: the answers
    must be the same."""
    settings.GRAPHQL_PLANNED_EXECUTION = request.param == "planned"
    return request.param
