"""Compare two versions of an agreement clause by clause; write redlines and blacklines."""

from mou_studio.core.compare.changeset import (
    Change,
    ChangeKind,
    ChangeSet,
    CompareOptions,
    LineChange,
    Placement,
)
from mou_studio.core.compare.engine import (
    CompareCancelled,
    compare,
    compare_clauses,
    redline_changes,
)
from mou_studio.core.compare.units import (
    Clause,
    Line,
    agreement_clauses,
    document_lines,
    paragraph_clauses,
)

__all__ = [
    "Change",
    "ChangeKind",
    "ChangeSet",
    "Clause",
    "CompareCancelled",
    "CompareOptions",
    "Line",
    "LineChange",
    "Placement",
    "agreement_clauses",
    "compare",
    "compare_clauses",
    "document_lines",
    "paragraph_clauses",
    "redline_changes",
]
