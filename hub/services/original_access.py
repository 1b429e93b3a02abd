"""Who may have a record's original document, the bytes as the hub received them.

An original cannot be masked: it holds the citizen's full CPR number, and a changed copy would no longer
be the evidence its SHA-256 names. So only those who may see the full number may have it: the citizen's
own municipality, and its auditor where the municipality's rule is `cpr_in_bundles = "full"`. An
auditor of a municipality whose rule is `masked` is refused with the reason (403): the record is theirs
to read, the original is not, as its bundle lists the originals without their bytes (decision 0055).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.access import CprView, Principal
from hub.access_errors import Forbidden
from hub.models import Agreement, Submission

MASKED_AUDITOR = (
    "Your municipality's rules show its auditor CPR numbers masked, and the original document holds them "
    "in full, so it is not given to you. Ask the municipality for it; its SHA-256 is in the audit bundle's "
    "manifest to check it against.",
    "Kommunens regler viser dens revisor CPR-numre maskeret, og originaldokumentet har dem fulde, så du kan "
    "ikke hente det. Bed kommunen om det; dets SHA-256 står i revisionspakkens manifest, så du kan "
    "kontrollere det.",
)


class OriginalWithheld(Forbidden):
    """The masked auditor's refusal of an original: the municipality's rule, not the user's role, so the
    403's "ask the hub's administrator for access" under "Ask the municipality for it" sent the auditor to
    someone who cannot give it (walk-110, stop 68). The record's page is the way on."""

    next_step = (
        "Go back to the record: each value on it says where in the document it was read.",
        "Gå tilbage til posten: hver værdi på den siger, hvor i dokumentet den er læst.",
    )


def withheld_from_auditor(who: Principal, view: CprView) -> bool:
    """Whether the user is an auditor who sees this citizen's CPR masked, and so gets no original."""
    return who.role == "auditor" and view == "masked"


def withheld_why(who: Principal, view: CprView, from_company: bool) -> str | None:
    """Why a record's page offers this user no original of its document (asked only when it offers none):
    "company_form" (the company's form names interns of every municipality of the agreement: only the
    company and the agreement's lead have it), "cpr_masked" (an auditor who sees CPR masked), else None."""
    # The company's form first: it holds no CPR number, and the page said it was withheld for holding them.
    if from_company:
        return "company_form"
    return "cpr_masked" if withheld_from_auditor(who, view) else None


def refuse_masked_auditor(who: Principal, view: CprView) -> None:
    """Raise `Forbidden` with the reason when the user is an auditor who sees the CPR masked."""
    if withheld_from_auditor(who, view):
        raise OriginalWithheld(*MASKED_AUDITOR)


def may_download(session: Session, who: Principal, view: CprView, sha256: str) -> bool:
    """Whether the user may have the original document: those who see the citizen's full CPR (its
    municipality, and its auditor where its rule is `full`), and a company its own forms (the company of
    the agreement the form was sent for).

    A form the company sent names interns of every municipality of the agreement, so only the company
    and the agreement's lead may have it; a partner or an auditor sees its own citizens' rows in the
    record's provenance instead (DESIGN: "only counts for the others")."""
    # Sent by the company: submitted for an agreement rather than by a municipality (any channel).
    sent_for = session.execute(
        select(Agreement.lead_municipality, Agreement.company_cvr)
        .join(Submission, Submission.agreement_id == Agreement.id)
        .where(Submission.document_sha256 == sha256)
    ).first()
    if sent_for is not None:
        # That agreement's company, not any company: said here, not left to the record's scope alone.
        lead, cvr = sent_for
        if who.role == "company":
            return who.company_cvr == cvr
        return who.role == "lead" and lead == who.municipality
    # Not "an auditor whatever it sees": a masked auditor got the full CPR numbers in the bytes.
    return view == "full"
