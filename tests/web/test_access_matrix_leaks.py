"""What of a citizen an answer of the access matrix may not show its reader (DESIGN.md's table of who sees
what), looked for as a person would read the answer: a PDF's text, a workbook's cells, a zip's members
(`sweep_capture.readable`), and a CPR number in every spelling people write (decision 0065,
`sweep_capture.Spellings`), not only as ten digits or `DDMMYY-` in the raw bytes (stop 50).

Written by hand from the table, for the matrix's targets (`test_access_matrix.targets`):
- another party's participant: never, but to the admin (its job monitor names no citizen either way);
- a CPR number in full: the company and the admin never; the lead's own target is a partner's citizen
  in an agreement it leads (masked); Ballerup's auditor's is Ballerup's, whose config masks CPR for its
  auditor (`cpr_in_bundles = "masked"`); the other party's citizen to no one. A partner's own is its own
  citizen (full), as is Gentofte's auditor's (`cpr_in_bundles = "full"`);
- a benefit or visitation category: never the company.

The headers are read as the body is (`answer_leaks`): a download's name is a file's name, and files are
named after their citizens (stop 60).
"""

from __future__ import annotations

from typing import Any

from matrix import Target
from sweep_capture import Spellings, readable, said_in_headers, spelled_as_people_write
from werkzeug.wrappers import Response

# Whose own target's CPR number the user may read in full (the matrix's own users, by name).
SEES_OWN_IN_FULL = frozenset({"kommune-herlev", "kommune-ballerup", "revisor-gentofte"})


def leaks(data: bytes, media_type: str, role: str, user: str, own: Target, other: Target) -> list[str]:
    """What of a citizen this answer to `user` (of `role`) shows that it must never see."""
    text = readable(data, media_type)
    found = []
    if role != "admin" and other.participant and other.participant in text:
        found.append(f"another party's participant {other.participant}")
    hidden = [other.cpr] + ([] if user in SEES_OWN_IN_FULL else [own.cpr])
    if Spellings(hidden).find(text):
        found.append("a CPR number in full")
    if role == "company":
        found += [f"category {c}" for c in own.categories if f'"{c}"' in text or f">{c}<" in text]
    return found


def answer_leaks(response: Any, role: str, user: str, own: Target, other: Target) -> list[str]:
    """What of a citizen an answer (its body, read as a person would, and its headers) shows `user`."""
    found = leaks(response.get_data(), response.mimetype, role, user, own, other)
    said = said_in_headers(response.headers).encode()
    return found + [f"{leak} in a header" for leak in leaks(said, "text/plain", role, user, own, other)]


OWN = Target("lead-gladsaxe", "a", "163", 1, 1, 1, "P-OWN", "0101901234", ("ledig",))
OTHER = Target("lead-gentofte", "b", "173", 2, 2, 2, "P-OTHER", "0202851234")


def test_every_spelling_of_a_hidden_number_is_a_leak() -> None:
    for spelled in spelled_as_people_write(OWN.cpr) + spelled_as_people_write(OTHER.cpr):
        body = f"<td>{spelled}</td>".encode()
        assert leaks(body, "text/html", "lead", "lead-gladsaxe", OWN, OTHER) == ["a CPR number in full"]


def test_a_masked_number_and_what_the_reader_may_see_are_none() -> None:
    body = b'{"cpr": "010190-XXXX", "participant": "P-OWN", "benefit": "ledig"}'
    assert leaks(body, "application/json", "lead", "lead-gladsaxe", OWN, OTHER) == []
    herlev = Target("kommune-herlev", "a", "163", 1, 1, 1, "P-OWN", "0101901234")
    assert leaks(b"0101901234", "text/plain", "municipality", "kommune-herlev", herlev, OTHER) == []


def test_the_others_participant_and_a_companys_categories() -> None:
    body = b'<p>P-OTHER</p><td>ledig</td> "ledig"'
    assert leaks(body, "text/html", "company", "falck", OWN, OTHER) == [
        "another party's participant P-OTHER",
        "category ledig",
    ]
    assert leaks(body, "text/html", "admin", "admin", OWN, OTHER) == []


def test_a_number_in_a_download_s_name_is_a_leak_however_it_is_encoded() -> None:
    for name in ("0101901234 skema.pdf", "01%2001%2090%201234%20skema.pdf"):
        answer = Response(b"%PDF", headers={"Content-Disposition": f"attachment; filename*=UTF-8''{name}"})
        assert answer_leaks(answer, "company", "falck", OWN, OTHER) == ["a CPR number in full in a header"]
    answer = Response(b"", headers={"Content-Disposition": "attachment; filename=XXXXXX-XXXX skema.pdf"})
    assert answer_leaks(answer, "company", "falck", OWN, OTHER) == []
