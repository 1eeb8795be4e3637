"""Every text field of an agreement, reachable by its :class:`Place`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from mou_studio.core.errors import MouStudioError
from mou_studio.core.lint.findings import Place, QuickFix
from mou_studio.core.messages import msg
from mou_studio.core.model import FOOTNOTE_TOKEN, REF_TOKEN, Agreement, LangText

_TOKEN = (REF_TOKEN, FOOTNOTE_TOKEN)


@dataclass(frozen=True)
class Slot:
    """One text field and its multilingual value (the live dict of the agreement)."""

    place: Place
    text: LangText


def slots(agreement: Agreement) -> Iterator[Slot]:
    """Every text field in reading order: title, preamble, body, testimonium, annexes…"""
    yield Slot(Place("title", None, "title"), agreement.title)
    yield Slot(Place("preamble", None, "intro"), agreement.preamble_intro)
    for recital in agreement.recitals:
        yield Slot(Place("recital", recital.uid), recital.text)
    yield Slot(Place("enacting", None, "formula"), agreement.enacting_formula)
    for node in (n for root in agreement.body for n in root.walk()):
        yield Slot(Place("node", node.uid, "heading"), node.heading)
        yield Slot(Place("node", node.uid, "text"), node.text)
    yield Slot(Place("testimonium", None, "text"), agreement.testimonium)
    for index, block in enumerate(agreement.signatures):
        yield Slot(Place("signature", str(index), "caption"), block.caption)
    for note in agreement.footnotes:
        yield Slot(Place("footnote", note.uid), note.text)
    for annex in agreement.annexes:
        yield Slot(Place("annex", annex.uid, "title"), annex.title)
        for node in (n for root in annex.body for n in root.walk()):
            yield Slot(Place("node", node.uid, "heading"), node.heading)
            yield Slot(Place("node", node.uid, "text"), node.text)


def text_at(agreement: Agreement, place: Place) -> LangText:
    """The live multilingual text at ``place``; MouStudioError when it is gone."""
    for slot in slots(agreement):
        if slot.place == place:
            return slot.text
    raise MouStudioError(msg("the text {place} no longer exists", place=place.key()))


def plain(text: str) -> str:
    """The text with its reference and footnote tokens blanked out (same length, so
    offsets still point into the stored text), so that uids never look like words."""
    if "{{" not in text:
        return text
    for token in _TOKEN:
        text = token.sub(lambda m: " " * len(m.group(0)), text)
    return text


def apply_fix(agreement: Agreement, fix: QuickFix) -> None:
    """Apply a quick fix in place; refuse if the text changed since the finding."""
    text = text_at(agreement, fix.place)
    current = text.get(fix.lang, "")
    if current[fix.start:fix.start + len(fix.old)] != fix.old:
        raise MouStudioError(msg("the text changed since it was checked; run the linter "
                                 "again ({fix})", fix=fix.describe()))
    text[fix.lang] = current[:fix.start] + fix.new + current[fix.start + len(fix.old):]
