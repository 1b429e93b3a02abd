"""The approval an empty element naming its signer and its moment by attributes, as a Ruby app's REXML
export writes it: `<godkendt af='Lone Kjærgaard' tid='2026-11-02T09:14:03+01:00'/>`. The draft took the
signer and left the moment "not recognised" (`tid` is no date word), so a mentor_hours draft filled no
`signed_on` and every record was refused (decision 0060, "Stop 66: trial-101"). The element's one other
attribute holding a day is the day signed, as its text was (`test_suggest_sixth_trial.py`); two such
attributes are left for a person."""

from __future__ import annotations

from suggest_support import draft_of, drafted_fields


def _export(approval: str) -> bytes:
    """A month's visits of one course, the approval as `approval` gives it."""
    return f"""<?xml version='1.0' encoding='UTF-8'?>
<mentortimer xmlns='urn:x:mentortimer:1'>
  <forløb id='7'>
    <borger cpr='120589-2764'>Mads Ravn Kristiansen</borger>
    <praktiksted pnr='1018273645'>Sæby Fiskeindustri A/S</praktiksted>
    <mentor>Lone Kjærgaard</mentor>
    <besøg dato='2026-10-01' timer='2.5'/>
    <besøg dato='2026-10-06' timer='1.5'/>
    <i_alt>4.0</i_alt>
    {approval}
  </forløb>
</mentortimer>
""".encode()


def test_the_signers_elements_one_other_day_is_the_day_signed() -> None:
    text = draft_of(_export("<godkendt af='Lone Kjærgaard' tid='2026-11-02T09:14:03+01:00'/>"), "timer.xml")
    fields = drafted_fields(text)
    assert fields["signed_by"]["source"].endswith("godkendt/@af")
    assert fields["signed_on"]["source"].endswith("godkendt/@tid")
    assert fields["signed_on"]["transforms"] == ["date"]
    assert "needs: signed_on" not in text


def test_the_day_as_the_elements_text_is_still_taken_first() -> None:
    approval = "<godkendt af='Lone Kjærgaard' tid='2026-11-01T08:00:00+01:00'>2026-11-02</godkendt>"
    fields = drafted_fields(draft_of(_export(approval), "timer.xml"))
    assert fields["signed_on"]["source"].endswith("godkendt")


def test_two_days_beside_the_signer_are_left_for_a_person() -> None:
    approval = "<godkendt af='Lone Kjærgaard' oprettet='2026-10-30' tid='2026-11-02T09:14:03+01:00'/>"
    text = draft_of(_export(approval), "timer.xml")
    assert "signed_on" not in drafted_fields(text)
    assert "needs: signed_on" in text


def test_an_attribute_of_no_day_is_no_signature() -> None:
    text = draft_of(_export("<godkendt af='Lone Kjærgaard' status='endelig'/>"), "timer.xml")
    assert "signed_on" not in drafted_fields(text)
