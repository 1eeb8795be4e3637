"""Covers laid out as Word does: every line of the title and of each party its own paragraph."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from mou_studio.core.compare.changeset import ChangeKind
from mou_studio.core.compare.engine import compare
from mou_studio.core.importing import import_file, load_document
from mou_studio.core.model import Agreement
from tests.support.seeds import seed_path

_NOISE = ("Handwritten mark", "Handwritten signature", "W7")


def _write_docx(path: Path, paragraphs: list[str]) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def _agreement(path: Path) -> Agreement:
    (agreement,) = import_file(path).agreements()
    return agreement


def _parties(agreement: Agreement) -> list[tuple[str, str]]:
    lang = agreement.language
    return [(p.name[lang], p.short_name.get(lang, "")) for p in agreement.parties]


def _seed000_lines() -> list[str]:
    """Seed 000 one paragraph per line, its ``**`` kept, as the benchmark pairs hold it."""
    lines = seed_path("000").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and line.strip() not in _NOISE]


@pytest.fixture(scope="module")
def seed000_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write_docx(tmp_path_factory.mktemp("cover") / "small_a.docx", _seed000_lines())


def test_seed000_as_paragraphs_reads_like_the_text_file(seed000_docx: Path) -> None:
    from_text = _agreement(seed_path("000"))
    from_docx = _agreement(seed000_docx)
    lang = "fr"
    assert from_docx.title[lang] == "PROTOCOLE D'ACCORD CONCERNANT LA COOPERATION"
    assert from_docx.title == from_text.title
    assert _parties(from_docx) == _parties(from_text) == [
        ("Organisation mondiale des douanes", "OMD"),
        ("Centre régional d'information et de coordination d'Asie Centrale pour la lutte "
         "contre le trafic illicite des stupéfiants, substances psychotropes et leurs "
         "précurseurs", "CARICC"),
    ]
    assert from_docx.preamble_heading == from_text.preamble_heading
    assert from_docx.preamble_intro[lang].startswith("L'Organisation mondiale des douanes")
    assert [r.text for r in from_docx.recitals] == [r.text for r in from_text.recitals]


def test_compare_of_two_versions_keeps_title_and_parties_equal(
        seed000_docx: Path, tmp_path: Path) -> None:
    lines = _seed000_lines()
    changed = [line.replace("trois mois", "six mois") for line in lines]
    other = _write_docx(tmp_path / "small_b.docx", changed)
    changes = compare(load_document(seed000_docx), load_document(other)).changes
    header = [c for c in changes if c.old and c.old.section in ("title", "party")]
    assert [c.old.section for c in header if c.old] == ["title", "party", "party"]
    assert all(c.kind is ChangeKind.UNCHANGED for c in header)


def _front(path: Path) -> tuple[str, list[tuple[str, str]], str]:
    agreement = _agreement(path)
    lang = agreement.language
    return (agreement.title[lang], _parties(agreement),
            agreement.preamble_intro.get(lang, ""))


def test_french_cover(tmp_path: Path) -> None:
    path = _write_docx(tmp_path / "fr.docx", [
        "PROTOCOLE D'ACCORD", "CONCERNANT LA COOPÉRATION", "DOUANIÈRE", "ENTRE",
        "L'ORGANISATION MONDIALE DES DOUANES", "ET",
        "LE CENTRE RÉGIONAL D'INFORMATION ET DE", "COORDINATION D'ASIE CENTRALE",
        "PRÉAMBULE",
        "L'Organisation mondiale des douanes (ci-après dénommée « l'OMD ») et le Centre "
        "régional d'information et de coordination d'Asie centrale (ci-après dénommé "
        "« CARICC ») :",
        "Considérant l'intérêt d'une coopération,",
        "Sont convenus de ce qui suit :",
        "Article premier", "Objet", "1. Les Parties coopèrent.",
    ])
    title, parties, intro = _front(path)
    assert title == "PROTOCOLE D'ACCORD CONCERNANT LA COOPÉRATION DOUANIÈRE"
    assert parties == [
        ("Organisation mondiale des douanes", "OMD"),
        ("Centre régional d'information et de coordination d'Asie centrale", "CARICC"),
    ]
    assert intro.startswith("L'Organisation mondiale des douanes (ci-après")


def test_english_cover_with_names_only_on_the_cover(tmp_path: Path) -> None:
    path = _write_docx(tmp_path / "en.docx", [
        "MEMORANDUM OF UNDERSTANDING", "ON CUSTOMS", "COOPERATION", "BETWEEN",
        "THE WORLD CUSTOMS ORGANIZATION", "AND", "THE ASIAN DEVELOPMENT", "BANK",
        "The Participants,",
        "Recognizing the need for cooperation;",
        "Have reached the following understanding:",
        "Article 1", "Purpose", "1. The Participants will cooperate.",
    ])
    title, parties, intro = _front(path)
    assert title == "MEMORANDUM OF UNDERSTANDING ON CUSTOMS COOPERATION"
    assert parties == [("WORLD CUSTOMS ORGANIZATION", ""), ("ASIAN DEVELOPMENT BANK", "")]
    assert intro == "The Participants,"


def test_russian_cover(tmp_path: Path) -> None:
    path = _write_docx(tmp_path / "ru.docx", [
        "МЕМОРАНДУМ О ВЗАИМОПОНИМАНИИ", "О СОТРУДНИЧЕСТВЕ", "МЕЖДУ",
        "ВСЕМИРНОЙ ТАМОЖЕННОЙ ОРГАНИЗАЦИЕЙ", "И", "ЦЕНТРАЛЬНО-АЗИАТСКИМ РЕГИОНАЛЬНЫМ",
        "ИНФОРМАЦИОННЫМ КООРДИНАЦИОННЫМ ЦЕНТРОМ",
        "Всемирная таможенная организация (далее – «ВТамО») и Центрально-Азиатский "
        "региональный информационный координационный центр (далее – «ЦАРИКЦ»),",
        "Признавая важность сотрудничества,",
        "договорились о нижеследующем:",
        "Статья 1", "1. Стороны сотрудничают.",
    ])
    title, parties, intro = _front(path)
    assert title == "МЕМОРАНДУМ О ВЗАИМОПОНИМАНИИ О СОТРУДНИЧЕСТВЕ"
    assert parties == [
        ("Всемирная таможенная организация", "ВТамО"),
        ("Центрально-Азиатский региональный информационный координационный центр", "ЦАРИКЦ"),
    ]
    assert intro.startswith("Всемирная таможенная организация")


def test_title_only_cover(tmp_path: Path) -> None:
    path = _write_docx(tmp_path / "title.docx", [
        "ACCORD", "DE COOPÉRATION DOUANIÈRE", "EN MATIÈRE DE FORMATION", "PRÉAMBULE",
        "Le Gouvernement de la République A et le Gouvernement de la République B, "
        "ci-après dénommés « les Parties »,",
        "Considérant l'intérêt d'une coopération,",
        "Sont convenus de ce qui suit :",
        "Article premier", "1. Les Parties coopèrent.",
    ])
    title, parties, intro = _front(path)
    assert title == "ACCORD DE COOPÉRATION DOUANIÈRE EN MATIÈRE DE FORMATION"
    assert parties == [("Gouvernement de la République A", ""),
                       ("Gouvernement de la République B", "")]
    assert intro.startswith("Le Gouvernement de la République A")


@pytest.mark.parametrize("defined", [True, False])
def test_cover_without_entre(tmp_path: Path, defined: bool) -> None:
    intro_line = ("Le Gouvernement de la République A (ci-après dénommé « A ») et le "
                  "Gouvernement de la République B (ci-après dénommé « B »),"
                  if defined else "Les Parties,")
    path = _write_docx(tmp_path / "no-entre.docx", [
        "ACCORD DE COOPÉRATION", "LE GOUVERNEMENT DE LA", "RÉPUBLIQUE A", "ET",
        "LE GOUVERNEMENT DE LA", "RÉPUBLIQUE B", "PRÉAMBULE", intro_line,
        "Considérant l'intérêt d'une coopération,",
        "Sont convenus de ce qui suit :",
        "Article premier", "1. Les Parties coopèrent.",
    ])
    title, parties, intro = _front(path)
    assert title == "ACCORD DE COOPÉRATION"
    assert intro == intro_line
    if defined:
        assert parties == [("Gouvernement de la République A", "A"),
                           ("Gouvernement de la République B", "B")]
    else:
        assert parties == [("GOUVERNEMENT DE LA RÉPUBLIQUE A", ""),
                           ("GOUVERNEMENT DE LA RÉPUBLIQUE B", "")]


def test_markdown_heading_marks_are_not_text() -> None:
    from mou_studio.core.importing.lines import normalise

    assert normalise("## **b. LE POIDS DE LA LÉGISLATION**") == "b. LE POIDS DE LA LÉGISLATION"
    assert normalise("# MANUEL") == "MANUEL"
    assert normalise("#hashtag stays") == "#hashtag stays"
