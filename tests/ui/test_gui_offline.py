"""The GUI starts offline, opens no socket, and shows its window at 200 % scale too.

Two layers: a Python-level guard (every socket creation fails loudly and is recorded),
and, where ``strace`` works, a trace of the socket() and connect() system calls of the
whole process tree, which also sees what Qt's C++ code would open.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.network_guard import PROJECT_ROOT, run_guarded


def _gui_env(tmp_path: Path, scale: str = "1") -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale,
                XDG_CONFIG_HOME=str(tmp_path / "config"),
                XDG_DATA_HOME=str(tmp_path / "data"))


@pytest.mark.parametrize("scale", ["1", "2"])
def test_gui_start_opens_no_socket_and_shows_the_window(tmp_path: Path, scale: str) -> None:
    run = run_guarded(["-m", "mou_studio.ui.app", "--db", str(tmp_path / "gui.db"),
                       "--smoke-test"], tmp_path, env=_gui_env(tmp_path, scale))
    assert run.attempts == ""
    assert run.returncode == 0, run.stdout + run.stderr
    assert "smoke test: window shown, 1 agreement(s)" in run.stdout


def _strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(["strace", "-f", "-o", os.devnull, "true"], capture_output=True,
                           check=False)
    return probe.returncode == 0


@pytest.mark.skipif(not _strace_works(), reason="strace is not available or not permitted")
def test_no_network_socket_at_the_system_call_level(tmp_path: Path) -> None:
    trace = tmp_path / "trace"
    env = dict(_gui_env(tmp_path), PYTHONPATH=str(PROJECT_ROOT))
    db = str(tmp_path / "gui.db")
    # LibreOffice runs outside Python, where only the system-call trace can see it.
    extra = (["export", "1", "--format", "pdf", "--out", str(tmp_path / "out.pdf")]
             if shutil.which("soffice") else ["versions", "1"])
    script = (f"import subprocess, sys\n"
              f"py = sys.executable\n"
              f"subprocess.run([py, '-m', 'mou_studio.ui.app', '--db', {db!r}, '--smoke-test'],"
              f" check=True)\n"
              f"for argv in (['list'], ['show', '1'], ['check'], ['backup'], {extra!r}):\n"
              f"    subprocess.run([py, '-m', 'mou_studio.cli', '--db', {db!r}, *argv],"
              f" check=True, stdout=subprocess.DEVNULL)\n")
    subprocess.run(["strace", "-f", "-e", "trace=socket,connect", "-o", str(trace),
                    sys.executable, "-c", script], env=env, check=True, timeout=180,
                   capture_output=True)
    calls = [line for line in trace.read_text().splitlines()
             if "socket(" in line or "connect(" in line]
    network = [line for line in calls if "AF_INET" in line or "AF_INET6" in line]
    assert network == []
