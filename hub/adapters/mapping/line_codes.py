"""A PDF list's chosen line, mapped by its text or by its export code.

A list or combo box pairs each line's export code with the text it shows (PDFBox: `06` printed
`Praktik i anden virksomhed`); the value reads as the text (decision 0060, "Eleventh trial") and the
reader keeps the code beside it (`meta["code"]`). A config written from the case system's list of codes
maps the codes: it was refused for every line, in the line's words with the codes it knows, so no one
could tell which code the form held (decision 0025, "Stop 61: fixes-72"). The text is tried first, as
before; then the code; a line neither names is refused with both.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hub.adapters.mapping.checkbox_marks import config_norm, value_norm
from hub.quoting import quoted, quoted_da


def _knows(text: str, args: Mapping[str, Any]) -> bool:
    """Whether a `map`'s table has a key for `text`, compared as `map` compares."""
    wanted = value_norm(text)
    return any(config_norm(key) == wanted for key in args["values"])


def line_to_map(text: str, code: str, args: Mapping[str, Any]) -> str | None:
    """What a `map` (its arguments `args`) is given for a line shown as `text` with the export `code`:
    the text where the table names it (or where none is named and the map has a default), else the code
    where the table names that; None where it names neither."""
    if _knows(text, args):
        return text
    if _knows(code, args):
        return code
    return text if "default" in args else None


def unmapped_line(text: str, code: str, args: Mapping[str, Any]) -> tuple[str, str]:
    """The refusal, English and Danish, of a line whose text and code a `map`'s table both lack: the
    line's text, its code and the keys the table knows."""
    known = ", ".join(repr(key) for key in args["values"])
    return (
        f"no mapping for {quoted(text)}, the line with the code {quoted(code)} (known: {known})",
        f"ukendt værdi {quoted_da(text)}, linjen med koden {quoted_da(code)} (kendte: {known})",
    )
