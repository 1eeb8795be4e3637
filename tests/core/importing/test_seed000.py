"""Seed 000 (the WCO–CARICC MoU as typed text) imports to exactly what the demo holds."""

from __future__ import annotations

import pytest

from mou_studio.core.importing import ImportResult, import_file
from mou_studio.core.model import Agreement, NodeKind
from mou_studio.core.paths import project_root
from mou_studio.core.serialize import agreement_from_json
from mou_studio.core.views import agreement_view
from tests.support.agreement_views import without_uids
from tests.support.seeds import seed_path


@pytest.fixture(scope="module")
def result() -> ImportResult:
    return import_file(seed_path("000"))


@pytest.fixture(scope="module")
def imported(result: ImportResult) -> Agreement:
    assert len(result.agreements()) == 1
    return result.agreements()[0]


@pytest.fixture(scope="module")
def demo() -> Agreement:
    path = project_root() / "templates" / "samples" / "wco-caricc-2010.json"
    return agreement_from_json(path.read_text(encoding="utf-8"))


def test_rendered_view_equals_the_demo(imported: Agreement, demo: Agreement) -> None:
    assert without_uids(agreement_view(imported)) == without_uids(agreement_view(demo))


def test_parties_short_names_and_determiners(imported: Agreement, demo: Agreement) -> None:
    got = [(p.name, p.short_name, p.determiner) for p in imported.parties]
    want = [(p.name, p.short_name, p.determiner) for p in demo.parties]
    assert got == want


def test_numbering_flags_match_and_only_article_9_is_unnumbered(
    imported: Agreement, demo: Agreement
) -> None:
    def flags(agreement: Agreement) -> list[tuple[str, bool, str | None]]:
        return [(n.kind.value, n.numbered, n.literal_number) for n in agreement.walk()]

    assert flags(imported) == flags(demo)
    unnumbered = [n for n in imported.walk() if not n.numbered]
    assert len(unnumbered) == 1 and "entrera en vigueur" in unnumbered[0].text["fr"]


def test_article_7_reference_points_at_its_paragraph_1(imported: Agreement) -> None:
    article7 = imported.articles()[6]
    first, second = article7.children
    assert f"{{{{ref:{first.uid}}}}}" in second.text["fr"]
    assert "paragraphe 1 du présent article" not in second.text["fr"]


def test_footnote_is_attached_where_it_is_called(imported: Agreement) -> None:
    assert [f.text["fr"] for f in imported.footnotes] == [
        "Créée en 1952 sous le nom de Conseil de coopération douanière."
    ]
    assert f"douanes{{{{fn:{imported.footnotes[0].uid}}}}}" in imported.preamble_intro["fr"]
    assert imported.recitals[-1].text["fr"].endswith("afin d'éviter les chevauchements "
                                                    "d'activités.")


def test_signature_blocks_belong_to_their_parties(imported: Agreement) -> None:
    omd, caricc = imported.parties
    blocks = [(s.party, s.signatory, s.date, s.place["fr"]) for s in imported.signatures]
    assert blocks == [
        (omd.uid, "Kunio Mikuriya", "2010-03-19", "Bruxelles"),
        (caricc.uid, "Beksultan Sarsekov", "2010-03-30", "Астана"),
    ]


def test_noise_is_reported_not_merged(result: ImportResult, imported: Agreement) -> None:
    dropped = {d.text for d in result.report.dropped}
    assert {"Handwritten mark", "Handwritten signature", "W7"} <= dropped
    texts = " ".join(n.text.get("fr", "") for n in imported.walk())
    assert "W7" not in texts and "Handwritten" not in texts


def test_article_5_has_six_paragraphs(imported: Agreement) -> None:
    article5 = imported.articles()[4]
    assert [c.kind for c in article5.children] == [NodeKind.PARAGRAPH] * 6
