"""Fuzz every importer with mutated .txt, .docx, JSON, pack and database files.

Each mutated file goes to a worker process that runs one importer on it with a per-file
time limit. The run reports, per importer: files, accepted, refused with a typed error,
crashes (any other exception, or the worker dying), hangs (over the time limit), database
changes after a refusal, external entities resolved (a canary file's text showing up in
an import) and network attempts. Crashes, hangs, changes, entities and attempts must be 0;
the script exits 1 otherwise and keeps the offending files in ``--keep-dir``.

    python benchmarks/fuzz_importers.py --files 10000 [--seed 1] [--timeout 10]

Importers that have not landed yet are skipped with a message.
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import queue
import random
import shutil
import socket
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [p for p in (str(ROOT), str(Path(__file__).parent)) if p not in sys.path]

from fuzz_mutations import (  # noqa: E402
    BYTE_MUTATORS,
    CANARY_TEXT,
    Mutator,
    make_docx_mutator,
    mutate_json,
    mutate_pack,
    mutate_text,
)
from fuzz_targets import SEEDS_DIR, Target, discover_targets  # noqa: E402

from mou_studio.core.firststart import populate_first_start  # noqa: E402
from mou_studio.core.storage import open_database  # noqa: E402

OUTCOMES = ("accepted", "refused", "crash", "hang", "db-change", "xxe", "network")
MUST_BE_ZERO = ("crash", "hang", "db-change", "xxe", "network")


# -- base files ------------------------------------------------------------------------------


def base_files(workdir: Path) -> dict[str, list[bytes]]:
    """The real documents the mutations start from, by input kind."""
    import docx

    texts = [p.read_bytes() for p in sorted(SEEDS_DIR.glob("*.txt"))]
    docs: list[bytes] = []
    for raw in texts:
        document = docx.Document()
        for line in raw.decode("utf-8").splitlines():
            document.add_paragraph(line)
        path = workdir / "base.docx"
        document.save(str(path))
        docs.append(path.read_bytes())
    samples = [p.read_bytes() for p in sorted((ROOT / "templates" / "samples").glob("*.json"))]
    database = workdir / "base.db"
    db = open_database(database)
    populate_first_start(db, ROOT)
    db.conn.close()
    return {"txt": texts, "docx": docs, "json": samples, "db": [database.read_bytes()],
            "pack": base_packs(database, workdir)}


def base_packs(database: Path, workdir: Path) -> list[bytes]:
    """The seeded clause library exported as a pack, if the library has landed."""
    try:
        from mou_studio.core.library.packs import export_pack
        from mou_studio.core.library.store import LibraryStore
    except ImportError:
        return []
    db = open_database(database)
    try:
        export_pack(LibraryStore(db), workdir / "base-pack.json")
    finally:
        db.conn.close()
    return [(workdir / "base-pack.json").read_bytes()]


# -- the worker ------------------------------------------------------------------------------


def _worker(conn: Connection, target: Target, workdir: Path) -> None:
    attempts: list[str] = []

    class NoSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            attempts.append(repr(args))
            raise OSError("network access attempted during the fuzz run")

    socket.socket = NoSocket  # type: ignore[misc]
    state = target.prepare(workdir)
    while True:
        path = conn.recv()
        if path is None:
            return
        attempts.clear()
        conn.send(_run_one(target, state, Path(path), attempts))


def _run_one(target: Target, state: object, path: Path, attempts: list[str]) -> tuple[str, str]:
    from mou_studio.core.errors import MouStudioError

    before = target.fingerprint(state, path)
    try:
        produced = target.run(state, path)
    except MouStudioError as exc:
        if target.fingerprint(state, path) != before:
            return "db-change", f"refused ({exc}) but the database changed"
        return ("network", attempts[0]) if attempts else ("refused", type(exc).__name__)
    except Exception:  # what this run exists to find
        return "crash", traceback.format_exc(limit=6)
    if attempts:
        return "network", attempts[0]
    if CANARY_TEXT in produced:
        return "xxe", "the canary file's text was imported"
    return "accepted", ""


class WorkerHandle:
    """A worker process, restarted after a hang or a death."""

    def __init__(self, target: Target, workdir: Path) -> None:
        self.target = target
        self.workdir = workdir
        self._start()

    def _start(self) -> None:
        context = multiprocessing.get_context("fork")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(child, self.target, self.workdir),
                                       daemon=True)
        self.process.start()

    def run(self, path: Path, timeout: float) -> tuple[str, str]:
        self.conn.send(str(path))
        try:
            ready = self.conn.poll(timeout)
        except (EOFError, OSError):
            ready = True
        if not ready:
            self.restart()
            return "hang", f"no answer within {timeout} s"
        try:
            return self.conn.recv()
        except (EOFError, OSError):
            code = self.process.exitcode
            self.restart()
            return "crash", f"the worker process died (exit code {code})"

    def restart(self) -> None:
        self.process.kill()
        self.process.join()
        self._start()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()


# -- the run ---------------------------------------------------------------------------------


def mutate(kind: str, rng: random.Random, bases: dict[str, list[bytes]],
           docx_mutator: Mutator) -> tuple[bytes, str]:
    """One mutated file of ``kind`` and its suffix."""
    base = rng.choice(bases[kind])
    if kind == "txt":
        return mutate_text(rng, base), ".txt"
    if kind == "docx":
        return docx_mutator(rng, base), ".docx"
    if kind == "db":
        return rng.choice(BYTE_MUTATORS)(rng, base), ".db"
    if kind == "pack":
        return mutate_pack(rng, base), ".json"
    return mutate_json(rng, base), ".json"


def fuzz_target(target: Target, count: int, seed: int, timeout: float, workers: int,
                workdir: Path, keep_dir: Path, progress: int = 0
                ) -> tuple[Counter[str], list[str]]:
    """Feed ``count`` mutated files to ``target``; return outcome counts and problems."""
    bases = base_files(workdir)
    canary = workdir / "canary.txt"
    canary.write_text(CANARY_TEXT, encoding="utf-8")
    docx_mutator = make_docx_mutator(canary.as_uri())  # one, so its zip bomb is made once
    jobs: queue.Queue[int] = queue.Queue()
    for index in range(count):
        jobs.put(index)
    counts: Counter[str] = Counter()
    problems: list[str] = []
    lock = threading.Lock()

    def drive(number: int) -> None:
        folder = workdir / f"w{number}"
        folder.mkdir()
        handle = WorkerHandle(target, folder)
        try:
            while True:
                try:
                    index = jobs.get_nowait()
                except queue.Empty:
                    return
                rng = random.Random(f"{seed}:{target.name}:{index}")
                kind = rng.choice(target.kinds)
                data, suffix = mutate(kind, rng, bases, docx_mutator)
                path = folder / f"input{suffix}"
                path.write_bytes(data)
                outcome, detail = handle.run(path, timeout)
                with lock:
                    counts[outcome] += 1
                    done = sum(counts.values())
                    if progress and done % progress == 0:
                        print(f"  {target.name}: {done}/{count} " + " ".join(
                            f"{o}={counts[o]}" for o in OUTCOMES), flush=True)
                    if outcome in MUST_BE_ZERO:
                        kept = keep_dir / f"{target.name}-{index}{suffix}"
                        shutil.copyfile(path, kept)
                        problems.append(f"{outcome}: {kept}\n{detail}")
        finally:
            handle.stop()

    threads = [threading.Thread(target=drive, args=(n,)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return counts, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000, help="mutated files in all")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per file")
    parser.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 1))
    parser.add_argument("--keep-dir", type=Path, default=Path("fuzz-findings"))
    parser.add_argument("--only", help="fuzz only the importers whose name contains this")
    parser.add_argument("--progress", type=int, default=500,
                        help="print the counts every N files (0: only at the end)")
    args = parser.parse_args(argv)
    targets, skipped = discover_targets()
    targets = [t for t in targets if not args.only or args.only in t.name]
    for message in skipped:
        print(f"skipped: {message}")
    if not targets:
        print("no importer to fuzz")
        return 1
    args.keep_dir.mkdir(parents=True, exist_ok=True)
    per_target = max(1, args.files // len(targets))
    failed = False
    print(f"{per_target} files for each of {len(targets)} importer(s), "
          f"{args.timeout} s limit per file, seed {args.seed}")
    print(f"{'importer':<22}" + "".join(f"{o:>10}" for o in OUTCOMES) + f"{'files/s':>10}")
    for target in targets:
        with tempfile.TemporaryDirectory(prefix="mou-fuzz-") as folder:
            started = time.perf_counter()
            counts, problems = fuzz_target(target, per_target, args.seed, args.timeout,
                                           args.workers, Path(folder), args.keep_dir,
                                           args.progress)
            rate = per_target / (time.perf_counter() - started)
        print(f"{target.name:<22}" + "".join(f"{counts[o]:>10}" for o in OUTCOMES)
              + f"{rate:>10.1f}", flush=True)
        for problem in problems[:5]:
            print("  " + problem.replace("\n", "\n    "))
        failed = failed or bool(problems)
    print("FAILED" if failed else "crashes, hangs, database changes, entities and network "
          "attempts: all zero")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
