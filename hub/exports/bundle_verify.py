"""Check an audit bundle offline: every file against the signed manifest, every log entry against the
signed checkpoint, every record version and original against the log (`bundle_traced`). This module is
written into each bundle as `verify.py`, after the Merkle functions of `hub.merkle` (standard library
only); an auditor runs it with any Python 3.9 or newer:

    python3 verify.py BUNDLE.zip [--municipality CODE] [--period PERIOD] [--key FINGERPRINT]
                      [--since KEPT_CHECKPOINT [--proof PROOF.json]]

It says which municipality and period the bundle is for (from the signed manifest) and whose key signed
it; given `--municipality`, `--period` or `--key` (the fingerprint the hub published), a bundle of
another, or one signed with another key, is an error. File hashes and inclusion proofs need
nothing but the standard library. The two Ed25519 signatures (the manifest's and the checkpoint's) are
checked with the `cryptography` package where it is installed, else with the `openssl` command (OpenSSL
3). Exit status 0: intact; 1: something is not (or it is another municipality's, period's or key's); 2:
the bundle cannot be read, or the command line is wrong; 3: not verified, because no signature could be
checked or no `--key` was given (files that match a manifest signed by a key nobody compared with the
published one prove nothing). With `--since` (a checkpoint kept from an earlier bundle, or that bundle)
it also checks that the log the bundle's checkpoint signs still holds everything the kept one held,
unchanged (`bundle_since`): exit 1 when it does not, 2 when the kept file or `--proof` cannot be read,
3 when no proof joins the two (fetch one from the API and give it with `--proof`). It is one file,
standard library only, because it travels in the bundle.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import functools
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
import zlib
from collections import Counter
from typing import Any

from hub.exports.bundle_since import Note, grouped, loaded, read_note, said_count, since
from hub.exports.bundle_traced import TRACED_RECORDS, TRACED_SHOWN, untraced
from hub.exports.danish_clock import danish_time, english_time
from hub.merkle import leaf_hash, verify_inclusion

SIGNATURE_DASH = "\u2014"
# Nouns for `said_count`, Danish then English.
FILES = (("fil", "filer"), ("file", "files"))
LOG_ENTRIES = (("logpost", "logposter"), ("log entry", "log entries"))
# A downloaded claim's file, named by the log entry of its download (`bundle_claims`).
DOWNLOADED = re.compile(r"claim/hentet/.+-logpost-([0-9]+)\.[A-Za-z0-9]+")
NOT_CHECKED = 3
# Files Finder and Explorer leave in a folder they have shown, or in a zip made again from it (macOS's
# `__MACOSX/` and `._name`): never the bundle's, so no sign that it was changed. An auditor who unpacked
# the bundle and looked at it would otherwise be told it is NOT intact. Said, and skipped.
OS_LITTER = re.compile(r"(?:^|/)(?:\.DS_Store|Thumbs\.db|desktop\.ini|\._[^/]+)$|^__MACOSX/", re.IGNORECASE)


class Unreadable(Exception):
    """The bundle, or a file the check needs, cannot be read; the reason in Danish and English."""

    def __init__(self, danish: str, english: str) -> None:
        super().__init__(english)
        self.danish = danish
        self.english = english


def say(ok: bool | None, danish: str, english: str) -> None:
    """One line of the report in both languages."""
    mark = {True: "OK ", False: "FEJL", None: "----"}[ok]
    print(f"{mark} {danish}\n     {english}")


def verify_ed25519(public_pem: bytes, message: bytes, signature: bytes) -> bool | None:
    """Check an Ed25519 signature; None when neither `cryptography` nor `openssl` is at hand."""
    try:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
        from cryptography.hazmat.primitives.serialization import load_pem_public_key
    except ImportError:
        return _openssl(public_pem, message, signature)
    try:
        key = load_pem_public_key(public_pem)
    except ValueError:
        return False  # not a key at all: nothing it could have signed
    if not isinstance(key, Ed25519PublicKey):
        return False  # an RSA or EC key, which the hub never signs with (its verify() takes other arguments)
    try:
        key.verify(signature, message)
    except InvalidSignature:
        return False
    return True


def _openssl(public_pem: bytes, message: bytes, signature: bytes) -> bool | None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for name, data in (("key.pem", public_pem), ("msg", message), ("sig", signature)):
            paths[name] = os.path.join(tmp, name)
            with open(paths[name], "wb") as handle:
                handle.write(data)
        command = [
            "openssl",
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            paths["key.pem"],
            "-rawin",
            "-in",
            paths["msg"],
            "-sigfile",
            paths["sig"],
        ]
        try:
            done = subprocess.run(command, capture_output=True, check=False)
        except OSError:
            return None
    return done.returncode == 0


def parse_checkpoint(note: str) -> tuple[bytes, int, bytes, bytes]:
    """(signed text, tree size, root hash, signature) of a C2SP signed checkpoint."""
    text, _, lines = note.rpartition("\n\n")
    origin, size, root = text.split("\n")
    signature_line = lines.strip().split("\n")[0]
    dash, _, rest = signature_line.partition(" ")
    if dash != SIGNATURE_DASH or not origin:
        raise ValueError("not a signed checkpoint")
    raw = base64.b64decode(rest.partition(" ")[2])
    return (text + "\n").encode(), int(size), base64.b64decode(root), raw[4:]


# The file the README's openssl check makes: `base64 -d manifest.sig > manifest.bin`.
OPENSSL_SIGNATURE = "manifest.bin"


class Bundle:
    """The files of a bundle, from its zip or from a folder it was unpacked into."""

    def __init__(self, path: str) -> None:
        self.root = path
        self.zip: zipfile.ZipFile | None = None
        if os.path.isdir(path):
            return
        if not os.path.isfile(path):
            raise Unreadable(f"{path} findes ikke", f"{path} does not exist")
        try:
            self.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError):
            raise Unreadable(
                f"{path} er ikke en zip-fil, eller den er beskadiget eller ikke hentet helt",
                f"{path} is not a zip file, or it is damaged or was not downloaded whole",
            ) from None

    def read(self, name: str) -> bytes:
        """One file's bytes."""
        try:
            if self.zip is not None:
                return self.zip.read(name)
            with open(os.path.join(self.root, name), "rb") as handle:
                return handle.read()
        except (KeyError, OSError):
            raise Unreadable(f"{name} mangler i pakken", f"{name} is missing from the bundle") from None
        except (zipfile.BadZipFile, zlib.error):
            raise Unreadable(
                f"{name} er beskadiget i zip-filen", f"{name} is damaged in the zip file"
            ) from None

    def digest(self, name: str) -> tuple[str, int]:
        """A file's SHA-256 and size, read in chunks."""
        sha, size = hashlib.sha256(), 0
        handle = self.zip.open(name) if self.zip is not None else open(os.path.join(self.root, name), "rb")
        with handle:
            while chunk := handle.read(1 << 16):
                sha.update(chunk)
                size += len(chunk)
        return sha.hexdigest(), size

    def repeated(self) -> list[str]:
        """The names the zip holds more than once. Python reads the last of them, other unzip tools may
        show or unpack the first: a forged copy put before the hub's would be what the auditor reads,
        while the hub's, which this checks, matches the manifest."""
        if self.zip is None:
            return []
        return sorted(name for name, count in Counter(self.zip.namelist()).items() if count > 1)

    def names(self) -> set[str]:
        """Every file in the bundle."""
        if self.zip is not None:
            return {n for n in self.zip.namelist() if not n.endswith("/")}
        found = set()
        for folder, _, files in os.walk(self.root):
            for name in files:
                found.add(os.path.relpath(os.path.join(folder, name), self.root).replace(os.sep, "/"))
        return found


def check_files(bundle: Bundle, manifest: dict[str, Any]) -> bool:
    """Every file the manifest lists is there with its hash and size; no file is there unlisted. A file
    the manifest marks as not included (an original whose full CPR numbers the auditor may not see) is
    reported as listed only, and must not be there: its hash is for checking a copy got elsewhere."""
    listed = {e["path"]: e for e in manifest["files"] if e.get("included", True) is not False}
    withheld = {e["path"]: e for e in manifest["files"] if e.get("included", True) is False}
    ok = _check_withheld(bundle, withheld)
    for path in bundle.repeated():
        say(
            False,
            f"{path} står flere gange i zip-filen, og kun én af dem er kontrolleret",
            f"{path} is in the zip file more than once, and only one of them was checked",
        )
        ok = False
    for path, entry in sorted(listed.items()):
        try:
            sha, size = bundle.digest(path)
        except (KeyError, OSError):
            say(False, f"{path} mangler", f"{path} is missing")
            ok = False
            continue
        except (zipfile.BadZipFile, zlib.error):
            say(False, f"{path} er beskadiget i zip-filen", f"{path} is damaged in the zip file")
            ok = False
            continue
        if (sha, size) != (entry["sha256"], entry["size"]):
            say(False, f"{path} er ændret (SHA-256 passer ikke)", f"{path} was changed (SHA-256 differs)")
            ok = False
    extra = bundle.names() - set(listed) - set(withheld) - {"manifest.json", "manifest.sig"}
    litter = {path for path in extra if OS_LITTER.search(path)}
    if litter:
        shown = ", ".join(sorted(litter)[:3]) + (", …" if len(litter) > 3 else "")
        # One .DS_Store is as likely as three: "1 fil", "1 file ... is".
        n_da, n_en = said_count(len(litter), FILES)
        verb = "is" if len(litter) == 1 else "are"
        say(
            None,
            f"{n_da} fra styresystemet er ikke pakkens og springes over ({shown})",
            f"{n_en} the operating system made {verb} not the bundle's and {verb} skipped ({shown})",
        )
    litter |= _auditors_own(bundle, extra)
    for path in sorted(extra - litter):
        say(False, f"{path} står ikke i manifestet", f"{path} is not in the manifest")
        ok = False
    if ok and len(listed) == 1:  # "alle 1 filer passer" is no one's Danish
        say(True, "den ene fil passer med manifestet", "the one file matches the manifest")
    elif ok:
        say(
            True,
            f"alle {grouped(len(listed), 'da')} filer passer med manifestet",
            f"all {grouped(len(listed), 'en')} files match the manifest",
        )
    return ok


def _auditors_own(bundle: Bundle, extra: set[str]) -> set[str]:
    """The files in the folder that the auditor made by following the README and the page, each said and
    skipped: the bundle is not to be called NOT intact for them. Only with exactly their bytes; any other
    file under such a name is a file added."""
    if bundle.zip is not None:
        return set()
    own = set()
    if OPENSSL_SIGNATURE in extra and _is_decoded_signature(bundle):
        # The README's openssl check: `base64 -d manifest.sig > manifest.bin`, beside manifest.json.
        own.add(OPENSSL_SIGNATURE)
        say(
            None,
            f"{OPENSSL_SIGNATURE} er manifest.sig afkodet til README'ens openssl-kontrol og springes over",
            f"{OPENSSL_SIGNATURE} is manifest.sig decoded for the README's openssl check, and is skipped",
        )
    for path in sorted(extra):
        # The downloaded zip, unpacked where it lies: the bundle itself (the same signed manifest).
        if "/" not in path and path.lower().endswith(".zip") and _same_manifest(bundle, path):
            own.add(path)
            say(
                None,
                f"{path} er pakken selv som zip-fil (samme manifest) og springes over; kør verify.py på "
                "den for at kontrollere den",
                f"{path} is the bundle itself as a zip file (the same manifest) and is skipped; run "
                "verify.py on it to check it",
            )
    return own


def _is_decoded_signature(bundle: Bundle) -> bool:
    try:
        return base64.b64decode(bundle.read("manifest.sig")) == bundle.read(OPENSSL_SIGNATURE)
    except (Unreadable, binascii.Error, ValueError):
        return False


def _same_manifest(bundle: Bundle, path: str) -> bool:
    try:
        with zipfile.ZipFile(os.path.join(bundle.root, path)) as zipped:
            return zipped.read("manifest.json") == bundle.read("manifest.json")
    except (zipfile.BadZipFile, KeyError, OSError, zlib.error, Unreadable):
        return False


def _check_withheld(bundle: Bundle, withheld: dict[str, Any]) -> bool:
    """Say how many originals and downloaded claims are listed but not included; a file there under
    such a path was added."""
    if not withheld:
        return True
    by_why: dict[tuple[bool, str], int] = {}
    for path, entry in withheld.items():
        kind = (bool(DOWNLOADED.fullmatch(path)), str(entry.get("why")))
        by_why[kind] = by_why.get(kind, 0) + 1
    for (claim, why), count in sorted(by_why.items()):
        da, en = WITHHELD_WORDS.get(why, (why, why))
        one = count == 1
        if claim:
            what_da, what_en = (
                ("hentet krav", "downloaded claim") if one else ("hentede krav", "downloaded claims")
            )
        else:
            what_da, what_en = ("original", "original") if one else ("originaler", "originals")
        say(
            None,
            f"{grouped(count, 'da')} {what_da} er listet, ikke med ({da})",
            f"{grouped(count, 'en')} {what_en} listed, not included ({en})",
        )
    there = sorted(set(withheld) & bundle.names())
    for path in there:
        say(
            False,
            f"{path} står som ikke med, men er i pakken",
            f"{path} is listed as not included, but is there",
        )
    return not there


# Why the manifest lists an original or a downloaded claim it does not carry, as
# `hub.services.bundle_documents` writes it.
WITHHELD_WORDS = {"cpr_masked": ("CPR maskeret", "CPR masked")}


def check_log(bundle: Bundle, public_pem: bytes) -> bool | None:
    """The checkpoint's signature, and every log entry's inclusion proof against it (None: all entries
    are in the log, but the checkpoint's signature could not be checked)."""
    try:
        text, size, root, signature = parse_checkpoint(bundle.read("log/checkpoint.txt").decode())
    except (ValueError, binascii.Error):
        say(
            False,
            "log/checkpoint.txt er ikke et signeret kontrolpunkt",
            "log/checkpoint.txt is not a signed checkpoint",
        )
        return False
    signed = verify_ed25519(public_pem, text, signature)
    say(
        signed,
        "kontrolpunktets signatur" + ("" if signed is not False else " passer IKKE (log/checkpoint.txt)"),
        "the checkpoint's signature"
        + ("" if signed is not False else " does NOT verify (log/checkpoint.txt)"),
    )
    ok = signed is not False
    count = 0
    outside: list[str] = []  # the ids of entries whose proof fails: one line for them all
    try:
        lines = bundle.read("log/entries.jsonl").decode().splitlines()
    except UnicodeDecodeError:
        say(False, "log/entries.jsonl er ikke tekst", "log/entries.jsonl is not text")
        return False
    for number, line in enumerate(lines, start=1):
        try:
            entry = json.loads(line)
            data = base64.b64decode(entry["leaf_data"])
            proof = [bytes.fromhex(h) for h in entry["proof"]]
            shown = {k: entry[k] for k in ("id", "occurred_at", "actor", "action", "subject", "detail")}
            in_log = verify_inclusion(entry["position"], size, leaf_hash(data), proof, root)
            same = json.loads(data) == shown
        except (ValueError, KeyError, TypeError, binascii.Error):
            say(
                False,
                f"linje {number} i log/entries.jsonl er ikke en logpost",
                f"line {number} of log/entries.jsonl is not a log entry",
            )
            ok = False
            continue
        if not same:
            say(
                False,
                f"log/entries.jsonl: logpost {entry['id']} svarer ikke til sine data (leaf_data)",
                f"log/entries.jsonl: log entry {entry['id']} differs from its data (leaf_data)",
            )
            ok = False
        if not in_log:
            outside.append(str(entry["id"]))
            ok = False
        count += 1
    if outside:
        _say_outside(outside, count, size)
    if ok:
        # A checkpoint's size names it and stays plain; the count is grouped, and one is one.
        count_da, count_en = said_count(count, LOG_ENTRIES)
        say(
            True,
            f"{count_da} er med i loggen ved kontrolpunkt {size}",
            f"{count_en} {'is' if count == 1 else 'are'} in the log at checkpoint {size}",
        )
    return None if ok and signed is None else ok


def _say_outside(ids: list[str], count: int, size: int) -> None:
    """Entries whose inclusion proofs fail, in one line: a checkpoint replaced or rewritten fails every
    entry, and a thousand lines would bury the one thing to know."""
    if len(ids) == 1:
        say(
            False,
            f"log/entries.jsonl: logpost {ids[0]} er ikke i loggen ved kontrolpunkt {size}",
            f"log/entries.jsonl: log entry {ids[0]} is not in the log at checkpoint {size}",
        )
        return
    shown = ", ".join(ids[:5]) + (", …" if len(ids) > 5 else "")
    say(
        False,
        f"log/entries.jsonl: {grouped(len(ids), 'da')} af {grouped(count, 'da')} logposter er ikke i loggen "
        f"ved kontrolpunkt {size} ({shown})",
        f"log/entries.jsonl: {grouped(len(ids), 'en')} of {grouped(count, 'en')} log entries are not in the "
        f"log at checkpoint {size} ({shown})",
    )


def check_downloads(bundle: Bundle, manifest: dict[str, Any]) -> bool:
    """Each downloaded claim is the file its download's log entry names by SHA-256: with the manifest's
    hashes checked (`check_files`) and the entries' proofs (`check_log`), an enclosed file is the one the
    hub logged when it was downloaded, and one only listed (CPR masked) is checked against that hash."""
    files, listed = {}, 0
    for entry in manifest["files"]:
        match = DOWNLOADED.fullmatch(str(entry["path"]))
        if match:
            files[entry["path"]] = (int(match.group(1)), entry["sha256"])
            listed += entry.get("included", True) is False
    if not files:
        return True
    logged = {}
    for line in bundle.read("log/entries.jsonl").decode(errors="replace").splitlines():
        try:
            entry = json.loads(line)
            logged[int(entry["id"])] = entry["detail"]["sha256"]
        except (ValueError, KeyError, TypeError):
            continue  # `check_log` says which line is not an entry
    ok = True
    for path, (number, sha) in sorted(files.items()):
        if logged.get(number) != sha:
            say(
                False,
                f"{path} er ikke den fil, logpost {number} nævner",
                f"{path} is not the file log entry {number} names",
            )
            ok = False
    if ok:
        only_da, only_en = (
            (f" ({grouped(listed, 'da')} kun listet)", f" ({grouped(listed, 'en')} listed only)")
            if listed
            else ("", "")
        )
        if len(files) == 1:  # "de 1 hentede krav er de filer" is no one's Danish
            said_da = f"det ene hentede krav er den fil, loggen nævner{only_da}"
            said_en = f"the one downloaded claim is the file the log names{only_en}"
        else:
            n_da, n_en = grouped(len(files), "da"), grouped(len(files), "en")
            said_da = f"de {n_da} hentede krav er de filer, loggen nævner{only_da}"
            said_en = f"the {n_en} downloaded claims are the files the log names{only_en}"
        say(True, said_da, said_en)
    return ok


def check_traced(bundle: Bundle, manifest: dict[str, Any]) -> bool:
    """Every record version and original the bundle shows has the log entry of its coming in
    (`bundle_traced`): the signed manifest alone proves only that the hub signed what it put there."""
    try:
        lines = bundle.read("log/entries.jsonl").decode().splitlines()
        records = bundle.read("records/records.jsonl").decode().splitlines()
    except (Unreadable, UnicodeDecodeError):
        return False  # said by check_files and check_log
    # A bundle under any rule but `full` shows raw values masked already (`bundle_records`).
    masked = (manifest.get("bundle") or {}).get("cpr_in_bundles", "full") != "full"
    found = untraced(lines, records, manifest["files"], masked)
    problems, count, without_content, without_provenance = found[:4]
    for danish, english in problems[:TRACED_SHOWN]:
        say(False, danish, english)
    if len(problems) > TRACED_SHOWN:
        more = len(problems) - TRACED_SHOWN
        say(
            False,
            f"… og {grouped(more, 'da')} til, som log/entries.jsonl ikke gør rede for",
            f"… and {grouped(more, 'en')} more that log/entries.jsonl does not account for",
        )
    if not problems:
        da, en = said_count(count, RECORD_VERSIONS)
        say(
            True,
            f"{da} og deres dokumenter er logget, da de blev gemt",
            f"{en} and their documents were logged when they were stored",
        )
    if without_content:
        # Stored before the hub logged a version's data with it (stop 52): as logged then, not a failure,
        # but what the log cannot vouch for is said, once.
        da, en = said_count(without_content, RECORD_VERSIONS)
        say(
            None,
            f"{da} i {TRACED_RECORDS} blev gemt, før loggen fik deres indholds SHA-256: "
            "kan ikke spores til indholdet",
            f"{en} in {TRACED_RECORDS} were stored before the log held their content's SHA-256: "
            "not traceable to content",
        )
    if without_provenance:
        # Stored before the hub logged the provenance's hash (stop 53): counted, as the content above.
        da, en = said_count(without_provenance, RECORD_VERSIONS)
        say(
            None,
            f"{da} i {TRACED_RECORDS} blev gemt, før loggen fik deres oprindelses SHA-256: "
            "oprindelsen kan ikke spores",
            f"{en} in {TRACED_RECORDS} were stored before the log held their provenance's SHA-256: "
            "provenance not traceable",
        )
    _said_before(found.provenance_before, found.untraceable_rows)
    _said_data_before(found.data_before, found.untraceable_data)
    return not problems


def _said_data_before(before: int, untraceable: int) -> None:
    """The versions whose data was logged with its free text as stored (before stop 56, checked in that
    form), and those of them a masked bundle shows with a typed CPR number masked: counted, not failed."""
    if before:
        da, en = said_count(before, RECORD_VERSIONS)
        say(
            None,
            f"{da} i {TRACED_RECORDS} fik deres indhold logget med fritekst, som den blev gemt (før hubben "
            "maskerede CPR-numre i den): kontrolleret i den form",
            f"{en} in {TRACED_RECORDS} had their content logged with free text as stored (before the hub "
            "masked CPR numbers in it): checked in that form",
        )
    if untraceable:
        da, en = said_count(untraceable, RECORD_VERSIONS)
        say(
            None,
            f"{da} af dem viser pakken med et CPR-nummer i friteksten maskeret, hvor hubben loggede det "
            "umaskeret: kan ikke spores til indholdet",
            f"{en} of those the bundle shows with a CPR number in the free text masked where the hub "
            "logged it unmasked: not traceable to content",
        )


def _said_before(before: int, untraceable: int) -> None:
    """The versions whose provenance was logged with locators and source keys as stored (before stop 55,
    checked in that form), and the rows of those a masked bundle shows masked where the hub hashed them
    otherwise: counted, not failed."""
    if before:
        da, en = said_count(before, RECORD_VERSIONS)
        say(
            None,
            f"{da} i {TRACED_RECORDS} fik deres oprindelse logget med stedangivelse og kildenøgle, "
            "som de blev gemt (før hubben maskerede CPR-numre i dem): kontrolleret i den form",
            f"{en} in {TRACED_RECORDS} had their provenance logged with locators and source keys as stored "
            "(before the hub masked CPR numbers in them): checked in that form",
        )
    if untraceable:
        da, en = said_count(
            untraceable, (("oprindelsesrække", "oprindelsesrækker"), ("provenance row", "provenance rows"))
        )
        say(
            None,
            f"{da} af dem viser pakken maskeret, hvor hubben loggede dem umaskeret eller maskeret én gang: "
            "kan ikke spores",
            f"{en} of those the bundle shows masked where the hub logged them unmasked or masked once: "
            "not traceable",
        )


RECORD_VERSIONS = (("postversion", "postversioner"), ("record version", "record versions"))


def public_key_fingerprint(public_pem: bytes) -> str:
    """The hub's key as `hub audit key` and the log's default name give it: 16 hex digits of the SHA-256
    of the 32-byte Ed25519 public key (the last 32 bytes of the PEM's SubjectPublicKeyInfo)."""
    body = b"".join(line.strip() for line in public_pem.splitlines() if not line.startswith(b"-----"))
    return hashlib.sha256(base64.b64decode(body, validate=True)[-32:]).hexdigest()[:16]


def main(argv: list[str]) -> int:
    """Verify the bundle named on the command line."""
    parser = argparse.ArgumentParser(
        prog="verify.py", description="Kontrollér en revisionspakke / verify an audit bundle"
    )
    parser.add_argument(
        "bundle", help="pakken (zip) eller mappen, den er pakket ud i / the bundle or its folder"
    )
    parser.add_argument("--municipality", help="den kommunekode, pakken skal gælde / the code it must be for")
    parser.add_argument("--period", help="den periode, pakken skal gælde / the period it must be for")
    parser.add_argument(
        "--key", help="hubbens offentliggjorte fingeraftryk / the hub's published fingerprint"
    )
    parser.add_argument(
        "--since",
        help="et kontrolpunkt (eller en pakke), du har gemt: loggen skal rumme det uændret / "
        "a checkpoint (or a bundle) you kept: the log must still hold it unchanged",
    )
    parser.add_argument(
        "--proof",
        help="et bevis gemt fra GET /api/audit/consistency (med --since) / "
        "a proof saved from GET /api/audit/consistency (with --since)",
    )
    args = parser.parse_args(argv[1:])
    if args.proof and not args.since:
        parser.error("--proof kræver --since / --proof needs --since")
    try:
        kept = _kept(args.since, args.proof)
    except Unreadable as exc:
        say(False, exc.danish, exc.english)
        return 2
    try:
        bundle = Bundle(args.bundle)
        manifest_bytes = bundle.read("manifest.json")
        public_pem = bundle.read("public-key.pem")
        try:
            manifest = json.loads(manifest_bytes)
            about = manifest["bundle"]
            listed = manifest["files"]
            if not isinstance(about, dict) or not all(
                isinstance(f, dict) and {"path", "sha256", "size"} <= f.keys() for f in listed
            ):
                raise ValueError("not the bundle's manifest")
            signature = base64.b64decode(bundle.read("manifest.sig").strip(), validate=True)
        except (ValueError, KeyError, TypeError, binascii.Error):
            raise Unreadable(
                "manifest.json eller manifest.sig har ikke pakkens format",
                "manifest.json or manifest.sig is not in the bundle's format",
            ) from None
        try:
            fingerprint = public_key_fingerprint(public_pem)
        except (ValueError, binascii.Error):
            raise Unreadable("public-key.pem er ikke en nøgle", "public-key.pem is not a key") from None
    except Unreadable as exc:
        say(False, f"pakken kan ikke læses: {exc.danish}", f"the bundle cannot be read: {exc.english}")
        return 2
    known = check_key(fingerprint, args.key)
    signed = verify_ed25519(public_pem, manifest_bytes, signature)
    if signed is None:
        say(
            None,
            "manifestets signatur er ikke kontrolleret: installér cryptography eller openssl",
            "the manifest's signature was not checked: install cryptography or openssl",
        )
    else:
        say(
            signed,
            "manifestets signatur" + ("" if signed else " passer IKKE (manifest.sig, manifest.json)"),
            "the manifest's signature" + ("" if signed else " does NOT verify (manifest.sig, manifest.json)"),
        )
    meant = check_identity(about, args.municipality, args.period)
    files = check_files(bundle, manifest)
    try:
        log = check_log(bundle, public_pem)
        downloads = check_downloads(bundle, manifest)
    except Unreadable as exc:
        say(False, exc.danish, exc.english)
        log = downloads = False
    # Against the log only what the manifest vouches for: a file already changed would be said again.
    traced = check_traced(bundle, manifest) if files else True
    grown = True if kept is None else check_since(bundle, public_pem, *kept)
    why_not = [UNCHECKED_SIGNATURES] if None in (signed, log) else []
    if known is None:
        why_not.append(UNCOMPARED_KEY)
    if grown is None:
        why_not.append(KEPT_UNPROVEN)
    return verdict([known, signed, files, log, downloads, traced], why_not, meant, grown)


def _kept(path: str | None, proof: str | None) -> tuple[Note, list[dict[str, Any]]] | None:
    """The kept checkpoint (from its file, or from the earlier bundle's `log/checkpoint.txt`) and the
    proofs of `--proof`; None without `--since`."""
    if path is None:
        return None
    is_bundle = os.path.isdir(path) or zipfile.is_zipfile(path)
    try:
        note = Bundle(path).read("log/checkpoint.txt") if is_bundle else _file(path)
        old = read_note(note.decode())
    except (ValueError, binascii.Error):
        raise Unreadable(
            f"{path} er ikke et signeret kontrolpunkt", f"{path} is not a signed checkpoint"
        ) from None
    try:
        proofs = loaded(_file(proof)) if proof else []
    except ValueError:
        raise Unreadable(
            f"{proof} er ikke et bevis fra GET /api/audit/consistency",
            f"{proof} is not a proof from GET /api/audit/consistency",
        ) from None
    return old, proofs


def _file(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError:
        raise Unreadable(f"{path} kan ikke læses", f"{path} cannot be read") from None


def check_since(bundle: Bundle, public_pem: bytes, old: Note, given: list[dict[str, Any]]) -> bool | None:
    """Say whether the log at the bundle's checkpoint holds the kept checkpoint `old` unchanged, with the
    proofs the bundle carries (`log/consistency.json`, from its municipality's earlier bundles) and those
    given with `--proof`."""
    try:
        new = read_note(bundle.read("log/checkpoint.txt").decode())
        carried = loaded(bundle.read(CONSISTENCY)) if CONSISTENCY in bundle.names() else []
    except (ValueError, binascii.Error, Unreadable):
        say(
            False,
            "pakkens kontrolpunkt eller beviser kan ikke læses, så det gemte kontrolpunkt er ikke "
            "kontrolleret",
            "the bundle's checkpoint or proofs cannot be read, so the kept checkpoint was not checked",
        )
        return False
    public_raw = base64.b64decode(b"".join(public_pem.splitlines()[1:-1]))[-32:]
    said = since(old, new, public_raw, functools.partial(verify_ed25519, public_pem), [*carried, *given])
    say(*said)
    return said.ok


CONSISTENCY = "log/consistency.json"
KEPT_UNPROVEN = (
    "det gemte kontrolpunkt er ikke bevist at være en del af loggen (se ovenfor)",
    "the kept checkpoint was not proven to be part of the log (see above)",
)


UNCHECKED_SIGNATURES = (
    "signaturerne kunne ikke kontrolleres; installér cryptography eller openssl",
    "its signatures could not be checked; install cryptography or openssl",
)
UNCOMPARED_KEY = (
    "nøglen er ikke sammenlignet med den, hubben har offentliggjort: kør igen med --key FINGERAFTRYK",
    "the key was not compared with the one the hub published: run again with --key FINGERPRINT",
)


def check_key(fingerprint: str, published: str | None) -> bool | None:
    """Say whose key signed the bundle; False when it is not the fingerprint the hub published, None
    when none was given. A key shipped in the bundle proves nothing by itself: whoever forged the
    bundle could sign it too, so without `--key` the bundle is not verified (exit 3)."""
    if published is None:
        say(
            None,
            f"hubbens nøgle: {fingerprint} (ikke sammenlignet med den offentliggjorte: brug --key)",
            f"the hub's key: {fingerprint} (not compared with the one the hub published: give --key)",
        )
        return None
    if published.strip().lower() == fingerprint:
        say(
            True,
            f"hubbens nøgle: {fingerprint}, den offentliggjorte",
            f"the hub's key: {fingerprint}, the published one",
        )
        return True
    say(
        False,
        f"pakken er signeret med nøglen {fingerprint}, ikke den offentliggjorte {published}",
        f"the bundle is signed with key {fingerprint}, not the published {published}",
    )
    return False


def check_identity(about: dict[str, Any], municipality: str | None, period: str | None) -> bool:
    """Say whose and which period's bundle it is; False when it is not the one asked for."""
    name, code, label = about.get("municipality"), str(about.get("municipality_code")), about.get("period")
    made = about.get("created_at")
    say(
        None,
        f"pakken gælder {name} ({code}), perioden {label}, dannet {danish_time(made)}",
        f"the bundle is for {name} ({code}), period {label}, made {english_time(made)}",
    )
    ok = True
    # As the hub reads them (`hub bundle --period 2026-q3`, `hub.periods.parse_period`): spaces around
    # dropped, Q and H in either case; a code with or without its leading zeros.
    if municipality is not None and municipality.strip().lstrip("0") != code.lstrip("0"):
        say(
            False,
            f"pakken gælder ikke kommune {municipality}",
            f"the bundle is not for municipality {municipality}",
        )
        ok = False
    if period is not None and period.strip().upper() != str(label).upper():
        say(False, f"pakken gælder ikke perioden {period}", f"the bundle is not for the period {period}")
        ok = False
    return ok


def verdict(
    checks: list[bool | None], why_not: list[tuple[str, str]], meant: bool = True, grown: bool | None = True
) -> int:
    """The last line and the exit status: intact only when every check passed, every signature was
    checked and the key is the published one, because files that match a manifest signed by an
    unchecked or unknown key prove nothing. A bundle whose own checks pass but which is not for the
    municipality or period asked (`meant`) is said to be another, not changed: "NOT intact" would send
    the auditor looking for tampering where they only picked the wrong file. A bundle intact in itself
    whose log does not hold a kept checkpoint unchanged (`grown` False, `--since`) is said to be that: the
    hub's log was rewritten, which is worse than a changed bundle and not the same thing."""
    if False in checks:
        say(False, "pakken er IKKE urørt", "the bundle is NOT intact")
        return 1
    if not meant:
        say(
            False,
            "pakken er IKKE den, du bad om (se ovenfor)",
            "the bundle is NOT the one you asked for (see above)",
        )
        return 1
    if grown is False:
        say(
            False,
            "loggen rummer IKKE det gemte kontrolpunkt uændret (se ovenfor)",
            "the log does NOT hold the kept checkpoint unchanged (see above)",
        )
        return 1
    if None in checks or grown is None:
        reasons = why_not or [UNCHECKED_SIGNATURES]
        say(
            None,
            "pakken er IKKE bekræftet: " + "; ".join(da for da, _ in reasons),
            "the bundle is NOT verified: " + "; ".join(en for _, en in reasons),
        )
        return NOT_CHECKED
    say(True, "pakken er urørt", "the bundle is intact")
    return 0


def run(argv: list[str]) -> int:
    """`main`, and its exit status, when its reader leaves early (`python3 verify.py … | head`): what was
    read is what the reader wanted, so no Python error is printed after it, only the shell's own status
    for a closed pipe (128 + SIGPIPE's 13). The verdict is the pipe's reader's to have missed."""
    try:
        code = main(argv)
        sys.stdout.flush()  # here, not at the interpreter's exit, where a closed pipe prints an error
    except BrokenPipeError:
        # Python's advice: stdout pointed at nothing, so that the interpreter's last flush cannot fail.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    return code


if __name__ == "__main__":
    sys.exit(run(sys.argv))
