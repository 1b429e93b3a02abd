"""Reads per second of each PDF reader on a few forms (decision 0027): `python -m tools.pdf_reader_figures`.

Per form: pypdf's own `get_fields()` and a bare pikepdf walk (the floors of `tools.bench_floors`), the
hub's reader in this process (`read_pdf_unsandboxed`) and through the sandbox (`read_pdf`), each after
(pikepdf) and before (the former pypdf reader, `tools.pdf_pypdf`) decision 0027. Every measure reads
the form `--reads` times after one warm-up read.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hub.adapters.readers import pdf, sandbox
from tools.bench_floors import pikepdf_fields, pypdf_fields
from tools.pdf_corpus_child import pypdf_reference
from tools.pdf_pypdf import pypdf_extraction

ROOT = Path(__file__).resolve().parent.parent
FORMS = (
    ROOT / "tests/golden/gladsaxe/placement_kontanthjaelp.pdf",
    ROOT / "tests/golden/randers/mentor_hours.pdf",
    ROOT.parent / "shared/corpus/pdf/libreoffice-form.pdf",
    ROOT.parent / "shared/corpus/pdf/pdflatex-forms.pdf",
)


def rate(read: Callable[[bytes], Any], data: bytes, reads: int) -> float:
    """Reads per second of `read(data)`, timed over `reads` calls after one warm-up call."""
    read(data)
    started = time.perf_counter()
    for _ in range(reads):
        read(data)
    return reads / (time.perf_counter() - started)


def main() -> None:
    """Print one Markdown row per form."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reads", type=int, default=300)
    parser.add_argument("forms", nargs="*", type=Path, default=[f for f in FORMS if f.is_file()])
    args = parser.parse_args()
    measures: dict[str, Callable[[bytes], Any]] = {
        "pypdf floor": pypdf_fields,
        "pikepdf floor": pikepdf_fields,
        "hub in process, before (pypdf)": lambda d: pypdf_extraction(d, "f.pdf"),
        "hub in process, after (pikepdf)": lambda d: pdf.read_pdf_unsandboxed(d, "f.pdf"),
        "hub via sandbox, before (pypdf)": lambda d: sandbox.run(pypdf_reference, d, "f.pdf"),
        "hub via sandbox, after (pikepdf)": lambda d: pdf.read_pdf(d, "f.pdf"),
    }
    print("| form | fields | " + " | ".join(measures) + " |")
    print("|---|---:|" + "---:|" * len(measures))
    try:
        for form in args.forms:
            data = form.read_bytes()
            fields = len(pdf.read_pdf_unsandboxed(data, form.name).values)
            rates = " | ".join(f"{rate(read, data, args.reads):,.0f}" for read in measures.values())
            print(f"| {form.parent.name}/{form.name} | {fields} | {rates} |")
    finally:
        sandbox.shutdown()


if __name__ == "__main__":
    main()
