"""The sixty-second onboarding trial: Holbæk (316), forms made by programs no earlier trial used: the
month's mentor grants its job centre's Java case system exports with Apache Commons CSV (`CSVFormat.EXCEL`
with a semicolon: quotes only where needed, "\\r\\n" after every record; each value its own `toString()`,
a day `LocalDate`'s `2027-04-05`, the hours a week a double's `7.5` and `10.0`, the mentor's employer a
`Boolean`, the day granted a `java.util.Date`'s `Tue Mar 23 14:05:12 CET 2027`; the rate
`String.format` in Danish, `412,50`), and the month's progress reports its assessment supplier's web
service writes with dicttoxml (one line, every element with its Python type, a list's members `<item>`,
a `None` an empty `type="null"` element, the marks a list of areas and marks)
(`tools/make_fixtures_onboarding_sixtysecond.py`, which needs java with Debian's Commons CSV jar and a
python with dicttoxml; the files it wrote are kept, and these tests read them). The expected records were
written by hand from the files' text, before the hub read them (decision 0060, "Stop 71: trial-120")."""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import Trial
from simulator_support import fixture_script

THIS = Trial("holbaek", "316", "make_fixtures_onboarding_sixtysecond")
FORMS = ["mentorbevillinger.csv", "statusudtalelser.xml"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


MISSING = fixture_script(THIS.script).missing()


@pytest.mark.skipif(MISSING is not None, reason=f"needs java with Commons CSV's jar and dicttoxml: {MISSING}")
def test_the_kept_forms_are_what_commons_csv_and_dicttoxml_write() -> None:
    THIS.check_made(2)


def test_the_kept_forms_are_commons_csvs_and_dicttoxmls() -> None:
    csv = (THIS.golden / FORMS[0]).read_bytes().decode("utf-8")
    assert csv.startswith("Sagsnr;CPR-nr.;Borger;P-nr.;Praktiksted;Mentor;Mentor ansat i jobcentret;")
    assert csv.count("\r\n") == 4 and csv.endswith(';Mette Skov;" ingen"\r\n')  # a leading space quoted
    assert ";false;7.5;412,50;2027-04-05;2027-06-25;Tue Mar 23 14:05:12 CET 2027;Lars Kragh;\r\n" in csv
    assert ";true;10.0;0,00;" in csv and "Tue Mar 30 09:41:03 CEST 2027" in csv and ";4.25;389,75;" in csv
    assert '"Tuse Næs Gartneri; pakkeriet"' in csv and '"Birgitte ""Gitte"" Malm"' in csv
    assert '"Mentor fra jobcentret, ingen timesats.\nOpfølgning efter 4 uger"' in csv  # "\n" inside, as given
    xml = (THIS.golden / FORMS[1]).read_bytes().decode("utf-8")
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8" ?><statusudtalelser><leverandoer type="str">')
    assert "\n" not in xml and xml.endswith("</item></udtalelser></statusudtalelser>")
    assert '<udtalelser type="list"><item type="dict"><id type="int">5521</id>' in xml
    assert '<pnummer type="int">1019876543</pnummer>' in xml and '<cpr type="str">0906940127</cpr>' in xml
    assert '<omraade type="str">Fremmøde</omraade><karakter type="int">4</karakter>' in xml
    assert '<bemaerkning type="null"></bemaerkning>' in xml and "opgaver &amp; klare" in xml


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizen's and site's names) cleared as they say; no
    path or transform edited."""
    THIS.check_draft(name, tmp_path)
