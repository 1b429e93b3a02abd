"""An object met twice, written once and then as a back reference, as XStream writes it (stop 73,
trial-128): the second agreement's `<sagsbehandler reference="../../...Praktikaftale/sagsbehandler"/>`
gave no caseworker, "not found in the document", though a person reads the first agreement's there. A
reference is read as the element it points to, by XStream's relative or absolute path or by its `id`;
one that points at its own ancestor, at nothing, or that holds more than the attribute is read as before."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from types import FrameType
from typing import Any

import pytest

from hub.adapters.mapping.provenance import locator_of
from hub.adapters.readers import xml as xml_reader
from hub.adapters.readers import xml_references
from hub.adapters.readers.xml import read_xml
from hub.errors import Rejection

AGREEMENTS = b"""<linked-list>
  <dk.x.Aftale nr="1">
    <sagsbehandler>
      <navn>S\xc3\xb8ren</navn>
      <email>s@x.dk</email>
    </sagsbehandler>
  </dk.x.Aftale>
  <dk.x.Aftale nr="2">
    <sagsbehandler reference="../../dk.x.Aftale/sagsbehandler"/>
  </dk.x.Aftale>
  <dk.x.Aftale nr="3">
    <sagsbehandler reference="/linked-list/dk.x.Aftale[1]/sagsbehandler"/>
  </dk.x.Aftale>
</linked-list>"""


def values(data: bytes) -> dict[str, str]:
    return {v.meta["xpath"]: v.value for v in read_xml(data, "a.xml").values}


def test_a_back_reference_is_read_as_what_it_points_to() -> None:
    read = values(AGREEMENTS)
    for at in (2, 3):
        assert read[f"/linked-list/dk.x.Aftale[{at}]/sagsbehandler/navn"] == "Søren"
        assert read[f"/linked-list/dk.x.Aftale[{at}]/sagsbehandler/email"] == "s@x.dk"
    assert "/linked-list/dk.x.Aftale[2]/sagsbehandler/@reference" not in read


def test_an_id_reference_is_read_as_the_element_with_that_id() -> None:
    data = b'<list id="1"><a id="2"><m id="3"><navn>Bo</navn></m></a><a id="4"><m reference="3"/></a></list>'
    read = values(data)
    assert read["/list/a[2]/m/navn"] == "Bo" and read["/list/a[2]/m/@id"] == "3"


def test_a_reference_that_cannot_be_followed_is_read_as_written() -> None:
    data = (
        b'<r><a><self reference=".."/></a>'  # its own parent: reading it would never end
        b'<b reference="../nothing"/>'  # points at nothing
        b'<c reference="../a">text</c>'  # holds text: no back reference
        b'<d reference="../a" other="1"/></r>'  # more than the attribute
    )
    assert values(data) == {
        "/r/a/self": "",
        "/r/a/self/@reference": "..",
        "/r/b": "",
        "/r/b/@reference": "../nothing",
        "/r/c": "text",
        "/r/c/@reference": "../a",
        "/r/d": "",
        "/r/d/@reference": "../a",
        "/r/d/@other": "1",
    }


def test_references_that_point_at_each_other_end() -> None:
    # a's m points at b's m, which points back: a reference to a reference is left as written
    data = b'<r><a><m reference="../../b/m"/></a><b><m reference="../../a/m"/></b></r>'
    assert values(data) == {
        "/r/a/m": "",
        "/r/a/m/@reference": "../../b/m",
        "/r/b/m": "",
        "/r/b/m/@reference": "../../a/m",
    }


def _lines_run_in(module_file: str, read: Callable[[], object]) -> int:
    """How many lines of `module_file` ran while `read` ran: the work counted, not timed."""
    ran = 0

    def trace(frame: FrameType, event: str, _arg: Any) -> Any:
        nonlocal ran
        if frame.f_code.co_filename != module_file:
            return None
        if event == "line":
            ran += 1
        return trace

    before = sys.gettrace()  # a coverage tool's, put back after
    sys.settrace(trace)
    try:
        read()
    finally:
        sys.settrace(before)
    return ran


def test_many_references_to_a_late_sibling_are_found_without_walking_the_siblings_each_time() -> None:
    """review-132: each reference walked its parent's children from the first to find `p[n]`, so n
    references to the last of n siblings took n² steps: 8,000 of each (300 KB) took 7 s of CPU, and the
    49,000 a document may hold some four minutes. The children of a parent are gathered by name once."""

    def document(n: int) -> bytes:
        siblings = "".join(f"<p>{i}</p>" for i in range(n))
        references = "".join(f'<r reference="../p[{n}]"/>' for _ in range(n))
        return f"<root>{siblings}{references}</root>".encode()

    small, large = (
        _lines_run_in(xml_references.__file__, partial(read_xml, document(n), "a.xml")) for n in (100, 400)
    )
    assert values(document(3))["/root/r[3]"] == "2"
    assert large < 6 * small  # four times the references, about four times the work (n² would be 16)


def test_a_value_read_through_a_reference_records_where_it_stands() -> None:
    # fixes-132: the second agreement's caseworker is read under its own path, and the first agreement's
    # element it stands in is recorded beside it, so that an auditor can find it in the file.
    read = {v.meta["xpath"]: v.meta for v in read_xml(AGREEMENTS, "a.xml").values}
    meta = read["/linked-list/dk.x.Aftale[2]/sagsbehandler/navn"]
    assert meta["read_from"] == "/linked-list/dk.x.Aftale[1]/sagsbehandler/navn"
    assert "read_from" not in read["/linked-list/dk.x.Aftale[1]/sagsbehandler/navn"]
    ids = b'<list id="1"><a id="2"><m id="3" nr="7"/></a><a id="4"><m reference="3"/></a></list>'
    by_id = {v.meta["xpath"]: v.meta for v in read_xml(ids, "b.xml").values}
    assert by_id["/list/a[2]/m/@nr"]["read_from"] == "/list/a[1]/m/@nr"


def test_its_locator_names_both_paths_in_each_language() -> None:
    [value] = [
        v
        for v in read_xml(AGREEMENTS, "a.xml").values
        if v.meta["xpath"] == "/linked-list/dk.x.Aftale[3]/sagsbehandler/email"
    ]
    locator = locator_of(value, "xml")
    assert locator["read_from"] == "/linked-list/dk.x.Aftale[1]/sagsbehandler/email"
    assert locator["text"] == {
        "en": "/linked-list/dk.x.Aftale[3]/sagsbehandler/email"
        " (read from /linked-list/dk.x.Aftale[1]/sagsbehandler/email)",
        "da": "/linked-list/dk.x.Aftale[3]/sagsbehandler/email"
        " (læst fra /linked-list/dk.x.Aftale[1]/sagsbehandler/email)",
    }


def test_a_chain_read_through_references_steps_each_element_once_for_where_it_stands() -> None:
    """fuzz-132: each element read through a back reference had its readable place built by walking
    every ancestor and each one's siblings again, so a chain d deep read k times cost k·d² steps (a 2 kB
    document took 177 s after fixes-132's merge). Each place is now built on its parent's, once a read:
    a chain four times as deep costs about four times the lines, not sixteen."""

    def document(depth: int) -> bytes:
        chain = "<a>" * depth + "x" + "</a>" * depth
        references = '<r reference="../a"/>' * 5
        return f"<root>{chain}{references}</root>".encode()

    from hub.adapters.readers import xml_places

    shallow, deep = (
        _lines_run_in(xml_places.__file__, partial(read_xml, document(depth), "a.xml")) for depth in (50, 200)
    )
    assert deep < 8 * shallow, (shallow, deep)


def test_where_a_value_read_through_a_reference_stands_is_its_readable_path() -> None:
    """The places built once a read are the places `readable_path` gives, positions and prefixes alike."""
    from lxml import etree

    from hub.adapters.readers.xml_places import Origins, readable_path

    root = etree.fromstring(
        b'<p:root xmlns:p="urn:p"><p:a><b/><b><c/></b></p:a><p:a><!-- x --><b/></p:a>'
        b'<d xmlns="urn:q"/></p:root>'
    )
    origins = Origins()
    for element in reversed(list(root.iter(etree.Element))):
        assert origins.of(element) == readable_path(element)


def test_a_value_read_through_a_reference_counts_once_against_the_values_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """fuzz-132 counted each element read through a reference against `MAX_VALUES`, so that a referent of
    containers alone is bounded; but a value so read was in the values already and counted twice, and a
    document of 68,000 values (34,000 and a reference to them) was refused as "more than 100,000 values"
    (review-136). Here, at a limit of 100: 40 values and a reference to their container are 80 values and
    one container, read; 50 and a reference are 100 and one, refused."""
    monkeypatch.setattr(xml_reader, "MAX_VALUES", 100)

    def document(n: int) -> bytes:
        return ("<r><a>" + "<v>1</v>" * n + '</a><b reference="../a"/></r>').encode()

    assert len(read_xml(document(40), "a.xml").values) == 80
    with pytest.raises(Rejection, match="more than 100 values"):
        read_xml(document(50), "a.xml")


def test_a_reference_number_is_no_back_reference_where_the_document_is_not_xstreams() -> None:
    """A municipality's own XML whose `reference` is an external case's number and whose `id` is an
    unrelated one of the same digits: read as written, not as the element with that id (review-132)."""
    data = (
        b'<sager><sag id="7"><navn>Bo</navn></sag>'
        b'<sag id="8"><navn>Ea</navn><ekstern reference="7"/></sag></sager>'
    )
    read = values(data)
    assert read["/sager/sag[2]/ekstern/@reference"] == "7"
    assert "/sager/sag[2]/ekstern/navn" not in read and read["/sager/sag[2]/ekstern"] == ""


def test_a_path_reference_is_read_without_xstreams_id_mark() -> None:
    data = b'<r><a><m><navn>Bo</navn></m></a><b><m reference="../../a/m"/></b></r>'
    assert values(data)["/r/b/m/navn"] == "Bo"
