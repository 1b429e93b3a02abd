"""The seventy-first onboarding trial: Odense (461), forms made by programs no earlier trial used: the
month's progress reports its case system's Rails-era nightly job writes with Ruby's Ox, an `Ox::Document`
built by hand and `Ox.dump(doc, indent: 2)` (no XML declaration, a blank first line, attribute values
through `to_s`: the day measured a Time `2027-11-02 00:30:00 +0100`, the scores Integers as attributes of
one empty element, no note `<note/>`), and the month's mentor visits its mentor firm's old Lua glue script
writes by hand with `string.format` and `table.concat` (`;`, a field quoted only where it holds `;` or
`"`, hours `%.2f`, days `os.date("%d-%m-%Y")`, the moment approved `2027-10-29 15:40`, the employer
`true`/`false`, a visit not yet approved empty fields) (`tools/make_fixtures_onboarding_seventyfirst.py`,
which needs Ruby's Ox and Lua 5.4; the files it wrote are kept, and these tests read them). The expected
records were written by hand from the files' text, before the hub read them (decision 0060, "Stop 73:
trial-133"). The config written by hand and suggest's drafts read both right at the base."""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import Trial, cleared, trial_registry
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.errors import Rejection

THIS = Trial("odense", "461", "make_fixtures_onboarding_seventyfirst")
FORMS = ["mentortimer.csv", "statusudtalelser.xml"]
SCRIPT = fixture_script(THIS.script)
MISSING = SCRIPT.missing()


def _draft_reads(data: bytes, name: str, tmp_path: Path) -> list[dict[str, object]]:
    """The records suggest's draft of `data`, its optional TODOs cleared, reads from it."""
    draft = render(suggest(extract(data, name, READ_OPTIONS), name, data)).split("\n\n", 1)[1]
    return canonical_records(THIS.config(tmp_path, cleared(draft)), data, name)


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(MISSING is not None, reason=f"needs Ruby's Ox and Lua 5.4: {MISSING}")
def test_the_kept_forms_are_what_ox_and_lua_make() -> None:
    THIS.check_made(len(FORMS))


def test_the_kept_visits_are_the_lua_scripts() -> None:
    lines = (THIS.golden / FORMS[0]).read_text(encoding="utf-8").split("\n")
    assert lines[0] == (
        "cpr;navn;pnr;praktiksted;mentor;virksomhedsmentor;dato;timer;bemaerkning;godkendt_af;godkendt"
    )
    # quoted only where a `;` is; %.2f; os.date's days; tostring of a boolean
    assert lines[1].endswith(
        ';"Odense Zoo; Søndre Boulevard";Lise Bøgh;true;04-10-2027;1.50;Opstart;Lise Bøgh;2027-10-29 15:40'
    )
    # a doubled quote; a visit not yet approved: empty fields
    assert lines[5].endswith(';"Mentorhuset ""Fyn"" ApS";false;19-10-2027;3.00;;;') and lines[-1] == ""


def test_the_kept_reports_are_oxs_dump() -> None:
    text = (THIS.golden / FORMS[1]).read_text(encoding="utf-8")
    # no declaration: a blank first line, then the root
    assert text.startswith('\n<statusudtalelser kommunekode="461" jobcenter="Jobcenter Odense">\n  <')
    assert '<statusudtalelse id="5521" status="aktiv" samtykke="true">' in text  # to_s of a Symbol, a boolean
    assert "<maalt>2027-11-02 00:30:00 +0100</maalt>" in text  # Time#to_s: 1 November 23:30 in UTC
    assert '<vurdering fremmoede="2" punktlighed="1"' in text and "<note/>" in text


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs cleared as they say; no path or transform edited."""
    THIS.check_draft(name, tmp_path)


@pytest.mark.skipif(MISSING is not None, reason=f"needs Ruby's Ox and Lua 5.4: {MISSING}")
def test_a_second_ruby_programmers_reports(tmp_path: Path) -> None:
    """The probe: `with_xml: true` and the scores as child elements. The config written for the
    attributes refuses them (a scores path names an attribute the file does not have); suggest's draft
    of the probe reads it as by hand."""
    data = SCRIPT.declared_variant()
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<statusudtalelser ')
    with pytest.raises(Rejection, match="not found in the document: vurdering/@fremmoede"):
        canonical_records(trial_registry().get(THIS.slug), data, FORMS[1])
    assert _draft_reads(data, FORMS[1], tmp_path) == THIS.expected(FORMS[1])


@pytest.mark.skipif(MISSING is not None, reason=f"needs Ruby's Ox and Lua 5.4: {MISSING}")
def test_a_second_lua_scripts_visits(tmp_path: Path) -> None:
    """The probe: `,` between fields, every text quoted, hours `%.1f`: suggest's draft reads it, but
    `%.1f` has rounded the quarter hours away before the hub sees them (0.75 written `0.8`, 1.25 `1.2`,
    C's rounding of the nearest double), which no reader can undo: the weeks are 2.3, 2.0 and 1.2."""
    data = SCRIPT.comma_variant()
    assert b',"Lise B\xc3\xb8gh",true,"06-10-2027","0.8",,"Lise B\xc3\xb8gh",' in data
    [first, second] = _draft_reads(data, FORMS[0], tmp_path)
    assert first["entries"] == [
        {"week": "2027-W40", "hours": "2.3"},
        {"week": "2027-W41", "hours": "2.0"},
        {"week": "2027-W43", "hours": "1.2"},
    ]
    assert first["total_hours"] == "5.5" and second == THIS.expected(FORMS[0])[1]
