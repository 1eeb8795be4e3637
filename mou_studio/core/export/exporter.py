"""Export an agreement: which files, in which languages and order, and writing them."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from mou_studio.core.errors import ExportError
from mou_studio.core.export.atomic import write_files_atomically
from mou_studio.core.export.blocks import (
    LanguageWriter,
    agreement_blocks,
    testimonium_block,
)
from mou_studio.core.export.document import DocxBuilder
from mou_studio.core.export.footnotes import Footnotes
from mou_studio.core.export.inline import InlineWriter
from mou_studio.core.export.options import ExportFormat, ExportOptions, Layout, Ticker
from mou_studio.core.export.oxml import new_paragraph
from mou_studio.core.export.parallel import parallel_table
from mou_studio.core.export.pdf import docx_first_page_png, docx_to_pdf
from mou_studio.core.export.signatures import ordered_signatures, signature_table
from mou_studio.core.export.styles import StyleId, lang_tag
from mou_studio.core.messages import msg
from mou_studio.core.model import Agreement, Party, SignatureBlock
from mou_studio.core.numbering import Numbering
from mou_studio.core.tasks import TaskControl

log = logging.getLogger(__name__)

_UNSAFE_NAME = re.compile(r"[^\w.-]+")
PDF_WORK_UNITS = 10  # LibreOffice's share of the progress bar, per file


@dataclass(frozen=True)
class PlannedFile:
    """One file of an export: where it goes, its languages, and its party order."""

    path: Path
    languages: list[str]
    parties: list[Party]


def export_agreement(agreement: Agreement, out: Path, options: ExportOptions,
                     control: TaskControl | None = None) -> list[Path]:
    """Write ``agreement`` to ``out`` (or beside it, one file per language or party).

    Every file is built in memory first and all are written at the end, atomically: a
    failure or a cancel (through ``control``) leaves the disk as it was. Returns the paths
    written.
    """
    plan = plan_files(agreement, out, options)
    blocks_per_language = len(agreement_blocks(agreement)) + 1
    total = sum(blocks_per_language * len(f.languages) for f in plan)
    if options.format is ExportFormat.PDF:
        total += PDF_WORK_UNITS * len(plan)
    ticker = Ticker(total, control)
    contents: dict[Path, bytes] = {}
    for planned in plan:
        data = build_docx(agreement, planned.languages, planned.parties, options, ticker)
        if options.format is ExportFormat.PDF:
            data = docx_to_pdf(data, ticker)
            ticker.step(PDF_WORK_UNITS, "PDF")
        contents[planned.path] = data
    ticker.check()
    write_files_atomically(contents)
    log.info("exported agreement %s to %s", agreement.uid, ", ".join(map(str, contents)))
    return list(contents)


def preview_first_page(agreement: Agreement, options: ExportOptions,
                       control: TaskControl | None = None) -> bytes:
    """A PNG of the first page of the first file ``options`` would write."""
    planned = plan_files(agreement, Path("preview.docx"), options)[0]
    ticker = Ticker(len(agreement_blocks(agreement)) * len(planned.languages)
                    + PDF_WORK_UNITS, control)
    data = build_docx(agreement, planned.languages, planned.parties, options, ticker)
    image = docx_first_page_png(data, ticker)
    ticker.step(PDF_WORK_UNITS, "preview")
    return image


def plan_files(agreement: Agreement, out: Path, options: ExportOptions) -> list[PlannedFile]:
    """The files an export will write, named after ``out``."""
    langs = chosen_languages(agreement, options.languages)
    base = out.with_suffix(f".{options.format.value}")
    orders = party_orders(agreement) if options.alternat else [("", agreement.parties)]
    if options.layout is Layout.SEPARATE and len(langs) > 1:
        groups = [(lang, [lang]) for lang in langs]
    else:
        groups = [("", langs)]
    files: list[PlannedFile] = []
    for party_tag, parties in orders:
        for lang_tag_, group in groups:
            files.append(PlannedFile(_named(base, party_tag, lang_tag_), group, parties))
    return files


def chosen_languages(agreement: Agreement, wanted: tuple[str, ...]) -> list[str]:
    """The languages to export, checked against those the agreement has."""
    if not wanted:
        if not agreement.languages:
            raise ExportError(msg("the agreement has no language version to export"))
        return list(agreement.languages)
    missing = [lang for lang in wanted if lang not in agreement.languages]
    if missing:
        raise ExportError(msg(
            "the agreement has no {missing} version (it has: {languages})",
            missing=", ".join(missing), languages=", ".join(agreement.languages),
        ))
    return list(dict.fromkeys(wanted))


def party_orders(agreement: Agreement) -> list[tuple[str, list[Party]]]:
    """Alternat: for each party, the parties with that one first, tagged by its name."""
    orders: list[tuple[str, list[Party]]] = []
    for index, party in enumerate(agreement.parties, start=1):
        others = [p for p in agreement.parties if p is not party]
        short = party.short_name.get(agreement.language, "")
        tag = _UNSAFE_NAME.sub("-", short).strip("-") or f"party{index}"
        if any(tag == used for used, _ in orders):  # two parties, one short name
            tag = f"{tag}-{index}"
        orders.append((tag, [party, *others]))
    if not orders:
        raise ExportError(msg("alternat needs parties: this agreement has none"))
    return orders


def _named(base: Path, *tags: str) -> Path:
    stem = "-".join([base.stem, *[t for t in tags if t]])
    return base.with_name(stem + base.suffix)


def build_docx(agreement: Agreement, langs: list[str], parties: list[Party],
               options: ExportOptions, ticker: Ticker | None = None) -> bytes:
    """The .docx of ``agreement`` in ``langs`` (laid out as ``options.layout``)."""
    ticker = ticker or Ticker(0)
    builder = DocxBuilder(options.template)
    builder.set_default_language(langs[0])
    numbering = Numbering(agreement)
    inline = InlineWriter(agreement, numbering, Footnotes(builder.document, lang_tag(langs[0])))
    blocks = agreement_blocks(agreement)
    signatures = ordered_signatures(agreement, parties)
    side_by_side = options.layout is Layout.PARALLEL and len(langs) > 1
    writers = [LanguageWriter(agreement, numbering, inline, lang, parties,
                              in_columns=side_by_side) for lang in langs]
    if side_by_side:
        width = builder.text_width()
        builder.append(parallel_table([*blocks, testimonium_block], writers, width, ticker))
        _append_signatures(builder, agreement, signatures, langs, inline)
        builder.finish_section(langs, draft=options.draft)
    else:
        for index, writer in enumerate(writers):
            if index:
                builder.new_section()
            for block in [*blocks, testimonium_block]:
                block(writer, builder.append)
                ticker.step()
            _append_signatures(builder, agreement, signatures, [writer.lang], inline)
            builder.finish_section([writer.lang], draft=options.draft)
    return builder.to_bytes(options.metadata)


def _append_signatures(builder: DocxBuilder, agreement: Agreement,
                       signatures: list[SignatureBlock], langs: list[str],
                       inline: InlineWriter) -> None:
    table = signature_table(agreement, signatures, langs, inline, builder.text_width())
    if table is not None:
        builder.append(table)
        # Word wants a paragraph after a table that ends a section.
        builder.append(new_paragraph(StyleId.SIGNATURE))
