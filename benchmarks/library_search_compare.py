"""Library search before/after a change, measured in the same run on the same database.

Run: PYTHONPATH=. python benchmarks/library_search_compare.py OLD_SEARCH_PY --db BENCH_DB
(OLD_SEARCH_PY: a copy of an earlier mou_studio/core/library/search.py, e.g. from
``git show REV:mou_studio/core/library/search.py``; BENCH_DB: a database built by
benchmarks/library_search.py --db). Queries alternate between the two versions so that
load on the machine weighs on both alike; every result list is checked to be identical.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.library_search import QUERIES, percentile, timed  # noqa: E402
from mou_studio.core.library import search as current  # noqa: E402
from mou_studio.core.storage import open_database  # noqa: E402

FILTERS = [{}, {"lang": "fr"}, {"lang": "ru"}, {"topic": "disputes"},
           {"register": "binding"}, {"status": "approved"}]


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("old_search", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description="library search before/after a change")
    parser.add_argument("old", type=Path)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    old = load(args.old)
    db = open_database(args.db)
    for query in QUERIES:
        for filters in FILTERS:
            for limit in (10, 50):
                before = old.search(db, query, old.SearchFilters(**filters), limit=limit)
                after = current.search(db, query, current.SearchFilters(**filters),
                                       limit=limit)
                if [tuple(vars(h).values()) for h in before] != \
                        [tuple(vars(h).values()) for h in after]:
                    sys.exit(f"different results for {query!r} {filters} limit {limit}")
    print(f"identical results: {len(QUERIES)} queries x {len(FILTERS)} filters x 2 limits")
    samples: dict[str, list[tuple[float, float]]] = {"before": [], "after": []}
    for _ in range(args.rounds):
        for query in QUERIES:
            samples["before"].append(timed(lambda q=query: old.search(db, q)))
            samples["after"].append(timed(lambda q=query: current.search(db, q)))
    for name, values in samples.items():
        walls = [w for w, _ in values]
        cpus = [c for _, c in values]
        print(f"{name}: wall p50 {statistics.median(walls):.1f} ms, "
              f"p95 {percentile(walls, 0.95):.1f} ms | CPU p50 {statistics.median(cpus):.1f} "
              f"ms, p95 {percentile(cpus, 0.95):.1f} ms  ({len(values)} searches)")


if __name__ == "__main__":
    main()
