"""What the simulator tests share: the fixture scripts of tools/, the golden records and their checks."""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
from types import ModuleType
from typing import Any

import pytest
from _pytest.mark import ParameterSet
from pipeline import GOLDEN, ROOT

from hub.demo.simulators import simulator


def fixture_script(name: str) -> ModuleType:
    """tools/<name>.py imported as `tools.<name>` (tools/ is a folder of the repository, not installed)."""
    if "tools" not in sys.modules:
        init = ROOT / "tools" / "__init__.py"
        spec = importlib.util.spec_from_file_location(
            "tools", init, submodule_search_locations=[str(init.parent)]
        )
        assert spec is not None and spec.loader is not None
        package = importlib.util.module_from_spec(spec)
        sys.modules["tools"] = package
        spec.loader.exec_module(package)
    return importlib.import_module(f"tools.{name}")


def golden_records(slug: str) -> list[dict[str, Any]]:
    """The hand-written canonical records beside one municipality's golden inputs."""
    paths = sorted((GOLDEN / slug).glob("*.expected.json"))
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths]


def golden_cases(slugs: tuple[str, ...]) -> list[ParameterSet]:
    """One test case (slug, canonical record) per golden record of the municipalities, named slug/file."""
    return [
        pytest.param(
            slug, json.loads(path.read_text(encoding="utf-8")), id=f"{slug}/{path.name.split('.')[0]}"
        )
        for slug in slugs
        for path in sorted((GOLDEN / slug).glob("*.expected.json"))
    ]


def check_every_form_type_has_a_golden_file(slugs: tuple[str, ...]) -> None:
    """Each municipality sends placements and their ends, and every form it sends has a golden record."""
    for slug in slugs:
        sent = set(simulator(slug).FORMS)
        assert {"placement", "placement_end"} <= sent
        assert sent == {record["form_type"] for record in golden_records(slug)}, slug
    together = {form_type for slug in slugs for form_type in simulator(slug).FORMS}
    assert {"mentor_support", "mentor_hours", "progress_report"} <= together


def check_golden_inputs_reproduced(script: str, at_least: int) -> None:
    """The fixture script `tools/<script>.py` renders at least `at_least` files, each as committed."""
    rendered = fixture_script(script).render_all()
    assert len(rendered) >= at_least
    for path, data in rendered.items():
        assert path.read_bytes() == data, f"{path} differs: run python -m tools.{script}"
