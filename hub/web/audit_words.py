"""An audit entry as a person reads it: its action in words (the raw action stays beside it), and what it
is about as a link to the page that shows it, where the reader may open that page.

The log names its actions as code writes them (`read.record`, `submission.accepted`); an operator asked
"who read this citizen's records" must not need the source to read them. An action without words of its
own is said by its kind (`read.…`: a read), else only as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from flask import current_app, url_for
from flask_babel import LazyString, force_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from hub.access import Principal
from hub.services.audit_list import RENAMED
from hub.web.guard import permission_of

ACTIONS: dict[str, LazyString] = {
    "read.record": _l("Read a record"),
    "read.records": _l("Read a placement's records"),
    "read.document": _l("Downloaded an original document"),
    "read.completeness": _l("Read completeness for the audit"),
    "read.company_page": _l("Read the company's page"),
    "read.checkpoint": _l("Read the audit log's checkpoint"),
    "read.proof": _l("Read a proof from the audit log"),
    "read.consistency": _l("Read a proof that the audit log only grew"),
    "read.payments": _l("Read payments"),
    "read.placement": _l("Read a placement"),
    "read.placements": _l("Read a list of placements"),
    "read.submission": _l("Read a submission"),
    "read.submissions": _l("Read a list of submissions"),
    "read.claim_changes": _l("Read changes to claims"),
    "read.refused": _l("Was refused access"),
    "read.audit_log": _l("Read the audit log"),
    "export.claim": _l("Downloaded a claim"),
    "bundle.created": _l("Downloaded the auditor's bundle"),
    "submission.received": _l("Sent a file"),
    "submission.accepted": _l("File accepted"),
    "submission.rejected": _l("File rejected"),
    "submission.partial": _l("File partly accepted"),
    "submission.released": _l("Submission queued again"),
    "submission.read_again": _l("File read again"),
    "submission.reassigned": _l("Submission moved to another sender"),
    "upload.refused": _l("Upload refused"),
    # A record's versions by why each was stored (`record.<reason>`): most entries on a municipality's own
    # log are these, and "Record changed" said a form read for the first time had changed something.
    "record.submitted": _l("Record stored from a file"),
    "record.reprocessed": _l("Record read again after a config change"),
    "record.reapplied": _l("Record's newest form applied again"),
    "login.succeeded": _l("Signed in"),
    "login.failed": _l("Sign-in failed"),
    "login.refused": _l("Sign-in refused"),
    "login.limited": _l("Sign-in held back after too many attempts"),
    "session.extended": _l("Session extended"),
    "session.ended": _l("Session ended"),
    "user.created": _l("User added"),
    "user.deactivated": _l("User deactivated"),
    "user.activated": _l("User activated again"),
    "user.password_changed": _l("Password changed"),
    "user.rebound": _l("User bound to another party"),
    "token.issued": _l("API token made"),
    "token.revoked": _l("API token revoked"),
    "token.refused": _l("API token refused"),
    "agreement.loaded": _l("Agreement loaded"),
    "agreement.terms_changed": _l("Payment terms changed"),
    "agreement.municipality_removed": _l("Municipality taken out of an agreement"),
    "municipality.reprocessed": _l("Documents read again after a config change"),
    "company.reprocessed": _l("The company's forms read again"),
}
# By kind, for an action without words of its own (a new one, or `record.<reason>`).
KINDS: dict[str, LazyString] = {
    "read": _l("Read"),
    "export": _l("Downloaded"),
    "record": _l("Record changed"),
    "submission": _l("Submission"),
    "login": _l("Signing in"),
    "user": _l("User changed"),
    "token": _l("API token"),
    "agreement": _l("Agreement changed"),
}
# What an entry is about, by the subject's kind: the page that shows it (opened with the id).
PAGES: dict[str, tuple[str, str]] = {
    "record": ("records.show", "record_id"),
    "submission": ("upload.sent", "submission_id"),
}
# Pages that list the thing, for a subject of a kind with no page of its own: (endpoint, anchor prefix).
LISTS: dict[str, tuple[str, str]] = {
    "user": ("admin_users.index", "user-"),
    "agreement": ("agreements.index", "agreement-"),
}


def action_words(action: str) -> str:
    """The action in the page's language, or "" where the log's own name is all there is to say."""
    action = {old: new for new, old in RENAMED.items()}.get(action, action)  # the older names (stop 24)
    words = ACTIONS.get(action) or KINDS.get(action.partition(".")[0])
    return str(words) if words is not None else ""


def in_language(lang: str, action: str) -> str:
    """The action's words in `lang` (`da`, `en`), whatever the page's or request's language."""
    with force_locale(lang):
        return action_words(action)


@dataclass(frozen=True)
class About:
    """What an entry is about: the subject as written, and a link where the reader may open its page."""

    subject: str
    url: str | None


def about(subject: str, who: Principal) -> About:
    """The subject with a link to its page, or to the list that holds it, when `who` may open that page:
    an operator sees no citizen's data, so a record's subject stays text for them (README, "Signing
    in"), while a user or an agreement links to its list."""
    kind, _, ident = subject.partition(":")
    if kind in PAGES and ident.isdigit():
        endpoint, arg = PAGES[kind]
        return About(subject, _if_allowed(who, endpoint, {arg: int(ident)}))
    if kind in LISTS and ident:
        endpoint, anchor = LISTS[kind]
        return About(subject, _if_allowed(who, endpoint, {"_anchor": anchor + ident}))
    return About(subject, None)


def _if_allowed(who: Principal, endpoint: str, args: dict[str, Any]) -> str | None:
    needed = permission_of(current_app, endpoint, "GET")
    return url_for(endpoint, **args) if needed is not None and who.may(needed) else None


# A SHA-256 as the log keeps it (a stored version's data and provenance, a document's bytes).
_SHA256 = re.compile(r"[0-9a-f]{64}")
# What a page shows of one: enough to tell two apart, or to find it in the udtræk, which keeps it whole.
# A stored version's two hashes were 128 of a row's characters, on a phone a dozen lines of digits a
# caseworker does not read; the udtræk and the bundle keep them whole, to be checked (page-119).
SHA256_SHOWN = 12


def shortened(value: Any) -> Any:
    """`value` with every SHA-256 in it, however deep, cut to its first 12 digits and "…"."""
    if isinstance(value, str) and _SHA256.fullmatch(value):
        return value[:SHA256_SHOWN] + "…"
    if isinstance(value, dict):
        return {key: shortened(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shortened(item) for item in value]
    return value


def action_choices() -> list[tuple[str, str]]:
    """The audit-log filter's choices as `(what the field gets, words)`: each kind's prefix ("read.", every
    read: the filter takes the entries whose action starts with what it gets), then each action with words
    of its own, in the page's language."""
    kinds = [
        (f"{kind}.", _("%(kind)s: every action of the kind", kind=words)) for kind, words in KINDS.items()
    ]
    return kinds + [(action, str(words)) for action, words in ACTIONS.items()]
