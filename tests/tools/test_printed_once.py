"""The bench tools' tests keep the demo's PDFs by the printer's arguments (`printed_once`): what they get
is what the printer draws, for those arguments only, and the printers are put back after."""

from __future__ import annotations

from printed_once import PDF_PRINTERS, printed_once
from simulator_support import golden_records

from hub.adapters.readers.sniff import sniff_format
from hub.demo.simulators import SIMULATED, simulator


def test_the_kept_pdfs_are_the_printers_own_for_the_same_arguments_only() -> None:
    for slug in SIMULATED:
        printer, record = simulator(slug), golden_records(slug)[0]
        kind = record["form_type"]
        local = printer.localise(kind, record)
        drawn = printer.render(kind, local)
        # Exactly the printers that draw PDFs are kept.
        assert (sniff_format(drawn) == "pdf") == (slug in PDF_PRINTERS), slug
        real = printer.render
        with printed_once():
            if slug not in PDF_PRINTERS:
                assert printer.render is real, slug  # drawn each time, as before
                continue
            first = printer.render(kind, local)
            assert first == drawn, slug  # what the printer draws now, even if kept from an earlier test
            assert printer.render(kind, dict(local)) is first  # kept: not drawn again
            name = next(iter(local))
            other = printer.render(kind, local | {name: local[name] + "9"})
            assert other != first, slug  # other values, another form
            reordered = dict(reversed(list(local.items())))
            assert printer.render(kind, reordered) == real(kind, reordered), slug  # its own key
        assert printer.render is real, slug
