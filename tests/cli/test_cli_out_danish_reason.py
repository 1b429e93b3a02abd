"""A file `--out` cannot write (payments, export, form, claim, bundle: `hub.outfiles`) is said with the
system's reason in Danish in the Danish line, as every other command says it (`hub.os_reasons`), not
with the system's English words in a Danish sentence."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from hub.errors import HubError
from hub.outfiles import atomic_output


def test_payments_out_under_a_file_says_why_in_danish(runner: Any, tmp_path: Path) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    out = blocker / "payments.txt"
    result = runner.invoke(args=["payments", "falck-hovedstaden", "--period", "2026-08", "--out", str(out)])
    assert result.exit_code == 2, result.output
    # Its folder would be made where a file is: the system says "File exists" (EEXIST).
    assert f"error: {out}: cannot write: File exists" in result.output.splitlines()
    assert f"fejl: {out}: kan ikke skrives: en fil af samme navn står i vejen" in result.output.splitlines()
    assert not out.exists()


@pytest.mark.parametrize(
    ("code", "danish"),
    [
        (errno.EACCES, "ingen adgang"),
        (errno.ENOSPC, "disken er fuld"),
        (errno.EROFS, "filsystemet er skrivebeskyttet"),
        (errno.ETXTBSY, f"styresystemets ord: {os.strerror(errno.ETXTBSY)}"),
    ],
)
def test_every_refusal_of_the_system_is_danish_in_the_danish_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, danish: str
) -> None:

    def refuse(*args: Any) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "replace", refuse)
    target = tmp_path / "claim.csv"
    with pytest.raises(HubError) as caught, atomic_output(target) as stream:
        stream.write(b"x")
    assert caught.value.message == f"{target}: cannot write: {os.strerror(code)}"
    assert caught.value.message_da == f"{target}: kan ikke skrives: {danish}"
    assert list(tmp_path.iterdir()) == []  # nothing half written left behind
