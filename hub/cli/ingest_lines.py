"""`hub ingest`'s lines about what a file became, in words a caseworker knows: the form, the participant
(the pseudonymous id the pages show, never CPR), the agreement by name; a record's id only with the
command that shows it (`hub explain RECORD`). English then Danish, on one line, as the command's other
lines are."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.errors import FieldProblem
from hub.models import Agreement, Placement, Record, RecordVersion, SubmissionItem
from hub.schemas.vocabulary import FORM_TYPE_LABELS
from hub.services.form_titles import titled_problem

STATUS = {  # a submission's or an item's status as the caseworker reads it (`waiting.STATUS_DA` too)
    "accepted": ("accepted", "godkendt"),
    "partial": ("partly accepted", "delvist godkendt"),
    "rejected": ("rejected", "afvist"),
    "unchanged": ("unchanged", "uændret"),
    "failed": ("failed", "fejlet"),
}
# What a failed submission's sender is told beside its status: the hub failed, not the file (the
# traceback, without any exception's text, is the operator's, in `submissions.error`).
HUB_FAILED = (
    "the hub failed reading it, nothing is wrong with the file: it is kept, and read again by hub requeue",
    "hubben fejlede under læsningen, der er intet galt med filen: den er gemt og læses igen af hub requeue",
)


def status_words(status: str, note: tuple[str, str] | None = None) -> str:
    """`accepted / godkendt`: a status in English and Danish (an unknown one as it is); a `note` (English,
    Danish) goes in brackets after each language's own word, so the Danish half has no English in it."""
    en, da = STATUS.get(status, (status, status))
    if note is None:
        return f"{en} / {da}"
    return f"{en} ({note[0]}) / {da} ({note[1]})"


def waiting_words(submission_id: int) -> str:
    """That a file is held for its placement (`services.awaiting`), as the upload page says it: not "not
    finished within --wait", which has the caseworker wait, or send it again, for nothing."""
    return (
        f"submission {submission_id} waits for a placement agreement not yet read: a file from the same"
        " sender not yet processed may hold it, and it is tried again once that file is read"
        f" / indsendelse {submission_id} venter på en praktikaftale, der endnu ikke er læst: en fil fra"
        " samme afsender, der ikke er behandlet endnu, kan have den, og den prøves igen, når filen er læst"
    )


@dataclass(frozen=True)
class Became:
    """What one stored record version is about: its form, its participant and its agreement."""

    form_type: str
    participant: str
    agreement: str

    def words(self, lang: str) -> str:
        """`Mentor hours of participant P-… (agreement "…")`, or in Danish."""
        form = FORM_TYPE_LABELS[lang].get(self.form_type, self.form_type)
        if lang == "da":
            return f'{form} for deltager {self.participant} (aftale "{self.agreement}")'
        return f'{form} of participant {self.participant} (agreement "{self.agreement}")'


def became(session: Session, record_ids: list[int]) -> dict[int, Became]:
    """Each record's form, participant and agreement name, by record id, in one statement."""
    if not record_ids:
        return {}
    rows = session.execute(
        select(Record.id, Record.form_type, Placement.participant_id, Agreement.name)
        .join(Placement, Placement.id == Record.placement_id)
        .join(Agreement, Agreement.id == Placement.agreement_id)
        .where(Record.id.in_(record_ids))
    )
    return {rid: Became(form, participant, name) for rid, form, participant, name in rows}


def version_line(what: Became | None, version: RecordVersion, unchanged: bool = False) -> str:
    """One stored version: what it is, then where to see it (`hub explain`), in English and Danish."""
    rid, v = version.record_id, version.version
    en_what = what.words("en") if what else f"record {rid}"
    da_what = what.words("da") if what else f"post {rid}"
    if unchanged:
        return (
            f"{en_what}: unchanged, the same content as record {rid} version {v} (hub explain {rid})"
            f" / {da_what}: uændret, samme indhold som post {rid} version {v}"
        )
    return (
        f"{en_what}: record {rid} version {v} (hub explain {rid} shows it)"
        f" / {da_what}: post {rid} version {v} (hub explain {rid} viser den)"
    )


def item_line(item: SubmissionItem, what: Became | None) -> str:
    """One record of a document of several (a row, an intern): its place in the file, its outcome and,
    once stored, its participant and record (`hub explain`)."""
    en_status, da_status = STATUS.get(item.status, (item.status, item.status))
    if what is None or item.record_id is None:
        return f"{item.label}: {en_status} / {item.label_da}: {da_status}"
    rid = item.record_id
    return (
        f"{item.label}: {en_status}, participant {what.participant}, record {rid} (hub explain {rid})"
        f" / {item.label_da}: {da_status}, deltager {what.participant}, post {rid}"
    )


def problem_lines(
    problems: Iterable[FieldProblem], agreement_id: str | None, municipality: str | None
) -> list[str]:
    """Each fault as an `error:` line and a `fejl:` line, its form named by the title its sender's
    adapter gives it ("Praktikophør"), as the upload page names it, not by the config's id; then each
    suggestion (`FieldProblem.suggestion`: whose form the file looks like) as a `suggestion:` line and a
    `forslag:` line, as the upload page says it apart from the faults ("Forslag: …")."""
    listed = list(problems)
    lines = []
    for problem in [p for p in listed if not p.suggestion] + [p for p in listed if p.suggestion]:
        titled = titled_problem(problem, agreement_id, municipality)
        en, da = ("suggestion", "forslag") if problem.suggestion else ("error", "fejl")
        lines += [f"{en}: {titled.describe('en')}", f"{da}: {titled.describe('da')}"]
    return lines
