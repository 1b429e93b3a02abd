"""`strip_edges` on a text with ASCII at both ends (decision 0030, stop 50): no ASCII character is a format
character, and a stripped text's ends are not white space, so Unicode's tables are not asked; every other
text is stripped as before (decision 0064)."""

from __future__ import annotations

import unicodedata

import pytest

from hub.schemas import edges
from hub.schemas.edges import strip_edges


def test_no_ascii_character_is_an_invisible_edge_but_white_space() -> None:
    # What the shortcut stands on: among the 128 ASCII characters, an edge is white space only.
    assert [c for c in map(chr, range(128)) if unicodedata.category(c) == "Cf"] == []


def test_ascii_ends_are_not_looked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoTables:
        @staticmethod
        def category(char: str) -> str:
            raise AssertionError(f"looked up {char!r}")

    monkeypatch.setattr(edges, "unicodedata", NoTables)
    assert strip_edges("  Line Holm\t") == "Line Holm"
    assert (
        strip_edges("\u00a0kim.lund@hoeje-taastrup.example.dk\u3000") == "kim.lund@hoeje-taastrup.example.dk"
    )
    assert strip_edges("A\u200bB") == "A\u200bB"  # inside a text: kept, and not looked at
    assert strip_edges("   ") == ""


@pytest.mark.parametrize(
    ("raw", "stripped"),
    [
        ("\ufeffMette Lund", "Mette Lund"),
        ("Søren Ærø\u200b ", "Søren Ærø"),
        ("\u200b Holm \u2060", "Holm"),
        ("Æ", "Æ"),
        ("\u00adSkov\u200dhus\u00ad ", "Skov\u200dhus"),
        ("\u0600١٢", "\u0600١٢"),
        ("a\ufeff", "a"),
        ("\ufeffa", "a"),
        (" \U000e0001x", "x"),  # a language tag, beyond the BMP
        ("x", "x"),
        ("", ""),
    ],
)
def test_other_texts_are_stripped_as_before(raw: str, stripped: str) -> None:
    assert strip_edges(raw) == stripped
