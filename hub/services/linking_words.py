"""What a sender can do about a form that no placement of its own holds (`linking.link`): the words of
the rejection's second half, in English and Danish."""

from __future__ import annotations

from hub.datewords import days_da
from hub.models import Placement


def what_to_send(own: list[Placement]) -> tuple[str, str]:
    """What the sender can do about a form no placement of its own holds (English, Danish): send the
    placement agreement, when the hub holds none for the citizen at the site; else the periods it holds,
    so that the dates can be checked against them (only the sender's own placements: another
    municipality's are never said to exist)."""
    if not own:
        return (
            "the hub holds no placement agreement for the citizen there: send it (this form is kept "
            "waiting for it up to an hour)",
            "hubben har ingen praktikaftale for borgeren der: send den (blanketten venter på den i op til "
            "en time)",
        )
    spans = sorted((p.start, p.end) for p in own)
    en = ", ".join(f"{first.isoformat()}–{last.isoformat()}" for first, last in spans)
    da = ", ".join(days_da(first, last) for first, last in spans)
    return (
        f"the citizen's placement there runs {en}: correct the form's dates, or send a corrected "
        "placement agreement",
        f"borgerens praktik der løber {da}: ret blankettens datoer, eller send en rettet praktikaftale",
    )
