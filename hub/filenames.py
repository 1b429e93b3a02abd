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
    shown = "".join(c for c in sent if unicodedata.category(c) not in _DROPPED)
    last = _SEPARATORS.split(shown)[-1]
    # NFC: macOS sends "å" as "a" and a combining ring; the same name should be the same text.
    name = unicodedata.normalize("NFC", last).strip()
    return FALLBACK if name in ("", ".", "..") else name
