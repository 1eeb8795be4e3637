"""Malformed templates and answers are refused with file, line and reason."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mou_studio.core.errors import AnswersError, TemplateError
from mou_studio.core.templates import (
    check_answers,
    find_template,
    load_answers,
    load_template,
    write_answers,
)

SHIPPED = find_template("io-cooperation-mou").path


def broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    text = SHIPPED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "broken.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if needle in line)


def test_toml_syntax_error_gives_its_line(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, 'type = "multiple"', 'type = "multiple')
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert caught.value.line == line_of(path, 'type = "multiple')
    assert str(path) in str(caught.value) and "not valid TOML" in str(caught.value)


def test_unknown_question_type_names_the_question_line(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, 'type = "boolean"', 'type = "yesno"')
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert caught.value.line == line_of(path, 'id = "restrictions"')
    assert "question restrictions: type must be one of" in str(caught.value.reason)


def test_placeholder_naming_no_question_is_refused(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "{{notice_months.words}} mois", "{{notice_month.words}} mois")
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert caught.value.line == line_of(path, "{{notice_month.words}}")
    assert "names no question" in str(caught.value.reason)


def test_reference_to_an_unknown_clause_is_refused(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "{{ref:differences.referral}} n'a pas",
                       "{{ref:differences.nowhere}} n'a pas")
    with pytest.raises(TemplateError, match="refers to no clause"):
        load_template(path)


def test_missing_language_version_of_a_clause_is_refused(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, 'heading.en = "Exception"\n', "")
    with pytest.raises(TemplateError) as caught:
        load_template(path)
    assert "clause exception: heading has no text in en" in str(caught.value.reason)
    assert caught.value.line == line_of(path, 'id = "exception"')


def test_condition_on_an_unknown_option_is_refused(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, 'contains = "technical"', 'contains = "techincal"')
    with pytest.raises(TemplateError, match="'techincal', which is not one of its options"):
        load_template(path)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "answers.toml"
    path.write_text(text, encoding="utf-8")
    return path


MINIMAL_PARTIES = """
[party_a]
name = "Organisation A"
short_name = "ORGA"
[party_b]
name = "Organisation B"
short_name = "ORGB"
"""


def test_minimal_answers_use_the_defaults() -> None:
    template = find_template("io-cooperation-mou")
    answers = check_answers(template, {
        "party_a": {"name": "Organisation A", "short_name": "ORGA"},
        "party_b": {"name": "Organisation B", "short_name": "ORGB"},
    })
    assert answers.get("notice_months") == 3
    assert answers.get("areas") == ["information", "representation", "technical"]


def test_answer_out_of_range_gives_file_line_reason(tmp_path: Path) -> None:
    path = write(tmp_path, f"notice_months = 48\n{MINIMAL_PARTIES}")
    with pytest.raises(AnswersError) as caught:
        load_answers(find_template("io-cooperation-mou"), path)
    assert (caught.value.path, caught.value.line) == (str(path), 1)
    assert "48 is outside 1–24" in str(caught.value.reason)


def test_unknown_answer_key_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, f'notice = 3\n{MINIMAL_PARTIES}')
    with pytest.raises(AnswersError, match="'notice' is not a question"):
        load_answers(find_template("io-cooperation-mou"), path)


def test_missing_party_language_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL_PARTIES.replace('name = "Organisation B"',
                                                   'name = { fr = "Organisation B" }'))
    with pytest.raises(AnswersError) as caught:
        load_answers(find_template("io-cooperation-mou"), path)
    assert "question party_b: name has no text in en" in str(caught.value.reason)
    assert caught.value.line == line_of(path, "[party_b]")


def test_required_answer_missing_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, 'effect = "date"\n' + MINIMAL_PARTIES)
    with pytest.raises(AnswersError, match=r"question effect_date .* needs an answer"):
        load_answers(find_template("io-cooperation-mou"), path)


def test_answers_for_another_template_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, 'template = "customs-police-mou"\n' + MINIMAL_PARTIES)
    with pytest.raises(AnswersError, match="for template 'customs-police-mou'"):
        load_answers(find_template("io-cooperation-mou"), path)


def test_unreadable_or_missing_answers_file(tmp_path: Path) -> None:
    template = find_template("io-cooperation-mou")
    binary = tmp_path / "answers.toml"
    binary.write_bytes(b"\xff\xfe\x00party_a = 1\x00")
    with pytest.raises(AnswersError, match="cannot read the file"):
        load_answers(template, binary)
    with pytest.raises(AnswersError, match="no such file"):
        load_answers(template, tmp_path / "nowhere.toml")


@pytest.mark.parametrize("name", ["io-cooperation-mou", "customs-police-mou",
                                  "exchange-of-letters", "framework-agreement",
                                  "customs-police-mou-communication"])
def test_answers_written_back_read_the_same(tmp_path: Path, name: str) -> None:
    source = Path(__file__).resolve().parents[1] / "data" / "answers" / f"{name}.toml"
    raw = tomllib.loads(source.read_text(encoding="utf-8"))
    template = find_template(raw.pop("template"))
    written = tmp_path / "again.toml"
    write_answers(written, template.id, raw)
    assert tomllib.loads(written.read_text(encoding="utf-8")) == {"template": template.id,
                                                                   **raw}
    assert load_answers(template, written) == load_answers(template, source)
    assert [p.name for p in tmp_path.iterdir()] == ["again.toml"]  # no temporary left
