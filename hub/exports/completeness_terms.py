"""What every form of the completeness report says alike: a status in words, a document's name and the
closing count, so the text, the CSV and the PDF never name the same thing two ways."""

from __future__ import annotations

from hub.exports.facts import Source
from hub.quantities import number_text
from hub.words import PLACEMENTS, counted

STATUS = {
    "da": {"ok": "ok", "missing": "mangler", "wrong": "forkert"},
    "en": {"ok": "ok", "missing": "missing", "wrong": "wrong"},
}


def document_name(source: Source) -> str:
    """How a report names a stored document: its file name and the start of its hash."""
    return f"{source.filename} ({source.document_sha256[:12]})"


def summary(count: int, bad: int, lang: str) -> str:
    """The report's last line: "1.234 praktikker, 1.200 komplette, 34 med mangler" ("1 praktik, 1
    komplet"), each count grouped as the reader groups it (decision 0062)."""
    good = count - bad
    placements_en, placements_da = counted(count, *PLACEMENTS)
    if lang == "da":
        complete = "komplet" if good == 1 else "komplette"  # agrees with "praktik", as "1 praktik" does
        return f"{placements_da}, {number_text(good, 'da')} {complete}, {number_text(bad, 'da')} med mangler"
    return f"{placements_en}, {number_text(good, 'en')} complete, {number_text(bad, 'en')} incomplete"
