"""The fingerprint of what reading a document depends on: an adapter's forms as written, and their XSDs.

Stored with a submission's outcome, so that the same bytes sent again after the config was fixed are read
again (and not answered with the old rejection), while a document rejected for itself is not.
"""

from __future__ import annotations

import hashlib
import json

from hub.adapters.language.config_model import CompanyAdapter, MunicipalityConfig


def fingerprint(adapter: MunicipalityConfig | CompanyAdapter) -> str:
    """SHA-256 (hex) of the adapter's forms as parsed from its file and the bytes of each form's XSD.

    The claim and the audit rules are left out: they change nothing a document is read into."""
    forms = []
    for form in adapter.forms:
        xsd = form.xsd_path
        schema = hashlib.sha256(xsd.read_bytes()).hexdigest() if xsd is not None and xsd.is_file() else None
        forms.append({"form": form.raw, "xsd": schema})
    # TOML dates parse to date objects: `default=str` writes them as their ISO text.
    text = json.dumps({"code": adapter.code, "forms": forms}, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
