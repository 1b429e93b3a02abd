"""The seventieth onboarding trial: Aalborg (851), forms made by programs no earlier trial used: the
month's new placement agreements its job centre's in-house C++ integration writes with pugixml's
`xml_document::save` at its defaults (a tab a level, `<?xml version="1.0"?>`, attributes beside elements,
the weekly hours a double through `std::to_string`, `18.500000`, the mentor's employer a `bool`,
`true`/`false`, no visitation `<visitation />`, the purpose CDATA), and the month's mentor visits its
analyst's R script exports with readr's `write_excel_csv2` (a BOM, `;`, every text, number and date
quoted, a logical and `NA` bare, hours `"1,50"`, the moment approved `"2027/09/30 14:05:00"`)
(`tools/make_fixtures_onboarding_seventieth.py`, which needs g++ with pugixml, and R's readr; the files it
wrote are kept, and these tests read them). The expected records were written by hand from the files'
text, before the hub read them (decision 0060, "Stop 73: trial-130"). The config written by hand reads
both right at the base; suggest's draft of the visits left the employer out until `suggest/flags.py`
offered R's `TRUE`/`FALSE` flag on a timesheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import Trial, trial_registry
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.form_items import map_items
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract

THIS = Trial("aalborg", "851", "make_fixtures_onboarding_seventieth")
FORMS = ["mentortimer.csv", "praktikaftaler.xml"]
SCRIPT = fixture_script(THIS.script)
MISSING = SCRIPT.missing()


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(MISSING is not None, reason=f"needs g++ with pugixml, and R's readr: {MISSING}")
def test_the_kept_forms_are_what_pugixml_and_readr_make() -> None:
    THIS.check_made(len(FORMS))


def test_the_kept_visits_are_readrs_write_excel_csv2() -> None:
    data = (THIS.golden / FORMS[0]).read_bytes()
    assert data.startswith(b'\xef\xbb\xbf"cpr";"borger";"pnummer";')  # a BOM, the header quoted
    lines = data.decode("utf-8-sig").split("\n")
    # every text, number and date quoted, a logical bare; hours padded to the column's decimals
    assert ';"Jens Præstegaard";TRUE;"2027-09-06";"1,50";"Opstart, ""rundvisning""";' in lines[1]
    assert ';"2027/09/30 14:05:00"' in lines[1] and ';"2,00";NA;' in lines[3]
    # a course not yet approved: NA bare for its approver and the moment approved
    assert lines[5].endswith(';FALSE;"2027-09-14";"3,00";NA;NA;NA') and lines[-1] == ""


def test_the_kept_agreements_are_pugixmls() -> None:
    text = (THIS.golden / FORMS[1]).read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0"?>\n<praktikaftaler kommunekode="851" jobcenter=')
    assert "\n\t\t<timer_pr_uge>18.500000</timer_pr_uge>\n" in text  # a tab a level; std::to_string
    assert '<mentor virksomhedens_egen="false">' in text and "<visitation />" in text
    assert "<formaal><![CDATA[Afprøvning af arbejdsevne: fodring & rengøring, løft <5 kg]]></formaal>" in text


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs cleared as they say; no path or transform edited."""
    THIS.check_draft(name, tmp_path)


@pytest.mark.skipif(MISSING is not None, reason=f"needs g++ with pugixml, and R's readr: {MISSING}")
@pytest.mark.parametrize("variant", ["raw_variant", "latin1_variant"])
def test_a_second_cpp_programmers_agreements(variant: str) -> None:
    """The probes: `format_raw | format_no_declaration` (one line) and `encoding_latin1` (an
    `ISO-8859-1` declaration, Latin-1 bytes): read by the config unchanged."""
    data = getattr(SCRIPT, variant)()
    assert data.startswith(b"<praktikaftaler ") or b'encoding="ISO-8859-1"' in data.split(b"\n")[0]
    assert canonical_records(trial_registry().get(THIS.slug), data, FORMS[1]) == THIS.expected(FORMS[1])


@pytest.mark.skipif(MISSING is not None, reason=f"needs g++ with pugixml, and R's readr: {MISSING}")
def test_a_second_r_users_write_csv2() -> None:
    """The probe: readr's `write_csv2`, quotes only where needed, the moment approved in UTC
    (`2027-09-30T12:05:00Z`, 14:05 in Aalborg) and `NA` bare for a text as for a missing value: the
    approved course reads as by hand, the one not yet approved is refused at its `NA` signer, naming
    readr's options (`test_readr_na_advice`)."""
    data = SCRIPT.csv2_variant()
    assert b";Jens Pr\xc3\xa6stegaard;2027-09-30T12:05:00Z\n" in data
    [form] = [f for f in trial_registry().get(THIS.slug).forms if f.format == "csv"]
    items = map_items(extract(data, FORMS[0], READ_OPTIONS), form, "0" * 64, FORMS[0], THIS.code)
    assert [i.mapped.record for i in items if i.mapped is not None] == THIS.expected(FORMS[0])[:1]
    assert [[p.field for p in i.problems] for i in items if i.mapped is None] == [["signed_by"]]
