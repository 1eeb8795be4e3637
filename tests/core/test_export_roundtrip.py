"""Round trip: importing an exported .docx gives back the same agreement (minus uids)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mou_studio.core.demo import load_sample
from mou_studio.core.export import ExportOptions, Layout, export_agreement
from mou_studio.core.importing import load_document
from mou_studio.core.model import Agreement
from mou_studio.core.paths import samples_dir
from mou_studio.core.views import agreement_view
from tests.core.bilingual_demo import with_english


def comparable(view: Any) -> Any:
    """A view without uids, with the export's typographic no-break spaces as spaces."""
    if isinstance(view, dict):
        return {k: comparable(v) for k, v in view.items() if k not in ("uid", "languages")}
    if isinstance(view, list):
        return [comparable(v) for v in view]
    if isinstance(view, str):
        return view.replace("\u00a0", " ").replace("\u202f", " ")
    return view


def assert_same_views(original: Agreement, lang: str, imported: Agreement) -> None:
    expected = comparable(agreement_view(original, lang))
    actual = comparable(agreement_view(imported))
    for key, value in expected.items():
        assert actual[key] == value, key


def test_demo_round_trips_through_docx(demo: Agreement, tmp_path: Path) -> None:
    (path,) = export_agreement(demo, tmp_path / "demo.docx", ExportOptions())
    assert_same_views(demo, "fr", load_document(path))


def test_each_language_file_round_trips(demo: Agreement, tmp_path: Path) -> None:
    bilingual = with_english(demo)
    paths = export_agreement(bilingual, tmp_path / "mou.docx",
                             ExportOptions(layout=Layout.SEPARATE))
    for path, lang in zip(paths, ["fr", "en"], strict=True):
        imported = load_document(path)
        assert imported.languages == [lang]
        assert_same_views(bilingual, lang, imported)


@pytest.mark.parametrize("sample", sorted(samples_dir().glob("*.json")), ids=lambda p: p.stem)
def test_every_sample_round_trips(sample: Path, tmp_path: Path) -> None:
    agreement = load_sample(sample)
    (path,) = export_agreement(agreement, tmp_path / "x.docx", ExportOptions(draft=True))
    assert_same_views(agreement, agreement.language, load_document(path))
