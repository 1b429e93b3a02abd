"""Read JSON and TOML files given by users, turning syntax errors into clear rejections."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from hub.errors import FieldProblem, Rejection


def read_data_file(path: Path) -> Any:
    """Parse a `.json` or `.toml` file; a missing file or a syntax error is a `Rejection` naming it."""
    name = str(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise Rejection([FieldProblem("file not found", "filen findes ikke", file=name)]) from None
    except UnicodeDecodeError as exc:
        raise Rejection(
            [FieldProblem(f"not UTF-8 text: {exc.reason}", f"ikke UTF-8-tekst: {exc.reason}", file=name)]
        ) from None
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
