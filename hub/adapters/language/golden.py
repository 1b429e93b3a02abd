"""Golden files: a municipality's sample forms beside the canonical JSON written by hand from them."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from hub.adapters.language.config_form import IndexCache
from hub.adapters.language.config_model import MunicipalityConfig
from hub.adapters.language.required_flags import optional_but_required
from hub.adapters.mapping.form_items import map_items
from hub.adapters.mapping.header_not_found import other_sheet
from hub.adapters.mapping.items import headers_of
from hub.adapters.mapping.stop_rules import unmatched_stops
from hub.adapters.pipeline import canonicalise, recognise, require_complete, validate_record
from hub.adapters.readers import READ_OPTIONS, extract
from hub.errors import FieldProblem, Rejection
from hub.schemas.paths import differences
from hub.storage import sha256_hex


@dataclass(frozen=True)
class GoldenResult:
    """One golden file's outcome: None problems and equal records mean it passed."""

    source: Path
    expected: Any
    actual: Any
    problem: str | None = None
    problem_da: str | None = None  # the same in Danish, for the config's author as `hub ingest` says it
    # What the config's author may write to read the document (English, Danish): said here, never to
    # the sender, whose rejection says what happened in the form's words (`sheet_hints`).
    hints: tuple[tuple[str, str], ...] = ()

    @property
    def passed(self) -> bool:
        """Whether the adapter produced exactly the expected record."""
        return self.problem is None and self.expected == self.actual

    def differences(self) -> list[str]:
        """Each field that differs, by its path: `period.end: expected '2026-10-30', got None`."""
        return [
            f"{path}: expected {want!r}, got {got!r}"
            for path, want, got in differences(self.expected, self.actual)
        ]


EXPECTED = ".expected.json"


def golden_pairs(directory: Path) -> list[tuple[Path, Path]]:
    """(input, expected JSON) pairs of one municipality's golden folder: `placement.expected.json` is
    what every `placement.<format>` beside it must give."""
    pairs: list[tuple[Path, Path]] = []
    for expected in sorted(directory.glob(f"*{EXPECTED}")):
        stem = expected.name.removesuffix(EXPECTED)
        inputs = sorted(p for p in directory.glob(f"{stem}.*") if p != expected)
        pairs.extend((source, expected) for source in inputs)
    return pairs


def unpaired(directory: Path) -> list[Path]:
    """The files of a golden folder that nothing checks: an input without its `<name>.expected.json`,
    or an expected JSON without an input."""
    pairs = golden_pairs(directory)
    used = {source for source, _ in pairs} | {expected for _, expected in pairs}
    return sorted(
        p for p in directory.iterdir() if p.is_file() and not p.name.startswith(".") and p not in used
    )


def canonical_records(config: MunicipalityConfig, data: bytes, filename: str) -> Any:
    """A document's canonical record, or the list of its records when it holds many (one per item);
    `Rejection` with every problem, each item's named by its row or element. No database: a record
    naming its placement by participant id is left as mapped."""
    sha256 = sha256_hex(data)
    extraction = extract(data, filename, READ_OPTIONS)
    cache: IndexCache = {}
    form, read = recognise(config, extraction, filename, data, cache)
    if form.items is None:
        return canonicalise(config, extraction, sha256, filename, data, recognised=(form, read, cache)).record
    # As the hub refuses a document of such a form (item_store): the config's gap, said once, not
    # "Feltet mangler" at every row as though the sender had left the field empty.
    require_complete(form, filename)
    records: list[dict[str, Any]] = []
    problems: list[FieldProblem] = []
    for item in map_items(read, form, sha256, filename, config.code, cache):
        if item.mapped is None:
            problems += item.problems
            continue
        try:
            records.append(validate_record(item.mapped, filename))
        except Rejection as exc:
            problems += [replace(p, item=item.label_en, item_da=item.label_da) for p in exc.problems]
    if problems:
        raise Rejection(problems)
    return records


def run_golden(config: MunicipalityConfig, directory: Path) -> list[GoldenResult]:
    """Put every golden input of a folder through the adapter and compare with its expected JSON."""
    results = []
    for source, expected_path in golden_pairs(directory):
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        data = source.read_bytes()
        try:
            actual = canonical_records(config, data, source.name)
        except Rejection as exc:
            hints = tuple(sheet_hints(config, data, source.name))
            results.append(GoldenResult(source, expected, None, exc.message, exc.message_da, hints))
            continue
        results.append(GoldenResult(source, expected, actual))
    return results


def sheet_hints(config: MunicipalityConfig, data: bytes, filename: str) -> list[tuple[str, str]]:
    """For the config's author: each table of the document's form not found on the sheet read but on
    another sheet of the workbook, with the option that reads that one (English, Danish). The sender is
    told only where the table is (`header_not_found.no_header_row`): `[forms.reader]` is no words of
    theirs."""
    cache: IndexCache = {}
    try:
        form, read = recognise(config, extract(data, filename, READ_OPTIONS), filename, data, cache)
    except Rejection:
        return []
    index = form.index(read, cache)
    items = form.items
    tables = [headers_of(form)] if items is not None and items.key and not items.across else []
    tables += [
        rule.headers for rule in form.lists if rule.table is not None and items is None and not rule.across
    ]
    hints = []
    for headers in tables:
        if index.find_header_row(headers) is None and (other := other_sheet(index, headers)) is not None:
            hints.append(
                (
                    f'{form.id}: its table is on sheet "{other}": write [forms.reader] sheet = "{other}"',
                    f'{form.id}: dens tabel står på arket "{other}": skriv [forms.reader] sheet = "{other}"',
                )
            )
    return list(dict.fromkeys(hints))


def stop_warnings(config: MunicipalityConfig, directory: Path) -> list[tuple[str, str]]:
    """One line per golden input on which a stop rule of its form matches no row (the table would run
    to the end of the sheet), or a PDF field the config lets be empty is one the form marks Required
    (`required_flags`); a file the adapter cannot read is `hub adapters test`'s to report."""
    found = []
    for source, _ in golden_pairs(directory):
        data = source.read_bytes()
        cache: IndexCache = {}
        try:
            reading = extract(data, source.name, READ_OPTIONS)
            form, extraction = recognise(config, reading, source.name, data, cache)
        except Rejection:
            continue
        index = form.index(extraction, cache)
        for en, da in [*unmatched_stops(index, form), *optional_but_required(form, index)]:
            found.append((f"{form.id}: {en} in {source.name}", f"{form.id}: {da} i {source.name}"))
    return found
