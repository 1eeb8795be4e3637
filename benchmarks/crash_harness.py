"""Kill -9 the core's save path at random moments and prove the database survives.

A child process (forked, so it starts with the core already imported) opens the database
with ``open_database`` and loops over what the app does to it: edits saved with
``AgreementStore.save``, the editor's autosaves, versions frozen with ``save_version``, bulk
creation of agreements with ``create``, seeds read by the real importer and stored, and
rotating backups. After each operation returns it prints an acknowledgement. The parent
kills it with SIGKILL after a random delay, then checks that ``PRAGMA integrity_check``
passes, that the database opens with ``open_database`` and passes ``check_database``, that
every acknowledged edit, autosave, version and creation is there, and that every backup is
intact. It prints the figures.

    python benchmarks/crash_harness.py --kills 200 [--seed 1] [--max-delay 0.5]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mou_studio.core.demo import load_sample  # noqa: E402
from mou_studio.core.model import Agreement  # noqa: E402
from mou_studio.core.paths import samples_dir  # noqa: E402
from mou_studio.core.storage import AgreementStore, check_database, open_database  # noqa: E402
from mou_studio.core.storage.backup import create_backup, list_backups, verify_backup  # noqa: E402

EDITED_ID = 1
EDIT_MARK = "crash-harness edit "
BULK_SIZE = 3
OPERATIONS = (("edit", 5), ("autosave", 3), ("version", 2), ("bulk", 2), ("import", 1),
              ("backup", 1))
AUTOSAVE_MARK = "crash-harness autosave "
SEEDS_DIR = ROOT.parent / "shared" / "seeds"


# -- the child: the save path under test -----------------------------------------------


def child_main(db_path: Path, start_seq: int, seed: int, out: TextIO) -> None:
    """Edit, version, create and back up in a loop, acknowledging each commit on ``out``."""
    rng = random.Random(seed)
    sample = load_sample(next(samples_dir().glob("*.json")))
    db = open_database(db_path)
    store = AgreementStore(db)
    print("ready", file=out, flush=True)
    seq = start_seq
    kinds = [kind for kind, weight in OPERATIONS for _ in range(weight)]
    while True:
        seq += 1
        kind = rng.choice(kinds)
        if kind == "edit":
            agreement = store.get(EDITED_ID)
            agreement.title[agreement.language] = f"{EDIT_MARK}{seq}"
            store.save(EDITED_ID, agreement)
        elif kind == "autosave":
            if not _autosave(db, seq):
                continue
        elif kind == "version":
            store.save_version(EDITED_ID, f"v{seq}")
        elif kind in ("bulk", "import"):
            for index, agreement in enumerate(_agreements_to_add(kind, sample, rng)):
                agreement.uid = f"{kind}-{seq}-{index}"
                store.create(agreement)
        else:
            create_backup(db_path, keep=3)
        print(f"{kind} {seq} {time.time():.6f}", file=out, flush=True)


def _autosave(db: Any, seq: int) -> bool:
    """Write the editor's autosave slot, if this checkout has one; say whether it did."""
    try:
        from mou_studio.core.storage.autosave import AutosaveStore
    except ImportError:
        return False
    store = AgreementStore(db)
    agreement = store.get(EDITED_ID)
    agreement.title[agreement.language] = f"{AUTOSAVE_MARK}{seq}"
    AutosaveStore(db).autosave(EDITED_ID, agreement)
    return True


def _surviving_autosave(db: Any) -> int:
    try:
        from mou_studio.core.storage.autosave import AutosaveStore
        title = AutosaveStore(db).recover(EDITED_ID).title
    except Exception:  # no autosave module, or no autosave written yet
        return 0
    return max((int(t[len(AUTOSAVE_MARK):]) for t in title.values()
                if t.startswith(AUTOSAVE_MARK)), default=0)


def _agreements_to_add(kind: str, sample: Agreement, rng: random.Random) -> list[Agreement]:
    """``BULK_SIZE`` copies of the sample, or one seed read by the real importer."""
    if kind == "bulk":
        return [sample] * BULK_SIZE
    try:
        from mou_studio.core.importing import load_document
    except ImportError:  # the importer has not landed in this checkout
        return [sample] * BULK_SIZE
    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    return [load_document(rng.choice(seeds))] if seeds else [sample] * BULK_SIZE


# -- the parent: kill, then check --------------------------------------------------------


@dataclass
class Ack:
    kind: str
    seq: int
    at: float


@dataclass
class RunResult:
    """What one kill left behind."""

    acks: int
    integrity_ok: bool
    opens: bool
    check_problems: list[str]
    edits_lost: int
    autosaves_lost: int
    lost_seconds: float
    versions_lost: int
    creations_lost: int
    broken_backups: int


@dataclass
class Campaign:
    """The figures of a whole run of kills."""

    runs: list[RunResult] = field(default_factory=list)
    elapsed: float = 0.0

    @property
    def failures(self) -> int:
        return sum(1 for r in self.runs if not (
            r.integrity_ok and r.opens and not r.check_problems and r.edits_lost == 0
            and r.autosaves_lost == 0 and r.versions_lost == 0 and r.creations_lost == 0
            and r.broken_backups == 0))

    def summary(self) -> str:
        runs = self.runs
        count = max(len(runs), 1)
        worst_loss = max((r.lost_seconds for r in runs), default=0.0)
        return "\n".join([
            f"kills (SIGKILL):                 {len(runs)}",
            f"operations acknowledged:         {sum(r.acks for r in runs)}"
            f" ({sum(r.acks for r in runs) / count:.1f} per run)",
            f"integrity_check failures:        {sum(not r.integrity_ok for r in runs)}",
            f"open_database failures:          {sum(not r.opens for r in runs)}",
            f"check_database problems:         {sum(bool(r.check_problems) for r in runs)}",
            f"acknowledged edits lost:         {sum(r.edits_lost for r in runs)}",
            f"acknowledged autosaves lost:     {sum(r.autosaves_lost for r in runs)}",
            f"acknowledged versions lost:      {sum(r.versions_lost for r in runs)}",
            f"acknowledged creations lost:     {sum(r.creations_lost for r in runs)}",
            f"backups left damaged:            {sum(r.broken_backups for r in runs)}",
            f"seconds of edits lost (max):     {worst_loss:.3f}",
            f"runs that failed any check:      {self.failures}",
            f"elapsed:                         {self.elapsed:.1f} s",
        ])


def prepare_database(db_path: Path) -> None:
    """A fresh database holding the sample agreement (id 1) and its first version."""
    db = open_database(db_path)
    store = AgreementStore(db)
    agreement = load_sample(next(samples_dir().glob("*.json")))
    agreement.title[agreement.language] = f"{EDIT_MARK}0"
    store.create(agreement)
    store.save_version(EDITED_ID, "v0")
    db.conn.close()


def run_campaign(kills: int, workdir: Path, seed: int = 1, max_delay: float = 0.5,
                 echo: bool = False) -> Campaign:
    """Kill ``kills`` children at random moments; check the database after each."""
    rng = random.Random(seed)
    db_path = workdir / "crash.db"
    prepare_database(db_path)
    state = _expected_state(db_path)
    campaign = Campaign()
    started = time.perf_counter()
    for run in range(1, kills + 1):
        acks = _kill_one(db_path, start_seq=run * 1_000_000, seed=rng.randrange(2**31),
                         delay=rng.uniform(0.0, max_delay))
        result = _check(db_path, acks, state)
        campaign.runs.append(result)
        if echo and run % 20 == 0:
            print(f"  {run} kills, {campaign.failures} failed", flush=True)
    campaign.elapsed = time.perf_counter() - started
    return campaign


def _kill_one(db_path: Path, start_seq: int, seed: int, delay: float) -> list[Ack]:
    # fork rather than exec: the child starts in a millisecond with the core imported,
    # so the kills land during the work and not during Python's start-up.
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_fd)
        try:
            child_main(db_path, start_seq, seed, os.fdopen(write_fd, "w"))
        finally:
            os._exit(1)
    os.close(write_fd)
    with os.fdopen(read_fd) as stream:
        if stream.readline().strip() != "ready":
            os.waitpid(pid, 0)
            raise RuntimeError("the child process did not start")
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(stream), daemon=True)
        reader.start()
        time.sleep(delay)
        kill_time = time.time()
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        reader.join()
    acks = [_parse_ack(line) for line in lines if line.strip()]
    return [*acks, Ack("kill", 0, kill_time)]


def _parse_ack(line: str) -> Ack:
    kind, seq, at = line.split()
    return Ack(kind, int(seq), float(at))


@dataclass
class _State:
    """What the database must hold at least: grows with every acknowledged operation."""

    last_edit: Ack
    versions: int
    agreements: int


def _expected_state(db_path: Path) -> _State:
    conn = sqlite3.connect(db_path)
    try:
        versions = conn.execute("SELECT count(*) FROM versions").fetchone()[0]
        agreements = conn.execute("SELECT count(*) FROM agreements").fetchone()[0]
    finally:
        conn.close()
    return _State(Ack("edit", 0, time.time()), versions, agreements)


def _check(db_path: Path, acks: list[Ack], state: _State) -> RunResult:
    kill = acks.pop()
    integrity_ok = _integrity_ok(db_path)
    try:
        db = open_database(db_path)
    except Exception:  # any failure to open is what this harness exists to find
        return RunResult(len(acks), integrity_ok, False, [], 0, 0, 0.0, 0, 0, 0)
    try:
        problems = [str(problem) for problem in check_database(db)]
        store = AgreementStore(db)
        title = store.get(EDITED_ID).title
        surviving = max(int(t[len(EDIT_MARK):]) for t in title.values()
                        if t.startswith(EDIT_MARK))
        versions = len(store.versions(EDITED_ID))
        autosaved = _surviving_autosave(db)
        agreements = len(store.summaries())
    finally:
        db.conn.close()
    edits = [a for a in acks if a.kind == "edit"]
    acked_edit = edits[-1] if edits else state.last_edit
    lost = [a for a in edits if a.seq > surviving]
    edits_lost = len(lost)
    # Edits acknowledged in the last ``lost_seconds`` before the kill are gone.
    lost_seconds = kill.at - lost[0].at if lost else 0.0
    state.versions += sum(1 for a in acks if a.kind == "version")
    state.agreements += sum(_created(a.kind) for a in acks)
    autosaves_lost = sum(1 for a in acks if a.kind == "autosave" and a.seq > autosaved)
    result = RunResult(
        len(acks), integrity_ok, True, problems, edits_lost, autosaves_lost, lost_seconds,
        max(0, state.versions - versions), max(0, state.agreements - agreements),
        _broken_backups(db_path),
    )
    # Work committed but not yet acknowledged when the kill came is kept: the next run
    # must find at least what is there now.
    state.versions, state.agreements = max(state.versions, versions), max(
        state.agreements, agreements)
    state.last_edit = acked_edit if acked_edit.seq == surviving else Ack(
        "edit", surviving, kill.at)
    return result


def _created(kind: str) -> int:
    """How many agreements an acknowledged operation of ``kind`` added."""
    if kind == "bulk":
        return BULK_SIZE
    if kind == "import":
        try:
            import mou_studio.core.importing  # noqa: F401
        except ImportError:
            return BULK_SIZE
        return 1
    return 0


def _integrity_ok(db_path: Path) -> bool:
    try:
        conn = sqlite3.connect(db_path)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def _broken_backups(db_path: Path) -> int:
    broken = 0
    for info in list_backups(db_path):
        try:
            verify_backup(info.path)
        except Exception:  # a damaged backup, whatever the error
            broken += 1
    return broken


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-delay", type=float, default=0.5,
                        help="longest wait before the kill, in seconds")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mou-crash-") as folder:
        print(f"crash harness: {args.kills} kills, seed {args.seed}, "
              f"delay 0–{args.max_delay} s", flush=True)
        campaign = run_campaign(args.kills, Path(folder), args.seed, args.max_delay,
                                echo=True)
        print(campaign.summary())
    return 1 if campaign.failures else 0


if __name__ == "__main__":
    sys.exit(main())
