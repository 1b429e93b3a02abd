"""Read every PDF under some folders as ingestion does, beside pikepdf alone, and print what happened.

    python -m tools.pdf_corpus FOLDER [FOLDER ...] [--compare] [--list]

For each `*.pdf` (any case) the hub's reader runs as ingestion runs it (`hub.adapters.readers.extract`
with `readers.READ_OPTIONS`: the format sniffed from the bytes, the fields and their printed labels
read in the sandbox), and pikepdf alone opens the file
and walks /AcroForm /Fields (`tools.bench_floors.pikepdf_fields`, in the sandbox too, so that a file
that hangs qpdf cannot hang this tool). The table counts the files, those pikepdf opens, those with
form fields per pikepdf, those the hub read, the hub's rejections by reason, crashes (a reader child
that died) and hangs (past the sandbox's wall limit), and the slowest file. The target (decision
0027): every PDF pikepdf opens with fields is read by the hub; the files that miss it are listed.

`--compare` also reads each file with the former pypdf reader (`tools.pdf_pypdf`) and counts the files
both read whose extractions differ. `--values` compares each field's value, where both the hub and
pikepdf read the form, with pikepdf's (`tools.pdf_corpus_child.pikepdf_values`): a value read
otherwise, or a field pikepdf reads a value from and the hub does not name, is a form read wrong.
`--list` prints every file's outcome. Every rejection's words are checked (`tools.pdf_corpus_words`):
the reader's, and the intake's through `--adapter` (Hvidovre's, whose PDF forms are told apart by
their printed title, so the rejection of a form read quotes it).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from hub.adapters.language.config_model import MunicipalityConfig
from hub.adapters.language.golden import canonical_records
from hub.adapters.language.registry import load_registry
from hub.adapters.readers import READ_OPTIONS, extract, sandbox
from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers.faults import reason as faults_reason
from hub.errors import Rejection, UnreadableDocument
from tools.fixtures import ROOT
from tools.pdf_corpus_child import pikepdf_field_count, pikepdf_values, pypdf_reference, values_differ
from tools.pdf_corpus_words import faults, problems_texts

HANG = reasons.TOO_SLOW[0]
CRASH = (reasons.CRASHED[0], reasons.TOO_MUCH_MEMORY[0])  # a SIGKILL is taken for the OOM killer


@dataclass
class Outcome:
    """What happened to one file: the hub's result, pikepdf's field count (None: it did not open)."""

    path: Path
    pikepdf_fields: int | None
    hub_fields: int | None  # None: rejected
    hub_format: str  # what the hub read it as ("pdf", or "csv"/"xml" when the bytes are not a PDF)
    reason: str  # the hub's reason (English) when rejected
    seconds: float
    same_as_pypdf: bool | None = None  # None: not compared, or pypdf did not read it
    wrong_values: list[str] = field(default_factory=list)  # fields whose value pikepdf reads otherwise
    faults: list[str] = field(default_factory=list)  # what is wrong with the words of its rejections


@dataclass
class Table:
    """The counts printed for a corpus."""

    outcomes: list[Outcome] = field(default_factory=list)

    def rows(self) -> list[tuple[str, str]]:
        """The table's rows: (what, how many)."""
        out = self.outcomes
        reasons = Counter(o.reason for o in out if o.hub_fields is None)
        with_fields = [o for o in out if o.pikepdf_fields]
        missed = [o for o in with_fields if o.hub_fields is None]
        slowest = max(out, key=lambda o: o.seconds) if out else None
        rows = [
            ("PDF files", str(len(out))),
            ("opened by pikepdf", str(sum(o.pikepdf_fields is not None for o in out))),
            ("with form fields per pikepdf", str(len(with_fields))),
            ("read by the hub as a PDF", str(sum(o.hub_format == "pdf" for o in out))),
            (
                "read by the hub as another format (no PDF in the bytes)",
                str(sum(o.hub_format not in ("pdf", "") for o in out)),
            ),
            ("with form fields per pikepdf, not read by the hub", str(len(missed))),
            ("crashes (reader child died)", str(sum(o.reason in CRASH for o in out))),
            ("hangs (past the sandbox's wall limit)", str(reasons.get(HANG, 0))),
            (
                "rejections in a library's words, with English in the Danish or unreadable text",
                str(sum(bool(o.faults) for o in out)),
            ),
        ]
        rows.append(
            (
                "read by the hub with a value pikepdf reads otherwise",
                str(sum(bool(o.wrong_values) for o in out)),
            )
        )
        rows += [(f"rejected: {reason}", str(n)) for reason, n in reasons.most_common()]
        compared = [o for o in out if o.same_as_pypdf is not None]
        if compared:
            rows.append(("read by both hub and pypdf reference", str(len(compared))))
            rows.append(("... with a different extraction", str(sum(not o.same_as_pypdf for o in compared))))
        if slowest is not None:
            rows.append(("slowest file (hub)", f"{slowest.path.name}, {slowest.seconds:.2f} s"))
        return rows


# The words these reasons start with, before what they name (the fields, the document).
_ONLY_BUTTONS = reasons.only_buttons(["\0"])[0].partition(" (")[0]
_HUB_FAULT = faults_reason("\0", "\0")[0].partition("\0")[0]


def missed(outcomes: list[Outcome]) -> list[str]:
    """The files that miss a target, each with why (`--strict`): a crash, a hang, a rejection in a
    library's words, a value read otherwise, an error of the hub's own, or a form pikepdf reads fields
    in that the hub refuses for any reason but having only buttons or signatures (decision 0025)."""
    out = []
    for o in outcomes:
        why = [o.reason] if o.reason in CRASH or o.reason == HANG or o.reason.startswith(_HUB_FAULT) else []
        if o.pikepdf_fields and o.hub_fields is None and not o.reason.startswith(_ONLY_BUTTONS):
            why.append(f"pikepdf reads {o.pikepdf_fields} field nodes, the hub: {o.reason}")
        out += [f"{o.path}: {w}" for w in why + o.faults + o.wrong_values]
    return out


def pdf_files(folders: list[str]) -> Iterator[Path]:
    """Every file named *.pdf (any case) under the folders, in a stable order."""
    for folder in folders:
        for root, _dirs, names in sorted(os.walk(folder)):
            for name in sorted(names):
                if name.lower().endswith(".pdf"):
                    yield Path(root) / name


def examine(path: Path, compare: bool, adapter: MunicipalityConfig, values: bool = False) -> Outcome:
    """Read one file with pikepdf alone and with the hub's reader (and the pypdf reference if asked)."""
    data = path.read_bytes()
    started = time.perf_counter()
    said: list[tuple[str, str]] = []
    try:
        extraction = extract(data, path.name, READ_OPTIONS)  # labels too, as ingestion reads
        hub, fmt, reason = len(extraction.values), extraction.format, ""
    except UnreadableDocument as exc:
        extraction, hub, fmt, reason = None, None, "", exc.problems[0].reason_en
        said += problems_texts(exc.problems)
    outcome = Outcome(path, None, hub, fmt, reason, time.perf_counter() - started)
    if extraction is not None:
        try:  # the intake's words too: not recognised, quoting the title the form prints
            canonical_records(adapter, data, path.name)
        except Rejection as exc:
            said += problems_texts(exc.problems)
    outcome.faults = [f"{fault}: {en} | {da}" for en, da in said for fault in faults(en, da)]
    try:
        outcome.pikepdf_fields = sandbox.run(pikepdf_field_count, data)
        if compare and extraction is not None and fmt == "pdf":
            reference = sandbox.run(pypdf_reference, data, path.name)
            outcome.same_as_pypdf = None if reference is None else reference == extraction
        if values and extraction is not None and fmt == "pdf":
            outcome.wrong_values = values_differ(extraction, sandbox.run(pikepdf_values, data))
    except sandbox.SandboxError:  # pikepdf or pypdf alone past the limits: neither opened it
        pass
    return outcome


def main(argv: list[str] | None = None) -> int:
    """Examine the folders' PDFs and print the table (and the files pikepdf reads but the hub does not)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--compare", action="store_true", help="compare with the former pypdf reader")
    parser.add_argument("--list", action="store_true", help="print every file's outcome")
    parser.add_argument("--values", action="store_true", help="compare each field's value with pikepdf's")
    parser.add_argument("--adapter", default="hvidovre", help="the municipality whose intake is tried")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a file misses a target")
    args = parser.parse_args(argv)
    adapter = load_registry(ROOT / "config" / "municipalities").get(args.adapter)
    table = Table()
    try:
        sandbox.run(len, b"")  # start the pool, so that no file's time includes starting a worker
        for path in pdf_files(args.folders):
            outcome = examine(path, args.compare, adapter, args.values)
            table.outcomes.append(outcome)
            if args.list:
                hub = f"{outcome.hub_fields} fields" if outcome.hub_fields is not None else outcome.reason
                print(f"{path}\tpikepdf {outcome.pikepdf_fields}\thub {hub}\t{outcome.seconds:.3f} s")
    finally:
        sandbox.shutdown()
    print("| what | files |\n|---|---:|")
    for what, count in table.rows():
        print(f"| {what} | {count} |")
    for o in table.outcomes:
        if o.pikepdf_fields and o.hub_fields is None:
            print(f"pikepdf reads {o.pikepdf_fields} field nodes, the hub rejects: {o.path}: {o.reason}")
        for fault in o.faults:
            print(f"words: {o.path}: {fault}")
        for wrong in o.wrong_values:
            print(f"value: {o.path}: {wrong}")
    return 1 if args.strict and missed(table.outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
