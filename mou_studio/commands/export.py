"""export: write an agreement as a signature-ready .docx or a PDF."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from mou_studio.commands.context import CliContext
from mou_studio.core.demo import load_sample
from mou_studio.core.errors import MouStudioError
from mou_studio.core.export import (
    DocumentMetadata,
    ExportFormat,
    ExportOptions,
    Layout,
    export_agreement,
)
from mou_studio.core.messages import msg
from mou_studio.core.model import Agreement

_SLUG = re.compile(r"[^\w-]+")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = subparsers.add_parser(
        "export", help="write an agreement as .docx or PDF in the house style",
        description="Write an agreement as a signature-ready .docx (or a PDF through "
                    "LibreOffice): house style, real footnotes, page numbers, signature "
                    "table, no leftover metadata.")
    cmd.add_argument("id", type=int, nargs="?", help="agreement id (see `list`)")
    cmd.add_argument("--file", type=Path, metavar="AGREEMENT.json",
                     help="export an agreement data file (as in templates/samples/) "
                          "instead of a stored agreement")
    cmd.add_argument("--version", type=int, help="a stored version instead of the draft")
    cmd.add_argument("--format", choices=[f.value for f in ExportFormat], default="docx")
    cmd.add_argument("--lang", help="languages, comma-separated, e.g. fr,en (default: all)")
    cmd.add_argument("--layout", choices=[x.value for x in Layout], default="sequential",
                     help="several languages: side by side, one after another, or one "
                          "file each (default: sequential)")
    cmd.add_argument("--alternat", action="store_true",
                     help="one original per party, naming that party first")
    cmd.add_argument("--draft", action="store_true", help="stamp PROJET / DRAFT")
    cmd.add_argument("--out", type=Path, help="output file (default: from the title)")
    cmd.add_argument("--template", type=Path, help="another house-style .docx")
    for name in ("title", "subject", "author", "company", "keywords"):
        cmd.add_argument(f"--{name}", default="",
                         help=f"document property '{name}' (default: left empty)")
    cmd.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    agreement = _agreement(args, ctx)
    options = ExportOptions(
        format=ExportFormat(args.format),
        languages=tuple(x.strip() for x in (args.lang or "").split(",") if x.strip()),
        layout=Layout(args.layout),
        alternat=args.alternat,
        draft=args.draft,
        metadata=DocumentMetadata(title=args.title, subject=args.subject,
                                  author=args.author, company=args.company,
                                  keywords=args.keywords),
        template=args.template,
    )
    out = args.out or default_output(agreement, args.id or 0, options.format)
    for path in export_agreement(agreement, out, options):
        ctx.print(str(path))
    return 0


def _agreement(args: argparse.Namespace, ctx: CliContext) -> Agreement:
    if (args.id is None) == (args.file is None):
        raise MouStudioError(msg("give either an agreement ID or --file AGREEMENT.json"))
    if args.file is not None:
        return load_sample(args.file)
    if args.version is None:
        return ctx.agreements.get(args.id)
    return ctx.agreements.get_version(args.id, args.version)


def default_output(agreement: Agreement, agreement_id: int, fmt: ExportFormat) -> Path:
    """A file name in the current folder made from the agreement's title."""
    title = agreement.title.get(agreement.language, "")
    slug = _SLUG.sub("-", title.lower()).strip("-")[:60] or f"agreement-{agreement_id}"
    return Path.cwd() / f"{slug}.{fmt.value}"
