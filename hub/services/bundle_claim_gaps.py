"""The claim lines' gaps in the auditor's bundle: why hours of the claim are not claimed, line by line.

The auditor's page gives each placement's claim figures with the reasons some hours are not claimed
(`web.audit_claims`); the bundle had only the completeness report's rule lines and the claim in the
municipality's format, which has no place for reasons. `completeness/claim-gaps.csv` lists every gap
the hub made beside the claim's lines (`claims.build_claim`, the same pass as the claim in `claim/`):
the agreement, the participant, the numbers of that participant's lines in the claim (empty: no line,
e.g. a placement that did not run in the period), its kind, the hours and the reason in Danish and
English. CPR numbers as the municipality's rule says, and CPR-like text in a reason (a file name)
masked where the rule masks (decision 0012, "Stop 52: audit-57").
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable

from hub.exports.bundle_zip import BundleZip
from hub.exports.claim_model import Claim
from hub.exports.csv_safe import safe_writer
from hub.exports.gaps import Gap
from hub.pseudonyms import mask_cpr_like, show_cpr
from hub.quantities import hours_figure

PATH = "completeness/claim-gaps.csv"
HEAD = (
    "aftale",
    "deltager_id",
    "cpr",
    "navn",
    "kravlinjer",
    "art",
    "timer",
    "grund",
    "reason",
)


class ClaimGaps:
    """The CSV's rows, gathered claim by claim in a temporary file (memory stays flat: decision 0012),
    added to the bundle once every claim is made (`write`)."""

    def __init__(self, rule: str) -> None:
        self.rule = rule
        self.out = tempfile.TemporaryFile("w+", encoding="utf-8", newline="")  # noqa: SIM115 - closed by write
        self.writer = safe_writer(self.out, delimiter=";", lineterminator="\r\n")
        self.out.write("\ufeff")  # UTF-8 with BOM and semicolons, as Danish Excel opens them (report.csv)
        self.writer.writerow(HEAD)

    def add(self, claim: Claim, gaps: Iterable[Gap]) -> None:
        """The gaps made with one claim's lines, each beside that participant's lines of the claim."""
        numbers: dict[str, list[str]] = {}
        who: dict[str, tuple[str, str]] = {}
        for line in claim.lines:
            if line.participant_id is not None:
                numbers.setdefault(line.participant_id, []).append(str(line.number))
                who[line.participant_id] = (line.cpr or "", line.name or "")
        for gap in gaps:
            cpr, name = who.get(gap.participant_id, ("", ""))
            da, en = gap.reason_da, gap.reason_en
            if self.rule != "full":  # a typed name too (decision 0065, stop 55)
                da, en, name = mask_cpr_like(da), mask_cpr_like(en), mask_cpr_like(name)
            self.writer.writerow(
                (
                    claim.agreement_id,
                    gap.participant_id,
                    show_cpr(cpr, self.rule) if cpr else "",
                    name,
                    " | ".join(numbers.get(gap.participant_id, [])),
                    gap.kind,
                    # A decimal comma, as the reasons write the hours: Danish Excel reads "1.29" as a date.
                    "" if gap.hours is None else hours_figure(gap.hours).replace(".", ","),
                    da,
                    en,
                )
            )

    def write(self, bundle: BundleZip) -> None:
        """Add the CSV to the bundle (and so to its manifest), and let the temporary file go."""
        with self.out:
            self.out.seek(0)
            bundle.add(PATH, (line.encode("utf-8") for line in self.out))
