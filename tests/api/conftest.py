import pytest
from rest_framework.test import APIClient

from core.graphql.limits import list_bounds_expire


@pytest.fixture(autouse=True)
def graphql_list_bounds_of_this_test():
    """A query's cost counts plain lists at the longest stored, remembered for a minute per process: each
    test's data is its own."""
    list_bounds_expire()
    yield
    list_bounds_expire()


@pytest.fixture
def api():
    return APIClient()


@pytest.fixture(params=["planned", "standard"])
def graphql_execution(request, settings):
    """Run a GraphQL test with the planned execution and with graphql-core's standard one: the answers
    must be the same."""
    settings.GRAPHQL_PLANNED_EXECUTION = request.param == "planned"
    return request.param
