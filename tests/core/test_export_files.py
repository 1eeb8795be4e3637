"""The files an export leaves: clean properties, whole or nothing, PDF, the CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from mou_studio import cli
from mou_studio.core.demo import load_sample
from mou_studio.core.errors import ExportError, LibreOfficeMissing
from mou_studio.core.export import (
    DocumentMetadata,
    ExportFormat,
    ExportOptions,
    build_docx,
    export_agreement,
    find_soffice,
    preview_first_page,
)
from mou_studio.core.export import pdf as pdf_module
from mou_studio.core.export.atomic import describe_os_error
from mou_studio.core.export.watermark import watermark_text
from mou_studio.core.model import Agreement
from mou_studio.core.paths import samples_dir
from mou_studio.core.serialize import agreement_to_json
from mou_studio.core.tasks import Cancelled, TaskControl
from tests.core.bilingual_demo import with_english
from tests.core.docx_reading import W, body_lines, parts, xml


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """An empty folder for the export (tmp_path also holds the test database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


CORE_LEAKS = (b"creator", b"lastModifiedBy", b"revision", b"lastPrinted", b"python-docx")


def test_properties_are_scrubbed_unless_the_user_fills_them(demo: Agreement) -> None:
    package = parts(build_docx(demo, ["fr"], demo.parties, ExportOptions()))
    core, app = package["docProps/core.xml"], package["docProps/app.xml"]
    assert not any(leak in core for leak in CORE_LEAKS)
    assert b"<Template>" not in app and b"Company" not in app
    assert b"<Application>MoU Studio</Application>" in app
    assert not any("comments" in name or "people" in name or "thumbnail" in name
                   or "customXml" in name for name in package)
    assert b"rsid" not in package["word/settings.xml"]
    document = package["word/document.xml"]
    for mark in (b"<w:ins ", b"<w:del ", b"<w:vanish", b"commentReference", b"w:rsid"):
        assert mark not in document

    chosen = DocumentMetadata(title="MoU OMD–CARICC", author="Secrétariat", company="OMD")
    package = parts(build_docx(demo, ["fr"], demo.parties, ExportOptions(metadata=chosen)))
    core = package["docProps/core.xml"].decode()
    assert "<dc:title>MoU OMD–CARICC</dc:title>" in core
    assert "<dc:creator>Secrétariat</dc:creator>" in core
    assert "<Company>OMD</Company>" in package["docProps/app.xml"].decode()


def test_draft_stamp_in_the_header(demo: Agreement) -> None:
    clean = parts(build_docx(demo, ["fr"], demo.parties, ExportOptions()))
    assert not any(name.startswith("word/header") for name in clean)
    data = build_docx(demo, ["fr"], demo.parties, ExportOptions(draft=True))
    header = xml(data, "word/header1.xml")
    assert "".join(t.text or "" for t in header.iter(f"{W}t")) == "PROJET"
    assert watermark_text(header) == "PROJET"  # and the diagonal watermark behind the text


def test_every_sample_agreement_exports(tmp_path: Path) -> None:
    samples = sorted(samples_dir().glob("*.json"))
    assert samples
    for sample in samples:
        agreement = load_sample(sample)
        (written,) = export_agreement(agreement, tmp_path / sample.stem, ExportOptions())
        lines = body_lines(written.read_bytes())
        assert lines[0] == agreement.title[agreement.language]
        assert len(lines) > 20


def test_a_failed_export_leaves_existing_files_untouched(demo: Agreement, out_dir: Path,
                                                         monkeypatch) -> None:
    target = out_dir / "mou-OMD.docx"
    target.write_bytes(b"the signed original")

    def broken(*_args, **_kwargs):
        raise ExportError("LibreOffice could not convert the document to PDF")

    monkeypatch.setattr("mou_studio.core.export.exporter.docx_to_pdf", broken)
    with pytest.raises(ExportError):
        export_agreement(demo, out_dir / "mou.pdf",
                         ExportOptions(format=ExportFormat.PDF, alternat=True))
    assert target.read_bytes() == b"the signed original"
    assert sorted(p.name for p in out_dir.iterdir()) == ["mou-OMD.docx"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_no_permission_says_so_and_leaves_nothing(demo: Agreement, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="permission denied"):
            export_agreement(demo, folder / "mou.docx", ExportOptions())
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_replacing_a_folder_fails_cleanly(demo: Agreement, out_dir: Path) -> None:
    (out_dir / "mou.docx").mkdir()
    with pytest.raises(ExportError, match="it is a folder"):
        export_agreement(demo, out_dir / "mou.docx", ExportOptions())
    assert sorted(p.name for p in out_dir.iterdir()) == ["mou.docx"]


def test_a_full_disk_is_reported(demo: Agreement, out_dir: Path, monkeypatch) -> None:
    def full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError, match="disk is full"):
        export_agreement(demo, out_dir / "mou.docx", ExportOptions())
    assert list(out_dir.iterdir()) == []


def test_cancel_writes_nothing(demo: Agreement, out_dir: Path) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, _message: str) -> None:
        seen.append((done, total))
        if len(seen) == 5:
            control.cancel()

    control = TaskControl(progress)
    with pytest.raises(Cancelled):
        export_agreement(demo, out_dir / "mou.docx", ExportOptions(), control)
    assert len(seen) == 5 and seen[-1][0] < seen[-1][1]
    assert list(out_dir.iterdir()) == []


def test_progress_reaches_the_total(demo: Agreement, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    control = TaskControl(lambda done, total, _message: seen.append((done, total)))
    export_agreement(demo, tmp_path / "mou.docx", ExportOptions(), control)
    assert seen[-1][0] == seen[-1][1] > 20


def test_missing_libreoffice_says_how_to_install_it(demo: Agreement, out_dir: Path,
                                                    monkeypatch) -> None:
    monkeypatch.setattr(pdf_module.shutil, "which", lambda _name: None)
    with pytest.raises(LibreOfficeMissing, match="libreoffice-writer-nogui"):
        export_agreement(demo, out_dir / "mou.pdf", ExportOptions(format=ExportFormat.PDF))
    assert list(out_dir.iterdir()) == []


@pytest.fixture(scope="module")
def demo_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The demo exported as PDF once for the module (LibreOffice takes seconds)."""
    if find_soffice() is None:
        pytest.skip("LibreOffice is not installed")
    demo = load_sample(samples_dir() / "wco-caricc-2010.json")
    out = tmp_path_factory.mktemp("pdf") / "mou.pdf"
    (written,) = export_agreement(demo, out, ExportOptions(format=ExportFormat.PDF))
    assert written == out
    return written.read_bytes()


def test_pdf_through_libreoffice(demo_pdf: bytes, tmp_path: Path) -> None:
    assert demo_pdf.startswith(b"%PDF")
    if shutil.which("pdftotext"):
        pdf = tmp_path / "mou.pdf"
        pdf.write_bytes(demo_pdf)
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "Article premier" in text and "Page 1 sur" in text
        assert "Beksultan Sarsekov" in text


def test_cli_exports_and_reports_errors_in_one_line(db_path: Path, tmp_path: Path,
                                                    capsys) -> None:
    out = tmp_path / "mou.docx"
    code = cli.main(["--db", str(db_path), "export", "1", "--out", str(out), "--draft",
                     "--author", "Secrétariat"])
    assert code == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert b"<dc:creator>Secr" in parts(out.read_bytes())["docProps/core.xml"]
    code = cli.main(["--db", str(db_path), "export", "1", "--lang", "en",
                     "--out", str(tmp_path / "en.docx")])
    assert code == 2
    assert capsys.readouterr().err.strip() == (
        "mou-studio-cli: error: the agreement has no en version (it has: fr)")


def test_a_target_open_elsewhere_is_reported_and_temp_files_removed(
        demo: Agreement, out_dir: Path, monkeypatch) -> None:
    def refused(_src: str, _dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(ExportError, match=r"permission denied .*open in another program"):
        export_agreement(demo, out_dir / "mou.docx", ExportOptions())
    assert list(out_dir.iterdir()) == []


def test_windows_sharing_violation_names_the_cause() -> None:
    error = OSError(13, "Permission denied")
    error.winerror = 32  # type: ignore[attr-defined]
    message = str(describe_os_error(error, Path("mou.docx")))
    assert "open in another program" in message and "close it" in message


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils missing")
def test_first_page_preview_is_an_image(demo: Agreement, demo_pdf: bytes,
                                        monkeypatch) -> None:
    # The PDF step is the one tested above; reuse its output instead of a second run.
    monkeypatch.setattr(pdf_module, "_convert", lambda *_args: demo_pdf)
    image = preview_first_page(demo, ExportOptions(draft=True))
    assert image.startswith(b"\x89PNG\r\n")


def test_cli_exports_an_agreement_data_file(db_path: Path, tmp_path: Path, demo: Agreement,
                                            capsys) -> None:
    data = tmp_path / "demo-fr-en.json"
    data.write_text(agreement_to_json(with_english(demo)), encoding="utf-8")
    out = tmp_path / "parallel.docx"
    code = cli.main(["--db", str(db_path), "export", "--file", str(data), "--lang", "fr,en",
                     "--layout", "parallel", "--out", str(out)])
    assert code == 0
    assert "MEMORANDUM OF UNDERSTANDING CONCERNING COOPERATION" in body_lines(out.read_bytes())
    assert cli.main(["--db", str(db_path), "export", "1", "--file", str(data)]) == 2
    assert "either an agreement ID or --file" in capsys.readouterr().err


def test_a_damaged_house_style_is_a_clear_error(demo: Agreement, out_dir: Path) -> None:
    template = out_dir.parent / "house-style.docx"
    template.write_bytes(b"not a zip at all")
    with pytest.raises(ExportError, match="cannot open the house style"):
        export_agreement(demo, out_dir / "mou.docx", ExportOptions(template=template))
    assert list(out_dir.iterdir()) == []


def test_a_house_style_restyled_in_word_is_used(demo: Agreement, out_dir: Path) -> None:
    import docx
    from docx.shared import Pt

    from mou_studio.core.export.document import house_style_path

    restyled = docx.Document(str(house_style_path()))
    restyled.styles["MoU Article Label"].font.size = Pt(15)
    template = out_dir.parent / "restyled.docx"
    restyled.save(str(template))
    (path,) = export_agreement(demo, out_dir / "mou.docx", ExportOptions(template=template))
    styles = docx.Document(str(path)).styles
    assert styles["MoU Article Label"].font.size == Pt(15)


def test_properties_typed_with_odd_characters_are_kept_clean(demo: Agreement) -> None:
    chosen = DocumentMetadata(title="MoU <OMD> & \x0bCARICC", company="R&D\x01")
    package = parts(build_docx(demo, ["fr"], demo.parties, ExportOptions(metadata=chosen)))
    assert "<dc:title>MoU &lt;OMD&gt; &amp; CARICC</dc:title>" in \
        package["docProps/core.xml"].decode()
    assert "<Company>R&amp;D</Company>" in package["docProps/app.xml"].decode()
