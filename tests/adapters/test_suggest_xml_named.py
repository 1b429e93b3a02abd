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


def test_records_named_by_case_numbers_may_leave_out_their_optional_fields() -> None:
    """XML::Simple writes a Perl hash's records as it holds them: a key a record lacks is no attribute of
    it. Here the first agreement has a purpose and a note the second lacks, 6 of the 8 fields shared (the
    element's own empty text one of them), under the four in five the rule asked: the agreements were read
    as one dictionary, the draft read the first alone (trial-111 noticed it; fixes-114). A case number
    holds a digit; a dictionary's key (`cpr`, `p_nummer`) is a word."""
    first = (
        '<aftale name="HH-2027-0113" cpr="140388-1726" formaal="Afklaring" navn="Camilla Jessen"'
        ' note="Starter kl. 8" p_nummer="1017745001" start="01.03.2027" timer_pr_uge="18,5" />'
    )
    second = (
        '<aftale name="HH-2027-0120" cpr="030795-3318" navn="Ahmad Karimi" p_nummer="1017745001"'
        ' start="08.03.2027" timer_pr_uge="30" />'
    )
    text = draft_of(f"<praktikaftaler>{first}{second}</praktikaftaler>".encode(), "aftaler.xml")
    assert 'rows = "/praktikaftaler/aftale"' in text and "aftale[@name=" not in text
    fields = drafted_fields(text)
    assert fields["citizen.cpr"]["source"] == "@cpr"
    assert fields["period.start"]["source"] == "@start"
    assert fields["purpose"] == {"path": "purpose", "source": "@formaal", "optional": True}


def test_groups_named_by_words_sharing_three_of_four_fields_stay_a_dictionary() -> None:
    """A dictionary's parties hold some of the same keys (a name, a phone, an e-mail): named by words,
    the four in five still decides, and the citizen's and the mentor's groups stay the dictionary's."""
    party = '<felt navn="navn">{}</felt><felt navn="telefon">4848 0000</felt><felt navn="email">a@b.dk</felt>'
    citizen = '<felt navn="cpr">150388-2741</felt>' + party.format("Ida Holm")
    xml = (
        f'<eksport><gruppe navn="borger">{citizen}</gruppe>'
        f'<gruppe navn="mentor">{party.format("Poul Berg")}</gruppe></eksport>'
    )
    text = draft_of(xml.encode(), "aftale.xml")
    fields = drafted_fields(text)
    assert fields["citizen.cpr"]["source"] == "/eksport/gruppe[@navn='borger']/felt[@navn='cpr']"
    assert fields["mentor.name"]["source"] == "/eksport/gruppe[@navn='mentor']/felt[@navn='navn']"
