"""The fingerprint of what reading a document depends on: an adapter's forms as written, and their XSDs.

Stored with a submission's outcome, so that the same bytes sent again after the config was fixed are read
again (and not answered with the old rejection), while a document rejected for itself is not.
"""

from __future__ import annotations

import hashlib
import json

from hub.adapters.language.config_model import CompanyAdapter, MunicipalityConfig

# By the adapter object: a loaded config never changes (a changed file is loaded as a new one), and a
# batch asked for the same adapter's fingerprint once per document, reading its XSDs every time.
_KNOWN: dict[int, tuple[MunicipalityConfig | CompanyAdapter, str]] = {}
_MAX_KNOWN = 1_000


def fingerprint(adapter: MunicipalityConfig | CompanyAdapter) -> str:
    """SHA-256 (hex) of the adapter's forms as parsed from its file and the bytes of each form's XSD.

    The claim and the audit rules are left out: they change nothing a document is read into. Computed
    once per loaded adapter (the XSD as it was then, which is also the one `pipeline` validates with)."""
    known = _KNOWN.get(id(adapter))
    if known is not None and known[0] is adapter:
        return known[1]
    if len(_KNOWN) >= _MAX_KNOWN:
        _KNOWN.clear()  # configs reloaded many times over (tests): start again
    value = _compute(adapter)
    _KNOWN[id(adapter)] = (adapter, value)
    return value


def _compute(adapter: MunicipalityConfig | CompanyAdapter) -> str:
    forms = []
    for form in adapter.forms:
        xsd = form.xsd_path
        schema = hashlib.sha256(xsd.read_bytes()).hexdigest() if xsd is not None and xsd.is_file() else None
        forms.append({"form": form.raw, "xsd": schema})
    # TOML dates parse to date objects: `default=str` writes them as their ISO text.
    text = json.dumps({"code": adapter.code, "forms": forms}, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
