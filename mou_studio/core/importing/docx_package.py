"""The .docx ZIP package opened defensively: sizes checked before and while unpacking.

A zip bomb declares (or hides) gigabytes of content in a few kilobytes. Each member's
declared size is checked against the limits before anything is unpacked, and the real
size is checked again while streaming, since declared sizes can lie.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass

from lxml import etree

from mou_studio.core.errors import CorruptDocument
from mou_studio.core.messages import msg

MAX_MEMBER_BYTES = 40 * 1024 * 1024
MAX_TOTAL_BYTES = 120 * 1024 * 1024
MAX_RATIO = 200  # unpacked / packed, far above real Word XML (about 10)
MAX_MEMBERS = 5000
RATIO_FLOOR = 1024 * 1024  # small parts may compress well; only big ones are judged
_CHUNK = 64 * 1024


def _safe_parser() -> etree.XMLParser:
    # No DTD loading, no entity expansion, no network: an entity bomb or an XXE
    # reference cannot do anything; any DOCTYPE at all is refused below.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False, remove_comments=True)


@dataclass
class DocxPackage:
    """Read access to the parts of a .docx, with every part size-checked."""

    name: str
    archive: zipfile.ZipFile

    @classmethod
    def open(cls, data: bytes, name: str) -> DocxPackage:
        """Open the package, refusing damaged, encrypted or oversized archives."""
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            infos = archive.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            raise CorruptDocument(msg("{name} is damaged: not a readable ZIP package ({reason})",
                                      name=name, reason=str(exc))) from exc
        _check_declared_sizes(infos, name)
        if "word/document.xml" not in archive.namelist():
            raise CorruptDocument(msg("{name} is a ZIP file but not a Word document "
                                      "(word/document.xml is missing)", name=name))
        return cls(name, archive)

    def has(self, part: str) -> bool:
        """Whether the package holds ``part`` ("word/footnotes.xml")."""
        return part in self.archive.namelist()

    def read(self, part: str) -> bytes:
        """The bytes of one part, refusing it as soon as it unpacks beyond the limit."""
        try:
            info = self.archive.getinfo(part)
            if info.flag_bits & 0x1:
                raise CorruptDocument(msg("{name} is encrypted; save it without a password",
                                          name=self.name))
            chunks: list[bytes] = []
            total = 0
            with self.archive.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    total += len(chunk)
                    if total > MAX_MEMBER_BYTES or (
                        total > RATIO_FLOOR and total > max(info.compress_size, 1) * MAX_RATIO
                    ):
                        raise CorruptDocument(
                            msg("{name} unpacks to far more than it declares ({part}): "
                                "refused as a possible zip bomb", name=self.name, part=part))
                    chunks.append(chunk)
            return b"".join(chunks)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError, ValueError,
                NotImplementedError, RuntimeError) as exc:
            raise CorruptDocument(msg("{name} is damaged ({part}: {reason})", name=self.name,
                                      part=part, reason=str(exc))) from exc

    def xml(self, part: str) -> etree._Element:  # pyright: ignore[reportPrivateUsage]
        """One XML part parsed safely; a DOCTYPE (entities, external files) is refused."""
        data = self.read(part)
        head = data[:4096].lstrip()
        if b"<!DOCTYPE" in data[:65536] or b"<!ENTITY" in head:
            raise CorruptDocument(
                msg("{name} contains a DTD with entity declarations ({part}); Word never "
                    "writes one: refused as possibly hostile (entity bomb or external file)",
                    name=self.name, part=part))
        try:
            root = etree.fromstring(data, _safe_parser())
        except etree.XMLSyntaxError as exc:
            raise CorruptDocument(msg("{name} is damaged: {part} is not valid XML ({reason})",
                                      name=self.name, part=part, reason=str(exc))) from exc
        return root


def _check_declared_sizes(infos: list[zipfile.ZipInfo], name: str) -> None:
    if len(infos) > MAX_MEMBERS:
        raise CorruptDocument(msg("{name} holds {parts} parts: not a Word document",
                                  name=name, parts=len(infos)))
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        bomb_like = ratio > MAX_RATIO and info.file_size > RATIO_FLOOR
        if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or bomb_like:
            raise CorruptDocument(
                msg("{name} would unpack to {total} MB or more ({part} is {size} KB "
                    "compressed {ratio}×): refused as a possible zip bomb", name=name,
                    total=total // (1024 * 1024), part=info.filename,
                    size=info.file_size // 1024, ratio=f"{ratio:.0f}"))
