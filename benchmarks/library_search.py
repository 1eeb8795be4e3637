"""Library search latency with 50,000 generated clauses: FTS5 against a LIKE scan.

Run: PYTHONPATH=. python benchmarks/library_search.py [--clauses N] [--rounds R]

The clauses are built from the shipped library's sentences, shuffled and recombined,
so the vocabulary and the text lengths are those of real clauses in three languages.
The baseline, measured in the same run on the same database, is what a search without
the index would do: a LIKE scan over every clause's stored content (which, unlike FTS5,
does not even ignore accents).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import sqlite_utils

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mou_studio.core.library.defaults import load_default_library  # noqa: E402
from mou_studio.core.library.model import Clause, Variant  # noqa: E402
from mou_studio.core.library.search import SearchFilters, search  # noqa: E402
from mou_studio.core.library.store import LibraryStore, add_clause  # noqa: E402
from mou_studio.core.storage import open_database, tables, transaction  # noqa: E402

QUERIES = [
    "echange d'informations", "liaison officer", "обмен информацией", "differends",
    "cooperation", "arbitrage", "confidentiality", "résiliation préavis", "entry into force",
    "agents de liaison", "защищённый канал", "formation", "joint committee", "fraude",
    "risk analysis targeting", "languages authentic", "comité", "секретариат",
    "consultation", "données", "notification", "emergency", "accords spécifiques",
    "Меморандум", "interception", "amend", "dép", "information",
]
LIKE_TERMS = ["%échange%", "%liaison officer%", "%обмен информацией%", "%différends%",
              "%cooperation%", "%arbitrage%"]


def generate(count: int, seed: int = 5) -> list[Clause]:
    """``count`` clauses recombined from the shipped library's sentences."""
    rng = random.Random(seed)
    library = load_default_library(ROOT / "templates" / "library")
    sentences = {lang: [s for c in library for v in c.variants
                        for s in v.text[lang].replace("\n\n", " ").split(". ") if s]
                 for lang in ("fr", "en", "ru")}
    generated: list[Clause] = []
    for n in range(count):
        model = library[n % len(library)]
        picks = [rng.randrange(10_000) for _ in range(3)]
        text = {lang: ". ".join(pool[p % len(pool)] for p in picks) + "."
                for lang, pool in sentences.items()}
        variants = [Variant(model.variants[0].level, text, model.variants[0].note)]
        generated.append(replace(model, id=f"gen.{n:06d}", variants=variants,
                                 title={k: f"{v} {n}" for k, v in model.title.items()}))
    return generated


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def build(path: Path, count: int) -> sqlite_utils.Database:
    """The benchmark database at ``path``, generated unless it already holds ``count``."""
    db = open_database(path)
    if LibraryStore(db).count() == count:
        print(f"reusing {path} ({count} clauses)")
        return db
    start = time.perf_counter()
    clauses = generate(count)
    with transaction(db) as conn:
        for clause in clauses:
            add_clause(conn, clause)
    print(f"stored {LibraryStore(db).count()} clauses (x3 languages) "
          f"in {time.perf_counter() - start:.1f} s")
    return db


def timed(run: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) milliseconds of one call; CPU time is what load on the machine hides."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def report(name: str, samples: list[tuple[float, float]]) -> float:
    walls = [w for w, _ in samples]
    cpus = [c for _, c in samples]
    print(f"{name}: wall p50 {statistics.median(walls):.1f} ms, p95 "
          f"{percentile(walls, 0.95):.1f} ms | CPU p50 {statistics.median(cpus):.1f} ms, "
          f"p95 {percentile(cpus, 0.95):.1f} ms")
    return statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clauses", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--db", type=Path, help="keep the generated database here and "
                        "reuse it in later runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = build(args.db or Path(folder) / "bench.db", args.clauses)
        fts: list[tuple[float, float]] = []
        for query in QUERIES:
            search(db, query)  # warm the page cache for this query's terms
            for _ in range(args.rounds):
                fts.append(timed(lambda q=query: search(db, q, SearchFilters(), limit=50)))
        sql = f"SELECT clause_key FROM {tables.LIBRARY_VERSIONS} WHERE content LIKE ? LIMIT 50"
        like = [timed(lambda t=term: db.execute(sql, [t]).fetchall())
                for term in LIKE_TERMS for _ in range(args.rounds)]
        scan = [timed(lambda: db.execute(sql, ["%zzz-not-there%"]).fetchall())
                for _ in range(args.rounds)]
        db.conn.close()
    print(f"{len(fts)} searches of {len(QUERIES)} queries (top 50, ranked, highlighted); "
          "goal: p95 < 20 ms")
    fts_cpu = report("FTS5 search", fts)
    report("baseline LIKE, first 50 matches", like)
    scan_cpu = report("baseline LIKE, whole table (no match)", scan)
    print(f"ratio (CPU p50): LIKE whole-table scan / FTS5 search = {scan_cpu / fts_cpu:.1f}x")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {os.cpu_count()} cores, load average {load:.1f} at the end of the run")


if __name__ == "__main__":
    main()
