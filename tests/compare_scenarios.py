"""Version pairs built on real trees: the negotiated seed-000 MoU, flat seed texts."""

from __future__ import annotations

import copy
import random
from pathlib import Path

from mou_studio.core.model import Agreement, Node, NodeKind
from mou_studio.core.serialize import agreement_from_json

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEMO_JSON = PROJECT_ROOT / "templates" / "samples" / "wco-caricc-2010.json"
INSERTED_PARAGRAPH = "Toute résiliation est notifiée par écrit à l'autre Partie."


def demo_agreement() -> Agreement:
    """The WCO–CARICC MoU of seed 000, from the sample data file."""
    return agreement_from_json(DEMO_JSON.read_text(encoding="utf-8"))


def replace_everywhere(agreement: Agreement, old: str, new: str) -> None:
    for node in agreement.walk():
        for lang, text in node.text.items():
            node.text[lang] = text.replace(old, new)


def negotiated(original: Agreement) -> Agreement:
    """What make_pairs.py does to seed 000, done on the tree.

    Article 6 moved before Article 3, « trois mois » → « six mois », "CARRIC" fixed,
    one paragraph inserted at the end of Article 8.
    """
    version = copy.deepcopy(original)
    articles = version.body
    articles.insert(2, articles.pop(5))
    replace_everywhere(version, "trois mois", "six mois")
    replace_everywhere(version, "CARRIC ", "CARICC ")
    article_8 = next(a for a in version.articles() if a.uid == "art-8")
    article_8.children.append(Node(NodeKind.PARAGRAPH, text={"fr": INSERTED_PARAGRAPH}))
    return version


def flat_agreement(lines: list[str], lang: str = "fr") -> Agreement:
    """A text as unnumbered top-level paragraphs: how a structureless file reads."""
    body = [Node(NodeKind.PARAGRAPH, text={lang: line}, numbered=False) for line in lines]
    return Agreement(title={lang: lines[0]}, languages=[lang], body=body[1:])


SEEDS_DIR = PROJECT_ROOT.parent / "shared" / "seeds"


def seed_file(prefix: str) -> Path:
    """The seed whose name starts with ``prefix`` (the UI tests cannot reach conftest's)."""
    return next(SEEDS_DIR.glob(f"{prefix}_*.txt"))


def seed_lines(path: Path) -> list[str]:
    return [s for line in path.read_text(encoding="utf-8").splitlines() if (s := line.strip())]


def edited_lines(lines: list[str], edits: int, deletions: int, seed: int = 4) -> list[str]:
    """Like make_pairs.py's big pair: word edits and deleted paragraphs, reproducibly."""
    rnd = random.Random(seed)
    out = list(lines)
    long_idx = [i for i, line in enumerate(out) if len(line.split()) > 12]
    for i in rnd.sample(long_idx, edits):
        words = out[i].split()
        words[rnd.randrange(len(words))] = rnd.choice(["notamment", "exclusivement"])
        out[i] = " ".join(words)
    for i in sorted(rnd.sample(long_idx, deletions), reverse=True):
        del out[i]
    return out


def small_pair_lines() -> tuple[list[str], list[str]]:
    """make_pairs.py's small pair as paragraph lists (seed 000, negotiated version)."""
    import re

    lines = [s for s in seed_lines(seed_file("000"))
             if s not in ("Handwritten mark", "Handwritten signature", "W7")]
    names = ["Article premier", *(f"Article {n}" for n in range(2, 10))]
    starts = [next(i for i, s in enumerate(lines) if s == name) for name in names]
    ends = [*starts[1:], len(lines)]
    articles = [lines[a:b] for a, b in zip(starts, ends, strict=True)]
    new = lines[:starts[0]]
    for number, old_number in enumerate([1, 2, 6, 3, 4, 5, 7, 8, 9], start=1):
        block = list(articles[old_number - 1])
        block[0] = "Article premier" if number == 1 else f"Article {number}"
        new += block
    new = [s.replace("trois mois", "six mois").replace("CARRIC ", "CARICC ") for s in new]
    at = next(i for i, s in enumerate(new) if re.match(r"3\. Chaque Partie est en mesure", s))
    new.insert(at + 1, "4. Toute résiliation est notifiée par écrit à l'autre Partie.")
    return lines, new


def write_docx_lines(lines: list[str], path: Path) -> Path:
    """A .docx with one paragraph per line, as make_pairs.py writes them."""
    from docx import Document

    document = Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path
