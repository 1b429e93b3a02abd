"""The thirteenth onboarding trial: Struer (671), a case system's export of a week's new placements in
one XML document, a `<Sag>` each: the CPR number as birth date and serial number, the name as first,
middle (left out where there is none) and last name, the hours a week as hours and minutes, OIO's CVR
block in a default namespace of its own mid-document (or under a `cvr:` prefix), `xs:date`s with a zone
and the purpose in CDATA. Onboarded by config alone as README's "Add a municipality" says; the expected
records were written by hand from the values in `tools/make_fixtures_onboarding_thirteenth.py`. The other
tests each fail without the change they name (decision 0060, "Thirteenth trial").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import CONFIG, Trial, trial_registry
from simulator_support import fixture_script
from suggest_support import drafted_fields

from hub.adapters.language.config_da import danish
from hub.adapters.language.golden import canonical_records
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.errors import ConfigError, Rejection

THIS = Trial("struer", "671", "make_fixtures_onboarding_thirteenth")
make = fixture_script("make_fixtures_onboarding_thirteenth")
FORM = "[[forms]]" + (CONFIG / "struer.toml").read_text(encoding="utf-8").split("[[forms]]", 1)[1]
NEXT = "urn:dk:struer:jobcenter:praktik:4"  # the case system's next schema version


def test_the_form_is_made_by_its_script_byte_for_byte() -> None:
    THIS.check_made(1)


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_records_written_by_hand(source: Path, expected: Path) -> None:
    """Before: no config could read the second citizen's name (no `<Mellemnavn>`: "not found") nor the
    hours a week written `15` and `0` (joined, `15:0` is "not a number")."""
    THIS.check_maps(source, expected)


def _items(tmp_path: Path, data: bytes, form: str = FORM) -> list:  # type: ignore[type-arg]
    return THIS.items(THIS.config(tmp_path, form), data, "praktik.xml")


def test_a_case_in_another_namespace_is_refused_as_its_own_record(tmp_path: Path) -> None:
    """Before: the third case, written under the system's next namespace, was no row of `rows`: the
    other two were stored and it was left out without a word. Now it is a record refused at its element,
    naming its namespace and the one the config reads, in English and Danish; the others are read."""
    items = _items(tmp_path, make.placements_xml(sags=("", "", f'Sag xmlns="{NEXT}"')))
    assert [item.mapped is not None for item in items] == [True, True, False]
    (problem,) = items[2].problems
    assert problem.file == "praktik.xml" and problem.locator == f"/Udtraek[1]/Sag[1] ({NEXT})"
    assert f"<Sag> is in the namespace '{NEXT}', not 'urn:dk:struer:jobcenter:praktik:3'" in problem.reason_en
    assert "this record is not read" in problem.reason_en
    assert f"<Sag> er i navnerummet '{NEXT}', ikke 'urn:dk:struer:jobcenter:praktik:3'" in problem.reason_da
    assert "denne post læses ikke" in problem.reason_da


def test_a_case_in_no_namespace_is_refused_between_the_others(tmp_path: Path) -> None:
    """`xmlns=""` (a module writing its elements in no namespace): refused in its place, the third
    case after it read."""
    items = _items(tmp_path, make.placements_xml(sags=("", 'Sag xmlns=""')))
    assert [item.mapped is not None for item in items] == [True, False, True]
    assert items[1].label_da == "/Udtraek[1]/Sag[1] (intet navnerum)"
    assert "<Sag> er i intet navnerum" in items[1].problems[0].reason_da


def test_a_case_in_another_namespace_is_refused_where_rows_has_predicates(tmp_path: Path) -> None:
    """`rows` with a predicate (`Sag[@type='ny']`): before, the third case, written under the next
    namespace, was left out without a word, as the plain selector's was before the thirteenth trial. Now it
    is refused in its place; a case of either namespace that the predicate leaves out stays left out."""
    form = FORM.replace('rows = "/d:Udtraek/d:Sag"', "rows = \"/d:Udtraek/d:Sag[@type='ny']\"")
    assert form != FORM
    items = _items(
        tmp_path, make.placements_xml(sags=('Sag type="ny"',) * 2 + (f'Sag xmlns="{NEXT}" type="ny"',)), form
    )
    assert [item.mapped is not None for item in items] == [True, True, False]
    (problem,) = items[2].problems
    assert problem.locator == f"/Udtraek[1]/Sag[1] ({NEXT})"
    assert problem.reason_en.startswith(
        f"<Sag> is in the namespace '{NEXT}', not 'urn:dk:struer:jobcenter:praktik:3', which the form's rows "
        "(/d:Udtraek/d:Sag[@type='ny']) read: this record is not read"
    )
    assert problem.reason_da.startswith(
        f"<Sag> er i navnerummet '{NEXT}', ikke 'urn:dk:struer:jobcenter:praktik:3', som blankettens rows "
        "(/d:Udtraek/d:Sag[@type='ny']) læser: denne post læses ikke"
    )
    left_out = ('Sag type="ny"', 'Sag type="gammel"', f'Sag xmlns="{NEXT}" type="gammel"')
    assert [
        item.mapped is not None for item in _items(tmp_path, make.placements_xml(sags=left_out), form)
    ] == [True]


def test_a_part_left_out_is_not_found_unless_join_says_it_may_be(tmp_path: Path) -> None:
    """The config's `left_out_is_empty` reads a left-out `<Mellemnavn>` as no middle name; without it,
    the element is "not found" (a misspelt path must not drop a part of every name), and the refusal
    says how to read one left out, in English and Danish."""
    form = FORM.replace('{ name = "join", left_out_is_empty = true }', '"join"')
    items = _items(tmp_path, make.placements_xml(), form)
    (problem,) = items[1].problems
    assert problem.field == "citizen.name" and problem.item == "/Udtraek[1]/Sag[2]"
    assert "left_out_is_empty = true" in problem.reason_en and "et udeladt element" in problem.reason_da
    assert items[0].mapped is not None and items[0].mapped.record["citizen"]["name"] == "Anders Bech Thomsen"


@pytest.mark.parametrize(
    ("hours", "minutes", "element", "en", "da"),
    [
        ("18", "20", "Minutter", "1:20", "18:20"),  # no exact decimal hours: never rounded
        ("18", "75", "Minutter", "more than 59 minutes: '75'", "mere end 59 minutter: '75'"),
        ("18,5", "0", "Timer", "not a whole number of hours: '18,5'", "ikke et helt antal timer: '18,5'"),
        ("18", "", "Minutter", "not a whole number of minutes: empty", "ikke et helt antal minutter: tom"),
    ],
)
def test_hours_and_minutes_refused_at_their_element(
    tmp_path: Path, hours: str, minutes: str, element: str, en: str, da: str
) -> None:
    """`hours_minutes` says which of the two is wrong, at its element, in English and Danish."""
    items = _items(tmp_path, make.placements_xml(make.with_case(0, hours=hours, minutes=minutes)))
    (problem,) = items[0].problems
    assert problem.field == "hours_per_week" and problem.locator.endswith(f"/Omfang/{element}")
    if en == "1:20":  # `hours`'s own words for minutes that make no exact hours
        assert "18:20" in problem.reason_en and da in problem.reason_da
    else:
        assert en in problem.reason_en and da in problem.reason_da


def test_hours_and_minutes_of_one_source_is_refused_when_the_config_loads(tmp_path: Path) -> None:
    form = FORM.replace(
        'sources = ["d:Praktik/d:Omfang/d:Timer", "d:Praktik/d:Omfang/d:Minutter"]',
        'sources = ["d:Praktik/d:Omfang/d:Timer"]',
    )
    with pytest.raises(ConfigError) as info:
        THIS.config(tmp_path, form)
    assert "'hours_minutes' reads two sources: the hours, then the minutes" in str(info.value)
    assert "'hours_minutes' læser to kilder: timerne, derefter minutterne" in danish(
        str(info.value).split(": ", 1)[1]
    )


def test_the_draft_reads_both_fields_of_a_value_split_in_two_in_each_record() -> None:
    """Before: inside `[forms.items] rows` the draft's CPR number read only `Foedselsdato` (its note
    said "a CPR number in two fields, joined"), the name only `Fornavn`: the other fields were dropped
    when the paths were made relative to the record's element."""
    fields = drafted_fields(_draft())
    assert fields["citizen.cpr"]["sources"] == [
        "d:Borger/d:CPR/d:Foedselsdato",
        "d:Borger/d:CPR/d:Loebenummer",
    ]
    assert fields["citizen.name"]["sources"][0] == "d:Borger/d:Navn/d:Fornavn"
    assert fields["citizen.name"]["sources"][-1] == "d:Borger/d:Navn/d:Efternavn"


def _draft() -> str:
    data = (THIS.golden / "placement.xml").read_bytes()
    return render(suggest(extract(data, "placement.xml", READ_OPTIONS), "placement.xml"))


def test_the_draft_reads_the_parts_the_case_system_writes_apart() -> None:
    """Before: `<Mellemnavn>`, `<Timer>` and `<Minutter>` were TODOs "not recognised", the name drafted
    from the first and last name, and `ProduktionsEnhed/Navn` (OIO's site name) a TODO, so the draft
    said a placement needs site.name and hours_per_week, not found. Now the middle name is joined and
    may be left out, the hours and minutes are read together, the production unit's name is the site's."""
    fields = drafted_fields(_draft())
    name = fields["citizen.name"]
    assert name["sources"][1] == "d:Borger/d:Navn/d:Mellemnavn"
    assert name["transforms"] == [{"name": "join", "left_out_is_empty": True}]
    hours = fields["hours_per_week"]
    assert hours["sources"] == ["d:Praktik/d:Omfang/d:Timer", "d:Praktik/d:Omfang/d:Minutter"]
    assert hours["transforms"] == ["hours_minutes"]
    assert fields["site.name"]["source"].endswith(":ProduktionsEnhed/ns1:Navn")


def test_a_day_in_another_namespace_is_refused_not_left_out_of_the_week(tmp_path: Path) -> None:
    """The same for a list's `rows`: Kerteminde's mentor app (the ninth trial) with one day written
    under another namespace. Before: the day was no row, and the month was stored 1:30 hours short."""
    kerteminde = Trial("kerteminde", "440", "make_fixtures_onboarding_ninth")
    data = (kerteminde.golden / "mentor_hours.xml").read_bytes()
    other = data.replace(b'<Dag dato="2026-03-02"', b'<Dag xmlns="urn:x:2" dato="2026-03-02"', 1)
    assert other != data
    config = trial_registry().get("kerteminde")
    with pytest.raises(Rejection) as info:
        canonical_records(config, other, "timer.xml")
    (problem,) = info.value.problems
    assert problem.field == "entries" and problem.locator == "/Timeseddel[1]/Dage[1]/Dag[1] (urn:x:2)"
    assert (
        "<Dag> is in the namespace 'urn:x:2'" in problem.reason_en
        and "this row is not read" in problem.reason_en
    )
    assert (
        "<Dag> er i navnerummet 'urn:x:2'" in problem.reason_da
        and "denne række læses ikke" in problem.reason_da
    )
