"""The interface in French, English and Russian: menus, plurals, locale, catalogues."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from mou_studio.ui.app import Application
from mou_studio.ui.i18n import LANGUAGE_KEY, preferred_language

ROOT = Path(__file__).resolve().parents[2]


def _menu_titles(assembled: Application) -> list[str]:
    return [a.text() for a in assembled.window.menuBar().actions()]


@pytest.mark.parametrize(("translated", "titles", "versions"), [
    ("fr", ["&Fichier", "É&dition", "&Affichage", "&Structure", "&Comparer",
            "&Bibliothèque", "&Registre", "A&ide"], "1 version"),
    ("ru", ["&Файл", "&Правка", "&Вид", "С&труктура", "Ср&авнение", "&Библиотека",
            "&Реестр", "&Справка"], "1 версия"),
    ("en", ["&File", "&Edit", "&View", "&Structure", "&Compare", "&Library", "&Register",
            "&Help"], "1 version"),
], indirect=["translated"])
def test_menus_and_plurals_follow_the_interface_language(
    translated: Application, titles: list[str], versions: str,
) -> None:
    assert _menu_titles(translated) == titles
    item = translated.window.agreement_list.item(0).text()
    assert item.endswith(versions), item


@pytest.mark.parametrize("translated", ["ru"], indirect=True)
def test_russian_plural_has_three_forms(translated: Application) -> None:
    lst = translated.window.agreement_list
    assert [lst.tr("%n version(s)", "", n) for n in (1, 3, 5, 21)] == [
        "1 версия", "3 версии", "5 версий", "21 версия"]


@pytest.mark.parametrize("translated", ["fr"], indirect=True)
def test_numbers_and_dates_follow_the_interface_language(translated: Application) -> None:
    assert QLocale().toString(1234567) == "1\u202f234\u202f567"
    assert QLocale().name() == "fr_FR"


def test_the_preference_overrides_the_system_locale(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    russian = QLocale("ru_RU")
    assert preferred_language(settings, russian) == "ru"
    assert preferred_language(settings, QLocale("de_DE")) == "en"
    settings.setValue(LANGUAGE_KEY, "fr")
    assert preferred_language(settings, russian) == "fr"


def test_every_catalogue_is_complete_and_built() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "update_translations.py"),
                             "--check"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout
    for lang in ("en", "fr", "ru"):
        assert (ROOT / "resources" / "i18n" / f"mou_studio_{lang}.qm").stat().st_size > 100


@pytest.mark.parametrize(("translated", "misspelt", "place"), [
    ("fr", "« CARRIC » semble être une faute de frappe", "formule finale"),
    ("ru", "«CARRIC» похоже на", "заключительная формула"),
], indirect=["translated"])
def test_the_core_speaks_the_interface_language(
    translated: Application, qtbot, misspelt: str, place: str  # type: ignore[no-untyped-def]
) -> None:
    """Findings the Qt-free linter builds reach the Problems dock in the interface
    language, through the shipped catalogue (no catalogue built by the test)."""
    dock = translated.drafting.dock
    qtbot.waitUntil(lambda: dock.tree.topLevelItemCount() > 0, timeout=15000)
    rows = [[dock.tree.topLevelItem(i).text(c) for c in range(3)]
            for i in range(dock.tree.topLevelItemCount())]
    assert any(row[2].startswith(misspelt) for row in rows)
    assert any(row[1].startswith(place) for row in rows)


@pytest.mark.parametrize("translated", ["fr"], indirect=True)
def test_an_agreement_without_title_is_listed_in_the_interface_language(
        translated: Application, qtbot) -> None:  # type: ignore[no-untyped-def]
    import copy

    from mou_studio.core.model import new_uid
    from mou_studio.core.storage import AgreementStore, open_database

    untitled = copy.deepcopy(translated.controller.current_agreement)
    assert untitled is not None
    untitled.uid, untitled.title = new_uid(), {}
    db = open_database(translated.context.database_path)
    try:
        AgreementStore(db).create(untitled)
    finally:
        assert db.conn is not None
        db.conn.close()
    translated.controller.reload()
    listing = translated.window.agreement_list
    qtbot.waitUntil(lambda: listing.count() == 2, timeout=10000)
    texts = [listing.item(i).text() for i in range(listing.count())]
    assert any(text.startswith("(sans titre)\n") for text in texts)
