"""Gaps seen against the grant and the agreement's terms (`gaps.Gap`): a payment line's hours below or
above its grant, hours no grant covers, a grant made after the placement started, and a placement no
allotted place was free for."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from hub.datewords import day_da
from hub.exports.facts import Grant, PlacementFacts
from hub.exports.gaps import Gap, hours_da, hours_en
from hub.words import DAYS, counted

if TYPE_CHECKING:
    from hub.exports.payments import PaymentLine


def line_gaps(
    facts: PlacementFacts, line: PaymentLine | None, grant: Grant | None, ungranted: Decimal | None = None
) -> list[Gap]:
    """Gaps of one payment line against its grant; or, with `ungranted`, hours no grant covers."""
    gaps: list[Gap] = []
    if ungranted:
        gaps.append(
            Gap.of(
                facts,
                "no_grant",
                ungranted,
                f"{hours_en(ungranted)} hours delivered on days no mentor-support grant covers",
                f"{hours_da(ungranted)} timer leveret på dage, som ingen bevilling af mentorstøtte dækker",
            )
        )
    if line is None:
        return gaps
    difference = line.delivered_hours - line.granted_hours
    if difference < 0:
        gaps.append(
            Gap.of(
                facts,
                "below_grant",
                -difference,
                f"delivered {hours_en(line.delivered_hours)} of {hours_en(line.granted_hours)} granted hours",
                f"leveret {hours_da(line.delivered_hours)} af {hours_da(line.granted_hours)} bevilgede timer",
            )
        )
    elif difference > 0:
        gaps.append(
            Gap.of(
                facts,
                "above_grant",
                difference,
                f"delivered {hours_en(line.delivered_hours)} hours, {hours_en(line.granted_hours)} granted: "
                f"{hours_en(difference)} hours cannot be claimed",
                f"leveret {hours_da(line.delivered_hours)} timer, bevilget {hours_da(line.granted_hours)}: "
                f"{hours_da(difference)} timer kan ikke kræves refunderet",
            )
        )
    if grant is not None and grant.granted_on is not None and grant.granted_on > facts.start:
        late_en, late_da = counted((grant.granted_on - facts.start).days, *DAYS)  # "1 dag", "9 dage"
        gaps.append(
            Gap.of(
                facts,
                "grant_after_start",
                None,
                f"granted on {grant.granted_on.isoformat()}, {late_en} after the placement started on "
                f"{facts.start.isoformat()}",
                f"bevilget {day_da(grant.granted_on)}, {late_da} efter praktikstart {day_da(facts.start)}",
            )
        )
    return gaps


def over_allotment(facts: PlacementFacts, places: int) -> Gap:
    """A placement for which none of the municipality's allotted places was free."""
    return Gap.of(
        facts,
        "over_allotment",
        None,
        f"no place of the {places} allotted to the municipality was free for this placement",
        f"ingen af kommunens {places} tildelte pladser var ledig til denne praktik",
    )
