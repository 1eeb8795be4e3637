"""Reading .docx from the XML: text inside w:ins, revisions, list labels, footnotes, tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from mou_studio.core.errors import RevisionsPresent
from mou_studio.core.importing import import_file, load_document
from mou_studio.core.importing.reading import read_source
from mou_studio.core.views import agreement_view
from tests.core.importing.docx_factory import (
    W_NS,
    DocxFactory,
    blocks_to_body,
    docx_factory,
    paragraph,
)
from tests.support.agreement_views import without_uids
from tests.support.seeds import seed_path


@pytest.fixture
def make_docx(tmp_path: Path) -> DocxFactory:
    """make_docx(body_xml, name=..., prolog=..., parts={...}) → path of a new .docx."""
    return docx_factory(tmp_path)


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


TRACKED = (
    paragraph("ACCORD DE COOPÉRATION") + paragraph("Sont convenus de ce qui suit :")
    + paragraph("Article premier")
    + "<w:p>" + _run("1. Les Parties coopèrent ")
    + '<w:ins w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z">' + _run("étroitement ")
    + "</w:ins>"
    + '<w:del w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r>'
    + '<w:delText xml:space="preserve">parfois </w:delText></w:r></w:del>'
    + _run("en matière douanière.") + "</w:p>"
)


def test_docx_of_seed_000_imports_like_the_text(make_docx: DocxFactory) -> None:
    text = seed_path("000").read_text(encoding="utf-8")
    from_docx = import_file(make_docx(blocks_to_body(text))).agreements()[0]
    from_text = import_file(seed_path("000")).agreements()[0]
    assert without_uids(agreement_view(from_docx)) == without_uids(agreement_view(from_text))


def test_tracked_changes_need_a_choice(make_docx: DocxFactory) -> None:
    with pytest.raises(RevisionsPresent, match="--revisions accept"):
        import_file(make_docx(TRACKED))


@pytest.mark.parametrize(("choice", "expected"), [
    ("accept", "Les Parties coopèrent étroitement en matière douanière."),
    ("reject", "Les Parties coopèrent parfois en matière douanière."),
])
def test_accept_or_reject_all_changes(make_docx: DocxFactory, choice: str, expected: str) -> None:
    result = import_file(make_docx(TRACKED), revisions=choice)
    paragraph_text = result.agreements()[0].articles()[0].children[0].text["fr"]
    assert paragraph_text == expected
    assert result.report.revisions == choice


def test_deleted_paragraph_mark_joins_paragraphs_on_accept(make_docx: DocxFactory) -> None:
    mark = ('<w:pPr><w:rPr><w:del w:id="3" w:author="A" w:date="2024-01-01T00:00:00Z"/>'
            "</w:rPr></w:pPr>")
    body = (paragraph("ACCORD") + paragraph("Article premier")
            + f"<w:p>{mark}{_run('1. Première moitié')}</w:p>"
            + f"<w:p>{_run(' et seconde moitié.')}</w:p>")
    accepted = load_document(make_docx(body), revisions="accept")
    assert accepted.articles()[0].children[0].text["fr"] == "Première moitié et seconde moitié."
    rejected = read_source(make_docx(body, name="r.docx"), revisions="reject")
    assert "1. Première moitié\n\n et seconde moitié." in rejected.text


def test_comments_count_as_revisions(make_docx: DocxFactory) -> None:
    body = (paragraph("ACCORD") + paragraph("Article premier")
            + '<w:p><w:commentRangeStart w:id="0"/>' + _run("1. Texte.")
            + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>')
    comments = f'<w:comments xmlns:w="{W_NS}"><w:comment w:id="0"><w:p/></w:comment></w:comments>'
    path = make_docx(body, parts={"word/comments.xml": comments})
    with pytest.raises(RevisionsPresent, match="1 comment"):
        import_file(path)
    agreement = load_document(path, revisions="accept")
    assert agreement.articles()[0].children[0].text["fr"] == "Texte."


NUMBERING = (
    f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '</w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
)


def _listed(text: str, level: int) -> str:
    return paragraph(text, f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="7"/></w:numPr>')


def test_word_list_numbers_become_paragraphs_and_points(make_docx: DocxFactory) -> None:
    body = (paragraph("ACCORD") + paragraph("Article premier") + paragraph("Objet")
            + _listed("Les Parties coopèrent :", 0) + _listed("en douane;", 1)
            + _listed("en police.", 1) + _listed("Elles se consultent.", 0))
    article = load_document(make_docx(body, parts={"word/numbering.xml": NUMBERING})).articles()[0]
    assert article.heading == {"fr": "Objet"}
    first, second = article.children
    assert [p.text["fr"] for p in first.children] == ["en douane;", "en police."]
    assert second.text["fr"] == "Elles se consultent." and second.literal_number is None


def test_footnotes_are_attached_to_their_call(make_docx: DocxFactory) -> None:
    footnotes = (
        f'<w:footnotes xmlns:w="{W_NS}"><w:footnote w:type="separator" w:id="-1"><w:p/>'
        '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Créée en 1952.</w:t></w:r></w:p>'
        "</w:footnote></w:footnotes>"
    )
    body = (paragraph("ACCORD") + paragraph("PREAMBULE")
            + "<w:p>" + _run("L'Organisation mondiale des douanes")
            + '<w:r><w:footnoteReference w:id="1"/></w:r>'
            + _run(" (ci-après dénommée l'OMD) et le Centre (ci-après dénommé CARICC) :")
            + "</w:p>" + paragraph("Sont convenus de ce qui suit :")
            + paragraph("Article premier") + paragraph("1. Texte."))
    agreement = load_document(make_docx(body, parts={"word/footnotes.xml": footnotes}))
    assert [f.text["fr"] for f in agreement.footnotes] == ["Créée en 1952."]
    assert f"douanes{{{{fn:{agreement.footnotes[0].uid}}}}}" in agreement.preamble_intro["fr"]
    assert [p.short_name["fr"] for p in agreement.parties] == ["OMD", "CARICC"]


def test_signature_table_side_by_side(make_docx: DocxFactory) -> None:
    def cell(text: str) -> str:
        return f"<w:tc>{paragraph(text)}</w:tc>"

    table = ("<w:tbl><w:tr>" + cell("Pour l'OMD") + cell("Pour CARICC") + "</w:tr><w:tr>"
             + cell("Kunio Mikuriya\nSecrétaire général") + cell("Beksultan Sarsekov\nDirecteur")
             + "</w:tr><w:tr>" + cell("Date: 19 mars 2010") + cell("Date: 30 mars 2010")
             + "</w:tr></w:tbl>")
    body = (paragraph("PROTOCOLE D'ACCORD")
            + paragraph("L'Organisation (ci-après dénommée l'OMD) et le Centre (ci-après "
                        "dénommé CARICC) :")
            + paragraph("Sont convenus de ce qui suit :") + paragraph("Article premier")
            + paragraph("1. Texte.") + paragraph("En foi de quoi, ils ont signé.") + table)
    agreement = load_document(make_docx(body))
    assert [(s.signatory, s.title["fr"], s.date) for s in agreement.signatures] == [
        ("Kunio Mikuriya", "Secrétaire général", "2010-03-19"),
        ("Beksultan Sarsekov", "Directeur", "2010-03-30"),
    ]
    assert [s.party for s in agreement.signatures] == [p.uid for p in agreement.parties]


HEADING_NUMBERING = (
    f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="1">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="Article %1"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
)
STYLES = (
    f'<w:styles xmlns:w="{W_NS}"><w:style w:type="paragraph" w:styleId="ArticleBase">'
    '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ArticleHeading"><w:basedOn w:val="ArticleBase"/>'
    "</w:style></w:styles>"
)


def test_articles_numbered_by_their_heading_style(make_docx: DocxFactory) -> None:
    def heading(text: str) -> str:
        return paragraph(text, '<w:pStyle w:val="ArticleHeading"/>')

    body = (paragraph("ACCORD") + paragraph("Sont convenus de ce qui suit :")
            + heading("Objet") + paragraph("Texte un.") + heading("Durée")
            + paragraph("Texte deux."))
    path = make_docx(body, parts={"word/numbering.xml": HEADING_NUMBERING,
                                  "word/styles.xml": STYLES})
    articles = load_document(path).articles()
    assert [(a.heading["fr"], a.literal_number) for a in articles] == [
        ("Objet", None), ("Durée", None)]


def test_docx_with_one_paragraph_per_line_imports_like_the_text(make_docx: DocxFactory) -> None:
    """As LibreOffice turns a text file into Word: empty paragraphs for blank lines."""
    text = seed_path("000").read_text(encoding="utf-8")
    body = "".join(paragraph(line) if line.strip() else "<w:p/>" for line in text.splitlines())
    from_docx = import_file(make_docx(body)).agreements()[0]
    from_text = import_file(seed_path("000")).agreements()[0]
    assert without_uids(agreement_view(from_docx)) == without_uids(agreement_view(from_text))


def test_text_box_alternate_content_is_read_once(make_docx: DocxFactory) -> None:
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = (f'<w:r><mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="wps">'
           f'<w:t>Encadré</w:t></mc:Choice><mc:Fallback><w:t>Encadré</w:t></mc:Fallback>'
           "</mc:AlternateContent></w:r>")
    body = (paragraph("ACCORD") + paragraph("Article premier")
            + f"<w:p>{_run('1. Texte ')}{box}</w:p>")
    text = read_source(make_docx(body)).text
    assert text.count("Encadré") == 1
