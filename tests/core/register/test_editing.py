"""The register writes the GUI undoes: each refuses bad input and changes nothing then."""

from __future__ import annotations

import pytest

from mou_studio.core.errors import InvalidRegisterData, NotFound
from mou_studio.core.register import editing
from mou_studio.core.register.attachments import SignedCopies
from mou_studio.core.register.dates import PartialDate
from mou_studio.core.register.model import Partner, PartnerKind, RegisterEntry, Signature
from mou_studio.core.register.store import RegisterStore


def _oecd() -> Partner:
    return Partner("oecd", PartnerKind.INTERNATIONAL_ORGANISATION,
                   {"fr": "Organisation de coopération et de développement économiques"},
                   {"fr": "OCDE", "en": "OECD"})


def test_add_partner_then_delete_it(register: RegisterStore) -> None:
    editing.add_partner(register.db, _oecd())
    assert register.partner("oecd").acronym == {"en": "OECD", "fr": "OCDE"}
    removed = editing.delete_partner(register.db, "oecd")
    assert removed.label("en") == "OECD"
    with pytest.raises(NotFound):
        register.partner("oecd")


def test_adding_a_taken_key_is_refused_and_keeps_the_partner(register: RegisterStore) -> None:
    before = register.partner("interpol")
    with pytest.raises(InvalidRegisterData, match="already in the register"):
        editing.add_partner(register.db, Partner("interpol", name={"en": "Someone else"}))
    assert register.partner("interpol") == before


def test_a_partner_without_name_or_acronym_is_refused(register: RegisterStore) -> None:
    with pytest.raises(InvalidRegisterData, match="needs a name or an acronym"):
        editing.add_partner(register.db, Partner("nobody"))
    assert "nobody" not in {p.key for p in register.partners()}


def test_update_partner_refuses_an_unknown_key(register: RegisterStore) -> None:
    with pytest.raises(NotFound):
        editing.update_partner(register.db, _oecd())
    assert "oecd" not in {p.key for p in register.partners()}


def test_a_partner_with_agreements_cannot_be_deleted(register: RegisterStore) -> None:
    with pytest.raises(InvalidRegisterData, match="still has 1 agreement in"):
        editing.delete_partner(register.db, "interpol")
    assert register.partner("interpol").key == "interpol"


def test_add_entry_refuses_a_taken_uid(register: RegisterStore) -> None:
    with pytest.raises(InvalidRegisterData, match="already in the register"):
        editing.add_entry(register.db, RegisterEntry("wco-caricc-2010", "interpol"))
    entry_id = register.entry_id("wco-caricc-2010")
    assert entry_id is not None and register.entry(entry_id).partner_key == "caricc"


def test_a_removed_entry_comes_back_with_signatures_and_copies(
    register: RegisterStore,
) -> None:
    entry_id = register.entry_id("wco-caricc-2010")
    assert entry_id is not None
    before = register.entry(entry_id)
    SignedCopies(register.db).attach_bytes(entry_id, "signed.pdf", b"%PDF-1.4\n%both\n")
    removed = editing.remove_entry(register.db, "wco-caricc-2010")
    assert register.entry_id("wco-caricc-2010") is None
    new_id = editing.restore_entry(register.db, removed)
    after = register.entry(new_id)
    assert (after.signatures, after.title, after.agreement_uid) == (
        before.signatures, before.title, before.agreement_uid)
    copies = SignedCopies(register.db)
    [copy] = copies.list(new_id)
    assert copies.content(copy.id) == b"%PDF-1.4\n%both\n"


def test_restoring_over_a_live_uid_is_refused(register: RegisterStore) -> None:
    removed = editing.remove_entry(register.db, "wco-who-2002")
    register.save_entry(removed.entry)
    with pytest.raises(InvalidRegisterData):
        editing.restore_entry(register.db, removed)


def test_signatures_keep_their_precision(register: RegisterStore) -> None:
    entry = RegisterEntry("oecd-2026", "interpol", title={"en": "Test"}, signatures=[
        Signature("OMD", PartialDate.parse("2002-09"), "Bruxelles"),
        Signature("INTERPOL", PartialDate.parse("2003"))])
    entry_id = editing.add_entry(register.db, entry)
    assert [s.date.iso() if s.date else None for s in register.entry(entry_id).signatures] \
        == ["2002-09", "2003"]


@pytest.mark.parametrize(("key", "problem"), [
    ("", "needs a key"), ("world bank", "contains a space"), ("interpol", "already in"),
])
def test_a_new_partner_key_is_checked(key: str, problem: str) -> None:
    with pytest.raises(InvalidRegisterData, match=problem):
        editing.check_new_partner_key(key, {"interpol", "wco"})
    editing.check_new_partner_key("oecd", {"interpol"})


def test_a_signature_from_text_keeps_the_precision_typed() -> None:
    from mou_studio.core.register.records import signature_from_text

    assert signature_from_text(" OMD ", "2002-09", " Bruxelles ") == Signature(
        "OMD", PartialDate(2002, 9), "Bruxelles")
    assert signature_from_text("CARICC", "", "").date is None
    with pytest.raises(InvalidRegisterData, match="which party"):
        signature_from_text(" ", "2002", "")
    with pytest.raises(InvalidRegisterData, match="not a real date"):
        signature_from_text("OMD", "2002-13", "")
