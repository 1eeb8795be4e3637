"""Run a Python process in which any socket creation fails loudly and is recorded.

A ``sitecustomize`` module, put first on the child's ``PYTHONPATH``, replaces
``socket.socket``, ``socket.create_connection``, ``socket.getaddrinfo`` and
``socket.socketpair`` before the program starts. Each attempt is appended (with its stack)
to a log file and raises ``OSError``, so a hidden update check or telemetry call can
neither succeed silently nor go unnoticed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
LOG_ENV = "MOU_STUDIO_SOCKET_LOG"

SITECUSTOMIZE = '''
import os, socket, traceback

_LOG = os.environ["MOU_STUDIO_SOCKET_LOG"]


def _refuse(what, args):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(f"{what} {args!r}\\n{''.join(traceback.format_stack(limit=12))}\\n")
    raise OSError(f"network access attempted during a no-network test: {what}")


class _NoSocket(socket.socket):
    def __init__(self, *args, **kwargs):
        _refuse("socket.socket", args)


socket.socket = _NoSocket
socket.SocketType = _NoSocket
socket.create_connection = lambda *a, **k: _refuse("socket.create_connection", a)
socket.getaddrinfo = lambda *a, **k: _refuse("socket.getaddrinfo", a)
socket.socketpair = lambda *a, **k: _refuse("socket.socketpair", a)
open(_LOG, "a").close()
'''


@dataclass(frozen=True)
class GuardedRun:
    """The outcome of a guarded process: its result and every socket attempt."""

    returncode: int
    stdout: str
    stderr: str
    attempts: str


def run_guarded(argv: list[str], workdir: Path, env: dict[str, str] | None = None,
                timeout: float = 120) -> GuardedRun:
    """Run ``python argv…`` with sockets refused; the guard must be seen to load."""
    guard_dir = workdir / "no-network-guard"
    guard_dir.mkdir(exist_ok=True)
    (guard_dir / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = workdir / "socket-attempts.log"
    log.unlink(missing_ok=True)
    child_env = dict(os.environ if env is None else env)
    child_env["PYTHONPATH"] = os.pathsep.join([str(guard_dir), str(PROJECT_ROOT)])
    child_env[LOG_ENV] = str(log)
    result = subprocess.run([sys.executable, *argv], capture_output=True, text=True,
                            env=child_env, cwd=workdir, timeout=timeout, check=False)
    if not log.exists():
        raise AssertionError("the socket guard did not load in the child process")
    return GuardedRun(result.returncode, result.stdout, result.stderr,
                      log.read_text(encoding="utf-8"))
