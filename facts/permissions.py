"""Who may do what with claims: the one place that names the review permission and says who counts as a
curator. Services check these themselves (a screen that hides a button is a courtesy, not the rule); screens
ask `may_review` only to decide what to show."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

# Declared on Claim.Meta.permissions as "review_claim"; the curator group holds it (a migration grants it).
REVIEW_PERMISSION = "facts.review_claim"
# Curators see drafts and orphaned citations: they can view claims in the admin.
CURATOR_PERMISSION = "facts.view_claim"


def is_curator(user) -> bool:
    """Whether this viewer sees what curators see (drafts, orphaned citations)."""
    return bool(user is not None and user.is_authenticated and user.has_perm(CURATOR_PERMISSION))


def may_review(user) -> bool:
    """Whether this person may approve, reject, merge and withdraw claims. `None` is the system itself
    (fixtures, commands, extraction), which may."""
    return user is None or bool(user.is_authenticated and user.has_perm(REVIEW_PERMISSION))


def review_permission_check(by, *, doing: str = "Reviewing claims") -> None:
    """Raise PermissionDenied, saying what was refused, unless `by` may review."""
    if not may_review(by):
        raise PermissionDenied(f"{doing} needs the review_claim permission (the curator group has it).")
