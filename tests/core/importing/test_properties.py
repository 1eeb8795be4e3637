"""Mutated .txt and .docx files give either an agreement tree or a typed error, never a crash."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mou_studio.core.errors import ImportError_
from mou_studio.core.importing import import_file
from mou_studio.core.model import Agreement
from tests.core.importing.docx_factory import blocks_to_body, document_xml, write_docx
from tests.support.seeds import seed_path

SEED_LINES = seed_path("000").read_text(encoding="utf-8").splitlines()
SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _check(path: Path) -> None:
    try:
        result = import_file(path)
    except ImportError_:
        return
    for agreement in result.agreements():
        assert isinstance(agreement, Agreement)


line_edits = st.lists(
    st.tuples(st.integers(0, len(SEED_LINES) - 1),
              st.sampled_from(["drop", "duplicate", "replace", "swap"]),
              st.text(max_size=40)),
    max_size=12,
)


def _mutate_lines(edits: list[tuple[int, str, str]]) -> str:
    lines = list(SEED_LINES)
    for index, action, text in edits:
        index %= max(len(lines), 1)
        if not lines:
            break
        if action == "drop":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "replace":
            lines[index] = text
        else:
            lines[index], lines[-1] = lines[-1], lines[index]
    return "\n".join(lines)


@SETTINGS
@given(edits=line_edits, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_mutated_text_files(tmp_path_factory: pytest.TempPathFactory,
                            edits: list[tuple[int, str, str]],
                            encoding: str) -> None:
    text = _mutate_lines(edits)
    path = tmp_path_factory.mktemp("txt") / "m.txt"
    path.write_bytes(text.encode(encoding, errors="replace"))
    _check(path)


@SETTINGS
@given(data=st.binary(max_size=300), at=st.integers(0, 10**9))
def test_mutated_text_bytes(tmp_path_factory: pytest.TempPathFactory, data: bytes, at: int) -> None:
    raw = "\n".join(SEED_LINES).encode("utf-8")
    at %= len(raw)
    path = tmp_path_factory.mktemp("bytes") / "b.txt"
    path.write_bytes(raw[:at] + data + raw[at:])
    _check(path)


def _docx_bytes(body_text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", document_xml(blocks_to_body(body_text)))
    return buffer.getvalue()


VALID_DOCX = _docx_bytes("\n".join(SEED_LINES))


@SETTINGS
@given(flips=st.lists(st.tuples(st.integers(0, 10**9), st.integers(0, 255)), max_size=8),
       cut=st.one_of(st.none(), st.integers(0, 10**9)))
def test_mutated_docx_bytes(tmp_path_factory: pytest.TempPathFactory, flips: list[tuple[int, int]],
                            cut: int | None) -> None:
    data = bytearray(VALID_DOCX)
    for index, value in flips:
        data[index % len(data)] = value
    if cut is not None:
        data = data[: cut % len(data)]
    path = tmp_path_factory.mktemp("docx") / "m.docx"
    path.write_bytes(bytes(data))
    _check(path)


@SETTINGS
@given(edits=line_edits)
def test_mutated_docx_text(tmp_path_factory: pytest.TempPathFactory,
                           edits: list[tuple[int, str, str]]) -> None:
    text = _mutate_lines(edits)
    directory = tmp_path_factory.mktemp("docxt")
    path = write_docx(directory / "t.docx",
                      {"word/document.xml": document_xml(blocks_to_body(_xml_safe(text)))})
    _check(path)


def _xml_safe(text: str) -> str:
    return "".join(c for c in text if c in "\t\n\r" or (c >= " " and c not in "\ufffe\uffff"
                                                      and not "\ud800" <= c <= "\udfff"))
