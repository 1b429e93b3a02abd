"""Claims in each municipality's own format: `render_claim(claim, config)` returns the finished file,
`claim_chunks(claim, config)` the same bytes in pieces as they are made (a PDF claim copy by copy).

The format is the config's `[claim] format`: a PDF form filled (`pdf_claim`), XML valid against its XSD
(`xml_claim`) or a CSV layout (`csv_claim`). Rendering writes nothing: the caller writes the bytes to a
temporary name and renames it, so a failed claim leaves no half-written file. A value the template cannot
take raises `Rejection` naming every field, element or column and line, in English and Danish.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from hub.adapters.language.claim_config import ClaimConfig
from hub.errors import HubError
from hub.exports.claim_model import Claim
from hub.exports.claims.csv_claim import render_csv
from hub.exports.claims.pdf_claim import pdf_chunks, render_pdf
from hub.exports.claims.xml_claim import render_xml

__all__ = ["NothingToClaim", "RENDERERS", "claim_chunks", "render_claim"]

RENDERERS: Mapping[str, Callable[[Claim, ClaimConfig], bytes]] = {
    "pdf": render_pdf,
    "xml": render_xml,
    "csv": render_csv,
}


class NothingToClaim(HubError):
    """A claim without lines: the municipality gets a message, never an empty file."""

    code = "nothing_to_claim"


def _check_lines(claim: Claim) -> None:
    if not claim.lines:
        raise NothingToClaim(
            f"{claim.municipality_name} has nothing to claim under {claim.agreement_name} for "
            f"{claim.period_label}: no placement or place was paid for in the period",
            f"{claim.municipality_name} har intet at søge refusion for under {claim.agreement_name} for "
            f"{claim.period_label}: ingen praktik eller plads blev betalt i perioden",
        )


def render_claim(claim: Claim, config: ClaimConfig) -> bytes:
    """The claim as the municipality's file; NothingToClaim when it has no line."""
    _check_lines(claim)
    return RENDERERS[config.format](claim, config)


def claim_chunks(claim: Claim, config: ClaimConfig) -> Iterator[bytes]:
    """The claim's file in pieces, for a caller that streams it on (a zip entry): NothingToClaim and
    Rejection are raised by this call, before the first piece, so nothing half-written is started."""
    _check_lines(claim)
    if config.format == "pdf":
        return pdf_chunks(claim, config)
    return iter([RENDERERS[config.format](claim, config)])
