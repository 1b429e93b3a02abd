"""`verify.py`'s check that every record version and original the bundle shows was logged when it came in
(`bundle_traced` finds what is not), said in Danish and English; what was stored before the log held a
hash of it is counted, not failed."""

from __future__ import annotations

from typing import Any

from hub.exports.bundle_counts import grouped, said_count
from hub.exports.bundle_opened import Bundle, Unreadable
from hub.exports.bundle_traced import TRACED_RECORDS, TRACED_SHOWN, untraced
from hub.exports.bundle_verdict import say


def check_traced(bundle: Bundle, manifest: dict[str, Any]) -> bool:
    """Every record version and original the bundle shows has the log entry of its coming in
    (`bundle_traced`): the signed manifest alone proves only that the hub signed what it put there."""
    try:
        lines = bundle.read("log/entries.jsonl").decode().splitlines()
        records = bundle.read("records/records.jsonl").decode().splitlines()
    except (Unreadable, UnicodeDecodeError):
        return False  # said by check_files and check_log
    # A bundle under any rule but `full` shows raw values masked already (`bundle_records`).
    masked = (manifest.get("bundle") or {}).get("cpr_in_bundles", "full") != "full"
    found = untraced(lines, records, manifest["files"], masked)
    problems, count, without_content, without_provenance = found[:4]
    for danish, english in problems[:TRACED_SHOWN]:
        say(False, danish, english)
    if len(problems) > TRACED_SHOWN:
        more = len(problems) - TRACED_SHOWN
        say(
            False,
            f"… og {grouped(more, 'da')} til, som log/entries.jsonl ikke gør rede for",
            f"… and {grouped(more, 'en')} more that log/entries.jsonl does not account for",
        )
    if not problems:
        da, en = said_count(count, RECORD_VERSIONS)
        say(
            True,
            f"{da} og deres dokumenter er logget, da de blev gemt",
            f"{en} and their documents were logged when they were stored",
        )
    if without_content:
        # Stored before the hub logged a version's data with it (stop 52): as logged then, not a failure,
        # but what the log cannot vouch for is said, once.
        da, en = said_count(without_content, RECORD_VERSIONS)
        say(
            None,
            f"{da} i {TRACED_RECORDS} blev gemt, før loggen fik deres indholds SHA-256: "
            "kan ikke spores til indholdet",
            f"{en} in {TRACED_RECORDS} were stored before the log held their content's SHA-256: "
            "not traceable to content",
        )
    if without_provenance:
        # Stored before the hub logged the provenance's hash (stop 53): counted, as the content above.
        da, en = said_count(without_provenance, RECORD_VERSIONS)
        say(
            None,
            f"{da} i {TRACED_RECORDS} blev gemt, før loggen fik deres oprindelses SHA-256: "
            "oprindelsen kan ikke spores",
            f"{en} in {TRACED_RECORDS} were stored before the log held their provenance's SHA-256: "
            "provenance not traceable",
        )
    _said_before(found.provenance_before, found.untraceable_rows)
    _said_data_before(found.data_before, found.untraceable_data)
    return not problems


def _said_data_before(before: int, untraceable: int) -> None:
    """The versions whose data was logged with its free text as stored (before stop 56, checked in that
    form), and those of them a masked bundle shows with a typed CPR number masked: counted, not failed."""
    if before:
        da, en = said_count(before, RECORD_VERSIONS)
        say(
            None,
            f"{da} i {TRACED_RECORDS} fik deres indhold logget med fritekst, som den blev gemt (før hubben "
            "maskerede CPR-numre i den): kontrolleret i den form",
            f"{en} in {TRACED_RECORDS} had their content logged with free text as stored (before the hub "
            "masked CPR numbers in it): checked in that form",
        )
    if untraceable:
        da, en = said_count(untraceable, RECORD_VERSIONS)
        say(
            None,
            f"{da} af dem viser pakken med et CPR-nummer i friteksten maskeret, hvor hubben loggede det "
            "umaskeret: kan ikke spores til indholdet",
            f"{en} of those the bundle shows with a CPR number in the free text masked where the hub "
            "logged it unmasked: not traceable to content",
        )


def _said_before(before: int, untraceable: int) -> None:
    """The versions whose provenance was logged with locators and source keys as stored (before stop 55,
    checked in that form), and the rows of those a masked bundle shows masked where the hub hashed them
    otherwise: counted, not failed."""
    if before:
        da, en = said_count(before, RECORD_VERSIONS)
        say(
            None,
            f"{da} i {TRACED_RECORDS} fik deres oprindelse logget med stedangivelse og kildenøgle, "
            "som de blev gemt (før hubben maskerede CPR-numre i dem): kontrolleret i den form",
            f"{en} in {TRACED_RECORDS} had their provenance logged with locators and source keys as stored "
            "(before the hub masked CPR numbers in them): checked in that form",
        )
    if untraceable:
        da, en = said_count(
            untraceable, (("oprindelsesrække", "oprindelsesrækker"), ("provenance row", "provenance rows"))
        )
        say(
            None,
            f"{da} af dem viser pakken maskeret, hvor hubben loggede dem umaskeret eller maskeret én gang: "
            "kan ikke spores",
            f"{en} of those the bundle shows masked where the hub logged them unmasked or masked once: "
            "not traceable",
        )


RECORD_VERSIONS = (("postversion", "postversioner"), ("record version", "record versions"))
