"""The log's Ed25519 key: loaded from `SIGNING_KEY` (default `$DATA_DIR/signing-key.pem`), or made once.

A key that is not there yet is made (mode 0600) only where one data folder serves the whole hub (SQLite),
or at the default path. A configured path with a shared database (PostgreSQL) must hold the key already:
every machine must sign with the same one, and each making its own would break the log on the second.

The key signs checkpoints (`hub.checkpoint`). Losing it does not lose the log, but checkpoints signed
with it can then only be checked with its public key (`hub audit key` prints it; auditors keep it).
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from flask import Flask, current_app

from hub.checkpoint import Checkpoint, CheckpointError, check_name, key_id, parse, signed_note
from hub.errors import ConfigError
from hub.keyfiles import create_once
from hub.os_reasons import os_reason
from hub.signing_key_file import not_a_path, read_key, wrong

KEY_FILE = "signing-key.pem"
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Signer:
    """The log's private key with the name (the origin) its checkpoints carry."""

    key: Ed25519PrivateKey
    origin: str

    @property
    def public_raw(self) -> bytes:
        """The 32-byte public key."""
        return self.key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def fingerprint(self) -> str:
        """16 hex digits of the public key's SHA-256: what auditors compare (`hub audit key`, verify.py)."""
        return hashlib.sha256(self.public_raw).hexdigest()[:16]

    @property
    def key_id(self) -> bytes:
        """The 4-byte signed-note key id."""
        return key_id(self.origin, self.public_raw)

    def public_pem(self) -> str:
        """The public key as PEM (SubjectPublicKeyInfo), for auditors and `openssl pkeyutl -verify`."""
        return (
            self.key.public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            .decode("ascii")
        )

    def sign(self, checkpoint: Checkpoint) -> str:
        """The checkpoint as a signed note."""
        return self.sign_text(checkpoint.text())

    def sign_text(self, text: bytes) -> str:
        """Any note text (UTF-8, ending in a newline) with this key's signature line."""
        return signed_note(text, self.origin, self.key_id, self.key.sign(text))

    def open(self, note: str) -> Checkpoint:
        """The checkpoint of a note that this key signed under this origin; anything else is an error."""
        checkpoint, signatures = parse(note)
        ours = [s for s in signatures if s.name == self.origin and s.key_id == self.key_id]
        if checkpoint.origin != self.origin or not ours:
            raise CheckpointError(
                f"the checkpoint is not signed by this hub's key (its log is {checkpoint.origin!r}, "
                f"this hub's is {self.origin!r}; every machine must use the same SIGNING_KEY)",
                f"kontrolpunktet er ikke signeret med denne hubs nøgle (dets log er {checkpoint.origin!r}, "
                f"denne hubs er {self.origin!r}; alle maskiner skal bruge samme SIGNING_KEY)",
            )
        public: Ed25519PublicKey = self.key.public_key()
        try:
            public.verify(ours[0].signature, checkpoint.text())
        except InvalidSignature:
            raise CheckpointError(
                "the checkpoint's signature does not verify with this hub's key: it was altered",
                "kontrolpunktets signatur passer ikke med denne hubs nøgle: det er ændret",
            ) from None
        return checkpoint


def default_origin(public_raw: bytes) -> str:
    """A log name derived from the key, for when `AUDIT_ORIGIN` is empty: stable as long as the key is."""
    return f"hub.invalid/audit/{hashlib.sha256(public_raw).hexdigest()[:16]}"


def load_key(path: Path) -> Ed25519PrivateKey:
    """The Ed25519 private key in a PEM file (PKCS#8, unencrypted); anything else is a config error
    saying what is wrong with the file (`hub.signing_key_file`)."""
    return read_key(path)


def create_key(path: Path) -> Ed25519PrivateKey:
    """Make a key at `path` (mode 0600) unless one is there; return the key the file then holds."""
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    create_once(path, pem)
    return load_key(path)


def key_path(app: Flask) -> tuple[Path, bool]:
    """The key file and whether it is the generated default."""
    configured = str(app.config.get("SIGNING_KEY") or "")
    refusal = not_a_path(configured)
    if refusal is not None:
        raise refusal
    if configured:
        return Path(configured), False
    return Path(app.config["DATA_DIR"]) / KEY_FILE, True


def signer(app: Flask | None = None) -> Signer:
    """The app's signer, loaded (or, for the default path, made) on first use."""
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    cached: Signer | None = app.extensions.get("hub.signer")
    if cached is not None:
        return cached
    with _LOCK:
        cached = app.extensions.get("hub.signer")
        if cached is None:
            path, generated = key_path(app)
            key = load_key(path) if _there(path) else _made(path, generated, str(app.config["DATABASE_URL"]))
            public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            try:
                origin = check_name(str(app.config.get("AUDIT_ORIGIN") or "") or default_origin(public))
            except CheckpointError as exc:
                raise ConfigError(f"AUDIT_ORIGIN: {exc.message}", f"AUDIT_ORIGIN: {exc.message_da}") from None
            cached = app.extensions["hub.signer"] = Signer(key, origin)
    return cached


def check_at_start(app: Flask) -> None:
    """Read the key file if there is one, so that a wrong one (malformed, cut short, a public key, not
    readable) stops the start of every process, named (`ConfigError`, exit 2), rather than the first
    checkpoint or bundle to be signed, after the process had taken uploads. A key not there yet is left
    to `signer`: made on first use, or refused by the processes that would sign."""
    path, _ = key_path(app)
    if _there(path):
        signer(app)


def _there(path: Path) -> bool:
    """Whether something is at `path`: a file the hub's user may not read is there (and said so by
    `load_key`), not "does not exist", which `Path.exists` would make of it where its folder is closed."""
    try:
        path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError:
        return True
    return True


def _made(path: Path, generated: bool, database_url: str) -> Ed25519PrivateKey:
    """A new key at a path where there is none, or `ConfigError` where making one is not ours to do."""
    # The default path stays as it was (made on first use); the README's production block configures one.
    if generated or database_url.startswith("sqlite"):
        try:
            return create_key(path)
        except OSError as exc:
            # A folder not there or not the hub's to write: said as the key file's other faults are, not
            # a traceback (a WSGI server's `create_app_or_exit` catches the hub's errors only).
            en, da = os_reason(exc)
            raise wrong(
                path,
                f"cannot be made ({en}): make its folder, writable by the hub's user, or set the setting "
                "to a file in such a folder",
                f"kan ikke laves ({da}): lav dens mappe, skrivbar for hubbens bruger, eller sæt "
                "indstillingen til en fil i en sådan mappe",
            ) from None
    raise ConfigError(
        f"HUB_SIGNING_KEY: {path} does not exist. With a shared database every machine must sign the audit "
        "log with the same key, so the hub does not make one: make it once, on one machine "
        f"(`openssl genpkey -algorithm ed25519 -out {path} && chmod 600 {path}`), back it up and copy it "
        "to every machine",
        f"HUB_SIGNING_KEY: {path} findes ikke. Med en delt database skal alle maskiner signere "
        "revisionsloggen med samme nøgle, så hubben laver den ikke selv: lav den én gang, på én maskine "
        f"(`openssl genpkey -algorithm ed25519 -out {path} && chmod 600 {path}`), tag en sikkerhedskopi, og "
        "kopiér den til alle maskiner",
    )
