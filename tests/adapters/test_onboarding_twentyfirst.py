"""The twenty-first onboarding trial: Nyborg (450), forms made by programs no earlier trial used: the end
of a placement as a Java case system's PDF form made and filled with iText 5 (and the same form filled by
pdftk from an FDF), and its grants of mentor support as .NET's XmlSerializer writes them
(`tools/make_fixtures_onboarding_twentyfirst.py`, which needs java, Debian's libitext5-java and pdftk;
the files it wrote are kept, and these tests read them). The expected
records were written by hand from the forms as drawn, before the hub read them. Each test of a change
fails without it (decision 0060, "Twenty-first trial").
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

THIS = Trial("nyborg", "450", "make_fixtures_onboarding_twentyfirst")


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def test_the_kept_forms_are_itexts_and_xmlserializers_own() -> None:
    with pikepdf.open(THIS.golden / "ophoer.pdf") as pdf:
        assert "iText® 5.5.13.3" in str(pdf.docinfo["/Producer"])  # made, then filled by PdfStamper
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        outcome = fields["ophoer_overgang"]
        assert outcome.V == pikepdf.Name("/2")  # the on-states the digits 1 to 8, the words beside them
        assert [str(k.AS) for k in outcome.Kids].count("/Off") == 7
        assert (
            str(fields["ophoer_planlagt"].V) == "30.06.2026"
            and str(fields["ophoer_sidste_dag"].V) == "12.06.2026"
        )
    with pikepdf.open(THIS.golden / "ophoer_fdf.pdf") as pdf:  # the same empty form, filled by pdftk
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        assert fields["ophoer_overgang"].V == pikepdf.Name("/8") and fields["kopi_borger"].V == pikepdf.Name(
            "/Off"
        )
        assert bytes(fields["borger_navn"].V.unparse()).startswith(b"<feff")  # the FDF's UTF-16 kept as such
        assert "\r" in str(
            fields["bemaerkning"].V
        )  # the remark's line break a CR, as Acrobat's FDF writes it
    text = (THIS.golden / "mentorstoette.xml").read_bytes()
    assert text.startswith(b'\xef\xbb\xbf<?xml version="1.0" encoding="utf-8"?>\r\n')
    assert b'xmlns:xsd="http://www.w3.org/2001/XMLSchema" Kommunenr="450"' in text
    assert b"<![CDATA[Mentor deltager" in text and b'<Sagsbehandler xsi:nil="true" />' in text
    assert b"<BevillingsDato>2026-03-30T00:00:00+02:00</BevillingsDato>" in text and not text.endswith(b"\n")


def test_suggest_drafts_the_day_it_ended_not_the_day_planned(tmp_path: Path) -> None:
    """Before: "Planlagt slutdato" (30.06.2026), printed first, was drafted as `ended_on` and "Faktisk
    sidste praktikdag" (12.06.2026) left "also looks like ended_on": the draft, cleared of its TODOs, read
    the end 18 days late, refused nowhere. Now the planned day gives the path to the actual one."""
    draft = cleared(THIS.draft("ophoer.pdf"))
    assert 'path = "ended_on"\n  source = "ophoer_sidste_dag"' in draft
    assert "looks like ended_on, but the day planned" in draft
    # "Virksomhedens navn" under "2. Praktikvirksomheden" is the site's (suggest-69)
    assert '\n  path = "site.name"' in draft
    config = THIS.config(tmp_path, draft)
    data = (THIS.golden / "ophoer.pdf").read_bytes()
    assert canonical_records(config, data, "ophoer.pdf") == THIS.expected("ophoer.pdf")
    # pdftk's fill of the same form, "Andet ophør" chosen: drafted as stopped_other (suggest-69)
    assert '"8" = "stopped_other"' in draft
    data = (THIS.golden / "ophoer_fdf.pdf").read_bytes()
    assert canonical_records(config, data, "ophoer_fdf.pdf") == THIS.expected("ophoer_fdf.pdf")


def test_the_day_planned_gives_way_to_the_day_it_ended_and_alone_keeps_it() -> None:
    """A sheet of labels as a CSV: the actual last day after the planned one is `ended_on`; a form that
    prints only the day planned still has it drafted, nothing else saying the last day."""
    head = "Afslutning af praktik\nCPR-nr.;010190-1234\nP-nummer;1012345678\nPlanlagt slutdato;30.06.2026\n"
    for data, label in (
        (head + "Sidste praktikdag;12.06.2026\n", "Sidste praktikdag"),
        (head, "Planlagt slutdato"),
    ):
        draft = render(suggest(extract(data.encode(), "afslutning.csv", READ_OPTIONS), "afslutning.csv"))
        assert f'path = "ended_on"\n  source = "next:{label}"' in draft


def test_suggests_draft_maps_the_grants_to_the_records_written_by_hand(tmp_path: Path) -> None:
    """Before: the root's `@Kommunenr` (450) was drafted as the mentor's name ("MentorstoetteEksport
    Kommunenr" read as a mentor's), and the mentor's own `<Navn>` left "also looks like"; the citizen's
    and the site's `<Navn>` were "not recognised", their TODO saying nothing of the names. Now the mentor's
    name is their `<Navn>`, and the names are TODOs saying the record may hold them; cleared as they say
    (and "Ansaettelse" drafted as the mentor's employer, a map of every grant's value: suggest-69), the
    draft maps every grant."""
    draft = cleared(THIS.draft("mentorstoette.xml"))
    assert 'path = "mentor.name"\n  source = "d:Mentor/d:Navn"' in draft
    assert 'source = "/d:MentorstoetteEksport/@Kommunenr"' in draft.split('path = "mentor.name"')[0]
    assert 'path = "citizen.name"\n  source = "d:Borger/d:Navn"' in draft
    assert 'path = "site.name"\n  source = "d:Praktiksted/d:Navn"' in draft
    assert '\n  path = "mentor.employer"' in draft
    data = (THIS.golden / "mentorstoette.xml").read_bytes()
    config = THIS.config(tmp_path, draft)
    assert canonical_records(config, data, "mentorstoette.xml") == THIS.expected("mentorstoette.xml")


def test_a_sections_name_is_not_its_childrens_meaning() -> None:
    """Under `<Mentor>` an attribute the words tables do not know is no mentor's name, and a root named
    for mentor support gives its attributes no mentor; `<Bevilget><Dato>` is still the day granted."""
    xml = (
        b'<MentorBevilling nr="77"><Borger><CPR>010190-1234</CPR></Borger>'
        b'<Mentor Kategori="B"><Navn>Jens Bak</Navn></Mentor><Bevilget><Dato>28.07.2026</Dato></Bevilget>'
        b"</MentorBevilling>"
    )
    draft = render(suggest(extract(xml, "bevilling.xml", READ_OPTIONS), "bevilling.xml"))
    assert 'path = "mentor.name"\n  source = "/MentorBevilling/Mentor/Navn"' in draft
    assert 'path = "granted_on"\n  source = "/MentorBevilling/Bevilget/Dato"' in draft
    assert (
        '# source = "/MentorBevilling/@nr"' in draft
        and '# source = "/MentorBevilling/Mentor/@Kategori"' in draft
    )
