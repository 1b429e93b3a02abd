"""tomllib's errors in Danish, for a config file that is not TOML at all (`hub adapters check`, and the
app's refusal to start): the line and column the writer looks for, then what is wrong.
"""

from __future__ import annotations

import re

# tomllib's messages (Python 3.11+), the common ones a hand-edited file meets; any other is quoted as the
# parser's own words after the line and column, which are what the writer looks for.
_TOML_WORDS = (
    ("Illegal character", "ulovligt tegn"),
    ("Invalid value", "ugyldig værdi (tekst skal stå i anførselstegn)"),
    ("Expected '=' after a key in a key/value pair", "der mangler '=' efter en nøgle"),
    ("Unterminated string", "en tekst mangler sit afsluttende anførselstegn"),
    ("Expected newline or end of document after a statement", "der skal være et linjeskift efter en værdi"),
    ("Cannot overwrite a value", "en nøgle er angivet to gange"),
    ("Cannot declare", "en tabel eller nøgle er angivet to gange"),
    ("Unclosed array", "en liste mangler sit afsluttende ']'"),
    ("Unclosed inline table", "en tabel på én linje mangler sit afsluttende '}'"),
    ("Invalid statement", "ugyldig linje"),
)
_TOML_WHERE = re.compile(r"(?s)(.*) \(at line (\d+), column (\d+)\)")


def toml_danish(message: str) -> str:
    """tomllib's error in Danish: where (line, column) and what, the parser's words kept where they name
    a character ("Illegal character '\\n'")."""
    found = _TOML_WHERE.fullmatch(message)
    what, where = (found[1], f"linje {found[2]}, kolonne {found[3]}: ") if found else (message, "")
    if what.endswith(" (at end of document)"):
        what, where = what.removesuffix(" (at end of document)"), "i slutningen af filen: "
    for english, danish in _TOML_WORDS:
        if what.startswith(english):
            rest = what[len(english) :].strip()
            if rest == "'\\n'":  # a line break inside a quoted text: its closing quote is missing
                return f"{where}linjeskift inde i en tekst (mangler et afsluttende anførselstegn?)"
            return f"{where}{danish}{f' ({rest})' if rest else ''}"
    return f"{where}(parserens ord: {what})"
