"""Signed copies kept in the database with their SHA-256; bad files change nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import docx
import pytest

from mou_studio.core.errors import AttachmentRejected, NotFound, StorageError
from mou_studio.core.register import attachments
from mou_studio.core.register.attachments import DOCX_TYPE, PDF_TYPE, SignedCopies
from mou_studio.core.register.store import RegisterStore
from tests.conftest import seed_path


def _caricc_id(register: RegisterStore) -> int:
    entry_id = register.entry_id("wco-caricc-2010")
    assert entry_id is not None
    return entry_id


def _signed_docx(tmp_path: Path) -> Path:
    document = docx.Document()
    for line in seed_path("000").read_text(encoding="utf-8").splitlines()[:40]:
        document.add_paragraph(line)
    path = tmp_path / "signed.docx"
    document.save(str(path))
    return path


def test_a_signed_docx_is_kept_with_its_hash(register: RegisterStore, tmp_path: Path) -> None:
    copies = SignedCopies(register.db)
    path = _signed_docx(tmp_path)
    stored = copies.attach(_caricc_id(register), path)
    assert stored.media_type == DOCX_TYPE
    assert stored.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    out = tmp_path / "out" / "copy.docx"
    out.parent.mkdir()
    copies.save_to(stored.id, out)
    assert out.read_bytes() == path.read_bytes()
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "CARICC" in text
    assert [a.filename for a in copies.list(_caricc_id(register))] == ["signed.docx"]


def test_a_pdf_is_recognised_by_its_bytes(register: RegisterStore) -> None:
    stored = SignedCopies(register.db).attach_bytes(
        _caricc_id(register), "scan.PDF", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n"
    )
    assert stored.media_type == PDF_TYPE


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.pdf", b"", "is empty"),
        ("notes.pdf", b"just text", "not a PDF or a .docx"),
        ("renamed.docx", b"%!PS-Adobe", "not a PDF or a .docx"),
        ("archive.zip", b"PK\x03\x04rest", "not a PDF or a .docx"),
    ],
)
def test_other_files_are_refused_and_nothing_is_stored(
    register: RegisterStore, name: str, data: bytes, message: str
) -> None:
    copies = SignedCopies(register.db)
    with pytest.raises(AttachmentRejected, match=message):
        copies.attach_bytes(_caricc_id(register), name, data)
    assert copies.list(_caricc_id(register)) == []


def test_a_file_over_the_limit_is_refused_before_reading(
    register: RegisterStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 1024)
    path = tmp_path / "big.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"0" * 2048)
    with pytest.raises(AttachmentRejected, match="at most"):
        SignedCopies(register.db).attach(_caricc_id(register), path)


def test_attaching_to_a_missing_entry_is_an_error(register: RegisterStore) -> None:
    with pytest.raises(NotFound):
        SignedCopies(register.db).attach_bytes(9999, "a.pdf", b"%PDF-1.4")


def test_a_damaged_blob_is_detected(register: RegisterStore) -> None:
    copies = SignedCopies(register.db)
    stored = copies.attach_bytes(_caricc_id(register), "a.pdf", b"%PDF-1.4 original")
    register.db.conn.execute(
        "UPDATE register_attachments SET content = ? WHERE id = ?",
        (b"%PDF-1.4 tampered", stored.id),
    )
    with pytest.raises(StorageError, match="SHA-256"):
        copies.content(stored.id)
