"""Treaty wording in a non-binding MoU, and MoU wording in a binding agreement.

An MoU records intentions: « Participants » who « prennent effet », "will" and "come into
effect", texts "equally valid". Treaty vocabulary there ("shall", "enter into force",
"equally authentic", « sont convenus », « font également foi », «обязуется», «вступает в
силу») suggests legal obligations the signatories may not mean to create, and the reverse
weakens a binding agreement. Set phrases get a quick fix; a word whose replacement would
change grammatical agreement (« les Parties » → « les Participants » changes gender) only
gets the suggestion.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from mou_studio.core.lint.findings import Finding, Place, QuickFix, Severity
from mou_studio.core.lint.texts import plain, slots
from mou_studio.core.messages import Message, msg
from mou_studio.core.model import Agreement, Register

RULE = "register-wording"


@dataclass(frozen=True)
class Term:
    """One word or phrase of the other register, with what to write instead."""

    lang: str
    pattern: re.Pattern[str]
    suggestion: str
    severity: Severity
    fixable: bool


def _t(lang: str, pattern: str, suggestion: str, severity: Severity = Severity.WARNING,
       fixable: bool = True, flags: int = re.IGNORECASE) -> Term:
    return Term(lang, re.compile(rf"(?<!\w){pattern}(?!\w)", flags), suggestion, severity,
                fixable)


_W, _I = Severity.WARNING, Severity.INFO

TREATY_TERMS: tuple[Term, ...] = (
    _t("en", "shall", "will"),
    _t("en", "enters into force", "comes into effect"),
    _t("en", "enter into force", "come into effect"),
    _t("en", "entry into force", "coming into effect"),
    _t("en", "equally authentic", "equally valid"),
    _t("en", "have agreed as follows", "have reached the following understanding"),
    _t("en", "Parties", "Participants", _I, flags=0),
    _t("en", "Party", "Participant", _I, flags=0),
    _t("en", "obligations?", "commitments", _I, fixable=False),
    _t("fr", "sont convenues de ce qui suit", "sont parvenues à l'entente suivante"),
    _t("fr", "sont convenus de ce qui suit", "sont parvenus à l'entente suivante"),
    _t("fr", "entrera en vigueur", "prendra effet"),
    _t("fr", "entre en vigueur", "prend effet"),
    _t("fr", "entreront en vigueur", "prendront effet"),
    _t("fr", "entrer en vigueur", "prendre effet"),
    _t("fr", "entrée en vigueur", "prise d'effet"),
    _t("fr", "font également foi", "ont la même valeur"),
    _t("fr", "faisant également foi", "ayant la même valeur"),
    _t("fr", "fait également foi", "a la même valeur"),
    _t("fr", "s'engagen?t? à", "« entend » / « s'efforce de »", fixable=False),
    _t("fr", "Parties", "Participants", _I, fixable=False, flags=0),
    _t("fr", "Partie", "Participant", _I, fixable=False, flags=0),
    _t("fr", "obligations?", "« engagements »", _I, fixable=False),
    _t("ru", "обязу(?:ется|ются)", "«намерен(ы)»", fixable=False),
    _t("ru", "вступает в силу", "начинает применяться"),
    _t("ru", "вступит в силу", "начнёт применяться"),
    _t("ru", "вступления в силу", "начала применения"),
    _t("ru", "имеют одинаковую силу", "«имеют одинаковое значение»", fixable=False),
    _t("ru", "согласились о нижеследующем", "достигли следующего взаимопонимания"),
    _t("ru", "Стороны", "«Участники»", _I, fixable=False, flags=0),
)

MOU_TERMS: tuple[Term, ...] = (
    _t("en", "comes into effect", "enters into force"),
    _t("en", "come into effect", "enter into force"),
    _t("en", "coming into effect", "entry into force"),
    _t("en", "equally valid", "equally authentic"),
    _t("en", "have reached the following understanding", "have agreed as follows"),
    _t("en", "Participants", "Parties", _I, flags=0),
    _t("fr", "sont parvenues à l'entente suivante", "sont convenues de ce qui suit"),
    _t("fr", "sont parvenus à l'entente suivante", "sont convenus de ce qui suit"),
    _t("fr", "ont la même valeur", "font également foi"),
    _t("fr", "ayant la même valeur", "faisant également foi"),
    _t("fr", "Participants", "« Parties »", _I, fixable=False, flags=0),
    _t("ru", "достигли следующего взаимопонимания", "согласились о нижеследующем"),
    _t("ru", "начинает применяться", "вступает в силу", _I),
    _t("ru", "Участники", "«Стороны»", _I, fixable=False, flags=0),
)


def _any_of(terms: tuple[Term, ...], lang: str) -> re.Pattern[str]:
    """One pattern that matches wherever any term of ``lang`` might (case aside): most
    texts hold none, and one search is cheaper than thirty."""
    alternatives = "|".join(t.pattern.pattern for t in terms if t.lang == lang)
    return re.compile(alternatives or "(?!)", re.IGNORECASE)


_PREFILTERS = {(id(terms), lang): _any_of(terms, lang)
               for terms in (TREATY_TERMS, MOU_TERMS) for lang in ("fr", "en", "ru")}


def check_register_wording(agreement: Agreement) -> Iterator[Finding]:
    """Words of the other register, once per text field and term."""
    binding = agreement.register is Register.BINDING
    terms = MOU_TERMS if binding else TREATY_TERMS
    what = msg("MoU wording in a binding agreement") if binding else \
        msg("treaty wording in a non-binding MoU")
    for slot in slots(agreement):
        if slot.place.part == "title":
            continue
        for lang in agreement.languages:
            text = plain(slot.text.get(lang, ""))
            prefilter = _PREFILTERS.get((id(terms), lang))
            if prefilter is None or prefilter.search(text) is None:
                continue
            taken: list[tuple[int, int]] = []
            for term in (t for t in terms if t.lang == lang):
                match = term.pattern.search(text)
                # "entre en vigueur" inside "entrera en vigueur" is one slip, not two.
                if match is None or any(s <= match.start() < e for s, e in taken):
                    continue
                taken.append(match.span())
                yield _finding(slot.place, lang, match, term, what)


def _finding(place: Place, lang: str, match: re.Match[str], term: Term, what: Message
             ) -> Finding:
    found = match.group(0)
    fix = None
    if term.fixable:
        new = term.suggestion
        if found[:1].isupper():
            new = new[:1].upper() + new[1:]
        fix = QuickFix(place, lang, match.start(), found, new)
    return Finding(RULE, term.severity,
                   msg("{what}: “{found}” — suggested: {suggestion}", what=what,
                       found=found, suggestion=term.suggestion), place, lang, fix)
