"""An end form whose outcome is left blank becomes `"outcome": null` in every dialect, not a rejection."""

from __future__ import annotations

import json

import pytest
from pipeline import GOLDEN, ingest, repository_registry

from hub.adapters.language.registry import Registry
from hub.demo.simulators import SIMULATED, simulator


@pytest.fixture(scope="module")
def registry() -> Registry:
    """Every municipality config of the repository."""
    return repository_registry()


@pytest.mark.parametrize("slug", SIMULATED)
def test_blank_outcome_is_null(registry: Registry, slug: str) -> None:
    expected = next((GOLDEN / slug).glob("placement_end*.expected.json"))
    record = json.loads(expected.read_text(encoding="utf-8")) | {"outcome": None}
    printer = simulator(slug)
    data = printer.render("placement_end", printer.localise("placement_end", record))
    assert ingest(registry, slug, data, f"blank-{slug}") == record
