"""Benchmark: compare alone and compare + redline .docx, beside the anchor comparers.

Builds the small and big .docx pairs with ../shared/bench/make_pairs.py in a temp dir,
times MoU Studio on each (best of N), and, when an interpreter with the anchor comparers
is given (``--anchors-python``, default /tmp/anchors-venv/bin/python), runs
../shared/bench/anchor_compare.py on the same pairs in the same run and prints ratios.

Usage: python benchmarks/compare.py [--repeats 3] [--anchors-python PATH]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx import Document

from mou_studio.core.compare import ChangeSet, compare, redline_changes
from mou_studio.core.compare.redline import write_redline
from mou_studio.core.compare.sources import Side, load_file_side
from mou_studio.core.model import Agreement, Node, NodeKind

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"
SEEDS = ROOT.parent / "shared" / "seeds"
DEFAULT_ANCHORS = Path("/tmp/anchors-venv/bin/python")


def flat_docx(path: Path) -> Side:
    """The .docx paragraphs as unnumbered paragraphs: compare without structure detection."""
    paragraphs = [p.text for p in Document(str(path)).paragraphs if p.text.strip()]
    body = [Node(NodeKind.PARAGRAPH, text={"fr": t}, numbered=False) for t in paragraphs[1:]]
    agreement = Agreement(title={"fr": paragraphs[0]}, languages=["fr"], body=body)
    return Side(agreement, path.name, tuple(paragraphs))


LOADERS: dict[str, Callable[[Path], Side]] = {
    "importer": load_file_side,
    "flat": flat_docx,
}


def redline(old: Side, new: Side, out: Path) -> ChangeSet:
    """What ``diff OLD NEW --redline OUT`` does once both files are read."""
    changes = compare(old.agreement, new.agreement)
    write_redline(redline_changes(changes, old.paragraphs, new.paragraphs), out)
    return changes


def best_of(repeats: int, work: Callable[[], Any]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), result


def peak_mb(work: Callable[[], Any]) -> float:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def anchors(python: Path, a: Path, b: Path, repeats: int) -> dict[str, float]:
    if not python.exists():
        print(f"  anchors: {python} not found (install them in a separate venv)")
        return {}
    done = subprocess.run([str(python), str(BENCH / "anchor_compare.py"), str(a), str(b),
                           str(repeats)], capture_output=True, text=True, check=False)
    found: dict[str, float] = {}
    for line in done.stdout.splitlines():
        print(f"  anchor {line}")
        name, _, rest = line.partition(" ")
        try:
            found[name] = float(rest.split()[0])
        except (ValueError, IndexError):
            continue
    if done.returncode:
        print(f"  anchors failed: {done.stderr.strip()[-300:]}")
    return found


def bench_pair(name: str, pairs: Path, load: Callable[[Path], Side], repeats: int,
               anchors_python: Path) -> None:
    a_path, b_path = pairs / f"{name}_a.docx", pairs / f"{name}_b.docx"
    out = pairs / f"{name}_redline.docx"
    t_load, (old, new) = best_of(repeats, lambda: (load(a_path), load(b_path)))
    t_cmp, changes = best_of(repeats, lambda: compare(old.agreement, new.agreement))
    t_red, _ = best_of(repeats, lambda: redline(old, new, out))
    t_all, _ = best_of(repeats, lambda: redline(load(a_path), load(b_path), out))
    memory = peak_mb(lambda: redline(load(a_path), load(b_path), out))
    summary = {k: v for k, v in changes.summary().items() if v}
    print(f"{name}: {len(changes.changes)} clauses, {summary}")
    print(f"  read both .docx (import)   {t_load:8.3f} s")
    print(f"  compare alone              {t_cmp:8.3f} s")
    print(f"  compare + redline .docx    {t_red:8.3f} s")
    print(f"  read + compare + redline   {t_all:8.3f} s   peak traced memory {memory:.0f} MB")
    for engine, seconds in anchors(anchors_python, a_path, b_path, repeats).items():
        print(f"  {engine} / ours: {seconds / t_red:6.1f}x (compare + redline), "
              f"{seconds / t_all:6.1f}x (read + compare + redline, .docx to .docx)")


def max_rss_mb() -> float:
    """The process's peak resident memory so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--anchors-python", type=Path, default=DEFAULT_ANCHORS)
    parser.add_argument("--reader", choices=sorted(LOADERS), default="importer",
                        help="read the .docx with the importer (structure) or as flat "
                        "paragraphs")
    args = parser.parse_args()
    load = LOADERS[args.reader]
    print(f"reading files with: {args.reader}")
    with tempfile.TemporaryDirectory() as temp:
        pairs = Path(temp)
        subprocess.run([sys.executable, str(BENCH / "make_pairs.py"), str(SEEDS), temp],
                       check=True)
        for name in ("small", "big"):
            bench_pair(name, pairs, load, args.repeats, args.anchors_python)
            print(f"  process peak RSS so far    {max_rss_mb():8.0f} MB")


if __name__ == "__main__":
    main()
