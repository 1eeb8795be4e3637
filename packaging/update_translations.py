"""Rebuild the interface translations from the sources: .ts catalogues, then .qm files.

    python packaging/update_translations.py          # update .ts/.po, build .qm/.mo
    python packaging/update_translations.py --check  # fail if a string is untranslated,
                                                     # or missing from a catalogue

Runs ``pyside6-lupdate`` over every module of ``mou_studio/ui`` into
``resources/i18n/mou_studio_{en,fr,ru}.ts`` (new strings are added, translations already
made are kept, strings gone from the code are dropped), then ``pyside6-lrelease`` into the
``.qm`` files the application loads. Idempotent: a second run changes nothing. Translate
the new strings with ``pyside6-linguist resources/i18n/mou_studio_fr.ts`` (or by editing
the XML), then run it again.

The core's messages (``msg(...)`` and ``msgn(...)`` in ``mou_studio/core``, which never
imports Qt, and in the CLI's ``mou_studio/commands``) live in gettext catalogues: babel
extracts them into ``resources/i18n/core/messages.pot``, merges that into ``fr.po`` and
``ru.po`` and compiles the ``.mo`` files the CLI and the GUI load. Translate them with any
.po editor (Poedit, Lokalize) or by hand.
"""

from __future__ import annotations

import argparse
import io
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "mou_studio" / "ui"
I18N_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("en", "fr", "ru")
SOURCE_LANGUAGE = "en"
PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def tool(name: str) -> str:
    """The Qt tool ``name`` from this Python's environment, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships {name})")
    return found


def catalogue(language: str) -> Path:
    return I18N_DIR / f"mou_studio_{language}.ts"


def update(language: str, sources: list[Path]) -> None:
    """Merge the strings of ``sources`` into the .ts of ``language``."""
    _lupdate(language, sources, catalogue(language))


def _lupdate(language: str, sources: list[Path], ts: Path) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *map(str, sources), "-ts", str(ts),
         "-no-obsolete", "-locations", "none", "-source-language", SOURCE_LANGUAGE,
         "-target-language", language, "-silent"],
        check=True,
    )


def release(language: str, qm: Path | None = None) -> None:
    """Compile the .ts of ``language`` into the .qm the application loads."""
    ts = catalogue(language)
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                    str(qm or ts.with_suffix(".qm"))], check=True)


def built_from_catalogue(language: str) -> bool:
    """Whether the .qm is what the .ts compiles to now (lrelease is deterministic)."""
    qm = catalogue(language).with_suffix(".qm")
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / qm.name
        release(language, fresh)
        return qm.exists() and fresh.read_bytes() == qm.read_bytes()


def untranslated(language: str, ts: Path | None = None) -> list[str]:
    """The source strings of ``language``'s catalogue that have no finished translation.

    A plural needs every form filled; a translation must keep the source's placeholders
    (%1, %2…, %n), or the interface would show a raw "%1" or lose a value.
    """
    missing: list[str] = []
    for message in ET.parse(ts or catalogue(language)).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        if language == SOURCE_LANGUAGE and message.get("numerus") != "yes":
            continue  # the source text is its own English; only plurals need forms
        if not _finished(translation):
            missing.append(source)
        elif translation is not None and not _same_placeholders(source, translation):
            missing.append(f"{source} (placeholders differ)")
    return missing


def absent(language: str, sources: list[Path]) -> list[str]:
    """Strings of ``sources`` that ``language``'s catalogue lacks (the update not run)."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / catalogue(language).name
        shutil.copyfile(catalogue(language), fresh)
        _lupdate(language, sources, fresh)
        return sorted(_keys(fresh) - _keys(catalogue(language)))


def _keys(ts: Path) -> set[str]:
    return {f"{context.findtext('name', '')}: {message.findtext('source', '')}"
            for context in ET.parse(ts).getroot().iter("context")
            for message in context.iter("message")}


def _finished(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type") in ("unfinished", "vanished"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((form.text or "").strip() for form in forms)
    return bool("".join(translation.itertext()).strip())


def _same_placeholders(source: str, translation: ET.Element) -> bool:
    wanted = set(PLACEHOLDER.findall(source))
    forms = translation.findall("numerusform") or [translation]
    return all(set(PLACEHOLDER.findall(form.text or "")) == wanted for form in forms)


PACKAGE_DIR = ROOT / "mou_studio"
# The Qt-free parts (core, CLI commands) share the gettext catalogue; ui/ uses Qt's .ts.
QT_FREE_SOURCES = [("ui/**.py", "ignore"), ("**.py", "python")]
CORE_I18N_DIR = I18N_DIR / "core"
CORE_LANGUAGES = ("fr", "ru")
CORE_KEYWORDS = {"msg": None, "msgn": (1, 2)}
CORE_PROJECT = "MoU Studio core messages"
CORE_HEADER_COMMENT = ("# Messages of MoU Studio's core (errors, lint findings, compare notes).\n"
                       "# Built by packaging/update_translations.py; translate msgstr only.")
BRACE_PLACEHOLDER = re.compile(r"(?<!\{)\{(\w+)\}(?!\})")


def core_template() -> Catalog:
    """Every ``msg``/``msgn`` text of the core, as babel extracts it."""
    template = Catalog(project=CORE_PROJECT, version="", fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
            str(PACKAGE_DIR), method_map=QT_FREE_SOURCES, keywords=CORE_KEYWORDS):
        template.add(message, None, [(f"mou_studio/{filename}", lineno)],
                     auto_comments=comments, context=context)
    return template


def core_po(language: str) -> Path:
    return CORE_I18N_DIR / f"{language}.po"


def read_core_po(language: str) -> Catalog:
    path = core_po(language)
    if not path.exists():
        return Catalog(locale=language, project=CORE_PROJECT, version="", fuzzy=False,
                       header_comment=CORE_HEADER_COMMENT, msgid_bugs_address="",
                       last_translator="MoU Studio developers",
                       language_team=f"{Locale.parse(language).english_name} (MoU Studio)")
    with path.open("rb") as file:
        return read_po(file, locale=language)


def update_core(language: str, template: Catalog) -> None:
    """Merge ``template`` into ``language``'s .po (keeping translations) and build the .mo.

    Texts gone from the code are dropped, not kept as obsolete entries; a changed text
    keeps no fuzzy guess, so it shows as untranslated until someone translates it.
    """
    catalogue = read_core_po(language)
    created = catalogue.creation_date
    catalogue.update(template, no_fuzzy_matching=True)
    catalogue.obsolete.clear()
    catalogue.creation_date = created
    CORE_I18N_DIR.mkdir(parents=True, exist_ok=True)
    _write_po(core_po(language), catalogue)
    with core_po(language).with_suffix(".mo").open("wb") as file:
        write_mo(file, catalogue)


def _write_po(path: Path, catalogue: Catalog) -> None:
    # No locations, no dates: the file changes only when a text or a translation does.
    catalogue.revision_date = catalogue.creation_date
    with path.open("wb") as file:
        write_po(file, catalogue, width=100, no_location=True, omit_header=False,
                 sort_output=True)


def core_problems(language: str, template: Catalog) -> list[str]:
    """What stops ``language``'s core catalogue from being complete and current."""
    catalogue = read_core_po(language)
    wanted = _keys_of(template)
    problems: list[str] = []
    for message in catalogue:
        if not message.id:
            continue
        key = _key_of(message)
        forms = list(message.string) if isinstance(message.string, tuple) else [message.string]
        if key not in wanted:
            problems.append(f"{key!r}: no longer in the code (run without --check)")
        elif message.fuzzy or not all(form.strip() for form in forms):
            problems.append(f"{key!r}: untranslated")
        elif not _same_braces(message.id, forms):
            problems.append(f"{key!r}: placeholders differ in the translation")
    problems += [f"{key!r}: not in the catalogue (run without --check, then translate)"
                 for key in sorted(wanted - _keys_of(catalogue))]
    mo = core_po(language).with_suffix(".mo")
    if not problems and not _mo_current(mo, catalogue):
        problems.append(f"{mo.name} is not built from {core_po(language).name} "
                        "(run without --check)")
    return problems


def _key_of(message: Message) -> str:
    """A message's msgid; a plural's singular form."""
    return message.id if isinstance(message.id, str) else message.id[0]


def _keys_of(catalogue: Catalog) -> set[str]:
    return {_key_of(message) for message in catalogue if message.id}


def _same_braces(source: str | tuple[str, ...], forms: list[str]) -> bool:
    """A translation fills the same placeholders as its source: none lost, none invented.

    A plural form may leave ``{count}`` out (« une ligne »), as English "one row" may.
    """
    if isinstance(source, str):
        return set(BRACE_PLACEHOLDER.findall(forms[0])) == set(BRACE_PLACEHOLDER.findall(source))
    wanted = set().union(*(BRACE_PLACEHOLDER.findall(text) for text in source))
    return all(wanted - {"count"} <= set(BRACE_PLACEHOLDER.findall(form)) <= wanted | {"count"}
               for form in forms)


def _mo_current(mo: Path, catalogue: Catalog) -> bool:
    buffer = io.BytesIO()
    write_mo(buffer, catalogue)
    return mo.exists() and mo.read_bytes() == buffer.getvalue()


def core_status(check: bool) -> int:
    """Update (or, with ``check``, only verify) the core's gettext catalogues."""
    template = core_template()
    if not check:
        CORE_I18N_DIR.mkdir(parents=True, exist_ok=True)
        with (CORE_I18N_DIR / "messages.pot").open("wb") as file:
            write_po(file, template, width=100, no_location=True, omit_header=True,
                     sort_output=True)
    status = 0
    for language in CORE_LANGUAGES:
        if not check:
            update_core(language, template)
        problems = core_problems(language, template)
        print(f"core {language}: {len(problems)} problem(s)")
        for problem in problems:
            print(f"   {problem}")
        status = 1 if problems else status
    return status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report untranslated strings; exit 1 if there are any")
    args = parser.parse_args(argv)
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    sources = sorted(UI_DIR.rglob("*.py"))
    status = 0
    for language in LANGUAGES:
        if not args.check:
            update(language, sources)
            release(language)
        missing = untranslated(language)
        print(f"{language}: {len(missing)} untranslated string(s)")
        for source in missing:
            print(f"   {source!r}")
        stale = absent(language, sources) if args.check else []
        if stale:
            print(f"{language}: {len(stale)} string(s) of the code not in the catalogue "
                  "(run this script without --check, then translate them)")
            for key in stale:
                print(f"   {key!r}")
        outdated = args.check and not built_from_catalogue(language)
        if outdated:
            print(f"{language}: the .qm is not built from the current .ts "
                  "(run this script without --check)")
        status = 1 if missing or stale or outdated else status
    status = core_status(args.check) or status
    return status if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
