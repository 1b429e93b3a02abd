"""`hub adapters suggest` drafts `subtotals` where a line of sums has more rows of its table below it
(decision 0060, "Stop 63: lang-80"): an awk report printing `I alt` each time the CPR changes. Before,
the draft ended the table at the first `I alt` and read the next citizen's rows as labels and values of
their own (no `[forms.items]` at all); a line of sums straight under the last row still ends the table
with `stop` (`test_suggest_title_below.py`'s report)."""

from __future__ import annotations

from pathlib import Path

from test_mapping import HEAD

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form_items import map_items
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

_REPORT = (
    "CPR\tP-nummer\tMentor\tDato\tTimer\n"
    "010190-1234\t1234567890\tJens Bak\t01.09.2026\t1,50\n"
    "010190-1234\t1234567890\tJens Bak\t08.09.2026\t2,00\n"
    "I alt\t\t\t\t3,50\n"
    "020285-4321\t1234567890\tJens Bak\t02.09.2026\t4,00\n"
    "I alt\t\t\t\t4,00\n"
    "I alt\t\t\t\t7,50\n"  # awk's END: the report's total, straight under the last citizen's
)


def _draft(text: str) -> str:
    return render(suggest(extract(text.encode(), "rapport.csv", READ_OPTIONS), "rapport.csv"))


def test_a_line_of_sums_with_rows_below_it_is_drafted_as_subtotals(tmp_path: Path) -> None:
    draft = _draft(_REPORT)
    assert '  subtotals = { label = "I alt" }' in draft
    assert "stop =" not in draft  # a stop at `I alt` would end the table at the first citizen's line
    # The draft as printed reads both citizens, with the weeks and hours written by hand from the rows
    # (1 September 2026 is the Tuesday of week 36, 8 September of week 37).
    config = tmp_path / "gladsaxe.toml"
    config.write_text(HEAD + draft, encoding="utf-8")
    form = load_config_file(config).forms[0]
    found = map_items(extract(_REPORT.encode(), "rapport.csv", READ_OPTIONS), form, "ab" * 32, "r.csv", "159")
    records = [item.mapped.record for item in found if item.mapped is not None]
    assert [(r["citizen"], r["entries"], r["total_hours"]) for r in records] == [
        (
            {"cpr": "0101901234"},
            [{"week": "2026-W36", "hours": "1.5"}, {"week": "2026-W37", "hours": "2.0"}],
            "3.5",
        ),
        ({"cpr": "0202854321"}, [{"week": "2026-W36", "hours": "4.0"}], "4.0"),
    ]


def test_a_line_of_sums_at_the_tables_end_alone_is_still_its_stop() -> None:
    draft = _draft("\n".join(_REPORT.split("\n")[:4]) + "\n")
    assert '  stop = { label = "I alt" }' in draft and "subtotals" not in draft
