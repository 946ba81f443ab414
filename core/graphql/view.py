"""The GraphQL endpoint: limits that answer an oversized or too deep query with a clear error (400), each
distinct short query checked once, HTTP caching for GET queries, and the planned execution
(core.graphql.execution) unless `settings.GRAPHQL_PLANNED_EXECUTION` is off."""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from typing import cast

import orjson
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseNotAllowed
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
from core.graphql.limits import (
    MAX_DEPTH,
    MAX_QUERY_CHARACTERS,
    FieldCountLimit,
    QueryCostLimit,
    list_bounds_version,
)
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
        if is_batch(request):
            return self.with_resolver_headers(request, self.batch_response(request))
        if request.method == "GET" and not self.can_display_graphiql(request, {}) and is_cacheable_get(request):
            return conditional_get(
                request,
                lambda: self.with_resolver_headers(
                    request, super(TimelineGraphQLView, self).dispatch(request, *args, **kwargs)
                ),
                last_changed_fn=self.last_changed_fn,
            )
        return self.with_resolver_headers(request, super().dispatch(request, *args, **kwargs))

    def batch_response(self, request) -> HttpResponse:
        """Operations sent together as a JSON array (Apollo's BatchHttpLink, graphql-python's batching): each
        answered as if sent alone, in order, in one array. The status is 200 when all succeeded, else the
        highest of theirs."""
        try:
            entries = json.loads(request.body)
        except ValueError:
            return self.error_response(HttpResponseBadRequest("POST body sent invalid JSON."))
        if not entries or len(entries) > MAX_BATCH or not all(isinstance(entry, dict) for entry in entries):
            message = f"A batch is a JSON array of 1 to {MAX_BATCH} operations, each an object."
            return self.error_response(HttpResponseBadRequest(message))
        answers = []
        for entry in entries:
            try:
                answers.append(self.get_response(request, entry))
            except HttpError as error:
                answers.append(
                    (self.json_encode(request, {"errors": [self.format_error(error)]}), error.response.status_code)
                )
            self.__dict__.pop("execution_result", None)  # the next operation's errors are its own
        status = max(status for _, status in answers)
        body = "[" + ",".join(answer for answer, _ in answers) + "]"
        return HttpResponse(body, status=status, content_type="application/json")

    def error_response(self, response: HttpResponse) -> HttpResponse:
        error = HttpError(response)
        response["Content-Type"] = "application/json"
        response.content = self.json_encode(None, {"errors": [self.format_error(error)]})
        return response

    def get_graphql_params(self, request, data):
        """graphene-django's, plus automatic persisted queries as Apollo clients send them: the query's
        SHA-256 alone (`extensions.persistedQuery`), then, when this server does not know it, the hash and the
        query together, which the server checks and remembers."""
        query, variables, operation_name, id_ = super().get_graphql_params(request, data)
        persisted = persisted_query_of(request, data)
        if persisted is not None:
            query = persisted_query(persisted, query)
        return query, variables, operation_name, id_

    @staticmethod
    def with_resolver_headers(request, response):
        """Headers resolvers asked for (`request.response_headers`: how filter dates in words were read)."""
        for name, value in getattr(request, "response_headers", {}).items():
            response[name] = value
        return response

    def json_encode(self, request, d, pretty=False):
        if self.pretty or pretty or (request is not None and request.GET.get("pretty")):
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
            errors = costed(self.schema.graphql_schema, self.cost_rules, query, document)
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
        by GET, an empty or oversized batch, a persisted query's hash that does not hold), as Apollo Server says
        it; PERSISTED_QUERY_NOT_FOUND for a hash not known yet."""
        if isinstance(error, PersistedQueryNotFound):
            return {"message": "PersistedQueryNotFound", "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}}
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


MAX_BATCH = 10  # operations in one request: each is limited as if sent alone


def is_batch(request) -> bool:
    if request.method != "POST" or GraphQLView.get_content_type(request) != "application/json":
        return False
    return request.body.lstrip()[:1] == b"["


class PersistedQueryNotFound(HttpError):
    """The hash of a query this server does not know (yet): the client sends the query with it next. A 200
    that is never cached, as Apollo's persisted-query link expects (a 400 would make it stop trying)."""

    def __init__(self) -> None:
        response = HttpResponse(status=200)
        response["Cache-Control"] = "no-store"
        super().__init__(response, "PersistedQueryNotFound")


SHA256_HEX = re.compile(r"[0-9a-f]{64}")
PERSISTED_QUERY_SECONDS = 7 * 24 * 3600


def persisted_query_of(request, data) -> dict | None:
    """`extensions.persistedQuery` of a request (a JSON string in a GET's parameters), or None."""
    extensions = request.GET.get("extensions") or (data.get("extensions") if isinstance(data, dict) else None)
    if isinstance(extensions, str):
        try:
            extensions = json.loads(extensions)
        except ValueError:
            raise HttpError(HttpResponseBadRequest("Extensions are invalid JSON.")) from None
    persisted = extensions.get("persistedQuery") if isinstance(extensions, dict) else None
    if persisted is None:
        return None
    if not isinstance(persisted, dict) or persisted.get("version") != 1:
        raise HttpError(HttpResponseBadRequest("Unsupported persisted query version: only version 1 is."))
    if not isinstance(persisted.get("sha256Hash"), str) or not SHA256_HEX.fullmatch(persisted["sha256Hash"]):
        raise HttpError(HttpResponseBadRequest("persistedQuery.sha256Hash must be 64 lower-case hex digits."))
    return persisted


def persisted_query(persisted: dict, query: str | None) -> str:
    """The query a persisted-query request stands for: the one sent with its hash (checked, then remembered
    in the shared cache, so every web process knows it), or the one remembered under the hash."""
    key = f"graphql-persisted:{persisted['sha256Hash']}"
    if not query:
        remembered = cache.get(key)
        if remembered is None:
            raise PersistedQueryNotFound()
        return remembered
    if hashlib.sha256(query.encode()).hexdigest() != persisted["sha256Hash"]:
        raise HttpError(HttpResponseBadRequest("provided sha does not match query"))
    if len(query) <= MAX_QUERY_CHARACTERS:
        cache.set(key, query, PERSISTED_QUERY_SECONDS)
    return query


def is_cacheable_get(request) -> bool:
    """A GET whose answer HTTP caches may keep: one with its query, or the hash of one this server knows (a
    hash it does not know is answered "not found", which no cache may keep)."""
    if "query" in request.GET:
        return True
    try:
        persisted = persisted_query_of(request, {})
    except HttpError:
        return False
    return persisted is not None and cache.get(f"graphql-persisted:{persisted['sha256Hash']}") is not None


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


def costed(schema: GraphQLSchema, rules: tuple, query: str, document: DocumentNode) -> tuple[GraphQLError, ...]:
    """The cost limit's errors for a checked document. Its worst case depends on the document and on the stored
    lists' bounds (asked at most once a minute, and only by a query with a plain list): a short query's answer
    is remembered per text and bounds in use, as its check is; when the bounds are due, it is counted again."""
    version = list_bounds_version()
    if len(query) > CACHED_QUERY_CHARACTERS or version is None:
        return tuple(validate(schema, document, rules))
    return remembered_cost(schema, rules, query, version)


@lru_cache(maxsize=128)
def remembered_cost(schema: GraphQLSchema, rules: tuple, query: str, version: float) -> tuple[GraphQLError, ...]:
    document, _ = remembered_check(schema, (), query)
    return () if document is None else tuple(validate(schema, document, rules))


def is_client_error(error: GraphQLError) -> bool:
    original = error.original_error
    return original is None or isinstance(original, CLIENT_ERRORS)
