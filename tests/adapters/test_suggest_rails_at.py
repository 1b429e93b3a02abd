"""Rails names a moment after what happened with `_at` (`approved_at`), and a Ruby app writing Rails'
`to_xml` shape in Danish writes `<godkendt-at type="dateTime">` beside `<godkendt-af>`: the day signed
was "not recognised", so a mentor_hours draft filled no `signed_on` and was refused whole (decision
0060, "Stop 64: trial-87"). "at" is a whole word here, after a word of signing; the signer's `af`
stays the signer."""

from __future__ import annotations

import pytest

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render


def _draft(signer: str, day: str) -> str:
    data = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<mentor-forloeb>\n'
        "  <borger><cpr>230497-3318</cpr></borger>\n"
        '  <p-nummer type="integer">1031425367</p-nummer>\n  <mentor><navn>Jonna Lykke Pind</navn></mentor>\n'
        '  <timer-i-alt type="decimal">7.5</timer-i-alt>\n'
        f"  <{signer}>Jonna Lykke Pind</{signer}>\n"
        f'  <{day} type="dateTime">2026-11-30T15:04:12+01:00</{day}>\n</mentor-forloeb>\n'
    ).encode()
    return render(suggest(extract(data, "timer.xml", READ_OPTIONS), "timer.xml", data))


@pytest.mark.parametrize(
    ("signer", "day"),
    [("godkendt-af", "godkendt-at"), ("godkendt_af", "godkendt_at"), ("GodkendtAf", "GodkendtAt")],
)
def test_the_moment_of_signing_is_the_day_signed(signer: str, day: str) -> None:
    draft = _draft(signer, day)
    assert f'path = "signed_on"\n  source = "/mentor-forloeb/{day}"' in draft
    assert f'path = "signed_by"\n  source = "/mentor-forloeb/{signer}"' in draft


def test_another_moment_is_no_signature() -> None:
    """`opdateret-at` (Rails' `updated_at`) names no signing: the day signed is still looked for."""
    draft = _draft("godkendt-af", "opdateret-at")
    assert 'path = "signed_on"' not in draft
    assert "  #   signed_on: each document's own, no constant: look for the day signed" in draft
