"""A claim with its CPR numbers masked, for the bundle of an auditor who may not see them in full.

Where a municipality's rule is `cpr_in_bundles = "masked"`, the claim the bundle computes is written in
the municipality's own format with every CPR number as `DDMMYY-XXXX`, the form the hub masks them in
everywhere else it writes for that auditor (`show_cpr`). Such a file is not one the municipality could
send: the `cpr` transform, which writes a CPR number in the municipality's style, wants ten digits, and a
municipality's XSD may demand them (Høje-Taastrup's `[0-9]{6}-[0-9]{4}`). So the masked number is
written as it is, past that transform, and the masked XML is not validated; the real claim is, first,
so that a claim the municipality could not be sent fails here as it fails in a `full` bundle
(decision 0057).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from hub.adapters.language.claim_config import ClaimConfig, ClaimField
from hub.exports.claim_lines import SpooledLines
from hub.exports.claim_model import Claim, ClaimLine
from hub.exports.claims import claim_chunks, render_claim
from hub.exports.claims.xml_claim import build_tree, xml_bytes
from hub.pseudonyms import mask_cpr_like, show_cpr

# The claim value that holds the citizen's CPR number (`ClaimLine.cpr`), and the transform that writes it.
CPR_SOURCE = "cpr"
CPR_TRANSFORM = "cpr"


def masked_claim(claim: Claim) -> Claim:
    """The claim with each line's CPR number masked (a place that stood empty has none to mask), and
    CPR-like text typed into the citizen's or the site's name too (decision 0065, stop 55)."""
    lines = (_masked_line(line) for line in claim.lines)
    # Lines kept on disk stay on disk: a masked copy of 10,000 lines is not held in memory either.
    return replace(
        claim, lines=SpooledLines(lines) if isinstance(claim.lines, SpooledLines) else tuple(lines)
    )


def _masked_line(line: ClaimLine) -> ClaimLine:
    cpr = show_cpr(line.cpr, "masked") if line.cpr else line.cpr
    name = mask_cpr_like(line.name) if line.name else line.name
    return replace(line, cpr=cpr, name=name, site_name=mask_cpr_like(line.site_name))


def _field(rule: ClaimField) -> ClaimField:
    """A field that writes the CPR number without the `cpr` transform, which refuses a masked one."""
    if rule.source != CPR_SOURCE:
        return rule
    return replace(rule, transforms=tuple(t for t in rule.transforms if t.name != CPR_TRANSFORM))


def masked_config(config: ClaimConfig) -> ClaimConfig:
    """The municipality's claim config with the CPR number written as the masked claim holds it."""
    return replace(
        config,
        fields=tuple(map(_field, config.fields)),
        footer=tuple(map(_field, config.footer)),
        lines=replace(config.lines, fields=tuple(map(_field, config.lines.fields))),
    )


def masked_chunks(claim: Claim, config: ClaimConfig) -> Iterator[bytes]:
    """The claim's file with CPR masked, in pieces; `NothingToClaim` and `Rejection` as `claim_chunks`
    raises them, before the first piece."""
    hidden, plain = masked_claim(claim), masked_config(config)
    if config.format == "xml":
        # The masked file cannot satisfy an XSD that demands the digits: the real claim must, as in a
        # `full` bundle; its bytes are dropped here and never leave this call.
        render_claim(claim, config)
        return iter([xml_bytes(build_tree(hidden, plain))])
    return claim_chunks(hidden, plain)
