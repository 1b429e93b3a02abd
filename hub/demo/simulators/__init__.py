"""Stand-ins for each municipality's own case system: they print that municipality's forms.

The hub never uses these to read anything. They exist so that the demo and the golden-file fixtures go
through the real adapters exactly as a municipality's real forms would. Each module is named after the
municipality's slug and provides:

- ``FORMS``: ``{form_type: form_id}``: the forms of ``config/municipalities/<slug>.toml`` it can print;
- ``localise(form_type, record) -> dict[str, str]``: a canonical record written the municipality's way
  (its date format, decimal commas, local codes, split names), keyed by the field name, XPath, or label
  the form uses;
- ``render(form_type, local) -> bytes``: the form itself (PDF, XML, CSV or XLSX) holding those values.

Every simulator prints all the forms its municipality sends: placement, mentor hours (signed or not),
progress report and end, and a mentor-support grant where the municipality has one. A PDF
municipality's layouts may live beside it in ``<slug>_layouts.py``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

SIMULATED = (
    "gladsaxe",
    "ballerup",
    "gentofte",
    "randers",
    "hoeje-taastrup",
    "lyngby-taarbaek",
    "herlev",
    "furesoe",
    "soenderborg",
)


def simulator(slug: str) -> ModuleType:
    """Return the simulator module of one municipality."""
    if slug not in SIMULATED:
        raise KeyError(f"no simulator for municipality {slug!r}")
    return importlib.import_module(f"hub.demo.simulators.{slug.replace('-', '_')}")
