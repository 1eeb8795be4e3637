"""Backup and restore speed against a plain file copy of the same database.

Builds a database of 200 agreements (copies of the demo MoU, each with two versions; its
size is printed), then, in the same run, takes the best of several timings of:

* baseline: ``shutil.copyfile`` of the database file (what a naive backup would do, and
  not safe while the database is being written);
* backup: ``create_backup`` (online backup API, integrity check, fsync, rename, rotation);
* restore: ``restore_backup`` (check, safety copy of the current database, staged copy in
  WAL mode, rename).

Prints each figure and its ratio to the baseline. Run:
``PYTHONPATH=. python benchmarks/backup_bench.py [--agreements 200]``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mou_studio.core.demo import load_sample  # noqa: E402
from mou_studio.core.paths import samples_dir  # noqa: E402
from mou_studio.core.storage import AgreementStore, open_database  # noqa: E402
from mou_studio.core.storage.backup import create_backup, restore_backup  # noqa: E402

RUNS = 5


def build_database(path: Path, count: int) -> None:
    """``count`` copies of the demo agreement, each with two versions."""
    db = open_database(path)
    store = AgreementStore(db)
    sample = load_sample(next(samples_dir().glob("*.json")))
    for index in range(count):
        sample.uid = f"bench-{index}"
        agreement_id = store.create(sample)
        store.save_version(agreement_id, "v1")
        store.save_version(agreement_id, "v2")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()


def best_of(work: Callable[[], object]) -> float:
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return min(timings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agreements", type=int, default=200)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mou-backup-bench-") as folder:
        db_path = Path(folder) / "bench.db"
        build_database(db_path, args.agreements)
        size_mb = db_path.stat().st_size / 1e6
        baseline = best_of(lambda: shutil.copyfile(db_path, Path(folder) / "copy.db"))
        backup = best_of(lambda: create_backup(db_path, keep=RUNS + 1))
        newest = create_backup(db_path, keep=RUNS + 2).path
        restore = best_of(lambda: restore_backup(db_path, newest, keep=RUNS + 3))
    print(f"database: {args.agreements} agreements, {size_mb:.1f} MB; best of {RUNS} runs")
    print(f"baseline file copy: {baseline * 1000:8.1f} ms")
    print(f"create_backup:      {backup * 1000:8.1f} ms  ({backup / baseline:.1f}x the copy)")
    print(f"restore_backup:     {restore * 1000:8.1f} ms  ({restore / baseline:.1f}x the copy)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
