"""Which municipality a file no form fits names in its own words, and where: what the hub read that tells a
form of a municipality the partnership does not have (Lemvig's mentor hours, CSV as Herlev's forms are,
sent by Herlev) from the sender's own form changed past recognising (stop 67, page-104).

Only for a document already refused as no form of the sender's: a form's title line says whose it is
("Jobcenter Lemvig", "Billund Kommune - Timeseddel ..."). Anywhere in the file only as the job centre's or
the municipality's own ("Jobcenter X", "Jobcentret i X", "X Jobcenter", "X Kommune", and their genitives:
"Furesø Kommunes", page-110), the name spelt with its capital or in capitals (in lower case it is an
ordinary word: "i vejen kommunes", fixes-114): a bare name in a workplace or an address ("Falck Ballerup")
is not whose form it is. A bare name counts in the file's first value only, its title ("Aftale om
virksomhedspraktik - Herlev", "Høje-Taastrups praktikaftale").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from hub.adapters.readers.base import Extraction, SourceValue, describe_both
from hub.pseudonyms import holds_cpr_like
from hub.schemas.municipalities import Municipality, all_municipalities

# The values looked through for "Jobcenter X": a title is in a form's first lines, and a document of
# thousands of values is not read through again for a refusal's words.
_LOOKED_AT = 200
_QUOTED = 80


@dataclass(frozen=True)
class Read:
    """A value of the file, quoted (empty: it holds what may be a CPR number, never quoted), where it
    was read (English, Danish), and the municipality it names (None: it names none)."""

    quoted: str
    where_en: str
    where_da: str
    municipality: Municipality | None

    def said(self, lang: str) -> str:
        """'"Jobcenter Lemvig", row 1, column 1 (A1)' in `lang`: the words read and where, or only where."""
        where = self.where_da if lang == "da" else self.where_en
        return f'"{self.quoted}", {where}' if self.quoted else where


# A genitive: "Herlevs", "Nordfyns'" (a name ending in s, x or z), and the common "Herlev's".
_GENITIVE = r"(?:s|['’]s?)?"
# The job centre's own word: "Jobcenter", "Jobcentret", "Jobcenterets", as titles spell it.
_JOB_CENTRE = r"jobcent(?:er|eret|ret)s?"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, Municipality]]:
    # Nordfyns' name is itself a genitive ("Nordfyns Kommune"); its job centre writes "Jobcenter Nordfyn"
    # (the onboarding trial's title): a name ending in s is also spelt without it.
    by_name = {m.name.casefold(): m for m in all_municipalities()}
    by_name |= {n[:-1]: m for n, m in list(by_name.items()) if n.endswith("s")}
    spelt = {m.name for m in all_municipalities()}
    spelt |= {n[:-1] for n in spelt if n.endswith("s")}
    # Longest first, so that no name stops at a shorter one's end.
    names = "|".join(re.escape(n) for n in sorted(spelt, key=lambda n: -len(n)))
    # "Jobcenter Herlev(s)", "Jobcentret i Herlev", "Herlev(s) Jobcenter", "Furesø Kommune(s)". In every
    # shape the name only as it is spelt or in capitals, as a title set in capitals writes it ("JOBCENTRET I
    # HERLEV", review-110): a municipality's name is written with a capital, and in lower case it is an
    # ordinary word, "jobcentret i vejen" (in the way, page-110) and "i vejen kommunes" alike (fixes-114).
    capitals = "|".join(re.escape(n.upper()) for n in sorted(spelt, key=lambda n: -len(n)))
    name = rf"(?-i:({names}|{capitals}))"
    whose = re.compile(
        rf"\b{_JOB_CENTRE}\s+(?:i\s+)?{name}{_GENITIVE}(?![\w-])"
        rf"|(?<![\w-]){name}{_GENITIVE}\s+(?:kommunes?|{_JOB_CENTRE})\b",
        re.IGNORECASE,
    )
    # A bare name as it is spelt (capitalised): "vejen" in a title is the road, not Vejen. "Høje-Taastrups
    # praktikaftale" is Høje-Taastrup's.
    bare = re.compile(rf"(?<![\w-])({names}){_GENITIVE}(?![\w-])")
    return whose, bare, by_name


def _named(found: re.Match[str], by_name: dict[str, Municipality]) -> Municipality:
    return by_name[next(g for g in found.groups() if g).casefold()]


def read_in(extraction: Extraction) -> Read | None:
    """The first value naming a municipality ("Jobcenter X", "Jobcentret i X", "X Jobcenter", "X Kommune", a
    genitive of any; a bare name in the first value),
    else the file's first value naming none; None when the file has no value at all."""
    values = [v for v in extraction.values[:_LOOKED_AT] if v.value and v.value.strip()]
    if not values:
        return None
    whose, bare, by_name = _patterns()
    for value in values:
        if found := whose.search(value.value or ""):
            return _read(value, extraction.format, _named(found, by_name))
    first = values[0]
    found = bare.search(first.value or "")
    return _read(first, extraction.format, _named(found, by_name) if found else None)


def _read(value: SourceValue, fmt: str, municipality: Municipality | None) -> Read:
    text = " ".join((value.value or "").split())
    # A title, not a page of text: the words the caseworker finds the value by.
    text = text if len(text) <= _QUOTED else text[: _QUOTED - 1].rstrip() + "…"
    where_en, where_da = describe_both(value, fmt)
    return Read("" if holds_cpr_like(text) else text, where_en, where_da, municipality)
