"""Read every file under some folders as an upload reads it, beside the reference library of its kind,
and print what happened: the non-PDF readers' counterpart of `tools.pdf_corpus` (decision 0061).

    python -m tools.formats_corpus FOLDER [FOLDER ...] [--list] [--jsonl FILE]

Each file, whatever its name, goes the upload's way (`tools.formats_corpus_child.read_as_upload`): a
zip of documents is unpacked, the format is sniffed from the bytes, the reader runs; all of it in a
sandbox worker (`hub.adapters.readers.sandbox`: its memory, CPU and wall-clock limits), so that a file
that hangs or kills a reader cannot stop this tool, and is counted. Then the library of the bytes' kind
reads the same file in the sandbox too: openpyxl a zip, lxml markup, Python's csv module other text.

The table counts the files read (by format) and rejected (by reason, numbers and quoted names folded
so that alike reasons count together), crashes (an exception other than the hub's rejections, or a
worker that died), hangs (past the wall limit), rejections that name no file, files called broken that
the reference library reads, and the slowest file and the largest peak memory. The targets: no crash,
no hang, every rejection naming its file, nothing the reference reads called broken. `--list` prints
every file's outcome; `--jsonl` writes them, one JSON object a line, for a closer look.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hub.adapters.readers import sandbox
from tools.formats_corpus_child import read_as_upload, reference

# What the hub's reasons say of a file it takes for damaged (English and Danish).
_BROKEN = re.compile(r"broken|damaged|not well-formed|beskadiget|ikke velformet", re.IGNORECASE)
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'|\b0x[0-9A-F]+\b|\d+")


def files(folders: list[str]) -> Iterator[Path]:
    """Every file under the folders, in a stable order."""
    for folder in folders:
        for root, dirs, names in os.walk(folder):
            dirs.sort()
            for name in sorted(names):
                yield Path(root) / name


def examine(path: Path) -> dict[str, Any]:
    """One file's outcome: the upload's reading and the reference's, each in the sandbox."""
    data = path.read_bytes()
    try:
        outcome = sandbox.run(read_as_upload, data, path.name)
    except sandbox.SandboxError as exc:  # past the limits, or the worker died
        outcome = {"format": "", "values": None, "sandbox": exc.kind, "seconds": None, "peak_kb": None}
    try:
        outcome["reference"] = sandbox.run(reference, data)
    except sandbox.SandboxError as exc:
        outcome["reference"] = {"kind": "", "reads": False, "why": f"sandbox: {exc.kind}"}
    outcome["path"] = str(path)
    return outcome


def reason(outcome: dict[str, Any]) -> str:
    """The first problem's English reason, numbers and quoted names folded ("" when read)."""
    problems = outcome.get("problems") or []
    return _QUOTED.sub("…", problems[0]["reason_en"]) if problems else ""


def crashed(outcome: dict[str, Any]) -> bool:
    """An exception escaped the reader, or its worker died (not a hang)."""
    return "crash" in outcome or outcome.get("sandbox") not in (None, "timeout")


def called_broken(outcome: dict[str, Any]) -> bool:
    """Rejected as damaged although the reference library reads the file."""
    problems = outcome.get("problems") or []
    said = " ".join(f"{p['reason_en']} {p['reason_da']}" for p in problems)
    return bool(problems) and outcome["reference"]["reads"] and _BROKEN.search(said) is not None


def differs(outcome: dict[str, Any]) -> bool:
    """A workbook both read, with a different number of values."""
    counted = outcome["reference"].get("values")
    return outcome["format"] == "xlsx" and counted is not None and counted != outcome["values"]


def table(outcomes: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The rows printed: (what, how many)."""
    read = Counter(o["format"] for o in outcomes if o["values"] is not None)
    taken = Counter(o["format"] for o in outcomes if o["format"] in ("zip", "pdf"))
    rejected = Counter(reason(o) for o in outcomes if o.get("problems"))
    unnamed = [o for o in outcomes if any(not p["file"] for p in o.get("problems") or [])]
    timed = [o for o in outcomes if o["seconds"] is not None]
    rows = [
        ("files", str(len(outcomes))),
        *((f"read as {fmt}", str(n)) for fmt, n in sorted(read.items())),
        ("taken for a zip of documents (an upload unpacks it)", str(taken["zip"])),
        ("sniffed as PDF (tools.pdf_corpus reads those)", str(taken["pdf"])),
        ("rejected", str(sum(rejected.values()))),
        (
            "crashes (an exception other than a rejection, or the worker died)",
            str(sum(map(crashed, outcomes))),
        ),
        ("hangs (past the sandbox's wall limit)", str(sum(o.get("sandbox") == "timeout" for o in outcomes))),
        ("rejections that name no file", str(len(unnamed))),
        ("called broken, read by the reference library", str(sum(map(called_broken, outcomes)))),
        ("workbooks read by both, openpyxl with another count of values", str(sum(map(differs, outcomes)))),
    ]
    if timed:
        slowest = max(timed, key=lambda o: o["seconds"])
        largest = max(timed, key=lambda o: o["peak_kb"])
        rows.append(("slowest file", f"{Path(slowest['path']).name}, {slowest['seconds']:.2f} s"))
        rows.append(("largest peak memory", f"{Path(largest['path']).name}, {largest['peak_kb'] // 1024} MB"))
    rows += [(f"rejected: {why}", str(n)) for why, n in rejected.most_common()]
    return rows


def describe(outcome: dict[str, Any]) -> str:
    """One file's outcome on one line."""
    if outcome["values"] is not None:
        said = f"read as {outcome['format']}, {outcome['values']} values"
    elif outcome["format"]:
        said = f"taken as {outcome['format']}"
    elif outcome.get("problems"):
        said = "rejected: " + outcome["problems"][0]["reason_en"]
    else:
        said = f"CRASH {outcome.get('crash') or outcome.get('sandbox')}"
    ref = outcome["reference"]
    read = f"reads {ref['values']} values" if "values" in ref else "reads" if ref["reads"] else "fails"
    return f"{outcome['path']}\t{said}\treference {ref['kind']} {read}"


def main(argv: list[str] | None = None) -> int:
    """Examine every file under the folders and print the table, then each crash, hang and file
    called broken that the reference reads."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--list", action="store_true", help="print every file's outcome")
    parser.add_argument("--jsonl", help="write every file's outcome to this file, one JSON a line")
    args = parser.parse_args(argv)
    outcomes = []
    sink = open(args.jsonl, "w") if args.jsonl else None  # noqa: SIM115 (closed below, after the loop)
    try:
        sandbox.run(len, b"")  # start the pool, so that no file's time includes starting a worker
        for path in files(args.folders):
            outcome = examine(path)
            outcomes.append(outcome)
            if args.list:
                print(describe(outcome), flush=True)
            if sink is not None:
                sink.write(json.dumps(outcome, ensure_ascii=False) + "\n")
    finally:
        sandbox.shutdown()
        if sink is not None:
            sink.close()
    print("| what | files |\n|---|---:|")
    for what, count in table(outcomes):
        print(f"| {what} | {count} |")
    for o in outcomes:
        if crashed(o) or o.get("sandbox") == "timeout" or called_broken(o) or differs(o):
            print(describe(o))
    return 0


if __name__ == "__main__":
    sys.exit(main())
