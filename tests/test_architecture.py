"""The house's rules on imports, read from the source (every import, also those inside functions):

- apps import only downward: core ← corpus ← facts ← intake, embed ← config;
- an app's domain (models, services, selectors, extraction…) never imports its own surfaces (api, graphql,
  admin, management commands);
- no module imports itself back through others: the module graph has no cycle.

`lint-imports` checks the first two again in `make lint` (contracts in pyproject.toml)."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RANKS = {"core": 0, "corpus": 1, "facts": 2, "intake": 3, "embed": 3, "config": 4}
SURFACES = ("api", "openapi", "graphql", "admin", "management")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    found = {}
    for package in RANKS:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" not in path.parts:
                found[module_name(path)] = path
    return found


def imported_modules(name: str, path: Path) -> set[str]:
    """The project's modules that `name` imports, anywhere in its code."""
    known = modules()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # `from package import module` depends on the module, not on what the package's __init__ imports.
            submodules = [f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in known]
            candidates = submodules if len(submodules) == len(node.names) else [base, *submodules]
        else:
            continue
        for candidate in candidates:
            # The module itself, or the nearest package of it that is a module of the project.
            while candidate and candidate not in known:
                candidate = candidate.rpartition(".")[0]
            if candidate and candidate != name:
                targets.add(candidate)
    return targets


@cache
def import_graph() -> dict[str, set[str]]:
    return {name: imported_modules(name, path) for name, path in modules().items()}


def app_of(module: str) -> str:
    return module.split(".")[0]


def is_surface(module: str) -> bool:
    parts = module.split(".")
    return len(parts) > 1 and parts[1] in SURFACES


def test_the_walker_sees_the_imports_it_must_judge():
    graph = import_graph()
    # A plain import, an import inside a function, and a package's own module.
    assert "facts.models" in graph["facts.selectors"]
    assert "core.edtf" in graph["facts.models"]
    assert "facts.services.citations" in graph["facts.services.claims"]
    assert len(graph) > 60


@pytest.mark.parametrize("app", sorted(RANKS))
def test_apps_import_only_downward(app):
    upward = sorted(
        f"{module} imports {target}"
        for module, targets in import_graph().items()
        if app_of(module) == app
        for target in targets
        if app_of(target) != app and RANKS[app_of(target)] >= RANKS[app]
    )
    assert not upward, "\n".join(upward)


def test_no_app_domain_imports_its_own_surfaces():
    leaks = sorted(
        f"{module} imports {target}"
        for module, targets in import_graph().items()
        if not is_surface(module) and app_of(module) != "config"  # config joins the surfaces: that is its job
        for target in targets
        if is_surface(target) and app_of(target) == app_of(module)
    )
    assert not leaks, "\n".join(leaks)


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative: the groups of modules that import each other, directly or not."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


def test_the_cycle_finder_finds_a_cycle():
    assert strongly_connected({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycles():
    cycles = strongly_connected(import_graph())
    assert not cycles, cycles


def app_sources() -> dict[str, str]:
    """Every module of the apps, by path, migrations left out (they record history, not rules)."""
    return {
        str(path.relative_to(ROOT)): path.read_text(encoding="utf-8")
        for app in RANKS
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts
    }


def test_the_review_permission_is_named_in_one_module():
    naming = [path for path, source in app_sources().items() if "facts.review_claim" in source]

    assert naming == ["facts/permissions.py"]


def test_what_the_public_sees_is_decided_in_one_expression():
    """No query filters on the approved status by hand: `public_claim()` / `.public()` / `visible_to()` do."""
    import re

    by_hand = re.compile(r"\b(filter|exclude|Q)\(.*(Status\.APPROVED|PUBLIC_STATUS|\"approved\")")
    found = [
        (path, line.strip())
        for path, source in app_sources().items()
        for line in source.splitlines()
        if by_hand.search(line)
    ]

    assert found == [("facts/models.py", 'return models.Q(**{f"{prefix}status": PUBLIC_STATUS})')]


def test_only_the_version_service_raises_a_claim_s_version():
    raising = [
        path for path, source in app_sources().items() if "claim.version += 1" in source or "version=F(" in source
    ]

    assert raising == ["facts/services/versions.py"]
