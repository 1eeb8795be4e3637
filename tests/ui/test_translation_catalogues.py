"""The catalogue check: it fails on an unfinished, incomplete or stale translation."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Demo</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Закрыть</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def script(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """packaging/update_translations.py, pointed at a copy of the catalogues."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shutil.copytree(ROOT / "resources" / "i18n", tmp_path / "i18n")
    monkeypatch.setattr(module, "I18N_DIR", tmp_path / "i18n")
    return module


def test_unfinished_incomplete_plural_and_lost_placeholder_are_reported(
    script: ModuleType, tmp_path: Path,
) -> None:
    ts = tmp_path / "demo_ru.ts"
    ts.write_text(TS, encoding="utf-8")
    assert script.untranslated("ru", ts) == [
        "Close", "Version %1 (placeholders differ)", "%n file(s)"]


def test_the_real_catalogues_are_finished(script: ModuleType) -> None:
    for language in ("en", "fr", "ru"):
        assert script.untranslated(language) == [], language


def test_a_string_added_to_the_code_is_reported_until_the_update_runs(
    script: ModuleType, tmp_path: Path,
) -> None:
    source = tmp_path / "fresh_widget.py"
    source.write_text('class FreshWidget:\n'
                      '    def f(self):\n'
                      '        return self.tr("A string nobody translated yet")\n',
                      encoding="utf-8")
    sources = [*sorted((ROOT / "mou_studio" / "ui").rglob("*.py")), source]
    for language in ("fr", "ru"):
        assert script.absent(language, sources) == [
            "FreshWidget: A string nobody translated yet"], language
    assert script.absent("fr", sources[:-1]) == []


def test_a_qm_not_rebuilt_after_translating_is_reported(
    script: ModuleType, tmp_path: Path,
) -> None:
    assert script.built_from_catalogue("ru")
    (tmp_path / "i18n" / "mou_studio_fr.qm").write_bytes(b"built from an older catalogue")
    assert not script.built_from_catalogue("fr")
