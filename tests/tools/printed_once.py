"""The demo's PDF forms printed once a test process, for the bench tools' tests (decision 0058, stop 64).

The bench's data (`tools/bench_data.bench_forms`, `tools/bench_year.year_mix` and `citizen_forms`) prints
the demo's citizens through their municipality's stand-in case system, and the bench tools' tests ask
for the same forms again and again: each of their ten-odd calls printed every form anew, 655 PDFs in all
and about half of the four files' CPU (reportlab formatting the same pages). A PDF printer is a function
of its arguments (reportlab's `invariant=1`: no date, no random id), so the same form type and local
values, in the same order, give the same bytes: kept here by those arguments, each form is drawn once a
process and every later call gets the bytes it would have drawn.

Only the PDF printers: a workbook may carry the moment it was saved, and the CSV and XML ones cost little.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from hub.demo.simulators import simulator

PDF_PRINTERS = ("gladsaxe", "ballerup", "gentofte", "randers")  # those that print through `render_pdf`

# (printer, form type, the local values in their order) -> the PDF's bytes
_printed: dict[tuple[str, str, tuple[tuple[str, str], ...]], bytes] = {}


def _remembered(slug: str, render: Callable[[str, dict[str, str]], bytes]) -> Callable[..., bytes]:
    def printed(form_type: str, local: dict[str, str]) -> bytes:
        # The order is part of the key: a printer may lay fields out in the order it is given them.
        key = (slug, form_type, tuple(local.items()))
        if key not in _printed:
            _printed[key] = render(form_type, local)
        return _printed[key]

    return printed


@contextmanager
def printed_once() -> Iterator[None]:
    """Within it, the PDF printers give the bytes they gave before for the same arguments."""
    with pytest.MonkeyPatch.context() as patch:
        for slug in PDF_PRINTERS:
            module = simulator(slug)
            patch.setattr(module, "render", _remembered(slug, module.render))
        yield
