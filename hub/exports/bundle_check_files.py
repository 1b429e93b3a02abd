"""`verify.py`'s check of the bundle's files against the signed manifest: each listed file there with its
hash and size, none added, an original listed but not included (CPR masked) not there; the files the
operating system or the auditor's own README steps leave beside them said and skipped."""

from __future__ import annotations

import base64
import binascii
import os
import re
import zipfile
import zlib
from typing import Any

from hub.exports.bundle_counts import grouped, said_count
from hub.exports.bundle_opened import Bundle, Unreadable
from hub.exports.bundle_verdict import say

# Nouns for `said_count`, Danish then English.
FILES = (("fil", "filer"), ("file", "files"))


# A downloaded claim's file, named by the log entry of its download (`bundle_claims`).
DOWNLOADED = re.compile(r"claim/hentet/.+-logpost-([0-9]+)\.[A-Za-z0-9]+")


# Files Finder and Explorer leave in a folder they have shown, or in a zip made again from it (macOS's
# `__MACOSX/` and `._name`): never the bundle's, so no sign that it was changed. An auditor who unpacked
# the bundle and looked at it would otherwise be told it is NOT intact. Said, and skipped.
OS_LITTER = re.compile(r"(?:^|/)(?:\.DS_Store|Thumbs\.db|desktop\.ini|\._[^/]+)$|^__MACOSX/", re.IGNORECASE)


# The file the README's openssl check makes: `base64 -d manifest.sig > manifest.bin`.
OPENSSL_SIGNATURE = "manifest.bin"


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
            bundle.said.add(path)
            ok = False
            continue
        except (zipfile.BadZipFile, zlib.error):
            say(False, f"{path} er beskadiget i zip-filen", f"{path} is damaged in the zip file")
            bundle.said.add(path)
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
