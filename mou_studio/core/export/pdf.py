"""PDF through LibreOffice in headless mode, when it is installed."""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from mou_studio.core.errors import ExportError, LibreOfficeMissing
from mou_studio.core.export.options import Ticker

log = logging.getLogger(__name__)

SOFFICE_NAMES = ("soffice", "libreoffice")
DEFAULT_TIMEOUT = 180.0
_POLL_SECONDS = 0.2
INSTALL_HINT = (
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
    soffice = find_soffice()
    if soffice is None:
        raise LibreOfficeMissing(INSTALL_HINT)
    with tempfile.TemporaryDirectory(prefix="mou-studio-pdf-") as tmp:
        folder = Path(tmp)
        source = folder / "agreement.docx"
        source.write_bytes(docx_bytes)
        # A private profile: a LibreOffice already open on the desktop would otherwise
        # take the job and return at once without converting anything.
        profile = (folder / "profile").as_uri()
        command = [soffice, "--headless", "--norestore", "--nolockcheck",
                   f"-env:UserInstallation={profile}", "--convert-to", "pdf",
                   "--outdir", str(folder), str(source)]
        _run(command, timeout, ticker)
        target = folder / "agreement.pdf"
        if not target.is_file():
            raise ExportError("LibreOffice did not produce a PDF; open the .docx export "
                              "in LibreOffice or Word to see why")
        return target.read_bytes()


def _run(command: list[str], timeout: float, ticker: Ticker | None) -> None:
    log.info("running %s", " ".join(command))
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + timeout
    try:
        while process.poll() is None:
            if ticker is not None:
                ticker.check()
            if time.monotonic() > deadline:
                raise ExportError(f"LibreOffice took more than {timeout:.0f} s to make "
                                  "the PDF and was stopped")
            time.sleep(_POLL_SECONDS)
    finally:
        if process.poll() is None:
            process.kill()
        _, stderr = process.communicate()
    if process.returncode != 0:
        detail = stderr.decode("utf-8", "replace").strip().splitlines()
        raise ExportError("LibreOffice could not convert the document to PDF"
                          + (f": {detail[-1]}" if detail else ""))
