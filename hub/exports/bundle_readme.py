"""The auditor's bundle's README: what is in the bundle and how to check it, in Danish, then in English.

The heading (whose bundle, when it was made, the key) is said once in both languages here; each language's
section is a module of its own (`bundle_readme_da`, `bundle_readme_en`), so that what a translator or
an auditor reads in one language is in one place."""

from __future__ import annotations

from dataclasses import dataclass

from hub.exports import bundle_signatures, danish_clock
from hub.exports.bundle_readme_da import danish
from hub.exports.bundle_readme_en import english


@dataclass(frozen=True)
class About:
    """What a bundle is of, for its README."""

    municipality: str
    code: str
    period: str
    created_at: str
    cpr_rule: str
    retention_years: int
    public_pem: str
    origin: str


def readme(about: About) -> str:
    """The bundle's README: what is in it and how to check it, in Danish, then in English."""
    fingerprint = bundle_signatures.public_key_fingerprint(about.public_pem.encode())
    # The originals and the downloaded claims cannot be masked and stay evidence: where the rule masks
    # CPR they are listed in the manifest, not enclosed, and the computed claim is masked (0055, 0057).
    masked = about.cpr_rule != "full"
    said = (about.code, about.period, masked, about.retention_years)
    heading = f"""# Revisionspakke / Audit bundle: {about.municipality} ({about.code}), {about.period}

Dannet af hubben {danish_clock.danish_time(about.created_at)} / made by the hub {about.created_at}
(log `{about.origin}`).
Nøgle / key: `public-key.pem`, fingeraftryk / fingerprint `{fingerprint}`.

"""
    return heading + danish(*said) + english(*said)
