"""First-start content: an empty database gets the sample agreements once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from mou_studio.core.errors import InvalidDocument
from mou_studio.core.messages import msg
from mou_studio.core.model import Agreement
from mou_studio.core.serialize import agreement_from_json
from mou_studio.core.storage import AgreementStore

log = logging.getLogger(__name__)

DEMO_LOADED_KEY = "demo_agreements_loaded"


def load_sample(path: Path) -> Agreement:
    """Read one sample agreement data file."""
    try:
        return agreement_from_json(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidDocument(msg("cannot read the sample {name}: {reason}",
                                   name=path.name, reason=str(exc))) from exc


def ensure_demo_agreements(store: AgreementStore, samples_dir: Path,
                           prepare: Callable[[Agreement], object] | None = None) -> list[int]:
    """Load the samples into a database that never had them; return the new ids.

    ``prepare`` may complete each sample before it is stored (the first start links its
    articles to the library), so its signed version carries the same content.
    Runs once per database: a user who deletes the demo does not get it back.
    """
    if store.state(DEMO_LOADED_KEY) is not None or store.summaries():
        return []
    ids: list[int] = []
    for path in sorted(samples_dir.glob("*.json")):
        agreement = load_sample(path)
        if prepare is not None:
            prepare(agreement)
        agreement_id = store.create(agreement)
        store.save_version(agreement_id, "Texte signé" if agreement.language == "fr"
                           else "Signed text")
        ids.append(agreement_id)
        log.info("loaded the sample agreement %s", path.name)
    store.set_state(DEMO_LOADED_KEY, "1")
    return ids
