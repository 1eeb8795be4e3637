"""First-start register content: the WCO's partners and MoUs (seeds 001 and 000)."""

from __future__ import annotations

import dataclasses
import json
import logging
from pathlib import Path
from typing import Any

import sqlite_utils

from mou_studio.core.errors import InvalidDocument, InvalidRegisterData
from mou_studio.core.messages import msg, verbatim
from mou_studio.core.register.model import Partner, RegisterEntry
from mou_studio.core.register.records import entry_from_data, partner_from_data
from mou_studio.core.register.store import RegisterStore, connection_of
from mou_studio.core.storage import AgreementStore, tables

log = logging.getLogger(__name__)

REGISTER_SEEDED_KEY = "register_seed_loaded"
SEED_FILE = Path("templates") / "register" / "wco-partners.json"


def load_register_data(path: Path) -> tuple[list[Partner], list[RegisterEntry]]:
    """Read a register data file (partners and entries)."""
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        partners = [partner_from_data(item) for item in data["partners"]]
        entries = [entry_from_data(item) for item in data["entries"]]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise InvalidDocument(msg("cannot read the register data {name}: {reason}",
                                  name=path.name, reason=verbatim(str(exc)))) from exc
    except InvalidRegisterData as exc:
        raise InvalidDocument(msg("the register data {name} is invalid: {reason}",
                                  name=path.name, reason=exc.message)) from exc
    return partners, entries


def ensure_register_seed(db: sqlite_utils.Database, path: Path) -> bool:
    """Load the shipped register once per database; return whether it was loaded now.

    An entry linked to a drafted agreement keeps the link only when that agreement (and
    its signed version) is in the database: a user may have deleted the demo.
    """
    agreements = AgreementStore(db)
    if agreements.state(REGISTER_SEEDED_KEY) is not None:
        return False
    partners, entries = load_register_data(path)
    entries = [_link_if_present(db, entry) for entry in entries]
    RegisterStore(db).save_all(partners, entries)
    agreements.set_state(REGISTER_SEEDED_KEY, "1")
    log.info("loaded %d partners and %d register entries", len(partners), len(entries))
    return True


def _link_if_present(db: sqlite_utils.Database, entry: RegisterEntry) -> RegisterEntry:
    if entry.agreement_uid is None:
        return entry
    row = connection_of(db).execute(
        f"""SELECT a.id, (SELECT count(*) FROM {tables.VERSIONS} v
                          WHERE v.agreement_id = a.id AND v.number = ?)
            FROM {tables.AGREEMENTS} a WHERE a.uid = ?""",
        (entry.signed_version or 0, entry.agreement_uid),
    ).fetchone()
    if row is None:
        return dataclasses.replace(entry, agreement_uid=None, signed_version=None)
    if entry.signed_version is not None and not row[1]:
        return dataclasses.replace(entry, signed_version=None)
    return entry
