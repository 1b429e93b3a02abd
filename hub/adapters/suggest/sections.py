"""The section heading above a label, for `hub adapters suggest`: whose value a label names.

Forms group their labels under headings ("Borger", "Praktiksted", "Mentor", "Jobcenter" over "Navn",
"Telefon", "E-mail"). A label alone may say too little ("Navn": whose?) or mislead ("Telefon" reads as the
caseworker's by the word tables; "Virksomhed" under "Praktiksted" is the site's name, not the company's).
The heading, read where the form prints it (`pdf_headings`, `sheets`, an XML value's parent element),
says whose: `in_section` turns the label's guess into that role's path (`section_words.SECTION_PATHS`),
or into a TODO naming whose value it is where no record holds one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hub.adapters.suggest.section_words import LABEL_KINDS, NARROWER, SECTION_PATHS, SECTIONS
from hub.adapters.suggest.words import has, words

Guess = tuple[str, tuple[str, ...]]
_TRANSFORMS = {"phone": ("phone",), "email": ("lower",), "name": ()}
_MAX_WORDS = 4  # a heading is a few words; a longer line is a sentence or an address
_OWNER = {
    "citizen": "the citizen's",
    "company": "the company's",
    "site": "the site's",
    "mentor": "the mentor's",
    "caseworker": "the caseworker's",
}
_WHAT = {"name": "name", "phone": "phone number", "email": "e-mail address"}
_UNSURE: dict[str, str] = {}  # each role's first `unsure` (the job centre's heading has a second)
for _, _role, _unsure in SECTIONS:
    _UNSURE.setdefault(_role, _unsure)


def section_of(text: str) -> tuple[str, str] | None:
    """The role a heading's words name and what a bare "Navn" under it may also be; None for a text
    that is no section heading (a title, a sentence, "Afslutning")."""
    found = words(text)
    if not found or len(found) > _MAX_WORDS or _names_someone(text):
        return None
    for keywords, role, unsure in SECTIONS:
        if any(has(text, keyword) for keyword in keywords):
            return role, unsure
    return None


def _roles(text: str) -> set[str]:
    """Every role a heading's words name (`section_of` gives the first)."""
    return {role for keywords, role, _ in SECTIONS if any(has(text, keyword) for keyword in keywords)}


def _names_someone(text: str) -> bool:
    """A capitalised word after the first that names no section: an organisation's name, as a sender's
    line under a title prints it ("Jobcenter Tønder", "Assens Kommune, Jobcenter Assens"), no heading."""
    later = re.findall(r"[^\W\d_]+", text)[1:]
    return any(w[0].isupper() and not any(has(w, k) for keys, _, _ in SECTIONS for k in keys) for w in later)


def is_heading(text: str) -> bool:
    """Whether a printed text can head a block at all (any heading ends the block of the one above): a
    few words, no sentence, no label asking for a value ("Mentorens navn:")."""
    stripped = text.strip()
    return 0 < len(words(stripped)) <= _MAX_WORDS and not stripped.endswith((".", ",", ";", ":"))


def in_section(texts: Sequence[str], guess: Guess | None, heading: str) -> tuple[Guess | None, bool, str]:
    """The label's guess under its heading, whether the heading changed it, and a note for the draft.

    Unchanged where the heading names no role or the label names its own ("Mentor" under
    "Virksomhed"); the heading's role's path where the label says no one's ("Navn", "Telefon") or a
    role the heading narrows ("Virksomhed" under "Praktiksted", noted as a TODO to check); None with a
    note saying whose value it is where that role's has no path (a mentor's phone)."""
    section = section_of(heading) if heading else None
    kind = _kind(texts, guess)
    if section is None or kind is None:
        return guess, False, ""
    role, unsure = section
    own = next((found for text in texts if (found := section_of(text))), None)
    roles = _roles(heading)
    if len(roles) > 1:
        # A heading over two roles' labels ("2. Virksomhed og arbejdssted") says whose by its first word
        # only where the label does not: "Virksomhedens navn" under it was drafted as the site's name,
        # and the company's was missing (decision 0060, "Stop 62: trial-78"). Texts naming both roles
        # (a field `virksomhed.adresse` labelled "Arbejdsstedets adresse") are left to the heading.
        named = {found[0] for text in texts if (found := section_of(text)) and found[0] in roles}
        if len(named) == 1:
            role = named.pop()
            unsure = _UNSURE[role]
    if own is not None and own[0] != role and (own[0], role) not in NARROWER:
        return guess, False, ""
    path, owner = SECTION_PATHS[role][kind], f"{_OWNER[role]} {_WHAT[kind]}"
    if path is None:
        return None, True, f"{owner}, which no record holds"
    if guess is not None and guess[0] == path:
        return guess, False, ""
    note = ""
    if own is not None:  # narrowed: the label's own words said another role's
        note = f"TODO: {owner} by its heading; the label alone says {guess[0] if guess else own[0]}: check"
    elif unsure and kind == "name":
        note = f"TODO: {owner} by its heading, or {unsure}: check"
    return (path, _TRANSFORMS[kind]), True, note


def _kind(texts: Sequence[str], guess: Guess | None) -> str | None:
    """What a value's texts (its label, field name, tooltip) ask for, whoever's it is: a name, a phone
    number, an e-mail address; None for anything else (a CPR number, a date) or a part of a name
    (`Fornavn`, joined with the rest)."""
    if guess is not None:
        return LABEL_KINDS.get(guess[0]) if guess[1] != ("join",) else None
    return "name" if any({"navn", "name"} & set(words(text)) for text in texts) else None
