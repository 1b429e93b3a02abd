"""A claim as the municipality's CSV layout: its delimiter, encoding and line ending.

From the top, each part only when the config has it: the writer's `title` and a blank row; one
"label;value" row per field and a blank row; the header row of the lines' columns; one row per line; the
footer row (values under the columns named by their targets: the total row). Every cell is checked
against the encoding first, so an `Ł` in a cp1252 file is refused naming its line and column rather than
written as `?`.
"""

from __future__ import annotations

import io

from hub.adapters.language.claim_config import ClaimConfig
from hub.adapters.mapping.outbound_types import as_text
from hub.exports.claim_model import Claim
from hub.exports.claims.values import Problems, evaluate, line_values
from hub.exports.csv_safe import safe_writer

_ENDINGS = {"crlf": "\r\n", "lf": "\n"}


def _check(cell: str, encoding: str, problems: Problems, where_en: str, where_da: str, column: str) -> str:
    try:
        cell.encode(encoding)
    except UnicodeEncodeError as exc:
        bad = cell[exc.start : exc.end]
        problems.add(
            f"{where_en}{bad!r} in {cell!r} cannot be written in {encoding}",
            f"{where_da}{bad!r} i {cell!r} kan ikke skrives i {encoding}",
            column,
        )
    return cell


def rows(claim: Claim, config: ClaimConfig, problems: Problems) -> list[list[str]]:
    """The claim's rows of cells, as text, in layout order."""
    writer, encoding = config.writer, str(config.writer["encoding"])
    header = claim.header()
    out: list[list[str]] = []
    if writer.get("title"):
        out += [[_check(str(writer["title"]), encoding, problems, "title: ", "titel: ", "")], []]
    if config.fields:
        for rule in config.fields:
            cell = as_text(evaluate(rule, header, problems))
            out.append([rule.target, _check(cell, encoding, problems, "", "", rule.target)])
        out.append([])
    columns = [rule.target for rule in config.lines.fields]
    if writer.get("header_row", True):
        out.append([_check(c, encoding, problems, "header row: ", "overskrift: ", c) for c in columns])
    for line in claim.lines:
        values = line_values(header, line)
        where_en, where_da = f"line {line.number}: ", f"linje {line.number}: "
        cells = [as_text(evaluate(rule, values, problems, line)) for rule in config.lines.fields]
        out.append(
            [
                _check(c, encoding, problems, where_en, where_da, t)
                for c, t in zip(cells, columns, strict=True)
            ]
        )
    if config.footer:
        footer = dict.fromkeys(columns, "")
        for rule in config.footer:
            footer[rule.target] = _check(
                as_text(evaluate(rule, header, problems)),
                encoding,
                problems,
                "footer: ",
                "sum-række: ",
                rule.target,
            )
        out.append(list(footer.values()))
    return out


def render_csv(claim: Claim, config: ClaimConfig) -> bytes:
    """The claim as CSV bytes in the municipality's layout."""
    problems = Problems(config)
    table = rows(claim, config, problems)
    problems.raise_any()
    text = io.StringIO()
    writer = safe_writer(
        text,
        delimiter=str(config.writer["delimiter"]),
        lineterminator=_ENDINGS[str(config.writer["line_ending"])],
    )
    writer.writerows(table)
    return text.getvalue().encode(str(config.writer["encoding"]))
