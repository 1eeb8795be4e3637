"""LibreOffice, an independent engine, accepts and rejects the redline of two .docx files."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from compare_scenarios import small_pair_lines, write_docx_lines

from mou_studio.cli import main

SYSTEM_PYTHON = Path("/usr/bin/python3")
RESOLVER = Path(__file__).with_name("lo_resolve.py")


def _has_uno() -> bool:
    if shutil.which("soffice") is None or not SYSTEM_PYTHON.exists():
        return False
    probe = subprocess.run([str(SYSTEM_PYTHON), "-c", "import uno"], capture_output=True,
                           check=False)
    return probe.returncode == 0


@pytest.mark.skipif(not _has_uno(), reason="LibreOffice with its Python (uno) is not "
                    "installed: cannot accept/reject in an independent engine")
def test_libreoffice_accept_and_reject_give_back_both_files(tmp_path, capsys):
    old_lines, new_lines = small_pair_lines()
    old = write_docx_lines(old_lines, tmp_path / "small_a.docx")
    new = write_docx_lines(new_lines, tmp_path / "small_b.docx")
    redline = tmp_path / "redline.docx"
    assert main(["diff", str(old), str(new), "--redline", str(redline)]) == 1
    capsys.readouterr()
    done = subprocess.run([str(SYSTEM_PYTHON), str(RESOLVER), str(redline),
                           str(tmp_path / "lo-profile")],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    resolved = json.loads(done.stdout)
    assert resolved["accept"] == new_lines
    assert resolved["reject"] == old_lines
