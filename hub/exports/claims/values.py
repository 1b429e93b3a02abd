"""What each template field, element or column of a claim holds: a claim value through its transforms.

Shared by the three writers. A value that cannot be written (an unmapped code, an amount with more than
two decimals) becomes a `FieldProblem` naming the target, the value's name and the line; the writer
collects them all and raises one `Rejection`, so a broken claim is fixed in one round.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from hub.adapters.language.claim_config import ClaimConfig, ClaimField
from hub.adapters.mapping.outbound import TransformError, apply_chain
from hub.adapters.mapping.outbound_types import OutValue
from hub.errors import FieldProblem, Rejection
from hub.exports.claim_model import ClaimLine, Value
from hub.pseudonyms import mask_cpr_like


@dataclass
class Problems:
    """The problems found while writing one claim, each naming where; `raise_any` raises them together."""

    config: ClaimConfig
    found: list[FieldProblem] = field(default_factory=list)

    def add(self, reason_en: str, reason_da: str, target: str = "", source: str = "") -> None:
        """Record one problem with one target (a template field, element path or column); a CPR number
        quoted in a reason is masked, as messages may be logged."""
        where = self.config.template or f"{self.config.slug} claim"
        reason_en, reason_da = mask_cpr_like(reason_en), mask_cpr_like(reason_da)
        self.found.append(
            FieldProblem(reason_en, reason_da, file=where, form="claim", locator=target, field=source)
        )

    def raise_any(self) -> None:
        """Raise every problem found as one Rejection (nothing when there is none)."""
        if self.found:
            raise Rejection(self.found)


def _line_label(line: ClaimLine | None) -> tuple[str, str]:
    if line is None:
        return "", ""
    if line.place is not None:
        return f"line {line.number} (place {line.place}): ", f"linje {line.number} (plads {line.place}): "
    return f"line {line.number}: ", f"linje {line.number}: "


def evaluate(
    rule: ClaimField,
    values: Mapping[str, Value],
    problems: Problems,
    line: ClaimLine | None = None,
    target: str | None = None,
) -> OutValue:
    """The value one field writes (None: left blank or out); a problem is recorded, never raised."""
    if rule.value is not None:
        return rule.value
    raw = values[str(rule.source)]
    try:
        return apply_chain(raw, rule.transforms)
    except TransformError as exc:
        en, da = _line_label(line)
        problems.add(f"{en}{exc.reason_en}", f"{da}{exc.reason_da}", target or rule.target, str(rule.source))
        return None


def line_values(claim_header: Mapping[str, Value], line: ClaimLine) -> dict[str, Value]:
    """A line's values, with the claim's own beneath them (a line may write the period on every row)."""
    return {**claim_header, **line.values()}
