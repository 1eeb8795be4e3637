"""The make_docx fixture: hand-written .docx packages for the import tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.importing.docx_factory import DocxFactory, docx_factory


@pytest.fixture
def make_docx(tmp_path: Path) -> DocxFactory:
    """make_docx(body_xml, name=..., prolog=..., parts={...}) → path of a new .docx."""
    return docx_factory(tmp_path)
