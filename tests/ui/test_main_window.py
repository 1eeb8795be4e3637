"""The main window opens on the demo MoU, shown as a structured document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from mou_studio.ui.app import Application, build_application


def test_window_opens_on_the_demo_with_its_outline(application: Application) -> None:
    window = application.window
    assert window.agreement_list.count() == 1
    labels = [label for label in window.outline_view.article_labels()
              if label.startswith("Article")]
    assert [label.split(" — ")[0] for label in labels] == ["Article premier"] + [
        f"Article {n}" for n in range(2, 10)]
    assert labels[0] == "Article premier — Objectifs de l'accord"
    assert "PROTOCOLE D'ACCORD" in window.windowTitle()


def test_reading_view_shows_parties_recitals_articles_and_signatures(
    application: Application,
) -> None:
    text = application.window.document_view.toPlainText()
    for expected in ("— l'OMD", "— CARICC", "Sont convenus de ce qui suit :",
                     "Article premier", "Article 9", "Entrée en vigueur",
                     "paragraphe 1 du présent article", "Créée en 1952",
                     "En foi de quoi", "30 марта 2010", "Астана", "Kunio Mikuriya"):
        assert expected in text, expected
    assert text.count("Considérant") + text.count("Reconnaissant") + text.count(
        "Désireux") >= 8


def test_preamble_lists_the_eight_recitals(application: Application) -> None:
    outline = application.window.outline_view
    preamble = outline.topLevelItem(0)
    assert preamble.text(0) == "Préambule"
    assert preamble.childCount() == 8


def test_selecting_an_outline_item_scrolls_the_reading_view(application: Application,
                                                             qtbot) -> None:  # type: ignore[no-untyped-def]
    window = application.window
    window.resize(900, 500)
    bar = window.document_view.verticalScrollBar()
    bar.setValue(0)
    last_article = window.outline_view.topLevelItem(window.outline_view.topLevelItemCount() - 1)
    window.outline_view.setCurrentItem(last_article)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=3000)


def test_geometry_is_kept_between_runs(application: Application, tmp_path: Path,
                                       qtbot) -> None:  # type: ignore[no-untyped-def]
    application.window.resize(700, 450)  # inside the 800x600 offscreen screen
    application.window.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("main_window/geometry") is not None
    again = build_application(tmp_path / "ui.db", tmp_path / "settings.ini")
    qtbot.addWidget(again.window)
    assert again.window.size().width() == 700


def test_a_foreign_file_as_database_shows_one_clear_dialog(qtbot, tmp_path: Path,
                                                           monkeypatch) -> None:  # type: ignore[no-untyped-def]
    foreign = tmp_path / "agreement.docx"
    foreign.write_bytes(b"PK\x03\x04" + bytes(100))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, message: shown.append(message))
    assembled = build_application(foreign, tmp_path / "settings.ini")
    qtbot.addWidget(assembled.window)
    assembled.controller.start()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "not a MoU Studio database" in shown[0]
    assert foreign.read_bytes() == b"PK\x03\x04" + bytes(100)
    assembled.context.tasks.wait_for_all()
