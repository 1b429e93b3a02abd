"""What `hub adapters suggest` drafts for each form type: the words that name a form's type, the canonical
paths a draft gives each type, which of them are optional or nullable, and why a path it does not give is
left a comment."""

from __future__ import annotations

from hub.adapters.suggest.words import has
from hub.schemas.records import canonical_fields

FORM_TYPE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("mentor_hours", ("mentortimer", "timeseddel", "ugeseddel", "timeregistrering")),
    ("placement_end", ("afslut", "ophoer", "=end of", "=ended")),  # "End of work placement" in English
    # A site's report on the citizen is its "statusudtalelse" as often as a progress report.
    ("progress_report", ("progression", "fremmoede", "statusudtalelse")),
    ("mentor_support", ("mentorstoette", "bevilling")),
)
# Words that name a form's kind in its title but are prose anywhere else: an agreement says what happens
# "at the end of the placement" ("ved praktikkens afslutning") and is no end of one (decision 0060, "Stop
# 60: suggest-71"). An agreement's title names it a placement, which an end's words in its text, or its
# fields' (`recognise.type_from_fields`: "Ved praktikkens afslutning" reads as an outcome), do not undo.
TITLE_ONLY = frozenset({"=end of", "=ended"})
AGREEMENT_WORDS = ("aftale", "=agreement")

_SCORES = ("attendance", "punctuality", "cooperation", "task_solving", "independence")
FORM_PATHS: dict[str, tuple[str, ...]] = {
    "placement": (
        "citizen.cpr",
        "citizen.name",
        "company.cvr",
        "company.name",
        "site.p_number",
        "site.name",
        "period.start",
        "period.end",
        "hours_per_week",
        "benefit",
        "visitation",
        "mentor.name",
        "mentor.employer",
        "caseworker.name",
        "caseworker.email",
        "caseworker.phone",
        "purpose",
    ),
    "mentor_support": (
        "citizen.cpr",
        "site.p_number",
        "mentor.name",
        "mentor.employer",
        "hours_per_week",
        "hourly_rate_dkk",
        "period.start",
        "period.end",
        "granted_on",
    ),
    "mentor_hours": (
        "citizen.cpr",
        "site.p_number",
        "mentor.name",
        "entries",
        "total_hours",
        "signed_by",
        "signed_on",
    ),
    "progress_report": (
        "citizen.cpr",
        "site.p_number",
        "measured_on",
        *(f"scores.{s}" for s in _SCORES),
        "note",
    ),
    "placement_end": ("citizen.cpr", "site.p_number", "ended_on", "outcome", "note"),
}
OPTIONAL_PATHS = frozenset({"note", "purpose", "visitation"})
# Of those, the ones the record must hold, as null when the form leaves them empty (the schemas'
# `allow_none`): drafted `nullable`, since `optional` would leave them out and every such document would be
# rejected. A timesheet's signer and day signed are such where an export's rows leave them empty until
# approval, and an end's outcome where the case system has none yet (`signed_on.left_empty`).
NULLABLE_PATHS = frozenset({"visitation", "signed_by", "signed_on", "outcome"})
# Those a draft makes nullable only where the document leaves them empty in some record.
LEFT_EMPTY_PATHS = NULLABLE_PATHS - OPTIONAL_PATHS


def not_drafted(form_type: str, path: str) -> str:
    """Why a value that looks like `path` is left a comment on a form type the draft does not give it: the
    record has no such field, or may carry it though it needs none (the citizen's name on a grant or a
    placement's end, which every record may hold: "does not have" sent people to drop it)."""
    if path in canonical_fields(form_type):
        return f"looks like {path}, which a {form_type} record may hold (optional)"
    return f"looks like {path}, which a {form_type} record does not have"


def guess_form_type(title: str, name: str, text: str) -> tuple[str, str]:
    """The form type a document's words suggest, and the word that decided it: its title's words first,
    then its file name's, then those of its fields and headers (`text`). An agreement's title ("Aftale om
    virksomhedspraktik", "Work placement agreement") makes it a placement unless its text names a kind
    other than an end (a timesheet, a report, a grant); `TITLE_ONLY` words count in a title only."""
    agreement = ""
    for words in (title, name):
        found = _first_type(words, FORM_TYPE_WORDS)
        if found:
            return found
        agreement = agreement or next((kw for kw in AGREEMENT_WORDS if has(words, kw)), "")
    if agreement:
        others = tuple(pair for pair in FORM_TYPE_WORDS if pair[0] != "placement_end")
        return _first_type(text, others, body=True) or ("placement", agreement)
    return _first_type(text, FORM_TYPE_WORDS, body=True) or ("placement", "")


def _first_type(
    text: str, kinds: tuple[tuple[str, tuple[str, ...]], ...], body: bool = False
) -> tuple[str, str] | None:
    for form_type, keywords in kinds:
        for keyword in keywords:
            if not (body and keyword in TITLE_ONLY) and has(text, keyword):
                return form_type, keyword
    return None
