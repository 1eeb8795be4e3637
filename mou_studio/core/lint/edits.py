"""A quick fix as an edit of :mod:`mou_studio.core.editing`, so the GUI can undo it."""

from __future__ import annotations

from mou_studio.core.editing import AGREEMENT_TARGET, SetText
from mou_studio.core.errors import MouStudioError
from mou_studio.core.lint.findings import QuickFix
from mou_studio.core.lint.texts import text_at
from mou_studio.core.messages import msg
from mou_studio.core.model import Agreement

# Where each agreement-level place lives among the editing module's fields.
_AGREEMENT_FIELDS = {
    "title": "title",
    "preamble": "preamble_intro",
    "enacting": "enacting_formula",
    "testimonium": "testimonium",
}


def fix_edit(agreement: Agreement, fix: QuickFix) -> SetText:
    """The :class:`SetText` edit that applies ``fix`` to ``agreement`` as it is now.

    Refuses (MouStudioError) a fix whose text changed since the finding, or one in a
    place the editor cannot address (a signature caption).
    """
    current = text_at(agreement, fix.place).get(fix.lang, "")
    if current[fix.start:fix.start + len(fix.old)] != fix.old:
        raise MouStudioError(msg("the text changed since it was checked; run the linter "
                                 "again ({fix})", fix=fix.describe()))
    value = current[:fix.start] + fix.new + current[fix.start + len(fix.old):]
    place = fix.place
    if place.part in _AGREEMENT_FIELDS:
        target, field_name = AGREEMENT_TARGET, _AGREEMENT_FIELDS[place.part]
    elif place.part in ("node", "recital", "footnote") and place.uid:
        target, field_name = place.uid, place.field
    else:
        raise MouStudioError(msg("this fix cannot be applied here ({place})",
                                 place=place.key()))
    return SetText(target, field_name, fix.lang, value,
                   msg("Quick fix: {change}", change=fix.describe()))
