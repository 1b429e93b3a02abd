"""The sixty-eighth onboarding trial: Fredericia (607), forms made by programs no earlier trial used: the
month's new placement agreements its job centre's case system writes with XStream and its defaults (a
LinkedList as `<linked-list>`, each agreement named by its class's fully qualified name, null fields left
out, enums by name, a `LocalDate` as ISO, the legacy `java.util.Date` start in UTC, `2027-05-02
22:00:00.0 UTC`, and the caseworker both agreements share written once and then as XStream's back
reference), and the month's mentor visits its mentor supplier writes with Super CSV's `CsvBeanWriter`
and `EXCEL_NORTH_EUROPE_PREFERENCE` (`;`, `\\n`, the beans' property names as header, `FmtDate`,
`FmtNumber` in a Danish JVM, `FmtBool("ja", "nej")`, an `Optional()` note with a line break inside its
quotes) (`tools/make_fixtures_onboarding_sixtyeighth.py`, which needs java with XStream and Super CSV;
the files it wrote are kept, and these tests read them). The expected records were written by hand from
the files' text, before the hub read them (decision 0060, "Stop 73: trial-128"). The config written by
hand read every value once the hub read a Java Date's zone name (`test_java_date_zones.py`) and XStream's
back references (`test_xml_back_references.py`); the drafts too, once suggest offered a timesheet's
employer flag as the employer (`test_suggest_optional_employer_flag.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import Trial, edited_config
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records

THIS = Trial("fredericia", "607", "make_fixtures_onboarding_sixtyeighth")
FORMS = ["mentortimer.csv", "praktikaftaler.xml"]
SCRIPT = fixture_script(THIS.script)
MISSING = SCRIPT.missing()


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(MISSING is not None, reason=f"needs java with XStream and Super CSV: {MISSING}")
def test_the_kept_forms_are_what_xstream_and_super_csv_make() -> None:
    THIS.check_made(len(FORMS))


def test_the_kept_visits_are_super_csvs() -> None:
    text = (THIS.golden / FORMS[0]).read_bytes().decode("utf-8")  # no BOM: Files.newBufferedWriter
    lines = text.split("\n")
    assert lines[0] == (
        "cpr;borgerNavn;pNummer;arbejdssted;mentor;mentorIVirksomheden;dato;timer;note;godkendtAf;godkendtDato"
    )
    # quoted only where a value holds the separator, a quote or a line break; FmtBool, FmtDate, FmtNumber
    assert (
        ';"Bygma Fredericia; tømmerhal";Tove Ørsted;ja;04-05-2027;1,50;;Kim Lykke Bøgh;31. maj 2027'
        in lines[1]
    )
    assert ';"Samtale med ""Lars"" om mødetider";' in lines[2]
    # EXCEL_NORTH_EUROPE_PREFERENCE ends rows with "\n", and a line break in a value is one too
    assert (
        "\r" not in text
        and ';1,25;"Aflyst 19. maj,\nflyttet hertil";' in text
        and text.endswith("maj 2027\n")
    )


def test_the_kept_agreements_are_xstreams() -> None:
    text = (THIS.golden / FORMS[1]).read_text(encoding="utf-8")
    # no declaration, a LinkedList, the class's fully qualified name, the aliased attribute and field
    assert text.startswith(
        '<linked-list>\n  <dk.fredericia.jobcenter.praktik.Praktikaftale sagsnummer="FRE-2027-00731">\n'
    )
    assert "<cvrNummer>31428319</cvrNummer>" in text and "<ydelse>SYGEDAGPENGE</ydelse>" in text
    # the Date in UTC, the LocalDate as ISO, `'` escaped, the null visitation and purpose left out
    assert "<startdato>2027-05-02 22:00:00.0 UTC</startdato>\n    <slutdato>2027-08-27</slutdato>" in text
    assert "&apos;Pakhuset&apos; &amp; lager &lt;max 15 kg&gt;" in text
    assert text.count("<visitation>") == 1 and text.count("<formaal>") == 1
    # the caseworker met a second time
    assert (
        '<sagsbehandler reference="../../dk.fredericia.jobcenter.praktik.Praktikaftale/sagsbehandler"/>'
        in text
    )


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs cleared as they say; no path or transform edited."""
    THIS.check_draft(name, tmp_path)


@pytest.mark.skipif(MISSING is not None, reason=f"needs java with XStream and Super CSV: {MISSING}")
def test_a_second_programmers_list_writer(tmp_path: Path) -> None:
    """The probe: CsvListWriter with STANDARD_PREFERENCE in an English JVM (`,`, `\\r\\n`, `1.50`,
    `31. May 2027`): read by the config with its delimiter changed."""
    data = SCRIPT.variant()
    assert b",04-05-2027,1.50,,Kim Lykke B\xc3\xb8gh,31. May 2027\r\n" in data
    commas = edited_config(tmp_path, THIS.slug, lambda text: text.replace('= ";"', '= ","'))
    assert canonical_records(commas, data, FORMS[0]) == THIS.expected(FORMS[0])


@pytest.mark.skipif(MISSING is not None, reason=f"needs java with XStream and Super CSV: {MISSING}")
def test_a_second_xstream_users_aliases_and_ids(tmp_path: Path) -> None:
    """The probe: the classes aliased and ID_REFERENCES (`<sagsbehandler reference="7"/>`): read by the
    config with its root and rows renamed."""
    data = SCRIPT.xml_variant()
    assert b'<praktikaftaler id="1">\n  <praktikaftale id="2" sagsnummer="FRE-2027-00731">' in data
    assert b'<sagsbehandler reference="7"/>' in data

    def aliased(text: str) -> str:
        text = text.replace('root = "linked-list"', 'root = "praktikaftaler"')
        return text.replace(
            "/linked-list/dk.fredericia.jobcenter.praktik.Praktikaftale", "/praktikaftaler/praktikaftale"
        )

    config = edited_config(tmp_path, THIS.slug, aliased)
    assert canonical_records(config, data, FORMS[1]) == THIS.expected(FORMS[1])
