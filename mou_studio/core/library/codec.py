"""Clause <-> plain data (JSON/TOML), with the validation every way in shares.

Data files, ``library add``/``edit`` files and packs all come through
:func:`clause_from_data`, so one set of rules decides what a valid clause is, and a bad
file gets a message that names the field to fix.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

from mou_studio.core.errors import InvalidDocument
from mou_studio.core.library.model import (
    LEVEL_ORDER,
    Clause,
    ClauseRegister,
    ClauseStatus,
    TextOrigin,
    Variant,
    VariantLevel,
)
from mou_studio.core.library.placeholders import check_placeholders
from mou_studio.core.model import LANGUAGES, LangText

E = TypeVar("E", ClauseRegister, ClauseStatus, VariantLevel, TextOrigin)

CLAUSE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")
TOPIC_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_TITLE = 300
MAX_TEXT = 20_000
MAX_VARIANTS = 8
MAX_TAGS = 30
MAX_TAG = 60
MAX_SOURCE = 500


def clause_to_data(clause: Clause) -> dict[str, Any]:
    """The clause's content as plain data (no version number or date)."""
    data: dict[str, Any] = {
        "id": clause.id,
        "topic": clause.topic,
        "title": dict(clause.title),
        "register": clause.register.value,
        "status": clause.status.value,
        "tags": list(clause.tags),
        "source": clause.source,
        "translation": {lang: origin.value for lang, origin in clause.origins.items()},
        "variants": [_variant_to_data(v) for v in clause.variants],
    }
    return data


def _variant_to_data(variant: Variant) -> dict[str, Any]:
    data: dict[str, Any] = {"level": variant.level.value, "text": dict(variant.text)}
    if variant.note:
        data["note"] = dict(variant.note)
    return data


def content_json(clause: Clause) -> str:
    """Canonical JSON of the clause's content: equal content gives equal text."""
    return json.dumps(clause_to_data(clause), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


def content_hash(clause: Clause) -> str:
    """SHA-256 of the canonical content: a version's identity across databases."""
    return hashlib.sha256(content_json(clause).encode("utf-8")).hexdigest()


def clause_from_data(data: object, where: str = "clause") -> Clause:
    """Build and validate a clause from plain data; raise :class:`InvalidDocument`."""
    obj = _mapping(data, where)
    clause_id = _string(obj.get("id"), f"{where}: id")
    if not CLAUSE_ID.match(clause_id):
        raise InvalidDocument(
            f"{where}: id '{clause_id[:80]}' must be 1-80 lower-case letters, digits, "
            "'.', '-' or '_'"
        )
    where = f"clause {clause_id}"
    topic = _string(obj.get("topic"), f"{where}: topic")
    if not TOPIC_KEY.match(topic):
        raise InvalidDocument(f"{where}: topic '{topic[:40]}' must be a lower-case key "
                              "such as 'information_exchange'")
    title = _lang_text(obj.get("title"), f"{where}: title", MAX_TITLE)
    if not title:
        raise InvalidDocument(f"{where}: a clause needs a title in at least one language")
    variants = _variants(obj.get("variants"), where)
    return Clause(
        id=clause_id,
        topic=topic,
        title=title,
        variants=variants,
        register=_enum(ClauseRegister, obj.get("register", "both"), f"{where}: register"),
        tags=_tags(obj.get("tags", []), where),
        source=_string(obj.get("source", ""), f"{where}: source", MAX_SOURCE, empty=True),
        status=_enum(ClauseStatus, obj.get("status", "draft"), f"{where}: status"),
        origins=_origins(obj.get("translation", {}), where),
    )


def _variants(value: object, where: str) -> list[Variant]:
    if not isinstance(value, list) or not value:
        raise InvalidDocument(f"{where}: needs a list of variants, the preferred one first")
    items: list[Any] = value  # pyright: ignore[reportUnknownVariableType]
    if len(items) > MAX_VARIANTS:
        raise InvalidDocument(f"{where}: at most {MAX_VARIANTS} variants")
    variants = [_variant(item, f"{where}, variant {n}") for n, item in enumerate(items, 1)]
    if variants[0].level is not VariantLevel.PREFERRED:
        raise InvalidDocument(f"{where}: the first variant must be the preferred wording")
    for before, after in itertools.pairwise(variants):
        if LEVEL_ORDER[after.level] < LEVEL_ORDER[before.level]:
            raise InvalidDocument(
                f"{where}: variants must go preferred, then fallback, then last resort"
            )
    if not variants[0].text:
        raise InvalidDocument(f"{where}: the preferred wording needs at least one language")
    return variants


def _variant(value: object, where: str) -> Variant:
    obj = _mapping(value, where)
    level = _enum(VariantLevel, obj.get("level", "preferred"), f"{where}: level")
    text = _lang_text(obj.get("text"), f"{where}: text", MAX_TEXT)
    if not text:
        raise InvalidDocument(f"{where}: the text is empty in every language")
    for lang, body in text.items():
        check_placeholders(body, f"{where} ({lang})")
    note = _lang_text(obj.get("note", {}), f"{where}: note", MAX_TEXT)
    return Variant(level, text, note)


def _origins(value: object, where: str) -> dict[str, TextOrigin]:
    obj = _mapping(value, f"{where}: translation")
    origins: dict[str, TextOrigin] = {}
    for lang, origin in obj.items():
        if lang not in LANGUAGES:
            raise InvalidDocument(f"{where}: translation names an unknown language '{lang}'")
        origins[lang] = _enum(TextOrigin, origin, f"{where}: translation.{lang}")
    return origins


def _tags(value: object, where: str) -> list[str]:
    if not isinstance(value, list):
        raise InvalidDocument(f"{where}: tags must be a list of words")
    items: list[Any] = value  # pyright: ignore[reportUnknownVariableType]
    if len(items) > MAX_TAGS:
        raise InvalidDocument(f"{where}: at most {MAX_TAGS} tags")
    tags = [_string(tag, f"{where}: tag", MAX_TAG) for tag in items]
    return list(dict.fromkeys(tag.strip().lower() for tag in tags))


def _lang_text(value: object, where: str, limit: int) -> LangText:
    obj = _mapping(value if value is not None else {}, where)
    result: LangText = {}
    for lang, text in obj.items():
        if lang not in LANGUAGES:
            raise InvalidDocument(f"{where}: unknown language '{lang[:10]}' (use fr, en, ru)")
        body = _string(text, f"{where}.{lang}", limit, empty=True).strip()
        if body:
            result[lang] = body
    return result


def _mapping(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidDocument(f"{where}: expected a table of named fields")
    obj: Mapping[Any, Any] = value  # pyright: ignore[reportUnknownVariableType]
    if not all(isinstance(key, str) for key in obj):
        raise InvalidDocument(f"{where}: field names must be text")
    return obj


def _string(value: object, where: str, limit: int = 200, empty: bool = False) -> str:
    if not isinstance(value, str):
        raise InvalidDocument(f"{where} must be text")
    if len(value) > limit:
        raise InvalidDocument(f"{where} is longer than {limit} characters")
    if not empty and not value.strip():
        raise InvalidDocument(f"{where} is empty")
    return value


def _enum(kind: type[E], value: object, where: str) -> E:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise InvalidDocument(f"{where}: '{str(value)[:40]}' is not one of {allowed}") from None


MAX_CLAUSE_FILE_BYTES = 1_000_000


def read_clause_file(path: Path) -> tuple[Clause, int | None]:
    """Read a clause from a .json or .toml file (the shape ``library show --json`` prints).

    Returns the clause and the version the file says it was edited from, if any, so an
    edit can be refused when the clause changed in the meantime.
    """
    try:
        if path.stat().st_size > MAX_CLAUSE_FILE_BYTES:
            raise InvalidDocument(f"{path.name} is too large for one clause")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidDocument(f"cannot read {path}: {exc}") from exc
    try:
        data: object = tomllib.loads(text) if path.suffix.lower() == ".toml" else json.loads(text)
    except (ValueError, RecursionError) as exc:
        kind = "TOML" if path.suffix.lower() == ".toml" else "JSON"
        raise InvalidDocument(f"{path.name} is not valid {kind}: {str(exc)[:160]}") from exc
    clause = clause_from_data(data, path.name)
    version = _mapping(data, path.name).get("version")
    if version is not None and (not isinstance(version, int) or isinstance(version, bool)):
        raise InvalidDocument(f"{path.name}: version must be a whole number")
    return clause, version
