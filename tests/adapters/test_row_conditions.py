"""A row its own form marks not to be counted (`[[forms.lists.require]]`, decision 0060, "Stop 71:
fixes-119"): Køge's opencsv visits carry `godkendt` (`true`/`false`), and a visit marked `false` was
summed into its week and paid as any other (trial-118, "Not done" (i)). With the condition it is read,
left out of the week and the total, and kept in the provenance with the mark that left it out; a mark
that is neither refuses the document at its row; a config leaving out a value it counts is refused.
Køge's config (tests/onboarding/config/koege.toml) now says so of its visits.

The visits are Køge's golden file (tests/onboarding/golden/koege/mentorbesoeg.csv) with one mark
changed; the expected weeks are worked out by hand from its rows (Mads Bækgaard Olsen: 5 April 1.5 h
and 7 April 0.75 h in W14, 14 April 2 h in W15, 26 April 1.25 h in W17)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from onboarding_trial import CONFIG, TRIAL, Trial, cleared, trial_registry

from hub.adapters.language.registry import load_registry
from hub.adapters.mapping.form_items import map_items
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.errors import ConfigError

VISITS = (TRIAL / "golden" / "koege" / "mentorbesoeg.csv").read_text(encoding="utf-8")
# Mads's visit of 14 April (2 hours, week 15), its own mark changed.
FOURTEENTH = '"2027-04-14","PT2H","412.50","true"'


def _items(config: Any, visits: str) -> list[Any]:
    data = visits.encode("utf-8")
    form = next(f for f in config.forms if f.id == "mentorbesoeg")
    return map_items(
        extract(data, "mentorbesoeg.csv", READ_OPTIONS), form, "0" * 64, "mentorbesoeg.csv", "259"
    )


def test_a_visit_its_form_marks_not_approved_is_left_out_and_kept_in_the_provenance() -> None:
    config = trial_registry().get("koege")
    mads, amira = _items(config, VISITS.replace(FOURTEENTH, FOURTEENTH.replace("true", "false")))
    assert mads.mapped is not None and amira.mapped is not None
    record = mads.mapped.record
    assert record["entries"] == [{"week": "2027-W14", "hours": "2.25"}, {"week": "2027-W17", "hours": "1.25"}]
    assert record["total_hours"] == "3.5"
    left = {p.path: p for p in mads.mapped.provenance if p.path.startswith("left_out.")}
    assert set(left) == {
        "left_out.entries[0].date",
        "left_out.entries[0].hours",
        "left_out.entries[0].left_out_by",
    }
    assert left["left_out.entries[0].date"].raw_value == "2027-04-14"
    assert left["left_out.entries[0].hours"].raw_value == "PT2H"
    assert left["left_out.entries[0].left_out_by"].raw_value == "false"
    assert left["left_out.entries[0].left_out_by"].locator["row"] == 4  # the file's fourth line
    # Amira's visits are all approved: her record is as written by hand, nothing left out.
    assert amira.mapped.record["total_hours"] == "4.0"
    assert not [p for p in amira.mapped.provenance if p.path.startswith("left_out.")]


def test_every_visit_approved_reads_as_before() -> None:
    config = trial_registry().get("koege")
    mads, _ = _items(config, VISITS)
    assert mads.mapped is not None
    assert mads.mapped.record["total_hours"] == "5.5"
    assert [e["week"] for e in mads.mapped.record["entries"]] == ["2027-W14", "2027-W15", "2027-W17"]


@pytest.mark.parametrize("mark", ["", "fals", "ja"])
def test_a_mark_neither_counted_nor_left_out_refuses_at_its_row(mark: str) -> None:
    config = trial_registry().get("koege")
    mads, amira = _items(config, VISITS.replace(FOURTEENTH, FOURTEENTH.replace('"true"', f'"{mark}"')))
    assert mads.mapped is None and amira.mapped is not None
    (problem,) = mads.problems
    assert "condition not met (the visit approved): godkendt is" in problem.reason_en
    assert "expected 'true' (counted) or 'false' (left out)" in problem.reason_en
    assert "row 4" in problem.entry
    assert "rækken hverken tælles med eller udelades" in problem.reason_da


def test_a_citizen_whose_every_visit_is_left_out_is_refused_saying_so() -> None:
    config = trial_registry().get("koege")
    lines = VISITS.split("\n")
    lines = [line.replace('"true","Hanne', '"false","Hanne') for line in lines]
    mads, amira = _items(config, "\n".join(lines))
    assert mads.mapped is None and amira.mapped is not None
    assert [p.reason_en for p in mads.problems] == [
        "every row is left out by its own mark (godkendt): nothing is counted"
    ]


def test_a_condition_leaving_out_a_value_it_counts_is_a_config_error(tmp_path: Path) -> None:
    text = (CONFIG / "koege.toml").read_text(encoding="utf-8")
    assert 'leave_out = ["false"]' in text
    (tmp_path / "koege.toml").write_text(
        text.replace('leave_out = ["false"]', 'leave_out = ["True"]'), "utf-8"
    )
    with pytest.raises(ConfigError) as raised:
        load_registry(tmp_path)
    assert "'True' is a value the condition counts" in str(raised.value)


KOEGE = Trial("koege", "259", "make_fixtures_onboarding_sixtieth")


def test_suggest_drafts_the_approval_column_as_the_lists_condition(tmp_path: Path) -> None:
    """The draft as printed (its optional TODOs cleared as they say) leaves out the visit marked false."""
    draft = KOEGE.draft("mentorbesoeg.csv")
    assert (
        "    [[forms.lists.require]]" in draft and '    source = "godkendt"\n    equals = "true"\n' in draft
    )
    assert 'leave_out = ["false"]' in draft
    assert 'source = "column:godkendt"' not in draft  # no longer offered as a field "not recognised"
    config = KOEGE.config(tmp_path, cleared(draft))
    mads, _ = _items(config, VISITS.replace(FOURTEENTH, FOURTEENTH.replace("true", "false")))
    assert mads.mapped is not None
    assert [e["week"] for e in mads.mapped.record["entries"]] == ["2027-W14", "2027-W17"]


@pytest.mark.parametrize("header", ["godkendtAf", "Godkendt dato", "aflyst"])
def test_suggest_drafts_no_condition_from_a_column_that_is_no_approval_mark(header: str) -> None:
    """A name (`godkendtAf`), a day, or a mark whose meaning for payment the hub cannot tell (`aflyst`)."""
    data = VISITS.replace('"godkendt",', f'"{header}",', 1).encode("utf-8")
    drafted = render(suggest(extract(data, "besoeg.csv", READ_OPTIONS), "besoeg.csv", data))
    assert "[[forms.lists.require]]" not in drafted


def test_suggest_drafts_no_condition_from_a_mark_not_of_one_pair() -> None:
    data = VISITS.replace('"412.50","true","Per', '"412.50","måske","Per', 1).encode("utf-8")
    drafted = render(suggest(extract(data, "besoeg.csv", READ_OPTIONS), "besoeg.csv", data))
    assert "[[forms.lists.require]]" not in drafted
