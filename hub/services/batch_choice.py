"""Which submissions a queued batch holds, and the order batches are queued in (`jobs.enqueue_submissions`).

Two workers take the queue's jobs one after the other, so the batches they store at once are neighbours
in the queue. Batches cut from a backlog in id order (a day's forms of every municipality, queued
together) held the same citizens as their neighbours: a citizen sends some ten forms a year, and two
consecutive batches of a year's forms shared ~50 of their ~60 citizens. The second worker then found
most of its citizens locked by the first and waited for its commit (decision 0030, "Stop 57" and
"Stop 60: year-70"). A citizen's forms come from one sender (the municipality's job
centre), so here a batch holds as few senders as it can: each sender's submissions in id order, cut
into batches of at most `most` submissions and `most_bytes` bytes, their last (short) batches packed
together, each whole in the first pack with room; and the batches are queued in turns across senders
(every sender's first, then every sender's second, ...), the packed ends last, so that neighbours in
the queue are of different senders and each sender's batches keep its id order (a citizen's forms are
stored in the order they came in, as before).

An upload (one sender) is batched as before; the same submissions always make the same batches, and
so the same jobs (`job_batches.batch_job_id`): queueing stays idempotent.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

Sized = tuple[int, int]  # (submission id, its document's bytes)


def batches(sized: Sequence[Sized], most: int, most_bytes: int) -> list[list[int]]:
    """Split (submission id, document bytes) pairs, in id order, into batches of at most `most`
    submissions and `most_bytes` bytes (a larger document alone is a batch of its own). The same
    submissions always make the same batches, and so the same jobs (`batch_job_id`)."""
    found: list[list[int]] = []
    taken = 0
    for submission_id, size in sorted(sized):
        if not found or len(found[-1]) >= most or taken + size > most_bytes:
            found.append([])
            taken = 0
        found[-1].append(submission_id)
        taken += size
    return found


def by_sender(sized: Sequence[tuple[int, int, Hashable]], most: int, most_bytes: int) -> list[list[int]]:
    """(submission id, document bytes, sender) triples in batches, in the order to queue them (module
    docstring)."""
    sizes = {submission_id: size for submission_id, size, _ in sized}
    senders: dict[Hashable, list[Sized]] = {}
    for submission_id, size, sender in sorted(sized, key=lambda s: s[0]):
        senders.setdefault(sender, []).append((submission_id, size))
    lanes: list[list[list[int]]] = []  # each sender's batches but its last
    packs: list[list[int]] = []  # the senders' last batches, each whole in the first pack it fits
    packed: list[int] = []  # each pack's bytes
    for items in senders.values():
        *full, end = batches(items, most, most_bytes)
        lanes.append(full)
        size = sum(sizes[submission_id] for submission_id in end)
        room = (
            n
            for n, pack in enumerate(packs)
            if len(pack) + len(end) <= most and packed[n] + size <= most_bytes
        )
        at = next(room, None)
        if at is None:
            packs.append([])
            packed.append(0)
            at = len(packs) - 1
        packs[at].extend(end)
        packed[at] += size
    turns = max((len(lane) for lane in lanes), default=0)
    queued = [lane[turn] for turn in range(turns) for lane in lanes if turn < len(lane)]
    return queued + [sorted(pack) for pack in packs]
