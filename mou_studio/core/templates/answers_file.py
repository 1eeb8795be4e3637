"""Answers written back as a TOML answers file, so the wizard's answers can be reused by
``mou-studio-cli new TEMPLATE --answers FILE`` (and read again by the wizard)."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from mou_studio.core.errors import MouStudioError
from mou_studio.core.messages import msg

_BARE_KEY = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")


def answers_to_toml(template_id: str, data: dict[str, Any]) -> str:
    """The answers ``data`` (plain values as an answers file holds them) as TOML text:
    scalars, lists and per-language texts first, then one table per party."""
    lines = [f"template = {_value(template_id)}"]
    tables: list[str] = []
    for key, value in data.items():
        if isinstance(value, dict) and _is_party(value):  # pyright: ignore[reportUnknownArgumentType]
            tables.append(f"\n[{_key(key)}]")
            tables += [f"{_key(k)} = {_value(v)}" for k, v in value.items()]  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
        else:
            lines.append(f"{_key(key)} = {_value(value)}")
    return "\n".join([*lines, *tables]) + "\n"


def write_answers(path: Path, template_id: str, data: dict[str, Any]) -> None:
    """Write an answers file atomically (a temporary file, then ``os.replace``)."""
    text = answers_to_toml(template_id, data)
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".answers-",
                                             suffix=".toml")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except OSError as exc:
        raise MouStudioError(msg("cannot write {path}: {reason}", path=str(path),
                                 reason=exc.strerror or str(exc))) from exc


def _is_party(value: dict[str, Any]) -> bool:
    return "name" in value and "short_name" in value


def _key(key: str) -> str:
    return key if key and set(key) <= _BARE_KEY else json.dumps(key, ensure_ascii=False)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, dict):
        items = ", ".join(f"{_key(str(k))} = {_value(v)}" for k, v in value.items())  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
        return "{ " + items + " }" if items else "{}"
    raise MouStudioError(msg("cannot write the answer {value} to a file",
                             value=repr(value)))
