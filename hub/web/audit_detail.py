"""An audit entry's detail in words on the audit-log pages: "Version: 2 · Deltager: P-… · Fil: x.pdf", not
the JSON as logged ({"data_form": 2, "provenance_rows": ["000fc42c", …]}), which a caseworker of a
municipality's own log does not read (page-119's walk). Each key the log writes has a name in the page's
language; a list is its items, a stored version's rows of provenance are counted, every SHA-256 is cut
to its first 12 digits (`audit_words.detail_text`'s reason). The udtræk, the API and the bundle keep the
detail as logged."""

from __future__ import annotations

from typing import Any

from flask_babel import LazyString
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from hub.web.audit_words import shortened
from hub.web.names import FORM_TYPES

# The keys the log's details hold, in words (every key the hub writes: test_audit_detail_keys); a key
# without words, as an older entry may hold, is said as written, underscores as spaces.
KEYS: dict[str, LazyString] = {
    "agreement": _l("Agreement"),
    "amount_dkk": _l("Amount (DKK)"),
    "as": _l("As"),
    "channel": _l("Sent by"),
    "contact": _l("Contact"),
    "count": _l("Count"),
    "data_form": _l("Form of the stored data"),
    "data_sha256": _l("SHA-256 of the data"),
    "documents": _l("Documents"),
    "documents_carried": _l("Documents carried"),
    "entries": _l("Entries"),
    "event_id": _l("Log entry"),
    "expires_at": _l("Expires"),
    "filename": _l("File"),
    "files": _l("Files"),
    "filter": _l("Filter"),
    "form": _l("Form"),
    "form_type": _l("Kind of form"),
    "format": _l("Format"),
    "from": _l("From"),
    "from_size": _l("Log size before"),
    "interns": _l("Interns"),
    "items": _l("Items"),
    "kind": _l("Kind"),
    "lines": _l("Lines"),
    "lines_sha256": _l("SHA-256 of the lines"),
    "manifest_sha256": _l("SHA-256 of the manifest"),
    "method": _l("Method"),
    "month": _l("Month"),
    "municipalities": _l("Municipalities"),
    "municipality": _l("Municipality"),
    "name": _l("Name"),
    "new": _l("New"),
    "old": _l("Old"),
    "page": _l("Page"),
    "participant": _l("Participant"),
    "participants": _l("Participants"),
    "party": _l("Party"),
    "period": _l("Period"),
    "periods": _l("Periods"),
    "placement_ids": _l("Placements"),
    "placements": _l("Placements"),
    "places": _l("Places"),
    "provenance_form": _l("Form of the provenance"),
    "provenance_sha256": _l("SHA-256 of the provenance"),
    "reason": _l("Reason"),
    "received_before": _l("Received before"),
    "records": _l("Records"),
    "rejected": _l("Rejected"),
    "role": _l("Role"),
    "sha256": _l("SHA-256 of the file"),
    "source": _l("From"),
    "status": _l("Status"),
    "stored": _l("Stored"),
    "submission": _l("Submission"),
    "submissions": _l("Submissions"),
    "token": _l("Token"),
    "tree_size": _l("Log size"),
    "version": _l("Version"),
}
# Lists the log keeps for the udtræk and the bundle to check, which a page counts: a stored version's
# rows of provenance are eight-digit keys, one a value.
COUNTED = frozenset({"provenance_rows"})
COUNTED_WORDS: dict[str, LazyString] = {"provenance_rows": _l("Rows of provenance")}
# Values the pages name in words where the log writes the hub's key ("mentor_hours": "Mentortimer").
VALUES: dict[str, dict[str, LazyString]] = {"form_type": FORM_TYPES}


def detail_words(detail: Any) -> list[tuple[str, str]]:
    """An entry's detail as `(name, value)` pairs in the page's language, by key (as the JSON was shown:
    PostgreSQL's JSONB keeps no order of its own); a detail that is not an object (none is written so) is
    one pair without a name."""
    if not isinstance(detail, dict):
        return [] if detail in (None, "") else [("", _said(detail))]
    pairs = []
    for key, value in sorted(detail.items()):
        if key in COUNTED and isinstance(value, list):
            pairs.append((str(COUNTED_WORDS[key]), str(len(value))))
            continue
        named = VALUES.get(key, {}).get(value) if isinstance(value, str) else None
        pairs.append((_named(key), str(named) if named is not None else _said(value)))
    return pairs


def _named(key: str) -> str:
    words = KEYS.get(key)
    return str(words) if words is not None else key.replace("_", " ")


def _said(value: Any) -> str:
    value = shortened(value)
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if value is None:
        return "–"
    if isinstance(value, list):
        return ", ".join(_said(item) for item in value) or "–"
    if isinstance(value, dict):
        return "; ".join(f"{_named(str(k))}: {_said(v)}" for k, v in value.items()) or "–"
    return str(value)
