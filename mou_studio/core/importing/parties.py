"""Parties and their defined short names, read from the preamble's opening sentence."""

from __future__ import annotations

import re

from mou_studio.core.importing.patterns import HEREINAFTER
from mou_studio.core.model import Party

_COLLECTIVE = re.compile(
    r"^(les |the )?(parties?|participants?|signataires?|signatories|sides?|стороны|сторона"
    r"|сторон\w*|участник\w*)$",
    re.I,
)
_LEADING_DETERMINER = re.compile(r"^(l['’]|le |la |les |the )", re.I)
_TITLE_PARTIES = re.compile(
    r"\b(?:entre|between|между)\s+(?P<a>.+?)\s+(?:et|and|и)\s+(?P<b>.+?)"
    r"(?:\s+(?:instituant|relatif|relative|concernant|sur|portant|dans|en matière|on|concerning"
    r"|regarding|for|о|об)\b|,|$)",
    re.I,
)
_CONNECTOR_START = re.compile(r"^(?:,?\s*(?:et|and|и|ainsi que)\s+)", re.I)
_TRAILING = re.compile(r"[\s,;:]+$")
_FOOTNOTE_CALL = re.compile(r"\{\{fn:[A-Za-z0-9_-]+\}\}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+")


_ACRONYM = re.compile(
    r"\(\s*(?P<det>the |l['’])?[«“\"]?\s*(?P<bare>[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё0-9-]{1,15})"
    r"\s*[»”\"]?\s*\)"
)


def parties_from_intro(intro: str, lang: str) -> list[Party]:
    """Parties defined in ``intro`` with « ci-après dénommé(e) … », "(WCO)" and EN/RU forms."""
    return _defined(intro, lang, HEREINAFTER) or _defined(intro, lang, _ACRONYM)


def _defined(intro: str, lang: str, pattern: re.Pattern[str]) -> list[Party]:
    parties: list[Party] = []
    start = 0
    for match in pattern.finditer(intro):
        name = _clean_name(intro[start:match.start()])
        start = match.end()
        groups = match.groupdict()
        short = (groups.get("aq1") or groups.get("aq2") or groups.get("aq3")
                 or groups.get("bare") or "").strip()
        det = (match["det"] or "").lower()
        inner = _LEADING_DETERMINER.match(short)
        if inner and not det:
            det, short = inner.group(1).lower(), short[inner.end():]
        if not name or not short or _COLLECTIVE.match(f"{det}{short}"):
            continue
        party = Party(name={lang: name}, short_name={lang: short})
        if det:
            party.determiner = {lang: det.strip()}
        parties.append(party)
    return parties


def parties_from_names(names: list[str], lang: str) -> list[Party]:
    """Parties named one per block ("LA COMMUNAUTÉ EUROPÉENNE," / "et" / "L'AGENCE …")."""
    return [Party(name={lang: n}) for n in (_clean_name(x) for x in names) if n]


def parties_from_sentence(intro: str, lang: str) -> list[Party]:
    """« Le Gouvernement de A et le Gouvernement de B, ci-après dénommés … »."""
    head = HEREINAFTER.split(intro, maxsplit=1)[0] if HEREINAFTER.search(intro) else intro
    parts = re.split(r"\s+(?:et|and|и)\s+", head.strip(" ,:"))
    if len(parts) != 2 or any(len(p.split()) > 25 for p in parts):
        return []
    return parties_from_names(parts, lang)


def parties_from_title(title: str, lang: str) -> list[Party]:
    """« Accord entre la Communauté européenne et l'Agence spatiale européenne »."""
    m = _TITLE_PARTIES.search(title)
    return parties_from_names([m["a"], m["b"]], lang) if m else []


def _clean_name(text: str) -> str:
    text = _FOOTNOTE_CALL.sub("", text).strip()
    text = _CONNECTOR_START.sub("", text)
    text = _TRAILING.sub("", text)
    text = _LEADING_DETERMINER.sub("", text).strip()
    return text


def find_party(parties: list[Party], who: str, lang: str) -> Party | None:
    """The party a caption such as « Pour l'OMD » names, by short form, short or full name."""
    wanted = _key(who)
    for party in parties:
        candidates = (party.short_form(lang), party.short_name.get(lang, ""),
                      party.name.get(lang, ""))
        if any(c and _key(c) == wanted for c in candidates):
            return party
    for party in parties:
        name = _key(party.name.get(lang, ""))
        if name and (name in wanted or wanted in name):
            return party
    stems = _stems(wanted)
    for party in parties:
        for candidate in (party.short_name.get(lang, ""), party.name.get(lang, "")):
            if candidate and _stems(_key(candidate)) == stems:
                return party  # « За Службу А » names « Служба А » (Russian cases)
    return None


def _stems(text: str) -> list[str]:
    return [word[: max(3, len(word) - 2)] for word in text.split()]


def _key(text: str) -> str:
    return " ".join(_LEADING_DETERMINER.sub("", text.strip()).lower().split())
