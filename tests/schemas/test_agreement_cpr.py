"""A CPR number typed into an agreement file's contact (decision 0060, "Stop 58: quiet-66").

An agreement's contacts are shown to the company (its one contact at the job centres) and to every
party of the agreement, as written: an e-mail address and a phone number are identifiers, never masked.
quiet-65 refused a CPR-like number in a form's e-mail address; the agreement's contacts were checked by
marshmallow's plain e-mail field, so an operator's `0101901234@gladsaxe.example.dk` in
`config/agreements/*.toml` was loaded by `hub agreements load` and shown to Falck. Now the file is
refused naming the file and the field, in English and Danish, without quoting the number.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hub.errors import Rejection
from hub.services.agreements import validate_files

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "config" / "agreements" / "falck-hovedstaden.toml"
ADDRESS = 'email = "virksomhedskonsulent@gladsaxe.example.dk"'
PHONE = 'phone = "+4520000103"'


def _written(tmp_path: Path, old: str, new: str) -> Path:
    text = SEED.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / "falck-hovedstaden.toml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "field", "en", "da"),
    [
        (
            ADDRESS,
            'email = "0101901234@gladsaxe.example.dk"',
            "contacts.jobcentre.primary.email",
            "holds what looks like a CPR number: an e-mail address",
            "Indeholder noget, der ligner et CPR-nummer: en e-mailadresse",
        ),
        (
            PHONE,
            'phone = "+46 010190-1234"',
            "contacts.jobcentre.primary.phone",
            "holds what looks like a CPR number, not a phone number",
            "Indeholder noget, der ligner et CPR-nummer, ikke et telefonnummer",
        ),
    ],
    ids=["email", "phone"],
)
def test_a_cpr_number_in_an_agreement_files_contact_is_refused_at_its_field(
    tmp_path: Path, old: str, new: str, field: str, en: str, da: str
) -> None:
    path = _written(tmp_path, old, new)
    with pytest.raises(Rejection) as caught:
        validate_files([path])
    (problem,) = caught.value.problems
    assert (problem.file, problem.field) == (str(path), field)
    assert problem.reason_en.startswith(en)
    assert problem.reason_da.startswith(da)
    assert "1234" not in problem.reason_en + problem.reason_da


def test_the_seed_file_as_written_still_loads(tmp_path: Path) -> None:
    (loaded,) = validate_files([_written(tmp_path, ADDRESS, ADDRESS)])
    assert loaded["contacts"]["jobcentre"]["primary"]["email"] == "virksomhedskonsulent@gladsaxe.example.dk"
