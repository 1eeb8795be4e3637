"""The linter: the drafting slips officers actually make, found in an agreement.

Each rule is a function ``agreement -> findings`` in its own module; :data:`RULES` lists
them and :func:`lint_agreement` runs them all. A finding may carry a quick fix that is
safe to apply without reading further (:func:`apply_fix`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from mou_studio.core.lint.debris import check_debris
from mou_studio.core.lint.edits import fix_edit
from mou_studio.core.lint.final_clauses import check_final_clauses
from mou_studio.core.lint.findings import Finding, Place, QuickFix, Severity
from mou_studio.core.lint.names import check_short_names
from mou_studio.core.lint.places import describe_place, place_describer
from mou_studio.core.lint.references import check_references
from mou_studio.core.lint.register import check_register_wording
from mou_studio.core.lint.testimonium import check_testimonium
from mou_studio.core.lint.texts import apply_fix
from mou_studio.core.lint.versions import check_versions
from mou_studio.core.model import Agreement
from mou_studio.core.tasks import TaskControl, no_control

Rule = Callable[[Agreement], Iterable[Finding]]

RULES: tuple[Rule, ...] = (
    check_short_names,
    check_register_wording,
    check_references,
    check_final_clauses,
    check_debris,
    check_testimonium,
    check_versions,
)

_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def lint_agreement(agreement: Agreement, rules: tuple[Rule, ...] = RULES,
                   control: TaskControl | None = None) -> list[Finding]:
    """Every finding of every rule, errors first, then in document order.

    ``control`` reports progress rule by rule and stops (``Cancelled``) when asked: a
    whole journal issue takes about a second.
    """
    control = control or no_control()
    findings: list[Finding] = []
    for done, rule in enumerate(rules):
        control.progress(done, len(rules), rule.__name__.removeprefix("check_"))
        findings.extend(rule(agreement))
    control.progress(len(rules), len(rules))
    return sorted(findings, key=lambda f: _ORDER[f.severity])


def has_errors(findings: Iterable[Finding]) -> bool:
    """True when at least one finding is an error (``lint`` then exits 1)."""
    return any(f.severity is Severity.ERROR for f in findings)


__all__ = [
    "RULES",
    "Finding",
    "Place",
    "QuickFix",
    "Severity",
    "apply_fix",
    "describe_place",
    "fix_edit",
    "has_errors",
    "lint_agreement",
    "place_describer",
]
