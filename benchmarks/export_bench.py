"""Word export speed: a ~100-page agreement against a plain python-docx write.

Builds an agreement of about 1,500 paragraphs from the sentences of seed 004 (the Official
Journal issue): articles with headings, numbered paragraphs, points, a footnote every
twenty paragraphs and a cross-reference in each article. Then, in the same run:

* baseline: python-docx ``add_paragraph`` of the same 1,500 texts, saved to memory;
* export: ``build_docx`` (house style, labels, references, footnotes, w:lang on every run,
  French typography, signature table, scrubbed properties), saved to memory.

Prints the best of several runs of each and their ratio. Run:
``PYTHONPATH=. python benchmarks/export_bench.py``.
"""

from __future__ import annotations

import io
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import docx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mou_studio.core.export import ExportOptions, build_docx  # noqa: E402
from mou_studio.core.model import (  # noqa: E402
    Agreement,
    Footnote,
    Node,
    NodeKind,
    Party,
    SignatureBlock,
    footnote_token,
    ref_token,
)

SEED = next((ROOT.parent / "shared" / "seeds").glob("004_*.txt"))
PARAGRAPHS = 1500
PARAGRAPHS_PER_ARTICLE = 6
RUNS = 5


def seed_sentences() -> list[str]:
    """The long lines of seed 004, real French legal prose."""
    text = SEED.read_text(encoding="utf-8")
    lines = [re.sub(r"\s+", " ", line).strip() for line in text.splitlines()]
    return [line for line in lines if len(line) > 80]


def build_agreement(sentences: list[str]) -> Agreement:
    """An agreement of PARAGRAPHS operative paragraphs (points included)."""
    agreement = Agreement(title={"fr": "ACCORD-CADRE DE COOPÉRATION (banc d'essai)"},
                          languages=["fr"])
    agreement.parties = [Party(uid="a", name={"fr": "Communauté européenne"},
                               short_name={"fr": "CE"}, determiner={"fr": "la"}),
                         Party(uid="b", name={"fr": "Agence spatiale européenne"},
                               short_name={"fr": "ESA"}, determiner={"fr": "l'"})]
    agreement.signatures = [SignatureBlock(party="a", signatory="A", date="2004-04-29"),
                            SignatureBlock(party="b", signatory="B", date="2004-04-29")]
    count = 0
    previous: Node | None = None
    while count < PARAGRAPHS:
        article = Node(NodeKind.ARTICLE, heading={"fr": sentences[count % 97][:60]})
        for index in range(PARAGRAPHS_PER_ARTICLE):
            text = sentences[count % len(sentences)]
            if count % 20 == 0:
                note = Footnote(text={"fr": sentences[(count + 7) % len(sentences)]})
                agreement.footnotes.append(note)
                text += footnote_token(note.uid)
            if index == 1 and previous is not None:
                text += f" Voir {ref_token(previous.children[0].uid)} : applicable."
            paragraph = Node(NodeKind.PARAGRAPH, text={"fr": text})
            count += 1
            if index == PARAGRAPHS_PER_ARTICLE - 1:
                for _ in range(2):
                    paragraph.children.append(Node(NodeKind.POINT, text={
                        "fr": sentences[(count * 3) % len(sentences)]}))
                    count += 1
            article.children.append(paragraph)
        agreement.body.append(article)
        previous = article
    return agreement


def plain_python_docx(texts: list[str]) -> bytes:
    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def best_of(work: Callable[[], bytes]) -> tuple[float, float]:
    """The best wall-clock and CPU times of RUNS runs (CPU time is steadier on a busy
    machine)."""
    walls, cpus = [], []
    for _ in range(RUNS):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def main() -> None:
    sentences = seed_sentences()
    agreement = build_agreement(sentences)
    texts = [n.text["fr"] for n in agreement.walk() if n.text]
    print(f"agreement: {len(agreement.articles())} articles, {len(texts)} paragraphs, "
          f"{len(agreement.footnotes)} footnotes")
    baseline = best_of(lambda: plain_python_docx(texts))
    export = best_of(lambda: build_docx(agreement, ["fr"], agreement.parties,
                                        ExportOptions()))
    size = len(build_docx(agreement, ["fr"], agreement.parties, ExportOptions()))
    print(f"plain python-docx, {len(texts)} paragraphs: {baseline[0]:.3f} s "
          f"(CPU {baseline[1]:.3f} s)")
    print(f"MoU Studio export ({size // 1024} KB .docx):  {export[0]:.3f} s "
          f"(CPU {export[1]:.3f} s)")
    print(f"ratio export / plain: {export[0] / baseline[0]:.2f} "
          f"(CPU {export[1] / baseline[1]:.2f})")


if __name__ == "__main__":
    main()
