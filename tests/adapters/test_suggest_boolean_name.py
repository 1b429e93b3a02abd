"""A yes or no (`true`, `false`) beside a label naming a role is no name (decision 0060, "Stop 63:
trial-84").

A case system's database export by PostgreSQL's `table_to_xml` writes a boolean column as `true` or
`false`; its column "Mentor godkendt" (whether the mentor is approved) came before "Mentor", so the draft
read the mentor's name from `true` and left the column holding the name a TODO, "also looks like
mentor.name"."""

from __future__ import annotations

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render


def _draft(columns: str) -> str:
    row = f"<row><CPR-nummer>081188-4471</CPR-nummer><P-nummer>1017733264</P-nummer>{columns}</row>"
    xml = f"<bevillinger>{row}</bevillinger>"
    return render(suggest(extract(xml.encode(), "bevillinger.xml", READ_OPTIONS), "bevillinger.xml"))


def test_a_boolean_under_a_mentor_label_leaves_the_name_to_the_mentors_column() -> None:
    draft = _draft("<Mentor_x0020_godkendt>true</Mentor_x0020_godkendt><Mentor>Henrik Østergaard</Mentor>")
    assert 'path = "mentor.name"\n  source = "/bevillinger/row/Mentor"' in draft
    assert "# TODO: looks like mentor.name, but the value is true, a yes or no" in draft


def test_a_name_that_is_a_word_is_drafted_as_before() -> None:
    """`Trueman` is a name; only the whole value `true` or `false` is a yes or no."""
    draft = _draft("<Mentor>Trueman</Mentor>")
    assert 'path = "mentor.name"\n  source = "/bevillinger/row/Mentor"' in draft
