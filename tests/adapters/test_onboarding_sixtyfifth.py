"""The sixty-fifth onboarding trial: Esbjerg (561), forms made by programs no earlier trial used: the month's
new placement agreements its case system supplier's Python integration writes with the standard library's
`xml.sax.saxutils.XMLGenerator` (ISO-8859-1 with a character reference for an en dash, the whole document on
one line under the prefix `pa:`, an attribute in single quotes where it holds a double quote, an element with
no text a start and an end tag, `str()` of a `date`, a `Decimal` and a `bool`), and a month of mentor visits
its mentor supplier's web page writes with d3-dsv's `csvFormat` (quotes only where needed, the header the
rows' keys as first met, each day d3's ISO form of a `Date`, `2027-05-03` or `2027-05-31T12:05Z`, hours a
JavaScript sum, `1.2999999999999998`) (`tools/make_fixtures_onboarding_sixtyfifth.py`, which needs node
with d3-dsv; the files it wrote are kept, and these tests read them). The expected records were written by
hand from the files' text, before the hub read them (decision 0060, "Stop 72: trial-123"). The config
written by hand and suggest's drafts read both right at the base."""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import Trial, edited_config
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records

THIS = Trial("esbjerg", "561", "make_fixtures_onboarding_sixtyfifth")
FORMS = ["mentortimer.csv", "praktikaftaler.xml"]
SCRIPT = fixture_script(THIS.script)
MISSING = SCRIPT.missing()
NS = "urn:esbjerg-kommune:jobcenter:praktikaftale:2"


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(MISSING is not None, reason=f"needs node and d3-dsv: {MISSING}")
def test_the_kept_forms_are_what_d3_dsv_and_xmlgenerator_make() -> None:
    THIS.check_made(len(FORMS))


def test_the_kept_visits_are_d3_dsvs() -> None:
    data = (THIS.golden / FORMS[0]).read_bytes()
    text = data.decode("utf-8")
    lines = text.split("\n")
    # no BOM; the rows' keys as first met, the remark only a later row has last
    assert lines[0] == (
        "forloeb,cpr,borger,pnummer,praktiksted,mentor,mentorAnsat,dato,timer,godkendtAf,godkendt,bemaerkning"
    )
    # quotes only where a value holds a comma, a quote or a line break; a Date at UTC midnight its day,
    # else its time without the seconds that are 0; a JavaScript sum's noise
    assert ',"Vestjysk Fisk, Auktionsgade 12",Henrik Sønderby,virksomhed,2027-05-03,1.5,' in lines[1]
    assert ",2027-05-11,1.2999999999999998,Henrik Sønderby,2027-05-31T12:05Z," in lines[3]
    assert '"Café ""Sømanden"", Havnen"' in lines[5] and ",3.3000000000000003," in lines[5]
    assert lines[6].endswith(',"Mødte ikke op kl. 9, kom 9.40 med ""bussen"".')
    assert lines[7] == 'Aftalt ny tid"'
    # null empty; `\n` between rows and none after the last
    assert ",Jonna Krogh,,2027-05-18,2.5,Jonna Krogh,2027-06-01T07:30:15Z," in lines[9]
    assert len(lines) == 11 and not text.endswith("\n")


def test_the_kept_agreements_are_xmlgenerators() -> None:
    data = (THIS.golden / FORMS[1]).read_bytes()
    head, body = data.split(b"\n", 1)
    # the declaration as `encoding` names it, then the whole document on one line (the one line break is
    # inside a purpose), in Latin-1
    assert head == b'<?xml version="1.0" encoding="iso-8859-1"?>' and body.count(b"\n") == 1
    text = data.decode("latin-1")
    assert body.startswith(f'<pa:praktikaftaler xmlns:pa="{NS}" kommunenr="561" '.encode())
    # a character outside Latin-1 a reference; `&`, `<`, `>` escaped in text
    assert "<pa:formaal>Afklaring &#8211; lager &amp; pakning, løft &lt;10 kg&gt;</pa:formaal>" in text
    # quoteattr: single quotes around a double quote; no text a start and an end tag
    assert "navn='Café \"Sømanden\", Havnen'></pa:arbejdssted>" in text
    assert "<pa:visitation></pa:visitation>" in text and "<pa:formaal></pa:formaal>" in text
    # str() of a Decimal, a float, a bool and a datetime
    assert "<pa:timerPrUge>18.50</pa:timerPrUge><pa:loentilskudPrTime>0.0</pa:loentilskudPrTime>" in text
    assert '<pa:mentor virksomhedsmentor="False">Lotte Brink</pa:mentor>' in text
    assert 'udtrukket="2027-05-01 06:00:00+02:00"' in text


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs cleared as they say; no path or transform edited."""
    THIS.check_draft(name, tmp_path)


@pytest.mark.skipif(MISSING is not None, reason=f"needs node and d3-dsv: {MISSING}")
def test_a_second_d3_dsv_user_s_semicolons_and_local_midnights(tmp_path: Path) -> None:
    """The probe: `dsvFormat(";")` with the columns named, each day a Date at Esbjerg's midnight
    (`2027-05-02T22:00Z` for 3 May): refused by the config as it is, naming the separator; with the
    delimiter changed, the records written by hand."""
    data = SCRIPT.variant(FORMS[0])
    assert ";Vestjysk Fisk, Auktionsgade 12;" in data.decode() and ";2027-05-02T22:00Z;1.5;" in data.decode()
    with pytest.raises(Exception, match="separated by semicolons"):
        canonical_records(edited_config(tmp_path, THIS.slug, lambda text: text), data, FORMS[0])
    semicolons = edited_config(tmp_path, THIS.slug, lambda text: text.replace('= ","', '= ";"'))
    assert canonical_records(semicolons, data, FORMS[0]) == THIS.expected(FORMS[0])


def _plain(text: str) -> str:
    """The config for the variant's XML: no namespace."""
    text = text.replace(f'root = "{{{NS}}}praktikaftaler"', 'root = "praktikaftaler"')
    return text.replace(f'  namespaces = {{ pa = "{NS}" }}\n', "").replace("pa:", "")


def test_a_second_xmlgenerator_user_s_str_of_none(tmp_path: Path) -> None:
    """The probe: `short_empty_elements=True`, UTF-8, no namespace and `str()` of every value, `None` too:
    every agreement reads as written by hand, the one whose visitation and purpose are Python's word
    `None` with them empty, as in the form itself, never with the word as their value (fixes-123: a
    program's word for no value is no value in every format; trial-123 found it refused)."""
    data = SCRIPT.variant(FORMS[1])
    assert b"<visitation>None</visitation>" in data and b"<formaal>None</formaal>" in data
    config = edited_config(tmp_path, THIS.slug, _plain)
    items = THIS.items(config, data, FORMS[1])  # the agreements are the config's first form
    assert [i.problems for i in items] == [(), (), ()]
    assert [i.mapped.record for i in items if i.mapped] == THIS.expected(FORMS[1])
