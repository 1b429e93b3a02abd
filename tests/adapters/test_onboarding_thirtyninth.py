"""The thirty-ninth onboarding trial: Brønderslev (810), forms made by programs no earlier trial used:
placements ended its case system, a Java service, exports with StAX's `XMLStreamWriter`, and a month's
mentor sessions its mentor firm's Perl script writes with Text::CSV_XS
(`tools/make_fixtures_onboarding_thirtyninth.py`, which needs java, and perl with Text::CSV_XS; the
files it wrote are kept, and these tests read them). The expected records were written by hand from the
files, before the hub read them (decision 0060, "Stop 64: trial-86"). The config written by hand read
every value once `date` read C's English weekday ("Mon 02.11.2026", `test_date_english_weekday.py`); so
did the drafts, their optional TODOs cleared as they say, once suggest lent a choice only to its code
(`test_suggest_choice_lent.py`), took no month for a name (`test_suggest_month_name.py`) and read a
session's length between its start and end (`test_suggest_time_spent.py`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records

THIS = Trial("broenderslev", "810", "make_fixtures_onboarding_thirtyninth")
FORMS = ["afslutninger.xml", "mentortimer.csv"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(
    shutil.which("java") is None or shutil.which("perl") is None, reason="needs java and perl"
)
def test_the_kept_forms_are_what_stax_and_text_csv_xs_write() -> None:
    try:
        THIS.check_made(2)
    except SystemExit as missing:  # perl without Text::CSV_XS
        pytest.skip(str(missing))


def test_the_kept_forms_are_staxs_and_text_csv_xss() -> None:
    export = (THIS.golden / FORMS[0]).read_bytes()
    # The declaration StAX was asked for, no line break anywhere, Latin-1 bytes, an en dash (outside
    # Latin-1) as a character reference, `&` and `<` escaped in text, `"` not, an empty note
    assert export.startswith(b'<?xml version="1.0" encoding="ISO-8859-1"?><bs:Afslutninger xmlns:bs=')
    assert b"\n" not in export and "Sønderby".encode("latin-1") in export
    assert b"fra 16.11 &#x2013; l\xf8n" in export and b"Auto &amp; D\xe6k" in export
    assert b'Arbejdsevne &lt;50 % jf. "rehabiliteringsteamets"' in export
    assert b"<bs:SidsteDag>4. december 2026</bs:SidsteDag>" in export and b"<bs:Bemaerkning/>" in export
    sheet = (THIS.golden / FORMS[1]).read_bytes()
    # CRLF, ';', quoted where a space, ';' or '"' is ('"' doubled), an empty field "", Latin-1 bytes
    assert sheet.startswith(b'Mentortimer;"november 2026"\r\nCPR-nr.;031192-4456\r\n')
    assert b'"Mon 02.11.2026";08:00;09:30;1:30;"Opstart og rundvisning"\r\n' in sheet
    assert b'"Fri 13.11.2026";09:00;10:30;1:30;"Samtale om ""gode dage"""\r\n' in sheet
    assert b'"I alt";"";"";9:45;""\r\n' in sheet and "Kjær".encode("latin-1") in sheet


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_record_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizen's and the site's names) cleared as they say,
    the others left as the comments they are (the export's time and municipality, the case number, the
    reason's words; the title's month, the sessions' start, end and content); no path or transform
    edited."""
    data = (THIS.golden / name).read_bytes()
    draft = cleared(THIS.draft(name))
    assert canonical_records(THIS.config(tmp_path, draft), data, name) == THIS.expected(name)
