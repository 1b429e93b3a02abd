"""A downloaded claim's amounts by participant, kept beside its file so that a later claim can be
compared with the one that was sent (`claim_changes`).

The file itself is kept as it was sent (`claim_downloads`), but a PDF form or a municipality's own CSV
layout is not read back into lines reliably; these few bytes are. They hold participant ids and
amounts, never a CPR number or a name: an empty place of `fixed_per_place` is known by its number.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from decimal import Decimal

from hub.exports.claim_model import Claim, ClaimLine

VERSION = 1
# A line's key: its participant id, or (no participant) the place that stood empty.
Key = tuple[str | None, int | None]


def key_of(line: ClaimLine) -> Key:
    """Who a claim line is for: the participant, or an empty place by its number."""
    return (line.participant_id, None) if line.participant_id else (None, line.place)


def amounts(lines: Iterable[ClaimLine]) -> dict[Key, Decimal]:
    """Each participant's (or empty place's) amount in the lines, summed where it has more than one."""
    found: dict[Key, Decimal] = {}
    for line in lines:
        key = key_of(line)
        found[key] = found.get(key, Decimal(0)) + line.amount_dkk
    return found


def encode(claim: Claim) -> bytes:
    """The claim's amounts by participant as the bytes kept with its download."""
    rows = [
        {"participant_id": pid, "place": place, "amount_dkk": f"{amount:.2f}"}
        for (pid, place), amount in amounts(claim.lines).items()
    ]
    return json.dumps({"version": VERSION, "lines": rows}, sort_keys=True).encode()


def decode(data: bytes) -> dict[Key, Decimal]:
    """The amounts by participant that `encode` kept."""
    rows = json.loads(data)["lines"]
    return {(row["participant_id"], row["place"]): Decimal(row["amount_dkk"]) for row in rows}
