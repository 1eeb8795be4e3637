"""Comparing agreements as ``agreement_view`` shows them, whatever uids they were given."""

from __future__ import annotations

from typing import Any


def without_uids(value: Any) -> Any:
    """``value`` (an agreement view, or part of one) with every "uid" key left out."""
    if isinstance(value, dict):
        return {k: without_uids(v) for k, v in value.items() if k != "uid"}
    if isinstance(value, list):
        return [without_uids(v) for v in value]
    return value
