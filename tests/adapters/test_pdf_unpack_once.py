"""A stream measured against a cap and then read (every text box's appearance, every page's content the
label budget counts) is unpacked once where its one filter is Flate: the bytes inflated to measure it are
its bytes, as qpdf would give them. Anything else is left to qpdf as before, and raises as before
(decision 0050, "Stop 55: drawn-63")."""

from __future__ import annotations

import zlib
from typing import Any

import pikepdf
import pytest

from hub.adapters.readers.pdf_shown import Appearances
from hub.adapters.readers.pdf_unpack import TooLarge, check_size, read_within

_OPEN: list[pikepdf.Pdf] = []  # a stream lives while its document does
TEXT = b"BT /Helv 9 Tf 2 6 Td (040493-2220) Tj ET\n" * 3


def _stream(data: bytes, **keys: Any) -> pikepdf.Stream:
    pdf = pikepdf.new()
    _OPEN.append(pdf)
    stream = pikepdf.Stream(pdf, data)
    for key, value in keys.items():
        stream[f"/{key}"] = value
    return pdf.make_indirect(stream)


def _as_before(stream: pikepdf.Stream, limit: int) -> Any:
    """What the reader did before: measure, then ask qpdf for the bytes."""
    try:
        check_size(stream, limit)
        return stream.read_bytes()
    except (TooLarge, pikepdf.PdfError) as exc:
        return type(exc)


def _now(stream: pikepdf.Stream, limit: int) -> Any:
    try:
        return read_within(stream, limit)
    except (TooLarge, pikepdf.PdfError) as exc:
        return type(exc)


def test_a_plain_flate_stream_is_not_unpacked_again_by_qpdf(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = _stream(zlib.compress(TEXT), Filter=pikepdf.Name.FlateDecode)
    asked: list[Any] = []
    qpdf_read = pikepdf.Object.read_bytes
    monkeypatch.setattr(
        pikepdf.Object, "read_bytes", lambda self, *a, **k: asked.append(self) or qpdf_read(self)
    )
    assert read_within(stream, 65_536) == TEXT
    assert asked == []


def _predicted() -> pikepdf.Stream:
    # PNG "Up" predictor on rows of 4 bytes: qpdf undoes it after inflating; zlib alone does not.
    rows = b"".join(b"\x02" + bytes([1, 2, 3, 4]) for _ in range(8))
    return _stream(
        zlib.compress(rows),
        Filter=pikepdf.Name.FlateDecode,
        DecodeParms=pikepdf.Dictionary(Predictor=12, Columns=4),
    )


@pytest.mark.parametrize(
    "make",
    [
        lambda: _stream(zlib.compress(TEXT), Filter=pikepdf.Name.FlateDecode),
        lambda: _stream(zlib.compress(TEXT) + b"\r\nstray bytes", Filter=pikepdf.Name.FlateDecode),
        lambda: _stream(zlib.compress(TEXT)[:-9], Filter=pikepdf.Name.FlateDecode),  # cut off
        lambda: _stream(zlib.compress(TEXT)[:-1] + b"\0", Filter=pikepdf.Name.FlateDecode),  # bad checksum
        lambda: _stream(b"not zlib at all", Filter=pikepdf.Name.FlateDecode),
        _predicted,
        lambda: _stream(zlib.compress(TEXT).hex().encode() + b">", Filter=pikepdf.Name.ASCIIHexDecode),
        lambda: _stream(
            zlib.compress(zlib.compress(TEXT)),
            Filter=pikepdf.Array([pikepdf.Name.FlateDecode, pikepdf.Name.FlateDecode]),
        ),
        lambda: _stream(TEXT),
        lambda: _stream(zlib.compress(b"\0" * 70_000), Filter=pikepdf.Name.FlateDecode),  # past the cap
    ],
    ids=["plain", "bytes after", "cut off", "checksum", "no zlib", "predictor", "hex", "twice", "raw", "cap"],
)
def test_every_stream_reads_as_qpdf_read_it_or_fails_as_it_failed(make: Any) -> None:
    assert _now(make(), 65_536) == _as_before(make(), 65_536)


def test_a_stream_past_the_cap_is_told_by_its_size_before_it_is_read() -> None:
    stream = _stream(zlib.compress(b"\0" * 70_000), Filter=pikepdf.Name.FlateDecode)
    with pytest.raises(TooLarge):
        read_within(stream, 65_536)
    assert read_within(stream, 70_000) == b"\0" * 70_000


def test_a_text_box_is_compared_without_asking_qpdf_to_unpack_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The drawn-text check (`pdf_shown`) reads a box's appearance once: measured and read in one."""
    drawn = _stream(zlib.compress(TEXT), Filter=pikepdf.Name.FlateDecode)
    stale = _stream(zlib.compress(TEXT), Filter=pikepdf.Name.FlateDecode)
    box = pikepdf.Dictionary(AP=pikepdf.Dictionary(N=drawn))
    old_box = pikepdf.Dictionary(AP=pikepdf.Dictionary(N=stale))
    asked: list[Any] = []
    qpdf_read = pikepdf.Object.read_bytes
    monkeypatch.setattr(
        pikepdf.Object, "read_bytes", lambda self, *a, **k: asked.append(self) or qpdf_read(self)
    )
    appearances = Appearances()
    assert appearances.shows_other([box], "040493-2220") is None  # the value drawn as it is
    assert appearances.shows_other([old_box], "010203-1234") is None  # no font known: not compared
    assert asked == []
