"""CSV export and import: round trip, per-line errors, all or nothing."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from mou_studio.core.demo import ensure_demo_agreements
from mou_studio.core.errors import InvalidRegisterData, RegisterImportFailed
from mou_studio.core.paths import samples_dir
from mou_studio.core.register.csv_export import entries_to_csv, export_csv
from mou_studio.core.register.csv_import import import_csv, import_csv_text
from mou_studio.core.register.store import RegisterStore
from mou_studio.core.register.views import entry_dict
from mou_studio.core.storage import AgreementStore, open_database


def _comparable(store: RegisterStore) -> dict[str, dict[str, object]]:
    partners = {p.key: p for p in store.partners()}
    return {
        e.uid: {k: v for k, v in entry_dict(e, partners[e.partner_key], "ru").items()
                if k != "id"}
        for e in store.entries()
    }


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_export_then_import_into_a_new_database_gives_the_same_register(
    register: RegisterStore, tmp_path: Path
) -> None:
    path = tmp_path / "register.csv"
    assert export_csv(path, register.entries(), {p.key: p for p in register.partners()}) == 15
    target_db = open_database(tmp_path / "other.db")
    ensure_demo_agreements(AgreementStore(target_db), samples_dir())
    target = RegisterStore(target_db)
    report = import_csv(target, path)
    assert (report.created, report.updated, report.problems) == (15, 0, [])
    assert _comparable(target) == _comparable(register)
    assert [p.key for p in target.partners()] == sorted(
        {e.partner_key for e in register.entries()}
    )


def test_reimporting_the_export_updates_in_place(register: RegisterStore) -> None:
    text = entries_to_csv(register.entries(), {p.key: p for p in register.partners()})
    before = _comparable(register)
    report = import_csv_text(register, text)
    assert (report.created, report.updated) == (0, 15)
    assert _comparable(register) == before


def _with_cell(text: str, uid: str, column: str, value: str) -> str:
    rows = _csv_rows(text)
    for row in rows:
        if row["uid"] == uid:
            row[column] = value
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _new_rows_csv() -> str:
    return (
        "uid,partner,partner_acronym_en,status,title_en,signature_1_party,"
        "signature_1_date,review_on\n"
        "wco-iom-2024,iom,IOM,negotiation,MoU with IOM,,,2027-01-15\n"
        "wco-oecd-2024,oecd,OECD,signed,MoU with OECD,WCO,2024-31-12,\n"
        "wco-osce-2024,osce,OSCE,agreed,MoU with OSCE,WCO,2024-05,\n"
    )


def test_one_malformed_date_reports_its_line_and_imports_nothing(
    register: RegisterStore,
) -> None:
    before = _comparable(register)
    partners_before = register.partners()
    with pytest.raises(RegisterImportFailed) as failure:
        import_csv_text(register, _new_rows_csv(), "new.csv")
    assert [str(p) for p in failure.value.problems] == [
        "line 3: signature_1_date: '2024-31-12' is not a real date "
        "(month must be in 1..12)"
    ]
    assert "nothing was imported" in str(failure.value)
    assert _comparable(register) == before
    assert register.partners() == partners_before


def test_skip_invalid_imports_the_good_rows(register: RegisterStore) -> None:
    report = import_csv_text(register, _new_rows_csv(), "new.csv", skip_invalid=True)
    assert (report.created, report.partners_added) == (2, ["iom", "osce"])
    assert [str(p)[:7] for p in report.problems] == ["line 3:"]
    iom = register.entry(register.entry_id("wco-iom-2024") or 0)
    assert (iom.status.value, iom.review_on and iom.review_on.isoformat()) == (
        "negotiation", "2027-01-15")


def test_a_quoted_multiline_cell_keeps_line_numbers_right(register: RegisterStore) -> None:
    text = ('uid,partner,notes,review_on\n'
            'a-1,interpol,"two\nlines",2027-01-01\n'
            'a-2,interpol,,2027-02-30\n')
    with pytest.raises(RegisterImportFailed) as failure:
        import_csv_text(register, text)
    assert str(failure.value.problems[0]).startswith("line 4: review_on:")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("x-1,nobody,,", "partner 'nobody' is not in the register"),
        ("x-1,interpol,draft,", "unknown status 'draft'"),
        ("x-1,interpol,,wco-missing", "no agreement with uid 'wco-missing'"),
    ],
)
def test_bad_rows_say_what_to_fix(register: RegisterStore, row: str, message: str) -> None:
    text = f"uid,partner,status,agreement_uid\n{row}\n"
    with pytest.raises(RegisterImportFailed) as failure:
        import_csv_text(register, text)
    assert message in str(failure.value.problems[0])
    assert str(failure.value.problems[0]).startswith("line 2: ")


def test_a_file_without_the_key_columns_is_refused(register: RegisterStore) -> None:
    with pytest.raises(InvalidRegisterData, match="lacks the column"):
        import_csv_text(register, "name,date\nx,2010\n")


def test_a_non_utf8_file_is_refused(register: RegisterStore, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("uid,partner,notes\nx,interpol,coopération\n".encode("latin-1"))
    with pytest.raises(InvalidRegisterData, match="not UTF-8"):
        import_csv(register, path)


def test_semicolon_csv_from_a_french_spreadsheet_is_read(register: RegisterStore) -> None:
    text = "\ufeffuid;partner;status\nwco-interpol-2003;interpol;in-effect\n"
    report = import_csv_text(register, text)
    assert report.updated == 1
    interpol = register.entry(register.entry_id("wco-interpol-2003") or 0)
    assert interpol.status.value == "in-effect"
    # Columns the file does not have are left as they were.
    assert interpol.title["fr"] == "Protocole d'accord entre le Secrétariat de l'OMD et INTERPOL"
    assert [s.party for s in interpol.signatures] == ["OMD, INTERPOL"]


def test_duplicate_uids_in_one_file_are_reported(register: RegisterStore) -> None:
    text = "uid,partner\nx-1,interpol\nx-1,interpol\n"
    with pytest.raises(RegisterImportFailed) as failure:
        import_csv_text(register, text)
    assert [str(p) for p in failure.value.problems] == [
        "line 3: uid 'x-1' appears twice in the file"]


def test_cancelling_while_writing_leaves_the_register_as_it_was(
    register: RegisterStore,
) -> None:
    from mou_studio.core.tasks import Cancelled, TaskControl

    text = entries_to_csv(register.entries(), {p.key: p for p in register.partners()})
    text = text.replace(",signed,", ",in-effect,")
    before = _comparable(register)
    seen: list[tuple[int, int, str]] = []

    def on_progress(done: int, total: int, message: str) -> None:
        seen.append((done, total, message))
        if message == "writing":
            control.cancel()

    control = TaskControl(on_progress)
    with pytest.raises(Cancelled):
        import_csv_text(register, text, control=control)
    assert seen == [(0, 15, "checking"), (0, 15, "writing")]
    assert _comparable(register) == before


def test_a_cell_a_spreadsheet_would_run_is_exported_as_text_and_read_back(
    register: RegisterStore,
) -> None:
    from dataclasses import replace

    entry = register.entries()[0]
    formula = '=HYPERLINK("http://example.invalid","open")'
    register.save_entry(replace(entry, notes=formula))
    text = entries_to_csv(register.entries(), {p.key: p for p in register.partners()})
    [row] = [r for r in _csv_rows(text) if r["uid"] == entry.uid]
    assert row["notes"] == "'" + formula
    import_csv_text(register, text)
    assert next(e for e in register.entries() if e.uid == entry.uid).notes == formula
