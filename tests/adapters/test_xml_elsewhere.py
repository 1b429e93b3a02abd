"""`xml_elsewhere`: a `rows` selector's elements written in another namespace, refused in their place,
against a hand-built extraction (decision 0060, "Stop 52: noticed-59")."""

from __future__ import annotations

import pytest
from onboarding_trial import Trial, trial_registry

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.xml_elsewhere import label, rows_and_strays
from hub.adapters.readers.base import Extraction, SourceValue
from hub.errors import Rejection

NS, NEXT = "urn:x:1", "urn:x:2"
KERTEMINDE = "urn:dk:kerteminde:jobcenter:mentortid:1"  # the ninth trial's app's namespace
ROOT = f"/{{{NS}}}Uge[1]"


def _week() -> SourceIndex:
    """A week of days: two in the config's namespace, two in the next one's, each with its benefit code
    as a child in its own namespace."""
    days = ((NS, 1, "KH"), (NEXT, 1, "KH"), (NS, 2, "UH"), (NEXT, 2, "UH"))
    values = tuple(
        SourceValue(f"{ROOT}/{{{uri}}}Dag[{n}]/{{{uri}}}Kode[1]", code, {}) for uri, n, code in days
    )
    return SourceIndex(Extraction("xml", values, {"nsmap": {}}), namespaces={"u": NS})


def _refused(selector: str) -> list[tuple[str, bool]]:
    return [(key, why is not None) for key, why in rows_and_strays(_week(), selector)]


def test_a_stray_is_refused_where_it_satisfies_the_predicates_read_in_its_own_namespace() -> None:
    """A child's text by its local name in the stray's own namespace, as the next schema writes it; a stray
    whose code the predicate leaves out stays left out, as the config's own do. Before: with predicates,
    no stray was looked at, and the day of the next namespace coded KH was left out without a word."""
    assert _refused("/u:Uge/u:Dag[u:Kode='KH']") == [
        (f"{ROOT}/{{{NS}}}Dag[1]", False),
        (f"{ROOT}/{{{NEXT}}}Dag[1]", True),
    ]


def test_a_positional_predicate_counts_among_the_strays_own_namespace() -> None:
    """`Dag[2]` of the next namespace is its second day there (as its key counts), not the document's."""
    assert _refused("/u:Uge/u:Dag[u:Kode='UH'][1]") == [
        (f"{ROOT}/{{{NS}}}Dag[2]", False),
        (f"{ROOT}/{{{NEXT}}}Dag[2]", True),
    ]


def test_the_label_names_the_step_whose_namespace_differs() -> None:
    """A `<Blok>` of the next namespace holding a day of the config's own: before, the label said the
    day's namespace, urn:x:1, the one the config reads, which says nothing of why it is refused."""
    key = f"{ROOT}/{{{NEXT}}}Blok[1]/{{{NS}}}Dag[1]"
    assert label(key, "/u:Uge/u:Blok/u:Dag", {"u": NS}) == (
        "/Uge[1]/Blok[1]/Dag[1] (<Blok> in urn:x:2)",
        "/Uge[1]/Blok[1]/Dag[1] (<Blok> i urn:x:2)",
    )
    # Where the element's own step is the one apart, it stays said as before.
    assert label(f"{ROOT}/{{{NEXT}}}Dag[2]", "/u:Uge/u:Dag", {"u": NS}) == (
        "/Uge[1]/Dag[2] (urn:x:2)",
        "/Uge[1]/Dag[2] (urn:x:2)",
    )


def test_a_days_block_in_another_namespace_is_named_at_the_block() -> None:
    """Kerteminde's month (the ninth trial) with its `<Dage>` under another namespace, each day declared
    back in the app's own: the days are refused (none is a row of `rows`), the label naming `<Dage>`.
    Before: "(urn:dk:kerteminde:jobcenter:mentortid:1)", the namespace the config reads."""
    kerteminde = Trial("kerteminde", "440", "make_fixtures_onboarding_ninth")
    data = (kerteminde.golden / "mentor_hours.xml").read_bytes()
    other = data.replace(b"<Dage>", b'<Dage xmlns="urn:x:2">').replace(
        b"<Dag ", f'<Dag xmlns="{KERTEMINDE}" '.encode()
    )
    assert other.count(b"urn:x:2") == 1
    with pytest.raises(Rejection) as info:
        canonical_records(trial_registry().get("kerteminde"), other, "timer.xml")
    first = info.value.problems[0]
    assert first.locator == "/Timeseddel[1]/Dage[1]/Dag[1] (<Dage> in urn:x:2)"
    assert first.reason_en.startswith("<Dage> is in the namespace 'urn:x:2', not")
