"""Blobs an upload wrote before its transaction failed are removed once old enough; those a document or
a logged claim download names stay."""

from __future__ import annotations

import os
import time
from typing import Any

from flask import Flask

from hub.extensions import blobs, db
from hub.models import Document
from hub.services import audit, blob_prune


def _age(path: Any, hours: float) -> None:
    then = time.time() - hours * 3600
    os.utime(path, (then, then))


def test_only_old_blobs_no_document_names_are_removed(app: Flask) -> None:
    with app.app_context():
        named, orphan, fresh = blobs.store.put_many(
            [b"named form", b"left by a failed upload", b"being sent"]
        )
        db.session.add(Document(sha256=named, size=10, media_type="application/pdf", filename="a.pdf"))
        db.session.commit()
        for digest in (named, orphan):
            _age(blobs.store.path(digest), 2)
        interrupted = blobs.store.path(named).parent / ".incoming-abc"
        interrupted.write_bytes(b"half")
        _age(interrupted, 2)
        assert blob_prune.prune(db.session, blobs.store) == 2
        assert blobs.store.exists(named) and blobs.store.exists(fresh)
        assert not blobs.store.exists(orphan) and not interrupted.exists()


def test_a_downloaded_claims_file_stays_while_the_log_names_it(app: Flask) -> None:
    with app.app_context():
        sent, lines, made_again = blobs.store.put_many(
            [b"claim as downloaded", b'{"lines": []}', b"claim made, never logged"]
        )
        # The download's amounts by participant (`claim_lines_kept`) stay with its file.
        detail = {
            "municipality": "159",
            "period": "2026-08",
            "sha256": sent,
            "format": "pdf",
            "lines_sha256": lines,
        }
        audit.append(db.session, "cli", "export.claim", "agreement:falck", detail)
        db.session.commit()
        for digest in (sent, lines, made_again):
            _age(blobs.store.path(digest), 2)
        assert blob_prune.prune(db.session, blobs.store) == 1
        assert blobs.store.exists(sent) and blobs.store.exists(lines) and not blobs.store.exists(made_again)


def test_the_command_says_how_many(app: Flask, runner: Any) -> None:
    with app.app_context():
        (orphan,) = blobs.store.put_many([b"orphan"])
        _age(blobs.store.path(orphan), 3)
    result = runner.invoke(args=["db", "prune-blobs"])
    assert result.exit_code == 0
    assert "removed 1 file no document names / fjernede 1 fil uden dokument" in result.output


def test_the_log_line_counts_in_words_in_both_languages(app: Flask, caplog: Any) -> None:
    # An operator reads "removed 1 stored file", not "removed 1 blob(s)": a count said as it is, and
    # in Danish too, as every line of the hub's own.
    with app.app_context():
        (orphan,) = blobs.store.put_many([b"left by a failed upload alone"])
        _age(blobs.store.path(orphan), 2)
        with caplog.at_level("INFO", logger="hub.services.blob_prune"):
            assert blob_prune.prune(db.session, blobs.store) == 1
    (line,) = [str(r.msg) for r in caplog.records if r.name == "hub.services.blob_prune"]
    assert "removed 1 stored file no document names" in line
    assert "fjernede 1 gemt fil, som intet dokument nævner" in line
    assert "(s)" not in line
