"""library search/show/history/add/edit/approve/withdraw/export/import/outdated/insert/link."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mou_studio.commands.context import CliContext
from mou_studio.core.errors import LibraryError, MouStudioError
from mou_studio.core.library.codec import clause_to_data, read_clause_file
from mou_studio.core.library.linking import describe_link, describe_miss, link_stored
from mou_studio.core.library.model import TOPICS, Clause, ClauseStatus, TextOrigin, topic_name
from mou_studio.core.library.packs import export_pack, import_pack
from mou_studio.core.library.search import SearchFilters, marked_text, search
from mou_studio.core.library.store import LibraryStore
from mou_studio.core.library.usage import clause_article, insert_clause, outdated_uses
from mou_studio.core.library.worddiff import diff_as_text
from mou_studio.core.messages import msg, msgn
from mou_studio.core.model import LANGUAGES

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


def register(subparsers: Subparsers) -> None:
    library = subparsers.add_parser("library", help="the clause library")
    commands = library.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    _register_reading(commands)
    _register_writing(commands)
    _register_usage(commands)


def _register_reading(commands: Subparsers) -> None:
    find = commands.add_parser("search", help="search clauses (accents ignored, prefixes)")
    find.add_argument("query", help="words to find, e.g. \"echange d'informations\"")
    find.add_argument("--lang", choices=LANGUAGES, help="only texts in this language")
    find.add_argument("--topic", help="only this topic (see `library topics`)")
    find.add_argument("--register", choices=["binding", "non_binding"])
    find.add_argument("--tag", help="only clauses with this tag")
    find.add_argument("--status", choices=[s.value for s in ClauseStatus],
                      help="only this status (default: all but withdrawn)")
    find.add_argument("--limit", type=int, default=20)
    find.add_argument("--json", action="store_true")
    find.set_defaults(handler=run_search)

    show = commands.add_parser("show", help="print a clause with its variants")
    show.add_argument("id")
    show.add_argument("--version", type=int, help="an older version")
    show.add_argument("--lang", choices=LANGUAGES, help="only this language")
    show.add_argument("--json", action="store_true", help="the editable JSON form")
    show.set_defaults(handler=run_show)

    history = commands.add_parser("history", help="list a clause's versions")
    history.add_argument("id")
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=run_history)

    topics = commands.add_parser("topics", help="list the topics")
    topics.set_defaults(handler=run_topics)


def _register_writing(commands: Subparsers) -> None:
    add = commands.add_parser("add", help="add a clause from a .json or .toml file")
    add.add_argument("file", type=Path)
    add.set_defaults(handler=run_add)

    edit = commands.add_parser("edit", help="store a new version of a clause from a file")
    edit.add_argument("id")
    edit.add_argument("file", type=Path, help="e.g. the output of `library show ID --json`")
    edit.set_defaults(handler=run_edit)

    for action, status in (("approve", ClauseStatus.APPROVED),
                           ("withdraw", ClauseStatus.WITHDRAWN)):
        cmd = commands.add_parser(action, help=f"{action} a clause (a new version)")
        cmd.add_argument("id")
        cmd.set_defaults(handler=run_set_status, status=status)

    export = commands.add_parser("export", help="write the library (or some clauses) to a pack")
    export.add_argument("path", type=Path)
    export.add_argument("--id", action="append", dest="ids", help="only this clause (repeat)")
    export.add_argument("--topic", help="only the clauses of this topic")
    export.set_defaults(handler=run_export)

    load = commands.add_parser("import", help="import a clause pack")
    load.add_argument("path", type=Path)
    load.add_argument("--dry-run", action="store_true", help="report, change nothing")
    load.add_argument("--json", action="store_true")
    load.set_defaults(handler=run_import)


def _register_usage(commands: Subparsers) -> None:
    outdated = commands.add_parser(
        "outdated", help="agreements using a clause that has a newer approved version")
    outdated.add_argument("--json", action="store_true")
    outdated.set_defaults(handler=run_outdated)

    insert = commands.add_parser("insert", help="append a clause to an agreement as an article")
    insert.add_argument("id")
    insert.add_argument("agreement", type=int, help="agreement id (see `list`)")
    insert.add_argument("--variant", type=int, default=1, help="1 = preferred (default)")
    insert.add_argument("--after", help="uid of the article to insert after (default: end)")
    insert.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a placeholder value, e.g. notice_period='3 months'")
    insert.set_defaults(handler=run_insert)

    link = commands.add_parser(
        "link", help="link an agreement's articles to the library clauses they reproduce")
    link.add_argument("agreement", type=int, help="agreement id (see `list`)")
    link.add_argument("--dry-run", action="store_true",
                      help="print what would be linked, change nothing")
    link.add_argument("--json", action="store_true")
    link.set_defaults(handler=run_link)


def run_search(args: argparse.Namespace, ctx: CliContext) -> int:
    filters = SearchFilters(args.lang, args.topic, args.register, args.tag, args.status)
    hits = search(ctx.db, args.query, filters, limit=max(1, args.limit))
    if args.json:
        ctx.print_json([{**asdict(h), "title": marked_text(h.title, "", ""),
                         "highlighted_title": marked_text(h.title, "[", "]"),
                         "snippet": marked_text(h.snippet, "[", "]")} for h in hits])
        return 0
    if not hits:
        ctx.print("no clause found")
    for hit in hits:
        ctx.print(f"{hit.clause_id}  v{hit.version}  {hit.lang}  {hit.status}  "
                  f"{marked_text(hit.title)}")
        if hit.snippet:
            ctx.print(f"    {marked_text(hit.snippet)}")
    return 0


def run_show(args: argparse.Namespace, ctx: CliContext) -> int:
    clause = LibraryStore(ctx.db).get(args.id, args.version)
    if args.json:
        ctx.print_json(clause_json(clause))
        return 0
    ctx.print(f"{clause.id}  version {clause.version}  {clause.status}  ({clause.created_at})")
    ctx.print(f"topic: {topic_name(clause.topic, 'en')}   register: {clause.register}   "
              f"tags: {', '.join(clause.tags)}")
    ctx.print(f"source: {clause.source}")
    for lang in [args.lang] if args.lang else clause.languages:
        ctx.print()
        ctx.print(f"== {lang}: {clause.title_in(lang)}  [{origin_label(clause, lang)}]")
        for number, variant in enumerate(clause.variants, 1):
            note = variant.note.get(lang) or variant.note.get("en", "")
            ctx.print(f"-- {number}. {variant.level.value.replace('_', ' ')}"
                      + (f" — {note}" if note else ""))
            ctx.print(variant.text.get(lang, "(no text in this language)"))
    return 0


def clause_json(clause: Clause) -> dict[str, Any]:
    """The editable JSON form of a clause, with its version and date."""
    return {**clause_to_data(clause), "version": clause.version,
            "created_at": clause.created_at}


def origin_label(clause: Clause, lang: str) -> str:
    """How a language version is labelled: source text, official or team translation."""
    return {TextOrigin.SOURCE: "source text", TextOrigin.OFFICIAL: "official text",
            TextOrigin.TEAM: "team translation, not official"}[clause.origin(lang)]


def run_history(args: argparse.Namespace, ctx: CliContext) -> int:
    versions = LibraryStore(ctx.db).history(args.id)
    if args.json:
        ctx.print_json([asdict(v) for v in versions])
        return 0
    for v in versions:
        ctx.print(f"{v.version:>4}  {v.created_at}  {v.status:<9} {v.content_hash[:12]}  "
                  f"{v.title}")
    return 0


def run_topics(args: argparse.Namespace, ctx: CliContext) -> int:
    for topic in TOPICS:
        ctx.print(f"{topic.key:<30} {topic.name['en']}")
    return 0


def run_add(args: argparse.Namespace, ctx: CliContext) -> int:
    clause, _ = read_clause_file(args.file)
    stored = LibraryStore(ctx.db).add(clause)
    ctx.print(f"added clause {stored.id} (version 1, {stored.status})")
    return 0


def run_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    clause, expected = read_clause_file(args.file)
    if clause.id != args.id:
        raise LibraryError(msg("{file} holds clause {found}, not {wanted}",
                               file=args.file.name, found=clause.id, wanted=args.id))
    library = LibraryStore(ctx.db)
    before = library.get(args.id).version
    stored = library.edit(clause, expected)
    if stored.version == before:
        ctx.print(f"clause {stored.id} unchanged (still version {before})")
    else:
        ctx.print(f"clause {stored.id} is now at version {stored.version} ({stored.status}); "
                  f"version {before} is kept")
    return 0


def run_set_status(args: argparse.Namespace, ctx: CliContext) -> int:
    stored = LibraryStore(ctx.db).set_status(args.id, args.status)
    ctx.print(f"clause {stored.id} is {stored.status} (version {stored.version})")
    return 0


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    library = LibraryStore(ctx.db)
    ids: list[str] | None = args.ids
    if args.topic:
        topic_ids = [cid for cid in library.ids() if library.get(cid).topic == args.topic]
        ids = (ids or []) + topic_ids
        if not ids:
            raise MouStudioError(msg("no clause has the topic “{topic}”", topic=args.topic))
    for clause_id in ids or []:
        library.get(clause_id)  # a missing id is an error, not an empty pack
    count = export_pack(library, args.path, ids)
    ctx.print(f"wrote {count} clause(s) to {args.path}")
    return 0


def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    report = import_pack(LibraryStore(ctx.db), args.path, dry_run=args.dry_run)
    if args.json:
        ctx.print_json({**asdict(report), "dry_run": args.dry_run})
        return 0
    ctx.print(("would import: " if args.dry_run else "imported: ") + ctx.text(report.summary()))
    for label, ids in (("new", report.new), ("updated", report.updated),
                       ("conflict", report.conflicts)):
        for clause_id in ids:
            ctx.print(f"  {label:<9} {clause_id}")
    return 0


def run_outdated(args: argparse.Namespace, ctx: CliContext) -> int:
    uses = outdated_uses(ctx.agreements, LibraryStore(ctx.db))
    if args.json:
        ctx.print_json([{**asdict(u), "diff": [list(part) for part in u.diff]} for u in uses])
        return 0
    if not uses:
        ctx.print("no agreement uses an outdated library clause")
    for use in uses:
        changed = ", ".join(use.changed_languages) or "no wording change"
        ctx.print(f"agreement {use.agreement_id} «{use.agreement_title}», {use.node_label}: "
                  f"clause {use.clause_id} version {use.used_version} -> "
                  f"{use.latest_version} (changed: {changed}; diff in {use.lang})")
        ctx.print(f"    {diff_as_text(use.diff)}")
    return 0


def run_insert(args: argparse.Namespace, ctx: CliContext) -> int:
    values = dict(_parse_assignment(item) for item in args.set)
    agreement = ctx.agreements.get(args.agreement)
    clause = LibraryStore(ctx.db).get(args.id)
    article = clause_article(clause, agreement, args.variant - 1, values)
    insert_clause(agreement, article, args.after)
    ctx.agreements.save(args.agreement, agreement)
    ctx.print(f"inserted clause {clause.id} v{clause.version} into agreement "
              f"{args.agreement} as article {article.uid}")
    return 0


def run_link(args: argparse.Namespace, ctx: CliContext) -> int:
    report = link_stored(ctx.agreements, LibraryStore(ctx.db), args.agreement, args.dry_run)
    if args.json:
        ctx.print_json({"dry_run": args.dry_run,
                        "links": [asdict(link) for link in report.links],
                        "near_misses": [asdict(miss) for miss in report.near_misses],
                        "already_linked": list(report.already_linked)})
        return 0
    count = len(report.links)
    if args.dry_run:
        ctx.print(ctx.text(msgn("{count} node would be linked", "{count} nodes would be linked",
                                count, count=count)))
    else:
        ctx.print(ctx.text(msgn("{count} node linked", "{count} nodes linked", count,
                                count=count)))
    for link in report.links:
        ctx.print(f"  {ctx.text(describe_link(link))}")
    if report.already_linked:
        already = len(report.already_linked)
        ctx.print(ctx.text(msgn("{count} node was already linked and is left as it is",
                                "{count} nodes were already linked and are left as they are",
                                already, count=already)))
    if report.near_misses:
        ctx.print(ctx.text(msg("Near misses, left for you to check:")))
    for miss in report.near_misses:
        ctx.print(f"  {ctx.text(describe_miss(miss))}")
    return 0


def _parse_assignment(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise MouStudioError(msg("--set expects NAME=VALUE, got “{text}”", text=text))
    return name.strip(), value.strip()
