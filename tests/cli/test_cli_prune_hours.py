"""`hub db prune-blobs --hours` below an hour is refused, not quietly raised to an hour."""

from __future__ import annotations

import os
import time
from typing import Any

import pytest
from flask import Flask

from hub.extensions import blobs


@pytest.mark.parametrize("hours", ["-1", "0", "0.5"])
def test_fewer_hours_than_one_are_refused_and_nothing_is_removed(app: Flask, runner: Any, hours: str) -> None:
    with app.app_context():
        (orphan,) = blobs.store.put_many([b"orphan"])
        then = time.time() - 3 * 3600
        os.utime(blobs.store.path(orphan), (then, then))
    result = runner.invoke(args=["db", "prune-blobs", "--hours", hours])
    assert result.exit_code == 2, result.output
    assert "Invalid value for '--hours'" in result.output and ">=1" in result.output
    with app.app_context():
        assert blobs.store.exists(orphan)
