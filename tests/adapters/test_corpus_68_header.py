"""A PDF's header may start anywhere in the first 1024 bytes, its last four too (corpus-68, decision 0025
stop 59).

yob/pdf-reader's `junk_prefix_1024.pdf` is 1023 bytes of junk and then `%PDF-`, starting at byte 1023: qpdf
opens it (its search takes a header that starts in the first 1024 bytes), the hub called it "text without
columns". The search wanted the whole of `%PDF-` inside the 1024 bytes, so a header starting at byte 1020
to 1023 was missed, and a form so sent was refused. Built here from the reportlab test form.
"""

from __future__ import annotations

import pytest
from test_readers_pdf import _form

from hub.adapters.readers import extract
from hub.adapters.readers.sniff import sniff_format

# The form as written: a text field, two boxes (one ticked) and a radio group on "jobcenter".
WRITTEN = {"Borger.CPR": "0101901234", "cb_kh": "Yes", "cb_sd": "Off", "ansat": "jobcenter"}


def _junk(length: int, line: bool) -> bytes:
    """`length` bytes before the header: a run of binary junk, or lines a printer or mailer writes."""
    if not line:
        return bytes(range(128, 256)) * (length // 128) + b"\x80" * (length % 128)
    lines = b"@PJL SET RESOLUTION=600\r\n" * (length // 25)
    return b"@" * (length - len(lines) - 2) + b"\r\n" + lines


@pytest.mark.parametrize("line", [False, True], ids=["binary junk", "lines of text"])
@pytest.mark.parametrize("offset", [1019, 1020, 1022, 1023])
def test_a_form_whose_header_starts_in_the_first_1024_bytes_is_read(offset: int, line: bool) -> None:
    data = _junk(offset, line) + _form()
    assert data.index(b"%PDF-") == offset
    assert sniff_format(data, "praktikaftale.pdf") == "pdf"
    read = {value.key: value.value for value in extract(data, "praktikaftale.pdf").values}
    assert {key: read[key] for key in WRITTEN} == WRITTEN
