"""What the user names as a side of a compare: a file, or a stored agreement or version.

``12`` is agreement 12's working copy, ``12@3`` its version 3; anything else is a file:
``.json`` (an agreement data file) read here, ``.txt``/``.docx`` through the importer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from mou_studio.core.errors import ImportError_, InvalidDocument, MouStudioError
from mou_studio.core.importing import parse_agreement_text
from mou_studio.core.importing.reading import read_source
from mou_studio.core.messages import Message, msg, verbatim
from mou_studio.core.model import Agreement
from mou_studio.core.serialize import agreement_from_json

STORED = re.compile(r"^(\d+)(?:@(\d+))?$")
IMPORTED_SUFFIXES = (".txt", ".docx")


class VersionSource(Protocol):
    """The part of :class:`AgreementStore` a compare reads."""

    def get(self, agreement_id: int) -> Agreement: ...

    def get_version(self, agreement_id: int, number: int) -> Agreement: ...


@dataclass(frozen=True)
class Side:
    """One side of a compare: the agreement tree, and for a file its own paragraphs."""

    agreement: Agreement
    # What the user called it, for summaries and window titles: a file's name as is, or
    # a text of ours ("agreement 12, version 3") rendered in the interface language.
    name: Message | str
    # A .txt/.docx file's non-empty paragraphs as read, before structure detection: a
    # redline between two files is built on them, so accepting or rejecting it gives
    # back each file's own text, not the importer's rendering of it.
    paragraphs: tuple[str, ...] | None = None


def load_side(spec: str, store: Callable[[], VersionSource],
              revisions: str | None = None) -> Side:
    """Load ``spec``: a file path, ``ID`` (working copy) or ``ID@VERSION``.

    ``store`` is called only when a stored agreement is named, so comparing two files
    never opens the database. ``revisions`` ("accept"/"reject") says what to do with a
    .docx that already carries tracked changes.
    """
    path = Path(spec)
    if path.is_file():
        return load_file_side(path, revisions)
    match = STORED.match(spec)
    if match is None:
        raise MouStudioError(msg(
            "{spec}: no such file, and not a stored version (use ID or ID@VERSION, "
            "see `list` and `versions`)", spec=spec,
        ))
    agreement_id, version = int(match.group(1)), match.group(2)
    if version is None:
        return Side(store().get(agreement_id),
                    msg("agreement {id} (working copy)", id=agreement_id))
    number = int(version)
    return Side(store().get_version(agreement_id, number),
                msg("agreement {id}, version {number}", id=agreement_id, number=number))


def load_file_side(path: Path, revisions: str | None = None) -> Side:
    """Read one file as a whole agreement tree, with its paragraphs when it is text."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        try:
            return Side(agreement_from_json(path.read_text(encoding="utf-8")), path.name)
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidDocument(msg("cannot read {name}: {reason}", name=path.name,
                                      reason=verbatim(str(exc)))) from exc
    if suffix in IMPORTED_SUFFIXES:
        source = read_source(path, revisions=revisions)
        paragraphs = tuple(line for line in source.text.splitlines() if line.strip())
        return Side(parse_agreement_text(source.text), path.name, paragraphs)
    if not suffix:
        raise ImportError_(msg("{name}: cannot compare a file without an extension; "
                               "use .docx, .txt or an agreement .json", name=path.name))
    raise ImportError_(msg("{name}: cannot compare a '{suffix}' file; "
                           "use .docx, .txt or an agreement .json",
                           name=path.name, suffix=suffix))


def load_file(path: Path, revisions: str | None = None) -> Agreement:
    """Read one file as a whole agreement tree."""
    return load_file_side(path, revisions).agreement
