"""A text field's value saved as a string no viewer shows as text is refused at its field and page, not
stored as noise (decision 0025, "Stop 65: fixes-97"). The first is hyperref's combo box under xdvipdfmx
(decision 0060, "Stop 65: trial-93", (iii)): the UTF-16 of the word written again inside a UTF-16
string. Each form is Skanderborg's agreement with one field's /V changed with pikepdf."""

from __future__ import annotations

from typing import Any

import pytest
from skanderborg_agreement_support import agreement_outcome

REFUSED = "the value is saved in a form viewers cannot show ("
REFUSED_DA = "værdien er gemt på en måde, som PDF-programmer ikke kan vise ("
# "Kontanthjælp" as xelatex 0.999994's hyperref saves a combo box's value (`\ChoiceMenu[combo,...]`):
# FE FF, then FE FF 00 and each letter as 00 letter 00 (the word's UTF-16, FE FF 00 4B 00 6F..., written
# again as UTF-16 a byte at a time, shifted).
TWICE = bytes.fromhex(
    "fe ff fe ff 00 00 4b 00 00 6f 00 00 6e 00 00 74 00 00 61 00 00 6e 00 00 74 00 00 68 00 00 6a 00 e6 00"
    " 00 6c 00 00 70"
)


def _outcome(name: str, saved: bytes) -> Any:
    """Skanderborg's agreement with field `name` holding the string `saved`: the record, or the
    problems (path, where, English, Danish)."""
    return agreement_outcome(name, saved)


def test_a_value_encoded_twice_is_refused_at_its_field_and_page() -> None:
    [(path, where, reason, reason_da)] = _outcome("ydelse", TWICE)
    assert (path, where) == (
        "benefit",
        'field "ydelse" ("Ydelse:") on page 1',
    )  # the label the template prints
    assert reason.startswith(f"{REFUSED}its text encoded twice; ")
    assert "fill the form again" in reason
    assert reason_da.startswith(f"{REFUSED_DA}teksten er kodet to gange; ")


@pytest.mark.parametrize(
    "saved",
    [
        b"\xfe\xff\xd8\x00\x00A",  # UTF-16 with a lone high surrogate
        b"\xfe\xff\x00\x01\x00\x02\x00A",  # two control characters of three
        b"\x01\x02\x03Ole",  # PDFDocEncoding, half control bytes
    ],
)
def test_bytes_that_are_no_text_are_refused(saved: bytes) -> None:
    [(path, _, reason, reason_da)] = _outcome("borgernavn", saved)
    assert path == "citizen.name"
    assert reason.startswith(f"{REFUSED}bytes that are no text; ")
    assert reason_da.startswith(f"{REFUSED_DA}bytes, der ikke er tekst; ")


@pytest.mark.parametrize(
    ("saved", "read"),
    [
        (b"\xfe\xff" + "Åse Kærgaard".encode("utf-16-be"), "Åse Kærgaard"),
        (b"\xef\xbb\xbf" + "Åse Kærgaard".encode(), "Åse Kærgaard"),
        (b"\xfe\xff" + "Åse\x00".encode("utf-16-be"), "Åse\ufffd"),  # one stray NUL, as before
        (b"\xfe\xff" + "Åse\tK".encode("utf-16-be"), "Åse\tK"),  # a tab is text
        (b"\xfe\xff" + "Thøger þÿ".encode("utf-16-be"), "Thøger þÿ"),  # the letters, not at its start
        (b"\xfe\xff" + "Åse".encode("utf-16-be") + b"\x00", "Åse"),  # an odd last byte, dropped
    ],
)
def test_text_reads_as_before(saved: bytes, read: str) -> None:
    record = _outcome("borgernavn", saved)
    assert isinstance(record, dict), record
    assert record["citizen"]["name"] == read
