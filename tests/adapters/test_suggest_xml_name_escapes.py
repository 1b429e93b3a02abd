"""An XML name's `_xHHHH_` escapes are read as the characters they stand for (decision 0060, "Stop 63:
trial-84").

PostgreSQL's `table_to_xml` names each element after its column and writes a space as `_x0020_`, as
SQL/XML says (.NET's `XmlConvert.EncodeName` does the same): a case system's column "Timer pr. uge" is
`<Timer_x0020_pr._x0020_uge>`. Its words were "timer", "x", "0020", "pr" and "uge", so "pr. uge" was not
read: the hours a week of a grant were left a TODO, "one row of a repeated list", and the export's view
"praktik afslutninger" was drafted as the title `praktik_x0020_afslutninger`."""

from __future__ import annotations

import pytest

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.adapters.suggest.xml_names import name_text


def _draft(root: str, columns: str) -> str:
    row = f"<row><CPR-nummer>081188-4471</CPR-nummer><P-nummer>1017733264</P-nummer>{columns}</row>"
    xml = f"<{root}>{row}</{root}>"
    return render(suggest(extract(xml.encode(), "udtraek.xml", READ_OPTIONS), "udtraek.xml"))


def test_a_column_named_hours_a_week_escaped_by_table_to_xml_drafts_the_hours_a_week() -> None:
    draft = _draft("bevillinger", "<Timer_x0020_pr._x0020_uge>4.5</Timer_x0020_pr._x0020_uge>")
    assert 'path = "hours_per_week"\n  source = "/bevillinger/row/Timer_x0020_pr._x0020_uge"' in draft


def test_the_title_drafted_from_an_escaped_root_is_the_views_own_words() -> None:
    draft = _draft("praktik_x0020_afslutninger", "<Slutdato>2026-11-13</Slutdato>")
    assert 'title = "praktik afslutninger"  # TODO' in draft
    assert 'root = "praktik_x0020_afslutninger"' in draft  # recognised by the name as the file spells it


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Borgers_x0020_navn", "Borgers navn"),
        ("_x0031_a", "1a"),
        ("a_x00C5_b", "aÅb"),
        ("a_x0020", "a_x0020"),
    ],
)
def test_only_whole_escapes_are_turned_back(name: str, text: str) -> None:
    assert name_text(name) == text
