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
from mou_studio.core.messages import Message, msg, msgn, verbatim
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


def clause_from_data(data: object, where: Message | str | None = None) -> Clause:
    """Build and validate a clause from plain data; raise :class:`InvalidDocument`.

    ``where`` names the clause in messages (a file name, "this clause"); a plain string is
    shown as is.
    """
    place = msg("clause") if where is None else _as_message(where)
    obj = _mapping(data, place)
    clause_id = _string(obj.get("id"), _field(place, "id"))
    if not CLAUSE_ID.match(clause_id):
        raise InvalidDocument(msg(
            "{where}: id '{id}' must be 1-80 lower-case letters, digits, '.', '-' or '_'",
            where=place, id=clause_id[:80]))
    place = msg("clause {id}", id=clause_id)
    topic = _string(obj.get("topic"), _field(place, "topic"))
    if not TOPIC_KEY.match(topic):
        raise InvalidDocument(msg(
            "{where}: topic '{topic}' must be a lower-case key such as 'information_exchange'",
            where=place, topic=topic[:40]))
    title = _lang_text(obj.get("title"), place, "title", MAX_TITLE)
    if not title:
        raise InvalidDocument(msg("{where}: a clause needs a title in at least one language",
                                  where=place))
    variants = _variants(obj.get("variants"), place)
    return Clause(
        id=clause_id,
        topic=topic,
        title=title,
        variants=variants,
        register=_enum(ClauseRegister, obj.get("register", "both"), _field(place, "register")),
        tags=_tags(obj.get("tags", []), place),
        source=_string(obj.get("source", ""), _field(place, "source"), MAX_SOURCE, empty=True),
        status=_enum(ClauseStatus, obj.get("status", "draft"), _field(place, "status")),
        origins=_origins(obj.get("translation", {}), place),
    )


def _as_message(where: Message | str) -> Message:
    return where if isinstance(where, Message) else verbatim(where)


def _field(where: Message, name: str) -> Message:
    """A field of the clause (or variant) ``where``: "clause x: title.fr"."""
    return msg("{where}: {field}", where=where, field=name)


def _variants(value: object, where: Message) -> list[Variant]:
    if not isinstance(value, list) or not value:
        raise InvalidDocument(msg("{where}: needs a list of variants, the preferred one first",
                                  where=where))
    items: list[Any] = value  # pyright: ignore[reportUnknownVariableType]
    if len(items) > MAX_VARIANTS:
        raise InvalidDocument(msgn("{where}: at most {count} variant",
                                   "{where}: at most {count} variants", MAX_VARIANTS,
                                   where=where))
    variants = [_variant(item, msg("{where}, variant {number}", where=where, number=n))
                for n, item in enumerate(items, 1)]
    if variants[0].level is not VariantLevel.PREFERRED:
        raise InvalidDocument(msg("{where}: the first variant must be the preferred wording",
                                  where=where))
    for before, after in itertools.pairwise(variants):
        if LEVEL_ORDER[after.level] < LEVEL_ORDER[before.level]:
            raise InvalidDocument(msg(
                "{where}: variants must go preferred, then fallback, then last resort",
                where=where))
    if not variants[0].text:
        raise InvalidDocument(msg("{where}: the preferred wording needs at least one language",
                                  where=where))
    return variants


def _variant(value: object, where: Message) -> Variant:
    obj = _mapping(value, where)
    level = _enum(VariantLevel, obj.get("level", "preferred"), _field(where, "level"))
    text = _lang_text(obj.get("text"), where, "text", MAX_TEXT)
    if not text:
        raise InvalidDocument(msg("{where}: the text is empty in every language", where=where))
    for lang, body in text.items():
        check_placeholders(body, msg("{where} ({lang})", where=where, lang=lang))
    note = _lang_text(obj.get("note", {}), where, "note", MAX_TEXT)
    return Variant(level, text, note)


def _origins(value: object, where: Message) -> dict[str, TextOrigin]:
    obj = _mapping(value, _field(where, "translation"))
    origins: dict[str, TextOrigin] = {}
    for lang, origin in obj.items():
        if lang not in LANGUAGES:
            raise InvalidDocument(msg("{where}: translation names an unknown language '{lang}'",
                                      where=where, lang=lang))
        origins[lang] = _enum(TextOrigin, origin, _field(where, f"translation.{lang}"))
    return origins


def _tags(value: object, where: Message) -> list[str]:
    if not isinstance(value, list):
        raise InvalidDocument(msg("{where}: tags must be a list of words", where=where))
    items: list[Any] = value  # pyright: ignore[reportUnknownVariableType]
    if len(items) > MAX_TAGS:
        raise InvalidDocument(msgn("{where}: at most {count} tag", "{where}: at most {count} tags",
                                   MAX_TAGS, where=where))
    tags = [_string(tag, _field(where, "tag"), MAX_TAG) for tag in items]
    return list(dict.fromkeys(tag.strip().lower() for tag in tags))


def _lang_text(value: object, where: Message, name: str, limit: int) -> LangText:
    """The ``name`` field (title, text, note) of ``where``: a text per language."""
    obj = _mapping(value if value is not None else {}, _field(where, name))
    result: LangText = {}
    for lang, text in obj.items():
        if lang not in LANGUAGES:
            raise InvalidDocument(msg("{where}: unknown language '{lang}' (use fr, en, ru)",
                                      where=_field(where, name), lang=lang[:10]))
        body = _string(text, _field(where, f"{name}.{lang}"), limit, empty=True).strip()
        if body:
            result[lang] = body
    return result


def _mapping(value: object, where: Message) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidDocument(msg("{where}: expected a table of named fields", where=where))
    obj: Mapping[Any, Any] = value  # pyright: ignore[reportUnknownVariableType]
    if not all(isinstance(key, str) for key in obj):
        raise InvalidDocument(msg("{where}: field names must be text", where=where))
    return obj


def _string(value: object, where: Message, limit: int = 200, empty: bool = False) -> str:
    if not isinstance(value, str):
        raise InvalidDocument(msg("{where} must be text", where=where))
    if len(value) > limit:
        raise InvalidDocument(msgn("{where} is longer than {count} character",
                                   "{where} is longer than {count} characters", limit,
                                   where=where))
    if not empty and not value.strip():
        raise InvalidDocument(msg("{where} is empty", where=where))
    return value


def _enum(kind: type[E], value: object, where: Message) -> E:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise InvalidDocument(msg("{where}: '{value}' is not one of {allowed}",
                                  where=where, value=str(value)[:40], allowed=allowed)) from None


MAX_CLAUSE_FILE_BYTES = 1_000_000


def read_clause_file(path: Path) -> tuple[Clause, int | None]:
    """Read a clause from a .json or .toml file (the shape ``library show --json`` prints).

    Returns the clause and the version the file says it was edited from, if any, so an
    edit can be refused when the clause changed in the meantime.
    """
    try:
        if path.stat().st_size > MAX_CLAUSE_FILE_BYTES:
            raise InvalidDocument(msg("{name} is too large for one clause", name=path.name))
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidDocument(msg("cannot read {path}: {reason}", path=str(path),
                                  reason=verbatim(str(exc)))) from exc
    try:
        data: object = tomllib.loads(text) if path.suffix.lower() == ".toml" else json.loads(text)
    except (ValueError, RecursionError) as exc:
        kind = "TOML" if path.suffix.lower() == ".toml" else "JSON"
        raise InvalidDocument(msg("{name} is not valid {kind}: {reason}", name=path.name,
                                  kind=kind, reason=verbatim(str(exc)[:160]))) from exc
    clause = clause_from_data(data, path.name)
    version = _mapping(data, verbatim(path.name)).get("version")
    if version is not None and (not isinstance(version, int) or isinstance(version, bool)):
        raise InvalidDocument(msg("{name}: version must be a whole number", name=path.name))
    return clause, version
