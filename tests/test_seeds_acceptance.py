"""Acceptance: the real compilation files in ../shared/seeds split as expected.json says.

Runs the shared scorer against ``python -m desktop parse --json``; skipped where the seeds are not
beside the project (set HUIDU_SEEDS to point elsewhere).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = Path(os.environ.get("HUIDU_SEEDS", ROOT.parent / "shared" / "seeds"))
SCORER = SEEDS.parent / "tools" / "check_seeds.py"


@pytest.mark.skipif(not (SEEDS / "expected.json").exists() or not SCORER.exists(), reason="no seeds here")
def test_seed_compilations_split_as_expected() -> None:
    command = f"{sys.executable} -m desktop parse --json {{file}}"
    result = subprocess.run(
        [sys.executable, str(SCORER), "--cmd", command, "--seeds", str(SEEDS)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
