"""Text in UTF-16 without a byte order mark, or in UTF-32, is told as what it is, with what to send
instead, not as "unknown or binary content" (decision 0061, stop 60: PhpSpreadsheet's
`tests/data/Reader/CSV/encoding.utf16le.csv`, `premiere.utf32bebom.csv` and eight more); since stop 61
UTF-16 without one is read where its bytes leave no doubt. Every file here is a timesheet's lines
encoded in the test."""

from __future__ import annotations

import pytest

from hub.adapters.readers import extract
from hub.adapters.readers.sniff import sniff_format
from hub.errors import UnreadableDocument

_LINES = "Dato;Timer;Bemærkning\r\n01-09-2026;7,5;Kom for sent\r\n02-09-2026;8;\r\n"


@pytest.mark.parametrize(
    ("codec", "named"),
    [
        ("utf-32", "UTF-32"),  # Python writes its byte order mark
        ("utf-32-le", "UTF-32"),
        ("utf-32-be", "UTF-32"),
    ],
)
def test_wide_text_is_named_with_what_to_send(codec: str, named: str) -> None:
    with pytest.raises(UnreadableDocument) as info:
        sniff_format(_LINES.encode(codec), "timer.csv")
    problem = info.value.problems[0]
    assert problem.file == "timer.csv"
    assert problem.reason_en == (
        f"the text is saved as {named}, which the hub does not read; save it again as UTF-8 "
        '(in Excel: "CSV UTF-8")'
    )
    assert problem.reason_da.startswith(f"teksten er gemt som {named[:6]}")
    assert problem.reason_da.endswith('gem den igen som UTF-8 (i Excel: "CSV UTF-8")')


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_where_its_bytes_leave_no_doubt(codec: str) -> None:
    """Stop 61 (fixes-72): every other byte zero, on the same side all through, is UTF-16 in that order."""
    read = extract(_LINES.encode(codec), "timer.csv")
    assert read.meta["encoding"] == codec
    assert [(v.key, v.value) for v in read.values] == [
        ("A1", "Dato"),
        ("B1", "Timer"),
        ("C1", "Bemærkning"),
        ("A2", "01-09-2026"),
        ("B2", "7,5"),
        ("C2", "Kom for sent"),
        ("A3", "02-09-2026"),
        ("B3", "8"),
    ]


@pytest.mark.parametrize(
    "tail",
    [
        b"\x00",  # an odd number of bytes: cut short, or no UTF-16
        "\x00\x00\x00".encode("utf-16-le"),  # NUL characters after the text: binary content
        # past the first bytes looked at, more than a tenth of the text in neither order
        "".join(map(chr, range(0x4E00, 0x4E00 + 1000))).encode("utf-16-be"),
    ],
)
def test_utf16_in_doubt_is_still_named_not_read(tail: bytes) -> None:
    with pytest.raises(UnreadableDocument) as info:
        sniff_format((_LINES * 100).encode("utf-16-le") + tail, "timer.csv")
    assert info.value.problems[0].reason_en.startswith(
        "the text is saved as UTF-16 without a byte order mark (BOM), which the hub does not read"
    )


def test_utf16_with_its_byte_order_mark_is_still_read() -> None:
    """Excel's "Unicode-tekst" (decision 0048)."""
    read = extract(_LINES.replace(";", "\t").encode("utf-16"), "timer.txt")
    assert [(v.key, v.value) for v in read.values][:3] == [
        ("A1", "Dato"),
        ("B1", "Timer"),
        ("C1", "Bemærkning"),
    ]


def test_utf16_xml_without_a_byte_order_mark_is_still_xml() -> None:
    assert sniff_format('<?xml version="1.0"?><skema><timer>7,5</timer></skema>'.encode("utf-16-le")) == "xml"


def test_binary_content_with_zero_bytes_is_still_binary() -> None:
    numbers = b"".join(n.to_bytes(4, "little") for n in range(100_000, 101_000))  # no text in any width
    with pytest.raises(UnreadableDocument) as info:
        sniff_format(numbers, "data.bin")
    assert info.value.problems[0].reason_en == "not a PDF, XML, XLSX or CSV file (unknown or binary content)"
