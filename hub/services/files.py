"""Read files given by users, turning syntax errors into clear rejections; write files whole or not at all."""

from __future__ import annotations

import json
import os
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from hub.errors import FieldProblem, Rejection


def read_text_file(path: Path) -> str:
    """A UTF-8 text file; a missing or unreadable file is a `Rejection` naming it."""
    name = str(path)
    try:
        return path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise Rejection([FieldProblem("file not found", "filen findes ikke", file=name)]) from None
    except IsADirectoryError:
        raise Rejection([FieldProblem("a folder, not a file", "en mappe, ikke en fil", file=name)]) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise Rejection(
            [FieldProblem(f"cannot read: {reason}", f"kan ikke læses: {reason}", file=name)]
        ) from None
    except UnicodeDecodeError as exc:
        raise Rejection(
            [FieldProblem(f"not UTF-8 text: {exc.reason}", f"ikke UTF-8-tekst: {exc.reason}", file=name)]
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
            [FieldProblem(f"not valid TOML: {exc}", f"ikke gyldig TOML: {exc}", file=name)]
        ) from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise Rejection(
            [
                FieldProblem(
                    f"not valid JSON: {exc.msg} ({where})",
                    f"ikke gyldig JSON: {exc.msg} (linje {exc.lineno}, kolonne {exc.colno})",
                    file=name,
                )
            ]
        ) from None
