"""What every form of the completeness report says alike: a status in words, a document's name and the
closing count, so the text, the CSV and the PDF never name the same thing two ways."""

from __future__ import annotations

from dataclasses import replace

from hub.exports.completeness import PlacementCheck
from hub.exports.facts import Source
from hub.pseudonyms import mask_cpr_like
from hub.quantities import number_text
from hub.words import PLACEMENTS, counted

STATUS = {
    "da": {"ok": "ok", "missing": "mangler", "wrong": "forkert"},
    "en": {"ok": "ok", "missing": "missing", "wrong": "wrong"},
}


def document_name(source: Source, cpr_rule: str) -> str:
    """How a report names a stored document: its file name (`shown_filename`) and the start of its hash."""
    return f"{shown_filename(source.filename, cpr_rule)} ({source.document_sha256[:12]})"


def shown_filename(filename: str, cpr_rule: str) -> str:
    """A document's file name as the municipality's rule shows a CPR number (`cpr_in_bundles`): a
    caseworker names a file after the citizen ("0101901234 mentorskema.pdf"), and a masking
    municipality's auditor must meet the number no more in a file's name than in the citizen's field."""
    return filename if cpr_rule == "full" else mask_cpr_like(filename)


def shown_check(checked: PlacementCheck, cpr_rule: str) -> PlacementCheck:
    """A placement's checks as the municipality's rule shows a CPR number, in everything typed: the
    citizen's and the site's names and each check's words (which quote who signed, a name typed on the
    form) with CPR-like text as DDMMYY-XXXX where the rule masks (decision 0065, stop 55), as the file
    names are (`shown_filename`). The citizen's own number is shown by `show_cpr` where it is written."""
    if cpr_rule == "full":
        return checked
    facts = checked.facts
    shown_facts = replace(
        facts,
        name=mask_cpr_like(facts.name),
        site_name=mask_cpr_like(facts.site_name),
        mentor_name=mask_cpr_like(facts.mentor_name),
    )
    checks = tuple(
        replace(check, detail_en=mask_cpr_like(check.detail_en), detail_da=mask_cpr_like(check.detail_da))
        for check in checked.checks
    )
    return replace(checked, facts=shown_facts, checks=checks)


def summary(count: int, bad: int, lang: str) -> str:
    """The report's last line: "1.234 praktikker, 1.200 komplette, 34 med mangler" ("1 praktik, 1
    komplet"), each count grouped as the reader groups it (decision 0062)."""
    good = count - bad
    placements_en, placements_da = counted(count, *PLACEMENTS)
    if lang == "da":
        complete = "komplet" if good == 1 else "komplette"  # agrees with "praktik", as "1 praktik" does
        return f"{placements_da}, {number_text(good, 'da')} {complete}, {number_text(bad, 'da')} med mangler"
    return f"{placements_en}, {number_text(good, 'en')} complete, {number_text(bad, 'en')} incomplete"
