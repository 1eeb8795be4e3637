"""Speed of templates and the linter, against baselines measured in the same run.

Run: ``PYTHONPATH=. python benchmarks/drafting.py``. Prints figures and ratios; asserts
nothing. Baselines: rendering the same agreement as plain text (``agreement_plain_text``),
which every view of an agreement already pays, and a JSON round trip.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from mou_studio.core.demo import load_sample
from mou_studio.core.lint import lint_agreement
from mou_studio.core.model import Agreement
from mou_studio.core.paths import samples_dir
from mou_studio.core.serialize import agreement_from_json, agreement_to_json
from mou_studio.core.templates import build_agreement, find_template, load_answers
from mou_studio.core.views import agreement_plain_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
ANSWERS = ROOT / "tests" / "core" / "data" / "answers"


def timed(work: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``work`` in milliseconds."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def compare(name: str, agreement: Agreement, repeat: int = 5) -> None:
    baseline = timed(lambda: agreement_plain_text(agreement), repeat)
    round_trip = timed(lambda: agreement_from_json(agreement_to_json(agreement)), repeat)
    lint = timed(lambda: lint_agreement(agreement), repeat)
    nodes = sum(1 for _ in agreement.walk())
    print(f"{name:<42} {nodes:>6} nodes  lint {lint:8.1f} ms  plain text {baseline:7.1f} ms"
          f"  json {round_trip:7.1f} ms  lint/plain {lint / baseline:5.1f}x")


def main() -> None:
    print("-- templates: load + check answers + build (median of 5)")
    for template_id in ("io-cooperation-mou", "customs-police-mou", "exchange-of-letters",
                        "framework-agreement"):
        def build(tid: str = template_id) -> Agreement:
            template = find_template(tid)
            return build_agreement(template, load_answers(template, ANSWERS / f"{tid}.toml"))

        built = build()
        total = timed(build)
        baseline = timed(lambda a=built: agreement_plain_text(a))
        print(f"{template_id:<24} {total:7.1f} ms  (plain text of the result {baseline:5.1f} ms,"
              f" ratio {total / baseline:5.1f}x)")
    print("-- linter")
    compare("demo (seed 000)", load_sample(samples_dir() / "wco-caricc-2010.json"))
    compare("customs-police-mou (fr+en)", build_customs())
    try:
        from mou_studio.core.importing import load_document
    except ImportError:
        print("importer not available: seed 004 skipped")
        return
    seed = next(SEEDS.glob("004_*.txt"), None)
    if seed is not None:
        compare("seed 004 whole journal as one document", load_document(seed), repeat=3)


def build_customs() -> Agreement:
    template = find_template("customs-police-mou")
    return build_agreement(template,
                           load_answers(template, ANSWERS / "customs-police-mou.toml"))


if __name__ == "__main__":
    main()
