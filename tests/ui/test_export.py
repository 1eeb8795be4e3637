"""File ▸ Export…: the dialog's choices become export options; the export runs off the UI
thread and writes the file; failures are shown in one message box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from mou_studio.core.export import ExportFormat, Layout
from mou_studio.ui.app import Application
from mou_studio.ui.export_controller import ExportController
from mou_studio.ui.export_dialog import ExportDialog


def _export_controller(app: Application) -> ExportController:
    return app.window.findChild(ExportController)


def test_file_menu_has_export_enabled_once_an_agreement_is_open(
        application: Application) -> None:
    controller = _export_controller(application)
    assert controller.export_action.isEnabled()
    file_menu = application.window.menu("file")
    assert controller.export_action in file_menu.actions()


def test_dialog_choices_become_export_options(application: Application, qtbot,
                                              tmp_path: Path) -> None:
    agreement = application.controller.current_agreement
    dialog = ExportDialog(agreement, tmp_path / "mou.docx", can_preview=False)
    qtbot.addWidget(dialog)
    assert not dialog.layout_combo.isEnabled()  # one language: nothing to lay out
    dialog.format_combo.setCurrentIndex(1)
    dialog.draft_box.setChecked(True)
    dialog.alternat_box.setChecked(True)
    dialog.metadata_edits["author"].setText("  Secrétariat ")
    options = dialog.options()
    assert options.format is ExportFormat.PDF
    assert options.languages == ("fr",)
    assert options.layout is Layout.SEQUENTIAL
    assert options.draft and options.alternat
    assert options.metadata.author == "Secrétariat" and options.metadata.company == ""
    assert dialog.output_path() == tmp_path / "mou.pdf"
    dialog._language_boxes["fr"].setChecked(False)
    assert not dialog.buttons.buttons()[0].isEnabled()


def test_export_runs_in_the_background_and_writes_the_file(
        application: Application, qtbot, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "out" / "mou.docx"
    target.parent.mkdir()

    def accept(dialog: ExportDialog) -> int:
        dialog.path_edit.setText(str(target))
        dialog.draft_box.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
    controller = _export_controller(application)
    controller.export_action.trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    application.context.tasks.wait_for_all()
    assert target.read_bytes().startswith(b"PK")
    qtbot.waitUntil(lambda: "Exported" in application.window.statusBar().currentMessage(),
                    timeout=5000)


def test_a_failed_export_shows_one_message(application: Application, qtbot,
                                           tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text: shown.append(text))
    controller = _export_controller(application)
    agreement = application.controller.current_agreement
    options = ExportDialog(agreement, tmp_path / "x.docx", can_preview=False).options()
    controller.export(agreement, tmp_path / "missing" / "mou.docx", options)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown == [f"cannot write {tmp_path / 'missing' / 'mou.docx'}: the folder "
                     f"{tmp_path / 'missing'} does not exist"]
