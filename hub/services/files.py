"""Read files given by users, turning syntax errors into clear rejections; write files whole or not at all."""

from __future__ import annotations

import json
import os
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from hub.adapters.language.toml_da import toml_danish
from hub.errors import FieldProblem, Rejection

# The json module's messages (Python 3.11+) in Danish, by how each begins; the parser's own words are kept
# after them where they quote a character. Any other message is quoted as the parser's words.
_JSON_WORDS = (
    ("Expecting value", "der mangler en værdi (eller en liste eller tabel slutter med et komma)"),
    (
        "Expecting property name enclosed in double quotes",
        "der mangler et navn i anførselstegn (et komma for meget?)",
    ),
    ("Expecting ':' delimiter", "der mangler ':' efter et navn"),
    ("Expecting ',' delimiter", "der mangler et komma mellem to værdier"),
    ("Unterminated string starting at", "en tekst mangler sit afsluttende anførselstegn"),
    ("Invalid control character", "et styretegn (fx et linjeskift) inde i en tekst"),
    ("Invalid \\uXXXX escape", "ugyldig \\u-kode i en tekst"),
    ("Invalid \\escape", "ugyldig \\-kode i en tekst"),
    ("Extra data", "der står mere efter den første værdi"),
)


def json_danish(message: str) -> str:
    """The json module's error message (`JSONDecodeError.msg`) in Danish."""
    for english, danish in _JSON_WORDS:
        if message.startswith(english):
            return danish
    return f"parserens ord: {message}"


def read_text_file(path: Path) -> str:
    """A UTF-8 text file; a missing or unreadable file is a `Rejection` naming it."""
    name = str(path)
    try:
        return path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise Rejection([FieldProblem("file not found", "filen findes ikke", file=name)]) from None
    except IsADirectoryError:
        raise Rejection([FieldProblem("a folder, not a file", "en mappe, ikke en fil", file=name)]) from None
    except PermissionError:
        raise Rejection(
            [
                FieldProblem(
                    "cannot read: permission denied", "kan ikke læses: ingen adgang til filen", file=name
                )
            ]
        ) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise Rejection(
            [FieldProblem(f"cannot read: {reason}", f"kan ikke læses: {reason}", file=name)]
        ) from None
    except UnicodeDecodeError as exc:
        # The codec's reason is English ("invalid start byte"); where it is says the same in Danish.
        at = exc.start + 1
        raise Rejection(
            [
                FieldProblem(
                    f"not UTF-8 text: {exc.reason} at byte {at}",
                    f"ikke UTF-8-tekst: byte {at} kan ikke læses som UTF-8; gem filen som UTF-8",
                    file=name,
                )
            ]
        ) from None


def write_file_whole(path: Path, data: bytes, mode: int = 0o644) -> None:
    """Write `data` to `path` through a temporary file and a rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, mode)  # mkstemp makes the file private; what is written here is for sharing
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def read_data_file(path: Path) -> Any:
    """Parse a `.json` or `.toml` file; a missing file or a syntax error is a `Rejection` naming it."""
    name = str(path)
    text = read_text_file(path)
    try:
        if path.suffix.lower() == ".toml":
            return tomllib.loads(text)
        return json.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise Rejection(
            [FieldProblem(f"not valid TOML: {exc}", f"ikke gyldig TOML: {toml_danish(str(exc))}", file=name)]
        ) from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise Rejection(
            [
                FieldProblem(
                    f"not valid JSON: {exc.msg} ({where})",
                    f"ikke gyldig JSON: linje {exc.lineno}, kolonne {exc.colno}: {json_danish(exc.msg)}",
                    file=name,
                )
            ]
        ) from None
