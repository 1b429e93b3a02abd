"""What the bundle's verify.py and README tell a Danish auditor: moments in Danish time on Danish lines,
and a zip that holds a file twice refused, as the auditor could be reading the other copy."""

from __future__ import annotations

import hashlib
import warnings
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from hub.exports import bundle_check_files, bundle_opened, bundle_readme, bundle_whose
from hub.exports.danish_clock import danish_time, english_time


@pytest.mark.parametrize(
    ("moment", "danish"),
    [
        # December: CET, UTC+1.
        ("2026-12-04T10:15:00+00:00", "4. december 2026 kl. 11.15"),
        # July: CEST, UTC+2.
        ("2026-07-01T08:05:09+00:00", "1. juli 2026 kl. 10.05"),
        # Summer time begins 01:00 UTC on the last Sunday of March (29 March 2026): 02.00 becomes 03.00.
        ("2026-03-29T00:59:00+00:00", "29. marts 2026 kl. 01.59"),
        ("2026-03-29T01:00:00+00:00", "29. marts 2026 kl. 03.00"),
        # ... and ends 01:00 UTC on the last Sunday of October (25 October 2026): 03.00 becomes 02.00.
        ("2026-10-25T00:59:00+00:00", "25. oktober 2026 kl. 02.59"),
        ("2026-10-25T01:00:00+00:00", "25. oktober 2026 kl. 02.00"),
        # Another zone: 23:30 at UTC-1 on New Year's Eve is 01.30 on New Year's Day in Denmark.
        ("2026-12-31T23:30:00-01:00", "1. januar 2027 kl. 01.30"),
    ],
)
def test_a_moment_is_said_in_danish_time(moment: str, danish: str) -> None:
    assert danish_time(moment) == danish


@pytest.mark.parametrize("text", ["2026-12-04T10:15:00", "i går", None, "2026-13-04T10:15:00+00:00"])
def test_what_is_no_moment_with_a_zone_is_shown_as_given(text: object) -> None:
    assert danish_time(text) == str(text)
    assert english_time(text) == str(text)


@pytest.mark.parametrize(
    ("moment", "english"),
    [
        ("2026-12-04T10:15:00+00:00", "4 December 2026 at 11:15 Danish time"),  # CET, UTC+1
        ("2026-07-01T08:05:09+00:00", "1 July 2026 at 10:05 Danish time"),  # CEST, UTC+2
        ("2026-12-31T23:30:00-01:00", "1 January 2027 at 01:30 Danish time"),
    ],
)
def test_a_moment_is_said_in_words_on_the_english_line_too(moment: str, english: str) -> None:
    assert english_time(moment) == english


def test_the_rule_agrees_with_the_time_zone_database_every_hour_of_five_years() -> None:
    # verify.py cannot count on a zone database (Windows' Python has none without tzdata); the EU rule
    # it applies must say what Europe/Copenhagen says.
    copenhagen = ZoneInfo("Europe/Copenhagen")
    moment = datetime(2026, 1, 1, 0, 30, tzinfo=UTC)
    while moment.year < 2031:
        local = moment.astimezone(copenhagen)
        months = "januar februar marts april maj juni juli august september oktober november december"
        expected = f"{local.day}. {months.split()[local.month - 1]} {local.year} kl. {local:%H.%M}"
        assert danish_time(moment.isoformat()) == expected, moment
        moment += timedelta(hours=1)


def test_the_verifier_says_when_the_bundle_was_made_in_danish_on_the_danish_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    about = {"municipality": "Ballerup Kommune", "municipality_code": "151", "period": "2026-Q3"}
    assert bundle_whose.check_identity(about | {"created_at": "2026-12-04T10:15:00+00:00"}, None, None)
    danish, english = capsys.readouterr().out.splitlines()
    assert (
        danish
        == "---- pakken gælder Ballerup Kommune (151), perioden 2026-Q3, dannet 4. december 2026 kl. 11.15"
    )
    assert english.strip() == (
        "the bundle is for Ballerup Kommune (151), period 2026-Q3, made 4 December 2026 at 11:15 Danish time"
    )


def _about(retention_years: int = 5) -> bundle_readme.About:
    return bundle_readme.About(
        municipality="Ballerup Kommune",
        code="151",
        period="2026-Q3",
        created_at="2026-07-01T08:05:09+00:00",
        cpr_rule="masked",
        retention_years=retention_years,
        public_pem=Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
        .decode(),
        origin="hub.invalid/audit/x",
    )


def test_the_readme_says_when_in_danish_and_in_iso() -> None:
    readme = bundle_readme.readme(_about())
    assert "Dannet af hubben 1. juli 2026 kl. 10.05 / made by the hub 2026-07-01T08:05:09+00:00" in readme


def test_the_readme_says_one_year_as_one() -> None:
    # A municipality's rule may keep its documentation for one year (the config allows 1 to 100).
    readme = bundle_readme.readme(_about(retention_years=1))
    assert "\nDokumentationen opbevares i 1 år.\n" in readme
    assert "\nKeep the documentation for 1 year.\n" in readme
    five = bundle_readme.readme(_about(retention_years=5))
    assert "opbevares i 5 år." in five and "Keep the documentation for 5 years." in five


def _zip(path: Path, members: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w") as out, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "Duplicate name": what the test is about
        for name, data in members:
            out.writestr(name, data)
    return path


def test_a_file_twice_in_the_zip_is_not_intact(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A forged copy before the hub's own: Python's zipfile reads the last of a name, `unzip` and other
    # tools may show the first. The hub's copy matches the manifest; the auditor may read the forged one.
    real = b'{"company": {"name": "Falck Danmark"}}'
    forged = b'{"company": {"name": "Forged Danmark"}}'
    name = "agreements/falck-hovedstaden.json"
    manifest = {"files": [{"path": name, "size": len(real), "sha256": hashlib.sha256(real).hexdigest()}]}
    once = bundle_opened.Bundle(str(_zip(tmp_path / "once.zip", [(name, real)])))
    assert bundle_check_files.check_files(once, manifest)
    twice = bundle_opened.Bundle(str(_zip(tmp_path / "twice.zip", [(name, forged), (name, real)])))
    capsys.readouterr()
    assert not bundle_check_files.check_files(twice, manifest)
    said = capsys.readouterr().out
    assert f"FEJL {name} står flere gange i zip-filen, og kun én af dem er kontrolleret" in said
    assert f"{name} is in the zip file more than once, and only one of them was checked" in said
    assert "all 1 files match the manifest" not in said


@pytest.mark.parametrize(
    ("municipality", "period"), [("151", "2026-q3"), (" 0151 ", " 2026-Q3 "), (None, "2026-Q3")]
)
def test_the_period_and_code_are_taken_as_the_hub_takes_them(
    capsys: pytest.CaptureFixture[str], municipality: str | None, period: str
) -> None:
    # `hub bundle --period 2026-q3` makes 2026-Q3's bundle (hub.periods reads Q in either case, spaces
    # dropped); its verifier told the auditor who typed the same "pakken er IKKE den, du bad om".
    about = {"municipality": "Ballerup Kommune", "municipality_code": "151", "period": "2026-Q3"}
    assert bundle_whose.check_identity(about, municipality, period)
    assert "FEJL" not in capsys.readouterr().out


def test_another_period_or_code_is_still_refused(capsys: pytest.CaptureFixture[str]) -> None:
    about = {"municipality": "Ballerup Kommune", "municipality_code": "151", "period": "2026-Q3"}
    assert not bundle_whose.check_identity(about, None, "2026-q4")
    assert not bundle_whose.check_identity(about, "1510", None)
    said = capsys.readouterr().out
    assert (
        "FEJL pakken gælder ikke perioden 2026-q4" in said and "FEJL pakken gælder ikke kommune 1510" in said
    )
