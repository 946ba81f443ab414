"""The manifest that describes a folder of documents (`manifest.json` beside them), so ingestion needs
no hand-typed flags: source, title, language, publication date, translation links."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from core.edtf import InvalidEdtf, edtf_parse
from core.models import Language

MANIFEST_NAME = "manifest.json"
SOURCE_KINDS = {"news", "opinion", "academic", "government", "think_tank", "other"}


class ManifestError(Exception):
    pass


@dataclass(frozen=True)
class SourceEntry:
    name: str
    kind: str
    name_native: str = ""
    homepage: str = ""


@dataclass(frozen=True)
class ManifestEntry:
    file: str
    title: str
    language: str
    source: SourceEntry
    published: str = ""
    url: str = ""
    authors: tuple[str, ...] = ()
    translation_of: str | None = None
    notes: str = ""
    description: str = field(default="", compare=False)

    @property
    def key(self) -> str:
        return Path(self.file).stem


def load_manifest(folder: Path) -> list[ManifestEntry]:
    path = folder / MANIFEST_NAME
    if not path.exists():
        raise ManifestError(f"{path}: no manifest; every ingested folder needs one")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ManifestError(f"{path}: not valid JSON ({error})") from None
    return parse_manifest(data, where=str(path))


def parse_manifest(data: object, *, where: str = "manifest") -> list[ManifestEntry]:
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise ManifestError(f'{where}: expected an object with an "articles" list')
    entries = [_parse_entry(item, f"{where}: articles[{i}]") for i, item in enumerate(data["articles"])]
    files = [entry.file for entry in entries]
    duplicates = sorted({name for name in files if files.count(name) > 1})
    if duplicates:
        raise ManifestError(f"{where}: files listed twice: {', '.join(duplicates)}")
    for entry in entries:
        if entry.translation_of is not None and entry.translation_of not in files:
            raise ManifestError(
                f"{where}: {entry.file} is a translation of {entry.translation_of!r}, which the manifest does not list"
            )
    return entries


def _parse_entry(item: object, where: str) -> ManifestEntry:
    if not isinstance(item, dict):
        raise ManifestError(f"{where}: expected an object")

    def text(name: str, *, required: bool = False) -> str:
        value = item.get(name, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise ManifestError(f"{where}.{name}: expected text, got {type(value).__name__}")
        if required and not value.strip():
            raise ManifestError(f"{where}.{name}: required")
        return value.strip()

    language = text("language", required=True)
    if language not in Language.values:
        raise ManifestError(f"{where}.language: {language!r} is not one of {', '.join(Language.values)}")
    published = text("published")
    if published:
        try:
            edtf_parse(published)
        except InvalidEdtf as error:
            raise ManifestError(f"{where}.published: {error}") from None
    source = item.get("source")
    if not isinstance(source, dict) or not str(source.get("name", "")).strip():
        raise ManifestError(f"{where}.source: expected an object with a name")
    kind = str(source.get("kind", "news"))
    if kind not in SOURCE_KINDS:
        raise ManifestError(f"{where}.source.kind: {kind!r} is not one of {', '.join(sorted(SOURCE_KINDS))}")
    authors = item.get("authors") or []
    if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
        raise ManifestError(f"{where}.authors: expected a list of names")
    return ManifestEntry(
        file=text("file", required=True),
        title=text("title", required=True),
        language=language,
        published=published,
        url=text("url"),
        authors=tuple(authors),
        translation_of=text("translation_of") or None,
        notes=text("notes"),
        description=text("description"),
        source=SourceEntry(
            name=str(source["name"]).strip(),
            kind=kind,
            name_native=str(source.get("name_native", "")).strip(),
            homepage=str(source.get("homepage", "")).strip(),
        ),
    )
