"""Agreement templates: data files with a typed questionnaire that builds an agreement.

Load one with :func:`find_template`, check answers with :func:`load_answers` (a file) or
:func:`check_answers` (the wizard's data), then :func:`build_agreement`.
"""

from mou_studio.core.templates.answers import (
    Answers,
    PartyAnswer,
    check_answers,
    load_answers,
    read_answers_data,
)
from mou_studio.core.templates.answers_file import answers_to_toml, write_answers
from mou_studio.core.templates.building import build_agreement, party_uid
from mou_studio.core.templates.catalogue import (
    agreement_templates_dir,
    find_template,
    list_templates,
)
from mou_studio.core.templates.conditions import holds
from mou_studio.core.templates.loading import load_template
from mou_studio.core.templates.schema import (
    ClauseSpec,
    Option,
    Question,
    QuestionType,
    Template,
)

__all__ = [
    "Answers",
    "ClauseSpec",
    "Option",
    "PartyAnswer",
    "Question",
    "QuestionType",
    "Template",
    "agreement_templates_dir",
    "answers_to_toml",
    "build_agreement",
    "check_answers",
    "find_template",
    "holds",
    "list_templates",
    "load_answers",
    "load_template",
    "party_uid",
    "read_answers_data",
    "write_answers",
]
