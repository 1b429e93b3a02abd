"""A list element named as the rows it holds is no stray row: Rails' `to_xml` (and a Ruby app writing its
shape with Nokogiri's Builder) writes a list as `<besoeg type="array"><besoeg>...</besoeg></besoeg>`
where a Danish word's plural is itself (`besøg`, `timer`). The stray-row refusal (`xml_elsewhere`) took
the outer `<besoeg>` for a visit outside `/mentor-forloeb/besoeg/besoeg` and refused every such export
(decision 0060, "Stop 64: trial-87"); a row of that name truly out of place is still refused."""

from __future__ import annotations

import pytest
from onboarding_trial import Trial, trial_registry

from hub.adapters.language.golden import canonical_records
from hub.errors import Rejection

FAVRSKOV = Trial("favrskov", "710", "make_fixtures_onboarding_fortieth")
VISIT = """    <besoeg>
      <dato type="date">2026-11-26</dato>
      <timer type="decimal">0.75</timer>
      <notat nil="true"/>
    </besoeg>
"""


def _read(data: str) -> list[dict[str, object]]:
    records = canonical_records(trial_registry().get("favrskov"), data.encode(), "timer.xml")
    return records if isinstance(records, list) else [records]


def _export() -> str:
    data = (FAVRSKOV.golden / "mentortimer.xml").read_text(encoding="utf-8")
    assert data.count(VISIT) == 1 and '<besoeg type="array">' in data
    return data


def test_the_list_element_named_as_its_rows_holds_them() -> None:
    (record,) = _read(_export())
    assert record["entries"] == [
        {"week": "2026-W45", "hours": "3.5"},
        {"week": "2026-W46", "hours": "2.25"},
        {"week": "2026-W48", "hours": "1.75"},
    ]


def test_a_visit_moved_beside_the_list_is_still_refused_at_its_xpath() -> None:
    moved = (
        _export()
        .replace(VISIT, "")
        .replace("  <timer-i-alt", VISIT[2:].replace("\n  ", "\n") + "  <timer-i-alt")
    )
    with pytest.raises(Rejection) as info:
        _read(moved)
    (problem,) = info.value.problems
    assert problem.locator == "/mentor-forloeb[1]/besoeg[2]"
    assert "outside the form's rows (/mentor-forloeb/besoeg/besoeg)" in problem.reason_en


def test_a_visit_moved_inside_a_visit_is_still_refused_at_its_xpath() -> None:
    data = _export().replace(VISIT, "")
    moved = data.replace("<notat>Opfølgning", VISIT + "<notat>Opfølgning", 1)
    with pytest.raises(Rejection) as info:
        _read(moved)
    (problem,) = info.value.problems
    assert problem.locator == "/mentor-forloeb[1]/besoeg[1]/besoeg[4]/besoeg[1]"
