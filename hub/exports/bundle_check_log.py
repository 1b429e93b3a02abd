"""`verify.py`'s checks against the log the bundle carries: the checkpoint's signature, every entry's
inclusion proof against it (RFC 9162, `hub.merkle`), and each downloaded claim against the SHA-256 its
download's entry names."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from hub.exports.bundle_check_files import DOWNLOADED
from hub.exports.bundle_counts import grouped, said_count
from hub.exports.bundle_opened import Bundle
from hub.exports.bundle_signatures import parse_checkpoint, verify_ed25519
from hub.exports.bundle_verdict import say
from hub.merkle import leaf_hash, verify_inclusion

LOG_ENTRIES = (("logpost", "logposter"), ("log entry", "log entries"))


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
