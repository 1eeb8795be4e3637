"""Reading exported .docx files back in tests: parts, paragraphs, text, as XML."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def parts(data: bytes) -> dict[str, bytes]:
    """Every part of the package by name."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name) for name in package.namelist()}


def xml(data: bytes, name: str = "word/document.xml") -> etree._Element:
    return etree.fromstring(parts(data)[name])


def paragraph_text(p: etree._Element) -> str:
    """A paragraph's text as a reader sees it: tabs as tabs, footnote calls as [n]."""
    out: list[str] = []
    for node in p.iter(f"{W}t", f"{W}tab", f"{W}footnoteReference"):
        if node.tag == f"{W}t":
            out.append(node.text or "")
        elif node.tag == f"{W}tab" and node.getparent() is not None \
                and node.getparent().tag == f"{W}r":
            out.append("\t")
        elif node.tag == f"{W}footnoteReference":
            out.append(f"[{node.get(f'{W}id')}]")
    return "".join(out)


def body_lines(data: bytes) -> list[str]:
    """The non-empty paragraphs of the body, in order (table cells included)."""
    root = xml(data)
    lines = [paragraph_text(p) for p in root.iter(f"{W}p")]
    return [line for line in lines if line]


def style_of(p: etree._Element) -> str:
    style = p.find(f"{W}pPr/{W}pStyle")
    return "" if style is None else style.get(f"{W}val", "")


def plain(text: str) -> str:
    """Text with the typographic no-break spaces turned back into spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")
