"""SIGKILL during saves, version saves, bulk creation and backups loses nothing acknowledged.

A short run of the harness in ``benchmarks/crash_harness.py`` (which runs 200+ kills and
prints the figures); the checker itself is shown to catch a lost edit, so this can fail.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

HARNESS = Path(__file__).resolve().parents[2] / "benchmarks" / "crash_harness.py"


@pytest.fixture(scope="module")
def harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_harness", HARNESS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash_harness"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")
def test_twenty_kills_leave_an_intact_database_with_every_acknowledged_write(
    harness: ModuleType, tmp_path: Path,
) -> None:
    campaign = harness.run_campaign(20, tmp_path, seed=8, max_delay=0.25)
    assert len(campaign.runs) == 20
    assert sum(r.acks for r in campaign.runs) > 20, "the kills must land during the work"
    assert all(r.integrity_ok and r.opens for r in campaign.runs)
    assert [r.check_problems for r in campaign.runs if r.check_problems] == []
    assert sum(r.edits_lost + r.autosaves_lost + r.versions_lost + r.creations_lost
               for r in campaign.runs) == 0
    assert sum(r.broken_backups for r in campaign.runs) == 0
    assert campaign.failures == 0


def test_the_checker_reports_an_acknowledged_edit_that_is_missing(
    harness: ModuleType, tmp_path: Path,
) -> None:
    db_path = tmp_path / "crash.db"
    harness.prepare_database(db_path)
    state = harness._expected_state(db_path)
    now = time.time()
    acks = [harness.Ack("edit", 5, now - 2.0), harness.Ack("version", 6, now - 1.0),
            harness.Ack("kill", 0, now)]
    result = harness._check(db_path, acks, state)
    assert result.integrity_ok and result.opens
    assert result.edits_lost == 1
    assert result.versions_lost == 1
    assert result.lost_seconds >= 2.0
