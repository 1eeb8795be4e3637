"""mou-studio-cli: the command-line face of the core, and its composition root."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from mou_studio import __version__
from mou_studio.commands import (
    agreements,
    backups,
    diff,
    drafting,
    export,
    importing,
    library,
    register,
)
from mou_studio.commands.context import CliContext
from mou_studio.core.errors import MouStudioError
from mou_studio.core.messages import Catalogue
from mou_studio.core.paths import DB_ENV_VAR, default_database_path, resources_dir

EXIT_OK = 0
EXIT_USER_ERROR = 2
LANG_ENV_VAR = "MOU_STUDIO_LANG"
MESSAGE_LANGUAGES = ("en", "fr", "ru")

COMMAND_MODULES = (agreements, importing, diff, export, library, register, drafting, backups)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mou-studio-cli",
        description="Draft, compare and export cooperation agreements, offline.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        help=f"database file (default: ${DB_ENV_VAR}, else the user data folder)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    parser.add_argument(
        "--lang",
        # Its own dest: several subcommands have a --lang of their own (the language
        # version to compare, export, show…) whose default would overwrite this one.
        dest="message_lang",
        choices=MESSAGE_LANGUAGES,
        default=os.environ.get(LANG_ENV_VAR) if os.environ.get(LANG_ENV_VAR)
        in MESSAGE_LANGUAGES else "en",
        help=f"language of messages: errors, lint findings, compare notes "
             f"(default: ${LANG_ENV_VAR}, else en)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    ctx = CliContext(database_path=args.db or default_database_path(),
                     messages=Catalogue.load(args.message_lang, resources_dir() / "i18n"))
    try:
        return args.handler(args, ctx)
    except MouStudioError as exc:
        print(f"mou-studio-cli: error: {ctx.text(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("mou-studio-cli: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
