"""The audit log's key file (`HUB_SIGNING_KEY`) read, and what is wrong with one said in the operator's
terms: the setting, the file, and which of the usual mistakes it is (a public key where the private one
belongs, an OpenSSH key, a passphrase, a file cut short, another kind of key, a file the hub's user
cannot read), in English and Danish. `cryptography`'s own words ("MalformedFraming", "Could not
deserialize key data") name none of these.
"""

from __future__ import annotations

import re
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hub.errors import ConfigError
from hub.os_reasons import os_reason

SETTING = "HUB_SIGNING_KEY"
# How a key the hub reads is made (decision 0008, the README's production block).
MAKE = "openssl genpkey -algorithm ed25519 -out PATH"
# A PEM block's label (RFC 7468): only capitals, digits and spaces, never key material, so it may be said.
_LABEL = re.compile(rb"-----BEGIN ([A-Z0-9 ]{1,40})-----")


def read_key(path: Path) -> Ed25519PrivateKey:
    """The Ed25519 private key in the PEM (PKCS#8, unencrypted) file at `path`; `ConfigError` naming the
    setting, the file and what is wrong with it otherwise."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        en, da = os_reason(exc)
        raise wrong(path, f"cannot be read ({en})", f"kan ikke læses ({da})") from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except UnsupportedAlgorithm:  # a private key of a kind `cryptography` cannot load (SM2, GOST)
        raise wrong(path, *_another_kind("one it cannot read", "en, hubben ikke kan læse")) from None
    except TypeError:  # cryptography's word for a key that needs a password
        raise wrong(
            path,
            "is encrypted with a passphrase: the hub reads an unencrypted key, kept private by its mode "
            "(0600)",
            "er krypteret med en adgangskode: hubben læser en ukrypteret nøgle, beskyttet af sin filtilstand "
            "(0600)",
        ) from None
    except ValueError:
        raise wrong(path, *not_a_private_key(data)) from None
    if not isinstance(key, Ed25519PrivateKey):
        kind = type(key).__name__.removesuffix("PrivateKey").replace("EllipticCurve", "EC")
        raise wrong(path, *_another_kind(kind, kind))
    return key


def _another_kind(kind: str, kind_da: str) -> tuple[str, str]:
    return (
        f"holds a key of another kind ({kind}), not Ed25519: make the audit log's key with `{MAKE}`",
        f"indeholder en nøgle af en anden type ({kind_da}), ikke Ed25519: lav revisionsloggens nøgle med "
        f"`{MAKE}`",
    )


def not_a_private_key(data: bytes) -> tuple[str, str]:
    """Why bytes that `cryptography` would not read as a PEM private key are not one, in English and
    Danish, told by the PEM label an operator's mistake leaves (never quoting the bytes: they may be a
    key)."""
    if not data.strip():
        return "is empty", "er tom"
    if b"-----BEGIN OPENSSH PRIVATE KEY-----" in data:
        return (
            f"is an OpenSSH key (ssh-keygen's): the hub reads a PEM (PKCS#8) key, made with `{MAKE}`",
            f"er en OpenSSH-nøgle (fra ssh-keygen): hubben læser en PEM-nøgle (PKCS#8), lavet med `{MAKE}`",
        )
    if b"PUBLIC KEY-----" in data:
        return (
            "holds a public key: the setting takes the private key; the public one is what auditors are "
            "given (`hub audit key`)",
            "indeholder en offentlig nøgle: indstillingen skal have den private nøgle; den offentlige er "
            "den, revisorerne får (`hub audit key`)",
        )
    if b"-----BEGIN" not in data:
        return (
            "is not a PEM file (it should begin `-----BEGIN PRIVATE KEY-----`)",
            "er ikke en PEM-fil (den skal begynde med `-----BEGIN PRIVATE KEY-----`)",
        )
    # The label says what the file is (a TLS certificate, a certificate request, DH parameters): such a
    # file is not a private key cut short, and "copy it again" would send the operator after the same one.
    labels = _LABEL.findall(data)
    if labels and not any(label.endswith(b"PRIVATE KEY") for label in labels):
        what = labels[0].decode("ascii")
        return (
            f"holds a PEM {what}, not a private key (it should begin `-----BEGIN PRIVATE KEY-----`): make "
            f"the audit log's key with `{MAKE}`",
            f"indeholder en PEM-blok af typen {what}, ikke en privatnøgle (den skal begynde med `-----BEGIN "
            f"PRIVATE KEY-----`): lav revisionsloggens nøgle med `{MAKE}`",
        )
    return (
        "holds a PEM private key that cannot be decoded: the file is cut short or altered (copy it again "
        "from the machine that made it)",
        "indeholder en PEM-privatnøgle, der ikke kan afkodes: filen er afkortet eller ændret (kopiér den "
        "igen fra maskinen, der lavede den)",
    )


def wrong(path: Path, en: str, da: str) -> ConfigError:
    """The refusal of the key file at `path`: the setting and the file first, as every setting's line."""
    return ConfigError(f"{SETTING}: {path} {en}", f"{SETTING}: {path} {da}")


def not_a_path(configured: str) -> ConfigError | None:
    """The refusal of a `HUB_SIGNING_KEY` that holds a key itself rather than its file's path (as
    `HUB_SECRET_KEY` holds its key), or None. The value is not quoted: it is a private key, and the line
    goes to a log."""
    if "-----BEGIN" not in configured and "\n" not in configured:
        return None
    return ConfigError(
        f"{SETTING} holds a key itself, not the path of its file: put the key in a file (mode 0600) and "
        "set the setting to that file's path",
        f"{SETTING} indeholder selve nøglen, ikke stien til dens fil: læg nøglen i en fil (tilstand 0600), "
        "og sæt indstillingen til filens sti",
    )
