"""CPU a form of the hub's PDF reader on the bench's printed forms: `python -m tools.pdf_reader_cpu`.

What `tools.bench` calls "the hub's reader alone" (`extract` with `READ_OPTIONS`: the sandbox, labels),
as CPU time (this process's and its reader children's) rather than wall clock, which a shared host
makes worthless; beside it the reading in this process (`read_pdf_unsandboxed`) and the pikepdf floor
(`tools.bench_floors.pikepdf_fields`). The forms are printed as the bench prints them
(`bench_data.bench_forms`), or read from `--folder` (`--save` keeps them there for the next run, so
that two versions of the reader read the same bytes). Decision 0050, "Stop 53".
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from hub.adapters.readers import READ_OPTIONS, extract, pdf, sandbox
from tools.bench_floors import pikepdf_fields

WARM_UP = 20  # forms read untimed first: imports, the page cache, the reader children


def bench_pdfs(count: int) -> list[bytes]:
    """`count` PDF forms as `tools.bench` prints them (each a citizen of its own)."""
    from hub.extensions import db  # noqa: PLC0415 - only when printing: the app is not needed to read
    from tools import bench_data, bench_formats  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="hub-reader-cpu-") as folder:
        app = bench_formats.make_app(Path(folder))
        with app.app_context():
            forms = bench_data.bench_forms(db.session, count)
        bench_formats.dispose(app)
    return [form.data for form in forms.per_format["pdf"][:count]]


def children_cpu() -> float:
    """CPU seconds the sandbox's reader children have used so far (from /proc: they are kept running)."""
    total = 0
    for worker in sandbox._get_pool().workers:
        fields = Path(f"/proc/{worker.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime and stime, in clock ticks
    return total / os.sysconf("SC_CLK_TCK")


def cpu_ms(read: Callable[[bytes], Any], documents: Sequence[bytes], passes: int) -> float:
    """CPU milliseconds a document of `read`, this process's and its reader children's, over `passes`."""
    for data in documents[:WARM_UP]:
        read(data)
    started, children = time.process_time(), children_cpu()
    for _ in range(passes):
        for data in documents:
            read(data)
    spent = time.process_time() - started + children_cpu() - children
    return 1000 * spent / (passes * len(documents))


MEASURES: dict[str, Callable[[bytes], Any]] = {
    "reader alone (sandbox, labels)": lambda data: extract(data, "bench.pdf", READ_OPTIONS),
    "in this process (labels)": lambda data: pdf.read_pdf_unsandboxed(data, "bench.pdf", True),
    "pikepdf floor": pikepdf_fields,
}


def main(argv: Sequence[str] | None = None) -> None:
    """Print each measure's CPU milliseconds a form."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.pdf_reader_cpu", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--forms", type=int, default=200, help="forms printed (default: 200, the bench's sample)"
    )
    parser.add_argument("--folder", type=Path, help="read the forms from this folder's *.pdf instead")
    parser.add_argument("--save", type=Path, help="keep the printed forms in this folder")
    parser.add_argument("--passes", type=int, default=3, help="passes over the forms a measure (3)")
    args = parser.parse_args(argv)
    if args.folder is not None:
        documents = [path.read_bytes() for path in sorted(args.folder.glob("*.pdf"))]
    else:
        documents = bench_pdfs(args.forms)
    if args.save is not None:
        args.save.mkdir(parents=True, exist_ok=True)
        for number, data in enumerate(documents):
            (args.save / f"bench-{number:04d}.pdf").write_bytes(data)
    try:
        for name, read in MEASURES.items():
            print(
                f"{name}: {cpu_ms(read, documents, args.passes):.3f} ms CPU a form ({len(documents)} forms)"
            )
    finally:
        sandbox.shutdown()


if __name__ == "__main__":
    main()
