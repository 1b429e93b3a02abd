"""A record's original is served with the charset it was read in: a cp1252 CSV as windows-1252, so that a
browser shows its æ, ø and å, not mojibake under `charset=utf-8`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from page_support import client_of, everyone_on_a_copy
from sqlalchemy import select

from hub.adapters.language.config_model import find_form
from hub.extensions import blobs, db
from hub.models import Document, Record, RecordVersion, Submission
from hub.services import submission_adapter
from hub.services.original_type import UNKNOWN, served_type

DANISH = "æøåÆØÅ"


@pytest.fixture(scope="module")
def demo(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp("original")) as app:
        yield app


def _danish_csv_record(app: Flask) -> tuple[int, bytes, str]:
    """Herlev's first record read from a CSV with æ, ø or å in it: its id, the bytes and the encoding
    Herlev's form names for them (config/municipalities/herlev.toml)."""
    with app.app_context():
        rows = db.session.execute(
            select(Record.id, Submission)
            .join(RecordVersion, RecordVersion.record_id == Record.id)
            .join(Submission, Submission.id == RecordVersion.submission_id)
            .join(Document, Document.sha256 == Submission.document_sha256)
            .where(Record.municipality_code == "163", Document.format == "csv")
            .order_by(Record.id)
        ).all()
        for record_id, submission in rows:
            form = find_form(submission_adapter.adapter_of(submission).forms, str(submission.form_id))
            encoding = str(form.reader["encoding"])
            data = blobs.store.get(submission.document_sha256)
            if any(letter.encode(encoding) in data for letter in DANISH):
                return record_id, data, encoding
    raise AssertionError("no Herlev CSV with æ, ø or å in the demo")


def test_a_cp1252_csv_is_served_as_windows_1252_and_reads_as_danish(demo: Flask) -> None:
    record_id, data, encoding = _danish_csv_record(demo)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the premise: these bytes are not UTF-8
    download = client_of(demo, "kommune-herlev").get(f"/records/{record_id}/original")
    assert download.status_code == 200 and download.data == data
    assert download.mimetype == "text/csv"
    charset = download.mimetype_params["charset"]
    assert charset == "windows-1252"  # the IANA name of Python's cp1252
    assert download.data.decode(charset) == data.decode(encoding)
    assert any(letter in download.data.decode(charset) for letter in DANISH)


def _document(fmt: str, media_type: str) -> Document:
    return Document(sha256="0" * 64, size=0, media_type=media_type, format=fmt, filename="liste.csv")


def test_the_charset_is_found_again_from_the_bytes_as_ingestion_found_it() -> None:
    csv = _document("csv", "text/csv")
    line = f"Navn;By\nSøren Ærø;Hillerød {DANISH}\n"
    assert served_type(csv, line.encode("cp1252")) == "text/csv; charset=windows-1252"
    assert served_type(csv, line.encode("utf-8")) == "text/csv; charset=utf-8"
    assert served_type(csv, b"\xef\xbb\xbf" + line.encode("utf-8"), "cp1252") == "text/csv; charset=utf-8"
    # A UTF-16 byte-order mark says the charset whatever the form says, as the reader takes it (0060).
    assert served_type(csv, line.encode("utf-16"), "utf-8") == "text/csv; charset=utf-16"
    # Without one, UTF-16 read by its zero bytes is named with its order (decision 0061, stop 61).
    assert served_type(csv, line.encode("utf-16-le"), "utf-8") == "text/csv; charset=utf-16le"
    assert served_type(csv, line.encode("utf-16-be"), "utf-8") == "text/csv; charset=utf-16be"
    assert served_type(csv, line.encode("utf-16-le")[:-1], "utf-8") == UNKNOWN  # cut: not readable
    # Text no reader of ours read: its charset is not known, so it is bytes to download.
    assert served_type(_document("", "text/plain"), line.encode("cp1252")) == UNKNOWN
    assert served_type(_document("pdf", "application/pdf"), b"%PDF-1.7") == "application/pdf"
