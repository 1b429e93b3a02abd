"""An e-mail address written as a link without display text (stop 63, fixes-81).

A spreadsheet link written without display text shows its target as the cell's text: libxlsxwriter's
`worksheet_write_url(sheet, row, col, "mailto:...", NULL)` writes the string `mailto:Kirsten.Vad@...`
to the cell (decision 0060, "Stop 63: trial-81"), and a case system exporting its links writes them so
to a CSV. The hub refused it, "Ikke en gyldig e-mailadresse", though the address is plain in it. Now
the link's address is read (RFC 6068: the scheme in any case, percent-escapes decoded, a `?subject=`
dropped) and judged as any address is: a CPR number in it, or two addresses, still refused at the cell.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from herlev_placement_support import read_placement_with
from onboarding_trial import trial_registry

from hub.adapters.language.golden import canonical_records
from hub.adapters.pipeline import Canonical
from hub.errors import Rejection

ROOT = Path(__file__).resolve().parents[2]
MARIAGERFJORD = ROOT / "tests" / "onboarding" / "golden" / "mariagerfjord"
SHOWN = "<t>Kirsten.Vad@mariagerfjord.example.dk</t>"


def _herlev(address: str) -> Canonical:
    return read_placement_with("E-mail", address)


@pytest.mark.parametrize(
    ("written", "address"),
    [
        ("mailto:anna@firma.dk", "anna@firma.dk"),
        ("MAILTO:anna@firma.dk", "anna@firma.dk"),
        ("Mailto:anna.holm%40firma.dk?subject=Praktik%20hos%20os&cc=bo@firma.dk", "anna.holm@firma.dk"),
        ("mailto:s%C3%B8ren@firma.dk", "søren@firma.dk"),
    ],
)
def test_a_link_in_a_csv_value_is_read_as_its_address(written: str, address: str) -> None:
    assert _herlev(written).record["caseworker"]["email"] == address


@pytest.mark.parametrize(
    ("written", "en", "da"),
    [
        ("mailto:anna@firma.dk,bo@firma.dk", "Not a valid email address.", "Ikke en gyldig e-mailadresse."),
        ("mailto:", "Not a valid email address.", "Ikke en gyldig e-mailadresse."),
        (
            "mailto:0101901234@herlev.example.dk",
            "holds what looks like a CPR number: an e-mail address is shown",
            "Indeholder noget, der ligner et CPR-nummer: en e-mailadresse",
        ),
    ],
)
def test_a_link_to_no_one_address_is_still_refused_at_its_cell(written: str, en: str, da: str) -> None:
    with pytest.raises(Rejection) as caught:
        _herlev(written)
    (problem,) = caught.value.problems
    assert (problem.locator, problem.field) == ("row 17, column 2 (B17)", "caseworker.email")
    assert problem.reason_en.startswith(en) and problem.reason_da.startswith(da)


def test_libxlsxwriters_link_without_display_text_is_read_as_its_address() -> None:
    """trial-81's workbook with B28's shared string as `worksheet_write_url` writes it without a string
    to show: the link's own text."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(MARIAGERFJORD / "praktikaftale.xlsx") as book,
        zipfile.ZipFile(buffer, "w") as out,
    ):
        for item in book.infolist():
            data = book.read(item)
            if item.filename == "xl/sharedStrings.xml":
                assert data.decode().count(SHOWN) == 1
                data = data.decode().replace(SHOWN, SHOWN.replace("<t>", "<t>mailto:")).encode()
            out.writestr(item, data)
    config = trial_registry().get("mariagerfjord")
    record = canonical_records(config, buffer.getvalue(), "praktikaftale.xlsx")
    expected = json.loads((MARIAGERFJORD / "praktikaftale.expected.json").read_text(encoding="utf-8"))
    assert record["caseworker"]["email"] == "kirsten.vad@mariagerfjord.example.dk"  # the config's "lower"
    assert record == expected
