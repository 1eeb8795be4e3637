"""import: a .txt or .docx file → stored agreements (or a preview with --dry-run)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mou_studio.commands.context import CliContext
from mou_studio.core.importing import (
    ImportReport,
    ImportResult,
    Instrument,
    import_file,
    store_agreements,
)
from mou_studio.core.importing.view import import_view
from mou_studio.core.model import LANGUAGES, Agreement


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``import`` subcommand."""
    cmd = subparsers.add_parser(
        "import", help="import agreements from a .txt or .docx file",
        description="Read FILE, detect its structure and store the agreement(s) it holds.")
    cmd.add_argument("file", type=Path, metavar="FILE")
    cmd.add_argument("--lang", default="auto", choices=["auto", *LANGUAGES],
                     help="language of the text (default: detect)")
    cmd.add_argument("--json", action="store_true", help="print the imported tree as JSON")
    cmd.add_argument("--dry-run", action="store_true", help="parse and print, store nothing")
    cmd.add_argument("--list", action="store_true",
                     help="list the acts the file holds (kind, title, articles, lines)")
    cmd.add_argument("--pick", type=int, metavar="N", help="import only act N of --list")
    cmd.add_argument("--revisions", choices=["accept", "reject"],
                     help="what to do with a .docx's tracked changes and comments")
    cmd.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    """Import FILE: list its acts, preview them, or store its agreements."""
    result = import_file(args.file, lang=args.lang, revisions=args.revisions)
    if args.list:
        _print_list(result, args.json, ctx)
        return 0
    chosen = result.choose(args.pick, args.file.name)
    agreements = [i.agreement for i in chosen if i.agreement is not None]
    # One act picked: its own report; otherwise the whole file's.
    report = chosen[0].report if args.pick is not None else result.report
    ids = [] if args.dry_run else store_agreements(ctx.agreements, agreements)
    if args.json:
        views = [_json(a, report, ids, n, ctx) for n, a in enumerate(agreements)]
        ctx.print_json(views[0] if len(views) == 1 else views)
    else:
        _print_summary(report, agreements, ids, ctx)
    return 0


def _json(agreement: Agreement, report: ImportReport, ids: list[int], n: int,
          ctx: CliContext) -> dict[str, Any]:
    view = import_view(agreement, report, ctx.text)
    view["id"] = ids[n] if ids else None
    return view


def _print_list(result: ImportResult, as_json: bool, ctx: CliContext) -> None:
    if as_json:
        ctx.print_json([{"n": n, **i.summary()} for n, i in enumerate(result.instruments, 1)])
        return
    for n, instrument in enumerate(result.instruments, 1):
        ctx.print(_list_line(n, instrument))


def _list_line(n: int, instrument: Instrument) -> str:
    units = f"{instrument.article_count:>3} art."
    if instrument.kind == "exchange_of_letters":
        units = f"{instrument.summary()['letter_count']:>3} let."
    title = instrument.title if len(instrument.title) <= 90 else instrument.title[:89] + "…"
    lines = f"lines {instrument.first_line}–{instrument.last_line}"
    return f"{n:>3}  {instrument.kind:<20} {units}  {lines:<17} {title}"


def _print_summary(report: ImportReport, chosen: list[Agreement], ids: list[int],
                   ctx: CliContext) -> None:
    for n, agreement in enumerate(chosen):
        title = agreement.title.get(agreement.language, "(untitled)")
        prefix = f"stored as {ids[n]}:" if ids else "would store:"
        ctx.print(f"{prefix} {title} ({len(agreement.articles())} articles, "
                  f"{len(agreement.signatures)} signature blocks)")
    for warning in report.warnings:
        ctx.print(f"warning: {ctx.text(warning)}")
    for dropped in report.dropped:
        ctx.print(f"dropped line {dropped.line} ({ctx.text(dropped.reason)}): {dropped.text}")
    for reference in report.unresolved_references:
        ctx.print(f"unresolved reference: {ctx.text(reference)}")
