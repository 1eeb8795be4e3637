"""Loading a template data file into a :class:`Template`, refusing it with file, line and
reason when it is malformed."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, TypeVar

from mou_studio.core.errors import TemplateError
from mou_studio.core.messages import Message, msg
from mou_studio.core.model import LANGUAGES, AgreementKind, LangText, Register
from mou_studio.core.templates.checks import check_template
from mou_studio.core.templates.schema import (
    ClauseSpec,
    Condition,
    Option,
    Question,
    QuestionType,
    RecitalSpec,
    SignatureSpec,
    Template,
    UnitSpec,
)
from mou_studio.core.templates.tomlfile import (
    TomlSource,
    as_lang_text,
    as_table,
    as_tables,
    id_line,
)

IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
_E = TypeVar("_E", AgreementKind, Register, QuestionType)
CONDITION_TESTS = ("equals", "in", "contains", "at_least", "answered")


def load_template(path: Path) -> Template:
    """Read and validate the template at ``path``; raise TemplateError if malformed."""
    source = TomlSource(path, TemplateError)
    template = _Reader(source).template()
    check_template(template, source)
    return template


class _Reader:
    """Turns the parsed TOML of one template into schema objects, checking each field."""

    def __init__(self, source: TomlSource) -> None:
        self.source = source
        self.data = source.data
        self.languages: tuple[str, ...] = ()

    def template(self) -> Template:
        """The whole template, each field checked as it is read."""
        data = self.data
        template_id = self._identifier(data.get("id"), msg("the template id"), "id =")
        self.languages = self._languages(data.get("languages"))
        text = as_table(self.source, data.get("text", {}), "[text]", "[text]")
        return Template(
            id=template_id,
            path=self.source.path,
            kind=self._enum(AgreementKind, data.get("kind"), "kind"),
            register=self._enum(Register, data.get("register"), "register"),
            languages=self.languages,
            name=self._text(data.get("name"), "name", "name =", required=True),
            description=self._text(data.get("description"), "description",
                                   "description ="),
            source=str(data.get("source", "")),
            questions=tuple(self._question(q) for q in as_tables(
                self.source, data.get("questions"), "questions", "[[questions]]")),
            title=self._text(text.get("title"), "text.title", "title =", required=True),
            preamble_heading=self._text(text.get("preamble_heading"),
                                        "text.preamble_heading", "preamble_heading"),
            preamble_intro=self._text(text.get("preamble_intro"), "text.preamble_intro",
                                      "preamble_intro"),
            recitals=tuple(self._recital(r) for r in as_tables(
                self.source, data.get("recitals"), "recitals", "[[recitals]]")),
            enacting_formula=self._text(text.get("enacting_formula"),
                                        "text.enacting_formula", "enacting_formula"),
            clauses=tuple(self._clause(c) for c in as_tables(
                self.source, data.get("clauses"), "clauses", "[[clauses]]")),
            testimonium=self._text(text.get("testimonium"), "text.testimonium",
                                   "testimonium"),
            signatures=tuple(self._signature(s) for s in as_tables(
                self.source, data.get("signatures"), "signatures", "[[signatures]]")),
        )

    # -- fields ------------------------------------------------------------------

    def _identifier(self, value: Any, what: Message, *needles: str) -> str:
        if not isinstance(value, str) or not IDENTIFIER.match(value.replace("-", "_")):
            raise self.source.fail(
                msg("{what} must be a lower-case identifier (letters, digits, _), "
                    "not {value}", what=what, value=repr(value)), *needles)
        return value

    def _languages(self, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not value or not all(
                lang in LANGUAGES for lang in value):  # pyright: ignore[reportUnknownVariableType]
            raise self.source.fail(msg("languages must be a non-empty list of fr, en, ru"),
                                   "languages")
        return tuple(str(lang) for lang in value)  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]

    def _enum(self, enum: type[_E], value: Any, what: Message | str, *needles: str) -> _E:
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            raise self.source.fail(msg("{what} must be one of {allowed}, not {value}",
                                       what=what, allowed=allowed, value=repr(value)),
                                   *needles, f"{what} =") from None

    def _text(self, value: Any, what: Message | str, *needles: str, required: bool = False
              ) -> LangText:
        text = as_lang_text(self.source, value, what, *needles)
        if "*" in text:
            text = dict.fromkeys(self.languages, text["*"])
        if not text and not required:
            return text
        missing = [lang for lang in self.languages if not text.get(lang, "").strip()]
        if missing:
            raise self.source.fail(msg("{what} has no text in {languages} (the template "
                                       "declares those languages)", what=what,
                                       languages=", ".join(missing)), *needles)
        return text

    # -- questions ---------------------------------------------------------------

    def _question(self, data: dict[str, Any]) -> Question:
        qid = self._identifier(data.get("id"), msg("a question id"),
                               id_line(str(data.get("id"))), "[[questions]]")
        where = id_line(qid)
        qtype = self._enum(QuestionType, data.get("type"),
                           msg("question {id}: type", id=qid), where)
        options = tuple(
            Option(str(o.get("value")),
                   self._text(o.get("label"), msg("question {id}: option label", id=qid),
                              where, required=True))
            for o in as_tables(self.source, data.get("options"), "options", where)
        )
        if qtype in (QuestionType.CHOICE, QuestionType.MULTIPLE) and not options:
            raise self.source.fail(msg("question {id}: a {type} question needs options",
                                       id=qid, type=qtype.value), where)
        return Question(
            id=qid, type=qtype,
            label=self._text(data.get("label"), msg("question {id}: label", id=qid), where,
                             required=True),
            guidance=self._text(data.get("guidance"), msg("question {id}: guidance", id=qid),
                                where),
            gaps=self._text(data.get("gaps"), msg("question {id}: gaps", id=qid), where),
            reference=str(data.get("reference", "")),
            required=bool(data.get("required", True)),
            default=data.get("default"),
            options=options,
            minimum=data.get("min"),
            maximum=data.get("max"),
            when=self._condition(data.get("when"), where),
        )

    # -- conditions --------------------------------------------------------------

    def _condition(self, value: Any, where: str) -> Condition | None:
        if value is None:
            return None
        data = as_table(self.source, value, "when", where)
        if "any" in data or "all" in data:
            parts = tuple(c for c in (self._condition(v, where) for v in
                                      as_tables(self.source, data.get("any") or
                                                data.get("all"), "when", where)) if c)
            return Condition(any_of=parts) if "any" in data else Condition(all_of=parts)
        if "not" in data:
            return Condition(negate=self._condition(data["not"], where))
        tests = [t for t in CONDITION_TESTS if t in data]
        if not isinstance(data.get("question"), str) or len(tests) != 1:
            raise self.source.fail(
                msg("a condition needs question = \"id\" and exactly one of {tests} (or "
                    "any / all / not)", tests=", ".join(CONDITION_TESTS)), where)
        return Condition(question=data["question"], test=tests[0], value=data[tests[0]])

    # -- body --------------------------------------------------------------------

    def _recital(self, data: dict[str, Any]) -> RecitalSpec:
        text = self._text(data.get("text"), msg("a recital"), "[[recitals]]", required=True)
        return RecitalSpec(text, self._condition(data.get("when"), "[[recitals]]"))

    def _clause(self, data: dict[str, Any]) -> ClauseSpec:
        cid = self._identifier(data.get("id"), msg("a clause id"),
                               id_line(str(data.get("id"))), "[[clauses]]")
        where = id_line(cid)
        kind = str(data.get("kind", "article"))
        if kind not in ("article", "letter"):
            raise self.source.fail(msg("clause {id}: kind must be article or letter", id=cid),
                                   where)
        topic = data.get("topic")
        if not isinstance(topic, str) or not topic:
            raise self.source.fail(msg("clause {id}: every clause needs a topic (what it is "
                                       "about, e.g. \"termination\")", id=cid), where)
        return ClauseSpec(
            id=cid, topic=topic, kind=kind,
            heading=self._text(data.get("heading"), msg("clause {id}: heading", id=cid),
                               where),
            text=self._text(data.get("text"), msg("clause {id}: text", id=cid), where),
            when=self._condition(data.get("when"), where),
            paragraphs=tuple(self._unit(p, cid) for p in as_tables(
                self.source, data.get("paragraphs"), "paragraphs", where)),
        )

    def _unit(self, data: dict[str, Any], clause_id: str) -> UnitSpec:
        uid = data.get("id")
        where = id_line(str(uid)) if uid else id_line(clause_id)
        if uid is not None:
            self._identifier(uid, msg("a paragraph id in clause {id}", id=clause_id), where)
        quote = data.get("quote")
        return UnitSpec(
            text=self._text(data.get("text"), msg("a paragraph of clause {id}", id=clause_id),
                            where, required=quote is None),
            quote=None if quote is None else str(quote),
            id=None if uid is None else str(uid),
            when=self._condition(data.get("when"), where),
            numbered=bool(data.get("numbered", True)),
            points=tuple(self._unit(p, clause_id) for p in as_tables(
                self.source, data.get("points"), "points", where)),
        )

    def _signature(self, data: dict[str, Any]) -> SignatureSpec:
        party = str(data.get("party", ""))
        return SignatureSpec(party, self._text(data.get("caption"),
                                               msg("a signature caption"), "[[signatures]]",
                                               required=True))
