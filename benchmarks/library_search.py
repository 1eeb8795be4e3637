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
from dataclasses import replace
from pathlib import Path

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


def measure(run: object, rounds: int) -> list[float]:
    timings: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clauses", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.db")
        start = time.perf_counter()
        clauses = generate(args.clauses)
        with transaction(db) as conn:
            for clause in clauses:
                add_clause(conn, clause)
        print(f"stored {LibraryStore(db).count()} clauses (x3 languages) "
              f"in {time.perf_counter() - start:.1f} s")

        fts: list[float] = []
        hits = 0
        for query in QUERIES:
            search(db, query)  # warm the page cache for this query's terms
            for _ in range(args.rounds):
                started = time.perf_counter()
                hits += len(search(db, query, SearchFilters(), limit=50))
                fts.append((time.perf_counter() - started) * 1000)
        like: list[float] = []
        sql = f"SELECT clause_key FROM {tables.LIBRARY_VERSIONS} WHERE content LIKE ? LIMIT 50"
        for term in LIKE_TERMS:
            for _ in range(max(1, args.rounds // 2)):
                started = time.perf_counter()
                db.execute(sql, [term]).fetchall()
                like.append((time.perf_counter() - started) * 1000)
        slow_like = [f"%{q}%" for q in ("zzz-not-there",)]
        like_full = measure(lambda: db.execute(sql, slow_like).fetchall(), args.rounds)
        db.conn.close()

    p50, p95 = statistics.median(fts), percentile(fts, 0.95)
    print(f"FTS5 search (bm25, highlight, snippet, top 50), {len(fts)} queries: "
          f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {max(fts):.1f} ms "
          f"(goal: p95 < 20 ms) — {hits / len(fts):.0f} hits per query")
    print(f"baseline LIKE scan, first 50 matches: p50 {statistics.median(like):.1f} ms, "
          f"p95 {percentile(like, 0.95):.1f} ms")
    print(f"baseline LIKE scan, no match (whole table): p50 "
          f"{statistics.median(like_full):.1f} ms")
    print(f"ratio: LIKE full scan / FTS5 p50 = {statistics.median(like_full) / p50:.1f}x")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {os.cpu_count()} cores, load average {load:.1f} at the end of the run")


if __name__ == "__main__":
    main()
