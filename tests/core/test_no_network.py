"""A full CLI session opens no socket: no telemetry, no update check, nothing."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import seed_path
from tests.support.commands import registered_commands
from tests.support.network_guard import run_guarded


def _session(db: Path, workdir: Path) -> list[list[str]]:
    """The commands of a full session, including every feature that has landed."""
    session = [["list"], ["list", "--json"], ["show", "1"], ["show", "1", "--json"],
               ["versions", "1"], ["save-version", "1", "--name", "offline"], ["check"],
               ["backup"], ["backups"]]
    available = registered_commands()
    if "import" in available:
        session.append(["import", str(seed_path("004"))])
    if "import" in available and "export" in available:
        session.append(["export", "2", "--format", "docx", "--out",
                        str(workdir / "imported.docx")])
    if "diff" in available:
        session.append(["diff", "1@1", "1@2"])
    if "export" in available:
        session.append(["export", "1", "--format", "docx", "--out",
                        str(workdir / "out.docx")])
    if "register" in available:
        csv_path = str(workdir / "register.csv")
        session += [["register", "list", "--json"], ["register", "partners"],
                    ["register", "show", "15"], ["register", "due"],
                    ["register", "export", csv_path], ["register", "import", csv_path]]
    if "library" in available:
        session += [["library", "link", "1", "--dry-run"], ["library", "link", "1"]]
    return session


def test_a_full_cli_session_opens_no_socket(tmp_path: Path) -> None:
    db = tmp_path / "offline.db"
    session = _session(db, tmp_path)
    # One process runs the whole session through cli.main, as a user's shell would run
    # the commands one after another (starting Python per command is slow here).
    driver = (
        "import json, sys\n"
        "from mou_studio.cli import main\n"
        f"for argv in json.loads({json.dumps(json.dumps(session))}):\n"
        f"    code = main(['--db', {str(db)!r}, *argv])\n"
        "    print('EXIT', code, argv, flush=True)\n"
    )
    run = run_guarded(["-c", driver], tmp_path)
    assert run.attempts == ""
    codes = [line.split()[1] for line in run.stdout.splitlines() if line.startswith("EXIT")]
    assert len(codes) == len(session), run.stderr
    assert set(codes) <= {"0", "1"}, run.stdout + run.stderr


def test_the_guard_catches_an_attempt(tmp_path: Path) -> None:
    code = ("import urllib.request\n"
            "try:\n    urllib.request.urlopen('http://192.0.2.1/', timeout=1)\n"
            "except OSError:\n    pass\n")
    run = run_guarded(["-c", code], tmp_path)
    assert "socket" in run.attempts
