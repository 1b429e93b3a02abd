"""`hub adapters test`: a golden sample its adapter rejects is said in English and Danish, `error:` /
`fejl:`, as `hub ingest` says a rejected file (the config's author reads it in either)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from conftest import ROOT


def test_a_rejected_golden_sample_is_said_in_both_languages(runner: Any, tmp_path: Path) -> None:
    mine = tmp_path / "herlev"
    mine.mkdir()
    shutil.copy(ROOT / "tests" / "golden" / "herlev" / "placement.expected.json", mine)
    # Herlev's placement with a start date of the 32nd: the adapter rejects it, naming the cell.
    sample = (ROOT / "tests" / "golden" / "herlev" / "placement.csv").read_bytes()
    (mine / "placement.csv").write_bytes(sample.replace(b"Startdato;10-08-2026", b"Startdato;32-08-2026"))
    result = runner.invoke(args=["adapters", "test", "herlev", "--golden", str(tmp_path)])
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert lines[0] == "FAIL placement.csv"
    # The field in words, its path after it in English (for the config's author), not the path alone.
    assert (
        lines[1].startswith("  error: placement.csv / ")
        and " / first day (period.start): not a date: '32-08-2026'" in lines[1]
    )
    assert (
        lines[2].startswith("  fejl: placement.csv / ")
        and "startdato: ikke en dato: '32-08-2026'" in lines[2]
    )
