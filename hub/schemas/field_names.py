"""The canonical fields in words, for the people who fix a form: `citizen.cpr` is "CPR-nummer" to a
caseworker, who never wrote the path. The path stays the contract (the API's `field`, provenance, the
config language); these names are only what a page says. An unknown path is shown as it is."""

from __future__ import annotations

import re

from hub.schemas.vocabulary import SCORE_LABELS

# (English, Danish), the Danish as the municipalities' own forms word them.
NAMES: dict[str, tuple[str, str]] = {
    "agreement": ("agreement", "aftale"),  # the upload's own field, not a record's
    "municipality": ("municipality", "kommune"),  # the upload's own field: whom a lead sends for
    # The API's query parameters that name no canonical field (`hub.web.argument_words` says more of each).
    "agreement_id": ("agreement", "aftale"),
    "action": ("action", "handling"),  # the audit log's filter (`GET /api/audit/entries`)
    "actor": ("who", "hvem"),
    "subject": ("what about", "om hvad"),
    "since": ("first day", "første dag"),
    "until": ("last day", "sidste dag"),
    "files": ("files", "filer"),  # the upload's part, one per document
    "final": ("processed", "færdigbehandlet"),
    "lang": ("language", "sprog"),
    "format": ("file format", "filformat"),
    "from_size": ("tree size", "træstørrelse"),
    "page": ("page", "side"),
    "per_page": ("rows a page", "rækker pr. side"),
    "sent_as": ("name sent under", "navn sendt under"),
    "to_size": ("later tree size", "senere træstørrelse"),
    "until_id": (
        "the newest number when the first page was read",
        "det nyeste nummer, da første side blev læst",
    ),
    "benefit": ("benefit", "ydelse"),
    "caseworker": ("caseworker", "sagsbehandler"),
    "caseworker.email": ("caseworker's e-mail", "sagsbehandlerens e-mail"),
    "caseworker.name": ("caseworker's name", "sagsbehandlerens navn"),
    "caseworker.phone": ("caseworker's phone", "sagsbehandlerens telefon"),
    "citizen": ("citizen", "borger"),
    "citizen.cpr": ("CPR number", "CPR-nummer"),
    "citizen.name": ("citizen's name", "borgerens navn"),
    "company": ("company", "virksomhed"),
    "company.cvr": ("CVR number", "CVR-nummer"),
    "company.name": ("company's name", "virksomhedens navn"),
    "ended_on": ("date ended", "ophørsdato"),
    "entries": ("weeks", "uger"),
    "entries.hours": ("hours", "timer"),
    "entries.week": ("week", "uge"),
    "form_type": ("form type", "skematype"),
    "granted_on": ("date granted", "bevilget den"),
    "hourly_rate_dkk": ("hourly rate (DKK)", "timesats (kr.)"),
    "hours_per_week": ("hours a week", "timer om ugen"),
    "measured_on": ("date assessed", "vurderet den"),
    "mentor": ("mentor", "mentor"),
    "mentor.employer": ("mentor's employer", "mentorens arbejdsgiver"),
    "mentor.name": ("mentor's name", "mentorens navn"),
    "municipality_code": ("municipality", "kommune"),
    "note": ("note", "bemærkning"),
    "outcome": ("outcome", "årsag til ophør"),
    "participant_id": ("participant id", "deltager-id"),
    "period": ("period", "periode"),
    "period.end": ("last day", "slutdato"),
    "period.start": ("first day", "startdato"),
    "purpose": ("purpose", "formål"),
    "schema_version": ("schema version", "skemaversion"),
    "scores": ("assessment", "vurdering"),
    "signed_by": ("signed by", "underskrevet af"),
    "signed_on": ("date signed", "underskrevet den"),
    "site": ("site", "arbejdssted"),
    "site.name": ("site's name", "arbejdsstedets navn"),
    "site.p_number": ("P number", "P-nummer"),
    "total_hours": ("total hours", "timer i alt"),
    "visitation": ("visitation category", "visitationskategori"),
    **{
        f"scores.{key}": (SCORE_LABELS["en"][key].lower(), SCORE_LABELS["da"][key].lower())
        for key in SCORE_LABELS["en"]
    },
}
# A list index in either notation the hub writes: provenance's `entries[0].hours`, validation's
# `entries.0.hours`. Both count from 0.
_INDEX = re.compile(r"\[(\d+)\]|\.(\d+)(?=\.|$)")
_LINE = {"en": "line {}", "da": "linje {}"}


def field_name(path: str, language: str) -> str:
    """A canonical path in words: `site.p_number` → "P-nummer", `entries[2].hours` → "linje 3: timer",
    `entries.2` → "linje 3" (in Danish; any other language is English); a path without a name is
    returned as it is."""
    indices = [int(bracket or dotted) for bracket, dotted in _INDEX.findall(path)]
    bare = _INDEX.sub("", path)
    names = NAMES.get(bare)
    if names is None:
        return path
    name = names[1] if language == "da" else names[0]
    if not indices:
        return name
    line = _LINE["da" if language == "da" else "en"].format(indices[0] + 1)
    # `entries.11` is the whole line; `entries.11.hours` one field of it.
    return line if "." not in bare else f"{line}: {name}"


def entry_field_name(path: str, entry: str, language: str) -> str:
    """`field_name`, a list entry's field named by the entry as the document shows it (`entry`, in the
    language asked: "post 2 (række 3 i formularen)") rather than by its place in the list read ("linje
    2"): a row left blank on the form is no entry, so the two counts part (lang-100). Without `entry`,
    `field_name`."""
    if not entry:
        return field_name(path, language)
    bare = _INDEX.sub("", path)
    names = NAMES.get(bare)
    if names is None or "." not in bare:
        return entry
    return f"{entry}: {names[1] if language == 'da' else names[0]}"
