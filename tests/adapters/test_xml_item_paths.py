"""A refused record of an XML export is named by its element's path without the namespace URI, also
where the URI holds slashes, as an `https://` namespace does (decision 0060, "Stop 62: trial-79": the
path was split at every slash and shown as `/{https://sag.holstebro.example.dk/xml/praktikaftale/
praktikaftaler[1]`, the URI's last part taken for the step)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hub.adapters.language.golden import canonical_records
from hub.adapters.language.registry import load_registry
from hub.adapters.mapping.xml_elsewhere import key_path
from hub.errors import Rejection

NS = "https://sag.example.dk/xml/aftale/2"
CONFIG = f"""config_version = 1
[municipality]
code = "661"
slug = "holstebro"
name = "Holstebro Kommune"
jobcentre = "Jobcenter Holstebro"
[audit]
claim_period = "month"
cpr_in_bundles = "masked"
retention_years = 5
[[forms]]
id = "aftaler"
form_type = "mentor_hours"
format = "xml"
title = "Aftaler"
  [forms.recognise]
  root = "{{{NS}}}aftaler"
  [forms.reader]
  namespaces = {{ s = "{NS}" }}
  [forms.items]
  rows = "/s:aftaler/s:aftale"
  [[forms.fields]]
  path = "citizen.cpr"
  source = "s:cpr"
  transforms = ["digits"]
  [[forms.fields]]
  path = "site.p_number"
  source = "s:pnr"
  [[forms.fields]]
  path = "mentor.name"
  source = "s:mentor"
  [[forms.fields]]
  path = "signed_by"
  source = "s:mentor"
  [[forms.fields]]
  path = "signed_on"
  source = "s:dato"
  transforms = ["date"]
  [[forms.fields]]
  path = "total_hours"
  source = "s:timer"
  transforms = ["hours"]
  [[forms.lists]]
  path = "entries"
  aggregate = "iso_week"
  rows = "s:dag"
    [[forms.lists.fields]]
    key = "date"
    source = "@dato"
    transforms = ["date"]
    [[forms.lists.fields]]
    key = "hours"
    source = "."
    transforms = ["hours"]
"""
RECORD = (
    "<s:aftale><s:cpr>110589-4417</s:cpr><s:pnr>1017733904</s:pnr><s:mentor>{mentor}</s:mentor>"
    '<s:dato>2026-09-30</s:dato><s:timer>1</s:timer><s:dag dato="2026-09-07">1</s:dag></s:aftale>'
)


def test_a_key_path_keeps_no_part_of_a_uri_with_slashes() -> None:
    assert key_path(f"/{{{NS}}}aftaler[1]/{{{NS}}}aftale[2]") == "/aftaler[1]/aftale[2]"
    assert key_path("/Eksport[1]/Borger[3]") == "/Eksport[1]/Borger[3]"


def test_a_refused_record_is_named_by_its_path_without_the_namespace(tmp_path: Path) -> None:
    (tmp_path / "holstebro.toml").write_text(CONFIG, encoding="utf-8")
    config = load_registry(tmp_path).get("holstebro")
    records = RECORD.format(mentor="Lise Brandt") + RECORD.format(mentor="")
    data = f'<?xml version="1.0"?><s:aftaler xmlns:s="{NS}">{records}</s:aftaler>'.encode()
    with pytest.raises(Rejection) as refused:
        canonical_records(config, data, "aftaler.xml")
    assert " / /aftaler[1]/aftale[2] / " in str(refused.value) and "{https" not in str(refused.value)
