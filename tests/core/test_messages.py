"""The core's words reach people in their language: messages, catalogues, and the rule
that every user-facing text of the core is marked for translation."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from mou_studio.core.errors import DataFileError, MouStudioError, NotFound
from mou_studio.core.messages import (
    Catalogue,
    Message,
    msg,
    msgn,
    placeholder_names,
    render,
    verbatim,
)
from tests.support.catalogues import translations

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "mou_studio" / "core"


RUSSIAN = translations("ru", {
    "no agreement with id {id}": "нет соглашения с номером {id}",
    ("{count} row", "{count} rows"): ("{count} строка", "{count} строки", "{count} строк"),
    "in {where}": "в {where}",
    "broken {name}": "сломано {nom}",
})


def test_str_is_the_english_text_with_its_values() -> None:
    assert str(msg("no agreement with id {id}", id=7)) == "no agreement with id 7"
    assert str(msgn("{count} row", "{count} rows", 1)) == "1 row"
    assert str(msgn("{count} row", "{count} rows", 3)) == "3 rows"


def test_render_translates_and_fills_placeholders() -> None:
    message = msg("no agreement with id {id}", id=7)
    assert message.render(RUSSIAN) == "нет соглашения с номером 7"


@pytest.mark.parametrize(("count", "expected"), [
    (1, "1 строка"), (3, "3 строки"), (5, "5 строк"), (21, "21 строка"), (11, "11 строк")])
def test_plural_forms_follow_the_language(count: int, expected: str) -> None:
    assert msgn("{count} row", "{count} rows", count).render(RUSSIAN) == expected


def test_nested_messages_are_rendered_in_the_same_language() -> None:
    inner = msg("no agreement with id {id}", id=2)
    assert msg("in {where}", where=inner).render(RUSSIAN) == "в нет соглашения с номером 2"


def test_a_translation_with_a_wrong_placeholder_falls_back_to_english() -> None:
    assert msg("broken {name}", name="x").render(RUSSIAN) == "broken x"


def test_untranslated_text_stays_english() -> None:
    assert msg("never translated {x}", x=1).render(RUSSIAN) == "never translated 1"


def test_verbatim_text_is_never_formatted_or_translated() -> None:
    assert str(verbatim("a {brace} and 100%")) == "a {brace} and 100%"


def test_errors_carry_their_message_and_stringify_in_english() -> None:
    error = NotFound(msg("no agreement with id {id}", id=4))
    assert str(error) == "no agreement with id 4"
    assert render(error, RUSSIAN) == "нет соглашения с номером 4"
    assert render(MouStudioError("foreign text"), RUSSIAN) == "foreign text"
    assert render(ValueError("plain"), RUSSIAN) == "plain"


def test_data_file_errors_keep_the_place_and_translate_the_reason() -> None:
    error = DataFileError("answers.toml", 3, msg("no agreement with id {id}", id=1))
    assert str(error) == "answers.toml:3: no agreement with id 1"
    assert error.reason.render(RUSSIAN) == "нет соглашения с номером 1"


def test_placeholder_names_ignore_doubled_braces() -> None:
    assert placeholder_names("{{ref:{uid}}} and {count}") == {"uid", "count"}


def test_english_catalogue_needs_no_file(tmp_path: Path) -> None:
    catalogue = Catalogue.load("en", tmp_path)
    assert catalogue.render(msg("no agreement with id {id}", id=1)) == "no agreement with id 1"


def test_a_missing_catalogue_falls_back_to_english(tmp_path: Path) -> None:
    catalogue = Catalogue.load("fr", tmp_path)
    assert catalogue.render(msg("no agreement with id {id}", id=1)) == "no agreement with id 1"


# --- Every text the core shows is marked, literal, and its placeholders filled. ---------


def _core_modules() -> list[Path]:
    """The Qt-free modules whose messages the gettext catalogue holds: core and CLI."""
    package = CORE.parent
    return sorted([*CORE.rglob("*.py"), *(package / "commands").rglob("*.py"),
                   package / "cli.py"])


def _calls(name: str) -> list[tuple[Path, ast.Call]]:
    found: list[tuple[Path, ast.Call]] = []
    for path in _core_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id == name:
                found.append((path, node))
    return found


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"


@pytest.mark.parametrize(("function", "texts"), [("msg", 1), ("msgn", 2)])
def test_marked_texts_are_literals_whose_placeholders_are_all_given(
        function: str, texts: int) -> None:
    problems: list[str] = []
    for path, call in _calls(function):
        if path.name == "messages.py":
            continue
        literals = [arg for arg in call.args[:texts]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
        if len(literals) != texts:
            problems.append(f"{_where(path, call)}: the text must be a string literal "
                            "(babel cannot extract an f-string or a variable)")
            continue
        wanted = set().union(*(placeholder_names(str(lit.value)) for lit in literals))
        given = {keyword.arg for keyword in call.keywords if keyword.arg}
        if any(keyword.arg is None for keyword in call.keywords):
            continue  # **params: checked when rendered
        if function == "msgn":
            given.add("count")
        if wanted != given:
            problems.append(f"{_where(path, call)}: placeholders {sorted(wanted)} "
                            f"but values {sorted(given)}")
    assert problems == []


def _text_literal(node: ast.expr) -> bool:
    """A string built in place: a literal, an f-string, or a sum or format of them."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.BinOp):
        return _text_literal(node.left) or _text_literal(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and _text_literal(node.func.value)
    return False


def _error_names() -> set[str]:
    """MouStudioError and every subclass defined in the core."""
    names = {"MouStudioError"}
    changed = True
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in _core_modules()]
    while changed:
        changed = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names and any(
                        isinstance(base, ast.Name) and base.id in names for base in node.bases):
                    names.add(node.name)
                    changed = True
    return names


def test_errors_for_users_are_raised_with_a_marked_message() -> None:
    errors = _error_names()
    problems: list[str] = []
    for path in _core_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in errors):
                continue
            if any(_text_literal(arg) for arg in node.args):
                problems.append(f"{_where(path, node)}: {node.func.id}(...) is given a "
                                "bare string; wrap it in msg(...)")
    assert problems == []


# --- The shipped catalogues are complete and built. -------------------------------------


def _update_translations() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", ["fr", "ru"])
def test_core_catalogue_is_complete_current_and_built(language: str) -> None:
    tool = _update_translations()
    assert tool.core_problems(language, tool.core_template()) == []


def test_shipped_french_catalogue_translates_a_real_error() -> None:
    catalogue = Catalogue.load("fr", ROOT / "resources" / "i18n")
    error = DataFileError("réponses.toml", 2, "x")
    assert catalogue.render(error) == "réponses.toml:2 : x"


def test_message_is_hashable_for_frozen_findings() -> None:
    assert hash(msg("a {b}", b=1)) == hash(Message("a {b}", (("b", 1),)))


@pytest.mark.parametrize(("argv", "environ", "expected"), [
    (["--ui-lang", "fr"], {}, "mou-studio-cli : erreur : aucun accord ne porte l'identifiant 999"),
    (["--ui-lang", "ru"], {}, "mou-studio-cli: ошибка: нет соглашения с идентификатором 999"),
    ([], {"MOU_STUDIO_UI_LANG": "fr"}, "erreur : aucun accord"),
    ([], {}, "mou-studio-cli: error: no agreement with id 999"),
    ([], {"MOU_STUDIO_UI_LANG": "xx"}, "mou-studio-cli: error: no agreement with id 999"),
])
def test_the_cli_writes_errors_in_the_language_asked_for(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        argv: list[str], environ: dict[str, str], expected: str) -> None:
    from mou_studio import cli

    monkeypatch.delenv("MOU_STUDIO_UI_LANG", raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    code = cli.main([*argv, "--db", str(tmp_path / "cli.db"), "show", "999"])
    assert code == cli.EXIT_USER_ERROR
    assert expected in capsys.readouterr().err


def test_lists_are_joined_by_translatable_patterns() -> None:
    from mou_studio.core.messages import alternatives, listed

    french = translations("fr", {"{list}, {item}": "{list}, {item}", "none": "aucun"})
    items = [verbatim("a"), verbatim("b"), verbatim("c")]
    assert str(listed(items, empty=msg("none"))) == "a, b, c"
    assert str(alternatives(items[:2], empty=msg("none"))) == "a/b"
    assert listed([], empty=msg("none")).render(french) == "aucun"


def test_dates_and_moments_are_written_as_the_language_writes_them() -> None:
    import datetime as dt

    moment = dt.datetime(2026, 11, 23, 19, 48, tzinfo=dt.UTC)
    french = translations("fr", {"on {when}": "le {when}"})
    russian = translations("ru", {"due {day}": "срок {day}"})
    assert str(msg("on {when}", when=moment)).startswith("on November 23, 2026")
    assert msg("on {when}", when=moment).render(french).startswith("le 23 novembre 2026")
    assert msg("due {day}", day=moment.date()).render(russian) == "срок 23 ноября 2026\u202fг."
