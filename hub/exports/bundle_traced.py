"""Whether what a bundle shows was logged when it came in (decision 0012, "Stop 51: an auditor's walk").

The manifest's signature proves only that the hub signed the bundle as it is: a hub that put a record
version or a document in it that it never received would sign that too. The log is what the auditor
need not take on trust (its entries are proven in a signed checkpoint, and each later bundle proves the
log still holds the earlier one's, `bundle_since`). So every record version in `records/records.jsonl`
must have the entry the hub wrote when it stored it (`record.<reason>`, naming its version and
submission), every document a record was read from the `submission.received` entry naming its SHA-256,
and every original the manifest lists must be named by that SHA-256. Standard library only: this module
is written into `verify.py` (`bundle_files`), one namespace with the others, so its names are its own.
"""

from __future__ import annotations

import json
import os
from typing import Any

TRACED_RECORDS = "records/records.jsonl"
TRACED_LOG = "log/entries.jsonl"
TRACED_SHOWN = 10  # problems said one by one; the rest are counted, so one cause does not bury the others


def logged_arrivals(lines: list[str]) -> tuple[set[str], dict[tuple[int, int], int]]:
    """From the log entries' lines: the SHA-256 of every submission received, and for every record
    version stored (`record:N`, its version) the submission it was stored from. Lines that are not
    entries are `check_log`'s to report."""
    received: set[str] = set()
    stored: dict[tuple[int, int], int] = {}
    for line in lines:
        try:
            entry = json.loads(line)
            action, subject, detail = entry["action"], entry["subject"], entry["detail"]
            if action == "submission.received":
                received.add(str(detail["sha256"]))
            elif action.startswith("record.") and subject.startswith("record:") and "version" in detail:
                stored[(int(subject[7:]), int(detail["version"]))] = int(detail["submission"])
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
    return received, stored


def untraced(
    lines: list[str], records: list[str], files: list[dict[str, Any]]
) -> tuple[list[tuple[str, str]], int]:
    """Each record version or original that the log does not account for, in Danish and English, and
    the number of record versions read; `files` is the manifest's list."""
    received, stored = logged_arrivals(lines)
    problems: list[tuple[str, str]] = []
    count = 0
    for number, line in enumerate(records, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            key = (int(record["record_id"]), int(record["version"]))
            submission = int(record["submission_id"])
            shas = {str(record["document"]["sha256"])} | {
                str(p["document_sha256"]) for p in record["provenance"]
            }
        except (ValueError, KeyError, TypeError):
            problems.append(
                (
                    f"linje {number} i {TRACED_RECORDS} er ikke en post",
                    f"line {number} of {TRACED_RECORDS} is not a record",
                )
            )
            continue
        count += 1
        what_da, what_en = f"post {key[0]} version {key[1]}", f"record {key[0]} version {key[1]}"
        if key not in stored:
            problems.append(
                (
                    f"{TRACED_RECORDS}: {what_da} har ingen logpost i {TRACED_LOG}",
                    f"{TRACED_RECORDS}: {what_en} has no log entry in {TRACED_LOG}",
                )
            )
        elif stored[key] != submission:
            problems.append(
                (
                    f"{TRACED_RECORDS}: {what_da} er fra indsendelse {submission}, "
                    f"men {TRACED_LOG} siger {stored[key]}",
                    f"{TRACED_RECORDS}: {what_en} is from submission {submission}, "
                    f"but {TRACED_LOG} says {stored[key]}",
                )
            )
        for sha in sorted(shas - received):
            problems.append(
                (
                    f"{TRACED_RECORDS}: {what_da} er læst af dokument {sha[:12]}, "
                    f"som {TRACED_LOG} ikke har som modtaget",
                    f"{TRACED_RECORDS}: {what_en} was read from document {sha[:12]}, "
                    f"which {TRACED_LOG} has not as received",
                )
            )
    for entry in files:
        path, sha = str(entry["path"]), str(entry["sha256"])
        if not path.startswith("documents/"):
            continue
        if os.path.splitext(os.path.basename(path))[0] != sha:
            problems.append(
                (f"{path}: navnet er ikke filens SHA-256", f"{path}: its name is not its SHA-256")
            )
        elif sha not in received:
            problems.append(
                (
                    f"{path}: {TRACED_LOG} har det ikke som modtaget",
                    f"{path}: {TRACED_LOG} has it not as received",
                )
            )
    return problems, count
