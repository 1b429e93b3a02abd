"""A path a heading gave a value gives way to a later value whose own words name it, for `hub adapters
suggest`.

A heading narrows a label's role ("Virksomhed" under "Praktiksted" is the site's name: `sections`), a
guess the draft marks as a TODO to check. Where the same block then prints a label naming that path by
its own words ("Firma:" then "Afdeling:" under "2. Praktiksted", Kolding's LuaLaTeX agreement: decision
0060, "Stop 66: trial-102"), the heading's guess was the wrong one: the site's name is the "Afdeling", and
the "Firma" the company's, as its own words said. Left as it was, the company's name was drafted as the
site's, the site's name a comment, and the draft refused whole for want of `company.name`.
"""

from __future__ import annotations

from hub.adapters.suggest.fields import FieldSuggestion


def yields(path: str, taken: dict[str, FieldSuggestion], paths: tuple[str, ...]) -> bool:
    """Whether `path` is taken by a value only by its heading (its `own_guess`), and that value's own
    path is free and a field of the form type (`paths`): where not, both stay as they are."""
    other = taken.get(path)
    guess = other.own_guess if other is not None else None
    return guess is not None and guess[0] not in taken and guess[0] in paths


def give_way(path: str, taken: dict[str, FieldSuggestion]) -> None:
    """`path` given back by the value that took it by its heading (`yields`), that value drafted as its
    own words said (changed in place)."""
    other = taken.pop(path)
    assert other.own_guess is not None  # `yields` said so
    other.path, other.transforms, other.where = (
        other.own_guess[0],
        list(other.own_guess[1]),
        other.own_guess[2],
    )
    other.note, other.own_guess = "", None
    taken[other.path] = other
