"""What went into an auditor's bundle so far, held compactly: the rest of the bundle is found from it
(the originals to carry or list, the log entries to prove), and it must last the whole bundle.

At 10,000 placements a bundle cites some 10,000 originals and 80,000 log subjects. Held as Python
strings in sets (`"record:17"`, one set of record ids per original) they took about 15 MB, and, being
allocated between the batches of records, they kept the memory of those batches from being given back.
So record and submission ids are kept as machine integers (`array`), an original's SHA-256 as its 32
bytes, and the strings are made again a chunk at a time, in the order they always had.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import Any


class PeriodRecords:
    """Per placement, the records the period's claim and checks rest on, each with the last version of
    it they read (`evidence.period_sources`): what `records.jsonl` carries, versions 1 to that one."""

    def __init__(self) -> None:
        self._of: dict[int, array[int]] = {}  # placement id: record id, version, record id, version, ...

    def add(self, placement_id: int, record_id: int, version: int) -> None:
        """Note that the period rests on `record_id` as it stood at `version`."""
        pairs = self._of.setdefault(placement_id, array("q"))
        for index in range(0, len(pairs), 2):  # a placement's few records: the checks cite one often
            if pairs[index] == record_id:
                pairs[index + 1] = max(pairs[index + 1], version)
                return
        pairs.extend((record_id, version))

    def upto(self, placement_ids: Iterable[int]) -> dict[int, int]:
        """The records of these placements the period rests on, each with the last version to carry."""
        found: dict[int, int] = {}
        for placement_id in placement_ids:
            pairs = self._of.get(placement_id, array("q"))
            for index in range(0, len(pairs), 2):
                record_id, version = pairs[index], pairs[index + 1]
                found[record_id] = max(version, found.get(record_id, 0))
        return found


class Cited:
    """Each original a bundle's records were read from, with the ids of those records."""

    def __init__(self) -> None:
        self._records: dict[bytes, array[int]] = {}

    def add(self, sha256: str, record_id: int) -> None:
        """Note that record `record_id` was read from the original `sha256` (hex)."""
        ids = self._records.setdefault(bytes.fromhex(sha256), array("q"))
        if record_id not in ids:  # a record's versions cite their original one after the other
            ids.append(record_id)

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, sha256: object) -> bool:
        return isinstance(sha256, str) and bytes.fromhex(sha256) in self._records

    def items(self) -> Iterator[tuple[str, list[int]]]:
        """Each original's SHA-256 (hex), in order, with the ids of its records, in order. Bytes sort
        as their lower-case hex does, so the order is the one the hex strings had."""
        for digest in sorted(self._records):
            yield digest.hex(), sorted(self._records[digest])


@dataclass
class Contents:
    """What went into a bundle so far (ids and hashes, to find the documents and the log entries)."""

    placements: list[int] = field(default_factory=list)
    # Of those placements' records, the ones the period rests on, up to which version (stop 39).
    period_records: PeriodRecords = field(default_factory=PeriodRecords)
    agreements: dict[str, dict[str, Any]] = field(default_factory=dict)
    versions: int = 0
    # Each original's SHA-256 and the ids of the records read from it (the manifest names them when the
    # original is listed, not carried).
    documents: Cited = field(default_factory=Cited)
    carried: int = 0
    # The records and submissions whose log entries the bundle proves (`subjects` names them).
    records: array[int] = field(default_factory=lambda: array("q"))
    submissions: array[int] = field(default_factory=lambda: array("q"))
    entries: int = 0
    tree_size: int = 0
    manifest_sha256: str = ""

    def note(self, version: dict[str, Any]) -> None:
        """Note one record version as it goes into `records.jsonl`."""
        self.versions += 1
        document = version["document"]
        if document["enclosed"] or document.get("withheld"):
            self.documents.add(document["sha256"], version["record_id"])
        # Versions come record by record: a record's id is noted once; submissions are made unique in
        # `subjects` (one submission may hold several records).
        if not self.records or self.records[-1] != version["record_id"]:
            self.records.append(version["record_id"])
        if not self.submissions or self.submissions[-1] != version["submission_id"]:
            self.submissions.append(version["submission_id"])

    def subjects(self) -> Iterator[str]:
        """The log subjects of the bundle's records and submissions, each once, sorted as strings (the
        order that decides how `bundle_log` chunks its queries, and so the order of the entries)."""
        # "record:…" sorts before "submission:…"; within each, ids sort as their decimal text.
        records = sorted(set(self.records), key=str)
        submissions = sorted(set(self.submissions), key=str)
        return chain(
            (f"record:{i}" for i in records),
            (f"submission:{i}" for i in submissions),
        )
