"""Agreements of other shapes, in French, English and Russian (small texts in shapes/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mou_studio.core.importing import import_file
from mou_studio.core.model import Agreement, AgreementKind, NodeKind
from mou_studio.core.numbering import Numbering

SHAPES = Path(__file__).parent / "shapes"


def _agreement(name: str) -> Agreement:
    agreements = import_file(SHAPES / name).agreements()
    assert len(agreements) == 1
    return agreements[0]


def _labels(agreement: Agreement) -> list[str]:
    numbering = Numbering(agreement)
    return [numbering.label(a, agreement.language) for a in agreement.articles()]


def _signatures(agreement: Agreement) -> list[tuple[str, str | None, str]]:
    lang = agreement.language
    return [(s.signatory, s.date, s.place.get(lang, "")) for s in agreement.signatures]


def test_english_mou_with_sections_points_and_subpoints() -> None:
    mou = _agreement("en1.txt")
    assert mou.language == "en" and mou.kind is AgreementKind.MOU
    assert [(p.short_name["en"], p.determiner.get("en", "")) for p in mou.parties] == [
        ("WCO", "the"), ("UNODC", "")]
    assert len(mou.recitals) == 3 and mou.enacting_formula["en"].startswith("Have reached")
    assert [a.heading["en"] for a in mou.articles()] == [
        "Purpose", "Consultations", "Entry into effect"]
    second = mou.articles()[0].children[1]
    assert [p.kind for p in second.children] == [NodeKind.POINT] * 3
    assert [s.text["en"] for s in second.children[1].children] == ["seminars;", "workshops;"]
    assert _signatures(mou) == [("Kunio Mikuriya", "2010-11-25", "Vienna"),
                                ("Yury Fedotov", "2010-11-25", "Vienna")]
    assert [s.party for s in mou.signatures] == [p.uid for p in mou.parties]


def test_russian_agreement() -> None:
    agreement = _agreement("ru1.txt")
    assert agreement.language == "ru" and agreement.kind is AgreementKind.AGREEMENT
    assert [p.name["ru"] for p in agreement.parties] == [
        "Правительство Российской Федерации", "Правительство Республики Казахстан"]
    assert len(agreement.recitals) == 2
    assert _labels(agreement) == ["Статья 1", "Статья 2", "Статья 3"]
    definitions = agreement.articles()[0].children[0]
    assert [p.literal_number for p in definitions.children] == ["а", "б"]
    second = agreement.articles()[1].children[1]
    assert "{{ref:" in second.text["ru"]
    assert _signatures(agreement) == [("И. Иванов", "2005-03-12", "г. Москве"),
                                      ("А. Ахметов", "2005-03-12", "г. Москве")]


def test_french_titles_bis_degree_points_annexes_and_date_in_words() -> None:
    agreement = _agreement("fr2.txt")
    chapters = [n for n in agreement.body if n.kind is NodeKind.CHAPTER]
    assert [c.heading["fr"] for c in chapters] == ["DISPOSITIONS GÉNÉRALES", "ASSISTANCE"]
    assert _labels(agreement) == ["Article premier", "Article 2", "Article 3",
                                  "Article 4 bis", "Article 5"]
    points = agreement.articles()[0].children[0].children
    assert [p.literal_number for p in points] == ["1°", "2°"]
    assert len(agreement.recitals) == 2
    assert [len(a.body) for a in agreement.annexes] == [2, 1]
    numbering = Numbering(agreement)
    assert [numbering.label(a.body[0], "fr") for a in agreement.annexes] == ["1.", "1."]
    assert _signatures(agreement) == [("Jean Dupont", "2003-11-25", "Rabat"),
                                      ("Ahmed Benali", "2003-11-25", "Rabat")]
    article3 = agreement.articles()[2].children[0]
    assert "{{ref:" in article3.text["fr"]


def test_roman_article_headings_and_done_at_in_words() -> None:
    agreement = _agreement("en2.txt")
    assert [a.heading["en"] for a in agreement.articles()] == [
        "Definitions", "Scope", "Entry into force"]
    assert all(a.literal_number is None for a in agreement.articles())
    assert _signatures(agreement) == [("John Smith", "2003-11-25", "Ottawa"),
                                      ("Taro Yamada", "2003-11-25", "Ottawa")]


def test_bare_numbered_paragraphs_without_articles() -> None:
    mou = _agreement("en3.txt")
    assert mou.articles() == []
    assert [n.kind for n in mou.body] == [NodeKind.PARAGRAPH] * 3
    assert len(mou.body[1].children) == 2
    assert [p.name["en"] for p in mou.parties] == [
        "Customs Service of Ruritania", "Customs Service of Freedonia"]
    assert _signatures(mou) == [("A. Smith", "2015-06-01", "Geneva"),
                                ("B. Jones", "2015-06-01", "Geneva")]


def test_exchange_of_letters_in_english() -> None:
    letters = _agreement("en4.txt")
    assert letters.kind is AgreementKind.EXCHANGE_OF_LETTERS
    assert [n.kind for n in letters.body] == [NodeKind.LETTER, NodeKind.LETTER]
    numbering = Numbering(letters)
    first = letters.body[0]
    assert [numbering.label(p, "en") for p in first.children] == ["", "1.", "2.", ""]
    assert len(letters.signatures) == 2


@pytest.mark.parametrize("name", ["fr3.txt"])
def test_bare_roman_headings_gap_and_captions_side_by_side(name: str) -> None:
    mou = _agreement(name)
    assert _labels(mou) == ["Article premier", "Article 2", "Article IV"]
    assert [(p.short_name["fr"]) for p in mou.parties] == ["X", "Y"]
    assert [(s.signatory, s.party) for s in mou.signatures] == [
        ("Le Directeur", mou.parties[0].uid), ("Le Secrétaire général", mou.parties[1].uid)]


def test_english_fields_under_colon_captions_and_decimal_paragraphs() -> None:
    mou = _agreement("en5.txt")
    assert [p.short_name["en"] for p in mou.parties] == ["WCO", "INTERPOL"]
    assert len(mou.recitals) == 2
    first = mou.articles()[0]
    assert first.heading["en"] == "OBJECTIVE"
    assert [p.literal_number for p in first.children] == ["1.1", "1.2"]
    assert [p.text["en"] for p in first.children[1].children] == [
        "exchange of information;", "training."]
    assert _signatures(mou) == [("Kunio Mikuriya", "2010-03-19", ""),
                                ("Ronald K. Noble", "2010-03-30", "")]
    assert [s.title["en"] for s in mou.signatures] == ["Secretary General"] * 2
    assert [s.party for s in mou.signatures] == [p.uid for p in mou.parties]


def test_russian_mou_with_dashed_short_names_and_columns() -> None:
    mou = _agreement("ru2.txt")
    assert [p.short_name["ru"] for p in mou.parties] == ["ВТамО", "ЦАРИКЦ"]
    assert [a.heading["ru"] for a in mou.articles()] == ["Цели", "Вступление в силу"]
    assert _signatures(mou) == [("К. Микурия", "2010-03-19", "г. Брюсселе"),
                                ("Б. Сарсеков", "2010-03-19", "г. Брюсселе")]
    assert [s.title["ru"] for s in mou.signatures] == ["Генеральный секретарь", "Директор"]
    assert mou.testimonium["ru"].startswith("В удостоверение чего")


def test_acronyms_in_parentheses_and_intro_right_under_the_title() -> None:
    mou = _agreement("en6.txt")
    assert mou.title["en"] == "MEMORANDUM OF UNDERSTANDING"
    assert [p.short_name["en"] for p in mou.parties] == ["WCO", "CCLEC"]
    assert mou.articles()[0].children[0].text["en"] == "The WCO and CCLEC will cooperate."
    assert [s.party for s in mou.signatures] == [p.uid for p in mou.parties]


def test_russian_sub_items_signature_lines_and_case_endings() -> None:
    agreement = _agreement("ru3.txt")
    first = agreement.articles()[0]
    assert [p.literal_number for p in first.children] == [None, None]
    items = first.children[0].children
    numbering = Numbering(agreement)
    assert [numbering.label(i, "ru") for i in items] == ["1)", "2)"]
    assert [s.party for s in agreement.signatures] == [p.uid for p in agreement.parties]
    assert [s.signatory for s in agreement.signatures] == ["", ""]


def test_place_and_date_lines_under_each_signature() -> None:
    mou = _agreement("fr4.txt")
    assert [(p.short_name["fr"], p.determiner.get("fr", "")) for p in mou.parties] == [
        ("OMD", "l'"), ("Europol", "")]
    assert [a.heading["fr"] for a in mou.articles()] == ["Objet", "Entrée en vigueur"]
    assert _signatures(mou) == [("Kunio Mikuriya", "2010-03-19", "Bruxelles"),
                                ("Rob Wainwright", "2010-03-22", "La Haye")]


def test_numbered_recitals_capital_premier_and_blank_date_fields() -> None:
    mou = _agreement("en7.txt")
    assert [p.short_name["en"] for p in mou.parties] == ["WCO", "ADB"]
    assert [r.text["en"][:12] for r in mou.recitals] == ["1. Recognizi", "2. Noting th"]
    assert [a.heading["en"] for a in mou.articles()] == ["Purpose", "Final provisions"]
    assert _signatures(mou) == [("Kunio Mikuriya", "2012-05-05", "Manila"),
                                ("Haruhiko Kuroda", "2012-05-05", "Manila")]
