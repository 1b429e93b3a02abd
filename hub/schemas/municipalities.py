"""The 98 Danish municipalities: 3-digit codes, ASCII slugs and names.

The list lives in `hub/data/municipalities.csv` (codes as in DAGI / Danmarks Adresser's kommunekodeliste,
without Christiansø 411, which is not a municipality). It is read on first use, never at import time.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

_CODE = re.compile(r"0?([0-9]{3})")


@dataclass(frozen=True)
class Municipality:
    """One municipality: `code` is three digits ("159"), `slug` ASCII ("gladsaxe")."""

    code: str
    slug: str
    name: str


@cache
def all_municipalities() -> tuple[Municipality, ...]:
    """Return every municipality in code order, reading the packaged CSV once."""
    text = resources.files("hub").joinpath("data", "municipalities.csv").read_text(encoding="utf-8")
    rows = [Municipality(r["code"], r["slug"], r["name"]) for r in csv.DictReader(io.StringIO(text))]
    return tuple(sorted(rows, key=lambda m: m.code))


@cache
def _by_code() -> dict[str, Municipality]:
    return {m.code: m for m in all_municipalities()}


@cache
def _by_slug() -> dict[str, Municipality]:
    return {m.slug: m for m in all_municipalities()}


def normalise_municipality(value: str) -> str:
    """Return the 3-digit code for a 3-digit code, a 4-digit code with a leading zero, or a slug."""
    if not isinstance(value, str):
        raise ValueError(f"municipality must be a code or slug string, not {type(value).__name__}")
    return _normalised(value)


# The list is packaged and fixed for the process, so a text's code never changes: the adapters' registry
# asks for a form's municipality about eight times a form. An unknown text raises and is not kept.
@lru_cache(maxsize=4096)
def _normalised(value: str) -> str:
    text = value.strip()
    match = _CODE.fullmatch(text)
    if match:
        if match.group(1) in _by_code():
            return match.group(1)
        raise ValueError(f"unknown municipality code {text!r}")
    found = _by_slug().get(text.lower())
    if found is None:
        raise ValueError(f"unknown municipality {text!r}")
    return found.code


def municipality_name(code: str) -> str:
    """Return the Danish name of a municipality ("Høje-Taastrup") given any accepted form of it."""
    return _by_code()[normalise_municipality(code)].name


def municipality_slug(code: str) -> str:
    """Return the ASCII slug of a municipality ("hoeje-taastrup") given any accepted form of it."""
    return _by_code()[normalise_municipality(code)].slug


# Danish alphabetical order (Dansk Sprognævn; DS 377): æ, ø, å after z, and the old spelling "aa" as "å"
# (Aabenraa, Aalborg and Aarhus come last, after Ærø). Other accented letters sort as their base letter.
_DANISH_ORDER = str.maketrans({"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}", "é": "e", "ü": "y"})


def danish_sort_key(name: str) -> str:
    """A key that sorts names in Danish alphabetical order (`sorted(names, key=danish_sort_key)`)."""
    return name.casefold().replace("aa", "å").translate(_DANISH_ORDER)


def by_name(codes: Iterable[str]) -> list[str]:
    """Municipality codes in the Danish order of their names (Furesø before Gentofte, Ærø before Aarhus)."""
    return sorted(codes, key=lambda code: (danish_sort_key(municipality_name(code)), code))
