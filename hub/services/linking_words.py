"""Linking's rejections (`reject`), and what a sender can do about a form that no placement of its own
holds (`linking.link`): the words of that rejection's second half, in English and Danish."""

from __future__ import annotations

from hub.datewords import days_da
from hub.errors import FieldProblem, Rejection
from hub.models import Placement


def first_outside(first: tuple[str, str, str] | None) -> tuple[str, str, str]:
    """The field a refusal for want of a placement names, and its words (English, Danish) for the first
    date no placement holds (`coverage.outside`): "; 2026-W01 lies in none of them" / "; uge 1 2026
    ligger i ingen af dem"; the site and no words where no one date is at fault."""
    if first is None:
        return "site.p_number", "", ""
    field, en, da = first
    return (
        field,
        f": {en} lies in none of the citizen's placements there",
        f": {da} ligger i ingen af borgerens praktikker der",
    )


def what_to_send(own: list[Placement]) -> tuple[str, str]:
    """What the sender can do about a form no placement of its own holds (English, Danish): send the
    placement agreement, when the hub holds none for the citizen at the site; else the periods it holds,
    so that the dates can be checked against them (only the sender's own placements: another
    municipality's are never said to exist)."""
    if not own:
        # Said in a final rejection: "this form is kept waiting for it" beside "Afvist" read as if the
        # form were still held. It waits only when sent with the agreement (`awaiting`), so after this
        # the form is sent again (stop 52).
        return (
            "the hub holds no placement agreement for the citizen there: send it, then this form again "
            "(sent together, a form waits up to an hour for its agreement)",
            "hubben har ingen praktikaftale for borgeren der: send den og så denne blanket igen (sendt "
            "sammen venter en blanket op til en time på sin aftale)",
        )
    spans = sorted((p.start, p.end) for p in own)
    en = ", ".join(f"{first.isoformat()}–{last.isoformat()}" for first, last in spans)
    da = ", ".join(days_da(first, last) for first, last in spans)
    return (
        f"the citizen's placement there runs {en}: correct the form's dates, or send a corrected "
        "placement agreement",
        f"borgerens praktik der løber {da}: ret blankettens datoer, eller send en rettet praktikaftale",
    )


def reject(
    en: str, da: str, field: str, awaits_submission: bool = False, may_be_in_document: bool = False
) -> Rejection:
    """A linking problem as a rejection: the record against what the hub holds, not the document."""
    # Every reason here compares the record with what the hub holds (agreements, placements, records),
    # not with the document: once the hub holds what was missing, the same bytes may pass. Only a
    # placement not held yet is something another submission of the sender may bring (`awaiting`):
    # an agreement is the operator's to load, a choice between placements or records the hub holds is
    # not made by more of them, and a correction that would strand stored forms is the sender's to
    # send otherwise (an end form).
    problem = FieldProblem(
        en,
        da,
        field=field,
        outside_document=True,
        awaits_submission=awaits_submission,
        may_be_in_document=may_be_in_document,
    )
    return Rejection([problem])
