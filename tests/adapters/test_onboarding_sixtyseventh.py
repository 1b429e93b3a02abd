"""The sixty-seventh onboarding trial: Aarhus (751), forms made by programs no earlier trial used: the
month's new placement agreements its job centre's Spring-era case system writes with Jackson's
`XmlMapper` and its defaults (2.14 with Woodstox: one line, no declaration, the root named after its class,
a list wrapped twice under one name, a `null` an empty element or, under `@JsonInclude(NON_NULL)`, left
out, a BigDecimal as written, each day a `java.util.Date`'s timestamp in milliseconds made at Aarhus'
midnight), and the month's mentor visits its older Tcl integration writes with tcllib's `csv::joinlist`
and a `;` (quotes only where needed, Latin-1 bytes, an empty line at the end, days `03.05.2027`, hours
with a decimal comma) (`tools/make_fixtures_onboarding_sixtyseventh.py`, which needs java with Jackson
and Woodstox, and tclsh with tcllib; the files it wrote are kept, and these tests read them). The
expected records were written by hand from the files' text, before the hub read them (decision 0060,
"Stop 72: trial-125"). The config written by hand and suggest's drafts read both right at the base."""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import Trial, edited_config, trial_registry
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records

THIS = Trial("aarhus", "751", "make_fixtures_onboarding_sixtyseventh")
FORMS = ["mentortimer.csv", "praktikaftaler.xml"]
SCRIPT = fixture_script(THIS.script)
MISSING = SCRIPT.missing()


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(MISSING is not None, reason=f"needs java with Jackson, and tcllib: {MISSING}")
def test_the_kept_forms_are_what_jackson_and_tcllib_make() -> None:
    THIS.check_made(len(FORMS))


def test_the_kept_visits_are_tcllibs() -> None:
    data = (THIS.golden / FORMS[0]).read_bytes()
    # Latin-1: Tcl's system encoding under LANG=C; no BOM
    lines = data.decode("latin-1").split("\n")
    assert lines[0] == "cpr;navn;pnr;arbejdssted;mentor;mentor_ansat;dato;timer;attesteret_af;attesteret_dato"
    assert b"Kj\xe6r \xd8stergaard" in data
    # quoted only where a value holds the separator or a quote; a quote doubled; the decimal comma bare
    assert ';"Aarhus Havn; Containerterminalen";' in lines[1] and ";03.05.2027;1,5;" in lines[1]
    assert ';"Café ""Åen"", Åboulevarden";' in lines[4]
    # csv::joinlist ends every row with "\n" and `puts` adds one: an empty line at the end
    assert len(lines) == 8 and data.endswith(b"\n\n")


def test_the_kept_agreements_are_jacksons() -> None:
    text = (THIS.golden / FORMS[1]).read_text(encoding="utf-8")
    # no declaration, one line, the root the class's name, the list wrapped twice under one name
    assert text.startswith('<AftaleUdtraek kommunekode="751"><aftaler><aftaler sagsnr="AAR-2027-0412">')
    assert "\n" not in text and text.endswith("</aftaler></aftaler></AftaleUdtraek>")
    # a Date's milliseconds, a BigDecimal as written, a Boolean, a null an empty element
    assert "<startdato>1809295200000</startdato>" in text and "<timerPrUge>18.50</timerPrUge>" in text
    assert "<mentorAnsatIVirksomheden>false</mentorAnsatIVirksomheden>" in text
    assert "<visitation/>" in text and text.count("<formaal>") == 1
    # Woodstox escapes `<` and `&` in text, not `>`
    assert "&lt;max 10 kg> &amp; kasse" in text


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs cleared as they say; no path or transform edited."""
    THIS.check_draft(name, tmp_path)


@pytest.mark.skipif(MISSING is not None, reason=f"needs java with Jackson, and tcllib: {MISSING}")
def test_a_second_tcl_users_commas(tmp_path: Path) -> None:
    """The probe: csv::joinlist's default `,`, so the decimal comma is quoted (`"1,5"`): read by the config
    with its delimiter changed."""
    data = SCRIPT.variant()
    assert b',03.05.2027,"1,5",' in data and b"Aarhus Havn; Containerterminalen," in data
    commas = edited_config(tmp_path, THIS.slug, lambda text: text.replace('= ";"', '= ","'))
    expected = THIS.expected("mentortimer")
    assert canonical_records(commas, data, FORMS[0]) == expected


@pytest.mark.skipif(MISSING is not None, reason=f"needs java with Jackson, and tcllib: {MISSING}")
def test_a_second_java_programmers_indented_agreements() -> None:
    """The probe: INDENT_OUTPUT and WRITE_XML_DECLARATION (`<?xml version='1.0' encoding='UTF-8'?>`, single
    quotes): read by the config unchanged."""
    data = SCRIPT.xml_variant()
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<AftaleUdtraek kommunekode=\"751\">\n")
    expected = THIS.expected("praktikaftaler")
    assert canonical_records(trial_registry().get(THIS.slug), data, FORMS[1]) == expected
