"""The fifty-fourth onboarding trial: Frederikssund (250), forms made by programs no earlier trial used: a
placement agreement its job centre's Java module renders from an XHTML template with Flying Saucer (R8 on
iText 2.1.7; Flying Saucer's own TextFormField, CheckboxFormField and SelectFormField, which Debian's R8
ships but does not wire: the module's factory hands them each `<input>` and `<select>`), and the month's
mentor visits its mentor firm's R script writes with xml2 (a visit's length R's `format()` of a difftime,
"1.5 hours", "45 mins", "1 hours") (`tools/make_fixtures_onboarding_fiftyfourth.py`, which needs javac,
Flying Saucer and R's xml2; the files it wrote are kept, and these tests read them). The expected records
were written by hand from the files, before the hub read them (decision 0060, "Stop 68: trial-112"). The
config written by hand read the agreement at the base and the visits once the hours transform read R's
units (`test_hours_r_difftime.py`); suggest's draft of the visits was refused whole for the length's
words (`test_suggest_worded_lengths.py`) and the empty `<borger>` beside its `@navn`
(`test_suggest_optional_carrier.py`)."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial
from simulator_support import fixture_script

from hub.adapters.language.golden import unpaired

THIS = Trial("frederikssund", "250", "make_fixtures_onboarding_fiftyfourth")
FORMS = ["praktikaftale.pdf", "mentortimer.xml"]
JARS = os.environ.get("FLYING_SAUCER_JARS", "/usr/share/java/core-renderer.jar:/usr/share/java/itext.jar")
# iText 2 draws the document's /ID from the clock and the free memory: the one part no two runs share
ITEXT_ID = re.compile(rb"/ID \[<[0-9a-f]{32}><[0-9a-f]{32}>\]")


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(
    shutil.which("javac") is None
    or not all(Path(jar).is_file() for jar in JARS.split(":"))
    or shutil.which("Rscript") is None,
    reason="needs javac with Flying Saucer (FLYING_SAUCER_JARS) and R with xml2",
)
def test_the_kept_forms_are_what_flying_saucer_and_xml2_write() -> None:
    rendered = fixture_script(THIS.script).render_all()
    assert len(rendered) == 2
    for path, data in rendered.items():
        assert ITEXT_ID.sub(b"", path.read_bytes()) == ITEXT_ID.sub(b"", data), path
    assert unpaired(THIS.golden) == []


def test_the_kept_forms_are_flying_saucers_and_xml2s() -> None:
    with pikepdf.open(THIS.golden / FORMS[0]) as pdf:
        # Flying Saucer's on iText 2: PDF 1.4, the module's fixed dates, the fields named as the inputs
        assert pdf.pdf_version == "1.4" and str(pdf.docinfo["/Producer"]) == "iText 2.1.7 by 1T3XT"
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        assert len(fields) == 17 and str(fields["praktik[startdato]"].V) == "2027-03-15"
        # a <select> whose options have no value: each option's words its export value and its text
        benefit = fields["praktik[ydelse]"]
        assert benefit.FT == "/Ch" and benefit.Ff == 131072 and str(benefit.V) == "Kontanthjælp"
        assert [str(o[0]) for o in benefit.Opt][:2] == ["Kontanthjælp", "Uddannelseshjælp"]
        box = fields["praktik[mentor_ansat_i_virksomheden]"]
        assert box.FT == "/Btn" and box.V == "/Yes" and box.AS == "/Yes"
    text = (THIS.golden / FORMS[1]).read_text(encoding="utf-8")
    # xml2's write_xml: its declaration, two spaces a level, empty elements `/>`, R's units per visit
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<mentortimer kommune="250"')
    assert '    <borger cpr="240392-2716" navn="Nikolaj Østergaard Brink"/>\n' in text
    assert (
        'varighed="1.5 hours">Opstart' in text and 'varighed="45 mins">Arbejdsstillinger &lt;bænk&gt;' in text
    )
    assert 'varighed="1 hours">Samtale med leder' in text
    assert '<godkendt af="Hanne Skovgaard">2027-04-01 08:05:00</godkendt>' in text


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizen's and the site's names in the XML) cleared
    as they say; no path or transform edited."""
    THIS.check_draft(name, tmp_path)
