"""Search every part of an exported package for what identifies the user or the database.

:func:`identity_needles` collects what must not leak: the user name, the machine name, the
home folder, the database path and the agreement's stored ids (its uid and node uids).
:func:`find_leaks` opens a .docx (any OOXML zip) and searches every part, XML or binary
(a file that is not a zip, such as a CSV or a clause pack, is searched as one part),
in UTF-8 and UTF-16, case-insensitively, as whole words. Use them on every exported file.
"""

from __future__ import annotations

import getpass
import platform
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from mou_studio.core.model import Agreement, Node

MIN_NEEDLE_LENGTH = 3  # shorter user or host names would match ordinary words


@dataclass(frozen=True)
class Leak:
    """One needle found in one part of a package."""

    part: str
    needle: str
    context: str


def identity_needles(database_path: Path | None = None,
                     agreement: Agreement | None = None) -> dict[str, str]:
    """What identifies this user, machine and database, by a name saying what it is."""
    needles: dict[str, str] = {
        "user name": getpass.getuser(),
        "host name": platform.node(),
        "home folder": str(Path.home()),
    }
    if database_path is not None:
        needles["database path"] = str(database_path)
        needles["database folder"] = str(database_path.parent)
    if agreement is not None:
        needles["agreement uid"] = agreement.uid
        for node in _nodes(agreement):
            needles[f"node uid {node.uid}"] = node.uid
    return {k: v for k, v in needles.items() if len(v) >= MIN_NEEDLE_LENGTH}


def find_leaks(package: Path, needles: dict[str, str] | Iterable[str]) -> list[Leak]:
    """Every occurrence of a needle in any part of ``package`` (a zip, or a plain file)."""
    named = needles if isinstance(needles, dict) else {n: n for n in needles}
    if not zipfile.is_zipfile(package):
        return list(_search_part(package.name, package.read_bytes(), named))
    found: list[Leak] = []
    with zipfile.ZipFile(package) as archive:
        for info in archive.infolist():
            data = archive.read(info)
            found += _search_part(info.filename, data, named)
    return found


def _search_part(part: str, data: bytes, needles: dict[str, str]) -> Iterator[Leak]:
    texts = [data.decode("utf-8", errors="replace")]
    if data.count(b"\x00") > len(data) // 4:  # looks like UTF-16
        texts.append(data.decode("utf-16-le", errors="replace"))
    for label, needle in needles.items():
        # Whole words only: a user called "root" is not in "rsidRoot".
        pattern = re.compile(rf"(?<![^\W_]){re.escape(needle)}(?![^\W_])", re.IGNORECASE)
        for text in texts:
            match = pattern.search(text)
            if match is not None:
                context = text[max(0, match.start() - 40): match.end() + 40]
                yield Leak(part, label, context)
                break


def _nodes(agreement: Agreement) -> Iterator[Node]:
    for top in [*agreement.body, *(node for annex in agreement.annexes for node in annex.body)]:
        yield from top.walk()


def describe(leaks: list[Leak]) -> str:
    """A readable list of leaks for an assertion message."""
    return "\n".join(f"{leak.part}: {leak.needle}: …{leak.context}…" for leak in leaks) \
        or "no leak"
