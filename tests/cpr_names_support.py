"""Every file of a demo copy named after its citizen, as caseworkers name them ("0101901234
mentorskema.pdf"), for the sweeps that look for a CPR number where a party may not read it: a file's name
goes wherever the file is named (decision 0065, stop 54). And, since stop 55, the citizen's number typed
into every free text of its records and quoted where each value was read (`plant_cpr_in_free_text`)."""

from __future__ import annotations

import copy

from sqlalchemy import select

from hub.extensions import db
from hub.models import Document, Provenance, Record, RecordVersion, Submission
from hub.schemas.records import canonical_fields, value_choices, value_kinds


def name_files_after_citizens() -> int:
    """Rename every submission and document that a record was read from "<its citizen's CPR number> <its
    name>", in the app context's database; how many submissions were renamed."""
    sent = db.session.execute(
        select(Submission, RecordVersion.data).join(
            RecordVersion, RecordVersion.submission_id == Submission.id
        )
    )
    renamed: set[int] = set()
    for submission, data in sent:
        cpr = str((data.get("citizen") or {}).get("cpr") or "")
        # No citizen on the form, or renamed already by another of its versions or records: a form of
        # many interns (the company's) is named after its first, as a caseworker names a file once.
        if not cpr or submission.id in renamed:
            continue
        submission.filename = f"{cpr} {submission.filename}"
        renamed.add(submission.id)
        document = db.session.scalar(select(Document).where(Document.sha256 == submission.document_sha256))
        if document is not None and not document.filename.startswith(cpr):  # one document, resent
            document.filename = f"{cpr} {document.filename}"
    db.session.commit()
    return len(renamed)


# Keys whose values are identifiers, not free text (`placement_reads.IDENTIFIERS`).
_IDENTIFIERS = frozenset({"cpr", "cvr", "p_number", "phone", "participant_id", "email"})


def _spelled(cpr: str, turn: int) -> str:
    """The number as people write it, a different way each turn."""
    day, month, year, serial = cpr[:2], cpr[2:4], cpr[4:6], cpr[6:]
    ways = (cpr, f"{cpr[:6]}-{serial}", f"{day}.{month}.{year}-{serial}", f"{day} {month} {year} {serial}")
    return ways[turn % len(ways)]


def free_text_paths(form_type: str) -> frozenset[str]:
    """A form type's canonical fields that hold free text: not a date, hours or a number, not one of a
    few choices, not an identifier, not a list."""
    kinds, choices = value_kinds(form_type), value_choices(form_type)
    return frozenset(
        path
        for path in canonical_fields(form_type)
        if path not in kinds
        and path not in choices
        and path.split(".")[-1] not in _IDENTIFIERS
        and path not in ("entries",)
        and not path.startswith("scores.")
    )


def plant_cpr_in_free_text() -> int:
    """Write each current record version's citizen's CPR number, spelled as people write it, into every
    free text of its data (`free_text_paths`: names, the purpose, notes, who signed) and into where each
    of its values was read (the locator's words and the source key: a sheet named after the citizen), in
    the app context's database, as a caseworker or a company types it; how many versions were planted.
    The log's hashes no longer hold them: a sweep reads what is shown, it does not verify."""
    current = (Record.id == RecordVersion.record_id) & (Record.current_version == RecordVersion.version)
    planted = 0
    for version in db.session.scalars(select(RecordVersion).join(Record, current)).all():
        data = copy.deepcopy(version.data)
        cpr = str((data.get("citizen") or {}).get("cpr") or "")
        if not cpr:
            continue
        for path in sorted(free_text_paths(str(data.get("form_type")))):
            *parents, last = path.split(".")
            node = data
            for part in parents:
                node = node.get(part) if isinstance(node, dict) else None
            if isinstance(node, dict) and isinstance(node.get(last), str) and node[last]:
                node[last] = f"{node[last]} {_spelled(cpr, planted + len(path))}"
        version.data = data
        for row in db.session.scalars(select(Provenance).where(Provenance.record_version_id == version.id)):
            if row.source_key:
                row.source_key = f"{_spelled(cpr, planted)}!{row.source_key}"
            words = row.locator.get("text") if isinstance(row.locator, dict) else None
            if isinstance(words, dict):
                text = {lang: f'{said} ("{_spelled(cpr, planted + 1)}")' for lang, said in words.items()}
                row.locator = {**row.locator, "text": text}
        planted += 1
    db.session.commit()
    return planted
