"""Run every speed benchmark in turn (``make bench``); each prints its figures and ratios.

The crash harness and the fuzz run are not speed benchmarks and take minutes: run them on
their own (``python benchmarks/crash_harness.py``, ``python benchmarks/fuzz_importers.py``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEED_BENCHMARKS = ("import_bench.py", "compare.py", "export_bench.py", "library_search.py",
                    "register.py", "drafting.py", "editor_bench.py")


def main() -> int:
    failed = []
    for name in SPEED_BENCHMARKS:
        print(f"\n=== {name} ===", flush=True)
        # editor_bench opens windows: offscreen unless a display was chosen.
        env = {"QT_QPA_PLATFORM": "offscreen", **os.environ}
        result = subprocess.run([sys.executable, str(HERE / name)], check=False, env=env)
        if result.returncode != 0:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
