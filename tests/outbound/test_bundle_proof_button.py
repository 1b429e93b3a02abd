"""What stop 64's walk (walk-88) of Ballerup's auditor found: verify.py, run on a checkpoint of a size no
bundle had, said in English to download the proof on the auditor's page ("Hent beviset"), the Danish
page's label; the English page's button says "Download the proof". The bundle's English README said the
same, and `verify.py --help` named only the API's address for `--proof`, not the page. Each language now
names the button as the page in that language does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from hub.exports import bundle_files, bundle_readme
from hub.exports.bundle_since import Note, key_id, since

ROOT = Path(__file__).resolve().parents[2]
_ORIGIN = "hub.example/audit"
_RAW_KEY = bytes(32)


def _labels() -> tuple[str, str]:
    """The auditor's page's button for the proof: its Danish label from the catalogue, its English one."""
    english = "Download the proof"
    assert f'_("{english}")' in (ROOT / "hub" / "templates" / "auditor.html").read_text()
    with (ROOT / "hub" / "translations" / "da" / "LC_MESSAGES" / "messages.po").open("rb") as po:
        danish = read_po(po, locale="da")[english].string
    assert danish == "Hent beviset"  # written by hand: the page's Danish button
    return danish, english


def _note(size: int) -> Note:
    return Note(b"", _ORIGIN, size, bytes(32), _ORIGIN, key_id(_ORIGIN, _RAW_KEY), bytes(64))


def test_verify_names_the_button_in_each_readers_language() -> None:
    danish, english = _labels()
    said = since(_note(1000), _note(12345), _RAW_KEY, lambda text, signature: True, [])
    assert f'("{danish}", størrelserne 1000 og 12345)' in said.danish
    assert f'("{english}", sizes 1000 and 12345)' in said.english
    assert danish not in said.english


def test_the_readme_names_the_button_in_each_half() -> None:
    danish, english = _labels()
    about = bundle_readme.About(
        municipality="Ballerup Kommune",
        code="151",
        period="2026-Q3",
        created_at="2026-07-01T08:05:09+00:00",
        cpr_rule="masked",
        retention_years=5,
        public_pem=Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
        .decode(),
        origin=_ORIGIN,
    )
    danish_half, english_half = bundle_readme.readme(about).split("## English")
    assert f'("{danish}")' in danish_half
    assert f'("{english}")' in english_half
    assert danish not in english_half


def test_verify_help_says_where_the_proof_is_downloaded(tmp_path: Path) -> None:
    danish, english = _labels()
    script = tmp_path / "verify.py"
    script.write_text(bundle_files.verifier_source())
    done = subprocess.run(
        [sys.executable, "-I", "-S", str(script), "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    # argparse wraps the help at the terminal's width: read it as one line.
    help_text = " ".join(done.stdout.split())
    assert f'("{danish}")' in help_text
    assert f'("{english}")' in help_text
