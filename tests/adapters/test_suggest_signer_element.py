"""An attestation as PHP's SimpleXML writes one (`<attestation><attesteret>1</attesteret><af>Tina
Østergaard</af><tidspunkt>2027-04-01T09:05:00+02:00</tidspunkt></attestation>`, PHP casting true to "1"):
the draft took `attesteret`, whose value is the flag "1", as the signer, so the name beside it was
"also looks like signed_by" and the day was not recognised; every record was refused for want of the day
signed (the fifty-seventh trial). A value with no letter is no name, `<attestation><af>` is its signer,
and the day named by the same element and a word of time (`tidspunkt`) is the day signed, in the first
record as in the rest (decision 0060, "Stop 69: trial-115")."""

from __future__ import annotations

from pathlib import Path

from onboarding_trial import cleared
from suggest_support import draft_of, drafted_config

from hub.adapters.language.golden import canonical_records


def _course(cpr: str, name: str, signer: str, moment: str) -> str:
    return (
        f'<forloeb><borger cpr="{cpr}">{name}</borger><praktiksted pnr="1019283746">Karlslunde Børnehus'
        f"</praktiksted><mentor>{signer}</mentor><besoeg><dato>08-03-2027</dato><timer>2</timer></besoeg>"
        f"<besoeg><dato>17-03-2027</dato><timer>0.5</timer></besoeg><attestation><attesteret>1</attesteret>"
        f"<af>{signer}</af><tidspunkt>{moment}</tidspunkt></attestation></forloeb>"
    )


DATA = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<mentorbesoeg>'
    + _course("1405860947", "Jørgen Ploug", "Tina Østergaard", "2027-04-01T09:05:00+02:00")
    + _course("0308913372", "Amalie Brix", "Kasper Lund", "2027-03-31T16:40:00+02:00")
    + "</mentorbesoeg>\n"
).encode()


def test_the_attestations_signer_and_day_are_drafted(tmp_path: Path) -> None:
    text = draft_of(DATA, "mentorbesoeg.xml")
    assert 'path = "signed_by"\n  source = "attestation/af"' in text
    assert 'path = "signed_on"\n  source = "attestation/tidspunkt"' in text
    records = canonical_records(drafted_config(cleared(text), tmp_path), DATA, "mentorbesoeg.xml")
    assert [(r["signed_by"], r["signed_on"]) for r in records] == [
        ("Tina Østergaard", "2027-04-01"),
        ("Kasper Lund", "2027-03-31"),
    ]


def test_a_flag_is_no_signer() -> None:
    text = draft_of(DATA, "mentorbesoeg.xml")
    assert "looks like signed_by, but the value is 1, no name" in text
