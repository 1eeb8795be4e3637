"""Several language versions: side by side, one after another, one file each; alternat."""

from __future__ import annotations

from pathlib import Path

import pytest

from mou_studio.core.errors import ExportError
from mou_studio.core.export import (
    ExportOptions,
    Layout,
    build_docx,
    export_agreement,
    plan_files,
)
from mou_studio.core.export.watermark import watermark_text
from mou_studio.core.model import Agreement, Node, NodeKind, Party
from tests.core.bilingual_demo import with_english
from tests.core.docx_reading import W, body_lines, paragraph_text, plain, xml


@pytest.fixture
def bilingual(demo: Agreement) -> Agreement:
    return with_english(demo)


def _cell_texts(row) -> list[str]:
    return ["\n".join(filter(None, map(paragraph_text, cell.iter(f"{W}p"))))
            for cell in row.findall(f"{W}tc")]


def test_parallel_columns_align_article_by_article(bilingual: Agreement) -> None:
    data = build_docx(bilingual, ["fr", "en"], bilingual.parties,
                      ExportOptions(layout=Layout.PARALLEL))
    body = xml(data).find(f"{W}body")
    parallel, signatures = body.findall(f"{W}tbl")
    rows = [_cell_texts(row) for row in parallel.findall(f"{W}tr")]
    assert all(len(row) == 2 and row[0] and row[1] for row in rows)
    by_start = {plain(row[0]).split("\n")[0]: plain(row[1]) for row in rows}
    assert by_start["Article premier"] == "Article 1\nObjectives of the agreement"
    assert by_start["Sont convenus de ce qui suit :"] == "Have agreed as follows:"
    seventh = next(row for row in rows if "au paragraphe 1 du présent article" in row[0])
    assert "procedure set out in paragraph 1 of this Article" in seventh[1]
    assert rows[-1][1].startswith("In witness whereof")
    # One signature table with both languages' lines in each party's cell.
    cells = _cell_texts(signatures.find(f"{W}tr"))
    assert cells[0].split("\n")[:2] == ["Pour l'OMD", "For the WCO"]
    assert "Date: 19 March 2010" in cells[0]


def test_parallel_footer_and_footnotes_in_both_languages(bilingual: Agreement) -> None:
    data = build_docx(bilingual, ["fr", "en"], bilingual.parties,
                      ExportOptions(layout=Layout.PARALLEL))
    footer = "".join(t.text or "" for t in xml(data, "word/footer1.xml").iter(f"{W}t"))
    assert footer == "Page 1 sur 1 / Page 1 of 1"
    notes = "".join(xml(data, "word/footnotes.xml").itertext())
    assert "Créée en 1952" in notes and "Established in 1952" in notes


def test_sequential_versions_are_sections_with_their_own_footer(
        bilingual: Agreement) -> None:
    data = build_docx(bilingual, ["en", "fr"], bilingual.parties, ExportOptions())
    root = xml(data)
    sections = list(root.iter(f"{W}sectPr"))
    assert len(sections) == 2
    assert all(s.find(f"{W}footnotePr/{W}numRestart") is not None for s in sections)
    lines = [plain(line) for line in body_lines(data)]
    english = lines.index("MEMORANDUM OF UNDERSTANDING CONCERNING COOPERATION")
    french = lines.index("PROTOCOLE D'ACCORD CONCERNANT LA COOPERATION")
    assert english == 0 < french
    assert lines.index("Have agreed as follows:") < french
    footers = {"".join(t.text or "" for t in xml(data, f"word/footer{i}.xml").iter(f"{W}t"))
               for i in (1, 2)}
    assert footers == {"Page 1 of 1", "Page 1 sur 1"}


def test_separate_layout_writes_one_file_per_language(bilingual: Agreement,
                                                      tmp_path: Path) -> None:
    options = ExportOptions(layout=Layout.SEPARATE)
    written = export_agreement(bilingual, tmp_path / "mou.docx", options)
    assert [p.name for p in written] == ["mou-fr.docx", "mou-en.docx"]
    english = body_lines(written[1].read_bytes())
    assert english[0] == "MEMORANDUM OF UNDERSTANDING CONCERNING COOPERATION"
    assert not any("Article premier" in line for line in english)


def test_alternat_gives_each_party_an_original_naming_it_first(demo: Agreement,
                                                               tmp_path: Path) -> None:
    written = export_agreement(demo, tmp_path / "mou.docx", ExportOptions(alternat=True))
    assert [p.name for p in written] == ["mou-OMD.docx", "mou-CARICC.docx"]
    caricc_first = xml(written[1].read_bytes())
    lines = body_lines(written[1].read_bytes())
    assert lines[1:4] == ["ENTRE", demo.parties[1].name["fr"].upper(), "ET"]
    first_cell = caricc_first.find(f".//{W}tbl/{W}tr/{W}tc")
    assert paragraph_text(first_cell.find(f"{W}p")) == "Pour CARICC"
    assert body_lines(written[0].read_bytes())[1:4] == [
        "ENTRE", "ORGANISATION MONDIALE DES DOUANES", "ET"]


def test_alternat_and_separate_combine(bilingual: Agreement, tmp_path: Path) -> None:
    options = ExportOptions(layout=Layout.SEPARATE, alternat=True, languages=("en", "fr"))
    names = [p.path.name for p in plan_files(bilingual, tmp_path / "x.pdf", options)]
    assert names == ["x-OMD-en.docx", "x-OMD-fr.docx", "x-CARICC-en.docx",
                     "x-CARICC-fr.docx"]


def test_a_language_the_agreement_lacks_is_refused(demo: Agreement, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no en version"):
        export_agreement(demo, tmp_path / "out" / "x.docx", ExportOptions(languages=("en",)))
    assert not (tmp_path / "out").exists()


def test_russian_version_with_its_labels_footer_and_language_tags() -> None:
    party = Party(uid="p", name={"ru": "Всемирная таможенная организация"},
                  short_name={"ru": "ВТамО"})
    article = Node(NodeKind.ARTICLE, heading={"ru": "Цели"}, children=[
        Node(NodeKind.PARAGRAPH, text={"ru": "Стороны сотрудничают в области таможенного "
                                             "дела."}),
        Node(NodeKind.PARAGRAPH, text={"ru": "В соответствии с {{ref:p1|ins}}."}, uid="p2"),
    ])
    article.children[0].uid = "p1"
    agreement = Agreement(title={"ru": "МЕМОРАНДУМ О ВЗАИМОПОНИМАНИИ"}, languages=["ru"],
                          parties=[party], body=[article])
    data = build_docx(agreement, ["ru"], agreement.parties, ExportOptions(draft=True))
    lines = body_lines(data)
    assert lines[:3] == ["МЕМОРАНДУМ О ВЗАИМОПОНИМАНИИ", "МЕЖДУ",
                         "ВСЕМИРНАЯ ТАМОЖЕННАЯ ОРГАНИЗАЦИЯ"]
    assert "Статья 1" in lines and "2.\tВ соответствии с пунктом 1 настоящей статьи." in lines
    tags = {lang.get(f"{W}val") for lang in xml(data).iter(f"{W}lang")}
    assert tags == {"ru-RU"}
    footer = "".join(t.text or "" for t in xml(data, "word/footer1.xml").iter(f"{W}t"))
    assert footer == "Страница 1 из 1"
    header = xml(data, "word/header1.xml")
    assert "".join(t.text or "" for t in header.iter(f"{W}t")) == "ПРОЕКТ"
    assert watermark_text(header) == "ПРОЕКТ"


def test_text_typed_later_in_word_gets_the_first_language(bilingual: Agreement) -> None:
    data = build_docx(bilingual, ["en", "fr"], bilingual.parties, ExportOptions())
    defaults = xml(data, "word/styles.xml").find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert defaults.get(f"{W}val") == "en-GB"


def test_alternat_files_never_overwrite_each_other(demo: Agreement) -> None:
    demo.parties[1].short_name["fr"] = "OMD"
    names = [p.path.name for p in plan_files(demo, Path("mou.docx"),
                                             ExportOptions(alternat=True))]
    assert names == ["mou-OMD.docx", "mou-OMD-2.docx"]


def test_an_agreement_without_languages_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no language version"):
        export_agreement(Agreement(languages=[]), tmp_path / "x.docx", ExportOptions())
