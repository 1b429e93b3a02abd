"""`hub demo` says a failed file by its name masked and in one line, never by a traceback (decision 0065,
"Stop 55: privacy-63"). It printed the stored name as sent (a file is often named after its citizen) and
`submissions.error`, a traceback whose exception text could quote the document."""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace
from typing import Any

import pytest

from hub.cli import demo

CPR = "".join(("010190", "1234"))
TRACEBACK = f'Traceback (most recent call last):\n  File "x.py", line 1\nValueError: cannot read {CPR}'


def test_a_failed_file_is_said_masked_and_as_the_hub_s_failure(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    failed = SimpleNamespace(status="failed", filename=f"{CPR} mentorskema.pdf", problems=[], error=TRACEBACK)
    quiet: Any = lambda *args, **kwargs: None  # noqa: E731
    monkeypatch.setattr(demo, "enqueue_submissions", quiet)
    monkeypatch.setattr(demo, "wait_for", quiet)
    monkeypatch.setattr(demo, "demo_days", SimpleNamespace(stored_when_received=quiet))
    monkeypatch.setattr(demo, "db", SimpleNamespace(session=SimpleNamespace(expire_all=quiet)))
    monkeypatch.setattr(demo, "records", SimpleNamespace(submission=lambda session, number: failed))
    outcome: Counter[str] = Counter()
    demo._ingest([SimpleNamespace(submission_id=7, needs_queueing=True)], outcome, False)
    said = capsys.readouterr().err
    assert outcome == Counter({"failed": 1})
    assert said.splitlines() == [
        "010190-XXXX mentorskema.pdf: failed (the hub failed reading it, nothing is wrong with the file: it "
        "is kept, and read again by hub requeue) / fejlet (hubben fejlede under læsningen, der er intet galt "
        "med filen: den er gemt og læses igen af hub requeue)"
    ]
