"""The OpenAPI generator's view of the REST surface (its own module: DRF's settings import core.api while loading)."""

from drf_spectacular.openapi import AutoSchema
from rest_framework import permissions

from core.api import ReadAnyoneWriteWithModelPermission


class TimelineAutoSchema(AutoSchema):
    """Says in the contract that anonymous reads are allowed (drf-spectacular knows only DRF's own
    permission classes): a safe method under ReadAnyoneWriteWithModelPermission lists "no credentials"."""

    def get_auth(self):
        auths = super().get_auth()
        checks = self.view.get_permissions()
        reads_open = any(isinstance(p, ReadAnyoneWriteWithModelPermission) for p in checks)
        open_to_all = not checks  # e.g. asking for a token: the credentials are in the body
        if (open_to_all or (reads_open and self.method in permissions.SAFE_METHODS)) and {} not in auths:
            auths.append({})
        return auths


ERROR_SCHEMA = {
    "type": "object",
    "description": 'An error: {"detail": "…"}, or for bad input one list of messages per field or parameter.',
    "properties": {"detail": {"type": "string"}},
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
}


def error(description: str, *, headers: dict | None = None) -> dict:
    response: dict = {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    if headers:
        response["headers"] = headers
    return response


def document_errors(result, generator, request, public):
    """drf-spectacular documents each operation's success only; a client must also know the errors it
    can meet (and schemathesis holds the API to them): bad input, credentials, permission, a missing
    object, a stale If-Match, a body too large or of the wrong type, throttling, and 304 for a
    conditional read."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    retry_after = {"Retry-After": {"schema": {"type": "integer"}, "description": "Seconds to wait."}}
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            extra = {
                "400": error("Bad input: each wrong parameter or field with its message."),
                "401": error("The credentials are missing, wrong or expired."),
                "403": error("Signed in, but without the permission this needs."),
                "429": error("Too many requests from this client; wait and retry.", headers=retry_after),
            }
            if "{" in path:
                extra["404"] = error("No such object, or not public.")
            if method == "get":
                extra["304"] = {"description": "Not modified: the copy named by If-None-Match is current."}
            if method in ("post", "put", "patch"):
                extra["413"] = error("The body is too large.")
                extra["415"] = error("The body's Content-Type is not JSON or a form.")
            if method in ("put", "patch", "delete") and any(
                parameter.get("name") == "If-Match" for parameter in operation.get("parameters", [])
            ):
                extra["412"] = error("The object changed since the version If-Match names: read it again.")
            for status, response in extra.items():
                responses.setdefault(status, response)
    return result
