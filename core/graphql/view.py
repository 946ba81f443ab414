"""The GraphQL endpoint: limits that answer an oversized or too deep query with a clear error (400), each
distinct short query checked once, HTTP caching for GET queries, and the planned execution
(core.graphql.execution) unless `settings.GRAPHQL_PLANNED_EXECUTION` is off."""

from __future__ import annotations

from functools import lru_cache
from typing import cast

import orjson
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpResponseBadRequest, HttpResponseNotAllowed
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from graphene.validation import depth_limit_validator
from graphene_django.settings import graphene_settings
from graphene_django.views import GraphQLView, HttpError
from graphql import (
    DocumentNode,
    ExecutionContext,
    ExecutionResult,
    GraphQLError,
    GraphQLSchema,
    NoFragmentCyclesRule,
    OperationType,
    execute,
    get_operation_ast,
    parse,
    specified_rules,
    validate,
    validate_schema,
)

from core.errors import FilterError
from core.graphql.execution import PlannedExecutionContext
from core.graphql.limits import MAX_DEPTH, MAX_QUERY_CHARACTERS, FieldCountLimit, QueryCostLimit
from core.graphql.records import release_request_loaders
from core.http import conditional_get

# What resolvers raise for bad input: invalid filter values (the FilterSet), pages over the limit and
# malformed cursors (graphene-django asserts), our own GraphQLErrors.
CLIENT_ERRORS = (ValidationError, FilterError, AssertionError, GraphQLError, ValueError)


def execution_context_class() -> type[ExecutionContext]:
    """The planned execution, or graphql-core's own when the setting turns it off (the answers are the
    same; tests run the GraphQL suite both ways)."""
    return PlannedExecutionContext if getattr(settings, "GRAPHQL_PLANNED_EXECUTION", True) else ExecutionContext


# Read-only schema (no mutations): no state to forge across sites, so no CSRF token is needed to query it.
@method_decorator(csrf_exempt, name="dispatch")
class TimelineGraphQLView(GraphQLView):
    # GraphiQL's files from core/static/graphiql, checked against graphene-django's integrity hashes: no CDN.
    graphiql_template = "core/graphiql.html"
    # graphene-django passes these instead of graphql-core's standard rules, so the standard ones come first.
    validation_rules = (
        *specified_rules,
        depth_limit_validator(max_depth=MAX_DEPTH),
        FieldCountLimit,
    )
    # Checked on every request, after the remembered checks: it reads the lists' bounds now.
    cost_rules = (QueryCostLimit,)
    last_changed_fn = None  # when the data last changed (given by the URLconf): ETag and Last-Modified

    def __init__(self, *, last_changed_fn=None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.last_changed_fn = last_changed_fn

    def dispatch(self, request, *args, **kwargs):
        if request.method == "GET" and "query" in request.GET and not self.can_display_graphiql(request, {}):
            return conditional_get(
                request,
                lambda: self.with_resolver_headers(
                    request, super(TimelineGraphQLView, self).dispatch(request, *args, **kwargs)
                ),
                last_changed_fn=self.last_changed_fn,
            )
        return self.with_resolver_headers(request, super().dispatch(request, *args, **kwargs))

    @staticmethod
    def with_resolver_headers(request, response):
        """Headers resolvers asked for (`request.response_headers`: how filter dates in words were read)."""
        for name, value in getattr(request, "response_headers", {}).items():
            response[name] = value
        return response

    def json_encode(self, request, d, pretty=False):
        if self.pretty or pretty or request.GET.get("pretty"):
            return super().json_encode(request, d, pretty=True)
        return orjson.dumps(d).decode()  # pages are hundreds of kilobytes: orjson encodes them much faster

    def execute_graphql_request(self, request, data, query, variables, operation_name, show_graphiql=False):
        """graphene-django's, with the query checked once per distinct text (checked_document) and the
        request's records let go of as soon as the answer is built. The schema has no mutations."""
        if not query:
            if show_graphiql:
                return None
            raise HttpError(HttpResponseBadRequest("Must provide query string."))
        if len(query) > MAX_QUERY_CHARACTERS:
            raise HttpError(
                HttpResponseBadRequest(f"The query is {len(query)} characters long; at most {MAX_QUERY_CHARACTERS}.")
            )
        document, errors = checked_document(self.schema.graphql_schema, self.validation_rules, query)
        if document is not None and not errors:
            errors = tuple(validate(self.schema.graphql_schema, document, self.cost_rules))
        if errors or document is None:
            self.execution_result = ExecutionResult(data=None, errors=list(errors))
            return self.execution_result
        operation = get_operation_ast(document, operation_name)
        if request.method.lower() == "get" and operation is not None and operation.operation != OperationType.QUERY:
            if show_graphiql:
                return None
            raise HttpError(
                HttpResponseNotAllowed(
                    ["POST"], f"Can only perform a {operation.operation.value} operation from a POST request."
                )
            )
        try:
            # Every resolver of this schema is synchronous: the result is never awaitable.
            self.execution_result = cast(
                ExecutionResult,
                execute(
                    self.schema.graphql_schema,
                    document,
                    root_value=self.get_root_value(request),
                    context_value=self.get_context(request),
                    variable_values=variables,
                    operation_name=operation_name,
                    middleware=self.get_middleware(request),
                    execution_context_class=execution_context_class(),
                ),
            )
        except Exception as error:  # as graphene-django does: the error is the answer (formatted as one)
            self.execution_result = ExecutionResult(errors=[cast(GraphQLError, error)])
        finally:
            # A Django request lives in a reference cycle (request.user's lazy loader) and is freed by the
            # garbage collector's slow full passes; the page's records need not wait for them.
            release_request_loaders(request)
        return self.execution_result

    @staticmethod
    def format_error(error):
        """Every error says whose it is in `extensions.code`, as Apollo's servers do (clients and fuzzers read
        it): GRAPHQL_VALIDATION_FAILED for a document refused before execution, BAD_USER_INPUT for a bad
        argument met while resolving, INTERNAL_SERVER_ERROR for our own failures; BAD_REQUEST for a request
        refused before it is read as GraphQL (no query, a body or variables that are not JSON, a mutation sent
        by GET, a batch), as Apollo Server says it."""
        if isinstance(error, HttpError):
            return {"message": str(error), "extensions": {"code": "BAD_REQUEST"}}
        formatted = GraphQLView.format_error(error)
        if isinstance(error, GraphQLError):
            extensions = dict(formatted.get("extensions") or {})
            if isinstance(error.original_error, FilterError):  # the filters' messages per field, as REST's 400 body
                extensions.setdefault("code", "BAD_USER_INPUT")
                extensions.setdefault("fields", error.original_error.errors)
            if not is_client_error(error):
                extensions["code"] = "INTERNAL_SERVER_ERROR"
            elif "code" not in extensions:
                extensions["code"] = "GRAPHQL_VALIDATION_FAILED" if error.path is None else "BAD_USER_INPUT"
            formatted["extensions"] = extensions
        return formatted

    def get_response(self, request, data, show_graphiql=False):
        """graphene-django answers errors met while resolving with 200; a bad filter value or a page over the
        limit is the client's error (400), anything else is ours (500)."""
        result, status_code = super().get_response(request, data, show_graphiql)
        errors = getattr(getattr(self, "execution_result", None), "errors", None)
        if status_code == 200 and errors:
            status_code = 400 if all(is_client_error(error) for error in errors) else 500
        limit = getattr(settings, "GRAPHQL_MAX_RESPONSE_CHARACTERS", MAX_RESPONSE_CHARACTERS)
        if result is not None and len(result) > limit:
            # The cost rule refuses what could be large before it runs; this is the backstop for what it
            # cannot foresee (long texts): nothing this large goes out.
            message = (
                f"The answer would be {len(result):,} characters long; at most {limit:,}. "
                "Ask for smaller pages or fewer fields."
            )
            error = {"message": message, "extensions": {"code": "RESPONSE_TOO_LARGE"}}
            return orjson.dumps({"errors": [error]}).decode(), 400
        return result, status_code


# Clients send the same few short queries again and again. A parsed document takes about a hundred times
# its text in memory (docs/api.md, GraphQL), so only short ones are kept, and a bounded number of them.
CACHED_QUERY_CHARACTERS = 2_000
# The cost rule counts objects, not characters: a page of curators' full article texts could still be large.
MAX_RESPONSE_CHARACTERS = 20_000_000


def checked_document(
    schema: GraphQLSchema, rules: tuple, query: str
) -> tuple[DocumentNode | None, tuple[GraphQLError, ...]]:
    """The query parsed and validated against the schema and the limits: (document, ()) or (None, errors).
    Short queries are checked once per distinct text; the document is only read by execution, never changed."""
    if len(query) <= CACHED_QUERY_CHARACTERS:
        return remembered_check(schema, rules, query)
    return check(schema, rules, query)


def check(schema: GraphQLSchema, rules: tuple, query: str) -> tuple[DocumentNode | None, tuple[GraphQLError, ...]]:
    try:
        document = parse(query)
    except GraphQLError as error:
        return None, (error,)
    # Fragment cycles first: the depth limit follows fragments and would recurse without end on one.
    errors = (
        validate_schema(schema)
        or validate(schema, document, [NoFragmentCyclesRule])
        or validate(schema, document, rules, graphene_settings.MAX_VALIDATION_ERRORS)
    )
    return (None, tuple(errors)) if errors else (document, ())


remembered_check = lru_cache(maxsize=128)(check)


def is_client_error(error: GraphQLError) -> bool:
    original = error.original_error
    return original is None or isinstance(original, CLIENT_ERRORS)
