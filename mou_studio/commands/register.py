"""register list/show/partners/due/import/export/attach: the agreements register."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from pathlib import Path

from mou_studio.commands.context import CliContext
from mou_studio.core.errors import InvalidRegisterData, RegisterImportFailed
from mou_studio.core.messages import msg
from mou_studio.core.model import AgreementKind
from mou_studio.core.register.attachments import SignedCopies
from mou_studio.core.register.csv_export import entries_to_csv, export_csv
from mou_studio.core.register.csv_import import import_csv
from mou_studio.core.register.dates import parse_day
from mou_studio.core.register.model import (
    LANGUAGES,
    Partner,
    PartnerKind,
    RegisterEntry,
    Status,
)
from mou_studio.core.register.query import (
    DEFAULT_DUE_WINDOW_DAYS,
    RegisterFilter,
    due_items,
)
from mou_studio.core.register.records import (
    AGREEMENT_KIND,
    PARTNER_KIND,
    STATUS,
    optional_day,
    parse_choice,
    parse_notice_days,
    unique_uid,
)
from mou_studio.core.register.store import RegisterStore
from mou_studio.core.register.views import due_dict, entry_dict, partner_dict


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("register", help="the agreements register (partners, MoUs)")
    commands = parser.add_subparsers(dest="register_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="list agreements, filtered")
    _add_filters(listing)
    output = listing.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON")
    output.add_argument("--csv", action="store_true", help="print CSV (same columns as export)")
    listing.set_defaults(handler=run_list)

    export = commands.add_parser("export", help="write agreements to a UTF-8 CSV file")
    export.add_argument("csv_file", type=Path, metavar="CSV")
    _add_filters(export)
    export.set_defaults(handler=run_export)

    importing = commands.add_parser("import", help="add or update agreements from a CSV file")
    importing.add_argument("csv_file", type=Path, metavar="CSV")
    importing.add_argument("--skip-invalid", action="store_true",
                           help="import the valid rows and report the others")
    importing.set_defaults(handler=run_import)

    partners = commands.add_parser("partners", help="list the partners")
    partners.add_argument("--json", action="store_true")
    _add_lang(partners)
    partners.set_defaults(handler=run_partners)

    show = commands.add_parser("show", help="one agreement of the register in full")
    show.add_argument("id", type=int, help="register id (see `register list`)")
    show.add_argument("--json", action="store_true")
    _add_lang(show)
    show.set_defaults(handler=run_show)

    due = commands.add_parser("due", help="reviews, notice deadlines and expiries coming up")
    due.add_argument("--days", type=int, default=DEFAULT_DUE_WINDOW_DAYS, metavar="DAYS")
    due.add_argument("--today", type=_date_arg, help=argparse.SUPPRESS)
    due.add_argument("--json", action="store_true")
    _add_lang(due)
    due.set_defaults(handler=run_due)

    add = commands.add_parser("add", help="record a new agreement with a partner")
    add.add_argument("--partner", required=True, help="partner key (see `register partners`)")
    add.add_argument("--title", required=True)
    add.add_argument("--subject", default="")
    add.add_argument("--status", default=Status.DRAFTING.value)
    add.add_argument("--kind", default=AgreementKind.MOU.value,
                     help=", ".join(k.value for k in AgreementKind))
    add.add_argument("--text-lang", default="fr", choices=LANGUAGES,
                     help="language of --title and --subject (default: fr)")
    add.set_defaults(handler=run_add)

    add_partner = commands.add_parser("add-partner", help="add or update a partner")
    add_partner.add_argument("key", help="short identifier, e.g. 'oecd'")
    add_partner.add_argument("--name", default="")
    add_partner.add_argument("--acronym", default="")
    add_partner.add_argument("--kind", default=PartnerKind.INTERNATIONAL_ORGANISATION.value,
                             help=", ".join(k.value for k in PartnerKind))
    add_partner.add_argument("--text-lang", default="fr", choices=LANGUAGES,
                             help="language of --name and --acronym (default: fr)")
    add_partner.set_defaults(handler=run_add_partner)

    link = commands.add_parser("link", help="link an entry to a drafted agreement")
    link.add_argument("id", type=int, help="register id")
    link.add_argument("agreement_id", type=int, help="agreement id (see `list`)")
    link.add_argument("--version", type=int, help="the version that was signed")
    link.set_defaults(handler=run_link)

    update = commands.add_parser("set", help="change an entry's status, dates or notes")
    update.add_argument("id", type=int, help="register id (see `register list`)")
    update.add_argument("--status", help=", ".join(s.value for s in Status))
    for name in ("effective-on", "expires-on", "review-on"):
        update.add_argument(f"--{name}", metavar="DATE",
                            help="YYYY-MM-DD, or an empty string to clear it")
    update.add_argument("--notice-days", metavar="DAYS", help="notice period in days")
    update.add_argument("--notes")
    update.set_defaults(handler=run_set)

    attach = commands.add_parser("attach", help="keep a signed copy (PDF/.docx) of an entry")
    attach.add_argument("id", type=int)
    attach.add_argument("file", type=Path)
    attach.set_defaults(handler=run_attach)

    save_copy = commands.add_parser("save-copy", help="write a kept signed copy to a file")
    save_copy.add_argument("copy_id", type=int, metavar="COPY_ID",
                           help="signed copy id (see `register show`)")
    save_copy.add_argument("file", type=Path)
    save_copy.set_defaults(handler=run_save_copy)


def _add_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", dest="data_lang", choices=LANGUAGES,
                        help="language of names and dates (default: the --ui-lang given "
                        "before the command, else en)")


def _data_lang(args: argparse.Namespace) -> str:
    """The language of names and dates: the register's --lang, else the interface's."""
    chosen: str | None = args.data_lang
    return chosen or getattr(args, "ui_lang", None) or "en"


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--status", action="append", metavar="STATUS",
                        help="only this status (repeat for several): "
                        + ", ".join(s.value for s in Status))
    parser.add_argument("--partner", help="partner key, or part of its name or acronym")
    parser.add_argument("--signed-before", type=_date_arg, metavar="DATE",
                        help="concluded before DATE (YYYY-MM-DD)")
    parser.add_argument("--signed-after", type=_date_arg, metavar="DATE",
                        help="concluded after DATE (YYYY-MM-DD)")
    parser.add_argument("--due-within", type=int, metavar="DAYS",
                        help="with a review, notice deadline or expiry in the next DAYS")
    parser.add_argument("--text", help="part of the title, subject, notes or partner name")
    parser.add_argument("--today", type=_date_arg, help=argparse.SUPPRESS)
    _add_lang(parser)


def _date_arg(text: str) -> dt.date:
    try:
        return parse_day(text)
    except InvalidRegisterData as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _selected(args: argparse.Namespace, store: RegisterStore
              ) -> tuple[list[RegisterEntry], dict[str, Partner]]:
    statuses = None
    if args.status:
        statuses = frozenset(parse_choice(Status, s, STATUS) for s in args.status)
    if args.due_within is not None and args.due_within < 0:
        raise InvalidRegisterData(msg("--due-within needs a number of days, 0 or more"))
    criteria = RegisterFilter(
        statuses=statuses, partner=args.partner, signed_before=args.signed_before,
        signed_after=args.signed_after, due_within_days=args.due_within, text=args.text,
    )
    partners = {p.key: p for p in store.partners()}
    chosen = criteria.apply(store.entries(), partners, args.today or dt.date.today())
    return chosen, partners


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    entries, partners = _selected(args, RegisterStore(ctx.db))
    lang = _data_lang(args)
    if args.json:
        ctx.print_json([entry_dict(e, partners.get(e.partner_key), lang)
                        for e in entries])
    elif args.csv:
        ctx.out.write(entries_to_csv(entries, partners))
    else:
        for e in entries:
            view = entry_dict(e, partners.get(e.partner_key), lang)
            ctx.print(f"{e.id:>4}  {e.status.value:<12} {view['signed_on'] or '':<10}  "
                      f"{_clip(view['partner_label'], 12):<12}  {view['title']}")
    return 0


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    entries, partners = _selected(args, RegisterStore(ctx.db))
    count = export_csv(args.csv_file, entries, partners)
    ctx.print(f"exported {count} agreement(s) to {args.csv_file}")
    return 0


def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        report = import_csv(RegisterStore(ctx.db), args.csv_file, args.skip_invalid)
    except RegisterImportFailed as exc:
        for problem in exc.problems:
            print(f"{args.csv_file}: {ctx.text(problem)}", file=sys.stderr)
        raise
    for problem in report.problems:
        print(f"{args.csv_file}: skipped {ctx.text(problem)}", file=sys.stderr)
    ctx.print(f"imported {report.created} new and {report.updated} updated agreement(s)"
              + (f", new partners: {', '.join(report.partners_added)}"
                 if report.partners_added else "")
              + (f"; {len(report.problems)} invalid row(s) skipped" if report.problems else ""))
    return 0


def run_partners(args: argparse.Namespace, ctx: CliContext) -> int:
    store = RegisterStore(ctx.db)
    partners = store.partners()
    lang = _data_lang(args)
    if args.json:
        ctx.print_json([partner_dict(p, lang) for p in partners])
        return 0
    counts: dict[str, int] = {}
    for entry in store.entries():
        counts[entry.partner_key] = counts.get(entry.partner_key, 0) + 1
    for p in partners:
        ctx.print(f"{p.key:<30} {p.kind.value:<27} {counts.get(p.key, 0):>2}  "
                  f"{p.label(lang)}")
    return 0


def run_show(args: argparse.Namespace, ctx: CliContext) -> int:
    store = RegisterStore(ctx.db)
    entry = store.entry(args.id)
    partner = store.partner(entry.partner_key)
    lang = _data_lang(args)
    view = entry_dict(entry, partner, lang)
    view["attachments"] = [
        {"id": a.id, "filename": a.filename, "size": a.size, "sha256": a.sha256}
        for a in SignedCopies(ctx.db).list(args.id)
    ]
    if args.json:
        ctx.print_json(view)
        return 0
    _print_entry(ctx, view, partner.name.get(lang) or partner.label(lang))
    return 0


def _print_entry(ctx: CliContext, view: dict[str, object], partner_name: str) -> None:
    ctx.print(f"{view['title']}")
    ctx.print(f"  partner:   {partner_name} ({view['partner']})")
    ctx.print(f"  status:    {view['status']}")
    display = view["display"]
    assert isinstance(display, dict)
    ctx.print(f"  concluded: {display['signed_on'] or '(unknown)'}")
    signatures = view["signatures"]
    assert isinstance(signatures, list)
    for sig in signatures:
        ctx.print(f"    signed by {sig['party']}: {sig['display_date'] or '(date unknown)'}"
                  + (f", {sig['place']}" if sig["place"] else ""))
    for label, key in (("review", "review_on"), ("expires", "expires_on")):
        if display[key]:
            ctx.print(f"  {label + ':':<10} {display[key]}")
    if view["agreement_uid"]:
        ctx.print(f"  text:      agreement {view['agreement_uid']}, signed version "
                  f"{view['signed_version'] or '(not set)'}")
    attachments = view["attachments"]
    assert isinstance(attachments, list)
    for att in attachments:
        ctx.print(f"  signed copy #{att['id']}: {att['filename']} ({att['size']} bytes, "
                  f"sha256 {att['sha256'][:16]}…)")
    if view["subject"]:
        ctx.print(f"  subject:   {view['subject']}")
    if view["notes"]:
        ctx.print(f"  notes:     {view['notes']}")


def run_due(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.days < 0:
        raise InvalidRegisterData(msg("--days needs a number of days, 0 or more"))
    items = due_items(RegisterStore(ctx.db).entries(), args.today or dt.date.today(),
                      args.days)
    lang = _data_lang(args)
    if args.json:
        ctx.print_json([due_dict(item, lang) for item in items])
        return 0
    for item in items:
        view = due_dict(item, lang)
        ctx.print(f"{view['date']}  {view['display_date']:<18} {view['kind']:<7} "
                  f"{item.entry.id:>4}  {view['title']}")
    if not items:
        ctx.print(f"nothing due in the next {args.days} days")
    return 0


def run_add(args: argparse.Namespace, ctx: CliContext) -> int:
    store = RegisterStore(ctx.db)
    store.partner(args.partner)  # a clear error if the partner is unknown
    uid = unique_uid(f"{args.partner}-{dt.date.today().year}", store.uids())
    entry_id = store.save_entry(RegisterEntry(
        uid=uid, partner_key=args.partner, title={args.text_lang: args.title},
        subject={args.text_lang: args.subject} if args.subject else {},
        kind=parse_choice(AgreementKind, args.kind, AGREEMENT_KIND),
        status=parse_choice(Status, args.status, STATUS),
    ))
    ctx.print(f"added entry {entry_id} ({uid})")
    return 0


def run_add_partner(args: argparse.Namespace, ctx: CliContext) -> int:
    partner = Partner(
        key=args.key, kind=parse_choice(PartnerKind, args.kind, PARTNER_KIND),
        name={args.text_lang: args.name} if args.name else {},
        acronym={args.text_lang: args.acronym} if args.acronym else {},
    )
    RegisterStore(ctx.db).save_partner(partner)
    ctx.print(f"saved partner {args.key}")
    return 0


def run_link(args: argparse.Namespace, ctx: CliContext) -> int:
    RegisterStore(ctx.db).link_agreement(args.id, args.agreement_id, args.version)
    ctx.print(f"entry {args.id} now records agreement {args.agreement_id}"
              + (f", signed version {args.version}" if args.version else ""))
    return 0


def run_set(args: argparse.Namespace, ctx: CliContext) -> int:
    store = RegisterStore(ctx.db)
    entry = store.entry(args.id)
    changes: dict[str, object] = {}
    if args.status is not None:
        changes["status"] = parse_choice(Status, args.status, STATUS)
    for field in ("effective_on", "expires_on", "review_on"):
        value = getattr(args, field)
        if value is not None:
            changes[field] = optional_day(value)
    if args.notice_days is not None:
        changes["notice_days"] = parse_notice_days(args.notice_days)
    if args.notes is not None:
        changes["notes"] = args.notes
    if not changes:
        raise InvalidRegisterData(msg("nothing to change: give --status, a date, "
                                      "--notice-days or --notes"))
    store.save_entry(dataclasses.replace(entry, **changes))  # type: ignore[arg-type]
    ctx.print(f"updated entry {args.id}: {', '.join(sorted(changes))}")
    return 0


def run_attach(args: argparse.Namespace, ctx: CliContext) -> int:
    attachment = SignedCopies(ctx.db).attach(args.id, args.file)
    ctx.print(f"attached {attachment.filename} to entry {args.id} "
              f"(sha256 {attachment.sha256})")
    return 0


def run_save_copy(args: argparse.Namespace, ctx: CliContext) -> int:
    SignedCopies(ctx.db).save_to(args.copy_id, args.file)
    ctx.print(f"wrote signed copy {args.copy_id} to {args.file} (SHA-256 checked)")
    return 0
