"""PDF (and a first-page preview image) through LibreOffice in headless mode."""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from mou_studio.core.errors import ExportError, LibreOfficeMissing
from mou_studio.core.export.options import Ticker
from mou_studio.core.messages import Message, msg, verbatim

log = logging.getLogger(__name__)

SOFFICE_NAMES = ("soffice", "libreoffice")
DEFAULT_TIMEOUT = 180.0
_POLL_SECONDS = 0.2
PREVIEW_DPI = 80
INSTALL_HINT: Message = msg(
    "PDF export needs LibreOffice, which was not found. Install it (Debian/Ubuntu: "
    "`sudo apt install libreoffice-writer-nogui`; Windows and macOS: "
    "https://www.libreoffice.org) and try again, or export as .docx."
)


def find_soffice() -> str | None:
    """The LibreOffice executable on the PATH, or None."""
    for name in SOFFICE_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def docx_to_pdf(docx_bytes: bytes, ticker: Ticker | None = None,
                timeout: float = DEFAULT_TIMEOUT) -> bytes:
    """Convert a .docx (as bytes) to PDF bytes with ``soffice --convert-to pdf``."""
    return _convert(docx_bytes, "pdf", ticker, timeout)


def docx_first_page_png(docx_bytes: bytes, ticker: Ticker | None = None,
                        timeout: float = DEFAULT_TIMEOUT) -> bytes:
    """The first page of a .docx as a PNG image.

    The Writer-only LibreOffice package (libreoffice-writer-nogui) has no PNG filter, so
    when poppler's ``pdftoppm`` is there the page is rendered from the PDF; otherwise
    LibreOffice's own PNG export (first page only) is used.
    """
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        return _convert(docx_bytes, "png", ticker, timeout)
    pdf = _convert(docx_bytes, "pdf", ticker, timeout)
    with tempfile.TemporaryDirectory(prefix="mou-studio-preview-") as tmp:
        source = Path(tmp) / "agreement.pdf"
        source.write_bytes(pdf)
        target = Path(tmp) / "page"
        _run([pdftoppm, "-png", "-f", "1", "-l", "1", "-r", str(PREVIEW_DPI),
              "-singlefile", str(source), str(target)], timeout, ticker)
        return target.with_suffix(".png").read_bytes()


def _convert(docx_bytes: bytes, target: str, ticker: Ticker | None,
             timeout: float) -> bytes:
    soffice = find_soffice()
    if soffice is None:
        raise LibreOfficeMissing(INSTALL_HINT)
    with tempfile.TemporaryDirectory(prefix="mou-studio-soffice-") as tmp:
        folder = Path(tmp)
        source = folder / "agreement.docx"
        source.write_bytes(docx_bytes)
        # A private profile: a LibreOffice already open on the desktop would otherwise
        # take the job and return at once without converting anything.
        profile = (folder / "profile").as_uri()
        command = [soffice, "--headless", "--norestore", "--nolockcheck",
                   f"-env:UserInstallation={profile}", "--convert-to", target,
                   "--outdir", str(folder), str(source)]
        _run(command, timeout, ticker)
        result = folder / f"agreement.{target}"
        if not result.is_file():
            raise ExportError(msg("LibreOffice did not produce the {format}; open the "
                                  ".docx export in LibreOffice or Word to see why",
                                  format=target.upper()))
        return result.read_bytes()


def _run(command: list[str], timeout: float, ticker: Ticker | None) -> None:
    log.info("running %s", " ".join(command))
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + timeout
    try:
        while process.poll() is None:
            if ticker is not None:
                ticker.check()
            if time.monotonic() > deadline:
                raise ExportError(msg("LibreOffice took more than {seconds} s to "
                                      "convert the document and was stopped",
                                      seconds=f"{timeout:.0f}"))
            time.sleep(_POLL_SECONDS)
    finally:
        if process.poll() is None:
            process.kill()
        _, stderr = process.communicate()
    if process.returncode != 0:
        detail = stderr.decode("utf-8", "replace").strip().splitlines()
        if detail:
            raise ExportError(msg("LibreOffice could not convert the document: {detail}",
                                  detail=verbatim(detail[-1])))
        raise ExportError(msg("LibreOffice could not convert the document"))
