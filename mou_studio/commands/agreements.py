"""list, show, versions, check: reading what the database holds."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from mou_studio.commands.context import CliContext
from mou_studio.core.errors import MouStudioError
from mou_studio.core.storage import check_database, problems_found
from mou_studio.core.views import agreement_plain_text, agreement_view, missing_language


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    list_cmd = subparsers.add_parser("list", help="list the stored agreements")
    list_cmd.add_argument("--json", action="store_true", help="print JSON")
    list_cmd.set_defaults(handler=run_list)

    show = subparsers.add_parser("show", help="print one agreement")
    show.add_argument("id", type=int, help="agreement id (see `list`)")
    show.add_argument("--version", type=int, help="a stored version instead of the draft")
    show.add_argument("--lang", help="language version to print (default: primary)")
    show.add_argument("--json", action="store_true", help="print the agreement tree as JSON")
    show.set_defaults(handler=run_show)

    versions = subparsers.add_parser("versions", help="list an agreement's versions")
    versions.add_argument("id", type=int)
    versions.add_argument("--json", action="store_true")
    versions.set_defaults(handler=run_versions)

    save = subparsers.add_parser("save-version", help="freeze the draft as a named version")
    save.add_argument("id", type=int)
    save.add_argument("--name", help="a name for the version, e.g. 'sent to CARICC'")
    save.set_defaults(handler=run_save_version)

    check = subparsers.add_parser("check", help="check the database's integrity and schema")
    check.set_defaults(handler=run_check)


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    summaries = ctx.agreements.summaries()
    if args.json:
        ctx.print_json([asdict(s) for s in summaries])
        return 0
    for s in summaries:
        title = s.title or "(untitled)"
        ctx.print(f"{s.id:>4}  {s.language}  {s.kind:<20} {s.version_count:>3} v.  {title}")
    return 0


def run_show(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.version is None:
        agreement = ctx.agreements.get(args.id)
    else:
        agreement = ctx.agreements.get_version(args.id, args.version)
    lang = args.lang or agreement.language
    if lang not in agreement.languages:
        raise MouStudioError(missing_language(args.id, agreement, lang))
    if args.json:
        view = agreement_view(agreement, lang)
        view["id"] = args.id
        ctx.print_json(view)
    else:
        ctx.out.write(agreement_plain_text(agreement, lang))
    return 0


def run_versions(args: argparse.Namespace, ctx: CliContext) -> int:
    versions = ctx.agreements.versions(args.id)
    if args.json:
        ctx.print_json([asdict(v) for v in versions])
        return 0
    for v in versions:
        ctx.print(f"{v.number:>4}  {v.created_at}  {v.content_hash[:12]}  {v.name or ''}")
    return 0


def run_save_version(args: argparse.Namespace, ctx: CliContext) -> int:
    info = ctx.agreements.save_version(args.id, args.name)
    ctx.print(f"saved version {info.number} of agreement {args.id}")
    return 0


def run_check(args: argparse.Namespace, ctx: CliContext) -> int:
    problems = check_database(ctx.db)
    for problem in problems:
        ctx.print(ctx.text(problem))
    if problems:
        raise MouStudioError(problems_found(ctx.database_path, problems))
    ctx.print(f"{ctx.database_path}: ok")
    return 0
