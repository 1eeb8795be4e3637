"""A clause as HTML for the library preview, and a word diff as HTML, per language."""

from __future__ import annotations

import html

from mou_studio.core.library.model import Clause, TextOrigin, VariantLevel, topic_name
from mou_studio.core.library.placeholders import PLACEHOLDER
from mou_studio.core.library.usage import clause_paragraphs
from mou_studio.core.library.worddiff import DELETE, INSERT, WordDiff

LEVEL_NAMES: dict[VariantLevel, dict[str, str]] = {
    VariantLevel.PREFERRED: {"fr": "Position préférée", "en": "Preferred",
                             "ru": "Предпочтительный вариант"},
    VariantLevel.FALLBACK: {"fr": "Position de repli", "en": "Fallback",
                            "ru": "Запасной вариант"},
    VariantLevel.LAST_RESORT: {"fr": "Dernier recours", "en": "Last resort",
                               "ru": "Крайний вариант"},
}
ORIGIN_NAMES: dict[TextOrigin, dict[str, str]] = {
    TextOrigin.SOURCE: {"fr": "texte de la source", "en": "source text",
                        "ru": "текст источника"},
    TextOrigin.OFFICIAL: {"fr": "texte officiel", "en": "official text",
                          "ru": "официальный текст"},
    TextOrigin.TEAM: {"fr": "traduction de l'équipe, non officielle",
                      "en": "team translation, not official",
                      "ru": "перевод группы, неофициальный"},
}


def _in(names: dict[str, str], lang: str) -> str:
    return names.get(lang) or names["en"]


def _text_html(text: str) -> str:
    """Escaped text with placeholders shown as such."""
    escaped = html.escape(text)
    return PLACEHOLDER.sub(lambda m: f'<span style="background:#fff3bf">{m.group(0)}</span>',
                           escaped)


def clause_html(clause: Clause, lang: str) -> str:
    """The clause in ``lang``: title, provenance, then every variant in order with its note."""
    origin = _in(ORIGIN_NAMES[clause.origin(lang)], lang)
    warn = ' style="color:#a61e4d"' if clause.origin(lang) is TextOrigin.TEAM else ""
    parts = [
        f"<h3>{html.escape(clause.title_in(lang))}</h3>",
        f"<p><small>{html.escape(topic_name(clause.topic, lang))} · "
        f"{html.escape(clause.register.value.replace('_', '-'))} · "
        f"{html.escape(clause.status.value)} · v{clause.version}<br>"
        f"{html.escape(clause.source)}<br><b{warn}>{html.escape(origin)}</b></small></p>",
    ]
    for number, variant in enumerate(clause.variants, 1):
        note = variant.note.get(lang) or variant.note.get("en", "")
        parts.append(f"<h4>{number}. {html.escape(_in(LEVEL_NAMES[variant.level], lang))}</h4>")
        if note:
            parts.append(f"<p><i>{html.escape(note)}</i></p>")
        text = variant.text.get(lang)
        if not text:
            parts.append("<p><i>—</i></p>")
            continue
        parts += [f"<p>{_text_html(p)}</p>" for p in clause_paragraphs(text)]
    return "\n".join(parts)


def diff_html(diff: WordDiff) -> str:
    """A word diff inline: deletions struck through in red, insertions underlined in green."""
    parts: list[str] = []
    for op, text in diff:
        escaped = html.escape(text)
        if op == DELETE:
            parts.append(f'<span style="color:#c92a2a;text-decoration:line-through">'
                         f"{escaped}</span>")
        elif op == INSERT:
            parts.append(f'<span style="color:#2b8a3e;text-decoration:underline">'
                         f"{escaped}</span>")
        else:
            parts.append(escaped)
    return "".join(parts)
