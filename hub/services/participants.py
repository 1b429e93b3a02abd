"""Records that name their placement by participant id (the company's one form): resolved to the
placement's citizen and site, and filed with the intern's own municipality.

The company never sees a CPR number, so its form names each intern by the pseudonymous id the hub gave
the placement. Before such a record is validated and stored, the id is checked (its check character
catches an edited or mistyped id), found among the sender's placements (the agreement's, for a
company; its own, for a municipality) and replaced by the citizen's CPR and the site's P-number, as if
the intern's municipality had sent the form. The provenance keeps the id as the raw value.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.adapters.language.config_paths import REFERENCE
from hub.adapters.mapping.form import MappedForm, Provenance
from hub.errors import FieldProblem, Rejection
from hub.models import Agreement, Placement, Record, RecordVersion, Submission
from hub.pseudonyms import holds_cpr_like, participant_id_intact


def _problem(
    mapped: MappedForm,
    submission: Submission,
    en: str,
    da: str,
    outside_document: bool = False,
    may_be_in_document: bool = False,
) -> Rejection:
    where = next((p for p in mapped.provenance if p.path == REFERENCE), None)
    text = (where.locator.get("text") or {}) if where else {}
    return Rejection(
        [
            FieldProblem(
                en,
                da,
                file=submission.filename,
                form=mapped.form_id,
                locator=text.get("en", ""),
                field=REFERENCE,
                outside_document=outside_document,
                locator_da=text.get("da", ""),
                may_be_in_document=may_be_in_document,
            )
        ]
    )


PID_CPR_EN = (
    "looks like a CPR number, not an id the hub wrote: a form that names its intern by participant id"
    " holds no CPR number (copy the id from the form the hub made)"
)
PID_CPR_DA = (
    "ligner et CPR-nummer, ikke et id, hubben har skrevet: en blanket, der nævner praktikanten ved"
    " deltager-id, indeholder intet CPR-nummer (kopiér id'et fra den blanket, hubben lavede)"
)


def _placement(session: Session, submission: Submission, pid: str) -> Placement | None:
    query = select(Placement).where(Placement.participant_id == pid)
    if submission.agreement_id is not None:
        query = query.where(Placement.agreement_id == submission.agreement_id)
    else:
        query = query.where(Placement.municipality_code == submission.municipality_code)
    return session.scalars(query).first()


def _companys_other_agreement(session: Session, submission: Submission, pid: str) -> str | None:
    """The id of another agreement of the sending company that has the intern `pid`, or None."""
    if submission.agreement_id is None:
        return None
    sent_for = session.get(Agreement, submission.agreement_id)
    if sent_for is None:
        return None
    return session.scalar(
        select(Placement.agreement_id)
        .join(Agreement, Agreement.id == Placement.agreement_id)
        .where(
            Placement.participant_id == pid,
            Agreement.company_cvr == sent_for.company_cvr,
            Agreement.id != sent_for.id,
        )
        .limit(1)
    )


def _cpr(session: Session, placement: Placement) -> str:
    data: dict[str, Any] = session.scalars(
        select(RecordVersion.data)
        .join(Record, Record.id == RecordVersion.record_id)
        .where(
            Record.placement_id == placement.id,
            Record.form_type == "placement",
            RecordVersion.version == Record.current_version,
        )
    ).one()
    return str(data["citizen"]["cpr"])


def resolve(session: Session, submission: Submission, mapped: MappedForm) -> MappedForm:
    """Replace a record's participant id by its placement's CPR, P-number and municipality; a
    `Rejection` when the id was edited, or is not one of the sender's interns."""
    record = dict(mapped.record)
    pid = str(record.pop(REFERENCE, "")).strip().upper()
    whose_en = f"agreement {submission.agreement_id}" if submission.agreement_id else "this municipality"
    whose_da = f"aftalen {submission.agreement_id}" if submission.agreement_id else "kommunen"
    # Each reason starts at the id itself: the line before it names the field ('feltet "Deltager-id"',
    # "deltager-id"), and "deltager-id 'P-…'" said it a third time.
    if holds_cpr_like(pid):
        # Never quoted back: the refusal is stored with the submission and shown to those who see it.
        raise _problem(mapped, submission, PID_CPR_EN, PID_CPR_DA)
    if not participant_id_intact(pid):
        raise _problem(
            mapped,
            submission,
            f"{pid!r} is not an id the hub wrote: a character has been changed or mistyped (copy it "
            "from the form the hub made)",
            f"{pid!r} er ikke et id, hubben har skrevet: et tegn er ændret eller tastet forkert (kopiér "
            "det fra den blanket, hubben lavede)",
        )
    placement = _placement(session, submission, pid)
    if placement is None and (other := _companys_other_agreement(session, submission, pid)):
        # The company picked the wrong one of its agreements on upload: said so, with the one to pick
        # (the company sees its interns of every agreement it is in, so this tells it nothing new).
        # The same file sent for that agreement is handed over to it (`same_bytes`); no wait: no other
        # submission changes the agreement this one was sent for.
        raise _problem(
            mapped,
            submission,
            f"{pid} is an intern of agreement {other}, not of {whose_en}: send the form again for "
            f"agreement {other}",
            f"{pid} er en praktikant i aftalen {other}, ikke i {whose_da}: send skemaet igen for "
            f"aftalen {other}",
            outside_document=True,
        )
    if placement is None:
        raise _problem(
            mapped,
            submission,
            # The field is named on the line before: "the id", not its name again (test_cli_outbound).
            f"{pid} is not an intern of {whose_en}: correct the id on the form (copy it from the form "
            "the hub made for the intern)",
            f"{pid} er ikke en praktikant i {whose_da}: ret id'et på skemaet (kopiér det fra den "
            "blanket, hubben lavede til praktikanten)",
            # Read again if the same bytes come again (`retry`), but no wait for another submission:
            # the hub gives an id out only for a placement it holds, and never drops one, so an intact
            # id not among the sender's is someone else's intern, not one on its way.
            outside_document=True,
            # Most likely the form's id is the one at fault (copied from another form): as for dates
            # and P-numbers, the page offers a fixed file and does not say nothing is wrong in it
            # (walk-110, page-112).
            may_be_in_document=True,
        )
    record["municipality_code"] = placement.municipality_code
    record["citizen"] = {"cpr": _cpr(session, placement)}
    record["site"] = {"p_number": placement.p_number}
    return MappedForm(record, tuple(_provenance(mapped.provenance)), mapped.form_id, mapped.read_as)


def _provenance(entries: tuple[Provenance, ...]) -> list[Provenance]:
    """The id's provenance now speaks for the citizen and the site it stood for. What the form said of
    the citizen (the name printed beside the id, read to name the item in messages) goes with the
    citizen it replaced: the record keeps no value for it to be the provenance of."""
    out: list[Provenance] = []
    for entry in entries:
        if entry.path.startswith("citizen."):
            continue
        if entry.path != REFERENCE:
            out.append(entry)
            continue
        steps = (*entry.transforms, "participant")
        out.append(entry._replace(path="citizen.cpr", transforms=steps))
        out.append(entry._replace(path="site.p_number", transforms=steps))
    return out
