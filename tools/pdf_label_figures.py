"""Milliseconds per PDF read through the sandbox, labels cold and warm (decision 0031).

`python -m tools.pdf_label_figures [--reads N] [FORM...]`: per form, `extract(data, name, READ_OPTIONS)`
as the ingest path calls it, with the worker's page cache emptied before each read (cold: every page
read by pypdf, as before the cache) and left as it is (warm: a copy of a template seen before), and
the same read without labels for comparison. Each measure reads the form `--reads` times after one
warm-up read; the figure is the median.

`--corpus FOLDER...` instead reads every PDF under the folders three times with labels in a sandbox
worker (a cache that keeps nothing, then cold, then warm) and counts the files whose three
Extractions (or rejections) differ: the cache must change nothing.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hub.adapters.readers import READ_OPTIONS, extract, sandbox
from tools.pdf_label_child import cache_agrees, read_cold

ROOT = Path(__file__).resolve().parent.parent
FORMS = (
    ROOT / "tests/golden/gladsaxe/placement_kontanthjaelp.pdf",
    ROOT / "tests/golden/randers/mentor_hours.pdf",
    ROOT / "tests/golden/randers/placement.pdf",
    ROOT / "config/municipalities/templates/gladsaxe/mentorrefusion.pdf",
)


def median_ms(read: Callable[[], Any], reads: int) -> float:
    """The median milliseconds of `read()` over `reads` calls after one warm-up call."""
    read()
    times = []
    for _ in range(reads):
        started = time.perf_counter()
        read()
        times.append(time.perf_counter() - started)
    return 1000 * statistics.median(times)


def row(form: Path, reads: int) -> str:
    """One form's Markdown row: pages, then ms per read without labels, with labels cold and warm."""
    data, name = form.read_bytes(), form.name
    pages = extract(data, name).meta["pages"]
    bare = median_ms(lambda: extract(data, name, {}), reads)
    cold = median_ms(lambda: sandbox.run(read_cold, data, name), reads)
    warm = median_ms(lambda: extract(data, name, READ_OPTIONS), reads)
    figures = f"{bare:.1f} | {cold:.1f} | {warm:.1f} | {cold / warm:.1f}"
    return f"| {form.parent.name}/{name} | {pages} | {figures} |"


def corpus(folders: list[Path]) -> None:
    """Count the PDFs under `folders` that read the same uncached, cold and warm; list those that differ."""
    names = ("files", "same", "different", "reader died or timed out", "pages missed", "pages hit")
    counts = dict.fromkeys(names, 0)
    for path in sorted(p for folder in folders for p in folder.rglob("*") if p.suffix.lower() == ".pdf"):
        counts["files"] += 1
        try:
            same, misses, hits = sandbox.run(cache_agrees, path.read_bytes(), path.name, timeout=60)
        except sandbox.SandboxError:
            counts["reader died or timed out"] += 1
            continue
        counts["same" if same else "different"] += 1
        counts["pages missed"] += misses
        counts["pages hit"] += hits
        if not same:
            print(f"DIFFERENT: {path}", flush=True)
    for name, count in counts.items():
        print(f"| {name} | {count:,} |")


def main() -> None:
    """Print one Markdown row per form, or the corpus counts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reads", type=int, default=200)
    parser.add_argument("--corpus", nargs="+", type=Path, help="check folders of PDFs instead")
    parser.add_argument("forms", nargs="*", type=Path, default=list(FORMS))
    args = parser.parse_args()
    if args.corpus:
        try:
            corpus(args.corpus)
        finally:
            sandbox.shutdown()
        return
    print("| form | pages | no labels, ms | labels cold, ms | labels warm, ms | cold / warm |")
    print("|---|---:|---:|---:|---:|---:|")
    try:
        for form in args.forms:
            print(row(form, args.reads), flush=True)
    finally:
        sandbox.shutdown()


if __name__ == "__main__":
    main()
