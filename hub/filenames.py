"""The name a document is kept under, made from the name its sender gave it.

A sent name is only a label: the hub stores bytes by their hash and never writes a file under a sent
name. But the label is shown on the upload page, written into the auditor's bundle (`records.jsonl`) and
given back as the download's name, so it must not carry a path (`../../x/`, a Windows path) nor
characters that change how the rest of it reads: `Åse` + U+202E (right-to-left override) + `gnp.csv`
displays as `Åsevsc.png`.
"""

from __future__ import annotations

import re
import unicodedata

# What a name becomes when nothing of it is left (an empty name, `../`, only control characters).
FALLBACK = "upload"

# Both separators, whatever the sender's system: a browser on Windows may send the whole path.
_SEPARATORS = re.compile(r"[/\\]")

# Control (Cc) and format (Cf: bidi overrides and isolates, marks, zero-width characters) are never part
# of a name a person reads; lone surrogates (Cs: undecodable bytes of a file name on the command line)
# cannot be stored as UTF-8; line and paragraph separators (Zl, Zp) would break the name over lines.
_DROPPED = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def clean_filename(sent: str) -> str:
    """The name to keep for a sent file name: its last path component, without control or format
    characters, in NFC, trimmed; `FALLBACK` when nothing is left. Danish letters and spaces stay."""
    return name_left(sent) or FALLBACK


def name_left(sent: str) -> str:
    """What `clean_filename` keeps of a sent name, "" when nothing is (the upload API refuses such a
    file: listed as `FALLBACK`, its sender could not find it again by its name)."""
    return _part(_SEPARATORS.split(_shown(sent))[-1])


def clean_path(name: str) -> str:
    """The name to keep for a name the hub made of a zip's and a member's (`forms.zip/mappe/a.csv`):
    each part cleaned as `clean_filename` cleans a sent name, empty and dot parts left out, joined by
    `/`. The folders keep two `placement.csv` of two citizens' folders apart on every page."""
    parts = [_part(part) for part in _SEPARATORS.split(_shown(name))]
    return "/".join(part for part in parts if part) or FALLBACK


def last_part(name: str) -> str:
    """A kept name's own name, without the zip and folders it came in: what a download is called."""
    return name.rsplit("/", 1)[-1]


def _shown(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) not in _DROPPED)


def _part(text: str) -> str:
    # NFC: macOS sends "å" as "a" and a combining ring; the same name should be the same text.
    name = unicodedata.normalize("NFC", text).strip()
    return "" if name in (".", "..") else name
