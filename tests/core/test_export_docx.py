"""The .docx of the demo MoU: text as the editor shows it, footnotes, languages, layout."""

from __future__ import annotations

import copy

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mou_studio.core.export import ExportOptions, build_docx
from mou_studio.core.export.document import house_style_path
from mou_studio.core.export.styles import StyleId
from mou_studio.core.export.typography import french_typography
from mou_studio.core.model import Agreement, Annex, Node, NodeKind, Party, SignatureBlock
from mou_studio.core.views import agreement_plain_text
from tests.core.docx_reading import (
    W,
    body_lines,
    paragraph_text,
    parts,
    plain,
    style_of,
    xml,
)


@pytest.fixture
def demo_docx(demo: Agreement) -> bytes:
    return build_docx(demo, ["fr"], demo.parties, ExportOptions())


def test_body_reads_as_the_editor_shows_the_agreement(demo: Agreement,
                                                      demo_docx: bytes) -> None:
    exported = [plain(line).replace("\t", " ") for line in body_lines(demo_docx)]
    expected = agreement_plain_text(demo, "fr").splitlines()
    expected = [line.replace("¹", "[1]") for line in expected if not line.startswith("1 ")]
    # Between title and preamble the export adds the parties block, and the signature
    # lines carry their « Date : » / « Lieu : » labels.
    text = "\n".join(exported)
    for line in expected:
        assert plain(line).split(" ", 1)[-1][:40] in text, line
    assert exported[0] == "PROTOCOLE D'ACCORD CONCERNANT LA COOPERATION"
    assert exported[1:6] == [
        "ENTRE", "ORGANISATION MONDIALE DES DOUANES", "ET",
        demo.parties[1].name["fr"].upper(), "PREAMBULE",
    ]
    assert "Article premier" in exported
    assert "Article 9" in exported
    assert exported.index("Article premier") < exported.index("Objectifs de l'accord")


def test_article_labels_and_cross_references_come_from_the_model(demo_docx: bytes) -> None:
    lines = [plain(line) for line in body_lines(demo_docx)]
    assert "1.\tL'OMD et CARICC, ci-après dénommés les Parties" in "\n".join(lines)
    assert any("au paragraphe 1 du présent article" in line for line in lines)
    assert not any("{{" in line for line in lines)


def test_footnote_is_a_real_word_footnote(demo_docx: bytes) -> None:
    package = parts(demo_docx)
    assert "word/footnotes.xml" in package
    assert b"relationships/footnotes" in package["word/_rels/document.xml.rels"]
    assert b"footnotes+xml" in package["[Content_Types].xml"]
    notes = xml(demo_docx, "word/footnotes.xml")
    real = [n for n in notes.iter(f"{W}footnote") if n.get(f"{W}type") is None]
    assert len(real) == 1
    assert "Créée en 1952 sous le nom de Conseil de coopération douanière." in "".join(
        t.text or "" for t in real[0].iter(f"{W}t"))
    calls = list(xml(demo_docx).iter(f"{W}footnoteReference"))
    assert [c.get(f"{W}id") for c in calls] == [real[0].get(f"{W}id")]
    assert "L'Organisation mondiale des douanes[1] (ci-après" in body_lines(demo_docx)[6]


def test_every_run_carries_its_language(demo_docx: bytes) -> None:
    for name in ("word/document.xml", "word/footnotes.xml", "word/footer1.xml"):
        runs = list(xml(demo_docx, name).iter(f"{W}r"))
        assert runs, name
        langs = [r.find(f"{W}rPr/{W}lang") for r in runs]
        assert all(lang is not None for lang in langs), name
    tagged: dict[str, list[str]] = {}
    for run in xml(demo_docx).iter(f"{W}r"):
        tag = run.find(f"{W}rPr/{W}lang").get(f"{W}val")
        tagged.setdefault(tag, []).append("".join(run.itertext()))
    # The Cyrillic words of the CARICC signature block are tagged Russian, the rest French.
    assert sorted(tagged) == ["fr-FR", "ru-RU"]
    assert tagged["ru-RU"] == ["марта", "Астана"]


def test_french_typography_uses_no_break_spaces(demo_docx: bytes) -> None:
    text = "\n".join(body_lines(demo_docx))
    assert "Sont convenus de ce qui suit\u00a0:" in text
    assert "ce qui suit :" not in text
    assert "Lieu\u00a0: Bruxelles" in text


def test_headings_keep_with_next(demo_docx: bytes) -> None:
    headings = [p for p in xml(demo_docx).iter(f"{W}p")
                if style_of(p) in (StyleId.ARTICLE_LABEL, StyleId.ARTICLE_HEADING)]
    assert len(headings) == 18
    assert all(p.find(f"{W}pPr/{W}keepNext") is not None for p in headings)


def test_signature_table_rows_cannot_split_and_testimonium_stays_with_it(
        demo_docx: bytes) -> None:
    body = xml(demo_docx).find(f"{W}body")
    tables = body.findall(f"{W}tbl")
    assert len(tables) == 1
    rows = tables[0].findall(f"{W}tr")
    assert len(rows) == 1 and len(rows[0].findall(f"{W}tc")) == 2
    assert rows[0].find(f"{W}trPr/{W}cantSplit") is not None
    testimonium = tables[0].getprevious()
    assert style_of(testimonium) == StyleId.TESTIMONIUM
    assert testimonium.find(f"{W}pPr/{W}keepNext") is not None
    cells = ["\n".join(filter(None, map(paragraph_text, cell.iter(f"{W}p"))))
             for cell in rows[0].findall(f"{W}tc")]
    assert cells[0].split("\n") == ["Pour l'OMD", "Kunio Mikuriya", "Secrétaire général",
                                    "Date\u00a0: 19 mars 2010", "Lieu\u00a0: Bruxelles"]
    assert "Beksultan Sarsekov" in cells[1] and "30 марта 2010" in cells[1]


def test_more_than_three_parties_sign_one_row_each(demo: Agreement) -> None:
    agreement = copy.deepcopy(demo)
    for index in range(2):
        party = Party(uid=f"extra-{index}", name={"fr": f"Partie {index}"},
                      short_name={"fr": f"P{index}"})
        agreement.parties.append(party)
        agreement.signatures.append(SignatureBlock(party=party.uid, signatory=f"N{index}"))
    data = build_docx(agreement, ["fr"], agreement.parties, ExportOptions())
    rows = list(xml(data).iter(f"{W}tr"))
    assert len(rows) == 4
    assert all(row.find(f"{W}trPr/{W}cantSplit") is not None for row in rows)
    # All rows but the last keep with the next, so the blocks stay on one page.
    keep = [row.find(f".//{W}keepNext") is not None for row in rows]
    assert keep == [True, True, True, False]
    assert "Pour P0" in "".join(rows[2].itertext())


def test_footer_numbers_pages_in_the_document_language(demo_docx: bytes) -> None:
    footer = xml(demo_docx, "word/footer1.xml")
    instructions = [i.text.strip() for i in footer.iter(f"{W}instrText")]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert "".join(t.text or "" for t in footer.iter(f"{W}t")) == "Page 1 sur 1"


def test_house_style_holds_every_style_the_writer_uses() -> None:
    document = docx.Document(str(house_style_path()))
    ids = {style.style_id for style in document.styles}
    assert {s.value for s in StyleId} <= ids


def test_exported_file_opens_in_python_docx(demo_docx: bytes, tmp_path) -> None:
    path = tmp_path / "demo.docx"
    path.write_bytes(demo_docx)
    document = docx.Document(str(path))
    assert document.paragraphs[0].text == "PROTOCOLE D'ACCORD CONCERNANT LA COOPERATION"
    assert document.paragraphs[0].style.name == "MoU Title"


def test_chapters_and_annexes_with_their_own_numbering(demo: Agreement) -> None:
    agreement = copy.deepcopy(demo)
    chapter = Node(NodeKind.CHAPTER, heading={"fr": "Dispositions générales"},
                   children=agreement.body[:2])
    agreement.body[:2] = [chapter]
    annex = Annex(title={"fr": "Points de contact"}, body=[
        Node(NodeKind.ARTICLE, heading={"fr": "Liste"}, children=[
            Node(NodeKind.PARAGRAPH, text={"fr": "Pour l'OMD : la Direction du contrôle."},
                 children=[Node(NodeKind.POINT, text={"fr": "le secrétariat ;"})])])])
    agreement.annexes.append(annex)
    data = build_docx(agreement, ["fr"], agreement.parties, ExportOptions())
    paragraphs = list(xml(data).iter(f"{W}p"))
    texts = [paragraph_text(p) for p in paragraphs]
    assert texts.count("Article premier") == 2  # the annex restarts its numbering
    assert "Chapitre I" in texts and "Article 9" in texts
    annex_title = paragraphs[texts.index("Annexe I")]
    assert style_of(annex_title) == StyleId.ANNEX_TITLE
    assert annex_title.find(f"{W}pPr/{W}pageBreakBefore") is not None
    point = paragraphs[texts.index("a)\tle secrétariat\u202f;")]
    assert style_of(point) == StyleId.POINT
    intro = paragraphs[texts.index("1.\tPour l'OMD\u00a0: la Direction du contrôle.")]
    assert intro.find(f"{W}pPr/{W}keepNext") is not None  # stays with its first point


def test_characters_xml_cannot_hold_are_dropped_not_fatal(demo: Agreement) -> None:
    agreement = copy.deepcopy(demo)
    agreement.recitals[0].text["fr"] = "Considérant\x0b que\x0c la\x01 mission,"
    data = build_docx(agreement, ["fr"], agreement.parties, ExportOptions())
    assert "Considérant que la mission," in body_lines(data)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1,
                    max_size=120))
def test_any_recital_text_exports_and_reads_back(demo: Agreement, text: str) -> None:
    agreement = copy.deepcopy(demo)
    agreement.recitals[0].text["fr"] = text
    data = build_docx(agreement, ["fr"], agreement.parties, ExportOptions())
    recitals = [p for p in xml(data).iter(f"{W}p") if style_of(p) == StyleId.RECITAL]
    assert len(recitals) == len(agreement.recitals)
    kept = "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20)
    kept = kept.replace("\ufffe", "").replace("\uffff", "")
    assert plain(paragraph_text(recitals[0])).split() == plain(
        french_typography(kept)).split()
