"""The sixtieth onboarding trial: Køge (259), forms made by programs no earlier trial used: a month of
mentor visits its mentor supplier's Java case system writes with opencsv's CSVWriter at its defaults (a
comma, every value quoted, a quote doubled, "\\n" after each row, a null left empty without quotes; a
day `LocalDate.toString()`, a visit's length `Duration.toString()`, `PT1H30M`; the rate a BigDecimal's
`toPlainString()`, approval `Boolean.toString()`), and the placements that ended in a month, its job
centre's case system's XML written by JAXB (the root `ns2:` in a namespace, the elements under it in
none, a missing note `xsi:nil="true"`, days `XMLGregorianCalendar`s with their zone, `2027-04-30+02:00`,
the outcome an enum's name) (`tools/make_fixtures_onboarding_sixtieth.py`, which needs java with Debian's
opencsv and JAXB jars; the files it wrote are kept, and these tests read them). The expected records were
written by hand from the files' text, before the hub read them (decision 0060, "Stop 70: trial-118"). The
config written by hand read both files right at the base; suggest's draft of the XML dated every ending
the month's last day, its root's `periodeTil` met before each ending's `slutdato`: a record's own value
is now drafted over its document's (`test_suggest_record_own.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import Trial
from simulator_support import fixture_script

THIS = Trial("koege", "259", "make_fixtures_onboarding_sixtieth")
FORMS = ["afslutninger.xml", "mentorbesoeg.csv"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


MISSING = fixture_script(THIS.script).missing()


@pytest.mark.skipif(MISSING is not None, reason=f"needs java with opencsv's and JAXB's jars: {MISSING}")
def test_the_kept_forms_are_what_jaxb_and_opencsv_write() -> None:
    THIS.check_made(2)


def test_the_kept_forms_are_jaxbs_and_opencsvs() -> None:
    text = (THIS.golden / FORMS[0]).read_bytes().decode("utf-8")
    assert text.startswith(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ns2:praktikafslutninger '
    )
    assert 'xmlns:ns2="urn:dk:koege:jobcenter:praktik:v1" periodeFra="2027-04-01+02:00"' in text
    assert "\n    <afslutning sagsnr=" in text  # unqualified under the root, four spaces a level
    assert '<bemaerkning xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true"/>' in text
    assert (
        "<slutdato>2027-04-09+02:00</slutdato>" in text and "<startdato>2027-01-11+01:00</startdato>" in text
    )
    assert "<udfald>STOPPET_ANDET</udfald>" in text and "&lt; 6 mdr. &amp; fast" in text
    csv = (THIS.golden / FORMS[1]).read_bytes().decode("utf-8")
    assert csv.startswith('"sagsnr","cpr","borgerNavn","pNummer",') and "\r" not in csv
    assert csv.count("\n") == 9 and csv.endswith('"2027-05-02",\n')  # a null note: nothing, no quotes
    assert '"2027-04-05","PT1H30M","412.50","true",' in csv and '"PT2H"' in csv and '"PT45M"' in csv
    assert '"Talte om ""faste mødetider"", se mail"' in csv and '"2027-04-30",""\n' in csv
    assert '"Kort opfølgning\npå telefon"' in csv


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizen's and site's names) cleared as they say; no
    path or transform edited."""
    THIS.check_draft(name, tmp_path)
