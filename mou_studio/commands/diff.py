"""diff: compare two versions (files or stored versions), print changes, write redlines."""

from __future__ import annotations

import argparse
from pathlib import Path

from mou_studio.commands.context import CliContext
from mou_studio.core.compare import CompareOptions, compare, redline_changes
from mou_studio.core.compare.blackline import write_blackline
from mou_studio.core.compare.redline import DEFAULT_AUTHOR, write_redline
from mou_studio.core.compare.sources import load_side
from mou_studio.core.compare.summary import summary_text

EXIT_IDENTICAL = 0
EXIT_DIFFERENT = 1


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    diff = subparsers.add_parser(
        "diff",
        help="compare two versions clause by clause",
        description="Compare OLD and NEW (files .docx/.txt/.json, or stored versions "
        "ID@VERSION, or ID for a working copy). Exit status: 0 identical, 1 different, "
        "2 error.",
    )
    diff.add_argument("old", metavar="OLD")
    diff.add_argument("new", metavar="NEW")
    diff.add_argument("--json", action="store_true", help="print the changes as JSON")
    diff.add_argument("--redline", type=Path, metavar="OUT.docx",
                      help="write a Word document with tracked changes")
    diff.add_argument("--blackline", type=Path, metavar="OUT.docx",
                      help="write a colour blackline with a change summary page")
    diff.add_argument("--author", default=DEFAULT_AUTHOR,
                      help=f"author of the tracked changes (default: {DEFAULT_AUTHOR})")
    diff.add_argument("--lang", help="language version to compare (default: OLD's primary)")
    diff.add_argument("--ignore-case", action="store_true")
    diff.add_argument("--ignore-whitespace", action="store_true",
                      help="ignore whitespace and punctuation-only changes")
    diff.add_argument("--ignore-renumbering", action="store_true",
                      help="report renumbered clauses as unchanged")
    diff.add_argument("--revisions", choices=("accept", "reject"),
                      help="what to do with tracked changes already in a .docx")
    diff.set_defaults(handler=run_diff)


def run_diff(args: argparse.Namespace, ctx: CliContext) -> int:
    old = load_side(args.old, lambda: ctx.agreements, args.revisions)
    new = load_side(args.new, lambda: ctx.agreements, args.revisions)
    options = CompareOptions(
        ignore_case=args.ignore_case,
        ignore_whitespace=args.ignore_whitespace,
        ignore_renumbering=args.ignore_renumbering,
    )
    changes = compare(old.agreement, new.agreement, options, args.lang)
    if args.redline or args.blackline:
        printed = redline_changes(changes, old.paragraphs, new.paragraphs)
        if args.redline:
            write_redline(printed, args.redline, author=args.author, text=ctx.text)
        if args.blackline:
            write_blackline(changes, args.blackline, old.name, new.name,
                            text_changes=printed, text=ctx.text)
    if args.json:
        ctx.print_json(changes.to_json(ctx.text))
    else:
        ctx.out.write(summary_text(changes, ctx.text))
    return EXIT_IDENTICAL if changes.identical else EXIT_DIFFERENT
