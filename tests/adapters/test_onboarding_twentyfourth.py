"""The twenty-fourth onboarding trial: Skive (779), forms made by programs no earlier trial used: a grant
of mentor support the web case system prints from its HTML form with WeasyPrint's PDF forms (each radio
button a field named as its group), and its placements an XSLT's output, run by xsltproc, in three
prefixed namespaces (`tools/make_fixtures_onboarding_twentyfourth.py`, which needs WeasyPrint and
xsltproc; the files it wrote are kept, and these tests read them). The expected records were written by
hand from the forms as drawn, before the hub read them. Each test of a change fails without it (decision
0060, "Stop 60: trial-71").
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import CONFIG, Trial, cleared

from hub.adapters.language.golden import canonical_records
from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.choices import classify_choice
from hub.errors import Rejection

THIS = Trial("skive", "779", "make_fixtures_onboarding_twentyfourth")
EMPLOYER = "mentor.ansat.mentor.ansat"  # the reader's name for WeasyPrint's buttons named as their group


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def test_the_kept_forms_are_weasyprints_and_xsltprocs() -> None:
    with pikepdf.open(THIS.golden / "mentorstoette.pdf") as pdf:
        assert str(pdf.docinfo["/Producer"]) == "WeasyPrint 70.0" and pdf.Root.AcroForm.NeedAppearances
        fields = [f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == "mentor.ansat"]
        group = next(f for f in fields if "/Kids" in f)
        # the group's on-states are the buttons' indexes, its HTML values in /Opt, and each button is a
        # field of the group's name, listed among the form's fields too
        assert group.V == pikepdf.Name("/0") and [str(o) for o in group.Opt] == ["virksomhed", "jobcenter"]
        assert [str(k.T) for k in group.Kids] == ["mentor.ansat", "mentor.ansat"] and len(fields) == 3
        rate = next(f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == "bevilling.sats")
        assert str(rate.V) == "298.00" and [str(x) for x in rate.Opt[1]] == ["298.00", "298,00 kr."]
    text = (THIS.golden / "praktikaftaler.xml").read_text(encoding="utf-8")
    assert 'xmlns:cpr="urn:oio:cpr-dk:1.0.0"' in text and "<pa:TimerPrUge>18,5</pa:TimerPrUge>" in text
    assert "<pa:Visitation/>" in text


def _draft(name: str) -> str:
    """Suggest's draft, its TODOs cleared as they say (the export's codes `V` and `J` given)."""
    draft = cleared(THIS.draft(name))
    return draft.replace('"V" = "TODO"  # TODO', '"V" = "company"').replace(
        '"J" = "TODO"  # TODO', '"J" = "jobcentre"'
    )


@pytest.mark.parametrize("name", ["mentorstoette.pdf", "mentorstoette_jobcenter.pdf", "praktikaftaler.xml"])
def test_suggests_draft_maps_the_form_to_the_record_written_by_hand(name: str, tmp_path: Path) -> None:
    """Before: the grant whose mentor is the job centre's (its second button chosen) was refused
    "nothing chosen", by the draft as by a config written by hand: WeasyPrint's buttons, each a field
    named as its group under the group, were read as two fields of one name, the first button's the
    one a config reads. Now radio buttons of one qualified name are one field, their boxes together
    (`readers/pdf_fields.py`), and its draft maps the second button's export value (below)."""
    data = (THIS.golden / name).read_bytes()
    assert canonical_records(THIS.config(tmp_path, _draft(name)), data, name) == THIS.expected(name)


def test_the_draft_of_one_grant_reads_the_other(tmp_path: Path) -> None:
    """Before: the first grant's draft mapped its chosen button's value only (`"virksomhed" =
    "company"`) and left the second button "a radio group that also looks like mentor.employer, taken
    above": the other grant was refused. Now one group, both its values mapped."""
    draft = THIS.draft("mentorstoette.pdf")
    assert '"jobcenter" = "jobcentre"' in draft and "taken above" not in draft
    config = THIS.config(tmp_path, _draft("mentorstoette.pdf"))
    name = "mentorstoette_jobcenter.pdf"
    assert canonical_records(config, (THIS.golden / name).read_bytes(), name) == THIS.expected(name)


def test_words_printed_alike_beside_two_buttons_leave_each_to_its_export_value() -> None:
    """Before: the reader gives each of WeasyPrint's buttons the whole line under the row ("i virksomheden
    i jobcentret"), and the draft took both for the first value those words name: `"jobcenter" =
    "company"`, a job centre's mentor read as the company's in silence. Words printed alike beside two
    buttons tell neither apart; each button's export value is looked at instead."""
    words = "i virksomheden i jobcentret"
    cand = Candidate(
        "ansat",
        ("Mentor er ansat",),
        value="virksomhed",
        options=("virksomhed", "jobcenter"),
        kind="radio",
        printed=(("virksomhed", words), ("jobcenter", words)),
    )
    drafted = classify_choice(cand, "mentor_support", {})
    assert drafted.path == "mentor.employer"
    assert drafted.targets == {"virksomhed": "company", "jobcenter": "jobcentre"}


def test_a_field_named_by_its_groups_name_is_refused_with_the_whole_name(tmp_path: Path) -> None:
    """Before: a config naming the HTML's `mentor.ansat` was refused "the form has no field named
    'mentor.ansat'", and nothing said the reader names WeasyPrint's buttons `mentor.ansat.mentor.ansat`.
    Now the refusal names the fields inside the one named (`SourceIndex.nested`)."""
    grant = (CONFIG / "skive.toml").read_text(encoding="utf-8").split("[[forms]]")[1]
    config = THIS.config(tmp_path, "[[forms]]" + grant.replace(EMPLOYER, "mentor.ansat"))
    with pytest.raises(Rejection) as raised:
        canonical_records(config, (THIS.golden / "mentorstoette.pdf").read_bytes(), "mentorstoette.pdf")
    (problem,) = raised.value.problems
    assert (
        problem.locator == "mentor.ansat" and f'it has "{EMPLOYER}", a field inside it' in problem.reason_en
    )
    assert f'den har "{EMPLOYER}", et felt inde i det: skriv hele navnet' in problem.reason_da
