"""The ninth onboarding trial: Kerteminde (440), a mentor app's monthly timesheet in XML with a default
namespace and OIO's CPR and CVR namespaces beside it (the CPR an element, the P-number an attribute), the
other values in attributes, a day a repeated element with hours `h:mm`, and the approval `xsi:nil` until
the mentor gives it. Onboarded by config alone as README's "Add a municipality" says; the expected records
were written by hand from the values in `tools/make_fixtures_onboarding_ninth.py`. The suggest tests each
fail without OIO's names read as the CPR and the P-number, or without `xsi:` attributes left out of the
draft, or without an element marked nil that holds a value all the same refused (decision 0060, "Ninth
trial").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import CONFIG, Trial
from simulator_support import fixture_script
from suggest_support import drafted_fields

from hub.adapters.language.golden import canonical_records
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.errors import UnreadableDocument

THIS = Trial("kerteminde", "440", "make_fixtures_onboarding_ninth")
make = fixture_script("make_fixtures_onboarding_ninth")
FORM = "[[forms]]" + (CONFIG / "kerteminde.toml").read_text(encoding="utf-8").split("[[forms]]", 1)[1]


def test_the_forms_are_made_by_their_script_byte_for_byte() -> None:
    THIS.check_made(2)


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_each_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def _record(tmp_path: Path, data: bytes) -> dict[str, object]:
    (item,) = THIS.items(THIS.config(tmp_path, FORM), data, "timer.xml")
    assert item.mapped is not None, item.problems
    return item.mapped.record


def test_a_nil_approval_that_still_names_the_mentor_reads_the_names_it_gives(tmp_path: Path) -> None:
    """xsi:nil says the element has no content; its attributes stay (XML Schema): the app may write the
    approval's attributes on an element it marks nil, and the config reads the attributes it names."""
    data = make.timesheet_xml('<Godkendt xsi:nil="true" af="Lars Munk Pedersen" dato="2026-03-31"/>')
    record = _record(tmp_path, data)
    assert (record["signed_by"], record["signed_on"]) == ("Lars Munk Pedersen", "2026-03-31")


def test_a_cancelled_day_of_no_hours_adds_nothing_to_its_week(tmp_path: Path) -> None:
    """11 March is in the file with `0:00` and `aflyst="true"`: week 11 is 9 March's 1:15 alone."""
    record = _record(tmp_path, make.timesheet_xml())
    assert record["entries"][1] == {"week": "2026-W11", "hours": "1.25"}  # type: ignore[index]


@pytest.mark.parametrize(
    ("approval", "held_en", "held_da"),
    [
        (
            '<Godkendt xsi:nil="true">Lars Munk Pedersen</Godkendt>',
            "a value, 'Lars Munk Pedersen'",
            "en værdi",
        ),
        ('<Godkendt xsi:nil=" 1 "><Af>Lars Munk Pedersen</Af></Godkendt>', "elements", "elementer"),
    ],
)
def test_a_nil_element_that_holds_a_value_all_the_same_is_refused(
    tmp_path: Path, approval: str, held_en: str, held_da: str
) -> None:
    """Before: the text of an element marked nil was read as its value, so an approval the app marked as
    not given (a stale name left in it) was read as given, signer and all, when a config reads the text."""
    form = FORM.replace('"/k:Timeseddel/k:Godkendt/@af"', '"/k:Timeseddel/k:Godkendt"')
    with pytest.raises(UnreadableDocument) as refused:
        THIS.items(THIS.config(tmp_path, form), make.timesheet_xml(approval), "timer.xml")
    (problem,) = refused.value.problems
    assert problem.locator == "/Timeseddel/Godkendt" and problem.file == "timer.xml"
    assert problem.reason_en == f'marked as empty (xsi:nil="true") but holds {held_en}'
    assert problem.reason_da.startswith(f'markeret som tomt (xsi:nil="true"), men indeholder {held_da}')


def test_a_nil_element_without_a_value_is_read_as_empty(tmp_path: Path) -> None:
    """`<Godkendt xsi:nil="true"/>` and a nil element of only spaces are empty: a nullable field is null."""
    form = FORM.replace('"/k:Timeseddel/k:Godkendt/@af"', '"/k:Timeseddel/k:Godkendt"')
    for approval in ('<Godkendt xsi:nil="true"/>', '<Godkendt xsi:nil="true">  </Godkendt>'):
        (item,) = THIS.items(THIS.config(tmp_path, form), make.timesheet_xml(approval), "timer.xml")
        assert item.mapped is not None and item.mapped.record["signed_by"] is None, item.problems


def _draft(name: str) -> str:
    data = (THIS.golden / name).read_bytes()
    return render(suggest(extract(data, name, READ_OPTIONS), name))


def test_suggest_reads_oio_names_as_the_cpr_number_and_the_p_number() -> None:
    """Before: `cvr:ProductionUnitIdentifier` (OIO's name of a P-number) was a TODO "looks like site.name"
    (from its element `Arbejdssted`), and the draft said a mentor_hours record needs `site.p_number`, not
    found; the CPR was drafted only from its value's shape."""
    fields = drafted_fields(_draft("mentor_hours.xml"))
    assert fields["site.p_number"] == {
        "path": "site.p_number",
        "source": "/d:Timeseddel/d:Arbejdssted/@cvr:ProductionUnitIdentifier",
        "transforms": ["digits"],
    }
    assert fields["citizen.cpr"]["source"] == "/d:Timeseddel/d:Borger/cpr:PersonCivilRegistrationIdentifier"
    assert "guessed from the value" not in _draft("mentor_hours.xml")


def test_suggest_leaves_xsi_attributes_and_their_namespace_out_of_the_draft() -> None:
    """Before: the unapproved sample's `xsi:nil` was a field TODO "not recognised (seen: true)" and the
    draft's namespaces held `xsi`, neither read by any selector a config writes."""
    draft = _draft("mentor_hours_unapproved.xml")
    assert "xsi" not in draft and "XMLSchema-instance" not in draft


def test_the_draft_of_suggest_unedited_maps_the_approved_sample_to_the_record_written_by_hand(
    tmp_path: Path,
) -> None:
    form = _draft("mentor_hours.xml").split("\n\n", 1)[1]
    want = THIS.expected("mentor_hours")
    data = (THIS.golden / "mentor_hours.xml").read_bytes()
    assert canonical_records(THIS.config(tmp_path, form), data, "mentor_hours.xml") == want
