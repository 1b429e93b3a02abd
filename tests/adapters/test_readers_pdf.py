"""read_pdf on reportlab forms built here, and the sandbox it runs in."""

from __future__ import annotations

import errno
import io
import os
import time
import zlib
from concurrent.futures import ThreadPoolExecutor

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.errors import LimitReachedError, PdfReadError
from reportlab.pdfgen import canvas

from hub.adapters.readers import extract, pdf, pdf_pagecache, sandbox, sandbox_pool
from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers.pdf import read_pdf, read_pdf_unsandboxed
from hub.adapters.readers.pdf_raised import is_resource_exhaustion
from hub.errors import UnreadableDocument


def _form() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    form = c.acroForm
    c.drawString(50, 705, "CPR-nummer:")
    form.textfield(
        name="Borger.CPR", tooltip="CPR-nummer", x=150, y=700, width=120, height=18, value="0101901234"
    )
    c.drawString(150, 680, "Kontanthjælp")
    form.checkbox(name="cb_kh", tooltip="Kontanthjælp", x=150, y=655, checked=True)
    form.checkbox(name="cb_sd", tooltip="Sygedagpenge", x=200, y=655, checked=False)
    form.radio(name="ansat", tooltip="Ansat af", value="virksomhed", selected=False, x=150, y=600)
    form.radio(name="ansat", tooltip="Ansat af", value="jobcenter", selected=True, x=200, y=600)
    form.choice(
        name="ydelse", tooltip="Ydelse", value="B", options=["A", "B", "C"], x=150, y=550, width=90, height=18
    )
    c.showPage()
    c.drawString(50, 705, "Bemærkning")
    form.textfield(name="note", tooltip="Bemærkning", x=150, y=700, width=200, height=18, value="")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_fields_values_and_meta() -> None:
    extraction = read_pdf(_form(), "aftale.pdf")
    assert extraction.format == "pdf"
    assert extraction.meta["pages"] == 2
    assert "ReportLab" in extraction.meta["producer"]
    got = {v.key: (v.value, v.meta) for v in extraction.values}
    box = {"page": 1, "type": "checkbox", "states": ["Off", "Yes"]}
    assert got == {
        "Borger.CPR": ("0101901234", {"page": 1, "type": "text", "tooltip": "CPR-nummer", "states": []}),
        "cb_kh": ("Yes", {**box, "tooltip": "Kontanthjælp"}),
        "cb_sd": ("Off", {**box, "tooltip": "Sygedagpenge"}),
        "ansat": (
            "jobcenter",
            {"page": 1, "type": "radio", "tooltip": "Ansat af", "states": ["Off", "virksomhed", "jobcenter"]},
        ),
        "ydelse": ("B", {"page": 1, "type": "choice", "tooltip": "Ydelse", "states": ["A", "B", "C"]}),
        "note": ("", {"page": 2, "type": "text", "tooltip": "Bemærkning", "states": []}),
    }


def test_labels_only_when_asked() -> None:
    extraction = extract(_form(), "aftale.pdf", options={"with_labels": True})
    labels = {v.key: v.meta["label"] for v in extraction.values}
    # left of the field on its line, else just above it; nothing near the radio and choice fields
    assert labels == {
        "Borger.CPR": "CPR-nummer:",
        "cb_kh": "Kontanthjælp",
        "cb_sd": None,
        "ansat": None,
        "ydelse": None,
        "note": "Bemærkning",
    }


def _encrypted(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_form())))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_encrypted_pdf_is_rejected_unless_the_password_is_empty() -> None:
    with pytest.raises(UnreadableDocument) as info:
        read_pdf(_encrypted("secret"), "locked.pdf")
    (problem,) = info.value.problems
    assert problem.file == "locked.pdf"
    assert "encrypted PDF" in problem.reason_en and "krypteret PDF" in problem.reason_da
    opened = read_pdf(_encrypted(""), "open.pdf")
    assert {v.key: v.value for v in opened.values}["Borger.CPR"] == "0101901234"


def test_pdf_without_fields_and_broken_pdf_are_rejected() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(50, 700, "Bare tekst")
    c.showPage()
    c.save()
    with pytest.raises(UnreadableDocument) as info:
        read_pdf(buf.getvalue(), "plain.pdf")
    assert "no form fields" in info.value.problems[0].reason_en
    assert "ingen formularfelter" in info.value.problems[0].reason_da
    with pytest.raises(UnreadableDocument) as info:
        read_pdf(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R", "broken.pdf")
    (problem,) = info.value.problems
    assert problem.file == "broken.pdf" and problem.reason_da


def test_sandbox_kills_a_task_past_the_wall_clock_and_recovers() -> None:
    started = time.monotonic()
    with pytest.raises(sandbox.SandboxError) as info:
        sandbox.run(time.sleep, 30, timeout=1)
    assert info.value.kind == "timeout"
    assert time.monotonic() - started < 10
    assert sandbox.run(len, b"abc") == 3


def test_sandbox_memory_limit_and_crash() -> None:
    with pytest.raises(sandbox.SandboxError) as info:
        sandbox.run(bytearray, 2 * sandbox_pool.MEMORY_BYTES)
    assert info.value.kind == "memory"
    with pytest.raises(sandbox.SandboxError) as info:
        sandbox.run(os._exit, 3)
    assert info.value.kind == "crash"
    assert sandbox.run(len, b"ab") == 2


def test_sandbox_cpu_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    sandbox.shutdown()
    monkeypatch.setattr(sandbox_pool, "CPU_SECONDS", 1)
    try:
        with pytest.raises(sandbox.SandboxError) as info:
            sandbox.run(sum, range(10**12), timeout=15)  # a pure-CPU loop, killed by SIGXCPU
        assert info.value.kind == "timeout"
    finally:
        sandbox.shutdown()


def test_timeout_is_reported_as_an_unreadable_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    def too_slow(*args: object, **kwargs: object) -> object:
        raise sandbox.SandboxError("timeout", "no answer")

    monkeypatch.setattr(sandbox, "run", too_slow)
    with pytest.raises(UnreadableDocument) as info:
        read_pdf(_form(), "slow.pdf")
    (problem,) = info.value.problems
    # the limit and what to send follow (decision 0061, "Stop 60: limits-71")
    assert problem.file == "slow.pdf"
    assert problem.reason_en.startswith("reading the PDF took too long (more than 15 s of computing")
    assert problem.reason_da.startswith("læsning af PDF'en tog for lang tid (mere end 15 sekunders regnetid")


def test_threads_share_the_pool() -> None:
    data = _form()
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda n: read_pdf(data, f"{n}.pdf"), range(6)))
    assert all({v.key: v.value for v in r.values}["Borger.CPR"] == "0101901234" for r in results)


def _shared_value_pdf(fields: int, text_bytes: int) -> bytes:
    """A PDF, written byte by byte, whose text fields all take their /V from one FlateDecode stream."""
    stream_id = 4 + fields
    refs = " ".join(f"{4 + n} 0 R" for n in range(fields))
    objects = [
        f"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [{refs}] >> >>".encode(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots [{refs}] >>".encode(),
    ]
    for n in range(fields):
        widget = f"/Type /Annot /Subtype /Widget /Rect [50 {700 - 20 * n} 250 {716 - 20 * n}] /P 3 0 R"
        objects.append(f"<< /FT /Tx /T (felt{n}) /V {stream_id} 0 R {widget} >>".encode())
    packed = zlib.compress(b"A" * text_bytes, 9)
    objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream")
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_fields_sharing_one_huge_stream_are_rejected_in_the_worker() -> None:
    # 8 fields x 40 MB of text from a file of some 40 KB: without a cap, 320 MB would reach the parent.
    data = _shared_value_pdf(fields=8, text_bytes=40_000_000)
    assert len(data) < 100_000
    assert {v.key: len(v.value or "") for v in read_pdf(_shared_value_pdf(2, 100), "ok.pdf").values} == {
        "felt0": 100,
        "felt1": 100,
    }
    with pytest.raises(UnreadableDocument) as info:
        read_pdf(data, "bombe.pdf")
    (problem,) = info.value.problems
    assert (problem.file, problem.reason_en, problem.reason_da) == (
        "bombe.pdf",
        "a field value is longer than 1,000,000 characters",
        "en feltværdi er længere end 1.000.000 tegn",
    )


def test_a_long_note_in_one_field_is_read_not_rejected() -> None:
    # Found in PDFBox's AcroFormsBasicFields.pdf: 145,000 characters of rich text in one field. The form
    # is read; only the document's whole text (2 MB) and a value past half of it are refused.
    (value,) = read_pdf(_shared_value_pdf(fields=1, text_bytes=150_000), "brev.pdf").values
    assert (value.key, len(value.value or "")) == ("felt0", 150_000)


def test_many_fields_sharing_one_long_value_exceed_the_text_budget() -> None:
    # Each value stays under the per-field cap; together they pass 2 MB of text.
    data = _shared_value_pdf(fields=250, text_bytes=9_000)
    with pytest.raises(UnreadableDocument) as info:
        read_pdf(data, "mange.pdf")
    (problem,) = info.value.problems
    assert (problem.reason_en, problem.reason_da) == (
        "the PDF holds more than 2 MB of text",
        "PDF'en indeholder mere end 2 MB tekst",
    )


def test_sandbox_refuses_a_reply_over_the_byte_limit_and_recovers() -> None:
    with pytest.raises(sandbox.SandboxError) as info:
        sandbox.run(bytes, sandbox.MAX_REPLY_BYTES + 1)
    assert info.value.kind == "data"
    assert sandbox.run(len, b"abc") == 3


def test_too_much_data_is_reported_as_an_unreadable_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    def too_big(*args: object, **kwargs: object) -> object:
        raise sandbox.SandboxError("data", "a reply of more than 8388608 bytes")

    monkeypatch.setattr(sandbox, "run", too_big)
    with pytest.raises(UnreadableDocument) as info:
        read_pdf(_form(), "stor.pdf")
    (problem,) = info.value.problems
    assert problem.reason_en.startswith("reading the PDF gave too much data (more than 8 MB of values")
    assert problem.reason_da.startswith("læsning af PDF'en gav for mange data (mere end 8 MB værdier")


def test_memory_error_in_the_worker_is_not_reported_as_a_broken_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    # The sandbox turns a MemoryError escaping the task into "too much memory" and replaces the worker;
    # swallowed as "broken PDF (MemoryError)" the suspect worker would be kept.
    def out_of_memory(*args: object) -> object:
        raise MemoryError

    monkeypatch.setattr(pdf, "read_pdf_unsandboxed", out_of_memory)
    with pytest.raises(MemoryError):
        pdf._read_in_child(b"%PDF", "stor.pdf", False)

    def wrapped(*args: object) -> object:
        try:
            raise MemoryError
        except MemoryError as exc:
            raise PdfReadError("could not decode the stream") from exc

    monkeypatch.setattr(pdf, "read_pdf_unsandboxed", wrapped)
    with pytest.raises(MemoryError):
        pdf._read_in_child(b"%PDF", "stor.pdf", False)


def test_resource_exhaustion_is_told_from_a_broken_file() -> None:
    def chained(outer: Exception, inner: BaseException, *, explicit: bool) -> Exception:
        try:
            try:
                raise inner
            except BaseException as exc:
                if explicit:
                    raise outer from exc
                raise outer  # noqa: B904 - the implicit context is what is tested
        except Exception as caught:
            return caught

    assert is_resource_exhaustion(MemoryError())
    assert is_resource_exhaustion(OSError(errno.ENOMEM, "Cannot allocate memory"))
    assert is_resource_exhaustion(chained(PdfReadError("x"), MemoryError(), explicit=True))
    assert is_resource_exhaustion(chained(ValueError("x"), MemoryError(), explicit=False))
    assert not is_resource_exhaustion(PdfReadError("broken xref"))
    assert not is_resource_exhaustion(OSError(errno.ENOENT, "No such file"))
    assert not is_resource_exhaustion(chained(PdfReadError("x"), KeyError("/Root"), explicit=True))
    assert not is_resource_exhaustion(RecursionError())


@pytest.mark.parametrize(
    "error",
    [
        PdfReadError("a fuzzed object"),
        # pypdf's limit on a loop of references is no size: not told "unpacks to more than 75 MB" (stop 45).
        LimitReachedError("Detected loop with self reference for IndirectObject(9, 0, 1)."),
    ],
    ids=["fuzzed", "loop"],
)
def test_a_page_whose_text_pypdf_cannot_read_costs_its_labels_not_its_fields(
    monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    # pdf.js's PDFBOX-3148-2-fuzzed.pdf: qpdf reads its one field, pypdf's text extraction (the labels)
    # gives up on it. Ingestion reads labels, and so rejected as "damaged" a form pikepdf reads.
    opened: list[bytes] = []

    def broken(data: bytes) -> None:
        opened.append(data)
        raise error

    monkeypatch.setattr(pdf_pagecache, "open_reader", broken)
    monkeypatch.setattr(pdf_pagecache, "RUNS", pdf_pagecache.RunCache())  # no page served from a copy
    values = {v.key: v for v in read_pdf_unsandboxed(_form(), "f.pdf", with_labels=True).values}
    assert values["ansat"].value == "jobcenter"
    assert all(v.meta.get("label") is None for v in values.values())
    # Its bytes, then qpdf's copy of them (decision 0027, stop 39); not again for each field's page.
    assert len(opened) == 2

    def exhausted(_data: bytes) -> None:
        raise MemoryError

    monkeypatch.setattr(pdf_pagecache, "open_reader", exhausted)
    with pytest.raises(MemoryError):  # running out of memory is the sandbox's to see, not a page's
        read_pdf_unsandboxed(_form(), "f.pdf", with_labels=True)

    def bomb(_data: bytes) -> None:
        raise LimitReachedError("Limit reached while decompressing. 1000 bytes remaining.")  # pypdf's words

    monkeypatch.setattr(pdf_pagecache, "open_reader", bomb)
    answer = pdf._read_in_child(_form(), "f.pdf", True)  # what the sandbox worker answers
    assert answer["problems"][0]["reason_en"].startswith(reasons.TOO_MUCH[0])  # a bomb is still refused
