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
    # Its last update lost, the file holds another field's value backwards (the page showing the seed's):
    # not its seed, and the tool says FAILED, read or refused.
    cut = data[: data.rindex(b"%%EOF", 0, len(data) - 6) + 6]
    assert fuzz_forms.run_one(source, cut, "64/pdf/objstm/0").outcome == "FAILED"
    assert fuzz_forms._same("64/pdf/objstm/0")


def test_billund_is_drawn_from_seed_64_on() -> None:
    # Billund's Scribus and Gnumeric forms (decision 0060, "Sixteenth trial") joined after seed 63 ran.
    billund = fuzz_forms.Seed(
        Path("c.toml"), Path("tests/onboarding/golden/billund/f.pdf"), "pdf", Path("e"), False
    )
    assert not fuzz_forms._in_pool(billund, 63)
    assert fuzz_forms._in_pool(billund, 64) and fuzz_forms._in_pool(billund, 65)
    assert fuzz_forms.FUZZED_THROUGH >= 65


def _as_signature(path: Path, name: str) -> bytes:
    """The form with its text field `name` made a signature field (/FT /Sig), its value and box kept."""
    with pikepdf.open(path) as pdf:
        field = next(f for f in fuzz_forms_pdf._terminals(pdf) if str(f.T) == name)
        field.FT = pikepdf.Name("/Sig")
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _problems(slug: str, data: bytes, name: str) -> list[tuple[str, str, str, str]]:
    from hub.adapters.language.config_schema import load_config_file
    from hub.adapters.language.golden import canonical_records
    from hub.errors import Rejection

    config = GOLDEN.parent.parent / "config" / "municipalities" / f"{slug}.toml"
    try:
        canonical_records(load_config_file(config), data, name)
    except Rejection as refused:
        return [(p.file, p.field, p.locator_da, p.reason_en) for p in refused.problems]
    raise AssertionError(f"{slug}'s {name} was read")


def test_a_signature_field_read_as_a_text_is_refused_at_the_field() -> None:
    # Gentofte's timesheet with its mentor's field a signature field (64/pdf/field_gone/1): accepted from
    # the mentor "signed", the reader's word for a signature held, while the box showed "Morten Eksempel".
    data = _as_signature(GOLDEN / "gentofte" / "mentor_hours.pdf", "mentor")
    [(file, path, where, reason)] = _problems("gentofte", data, "timer.pdf")
    assert (file, path) == ("timer.pdf", "mentor.name")
    assert '"mentor"' in where and "side 1" in where
    assert reason.startswith("the field is a signature field, not one to type text in")


def test_a_signature_field_as_one_part_of_a_name_is_refused_too() -> None:
    # Ballerup's citizen is "Fornavn" and "Efternavn" joined: the surname a signature field read
    # "Mohammad Ali signed".
    data = _as_signature(GOLDEN / "ballerup" / "placement_uddannelseshjaelp.pdf", "Borger.Efternavn")
    [(_, path, where, _)] = _problems("ballerup", data, "praktik.pdf")
    assert path == "citizen.name" and '"Borger.Efternavn"' in where


def test_the_recipes_that_found_it_are_refused() -> None:
    found = fuzz_forms.seeds()
    for recipe in ("64/pdf/field_gone/1", "65/pdf/field_gone/21"):
        source, data = fuzz_forms.mutant(found, recipe)
        assert data is not None
        outcome = fuzz_forms.run_one(source, data, recipe)
        assert outcome.outcome == "rejected", (recipe, outcome.changed)
