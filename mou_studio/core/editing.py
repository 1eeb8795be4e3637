"""Edits of an agreement's structure and text, each with its inverse.

Every change the editor makes is an :class:`Edit`: ``apply`` changes the agreement in
place, ``revert`` puts it back exactly as it was, and ``apply`` again (redo) gives the same
result as the first time (new nodes get their uid when the edit is created, not applied).
The GUI wraps each one in a ``QUndoCommand``; nothing here knows about Qt.

Text edits remember the old value; structural edits (insert, delete, move, indent,
outdent, split, merge) remember the operative tree as it was, which makes their inverse
exact whatever the edit touched.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Protocol

from mou_studio.core.errors import MouStudioError
from mou_studio.core.messages import Message, msg
from mou_studio.core.model import Agreement, Annex, LangText, Node, NodeKind, new_uid

AGREEMENT_TARGET = "agreement"
AGREEMENT_FIELDS = ("title", "preamble_heading", "preamble_intro", "enacting_formula",
                    "testimonium")
NODE_FIELDS = ("text", "heading")
PARTY_FIELDS = ("name", "short_name", "determiner")

# Which kind of node may sit directly under which (None: the top of a body).
ALLOWED_PARENTS: dict[NodeKind, tuple[NodeKind | None, ...]] = {
    NodeKind.CHAPTER: (None,),
    NodeKind.ARTICLE: (None, NodeKind.CHAPTER),
    NodeKind.LETTER: (None,),
    NodeKind.PARAGRAPH: (NodeKind.ARTICLE, NodeKind.LETTER, None),
    NodeKind.POINT: (NodeKind.PARAGRAPH, NodeKind.ARTICLE),
    NodeKind.SUBPOINT: (NodeKind.POINT,),
}
CHILD_KIND = {
    NodeKind.CHAPTER: NodeKind.ARTICLE,
    NodeKind.ARTICLE: NodeKind.PARAGRAPH,
    NodeKind.LETTER: NodeKind.PARAGRAPH,
    NodeKind.PARAGRAPH: NodeKind.POINT,
    NodeKind.POINT: NodeKind.SUBPOINT,
}


class EditError(MouStudioError):
    """The edit does not make sense here (e.g. an article inside a paragraph)."""


class Edit(Protocol):
    description: Message  # its name in Undo History and "Undo …"

    def apply(self, agreement: Agreement) -> None: ...

    def revert(self, agreement: Agreement) -> None: ...


# -- locating nodes -------------------------------------------------------------------


@dataclass(frozen=True)
class Location:
    siblings: list[Node]
    index: int
    parent: Node | None
    annex: Annex | None


def locate(agreement: Agreement, uid: str) -> Location:
    """Where the operative node ``uid`` sits; :class:`EditError` when it does not exist."""
    bodies: list[tuple[list[Node], Annex | None]] = [(agreement.body, None)]
    bodies += [(annex.body, annex) for annex in agreement.annexes]
    for body, annex in bodies:
        found = _search(body, uid, None, annex)
        if found is not None:
            return found
    raise EditError(msg("no node {uid} in this agreement", uid=uid))


def _search(nodes: list[Node], uid: str, parent: Node | None,
            annex: Annex | None) -> Location | None:
    for index, node in enumerate(nodes):
        if node.uid == uid:
            return Location(nodes, index, parent, annex)
        found = _search(node.children, uid, node, annex)
        if found is not None:
            return found
    return None


def _container(agreement: Agreement, parent_uid: str | None) -> tuple[list[Node], Node | None]:
    if parent_uid is None:
        return agreement.body, None
    annex = next((a for a in agreement.annexes if a.uid == parent_uid), None)
    if annex is not None:
        return annex.body, None
    parent = locate(agreement, parent_uid)
    node = parent.siblings[parent.index]
    return node.children, node


def _check_placement(kind: NodeKind, parent: Node | None) -> None:
    parent_kind = parent.kind if parent is not None else None
    if parent_kind not in ALLOWED_PARENTS[kind]:
        raise EditError(msg("{what} cannot be placed {where}",
                            what=kind_name(kind), where=_placed_in(parent_kind)))


def insert_description(kind: NodeKind) -> Message:
    """The undo name of inserting a node of ``kind``: "Insert article"."""
    match kind:
        case NodeKind.CHAPTER:
            return msg("Insert chapter")
        case NodeKind.ARTICLE:
            return msg("Insert article")
        case NodeKind.PARAGRAPH:
            return msg("Insert paragraph")
        case NodeKind.POINT:
            return msg("Insert point")
        case NodeKind.SUBPOINT:
            return msg("Insert subpoint")
        case NodeKind.LETTER:
            return msg("Insert letter")


def kind_name(kind: NodeKind) -> Message:
    """A node kind with its article, as a sentence names it ("a paragraph")."""
    match kind:
        case NodeKind.CHAPTER:
            return msg("a chapter")
        case NodeKind.ARTICLE:
            return msg("an article")
        case NodeKind.PARAGRAPH:
            return msg("a paragraph")
        case NodeKind.POINT:
            return msg("a point")
        case NodeKind.SUBPOINT:
            return msg("a subpoint")
        case NodeKind.LETTER:
            return msg("a letter")


def _placed_in(kind: NodeKind | None) -> Message:
    """Where a node would go: "in a chapter", or "in the top level" for None."""
    match kind:
        case None:
            return msg("in the top level")
        case NodeKind.CHAPTER:
            return msg("in a chapter")
        case NodeKind.ARTICLE:
            return msg("in an article")
        case NodeKind.PARAGRAPH:
            return msg("in a paragraph")
        case NodeKind.POINT:
            return msg("in a point")
        case NodeKind.SUBPOINT:
            return msg("in a subpoint")
        case NodeKind.LETTER:
            return msg("in a letter")


# -- text -----------------------------------------------------------------------------


def _text_field(agreement: Agreement, target: str, field_name: str) -> LangText:
    if target == AGREEMENT_TARGET:
        if field_name not in AGREEMENT_FIELDS:
            raise EditError(msg("the agreement has no text field {field}", field=field_name))
        return getattr(agreement, field_name)
    recital = next((r for r in agreement.recitals if r.uid == target), None)
    if recital is not None and field_name == "text":
        return recital.text
    footnote = agreement.footnote(target)
    if footnote is not None and field_name == "text":
        return footnote.text
    party = agreement.party(target)
    if party is not None:
        if field_name not in PARTY_FIELDS:
            raise EditError(msg("a party has no text field {field}", field=field_name))
        return getattr(party, field_name)
    if field_name not in NODE_FIELDS:
        raise EditError(msg("a node has no text field {field}", field=field_name))
    location = locate(agreement, target)
    return getattr(location.siblings[location.index], field_name)


@dataclass
class SetText:
    """Replace one language of one text field (node text or heading, recital, title…)."""

    target: str
    field_name: str
    lang: str
    value: str
    description: Message = field(default_factory=lambda: msg("Edit text"))
    _old: str | None = field(default=None, init=False)

    def apply(self, agreement: Agreement) -> None:
        texts = _text_field(agreement, self.target, self.field_name)
        self._old = texts.get(self.lang)
        texts[self.lang] = self.value

    def revert(self, agreement: Agreement) -> None:
        texts = _text_field(agreement, self.target, self.field_name)
        if self._old is None:
            texts.pop(self.lang, None)
        else:
            texts[self.lang] = self._old


def read_text(agreement: Agreement, target: str, field_name: str, lang: str) -> str:
    """The current value of a text field in ``lang`` ("" when missing)."""
    return _text_field(agreement, target, field_name).get(lang, "")


# -- structure ------------------------------------------------------------------------


@dataclass
class _Snapshot:
    body: list[Node]
    annex_bodies: list[list[Node]]


def _snapshot(agreement: Agreement) -> _Snapshot:
    return _Snapshot(copy.deepcopy(agreement.body),
                     [copy.deepcopy(a.body) for a in agreement.annexes])


def _restore(agreement: Agreement, snapshot: _Snapshot) -> None:
    agreement.body[:] = copy.deepcopy(snapshot.body)
    for annex, body in zip(agreement.annexes, snapshot.annex_bodies, strict=True):
        annex.body[:] = copy.deepcopy(body)


class _StructuralEdit:
    """Base of edits whose inverse restores the operative tree as it was."""

    description = msg("Edit structure")

    def __init__(self) -> None:
        self._before: _Snapshot | None = None

    def apply(self, agreement: Agreement) -> None:
        before = _snapshot(agreement)
        self._change(agreement)  # raises before anything changed when the edit is invalid
        self._before = before

    def revert(self, agreement: Agreement) -> None:
        if self._before is None:
            raise EditError(msg("this edit was never applied"))
        _restore(agreement, self._before)

    def _change(self, agreement: Agreement) -> None:
        raise NotImplementedError


class InsertNode(_StructuralEdit):
    """Insert ``node`` under ``parent_uid`` (None: the body) at ``index`` (-1: last)."""

    def __init__(self, node: Node, parent_uid: str | None, index: int = -1) -> None:
        super().__init__()
        self.node = node
        self.parent_uid = parent_uid
        self.index = index
        self.description = insert_description(node.kind)

    def _change(self, agreement: Agreement) -> None:
        siblings, parent = _container(agreement, self.parent_uid)
        _check_placement(self.node.kind, parent)
        index = len(siblings) if self.index < 0 else min(self.index, len(siblings))
        siblings.insert(index, copy.deepcopy(self.node))


class DeleteNode(_StructuralEdit):
    def __init__(self, uid: str) -> None:
        super().__init__()
        self.uid = uid
        self.description = msg("Delete")

    def _change(self, agreement: Agreement) -> None:
        location = locate(agreement, self.uid)
        del location.siblings[location.index]


class MoveNode(_StructuralEdit):
    """Move a node (with its children) under ``parent_uid`` at ``index``."""

    def __init__(self, uid: str, parent_uid: str | None, index: int) -> None:
        super().__init__()
        self.uid = uid
        self.parent_uid = parent_uid
        self.index = index
        self.description = msg("Move")

    def _change(self, agreement: Agreement) -> None:
        source = locate(agreement, self.uid)
        node = source.siblings[source.index]
        if self.parent_uid is not None and any(
            n.uid == self.parent_uid for n in node.walk()
        ):
            raise EditError(msg("a node cannot be moved inside itself"))
        siblings, parent = _container(agreement, self.parent_uid)
        _check_placement(node.kind, parent)
        index = self.index
        if siblings is source.siblings and source.index < index:
            index -= 1  # the node leaves its old place first
        del source.siblings[source.index]
        siblings.insert(max(0, min(index, len(siblings))), node)


class IndentNode(_StructuralEdit):
    """Make a node the last child of its previous sibling (a paragraph becomes a point)."""

    description = msg("Indent")

    def __init__(self, uid: str) -> None:
        super().__init__()
        self.uid = uid

    def _change(self, agreement: Agreement) -> None:
        location = locate(agreement, self.uid)
        if location.index == 0:
            raise EditError(msg("the first item cannot be indented: nothing precedes it"))
        node = location.siblings[location.index]
        new_parent = location.siblings[location.index - 1]
        new_kind = CHILD_KIND.get(new_parent.kind)
        if new_kind is None or node.kind in (NodeKind.ARTICLE, NodeKind.CHAPTER):
            raise EditError(msg("{what} cannot be indented here", what=kind_name(node.kind)))
        del location.siblings[location.index]
        node.kind = new_kind
        _retype_children(node)
        new_parent.children.append(node)


class OutdentNode(_StructuralEdit):
    """Move a node up one level, right after its parent (a point becomes a paragraph)."""

    description = msg("Outdent")

    def __init__(self, uid: str) -> None:
        super().__init__()
        self.uid = uid

    def _change(self, agreement: Agreement) -> None:
        location = locate(agreement, self.uid)
        parent = location.parent
        if parent is None or parent.kind in (NodeKind.ARTICLE, NodeKind.CHAPTER,
                                             NodeKind.LETTER):
            raise EditError(msg("this item is already at its outermost level"))
        grand = locate(agreement, parent.uid)
        node = location.siblings.pop(location.index)
        node.kind = parent.kind
        _retype_children(node)
        grand.siblings.insert(grand.index + 1, node)


def _retype_children(node: Node) -> None:
    child_kind = CHILD_KIND.get(node.kind)
    for child in node.children:
        if child_kind is None:
            raise EditError(msg("{what} cannot hold sub-items", what=kind_name(node.kind)))
        child.kind = child_kind
        _retype_children(child)


class SplitNode(_StructuralEdit):
    """Split a paragraph's ``lang`` text at ``offset`` into two consecutive paragraphs."""

    description = msg("Split paragraph")

    def __init__(self, uid: str, lang: str, offset: int) -> None:
        super().__init__()
        self.uid = uid
        self.lang = lang
        self.offset = offset
        self.new_uid = new_uid()

    def _change(self, agreement: Agreement) -> None:
        location = locate(agreement, self.uid)
        node = location.siblings[location.index]
        text = node.text.get(self.lang, "")
        if not 0 < self.offset < len(text):
            raise EditError(msg("place the cursor inside the text to split it"))
        second = Node(node.kind, uid=self.new_uid,
                      text={self.lang: text[self.offset:].lstrip()},
                      numbered=node.numbered, children=node.children)
        node.text[self.lang] = text[: self.offset].rstrip()
        node.children = []
        location.siblings.insert(location.index + 1, second)


class MergeWithNext(_StructuralEdit):
    """Join a node with the next one of its level: texts joined, children kept."""

    description = msg("Merge paragraphs")

    def __init__(self, uid: str) -> None:
        super().__init__()
        self.uid = uid

    def _change(self, agreement: Agreement) -> None:
        location = locate(agreement, self.uid)
        if location.index + 1 >= len(location.siblings):
            raise EditError(msg("there is no following item to merge with"))
        node = location.siblings[location.index]
        following = location.siblings[location.index + 1]
        if following.kind is not node.kind:
            raise EditError(msg("only items of the same kind can be merged"))
        for lang, text in following.text.items():
            mine = node.text.get(lang, "")
            node.text[lang] = f"{mine} {text}".strip() if mine else text
        node.children.extend(following.children)
        del location.siblings[location.index + 1]


def new_child(agreement: Agreement, parent_uid: str | None, lang: str) -> Node:
    """A fresh empty node of the kind that belongs under ``parent_uid`` (None: the body)."""
    if parent_uid is None:
        has_articles = any(n.kind is NodeKind.ARTICLE for n in agreement.body) or not (
            agreement.body)
        return _empty(NodeKind.ARTICLE if has_articles else NodeKind.PARAGRAPH, lang)
    location = locate(agreement, parent_uid)
    return new_child_of_kind(location.siblings[location.index], lang)


def new_child_of_kind(node: Node, lang: str, same: bool = False) -> Node:
    """A fresh empty node to go under ``node`` (or beside it when ``same``)."""
    if same:
        return _empty(node.kind, lang)
    kind = CHILD_KIND.get(node.kind)
    if kind is None:
        raise EditError(msg("{what} cannot hold sub-items", what=kind_name(node.kind)))
    return _empty(kind, lang)


def _empty(kind: NodeKind, lang: str) -> Node:
    if kind in (NodeKind.ARTICLE, NodeKind.CHAPTER, NodeKind.LETTER):
        return Node(kind, heading={lang: ""})
    return Node(kind, text={lang: ""})


def move_relative(agreement: Agreement, uid: str, target_uid: str, position: str) -> MoveNode:
    """The move that puts ``uid`` "before", "after" or "into" (last child of) a target."""
    target = locate(agreement, target_uid)
    if position == "into":
        node = target.siblings[target.index]
        return MoveNode(uid, target_uid, len(node.children))
    if target.parent is not None:
        parent_uid: str | None = target.parent.uid
    else:
        parent_uid = target.annex.uid if target.annex is not None else None
    return MoveNode(uid, parent_uid, target.index + (1 if position == "after" else 0))


def sibling_move(agreement: Agreement, uid: str, step: int) -> MoveNode:
    """Move a node one place up (``step`` -1) or down (+1) among its siblings."""
    location = locate(agreement, uid)
    index = location.index + step
    if not 0 <= index < len(location.siblings):
        raise EditError(msg("already at the edge of its list"))
    target = location.siblings[index].uid
    return move_relative(agreement, uid, target, "before" if step < 0 else "after")


# The undo name of putting autosaved work back (the GUI's recovery offer).
RESTORE_UNSAVED_WORK = msg("Restore unsaved work")


class ReplaceAgreement:
    """Replace the whole content of an agreement (restoring autosaved work, a template)."""

    description = msg("Replace content")

    def __init__(self, content: Agreement) -> None:
        self.content = copy.deepcopy(content)
        self._before: Agreement | None = None

    def apply(self, agreement: Agreement) -> None:
        self._before = copy.deepcopy(agreement)
        _assign(agreement, self.content)

    def revert(self, agreement: Agreement) -> None:
        if self._before is None:
            raise EditError(msg("this edit was never applied"))
        _assign(agreement, self._before)


def _assign(agreement: Agreement, content: Agreement) -> None:
    """Make ``agreement`` equal to ``content`` in place (the editor holds the object)."""
    for name in agreement.__dataclass_fields__:
        setattr(agreement, name, copy.deepcopy(getattr(content, name)))
