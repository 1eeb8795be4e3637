"""The agreement tree to and from plain data (the storage and data-file format).

This format keeps everything, including uids and inline tokens, so that it round-trips
exactly. It is not the rendered view that ``show --json`` prints: see
:mod:`mou_studio.core.views` for that.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, cast

from mou_studio.core.errors import InvalidDocument
from mou_studio.core.messages import msg
from mou_studio.core.model import (
    Agreement,
    AgreementKind,
    Annex,
    ClauseRef,
    Footnote,
    LangText,
    Node,
    NodeKind,
    Party,
    Recital,
    Register,
    SignatureBlock,
)

FORMAT_VERSION = 1


def agreement_to_dict(agreement: Agreement) -> dict[str, Any]:
    """Return the agreement as JSON-ready plain data."""
    return {
        "format": FORMAT_VERSION,
        "uid": agreement.uid,
        "title": agreement.title,
        "kind": agreement.kind.value,
        "register": agreement.register.value,
        "languages": list(agreement.languages),
        "parties": [_party_to_dict(p) for p in agreement.parties],
        "preamble_heading": agreement.preamble_heading,
        "preamble_intro": agreement.preamble_intro,
        "recitals": [{"uid": r.uid, "text": r.text} for r in agreement.recitals],
        "enacting_formula": agreement.enacting_formula,
        "body": [_node_to_dict(n) for n in agreement.body],
        "testimonium": agreement.testimonium,
        "signatures": [_signature_to_dict(s) for s in agreement.signatures],
        "footnotes": [{"uid": f.uid, "text": f.text} for f in agreement.footnotes],
        "annexes": [_annex_to_dict(a) for a in agreement.annexes],
    }


def _party_to_dict(party: Party) -> dict[str, Any]:
    return {
        "uid": party.uid,
        "name": party.name,
        "short_name": party.short_name,
        "determiner": party.determiner,
    }


def _node_to_dict(node: Node) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": node.kind.value, "uid": node.uid}
    if node.heading:
        data["heading"] = node.heading
    if node.text:
        data["text"] = node.text
    if not node.numbered:
        data["numbered"] = False
    if node.literal_number is not None:
        data["literal_number"] = node.literal_number
    if node.clause_ref is not None:
        ref = node.clause_ref
        data["clause"] = {"id": ref.clause_id, "version": ref.version, "variant": ref.variant}
    if node.topic is not None:
        data["topic"] = node.topic
    if node.children:
        data["children"] = [_node_to_dict(c) for c in node.children]
    return data


def _signature_to_dict(sig: SignatureBlock) -> dict[str, Any]:
    return {
        "party": sig.party,
        "caption": sig.caption,
        "signatory": sig.signatory,
        "title": sig.title,
        "date": sig.date,
        "date_text": sig.date_text,
        "place": sig.place,
    }


def _annex_to_dict(annex: Annex) -> dict[str, Any]:
    data: dict[str, Any] = {
        "uid": annex.uid,
        "title": annex.title,
        "literal_number": annex.literal_number,
        "body": [_node_to_dict(n) for n in annex.body],
    }
    if annex.label_word:
        data["label_word"] = annex.label_word
    return data


def agreement_to_json(agreement: Agreement) -> str:
    """Canonical JSON text: sorted keys, so equal agreements give equal text."""
    return json.dumps(agreement_to_dict(agreement), ensure_ascii=False, sort_keys=True)


def content_hash(agreement: Agreement) -> str:
    """SHA-256 of the canonical JSON: the identity of a version's content."""
    return canonical_json_hash(agreement_to_json(agreement))


def canonical_json_hash(text: str) -> str:
    """The content hash of JSON already written by :func:`agreement_to_json`."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- reading -----------------------------------------------------------------------


def agreement_from_json(text: str) -> Agreement:
    """Parse canonical JSON back into an agreement; malformed input → InvalidDocument."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, TypeError) as exc:
        raise InvalidDocument(msg("not valid JSON: {reason}", reason=str(exc))) from exc
    except RecursionError as exc:
        raise InvalidDocument(msg("not valid agreement data: nested too deeply")) from exc
    return agreement_from_dict(data)


def agreement_from_dict(data: Any) -> Agreement:
    """Build an agreement from plain data, checking every field it reads."""
    try:
        return _agreement_from_dict(_mapping(data, "agreement"))
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidDocument(msg("malformed agreement data: {reason}", reason=str(exc))) from exc
    except RecursionError as exc:
        raise InvalidDocument(msg("malformed agreement data: nested too deeply")) from exc


def _agreement_from_dict(data: dict[str, Any]) -> Agreement:
    if data.get("format", FORMAT_VERSION) > FORMAT_VERSION:
        raise InvalidDocument(msg("agreement written by a newer MoU Studio"))
    agreement = Agreement(
        uid=str(data["uid"]),
        title=_lang_text(data.get("title")),
        kind=AgreementKind(data.get("kind", "mou")),
        register=Register(data.get("register", "non_binding")),
        languages=[str(lang) for lang in data.get("languages") or ["fr"]],
        parties=[_party_from_dict(_mapping(p, "party")) for p in data.get("parties", [])],
        preamble_heading=_lang_text(data.get("preamble_heading")),
        preamble_intro=_lang_text(data.get("preamble_intro")),
        recitals=[
            Recital(uid=str(r["uid"]), text=_lang_text(r.get("text")))
            for r in map(_recital_mapping, data.get("recitals", []))
        ],
        enacting_formula=_lang_text(data.get("enacting_formula")),
        body=[_node_from_dict(_mapping(n, "node")) for n in data.get("body", [])],
        testimonium=_lang_text(data.get("testimonium")),
        signatures=[_signature_from_dict(_mapping(s, "signature"))
                    for s in data.get("signatures", [])],
        footnotes=[Footnote(uid=str(f["uid"]), text=_lang_text(f.get("text")))
                   for f in map(_footnote_mapping, data.get("footnotes", []))],
        annexes=[_annex_from_dict(_mapping(a, "annex")) for a in data.get("annexes", [])],
    )
    return agreement


def _recital_mapping(value: Any) -> dict[str, Any]:
    return _mapping(value, "recital")


def _footnote_mapping(value: Any) -> dict[str, Any]:
    return _mapping(value, "footnote")


def _party_from_dict(data: dict[str, Any]) -> Party:
    return Party(
        uid=str(data["uid"]),
        name=_lang_text(data.get("name")),
        short_name=_lang_text(data.get("short_name")),
        determiner=_lang_text(data.get("determiner")),
    )


def _node_from_dict(data: dict[str, Any]) -> Node:
    clause = data.get("clause")
    clause_ref = None
    if clause is not None:
        clause = _mapping(clause, "clause reference")
        clause_ref = ClauseRef(str(clause["id"]), int(clause["version"]),
                               int(clause.get("variant", 0)))
    literal = data.get("literal_number")
    return Node(
        kind=NodeKind(data["kind"]),
        uid=str(data["uid"]),
        heading=_lang_text(data.get("heading")),
        text=_lang_text(data.get("text")),
        children=[_node_from_dict(_mapping(c, "node")) for c in data.get("children", [])],
        numbered=bool(data.get("numbered", True)),
        literal_number=None if literal is None else str(literal),
        clause_ref=clause_ref,
        topic=None if data.get("topic") is None else str(data["topic"]),
    )


def _signature_from_dict(data: dict[str, Any]) -> SignatureBlock:
    party = data.get("party")
    date = data.get("date")
    return SignatureBlock(
        party=None if party is None else str(party),
        caption=_lang_text(data.get("caption")),
        signatory=str(data.get("signatory", "")),
        title=_lang_text(data.get("title")),
        date=None if date is None else str(date),
        date_text=_lang_text(data.get("date_text")),
        place=_lang_text(data.get("place")),
    )


def _annex_from_dict(data: dict[str, Any]) -> Annex:
    literal = data.get("literal_number")
    return Annex(
        uid=str(data["uid"]),
        title=_lang_text(data.get("title")),
        literal_number=None if literal is None else str(literal),
        body=[_node_from_dict(_mapping(n, "node")) for n in data.get("body", [])],
        label_word=_lang_text(data.get("label_word")),
    )


def _mapping(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"{what} must be an object, not {type(value).__name__}")
    return cast(dict[str, Any], value)


def _lang_text(value: Any) -> LangText:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise TypeError(f"a text must map languages to strings, not {type(value).__name__}")
    items = cast(dict[Any, Any], value).items()
    return {str(lang): str(text) for lang, text in items}
