"""The adapter a submission is read with (its municipality's, or the company's one form's), and the
fingerprint of that adapter's config today (`documents.prepare` maps a document with the adapter it
found, not looking it up again).
"""

from __future__ import annotations

from hub.adapters import pipeline
from hub.adapters.language.fingerprint import fingerprint
from hub.errors import NotFound
from hub.models import Submission
from hub.services.registry import company_adapter, registry


def adapter_of(submission: Submission) -> pipeline.Adapter:
    """The adapter a submission is read with: its municipality's, or the company's one form's."""
    return adapter_for(submission.agreement_id, str(submission.municipality_code))


def adapter_for(agreement_id: str | None, municipality_code: str) -> pipeline.Adapter:
    """The adapter of a submission with these columns (`adapter_of` without loading the submission)."""
    if agreement_id is not None:
        return company_adapter()
    return registry().get(municipality_code)


def fingerprint_of(submission: Submission) -> str | None:
    """The fingerprint of the adapter config the submission is read with today (None: it has none)."""
    try:
        return fingerprint(adapter_of(submission))
    except NotFound:
        return None
