"""The hub's own form PDFs mutated (`tools.pdf_mutants`), each read through the intake beside pikepdf
alone, and the figures printed (decision 0027, stop 39).

    python -m tools.pdf_mutants_figures [--seed N] [--list] [--keep DIR]

The seeds are the golden PDFs of tests/golden (rendered by `tools.make_fixtures_pdf` and the other
fixture tools). Each mutant goes the intake's way: `canonical_records` with the municipality's adapter
(the sandboxed reader, recognition, mapping, validation), and the hub's extraction (`extract`, the
sandboxed reader) is compared with `tools.pdf_corpus_child.pikepdf_values`: for every field both name,
the same value. A mutant that keeps the values must also give the golden record; one that changes
them, the record or a plain rejection. `--keep DIR` writes the mutants there (never into the repo).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hub.adapters.language.golden import canonical_records
from hub.adapters.language.registry import load_registry
from hub.adapters.readers import READ_OPTIONS, extract, sandbox
from hub.adapters.readers.pdf_reasons import ENCRYPTED as _ENCRYPTED
from hub.errors import Rejection, UnreadableDocument
from tools.fixtures import GOLDEN, ROOT
from tools.pdf_corpus import CRASH, HANG
from tools.pdf_corpus_child import measured_read, pikepdf_values
from tools.pdf_corpus_words import faults, problems_texts
from tools.pdf_mutants import Mutant, mutants

ENCRYPTED = _ENCRYPTED[0]
_UNCOMPARED = ("button", "signature")  # `pikepdf_values` leaves them out


ALWAYS = (
    "same values",
    "different values",
    "hub rejects, pikepdf reads the fields",
    "crashes",
    "hangs",
    "rejection in a library's words, English in the Danish or unreadable",
    "needs a password, not told so",
    "values kept, golden record not given",
)


@dataclass
class Figures:
    """The counts, and the mutants each bad count came from."""

    counts: Counter[str] = field(default_factory=Counter)
    cases: dict[str, list[str]] = field(default_factory=dict)
    slowest: tuple[float, str] = (0.0, "")
    largest: tuple[int, str] = (0, "")

    def add(self, what: str, where: str) -> None:
        """Count one outcome of one mutant."""
        self.counts[what] += 1
        self.cases.setdefault(what, []).append(where)


def _values(data: bytes, name: str, said: list[str]) -> dict[str, list[str]] | str:
    """The hub's values by field name, or its rejection's English reason (what is wrong with its words
    added to `said`)."""
    try:
        extraction = extract(data, name, READ_OPTIONS)
    except UnreadableDocument as exc:
        said += [f for en, da in problems_texts(exc.problems) for f in faults(en, da)]
        return exc.problems[0].reason_en
    found: dict[str, list[str]] = {}
    for value in extraction.values:
        if value.meta.get("type") not in _UNCOMPARED and value.value is not None:
            found.setdefault(value.key, []).append(value.value)
    return found


def examine(mutant: Mutant, slug: str, config: Any, expected: Any, figures: Figures, where: str) -> None:
    """Read one mutant both ways and count what happened."""
    started = time.perf_counter()
    said: list[str] = []
    hub = _values(mutant.data, f"{where}.pdf", said)
    try:
        record: Any = canonical_records(config, mutant.data, f"{where}.pdf")
    except (Rejection, UnreadableDocument) as exc:
        record = exc.problems[0].reason_en
        said += [f for en, da in problems_texts(exc.problems) for f in faults(en, da)]
    seconds = time.perf_counter() - started
    figures.slowest = max(figures.slowest, (seconds, where))
    try:
        cost = sandbox.run(measured_read, mutant.data, where)
        figures.largest = max(figures.largest, (cost["peak_kb"], where))
        reference = sandbox.run(pikepdf_values, mutant.data)
    except sandbox.SandboxError:
        reference = None
    figures.add("mutants", where)
    if said:  # the reader's rejection or the intake's: a library's words, English in the Danish, garbage
        figures.add(
            "rejection in a library's words, English in the Danish or unreadable", f"{where}: {said[0]}"
        )
    if mutant.changed == "password" and hub != ENCRYPTED:
        figures.add("needs a password, not told so", f"{where}: {hub if isinstance(hub, str) else 'read'}")
    if isinstance(hub, str):
        figures.add(f"rejected: {hub}", where)
        if hub in CRASH:
            figures.add("crashes", f"{where}: {hub}")
        elif hub == HANG:
            figures.add("hangs", where)
        if reference:
            figures.add("hub rejects, pikepdf reads the fields", f"{where}: {hub}")
        else:
            figures.add("rejected, pikepdf reads no field either", f"{where}: {hub}")
        return
    if reference is None:
        figures.add("read by the hub, not opened by pikepdf", where)
    else:
        differ = sorted(k for k in hub.keys() & reference.keys() if hub[k] != reference[k])
        missing = sorted(reference.keys() - hub.keys())
        if differ or missing:
            shown = [f"{k}: hub {hub.get(k)!r}, pikepdf {reference.get(k)!r}" for k in (differ + missing)[:3]]
            figures.add("different values", f"{where}: {'; '.join(shown)}")
        else:
            figures.add("same values", where)
    if not mutant.changed and record != expected:
        told = record if isinstance(record, str) else "another record"
        figures.add("values kept, golden record not given", f"{where}: {told}")


def main(argv: list[str] | None = None) -> int:
    """Mutate every golden PDF, read each mutant both ways, print the table and the bad cases."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=39)
    parser.add_argument("--list", action="store_true", help="print every bad case")
    parser.add_argument("--keep", type=Path, help="write the mutants to this folder (outside the repo)")
    args = parser.parse_args(argv)
    registry = load_registry(ROOT / "config" / "municipalities")
    figures = Figures()
    try:
        sandbox.run(len, b"")
        for source in sorted(GOLDEN.glob("*/*.pdf")):
            slug = source.parent.name
            expected = json.loads(source.with_name(source.stem + ".expected.json").read_text("utf-8"))
            for mutant in mutants(source.read_bytes(), args.seed):
                where = f"{slug}/{source.stem}/{mutant.name}"
                if args.keep:
                    (args.keep / slug).mkdir(parents=True, exist_ok=True)
                    (args.keep / slug / f"{source.stem}__{mutant.name}.pdf").write_bytes(mutant.data)
                examine(mutant, slug, registry.get(slug), expected, figures, where)
    finally:
        sandbox.shutdown()
    print("| what | mutants |\n|---|---:|")
    for what in ALWAYS:  # the targets, printed when nothing fell short of them too
        figures.counts[what] += 0
    for what, n in figures.counts.most_common():
        print(f"| {what} | {n} |")
    print(f"| slowest (intake, both reads) | {figures.slowest[1]}, {figures.slowest[0]:.2f} s |")
    print(f"| largest peak memory (reader worker) | {figures.largest[1]}, {figures.largest[0]} KB |")
    fine = ("mutants", "same values", "rejected, pikepdf reads no field either")
    bad = [what for what in figures.cases if what not in fine and not what.startswith("rejected: ")]
    for what in bad:
        for case in figures.cases[what][: None if args.list else 8]:
            print(f"{what}: {case}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
