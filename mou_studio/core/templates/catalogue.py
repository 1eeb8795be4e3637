"""The shipped templates: where they live, listing them, finding one by id or path."""

from __future__ import annotations

from pathlib import Path

from mou_studio.core.errors import NotFound
from mou_studio.core.messages import msg
from mou_studio.core.paths import templates_dir
from mou_studio.core.templates.loading import load_template
from mou_studio.core.templates.schema import Template


def agreement_templates_dir() -> Path:
    """The folder of the shipped agreement templates (``templates/agreements``)."""
    return templates_dir() / "agreements"


def list_templates(folder: Path | None = None) -> list[Template]:
    """Every template of ``folder`` (default: the shipped ones), sorted by id.

    A malformed template raises TemplateError: a broken shipped file must be seen.
    """
    folder = folder or agreement_templates_dir()
    return sorted((load_template(p) for p in folder.glob("*.toml")), key=lambda t: t.id)


def find_template(name: str, folder: Path | None = None) -> Template:
    """The template with id ``name`` in ``folder``, or the template file at path ``name``."""
    candidate = Path(name)
    if candidate.suffix == ".toml" or candidate.exists():
        return load_template(candidate)
    folder = folder or agreement_templates_dir()
    path = folder / f"{name}.toml"
    if path.exists():
        return load_template(path)
    for template in list_templates(folder):
        if template.id == name:
            return template
    known = ", ".join(t.id for t in list_templates(folder))
    raise NotFound(msg("no template '{name}' (known templates: {known})", name=name,
                       known=known))
