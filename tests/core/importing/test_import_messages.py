"""What the import tells people (refusals, the report) reaches them in their language."""

from __future__ import annotations

import gettext
import json
from pathlib import Path

import pytest

from mou_studio import cli
from mou_studio.core.errors import CorruptDocument, ImportError_, RevisionsPresent
from mou_studio.core.importing import ImportReport, import_file, parse_text
from mou_studio.core.messages import Catalogue, Message, msg
from tests.core.importing.docx_factory import docx_factory, paragraph
from tests.support.catalogues import Entries, translations
from tests.support.seeds import seed_path

NBSP = "\u00a0"


def _french() -> gettext.GNUTranslations:
    entries: Entries = {
        "{name} has {changes} and {comments}: choose to accept or reject them all "
        "(CLI: --revisions accept|reject)":
            f"«{NBSP}{{name}}{NBSP}» comporte {{changes}} et {{comments}}{NBSP}: choisissez "
            f"de les accepter ou de les refuser en totalité (CLI{NBSP}: --revisions "
            "accept|reject)",
        ("{count} tracked change", "{count} tracked changes"):
            ("{count} modification suivie", "{count} modifications suivies"),
        ("{count} comment", "{count} comments"): ("{count} commentaire", "{count} commentaires"),
        "{name} is empty (0 bytes)": f"«{NBSP}{{name}}{NBSP}» est vide (0 octet)",
        "OCR debris": "résidu d'OCR",
        "page number": "numéro de page",
        "act {pick} is not an agreement ({kind}): only agreements can be imported":
            f"l'acte {{pick}} n'est pas un accord ({{kind}}){NBSP}: seuls les accords peuvent "
            "être importés",
        "regulation": "règlement",
        "lines {first}–{last}: no articles, enacting formula, letters or signatures: "
        "not an agreement":
            f"lignes {{first}} à {{last}}{NBSP}: ni articles, ni formule de dispositif, ni "
            f"lettres, ni signatures{NBSP}: il ne s'agit pas d'un accord",
    }
    return translations("fr", entries)


FRENCH = _french()

TRACKED = (paragraph("ACCORD") + paragraph("Article premier")
           + '<w:p><w:ins w:id="1" w:author="A"><w:r><w:t>1. Texte.</w:t></w:r></w:ins>'
           + '<w:del w:id="2" w:author="A"><w:r><w:delText>Ancien.</w:delText></w:r></w:del>'
           + "</w:p>")


def test_tracked_changes_refusal_counts_in_words_of_the_language(tmp_path: Path) -> None:
    path = docx_factory(tmp_path)(TRACKED)
    with pytest.raises(RevisionsPresent) as caught:
        import_file(path)
    assert str(caught.value).startswith(f"{path.name} has 2 tracked changes and 0 comments:")
    assert caught.value.message.render(FRENCH) == (
        f"«{NBSP}{path.name}{NBSP}» comporte 2 modifications suivies et 0 commentaire{NBSP}: "
        f"choisissez de les accepter ou de les refuser en totalité (CLI{NBSP}: --revisions "
        "accept|reject)")


def test_a_refused_file_is_named_in_the_translated_message(tmp_path: Path) -> None:
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    with pytest.raises(CorruptDocument) as caught:
        import_file(empty)
    assert str(caught.value) == "vide.txt is empty (0 bytes)"
    assert caught.value.message.render(FRENCH) == f"«{NBSP}vide.txt{NBSP}» est vide (0 octet)"


def test_a_picked_act_that_is_not_an_agreement_names_its_kind_translated() -> None:
    result = import_file(seed_path("004"))
    regulation = next(n for n, i in enumerate(result.instruments, 1) if i.kind == "regulation")
    with pytest.raises(ImportError_) as caught:
        result.choose(regulation, "004.txt")
    assert "(regulation)" in str(caught.value)
    assert f"n'est pas un accord (règlement){NBSP}:" in caught.value.message.render(FRENCH)


def test_report_reasons_and_warnings_are_messages_rendered_by_the_face() -> None:
    result = parse_text("Handwritten mark\n\nQuelques mots sans structure.\n\n12\n")
    report = result.report
    assert all(isinstance(w, Message) for w in report.warnings)
    assert [(d.text, str(d.reason)) for d in report.dropped] == [
        ("Handwritten mark", "OCR debris"), ("12", "page number")]
    english = report.to_dict()
    french = report.to_dict(lambda m: m.render(FRENCH))
    assert [d["reason"] for d in english["dropped_lines"]] == ["OCR debris", "page number"]
    assert [d["reason"] for d in french["dropped_lines"]] == ["résidu d'OCR", "numéro de page"]
    assert [d["text"] for d in french["dropped_lines"]] == ["Handwritten mark", "12"]
    assert any("il ne s'agit pas d'un accord" in w for w in french["warnings"])


def test_a_warning_is_recorded_once_whatever_its_values() -> None:
    report = ImportReport()
    report.warn(msg("line {line}: text after the testimonium kept in it", line=3))
    report.warn(msg("line {line}: text after the testimonium kept in it", line=3))
    report.warn(msg("line {line}: text after the testimonium kept in it", line=4))
    assert [str(w) for w in report.warnings] == [
        "line 3: text after the testimonium kept in it",
        "line 4: text after the testimonium kept in it"]


def _french_cli(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def load(language: str, _i18n_dir: Path) -> Catalogue:
        asked.append(language)
        return Catalogue(FRENCH)

    monkeypatch.setattr(cli.Catalogue, "load", load)
    return asked


def test_cli_lang_fr_prints_the_report_and_errors_in_french(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _french_cli(monkeypatch)
    db = str(tmp_path / "s.db")
    # import's own --lang (the document's language) does not replace the messages' one.
    code = cli.main(["--ui-lang", "fr", "--db", db, "import", str(seed_path("000")),
                     "--lang", "auto", "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0 and asked == ["fr"]
    assert "dropped line 74 (résidu d'OCR): W7" in out.splitlines()
    code = cli.main(["--ui-lang", "fr", "--db", db, "import", str(seed_path("000")),
                     "--dry-run", "--json"])
    report = json.loads(capsys.readouterr().out)["import_report"]
    assert {"line": 74, "text": "W7", "reason": "résidu d'OCR"} in report["dropped_lines"]
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    code = cli.main(["--ui-lang", "fr", "--db", db, "import", str(empty)])
    assert code == 2
    assert capsys.readouterr().err.strip() == (
        f"mou-studio-cli: error: «{NBSP}vide.txt{NBSP}» est vide (0 octet)")
