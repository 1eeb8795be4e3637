"""templates, new, lint: drafting an agreement from a template and checking it."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mou_studio.commands.context import CliContext
from mou_studio.core.lint import Finding, apply_fix, has_errors, lint_agreement, place_describer
from mou_studio.core.messages import Message
from mou_studio.core.model import Agreement
from mou_studio.core.numbering import Numbering
from mou_studio.core.templates import (
    Template,
    build_agreement,
    find_template,
    list_templates,
    load_answers,
)
from mou_studio.core.views import agreement_view

EXIT_LINT_ERRORS = 1


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the templates, new and lint subcommands."""
    templates = subparsers.add_parser("templates", help="list the agreement templates")
    templates.add_argument("--json", action="store_true", help="print JSON")
    templates.add_argument("--lang", default="en", help="language of names (fr, en, ru)")
    templates.set_defaults(handler=run_templates)

    new = subparsers.add_parser("new", help="create an agreement from a template")
    new.add_argument("template", help="template id (see `templates`) or a .toml file")
    new.add_argument("--answers", type=Path, required=True,
                     help="TOML file answering the template's questions")
    new.add_argument("--json", action="store_true", help="print the result as JSON")
    new.add_argument("--dry-run", action="store_true",
                     help="build and check the agreement but store nothing")
    new.set_defaults(handler=run_new)

    lint = subparsers.add_parser(
        "lint", help="check an agreement for drafting slips (exit 1 when errors)")
    lint.add_argument("target", help="agreement id (see `list`), or a .txt/.docx file "
                      "(each agreement it holds is checked)")
    lint.add_argument("--json", action="store_true", help="print the findings as JSON")
    lint.add_argument("--fix", action="store_true",
                      help="apply the safe quick fixes to the stored agreement")
    lint.set_defaults(handler=run_lint)


def run_templates(args: argparse.Namespace, ctx: CliContext) -> int:
    """List the shipped templates."""
    templates = list_templates()
    if args.json:
        ctx.print_json([_template_summary(t) for t in templates])
        return 0
    for t in templates:
        ctx.print(f"{t.id:<28} {t.kind.value:<20} {t.register.value:<12} "
                  f"{','.join(t.languages):<9} {t.display_name(args.lang)}")
    return 0


def _template_summary(template: Template) -> dict[str, Any]:
    return {
        "id": template.id, "kind": template.kind.value,
        "register": template.register.value, "languages": list(template.languages),
        "name": template.name, "description": template.description,
        "source": template.source, "questions": len(template.questions),
    }


def run_new(args: argparse.Namespace, ctx: CliContext) -> int:
    """Build an agreement from a template and an answers file; store it unless --dry-run."""
    template = find_template(args.template)
    answers = load_answers(template, args.answers)
    agreement = build_agreement(template, answers)
    findings = lint_agreement(agreement)
    agreement_id = None if args.dry_run else ctx.agreements.create(agreement)
    if args.json:
        view = agreement_view(agreement)
        ctx.print_json({"id": agreement_id, "template": template.id,
                        "dry_run": bool(args.dry_run), "agreement": view,
                        "lint": [f.to_dict(ctx.text) for f in findings]})
        return 0
    if agreement_id is None:
        ctx.print(f"would create: {view_title(agreement)} "
                  f"({len(agreement.articles())} articles)")
    else:
        ctx.print(str(agreement_id))
    return 0


def view_title(agreement: Agreement) -> str:
    """The agreement's title in its primary language, on one line."""
    return " ".join(agreement.title.get(agreement.language, "").split())


def run_lint(args: argparse.Namespace, ctx: CliContext) -> int:
    """Check a stored agreement or a file; exit 1 when there are errors."""
    targets = _lint_targets(args.target, ctx)
    if args.fix and targets[0][2] is None:
        ctx.print("--fix applies to a stored agreement, not to a file; nothing changed")
    results: list[tuple[str, Agreement, list[Finding]]] = []
    for title, agreement, agreement_id in targets:
        findings = lint_agreement(agreement)
        if args.fix and agreement_id is not None:
            findings = _fix(agreement, agreement_id, findings, ctx)
        results.append((title, agreement, findings))
    everything = [f for _, _, findings in results for f in findings]
    if args.json:
        ctx.print_json({
            "target": args.target,
            "findings": [f.to_dict(ctx.text) for f in everything],
            "instruments": [{"title": title,
                             "findings": [f.to_dict(ctx.text) for f in findings]}
                            for title, _, findings in results],
        })
    else:
        for title, agreement, findings in results:
            if len(results) > 1:
                ctx.print(f"== {title}")
            describe = place_describer(agreement, Numbering(agreement))
            for finding in findings:
                ctx.print(_line(finding, describe, ctx))
        ctx.print(_summary(everything))
    return EXIT_LINT_ERRORS if has_errors(everything) else 0


def _lint_targets(target: str, ctx: CliContext) -> list[tuple[str, Agreement, int | None]]:
    """A stored agreement, or each agreement a file holds (a journal issue holds several;
    its regulations and decisions are not agreements and are not checked)."""
    if target.isdigit():
        agreement = ctx.agreements.get(int(target))
        return [(view_title(agreement), agreement, int(target))]
    from mou_studio.core.importing import import_file, load_document

    path = Path(target)
    found = [(i.title, i.agreement) for i in import_file(path).instruments
             if i.agreement is not None]
    if not found:
        agreement = load_document(path)
        return [(view_title(agreement), agreement, None)]
    return [(" ".join(title.split()), agreement, None) for title, agreement in found]


def _fix(agreement: Agreement, agreement_id: int, findings: list[Finding],
         ctx: CliContext) -> list[Finding]:
    fixes = sorted((f.fix for f in findings if f.fix), key=lambda x: -x.start)
    for fix in fixes:
        apply_fix(agreement, fix)
    if fixes:
        ctx.agreements.save(agreement_id, agreement)
        ctx.print(f"applied {len(fixes)} fix(es) to agreement {agreement_id}")
    return lint_agreement(agreement)


def _line(finding: Finding, describe: Callable[[Finding], Message], ctx: CliContext) -> str:
    """One finding on one line, its place and message in the language of ``--ui-lang``."""
    where = ctx.text(describe(finding))
    lang = f"[{finding.lang}] " if finding.lang else ""
    fix = f"  (fix: {ctx.text(finding.fix.describe())})" if finding.fix else ""
    return f"{finding.severity.value:<8} {where:<22} {lang}{ctx.text(finding.message)}{fix}"


def _summary(findings: list[Finding]) -> str:
    counts = {s: sum(1 for f in findings if f.severity.value == s)
              for s in ("error", "warning", "info")}
    return ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items())
