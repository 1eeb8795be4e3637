"""Speed of the drafting editor's view refresh after an edit, on the demo and a long agreement.

Run: ``QT_QPA_PLATFORM=offscreen PYTHONPATH=. python benchmarks/editor_bench.py [big.docx]``
(default: the big benchmark file, built from the seeds with
``../shared/bench/make_pairs.py`` in a temporary folder). Prints medians in
milliseconds and ratios; asserts nothing.

Baseline, measured in the same run: what every edit used to cost, a full re-render of the
outline and the reading view. A text edit is a ``SetText`` pushed on the undo stack, then
the views brought up to date (``flush_views``); a burst is 20 such keystrokes and one
refresh; a structure edit moves a paragraph down (or back up) and refreshes.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from mou_studio.core import editing
from mou_studio.core.compare.sources import load_file
from mou_studio.core.editing import SetText
from mou_studio.core.firststart import populate_first_start
from mou_studio.core.model import Agreement, Node, NodeKind
from mou_studio.core.paths import project_root
from mou_studio.core.storage import AgreementStore, open_database
from mou_studio.ui.app import Application, build_application

sys.path.insert(0, str(Path(__file__).parent))
from drafting import timed

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"
SEEDS = ROOT.parent / "shared" / "seeds"


def wait(qt: QApplication, done: Callable[[], bool], seconds: float = 60) -> None:
    start = time.monotonic()
    while not done() and time.monotonic() - start < seconds:
        qt.processEvents()


def open_app(qt: QApplication, folder: Path,
             extra: Agreement | None) -> tuple[Application, int, int | None]:
    """The window on a new database: the demo's id, and ``extra``'s once stored."""
    db = open_database(folder / "db.sqlite")
    populate_first_start(db, project_root())
    store = AgreementStore(db)
    demo_id = min(summary.id for summary in store.summaries())
    extra_id = store.create(extra) if extra is not None else None
    if db.conn is not None:
        db.conn.close()
    app = build_application(folder / "db.sqlite", folder / "settings.ini")
    app.window.resize(1300, 800)
    app.window.show()
    app.controller.start()
    wait(qt, lambda: app.controller.current_agreement is not None)
    return app, demo_id, extra_id


def show(qt: QApplication, app: Application, agreement_id: int) -> None:
    app.controller.open_agreement(agreement_id)
    wait(qt, lambda: app.controller.current_id == agreement_id
         and app.editor.agreement is not None)
    app.context.tasks.wait_for_all()
    qt.processEvents()


def middle_paragraph(agreement: Agreement) -> Node:
    """A paragraph with text, halfway through, that has a sibling to swap places with."""
    parents = agreement.parent_map()
    candidates = [n for n in agreement.walk()
                  if n.kind is NodeKind.PARAGRAPH and n.text.get(agreement.language)
                  and len(_siblings(agreement, parents.get(n.uid))) > 1]
    return candidates[len(candidates) // 2]


def _siblings(agreement: Agreement, parent: Node | None) -> list[Node]:
    return parent.children if parent is not None else agreement.body


def measure(name: str, app: Application) -> None:
    editor, window = app.editor, app.window
    agreement = editor.agreement
    assert agreement is not None
    lang = editor.lang

    def full_refresh() -> None:
        window.outline_view.show_agreement(agreement, lang)
        window.document_view.show_agreement(agreement, lang)

    baseline = timed(full_refresh, repeat=3)
    node = middle_paragraph(agreement)
    original = node.text[agreement.language]
    typed = iter(range(10_000))

    def text_edit() -> None:
        editor.push(SetText(node.uid, "text", lang, original + "x" * next(typed)))
        editor.flush_views()

    def burst() -> None:
        for _ in range(20):
            editor.push(SetText(node.uid, "text", lang, original + "y" * next(typed)))
        editor.flush_views()

    steps = iter(range(10_000))

    def structure_edit() -> None:
        step = 1 if next(steps) % 2 == 0 else -1
        try:
            edit = editing.sibling_move(agreement, node.uid, step)
        except editing.EditError:
            edit = editing.sibling_move(agreement, node.uid, -step)
        editor.push(edit)
        editor.flush_views()

    text_ms = timed(text_edit, repeat=7)
    burst_ms = timed(burst, repeat=3)
    structure_ms = timed(structure_edit, repeat=3)
    nodes = sum(1 for _ in agreement.walk())
    print(f"{name} ({nodes} nodes)")
    print(f"  baseline full re-render       {baseline:9.1f} ms")
    print(f"  text edit + refresh           {text_ms:9.1f} ms  ratio {text_ms / baseline:.3f}")
    print(f"  burst of 20 + one refresh     {burst_ms:9.1f} ms  ratio {burst_ms / baseline:.3f}"
          f"  (old path: 20 renders, ~{20 * baseline:.0f} ms)")
    print(f"  structure edit + refresh      {structure_ms:9.1f} ms  ratio "
          f"{structure_ms / baseline:.3f}")


def big_file(folder: Path) -> Path:
    """The file named on the command line, else the big pair's old side built now."""
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    subprocess.run([sys.executable, str(BENCH / "make_pairs.py"), str(SEEDS), str(folder)],
                   check=True, stdout=subprocess.DEVNULL)
    return folder / "big_a.docx"


def main() -> None:
    qt = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        big_path = big_file(Path(folder))
        big = load_file(big_path) if big_path.exists() else None
        if big is None:
            print(f"{big_path} not found: measuring the demo only")
        app, demo_id, big_id = open_app(qt, Path(folder), big)
        show(qt, app, demo_id)
        measure("demo", app)
        if big_id is not None:
            show(qt, app, big_id)
            measure(big_path.name, app)
        app.context.tasks.wait_for_all()
        app.window.close()


if __name__ == "__main__":
    main()
