"""Elements named by an attribute rather than by their own names, as a program writes a dictionary
generically: each key a `<felt navn="cpr">` inside a `<gruppe navn="borger">` (a Tcl case tool's tdom
export, the forty-eighth trial). Read by their element names, no word said what a value was and the
repeated `felt` looked like many records: the draft read one CPR and was refused. Siblings each named
by a distinct key-like `navn` (or `name`, `key`, `nøgle`) are selected and worded by it; names with a
space (people's), or one name twice, stay as they were (decision 0060, "Stop 67: trial-105")."""

from __future__ import annotations

from suggest_support import draft_of, drafted_fields


def _export(citizen: str, attribute: str = "navn") -> bytes:
    """One placement written as groups of named fields; the citizen's group as `citizen` gives it."""
    return f"""<eksport>
  <gruppe {attribute}="borger">{citizen}</gruppe>
  <gruppe {attribute}="virksomhed">
    <felt {attribute}="cvr">40281630</felt>
    <felt {attribute}="navn">Havnens Værksted ApS</felt>
  </gruppe>
  <gruppe {attribute}="praktik">
    <felt {attribute}="startdato">04-01-2027</felt>
    <felt {attribute}="slutdato">26-03-2027</felt>
  </gruppe>
</eksport>
""".encode()


CITIZEN = '<felt navn="cpr">150388-2741</felt><felt navn="navn">Ida Holm</felt>'


def test_fields_named_by_an_attribute_are_selected_and_worded_by_it() -> None:
    text = draft_of(_export(CITIZEN), "aftale.xml")
    fields = drafted_fields(text)
    assert fields["citizen.cpr"]["source"] == "/eksport/gruppe[@navn='borger']/felt[@navn='cpr']"
    assert fields["citizen.name"]["source"] == "/eksport/gruppe[@navn='borger']/felt[@navn='navn']"
    assert fields["company.cvr"]["source"] == "/eksport/gruppe[@navn='virksomhed']/felt[@navn='cvr']"
    assert fields["company.name"]["source"] == "/eksport/gruppe[@navn='virksomhed']/felt[@navn='navn']"
    assert fields["period.start"]["source"] == "/eksport/gruppe[@navn='praktik']/felt[@navn='startdato']"
    assert "[forms.items]" not in text  # one placement, not a record a <felt>
    assert "felt[@navn='cpr']/@navn" not in text  # the name is no value of the form
    english = drafted_fields(draft_of(_export(CITIZEN.replace("navn=", "name="), "name"), "aftale.xml"))
    assert english["citizen.cpr"]["source"] == "/eksport/gruppe[@name='borger']/felt[@name='cpr']"


def test_people_named_by_the_attribute_are_still_records() -> None:
    """`<mentor navn="...">` repeated with people's names: not keys, so their names stay values."""
    people = '<mentor navn="Kirsten Lund">1</mentor><mentor navn="Poul Berg">2</mentor>'
    text = draft_of(_export(CITIZEN + people), "aftale.xml")
    assert "mentor[@navn=" not in text and "/mentor/@navn" in text


def test_one_name_twice_is_no_naming() -> None:
    twice = '<felt navn="cpr">150388-2741</felt><felt navn="cpr">150388-2742</felt>'
    text = draft_of(_export(twice), "aftale.xml")
    assert "felt[@navn='cpr']" not in text


def test_siblings_holding_the_same_fields_are_records_however_named() -> None:
    """A Perl hash of agreements keyed by case number, unfolded by XML::Simple's default KeyAttr into
    `<aftale name="HH-2027-0113">`: many agreements, not one agreement's keys (decision 0060, "Stop 68:
    trial-111"). Each selected by its name, the draft read the first agreement alone."""
    agreement = (
        '<aftale name="HH-2027-{n}" timer_pr_uge="{hours}"><borger cpr="{cpr}" navn="{name}" />'
        '<virksomhed cvr="{cvr}" navn="Firma {n}" /></aftale>'
    )
    xml = "<aftaler>{}{}</aftaler>".format(
        agreement.format(n="0113", hours="18,5", cpr="140388-1726", name="Camilla Jessen", cvr="38151002"),
        agreement.format(n="0120", hours="30", cpr="030795-3318", name="Ahmad Karimi", cvr="41271000"),
    )
    text = draft_of(xml.encode(), "aftaler.xml")
    assert 'rows = "/aftaler/aftale"' in text and "aftale[@name=" not in text
    fields = drafted_fields(text)
    assert fields["citizen.cpr"]["source"] == "borger/@cpr"
    assert fields["company.cvr"]["source"] == "virksomhed/@cvr"
