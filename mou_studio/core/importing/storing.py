"""Storing imported agreements: all of them, or none if one fails."""

from __future__ import annotations

from pathlib import Path

from mou_studio.core.importing.api import import_file
from mou_studio.core.model import Agreement
from mou_studio.core.storage import AgreementStore
from mou_studio.core.tasks import TaskControl


def store_agreements(store: AgreementStore, agreements: list[Agreement]) -> list[int]:
    """Store every agreement (one transaction each); if one fails, remove those stored."""
    ids: list[int] = []
    try:
        for agreement in agreements:
            ids.append(store.create(agreement))
    except BaseException:
        for stored in ids:
            store.delete(stored)
        raise
    return ids


def import_path(path: Path, store: AgreementStore, *, lang: str = "auto",
                revisions: str | None = None, control: TaskControl | None = None) -> list[int]:
    """Import every agreement ``path`` holds into ``store``; return their new ids.

    Nothing is stored when reading fails, or when the file holds no agreement.
    """
    result = import_file(path, lang=lang, revisions=revisions, control=control)
    return store_agreements(store, result.agreements())
