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
import contextlib
import json
import os
import sys
from collections.abc import Iterator

from hub.exports.bundle_check_files import check_files
from hub.exports.bundle_check_log import check_downloads, check_log
from hub.exports.bundle_check_traced import check_traced
from hub.exports.bundle_kept import check_since, read_kept
from hub.exports.bundle_opened import Bundle, Unreadable
from hub.exports.bundle_signatures import public_key_fingerprint, verify_ed25519
from hub.exports.bundle_verdict import KEPT_UNPROVEN, UNCHECKED_SIGNATURES, UNCOMPARED_KEY, say, verdict
from hub.exports.bundle_whose import check_identity, check_key

# argparse's own words, those this command line can say, on Python 3.9 to 3.11 (3.9 says "optional
# arguments", 3.10 "options"): its msgids, each said in Danish, then English, as the help lines are. A
# template's value (%s, %r) comes once, after both: argparse fills it with one value.
_ARGPARSE_WORDS = {
    "usage: ": "brug / usage: ",
    "positional arguments": "positionelle argumenter / positional arguments",
    "optional arguments": "tilvalg / optional arguments",
    "options": "tilvalg / options",
    "show this help message and exit": "vis denne hjælp og afslut / show this help message and exit",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl / error: %(message)s\n",
    "unrecognized arguments: %s": "ukendte argumenter / unrecognized arguments: %s",
    "the following arguments are required: %s": "disse argumenter mangler / "
    "the following arguments are required: %s",
    "expected one argument": "kræver en værdi / expected one argument",
    "ambiguous option: %(option)s could match %(matches)s": "flertydigt tilvalg: %(option)s kan være "
    "%(matches)s / ambiguous option: %(option)s could match %(matches)s",
    "ignored explicit argument %r": "værdien bruges ikke / ignored explicit argument %r",
}


@contextlib.contextmanager
def _argparse_in_both_languages() -> Iterator[None]:
    """argparse's words in both languages while verify.py's parser is made and read. argparse says them
    through gettext (its `_`), whose catalogues are files: verify.py travels as one file, so its catalogue
    is the table above, put in `_`'s place and taken out again (the hub's own processes import this)."""
    english = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: _ARGPARSE_WORDS.get(text, english(text))  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = english  # type: ignore[attr-defined]


def main(argv: list[str]) -> int:
    """Verify the bundle named on the command line."""
    with _argparse_in_both_languages():
        parser = argparse.ArgumentParser(
            prog="verify.py", description="Kontrollér en revisionspakke / verify an audit bundle"
        )
        parser.add_argument(
            "bundle", help="pakken (zip) eller mappen, den er pakket ud i / the bundle or its folder"
        )
        parser.add_argument(
            "--municipality", help="den kommunekode, pakken skal gælde / the code it must be for"
        )
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
            help='et bevis hentet på revisorens side ("Hent beviset") eller fra GET /api/audit/consistency '
            '(med --since) / a proof downloaded on the auditor\'s page ("Download the proof") or from '
            "GET /api/audit/consistency (with --since)",
        )
        args = parser.parse_args(argv[1:])
        if args.proof and not args.since:
            parser.error("--proof kræver --since / --proof needs --since")
    try:
        kept = read_kept(args.since, args.proof)
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
        if exc.name not in bundle.said:
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
    return verdict([known, signed, files, log, downloads, traced], why_not, meant, grown, about)


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
