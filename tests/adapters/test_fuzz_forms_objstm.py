"""Stop 55's mutation fuzzing (decision 0064, "Stop 55: fuzz-63"): a PDF form saved compressed and then
incrementally twice as a PDF 1.5 writer does (`tools.fuzz_forms_objstm`: object streams and cross-reference
streams, no classic table), and Billund's forms drawn from seed 64 on."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pikepdf
from simulator_support import fixture_script

fuzz_forms = fixture_script("fuzz_forms")
objstm = fixture_script("fuzz_forms_objstm")
fuzz_forms_pdf = fixture_script("fuzz_forms_pdf")
GOLDEN = Path(__file__).resolve().parent.parent / "golden"


def _values(data: bytes) -> dict[str, str]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return {str(f.T): str(f.get("/V", "")) for f in fuzz_forms_pdf._terminals(pdf)}


def test_the_mutant_is_its_seed_after_two_updates_of_streams() -> None:
    # Gentofte's placement: the last revision holds the seed's values; the first held another in one field.
    data = (GOLDEN / "gentofte" / "placement.pdf").read_bytes()
    made = objstm.pdf_objstm(data, random.Random(3))
    assert made is not None and made.count(b"%%EOF") == 3
    assert b"trailer" not in made and b"\nxref\n" not in made  # cross-reference streams only
    assert made.count(b"/Type /XRef /Size") == 2 and made.count(b"/Type /ObjStm /N 1") == 2
    assert _values(made) == _values(data)
    first = made[: made.index(b"%%EOF") + 6]
    changed = [k for k, v in _values(first).items() if v != _values(data)[k]]
    assert len(changed) == 1  # the first save held another field's value in one field


def test_the_mutant_must_be_read_as_its_seed() -> None:
    found = fuzz_forms.seeds()
    source, data = fuzz_forms.mutant(found, "64/pdf/objstm/0")
    assert data is not None
    outcome = fuzz_forms.run_one(source, data, "64/pdf/objstm/0")
    assert (outcome.outcome, outcome.changed) == ("accepted", [])
    # Its last update lost, the file is another field's value backwards: read so, the tool says FAILED.
    cut = data[: data.rindex(b"%%EOF", 0, len(data) - 6) + 6]
    assert fuzz_forms.run_one(source, cut, "64/pdf/objstm/0").outcome in ("FAILED", "rejected")
    assert fuzz_forms._same("64/pdf/objstm/0")


def test_billund_is_drawn_from_seed_64_on() -> None:
    # Billund's Scribus and Gnumeric forms (decision 0060, "Sixteenth trial") joined after seed 63 ran.
    billund = fuzz_forms.Seed(
        Path("c.toml"), Path("tests/onboarding/golden/billund/f.pdf"), "pdf", Path("e"), False
    )
    assert not fuzz_forms._in_pool(billund, 63)
    assert fuzz_forms._in_pool(billund, 64) and fuzz_forms._in_pool(billund, 65)
    assert fuzz_forms.FUZZED_THROUGH == 65
