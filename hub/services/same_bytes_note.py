"""What a sender is told of bytes sent again: the earlier submission they are, when it came in, whether
its answer stands (rejected bytes get the same answer) and whether a later correction replaced it."""

from __future__ import annotations

from datetime import UTC

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from hub.datewords import moment_text
from hub.models import Record, RecordVersion, Submission
from hub.periods import DENMARK
from hub.services import retry


def same_bytes_note(session: Session, row: Submission, filename: str) -> tuple[str, str]:
    """Why a file sent again is one submission, in English and Danish: the sender's file, the earlier
    one's name (when it differs) and when it came in, so that nobody wonders which file counted; and,
    when a later correction has replaced what it stored, that the later version is the one in force."""
    # Danish time, as the pages show times (the column holds UTC; a caseworker reads the clock on the wall).
    stored = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
    # The English reader may be anywhere: the zone said ("CET" or "CEST"), as the Danish one needs not.
    when_en = stored.astimezone(DENMARK).strftime("%Y-%m-%d %H:%M %Z")
    when_da = moment_text(stored, "da")
    if row.filename == filename:
        en = f"{filename}: the same bytes were received on {when_en} as submission {row.id}"
        da = f"{filename}: det samme indhold blev modtaget {when_da} som indsendelse {row.id}"
    else:
        en = f"{filename}: the same bytes as {row.filename}, received on {when_en} as submission {row.id}"
        da = f"{filename}: samme indhold som {row.filename}, modtaget {when_da} som indsendelse {row.id}"
    en_kept, da_kept = _answer_kept(row)
    en, da = en + en_kept, da + da_kept
    for record_id, version, current in _replaced(session, row.id):
        # Sending it again changes nothing (a file is read once): say so, or the sender believes the
        # older content is back in force.
        en += (
            f"; record {record_id} has since been corrected: version {current} is in force, not this"
            f" file's version {version}. Sending the file again does not change that; to restore its"
            " content, send a correction with it"
        )
        da += (
            f"; post {record_id} er rettet siden: version {current} gælder, ikke filens version {version}."
            " At sende filen igen ændrer ikke det; send en rettelse med dens indhold for at gøre den"
            " gældende igen"
        )
    return en, da


def _answer_kept(row: Submission) -> tuple[str, str]:
    """For bytes rejected (or partly) for what is in them, which sent again keep their answer
    (`retry.why_read_again` is None): that they were refused before and are again, and that a corrected
    file is what helps (English, Danish, each after "; "); else empty. "Already received · Rejected"
    beside the first answer's reasons read as a new rejection, or as if sending it again might help."""
    if row.status not in retry.READ_AGAIN_FROM or retry.why_read_again(row) is not None:
        return "", ""
    if row.status == "partial":
        return (
            "; part of it was rejected then, and the same bytes get the same answer: correct what was"
            " rejected in the file and send the corrected file; sending the same file again changes nothing",
            "; en del af den blev afvist dengang, og det samme indhold får det samme svar: ret det afviste i"
            " filen, og send den rettede fil; at sende den samme fil igen ændrer ikke noget",
        )
    return (
        "; it was rejected then, and the same bytes get the same answer: correct the file and send the"
        " corrected file; sending the same file again changes nothing",
        "; den blev afvist dengang, og det samme indhold får det samme svar: ret filen, og send den rettede"
        " fil; at sende den samme fil igen ændrer ikke noget",
    )


def _replaced(session: Session, submission_id: int) -> list[tuple[int, int, int]]:
    """The versions a submission stored that a later version has replaced: record, version, current."""
    # A version stored again on top of an older form received before it (`received_order`) is still
    # this submission's content: not replaced.
    current = aliased(RecordVersion)
    rows = session.execute(
        select(RecordVersion.record_id, RecordVersion.version, Record.current_version)
        .join(Record, Record.id == RecordVersion.record_id)
        .join(current, (current.record_id == Record.id) & (current.version == Record.current_version))
        .where(RecordVersion.submission_id == submission_id, Record.current_version > RecordVersion.version)
        .where(current.submission_id != submission_id)
        .order_by(RecordVersion.record_id)
    ).all()
    return [(r, v, c) for r, v, c in rows]
