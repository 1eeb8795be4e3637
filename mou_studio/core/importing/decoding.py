"""Bytes of a .txt file → text: UTF-8 (with or without BOM), UTF-16 with BOM, cp1252."""

from __future__ import annotations

import codecs

from mou_studio.core.errors import CorruptDocument
from mou_studio.core.messages import msg

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ZIP_MAGIC = b"PK\x03\x04"
_BINARY_MAGIC = (b"%PDF", b"\xd0\xcf\x11\xe0", b"\x7fELF", b"\x89PNG", b"\xff\xd8\xff",
                 b"SQLite format 3")
# Control characters that never occur in a text document (tab, LF, CR, FF are fine).
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13))
_MAX_CONTROL_RATIO = 0.01


def decode_text(data: bytes, name: str) -> str:
    """Decode the bytes of a text file, refusing binaries with a clear message."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise CorruptDocument(msg("{name}: damaged {encoding} text ({reason})",
                                          name=name, encoding=encoding, reason=exc.reason)
                                      ) from exc
    _refuse_binary(data, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _refuse_binary(data: bytes, name: str) -> None:
    if data.startswith(_ZIP_MAGIC):
        raise CorruptDocument(
            msg("{name} is a ZIP or Word file with a text extension; rename it to .docx",
                name=name))
    if data.startswith(_BINARY_MAGIC):
        raise CorruptDocument(msg("{name} is not a text file (PDF, Word 97, image or "
                                  "database)", name=name))
    sample = data[:65536]
    controls = sum(sample.count(bytes([c])) for c in _CONTROL)
    if b"\x00" in sample or controls > len(sample) * _MAX_CONTROL_RATIO:
        raise CorruptDocument(msg("{name} is not a text file: it contains binary data",
                                  name=name))
