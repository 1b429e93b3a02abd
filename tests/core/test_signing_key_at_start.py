"""A wrong `HUB_SIGNING_KEY` stops the start of every process, `hub serve`, `hub worker`, each command and a
WSGI server on `hub:create_app`, with one line in English and Danish naming the setting, the file and what
is wrong with it (exit 2), rather than the first checkpoint or bundle to be signed."""

from __future__ import annotations

import base64
import datetime
import logging
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT, make_app
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import NameOID
from hub_process import PATIENCE

from hub.app import EXIT_BAD_SETTINGS, create_app_or_exit
from hub.errors import ConfigError

PEM = serialization.Encoding.PEM
PKCS8 = serialization.PrivateFormat.PKCS8


def _private(key: Ed25519PrivateKey | ec.EllipticCurvePrivateKey | None = None) -> bytes:
    key = key or Ed25519PrivateKey.generate()
    return key.private_bytes(PEM, PKCS8, serialization.NoEncryption())


def _cut_short() -> bytes:
    """A PEM private key whose body lost its end, as a paste cut off in a terminal leaves it."""
    body = base64.b64decode(b"".join(_private().splitlines()[1:-1]))
    return b"-----BEGIN PRIVATE KEY-----\n" + base64.b64encode(body[:20]) + b"\n-----END PRIVATE KEY-----\n"


def _public() -> bytes:
    public = Ed25519PrivateKey.generate().public_key()
    return public.public_bytes(PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def _openssh() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(
        PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()
    )


def _encrypted() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(
        PEM, PKCS8, serialization.BestAvailableEncryption(b"passphrase")
    )


def _certificate() -> bytes:
    """A TLS certificate (the file beside the key an operator points the setting at by mistake)."""
    key = Ed25519PrivateKey.generate()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "hub.example")])
    now = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    made = x509.CertificateBuilder(name, name, key.public_key(), 1, now, now + datetime.timedelta(days=1))
    return made.sign(key, None).public_bytes(PEM)


def _unknown_kind() -> bytes:
    """A PKCS#8 private key of an algorithm `cryptography` cannot load (SM2 and GOST keys are such): an
    Ed25519 one with its algorithm's identifier (1.3.101.112) made another (1.3.101.99)."""
    der = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.DER, PKCS8, serialization.NoEncryption()
    )
    other = der.replace(bytes.fromhex("06032b6570"), bytes.fromhex("06032b6563"), 1)
    return b"-----BEGIN PRIVATE KEY-----\n" + base64.encodebytes(other) + b"-----END PRIVATE KEY-----\n"


# What each file holds, and what the two lines must say of it (after "HUB_SIGNING_KEY: PATH ").
WRONG: dict[str, tuple[Callable[[], bytes] | None, str, str]] = {
    "malformed": (lambda: b"not a key\n", "is not a PEM file", "er ikke en PEM-fil"),
    "cut short": (_cut_short, "holds a PEM private key that cannot be decoded", "ikke kan afkodes"),
    "public key": (_public, "holds a public key", "indeholder en offentlig nøgle"),
    "a folder": (None, "cannot be read (Is a directory)", "kan ikke læses (det er en mappe)"),
    "empty": (lambda: b"", "is empty", "er tom"),
    "openssh": (_openssh, "is an OpenSSH key", "er en OpenSSH-nøgle"),
    "passphrase": (_encrypted, "is encrypted with a passphrase", "er krypteret med en adgangskode"),
    "ec": (lambda: _private(ec.generate_private_key(ec.SECP256R1())), "(EC), not Ed25519", "(EC), ikke"),
    "certificate": (
        _certificate,
        "holds a PEM CERTIFICATE, not a private key",
        "indeholder en PEM-blok af typen CERTIFICATE, ikke en privatnøgle",
    ),
    "unknown kind": (_unknown_kind, "(one it cannot read), not Ed25519", "(en, hubben ikke kan læse), ikke"),
}


def _key_file(folder: Path, case: str) -> Path:
    make = WRONG[case][0]
    path = folder / "signing-key.pem"
    if make is None:
        path.mkdir()
    else:
        path.write_bytes(make())
    return path


@pytest.mark.parametrize("case", WRONG)
def test_a_wrong_key_file_stops_the_app_at_start(tmp_path: Path, case: str) -> None:
    path = _key_file(tmp_path, case)
    _, english, danish = WRONG[case]
    with pytest.raises(ConfigError) as caught:
        make_app(tmp_path, SIGNING_KEY=str(path))
    assert caught.value.message.startswith(f"HUB_SIGNING_KEY: {path} ")
    assert caught.value.message_da.startswith(f"HUB_SIGNING_KEY: {path} ")
    assert english in caught.value.message and danish in caught.value.message_da


def test_the_default_key_file_spoiled_stops_the_app_at_start(tmp_path: Path) -> None:
    # `$HUB_DATA_DIR/signing-key.pem`, made by the hub, then overwritten (a restore gone wrong).
    (tmp_path / "var").mkdir()
    (tmp_path / "var" / "signing-key.pem").write_bytes(_public())
    with pytest.raises(ConfigError, match="holds a public key"):
        make_app(tmp_path)


def test_a_command_says_it_in_two_lines_exit_2(tmp_path: Path) -> None:
    path = _key_file(tmp_path, "public key")
    env = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
        "HUB_DATA_DIR": str(tmp_path / "var"),
        "HUB_MUNICIPALITIES_DIR": str(ROOT / "config" / "municipalities"),
        "HUB_SIGNING_KEY": str(path),
    }
    done = subprocess.run(
        [sys.executable, "-m", "hub", "agreements", "list"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=PATIENCE,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        f"error: HUB_SIGNING_KEY: {path} holds a public key: the setting takes the private key; the public"
        " one is what auditors are given (`hub audit key`)",
        f"fejl: HUB_SIGNING_KEY: {path} indeholder en offentlig nøgle: indstillingen skal have den private"
        " nøgle; den offentlige er den, revisorerne får (`hub audit key`)",
    ]


def _wsgi_start(tmp_path: Path, caplog: pytest.LogCaptureFixture, **settings: str) -> list[str]:
    """What `hub:create_app` (a WSGI server's factory) logs as it refuses to start, exit 2."""
    config = {
        "DATA_DIR": str(tmp_path / "var"),
        "SECRET_KEY": "test-secret",
        "MUNICIPALITIES_DIR": str(ROOT / "config" / "municipalities"),
        "REDIS_URL": "",
        **settings,
    }
    with caplog.at_level(logging.ERROR, logger="hub.app"), pytest.raises(SystemExit) as caught:
        create_app_or_exit(config)
    assert caught.value.code == EXIT_BAD_SETTINGS
    return [record.getMessage() for record in caplog.records]


def test_a_wsgi_server_refuses_a_configured_key_not_there_with_a_shared_database(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # As `hub serve` refuses it: each web process would otherwise start, and none could sign.
    path = tmp_path / "signing-key.pem"
    lines = _wsgi_start(
        tmp_path, caplog, SIGNING_KEY=str(path), DATABASE_URL="postgresql+psycopg://hub@127.0.0.1:1/hub"
    )
    assert len(lines) == 1 and lines[0].startswith(f"error: HUB_SIGNING_KEY: {path} does not exist.")
    assert " / fejl: HUB_SIGNING_KEY: " in lines[0]
    assert not path.exists()


def test_a_key_pasted_into_the_setting_is_refused_without_quoting_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pem = _private().decode()
    lines = _wsgi_start(
        tmp_path, caplog, SIGNING_KEY=pem, DATABASE_URL="postgresql+psycopg://hub@127.0.0.1:1/hub"
    )
    assert lines == [
        "error: HUB_SIGNING_KEY holds a key itself, not the path of its file: put the key in a file (mode"
        " 0600) and set the setting to that file's path / fejl: HUB_SIGNING_KEY indeholder selve nøglen,"
        " ikke stien til dens fil: læg nøglen i en fil (tilstand 0600), og sæt indstillingen til filens sti"
    ]
    assert pem.splitlines()[1] not in caplog.text


def test_a_wsgi_server_says_a_key_file_it_cannot_make_without_a_traceback(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # SQLite makes a configured key not there yet; its folder cannot be made where a file stands on the
    # path. The system's OSError escaped `create_app_or_exit`, which catches the hub's errors only.
    (tmp_path / "keys").write_text("a file, not a folder\n")
    path = tmp_path / "keys" / "hub" / "signing-key.pem"
    lines = _wsgi_start(tmp_path, caplog, SIGNING_KEY=str(path), DATABASE_URL=f"sqlite:///{tmp_path}/hub.db")
    assert lines == [
        f"error: HUB_SIGNING_KEY: {path} cannot be made (Not a directory): make its folder, writable by the"
        " hub's user, or set the setting to a file in such a folder / fejl: HUB_SIGNING_KEY: "
        f"{path} kan ikke laves (en del af stien er ikke en mappe): lav dens mappe, skrivbar for hubbens"
        " bruger, eller sæt indstillingen til en fil i en sådan mappe"
    ]
