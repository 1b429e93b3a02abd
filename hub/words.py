"""Counts in words, in English and Danish, singular for one: "1 file", "2 files"; "1 fil", "2 filer".

A count written "file(s)" or "fil(er)" reads as a form to fill in, not as a sentence about this run.
"""

from __future__ import annotations

from hub.quantities import number_text

Noun = tuple[tuple[str, str], tuple[str, str]]  # ((English one, many), (Danish one, many))

FILES: Noun = (("file", "files"), ("fil", "filer"))
JOBS: Noun = (("job", "jobs"), ("job", "job"))
TOKENS: Noun = (("token", "tokens"), ("nøgle", "nøgler"))
DAYS: Noun = (("day", "days"), ("dag", "dage"))
SUBMISSIONS: Noun = (("submission", "submissions"), ("indsendelse", "indsendelser"))
INTERNS: Noun = (("intern", "interns"), ("praktikant", "praktikanter"))
LINES: Noun = (("line", "lines"), ("linje", "linjer"))  # a claim's
PLACEMENTS: Noun = (("placement", "placements"), ("praktik", "praktikker"))
PLACES: Noun = (("place", "places"), ("plads", "pladser"))  # a site's, in an agreement
VERSIONS: Noun = (("record version", "record versions"), ("post", "poster"))
DOCUMENTS: Noun = (("document", "documents"), ("dokument", "dokumenter"))
ENTRIES: Noun = (("log entry", "log entries"), ("logpost", "logposter"))
LOGGED: Noun = (("entry", "entries"), ("post", "poster"))  # the audit log's, where "log" is said already
YEARS: Noun = (("year", "years"), ("år", "år"))
# A form already stored, Danish with its adjective, which agrees with the count: "1 allerede gemt
# blanket", "2 allerede gemte blanketter".
STORED_FORMS: Noun = (("form", "forms"), ("allerede gemt blanket", "allerede gemte blanketter"))
STORED_FILES: Noun = (("stored file", "stored files"), ("gemt fil", "gemte filer"))  # the blob store's
HASHES: Noun = (("hash", "hashes"), ("hash", "hashes"))  # a proof's


def danish_and_english(n: int, noun: Noun) -> str:
    """`n` and its noun for a line that says both, Danish first: "1.200 filer / 1,200 files", "1 fil /
    1 file". One number before "filer / files" could be grouped only one language's way, and "1
    praktikanter / interns" was plural in both."""
    en, da = counted(n, *noun)
    return f"{da} / {en}"


def counted(n: int, en: tuple[str, str], da: tuple[str, str]) -> tuple[str, str]:
    """`n` and its noun in English and Danish, singular for one ("1 timeseddel", "2 timesedler"); the
    number grouped each language's way ("1,200 files", "1.200 filer")."""
    return f"{number_text(n, 'en')} {en[n != 1]}", f"{number_text(n, 'da')} {da[n != 1]}"
