"""An XML selector may name an element or attribute whose name starts with a letter outside ASCII, as
XML allows: PostgreSQL's `table_to_xml` names its elements after a case system's Danish columns
("Årsag"), and a config naming one was refused at load as "not an xml path" (decision 0060, "Stop 63:
trial-84"). A name starting with a digit or a '-' is still no name."""

from __future__ import annotations

from pathlib import Path

import pytest

from hub.adapters.language.golden import canonical_records
from hub.adapters.language.registry import load_registry
from hub.adapters.mapping.xmlpath_syntax import check

CONFIG = """config_version = 1
[municipality]
code = "760"
slug = "ringkoebing-skjern"
name = "Ringkøbing-Skjern Kommune"
jobcentre = "Jobcenter Ringkøbing-Skjern"
[audit]
claim_period = "month"
cpr_in_bundles = "masked"
retention_years = 5
[[forms]]
id = "afslutning"
form_type = "placement_end"
format = "xml"
title = "Afslutning"
  [forms.recognise]
  root = "Ændring"
  [[forms.fields]]
  path = "citizen.cpr"
  source = "/Ændring/Øvrige/@Cpr"
  transforms = ["digits"]
  [[forms.fields]]
  path = "site.p_number"
  source = "/Ændring/Øvrige/@Ønr"
  [[forms.fields]]
  path = "ended_on"
  source = "/Ændring/Slutdato"
  transforms = ["date"]
  [[forms.fields]]
  path = "outcome"
  source = "/Ændring/Årsag"
  transforms = [{ name = "map", values = { "Uddannelse" = "education" } }]
"""

DOCUMENT = """<?xml version="1.0" encoding="UTF-8"?>
<Ændring><Øvrige Cpr="150702-3318" Ønr="1021456987"/><Slutdato>2026-11-20</Slutdato>
<Årsag>Uddannelse</Årsag></Ændring>
""".encode()


def test_a_config_naming_elements_that_start_with_a_danish_letter_reads_them(tmp_path: Path) -> None:
    (tmp_path / "ringkoebing-skjern.toml").write_text(CONFIG, encoding="utf-8")
    config = load_registry(tmp_path).get("ringkoebing-skjern")
    assert canonical_records(config, DOCUMENT, "afslutning.xml") == {
        "form_type": "placement_end",
        "schema_version": 1,
        "municipality_code": "760",
        "citizen": {"cpr": "1507023318"},
        "site": {"p_number": "1021456987"},
        "ended_on": "2026-11-20",
        "outcome": "education",
    }


@pytest.mark.parametrize("selector", ["/a:Ændring/a:Årsag", "Årsag", "@Ønr", "/é/_x/Ø-1.b"])
def test_a_name_starting_with_any_letter_is_a_name(selector: str) -> None:
    assert check(selector, relative=True) is None


@pytest.mark.parametrize("selector", ["/1Årsag", "-Årsag", "@1a", "/a/.b"])
def test_a_name_starting_with_a_digit_or_a_sign_is_still_none(selector: str) -> None:
    assert check(selector, relative=True) == (
        f"not an xml path: {selector!r} (write /prefix:Element/prefix:Child or @attribute)"
    )
