"""UI tests run offscreen, each on its own database and settings file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QMessageBox

from mou_studio.core.paths import project_root
from mou_studio.ui.app import Application, build_application
from mou_studio.ui.i18n import install_translators


def settle(assembled: Application) -> None:
    """Let background work finish and deliver its results while the window still exists.

    A result queued after the window was destroyed would reach a deleted widget in the
    next test.
    """
    for _ in range(3):
        assembled.context.tasks.wait_for_all()
        QApplication.processEvents()


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes never block a test: they are recorded and answered "Discard".

    Tests that care about a dialog patch it themselves, more specifically.
    """
    shown: list[tuple[str, str]] = []

    def record(kind: str):  # type: ignore[no-untyped-def]
        def show(_parent, _title, text, *_args, **_kwargs):  # type: ignore[no-untyped-def]
            shown.append((kind, text))
            return QMessageBox.StandardButton.Discard
        return show

    for kind in ("warning", "critical", "question", "information"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


@pytest.fixture
def application(qtbot, tmp_path: Path) -> Iterator[Application]:  # type: ignore[no-untyped-def]
    """The assembled main window on a fresh database, started and showing the demo."""
    assembled = build_application(tmp_path / "ui.db", tmp_path / "settings.ini")
    qtbot.addWidget(assembled.window)
    assembled.window.show()
    assembled.controller.start()
    qtbot.waitUntil(lambda: assembled.controller.current_agreement is not None, timeout=10000)
    yield assembled
    settle(assembled)


@pytest.fixture
def translated(request: pytest.FixtureRequest, qtbot, tmp_path: Path  # type: ignore[no-untyped-def]
               ) -> Iterator[Application]:
    """The assembled window built under the translators of ``request.param``."""
    app = QApplication.instance()
    assert app is not None
    translators = install_translators(app, request.param, project_root())
    try:
        assembled = build_application(tmp_path / "ui.db", tmp_path / "settings.ini")
        qtbot.addWidget(assembled.window)
        assembled.window.show()
        assembled.controller.start()
        qtbot.waitUntil(lambda: assembled.controller.current_agreement is not None,
                        timeout=10000)
        yield assembled
        settle(assembled)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English))
