"""backup, backups, restore: rotating copies of the database and getting one back."""

from __future__ import annotations

import argparse

from mou_studio.commands.context import CliContext
from mou_studio.core.storage.backup import (
    DEFAULT_KEEP,
    create_backup,
    find_backup,
    list_backups,
    restore_backup,
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = subparsers.add_parser("backup", help="back up the database now")
    backup.add_argument("--keep", type=int, default=DEFAULT_KEEP,
                        help=f"how many backups to keep (default {DEFAULT_KEEP})")
    backup.set_defaults(handler=run_backup)

    listing = subparsers.add_parser("backups", help="list the backups of the database")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_backups)

    restore = subparsers.add_parser(
        "restore", help="replace the database with a backup (a safety copy is kept)")
    restore.add_argument("backup", help="a backup's file name (see `backups`) or path")
    restore.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    info = create_backup(ctx.database_path, keep=args.keep)
    ctx.print(f"backed up to {info.path} ({info.size} bytes)")
    return 0


def run_backups(args: argparse.Namespace, ctx: CliContext) -> int:
    backups = list_backups(ctx.database_path)
    if args.json:
        ctx.print_json([
            {"name": b.name, "path": str(b.path), "created_at": b.created_at.isoformat(),
             "size": b.size, "tag": b.tag}
            for b in backups
        ])
        return 0
    for b in backups:
        tag = f"  ({b.tag})" if b.tag else ""
        ctx.print(f"{b.created_at:%Y-%m-%d %H:%M:%S}Z  {b.size:>10}  {b.name}{tag}")
    return 0


def run_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    source = find_backup(ctx.database_path, args.backup)
    safety = restore_backup(ctx.database_path, source)
    ctx.print(f"restored {ctx.database_path} from {source}")
    if safety is not None:
        ctx.print(f"the previous database was kept as {safety.path}")
    return 0
