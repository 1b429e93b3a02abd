"""`xml_elsewhere`: a `rows` selector's elements written in another namespace, refused in their place,
against a hand-built extraction (decision 0060, "Stop 52: noticed-59")."""

from __future__ import annotations

from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.xml_elsewhere import rows_and_strays
from hub.adapters.readers.base import Extraction, SourceValue

NS, NEXT = "urn:x:1", "urn:x:2"
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
