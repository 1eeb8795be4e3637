"""Register speed on a large synthetic register built from the seed entries.

Prints seconds per operation and the ratio to a raw-sqlite3 / plain-csv baseline measured
in the same run. Run: PYTHONPATH=. python benchmarks/register.py [ENTRIES]
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mou_studio.core.firststart import populate_first_start
from mou_studio.core.paths import project_root
from mou_studio.core.register.csv_export import entries_to_csv
from mou_studio.core.register.csv_import import import_csv_text
from mou_studio.core.register.query import RegisterFilter, due_items
from mou_studio.core.register.snapshot import load_snapshot
from mou_studio.core.register.store import RegisterStore
from mou_studio.core.storage import open_database


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def main(count: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="register-bench-"))
    db = open_database(folder / "bench.db")
    populate_first_start(db, project_root())
    store = RegisterStore(db)
    seed = store.entries()
    today = dt.date(2026, 11, 23)
    many = [
        dataclasses.replace(seed[n % len(seed)], uid=f"bench-{n}", id=None,
                            agreement_uid=None, signed_version=None,
                            review_on=today + dt.timedelta(days=n % 400))
        for n in range(count)
    ]
    rows: list[tuple[str, float, float]] = []

    write_s, _ = timed(lambda: store.save_all([], many))
    raw = sqlite3.connect(folder / "raw.db")
    raw.execute("CREATE TABLE t (uid TEXT, title TEXT, review TEXT)")
    base_write, _ = timed(lambda: (raw.executemany("INSERT INTO t VALUES (?, ?, ?)", [
        (e.uid, str(e.title), str(e.review_on)) for e in many]), raw.commit()))
    rows.append(("write entries (one transaction)", write_s, base_write))

    read_s, entries = timed(store.entries)
    base_read, _ = timed(lambda: db.conn.execute("SELECT * FROM register_entries").fetchall())
    rows.append(("read entries with signatures", read_s, base_read))

    snap_s, snapshot = timed(lambda: load_snapshot(db))
    rows.append(("load GUI snapshot", snap_s, base_read))

    partners = snapshot.partners
    filt_s, chosen = timed(lambda: RegisterFilter(signed_before=dt.date(2005, 1, 1),
                                                  text="protocole").apply(
        entries, partners, today))
    base_filter, _ = timed(lambda: [e for e in entries if "protocole" in str(e.title).lower()])
    rows.append((f"filter ({len(chosen)} kept)", filt_s, base_filter))

    due_s, due = timed(lambda: due_items(entries, today, 90))
    rows.append((f"due in 90 days ({len(due)} items)", due_s, base_filter))

    export_s, text = timed(lambda: entries_to_csv(entries, partners))
    base_export, _ = timed(lambda: _plain_csv(entries))
    rows.append((f"CSV export ({len(text) // 1024} KB)", export_s, base_export))

    import_s, report = timed(lambda: import_csv_text(store, text))
    base_import, _ = timed(lambda: list(csv.DictReader(io.StringIO(text))))
    rows.append((f"CSV import ({report.updated} updated)", import_s, base_import))

    print(f"register benchmark, {count} entries")
    print(f"{'operation':<40} {'seconds':>9} {'baseline':>9} {'ratio':>7}")
    for name, seconds, baseline in rows:
        print(f"{name:<40} {seconds:>9.3f} {baseline:>9.3f} {seconds / baseline:>7.1f}")


def _plain_csv(entries: list[Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    for e in entries:
        writer.writerow([e.uid, e.partner_key, *e.title.values(), str(e.review_on)])
    return out.getvalue()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
