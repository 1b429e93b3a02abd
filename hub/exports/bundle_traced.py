"""Whether what a bundle shows was logged when it came in (decision 0012, "Stop 51: an auditor's walk").

The manifest's signature proves only that the hub signed the bundle as it is: a hub that put a record
version or a document in it that it never received would sign that too. The log is what the auditor
need not take on trust (its entries are proven in a signed checkpoint, and each later bundle proves the
log still holds the earlier one's, `bundle_since`). So every record version in `records/records.jsonl`
must have the entry the hub wrote when it stored it (`record.<reason>`, naming its version and
submission), every document a record was read from the `submission.received` entry naming its SHA-256,
and every original the manifest lists must be named by that SHA-256. Since stop 52 the entry also holds
the SHA-256 of the version's data (`TRACED_DATA`, `bundle_data.traced_data_sha256`), so a version
changed in place after it was stored no longer matches; versions logged before that are counted as not
traceable to their content, not failed. Since stop 53 it holds the provenance's hash too
(`bundle_provenance`), checked the same way; since stop 56 the data's free text is hashed masked, as a
masked bundle shows it (`bundle_data`). Standard library only: this module is written into `verify.py`
(`bundle_files`), one namespace with the others, so its names are its own; the hub logs its hashes with
the same modules, so the bytes it hashes are the bytes the auditor's copy hashes.
"""

from __future__ import annotations

import json
import os
from typing import Any, NamedTuple

from hub.exports.bundle_data import DATA_FORM, TRACED_DATA_FORM, data_held
from hub.exports.bundle_provenance import TRACED_FORM, TRACED_PROVENANCE, TRACED_ROWS
from hub.exports.bundle_provenance_check import provenance_problems

TRACED_RECORDS = "records/records.jsonl"
TRACED_LOG = "log/entries.jsonl"
TRACED_SHOWN = 10  # problems said one by one; the rest are counted, so one cause does not bury the others
TRACED_DATA = "data_sha256"  # the key of a `record.<reason>` entry's detail that holds the data's hash


class TracedLog(NamedTuple):
    """What the log entries say came in: the SHA-256 of every submission received, and for every record
    version stored (`record:N`, its version) the submission it was stored from, its data's SHA-256, its
    provenance's hashes (`bundle_provenance`; None: logged before the hub logged them) and the form its
    data was hashed in (`bundle_data`; None: before stop 56)."""

    received: set[str]
    stored: dict[tuple[int, int], tuple[int, str | None, dict[str, Any] | None, Any]]


class Untraced(NamedTuple):
    """`untraced`'s answer: each problem in Danish and English, the record versions read, how many of
    them were logged without their data's hash (stored before stop 52), how many without their
    provenance's (stored before stop 53), how many with it in the form before stop 55 (locators and
    source keys as stored) and how many rows of those a masked bundle cannot show as they were logged;
    and how many whose data was logged with its free text as stored (before stop 56) and how many of
    those a masked bundle shows masked where the hub hashed them as stored."""

    problems: list[tuple[str, str]]
    versions: int
    without_content: int
    without_provenance: int = 0
    provenance_before: int = 0
    untraceable_rows: int = 0
    data_before: int = 0
    untraceable_data: int = 0


def logged_arrivals(lines: list[str]) -> TracedLog:
    """What the log entries' lines say came in (`TracedLog`). Lines that are not entries are
    `check_log`'s to report."""
    received: set[str] = set()
    stored: dict[tuple[int, int], tuple[int, str | None, dict[str, Any] | None, Any]] = {}
    for line in lines:
        try:
            entry = json.loads(line)
            action, subject, detail = entry["action"], entry["subject"], entry["detail"]
            if action == "submission.received":
                received.add(str(detail["sha256"]))
            elif action.startswith("record.") and subject.startswith("record:") and "version" in detail:
                sha = detail.get(TRACED_DATA)
                key = (int(subject[7:]), int(detail["version"]))
                kept = {k: detail[k] for k in (TRACED_PROVENANCE, TRACED_ROWS, TRACED_FORM) if k in detail}
                provenance = kept if TRACED_PROVENANCE in kept else None
                submission = int(detail["submission"])
                stored[key] = (
                    submission,
                    None if sha is None else str(sha),
                    provenance,
                    detail.get(TRACED_DATA_FORM),
                )
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
    return TracedLog(received, stored)


def untraced(
    lines: list[str], records: list[str], files: list[dict[str, Any]], masked: bool = False
) -> Untraced:
    """Each record version or original that the log does not account for, in Danish and English, with
    the counts `Untraced` names; `files` is the manifest's list, `masked` whether the bundle's raw values
    are masked already (its rule is not `full`)."""
    received, stored = logged_arrivals(lines)
    problems: list[tuple[str, str]] = []
    count = without_content = without_provenance = provenance_before = untraceable_rows = 0
    data_before = untraceable_data = 0
    for number, line in enumerate(records, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            key = (int(record["record_id"]), int(record["version"]))
            submission = int(record["submission_id"])
            data = record.get("record")  # checked below, where its entry holds its hash
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
        elif stored[key][0] != submission:
            problems.append(
                (
                    f"{TRACED_RECORDS}: {what_da} er fra indsendelse {submission}, "
                    f"men {TRACED_LOG} siger {stored[key][0]}",
                    f"{TRACED_RECORDS}: {what_en} is from submission {submission}, "
                    f"but {TRACED_LOG} says {stored[key][0]}",
                )
            )
        elif stored[key][1] is None:
            without_content += 1
        else:
            held = data_held(data, stored[key][1], stored[key][3], masked)
            data_before += stored[key][3] != DATA_FORM
            untraceable_data += held is None
            if held is False:
                problems.append(
                    (
                        f"{TRACED_RECORDS}: {what_da} har ikke det indhold, {TRACED_LOG} loggede, "
                        f"da den blev gemt ({TRACED_DATA})",
                        f"{TRACED_RECORDS}: {what_en} does not hold the content {TRACED_LOG} logged "
                        f"when it was stored ({TRACED_DATA})",
                    )
                )
        if key in stored and stored[key][0] == submission:
            logged = stored[key][2]
            if logged is None:
                without_provenance += 1
            else:
                where = (TRACED_RECORDS, TRACED_LOG)
                checked = provenance_problems((what_da, what_en), record, logged, masked, where)
                problems += checked.problems
                provenance_before += checked.before
                untraceable_rows += checked.untraceable
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
    return Untraced(
        problems,
        count,
        without_content,
        without_provenance,
        provenance_before,
        untraceable_rows,
        data_before,
        untraceable_data,
    )
