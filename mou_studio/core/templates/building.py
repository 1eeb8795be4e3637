"""Building an :class:`Agreement` from a template and checked answers.

The clauses whose conditions hold are kept in template order; each gets a fresh uid, and
every ``{{ref:clause}}`` of the template becomes a model reference to that uid, so the
label it renders (« l'article 6 ») follows the numbering the answers produced.
"""

from __future__ import annotations

from collections.abc import Callable

from mou_studio.core.errors import TemplateError
from mou_studio.core.messages import msg
from mou_studio.core.model import (
    Agreement,
    LangText,
    Node,
    NodeKind,
    Party,
    Recital,
    SignatureBlock,
    new_uid,
)
from mou_studio.core.templates.answers import Answers, PartyAnswer
from mou_studio.core.templates.conditions import holds
from mou_studio.core.templates.placeholders import fill
from mou_studio.core.templates.schema import (
    ClauseSpec,
    QuestionType,
    Template,
    UnitSpec,
)
from mou_studio.core.templates.wording import (
    capitalise,
    join_words,
    language_list,
    number_in_words,
)
from mou_studio.core.views import format_long_date

QUOTES = {"fr": ("« ", " »"), "en": ("\u201c", "\u201d"), "ru": ("«", "»")}


def build_agreement(template: Template, answers: Answers) -> Agreement:
    """The agreement that ``answers`` make of ``template``; nothing is stored."""
    return _Builder(template, answers).build()


def party_uid(question_id: str) -> str:
    """The uid given to the party answering the party question ``question_id``."""
    return "party-" + question_id.replace("_", "-")


class _Builder:
    def __init__(self, template: Template, answers: Answers) -> None:
        self.template = template
        self.answers = answers
        self.languages = list(answers.languages)
        self.uids: dict[str, str] = {}
        self.clauses = [c for c in template.clauses if holds(c.when, template, answers)]
        for clause in self.clauses:
            self.uids[clause.id] = new_uid()
            for unit in self._kept(clause.paragraphs):
                if unit.id:
                    self.uids[f"{clause.id}.{unit.id}"] = new_uid()

    def build(self) -> Agreement:
        """The agreement: fixed parts, kept clauses, parties and signature blocks."""
        t = self.template
        parties = self._parties()
        return Agreement(
            title=self._text(t.title), kind=t.kind, register=t.register,
            languages=list(self.languages), parties=parties,
            preamble_heading=self._text(t.preamble_heading),
            preamble_intro=self._text(t.preamble_intro),
            recitals=[Recital(text=self._text(r.text)) for r in t.recitals
                      if holds(r.when, t, self.answers)],
            enacting_formula=self._text(t.enacting_formula),
            body=[self._clause(c) for c in self.clauses],
            testimonium=self._text(t.testimonium),
            signatures=[self._signature(s.party, s.caption) for s in t.signatures
                        if self.answers.get(s.party) is not None],
        )

    # -- structure ----------------------------------------------------------------

    def _kept(self, units: tuple[UnitSpec, ...]) -> list[UnitSpec]:
        return [u for u in units if holds(u.when, self.template, self.answers)]

    def _clause(self, clause: ClauseSpec) -> Node:
        kind = NodeKind.LETTER if clause.kind == "letter" else NodeKind.ARTICLE
        return Node(
            kind=kind, uid=self.uids[clause.id], topic=clause.topic,
            heading=self._text(clause.heading), text=self._text(clause.text),
            children=[node for u in self._kept(clause.paragraphs)
                      for node in self._units_of(u, clause)],
        )

    def _units_of(self, unit: UnitSpec, clause: ClauseSpec) -> list[Node]:
        if unit.quote is None:
            return [self._unit(unit, clause, NodeKind.PARAGRAPH)]
        quoted = next(c for c in self.template.clauses if c.id == unit.quote)
        copies = [self._unit(u, quoted, NodeKind.PARAGRAPH, fresh=True)
                  for u in self._kept(quoted.paragraphs) if u.numbered]
        if copies:
            for lang in self.languages:
                open_mark, close_mark = QUOTES.get(lang, QUOTES["en"])
                first, last = copies[0].text, copies[-1].text
                first[lang] = open_mark + first.get(lang, "")
                last[lang] = last.get(lang, "") + close_mark
        return copies

    def _unit(self, unit: UnitSpec, clause: ClauseSpec, kind: NodeKind,
              fresh: bool = False) -> Node:
        key = f"{clause.id}.{unit.id}"
        uid = self.uids[key] if unit.id and not fresh and key in self.uids else new_uid()
        child_kind = NodeKind.POINT if kind is NodeKind.PARAGRAPH else NodeKind.SUBPOINT
        return Node(kind=kind, uid=uid, text=self._text(unit.text), numbered=unit.numbered,
                    children=[self._unit(p, clause, child_kind, fresh)
                              for p in self._kept(unit.points)])

    def _parties(self) -> list[Party]:
        parties: list[Party] = []
        for question in self.template.questions:
            answer = self.answers.get(question.id)
            if question.type is QuestionType.PARTY and isinstance(answer, PartyAnswer):
                parties.append(Party(uid=party_uid(question.id), name=dict(answer.name),
                                     short_name=dict(answer.short_name),
                                     determiner=dict(answer.determiner)))
        return parties

    def _signature(self, question_id: str, caption: LangText) -> SignatureBlock:
        answer = self.answers.get(question_id)
        assert isinstance(answer, PartyAnswer)
        return SignatureBlock(
            party=party_uid(question_id), caption=self._text(caption),
            signatory=answer.signatory, title=dict(answer.title), date=answer.date,
            place=dict(answer.place),
        )

    # -- texts ----------------------------------------------------------------------

    def _text(self, text: LangText) -> LangText:
        out: LangText = {}
        for lang in self.languages:
            if lang in text:
                out[lang] = fill(text[lang], self._value_in(lang), self._uid_of)
        return out

    def _uid_of(self, target: str) -> str:
        if target not in self.uids:
            raise TemplateError(
                str(self.template.path), None,
                msg("a kept clause refers to '{target}', which these answers leave out; "
                    "the template's conditions must keep them together", target=target))
        return self.uids[target]

    def _value_in(self, lang: str) -> Callable[[str, str], str]:
        def value_of(name: str, attribute: str) -> str:
            return self._value(name, attribute, lang)

        return value_of

    def _value(self, name: str, attribute: str, lang: str) -> str:
        if name == "languages":
            count = len(self.languages)
            return number_in_words(count, lang) if attribute else language_list(
                self.languages, lang)
        if name == "parties":
            return number_in_words(len(self._parties()), lang)
        question = self.template.question(name)
        answer = self.answers.get(name)
        if question is None or answer is None:
            return ""
        return _render(question.type, answer, attribute, lang,
                       lambda v: _option_label(self.template, name, v, lang))


def _option_label(template: Template, question_id: str, value: str, lang: str) -> str:
    question = template.question(question_id)
    option = question.option(value) if question else None
    if option is None:
        return value
    return option.label.get(lang) or next(iter(option.label.values()), value)


def _render(qtype: QuestionType, answer: object, attribute: str, lang: str,
            label: Callable[[str], str]) -> str:
    if isinstance(answer, PartyAnswer):
        return _party_attribute(answer, attribute, lang)
    if qtype is QuestionType.NUMBER and isinstance(answer, int | float):
        if attribute == "words" and isinstance(answer, int):
            return number_in_words(answer, lang)
        return str(answer)
    if qtype is QuestionType.DATE:
        return format_long_date(str(answer), lang)
    if qtype is QuestionType.CHOICE:
        return label(str(answer))
    if qtype is QuestionType.MULTIPLE and isinstance(answer, list):
        return join_words([label(str(v)) for v in answer], lang)  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
    if qtype is QuestionType.LIST and isinstance(answer, list):
        return join_words([item.get(lang, "") for item in answer], lang)  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType, reportUnknownMemberType]
    if isinstance(answer, dict):
        return str(answer.get(lang, ""))  # pyright: ignore[reportUnknownMemberType, reportUnknownArgumentType]
    return str(answer)


def _party_attribute(answer: PartyAnswer, attribute: str, lang: str) -> str:
    party = Party(name=answer.name, short_name=answer.short_name,
                  determiner=answer.determiner)
    full = Party(short_name=answer.name,
                 determiner=answer.full_determiner or answer.determiner)
    value = {
        "name": answer.name.get(lang, ""),
        "short": answer.short_name.get(lang, ""),
        "short_form": party.short_form(lang),
        "the_name": full.short_form(lang),
    }.get(attribute.lower(), "")
    return capitalise(value) if attribute[:1].isupper() else value
