"""The leak inspector finds identity in any part of a package, and exports carry none."""

from __future__ import annotations

import getpass
import platform
from pathlib import Path

import docx
import pytest

from mou_studio.cli import main
from mou_studio.core.export import ExportOptions, Layout, export_agreement
from mou_studio.core.model import Agreement
from tests.support.commands import registered_commands
from tests.support.leaks import describe, find_leaks, identity_needles


def test_python_docx_default_template_leaks_its_author(tmp_path: Path) -> None:
    path = tmp_path / "default.docx"
    docx.Document().save(str(path))
    leaks = find_leaks(path, {"generator": "python-docx"})
    assert {leak.part for leak in leaks} == {"docProps/core.xml"}
    assert "python-docx" in leaks[0].context


@pytest.fixture
def jane(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine whose user, host and home are distinctive (this VM's "vm" is too short)."""
    monkeypatch.setattr(getpass, "getuser", lambda: "jane.doe")
    monkeypatch.setattr(platform, "node", lambda: "DESKTOP-JDOE42")
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: cls("/home/jane.doe")))


@pytest.mark.usefixtures("jane")
def test_user_host_home_and_database_path_are_found_in_any_part(
    tmp_path: Path, db_path: Path, demo: Agreement,
) -> None:
    path = tmp_path / "leaky.docx"
    document = docx.Document()
    document.core_properties.author = "Jane.Doe"
    document.core_properties.comments = "made on desktop-jdoe42"
    document.add_paragraph(f"Saved from {db_path}")
    document.add_paragraph("Draft in /home/jane.doe/Documents")
    document.sections[0].header.paragraphs[0].text = f"ref {demo.uid}"
    document.save(str(path))
    leaks = find_leaks(path, identity_needles(db_path, demo))
    found = {(leak.part, leak.needle) for leak in leaks}
    assert {("docProps/core.xml", "user name"), ("docProps/core.xml", "host name"),
            ("word/document.xml", "database path"), ("word/document.xml", "home folder"),
            ("word/header1.xml", "agreement uid")} <= found, describe(leaks)


@pytest.mark.usefixtures("jane")
def test_a_scrubbed_document_has_no_leak(tmp_path: Path, db_path: Path,
                                         demo: Agreement) -> None:
    path = tmp_path / "clean.docx"
    document = docx.Document()
    props = document.core_properties
    props.author = props.last_modified_by = props.comments = props.title = ""
    document.add_paragraph("Article premier — Objectifs de l'accord")
    document.save(str(path))
    needles = identity_needles(db_path, demo)
    assert find_leaks(path, needles) == [], describe(find_leaks(path, needles))


def test_utf16_parts_are_searched_too(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "custom.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("customXml/item1.xml",
                         "<a>C:\\Users\\Jane.Doe\\Documents</a>".encode("utf-16-le"))
    assert [leak.part for leak in find_leaks(path, ["jane.doe"])] == ["customXml/item1.xml"]


@pytest.mark.parametrize("needle", ["", "ab"])
def test_too_short_identities_are_not_searched(needle: str, monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: needle)
    assert "user name" not in identity_needles(tmp_path / "x.db")


@pytest.mark.usefixtures("jane")
@pytest.mark.parametrize("options", [
    ExportOptions(),
    ExportOptions(layout=Layout.PARALLEL, draft=True),
    ExportOptions(layout=Layout.SEPARATE, alternat=True),
], ids=["sequential", "parallel-draft", "separate-alternat"])
def test_exported_documents_carry_no_identity(tmp_path: Path, db_path: Path, demo: Agreement,
                                              options: ExportOptions) -> None:
    out = tmp_path / "jane.doe-exports" / "mou.docx"
    out.parent.mkdir()
    written = export_agreement(demo, out, options)
    assert written
    needles = {**identity_needles(db_path, demo), "export folder": str(out.parent)}
    real = identity_needles()  # this machine's own user and home, as they really are
    needles.update({f"real {k}": v for k, v in real.items()})
    for path in written:
        leaks = find_leaks(path, needles)
        assert leaks == [], f"{path.name}:\n{describe(leaks)}"


@pytest.mark.usefixtures("jane")
def test_register_csv_clause_pack_and_redline_carry_no_identity(
    tmp_path: Path, db_path: Path, demo: Agreement, capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "jane.doe-exports"
    folder.mkdir()
    outputs = {"register": folder / "register.csv", "pack": folder / "clauses.json",
               "redline": folder / "redline.docx"}
    commands = {"register": ["register", "export", str(outputs["register"])],
                "pack": ["library", "export", str(outputs["pack"])],
                "redline": ["diff", "1@1", "1", "--redline", str(outputs["redline"])]}
    available = registered_commands()
    written = []
    for name, argv in commands.items():
        if argv[0] in available and main(["--db", str(db_path), *argv]) in (0, 1):
            written.append(outputs[name])
    capsys.readouterr()
    assert written, "none of register, library or diff is available"
    needles = {**identity_needles(db_path), "export folder": str(folder)}
    for path in written:
        if path.exists():
            assert find_leaks(path, needles) == [], describe(find_leaks(path, needles))

