"""Compare and export texts reach people in their language: notes, summaries, errors, CLI."""

from __future__ import annotations

import errno
import gettext
import io
from pathlib import Path

from compare_docx_tools import W, document_root
from compare_scenarios import DEMO_JSON, demo_agreement, negotiated

from mou_studio.cli import build_parser
from mou_studio.commands.context import CliContext
from mou_studio.commands.diff import run_diff
from mou_studio.core.compare import ChangeKind, compare
from mou_studio.core.compare.blackline import write_blackline
from mou_studio.core.compare.rows import compare_rows
from mou_studio.core.compare.sources import load_side
from mou_studio.core.compare.summary import summary_text
from mou_studio.core.errors import MouStudioError
from mou_studio.core.export.atomic import describe_os_error
from mou_studio.core.messages import Catalogue, Message
from mou_studio.core.serialize import agreement_to_json
from tests.support.catalogues import translations

ENTRIES: dict[str | tuple[str, str], str | tuple[str, ...]] = {
    "moved": "déplacée",
    "moved from {label}": "déplacée depuis {label}",
    "moved to {label}": "déplacée vers {label}",
    "{old} → {new}": "{old} → {new}",
    ("{count} reworded", "{count} reworded"): ("{count} reformulée", "{count} reformulées"),
    ("{count} renumbered only", "{count} renumbered only"):
        ("{count} seulement renumérotée", "{count} seulement renumérotées"),
    ("{count} moved", "{count} moved"): ("{count} déplacée", "{count} déplacées"),
    ("{count} line reworded", "{count} lines reworded"):
        ("{count} ligne reformulée", "{count} lignes reformulées"),
    ("{count} line inserted", "{count} lines inserted"):
        ("{count} ligne insérée", "{count} lignes insérées"),
    "Comparison summary": "Synthèse de la comparaison",
    "Old version: {name}": "Ancienne version : {name}",
    "agreement {id} (working copy)": "accord {id} (copie de travail)",
    "cannot write {path}: the disk is full; free some space and export again":
        "impossible d'écrire {path} : le disque est plein ; libérez de l'espace et "
        "relancez l'export",
    "{spec}: no such file, and not a stored version (use ID or ID@VERSION, see `list` "
    "and `versions`)": "{spec} : aucun fichier de ce nom, et ce n'est pas une version "
                       "enregistrée",
}


def _french() -> gettext.GNUTranslations:
    return translations("fr", ENTRIES)


FRENCH = Catalogue(_french())


def test_rows_say_moves_and_kinds_in_the_interface_language():
    original = demo_agreement()
    rows = compare_rows(compare(original, negotiated(original)), FRENCH.render)
    destination, origin = (r for r in rows if r.kind is ChangeKind.MOVED)
    assert "déplacée depuis Article 6" in destination.old_html
    assert "déplacée vers Article 3" in origin.new_html
    assert ">déplacée</p>" in destination.new_html  # the kind tag
    assert destination.title == "Article 6 → Article 3"  # the documents' own labels
    # English stays the default, and the same rows render in English unchanged.
    assert "moved from Article 6" in next(
        r for r in compare_rows(compare(original, negotiated(original)))
        if r.kind is ChangeKind.MOVED).old_html


def test_summary_text_counts_and_details_in_french():
    original = demo_agreement()
    text = summary_text(compare(original, negotiated(original)), FRENCH.render)
    first, *rest = text.splitlines()
    assert first.startswith("2 reformulées, 2 seulement renumérotées, 1 déplacée, ")
    article_8 = next(line for line in rest if line.split()[1:3] == ["Article", "8"])
    # The kind column keeps its stable code; the detail is translated, plural by plural.
    assert article_8.startswith("reworded ")
    assert article_8.endswith("(1 ligne reformulée, 1 ligne insérée)")


def test_blackline_summary_page_follows_the_renderer(tmp_path):
    original = demo_agreement()
    path = write_blackline(compare(original, negotiated(original)), tmp_path / "b.docx",
                           load_side("7", lambda: _Store()).name, "CARICC",
                           text=FRENCH.render)
    texts = ["".join(t.text or "" for t in p.iter(W + "t"))
             for p in document_root(path).iter(W + "p")]
    assert texts[0] == "Synthèse de la comparaison"
    assert "Ancienne version : accord 7 (copie de travail)" in texts


def test_export_and_compare_errors_are_marked_and_translated():
    full = describe_os_error(OSError(errno.ENOSPC, "No space left"), Path("mou.docx"))
    assert isinstance(full, Message)
    assert str(full).startswith("cannot write mou.docx: the disk is full")
    assert FRENCH.render(full) == ("impossible d'écrire mou.docx : le disque est plein ; "
                                   "libérez de l'espace et relancez l'export")
    try:
        load_side("no-such-thing", lambda: _Store())
    except MouStudioError as exc:
        assert FRENCH.render(exc).startswith("no-such-thing : aucun fichier de ce nom")
    else:  # pragma: no cover - the spec names nothing
        raise AssertionError("an unknown side was accepted")


def test_cli_diff_prints_in_the_message_language_not_the_compared_one(tmp_path):
    new_file = tmp_path / "caricc.json"
    new_file.write_text(agreement_to_json(negotiated(demo_agreement())), encoding="utf-8")
    args = build_parser().parse_args(["--ui-lang", "fr", "diff", str(DEMO_JSON),
                                      str(new_file)])
    # diff's own --lang (the language version to compare) must not replace the global one.
    assert args.ui_lang == "fr" and args.lang is None
    args = build_parser().parse_args(["--ui-lang", "ru", "diff", "--lang", "fr", "a", "b"])
    assert (args.ui_lang, args.lang) == ("ru", "fr")
    out = io.StringIO()
    ctx = CliContext(tmp_path / "never.db", out=out, messages=FRENCH)
    assert run_diff(build_parser().parse_args(["diff", str(DEMO_JSON), str(new_file)]),
                    ctx) == 1
    assert out.getvalue().startswith("2 reformulées, 2 seulement renumérotées, 1 déplacée")


class _Store:
    def get(self, agreement_id: int):
        return demo_agreement()

    def get_version(self, agreement_id: int, number: int):
        return demo_agreement()
