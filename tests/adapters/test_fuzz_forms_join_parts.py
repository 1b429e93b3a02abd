"""A PDF field that holds no text, one part of a `join`, is refused at its field (decision 0064, "Stop 55:
noticed-63"): Ballerup's citizen is "Fornavn" and "Efternavn" joined, and a surname saved as a PDF boolean
was left out, the citizen read "Mohammad Ali" while the field draws "Rasmussen" (64/pdf/field_type/6)."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
from simulator_support import fixture_script

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.language.golden import canonical_records
from hub.errors import Rejection

fuzz_forms = fixture_script("fuzz_forms")
fuzz_forms_pdf = fixture_script("fuzz_forms_pdf")
ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "golden" / "ballerup" / "placement_uddannelseshjaelp.pdf"


def _surname(**change: object) -> bytes:
    """Ballerup's placement with its surname field's entries changed (its box and drawn text kept)."""
    with pikepdf.open(SEED) as pdf:
        field = next(f for f in fuzz_forms_pdf._terminals(pdf) if str(f.T) == "Borger.Efternavn")
        for key, value in change.items():
            field[f"/{key}"] = value
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _refused(data: bytes) -> list[tuple[str, str, str]]:
    try:
        canonical_records(
            load_config_file(ROOT / "config" / "municipalities" / "ballerup.toml"), data, "p.pdf"
        )
    except Rejection as refused:
        return [(p.field, p.locator, p.reason_en) for p in refused.problems]
    raise AssertionError("read")


def test_a_surname_saved_as_a_boolean_is_refused_at_its_field() -> None:
    [(path, where, reason)] = _refused(_surname(V=True))
    assert (path, where) == ("citizen.name", 'field "Borger.Efternavn" ("Efternavn") on page 1')
    assert reason.startswith("the field holds no text")


def test_a_surname_made_a_check_box_is_refused_at_its_field() -> None:
    [(path, where, _)] = _refused(_surname(FT=pikepdf.Name("/Btn"), V=pikepdf.Name("/Off")))
    assert (path, where) == ("citizen.name", 'field "Borger.Efternavn" ("Efternavn") on page 1')


def test_the_recipe_that_found_it_is_refused() -> None:
    source, data = fuzz_forms.mutant(fuzz_forms.seeds(), "64/pdf/field_type/6")
    assert data is not None
    assert fuzz_forms.run_one(source, data, "64/pdf/field_type/6").outcome == "rejected"
