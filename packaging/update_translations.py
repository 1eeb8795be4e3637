"""Rebuild the interface translations from the sources: .ts catalogues, then .qm files.

    python packaging/update_translations.py          # update .ts and build .qm
    python packaging/update_translations.py --check  # fail if a string is untranslated

Runs ``pyside6-lupdate`` over every module of ``mou_studio/ui`` into
``resources/i18n/mou_studio_{en,fr,ru}.ts`` (new strings are added, translations already
made are kept, strings gone from the code are dropped), then ``pyside6-lrelease`` into the
``.qm`` files the application loads. Idempotent: a second run changes nothing. Translate
the new strings with ``pyside6-linguist resources/i18n/mou_studio_fr.ts`` (or by editing
the XML), then run it again.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "mou_studio" / "ui"
I18N_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("en", "fr", "ru")
SOURCE_LANGUAGE = "en"


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
    subprocess.run(
        [tool("pyside6-lupdate"), *map(str, sources), "-ts", str(catalogue(language)),
         "-no-obsolete", "-locations", "none", "-source-language", SOURCE_LANGUAGE,
         "-target-language", language, "-silent"],
        check=True,
    )


def release(language: str) -> None:
    """Compile the .ts of ``language`` into the .qm the application loads."""
    ts = catalogue(language)
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                    str(ts.with_suffix(".qm"))], check=True)


def untranslated(language: str) -> list[str]:
    """The source strings of ``language``'s catalogue that have no finished translation."""
    missing: list[str] = []
    for message in ET.parse(catalogue(language)).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        if language == SOURCE_LANGUAGE and message.get("numerus") != "yes":
            continue  # the source text is its own English; only plurals need forms
        if not _finished(translation):
            missing.append(source)
    return missing


def _finished(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type") in ("unfinished", "vanished"):
        return False
    return bool("".join(translation.itertext()).strip())


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
        status = 1 if missing else status
    return status if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
