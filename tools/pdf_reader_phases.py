"""The PDF reader child's work a form, phase by phase, to count under callgrind (decision 0030, stop 58).

`python -m tools.pdf_reader_phases PHASE N --folder F` reads F's first `WARM_UP` PDFs whole (imports,
the page cache), then N forms (F's others, in turn) doing only the phases up to PHASE, in the order
the reader child does them (`pdf.read_pdf_unsandboxed` with labels, then the reply):

- `none`: nothing, the baseline every count is taken less;
- `open`: the appended notice cut off, the structure's sizes checked, qpdf's opening, the lost save
  and the page tree's checks;
- `fields`: and the field walk with the map of pages' boxes (`pdf_fields.terminal_fields`);
- `nolabels`: the whole reading without labels (each field's value, page, kind, states and checks);
- `notitle`: the whole reading with labels, but no title;
- `full`: the whole reading, as the child does it;
- `reply`: and the reply made, pickled and read back as the worker reads it;
- `floor`: the pikepdf floor alone (`tools.bench_floors.pikepdf_fields_mapped`), for comparison.

Run each PHASE under `valgrind --tool=callgrind` with the same N: its instructions less `none`'s, over N,
are the phases' instructions a form; two consecutive phases' difference is the one between. Counting,
not timing: the shared host makes wall clock and CPU time worthless for differences of a few percent.
"""

from __future__ import annotations

import argparse
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pikepdf

from hub.adapters.readers import pdf, pdf_fields, pdf_layout, pdf_unpack
from hub.adapters.readers.base import Extraction
from hub.adapters.readers.pdf_ends import last_save_lost, without_appended
from hub.adapters.readers.pdf_written import page_tree_broken
from tools.bench_floors import pikepdf_fields_mapped

WARM_UP = 10
NAME = "bench.pdf"


def _opened(data: bytes, then: Callable[[pikepdf.Pdf], Any]) -> Any:
    """What `pdf.read_pdf_unsandboxed` does before `extract`, then `then` on the opened document."""
    data = without_appended(data)
    pdf_unpack.check_structure(data)
    with pdf._mappable(data) as source:
        opened = pikepdf.open(source, password="", inherit_page_attributes=False, access_mode=pdf._ACCESS)
        with opened:
            last_save_lost(data)
            page_tree_broken(opened)
            return then(opened)


def _full(data: bytes) -> Extraction:
    return pdf.read_pdf_unsandboxed(data, NAME, True)


def _reply(data: bytes) -> Extraction:
    """The reading, and its reply as the child pickles it and the worker reads it back."""
    sent = pickle.dumps(("ok", {"extraction": _full(data).to_dict()}), protocol=pickle.HIGHEST_PROTOCOL)
    return Extraction.from_dict(pickle.loads(sent)[1]["extraction"])


PHASES: dict[str, Callable[[bytes], Any]] = {
    "none": lambda data: None,
    "open": lambda data: _opened(data, lambda opened: None),
    "fields": lambda data: _opened(data, lambda opened: pdf_fields.terminal_fields(opened, NAME)),
    "nolabels": lambda data: pdf.read_pdf_unsandboxed(data, NAME, False),
    "notitle": _full,  # with `PageTexts.title` answering None (`run`)
    "full": _full,
    "reply": _reply,
    "floor": pikepdf_fields_mapped,
}


def run(phase: str, count: int, documents: Sequence[bytes]) -> None:
    """Read `WARM_UP` documents whole, then `count` doing only `phase`'s work."""
    for data in documents[:WARM_UP]:
        _full(data)
    title = pdf_layout.PageTexts.title
    if phase == "notitle":
        pdf_layout.PageTexts.title = lambda self: None  # type: ignore[method-assign]
    try:
        rest = documents[WARM_UP:] or documents
        for number in range(count):
            PHASES[phase](rest[number % len(rest)])
    finally:
        pdf_layout.PageTexts.title = title  # type: ignore[method-assign]


def main(argv: Sequence[str] | None = None) -> None:
    """Run one phase over the folder's PDFs."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.pdf_reader_phases", description=__doc__.split("\n")[0]
    )
    parser.add_argument("phase", choices=sorted(PHASES))
    parser.add_argument("count", type=int, help="forms read after the warm-up")
    parser.add_argument("--folder", type=Path, required=True, help="the PDFs (`tools.pdf_reader_cpu --save`)")
    args = parser.parse_args(argv)
    documents = [path.read_bytes() for path in sorted(args.folder.glob("*.pdf"))]
    run(args.phase, args.count, documents)


if __name__ == "__main__":
    main()
