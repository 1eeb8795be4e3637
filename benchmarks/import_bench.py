"""How long importing takes, against reading the file and one regex pass over its lines.

Run: PYTHONPATH=. python benchmarks/import_bench.py [--repeat N]
Prints the best of N runs for each step and its ratio to the baseline measured in the
same run (the issue's goal: seed 004 whole in under 0.3 s on a 2-core machine).
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

from mou_studio.core.importing import import_file, load_document

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
_ARTICLE = re.compile(r"^\s*(?:Article|ARTICLE)\s+(?:premier|\d+)")


def seed(prefix: str) -> Path:
    """The seed file whose name starts with ``prefix``."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def baseline(path: Path) -> int:
    """Read and decode the file, then one regular-expression pass over its lines."""
    text = path.read_bytes().decode("utf-8")
    return sum(1 for line in text.splitlines() if _ARTICLE.match(line))


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs, in seconds."""
    times: list[float] = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    big, small = seed("004"), seed("000")
    base_big = best_of(args.repeat, lambda: baseline(big))
    base_small = best_of(args.repeat, lambda: baseline(small))
    rows = [
        ("seed 004: read + regex pass (baseline)", base_big, base_big),
        ("seed 004: load_document (whole, one tree)", best_of(args.repeat,
                                                              lambda: load_document(big)),
         base_big),
        ("seed 004: import_file (split into acts)", best_of(args.repeat,
                                                            lambda: import_file(big)),
         base_big),
        ("seed 000: read + regex pass (baseline)", base_small, base_small),
        ("seed 000: import_file", best_of(args.repeat, lambda: import_file(small)), base_small),
    ]
    size = big.stat().st_size // 1024
    print(f"best of {args.repeat} runs; seed 004 is {size} KB, "
          f"{len(big.read_text(encoding='utf-8').splitlines())} lines")
    for name, seconds, base in rows:
        print(f"{name:<45} {seconds * 1000:8.1f} ms  {seconds / base:7.1f}× baseline")


if __name__ == "__main__":
    main()
