"""`xml_elsewhere`: an element of the name a config reads as rows, found where the rows' path does not
reach, refused at its XPath; mutation fuzzing found each left out unsaid (decision 0064, "Stop 53:
stray-61"). The forms are the golden ones, changed as the fuzzer's `xml/move` changed them."""

from __future__ import annotations

import pytest
from onboarding_trial import Trial, trial_registry
from pipeline import GOLDEN, repository_registry

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.xml_elsewhere import rows_and_strays
from hub.adapters.readers.base import Extraction, SourceValue
from hub.errors import FieldProblem, Rejection

TOENDER = Trial("toender", "550", "make_fixtures_onboarding_sixth")

# Tønder's second grant's first week, as the golden form writes it.
WEEK = """<ks:Uge>
          <ks:Fra>2026-03-15T23:00:00Z</ks:Fra>
          <ks:Timer>1.50</ks:Timer>
        </ks:Uge>"""


def _week_moved(where: str, to: str) -> FieldProblem:
    """The one problem of Tønder's form with the week `WEEK` taken out and the first `where` made `to`."""
    data = (TOENDER.golden / "mentor_hours.xml").read_text(encoding="utf-8")
    assert data.count(WEEK) == 1
    moved = data.replace(WEEK, "").replace(where, to, 1)
    with pytest.raises(Rejection) as info:
        canonical_records(trial_registry().get("toender"), moved.encode(), "timer.xml")
    (problem,) = info.value.problems
    return problem


def test_a_week_moved_inside_the_p_number_is_refused_at_its_xpath() -> None:
    """60/xml/move/9: the week of 1.5 hours moved into `<PNummer>`, whose text is read as the P-number.
    Before: accepted with the grant's total 1.5 hours short (the `<Uge>` was no row of `ks:Uger/ks:Uge`)."""
    problem = _week_moved("<ks:PNummer>1067890123</ks:PNummer>", f"<ks:PNummer>1067890123{WEEK}</ks:PNummer>")
    assert problem.locator == "/Udtraek[1]/Borger[1]/Bevilling[2]/PNummer[1]/Uge[1]"
    assert problem.reason_en.startswith(
        "a <Uge> element inside <PNummer>, outside the form's rows (ks:Uger/ks:Uge): this row is not read"
    )
    assert problem.reason_da.startswith("et <Uge>-element inde i <PNummer>, uden for blankettens rows")


def test_a_grant_nested_in_another_grants_period_is_refused_at_its_xpath() -> None:
    """61/xml/move/19: Rødovre's first grant (Sara Lindholm's) moved inside the second's `<Periode>`.
    Before: the second grant was accepted and the first lost without a word."""
    data = (GOLDEN / "roedovre" / "mentor_support.xml").read_text(encoding="utf-8")
    first = data[data.index("<r:Bevilling ") : data.index("</r:Bevilling>") + len("</r:Bevilling>")]
    period = '<r:Periode fra="2026-08-17" til="2026-10-30"/>'
    moved = data.replace(first, "", 1).replace(
        period, f'<r:Periode fra="2026-08-17" til="2026-10-30">{first}</r:Periode>'
    )
    assert moved.count("<r:Bevilling ") == 2
    with pytest.raises(Rejection) as info:
        canonical_records(repository_registry().get("roedovre"), moved.encode(), "bevillinger.xml")
    (problem,) = info.value.problems
    assert problem.locator == "/Mentorbevillinger[1]/Bevilling[1]/Periode[1]/Bevilling[1]"
    assert "a <Bevilling> element inside <Periode>, outside the form's rows" in problem.reason_en
    assert "this record is not read" in problem.reason_en


def test_a_week_moved_out_of_every_grant_refuses_the_document_at_its_xpath() -> None:
    """A week of 1.5 hours moved out of Tønder's second grant, to the citizen beside the grants: the rows
    `ks:Uger/ks:Uge` are read inside each grant, so it was no grant's, and every grant was accepted, the
    second 1.5 hours short (decision 0060, "Stop 54: stray-62"). Which grant is short cannot be told."""
    problem = _week_moved("</ks:Borger>", f"{WEEK}</ks:Borger>")
    assert problem.locator == "/Udtraek[1]/Borger[1]/Uge[1]"
    assert problem.reason_en.startswith(
        "a <Uge> element outside every record the form reads (/ks:Udtraek/ks:Borger/ks:Bevilling): this"
        " row (ks:Uger/ks:Uge) belongs to no record and is not read"
    )
    assert problem.reason_da.startswith("et <Uge>-element uden for alle de poster, blanketten læser")


NS, OTHER = "urn:x:1", "urn:x:2"


def _index(*keys: tuple[str, str]) -> SourceIndex:
    values = tuple(SourceValue(key, text, {}) for key, text in keys)
    return SourceIndex(Extraction("xml", values, {"nsmap": {}}), namespaces={"u": NS})


def test_only_the_rows_own_name_and_predicates_are_refused_outside() -> None:
    """A `<Dag>` of another namespace, or one the rows' predicate leaves out, inside a note is not a row
    the config reads: left alone, as a note's markup is. One of the rows' name and kind is refused."""
    day = f"/{{{NS}}}Uge[1]/{{{NS}}}Dag"
    note = f"/{{{NS}}}Uge[1]/{{{NS}}}Note[1]"
    index = _index(
        (f"{day}[1]/@type", "ny"),
        (note, "se "),
        (f"{note}/{{{OTHER}}}Dag[1]/@type", "ny"),
        (f"{note}/{{{NS}}}Dag[1]/@type", "gammel"),
        (f"{note}/{{{NS}}}Dag[2]/@type", "ny"),
    )
    found = [(key, why is not None) for key, why in rows_and_strays(index, "/u:Uge/u:Dag[@type='ny']")]
    assert found == [(f"{day}[1]", False), (f"{note}/{{{NS}}}Dag[2]", True)]
