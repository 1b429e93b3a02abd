"""A claim's lines kept on disk as the payments stream (`SpooledLines`), not held in memory: the files
written from them are the very bytes written from the same lines held in a tuple, in every format and
masked or not, and a claim the hub builds keeps its lines so (decision 0012, stop 37)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from claim_data import hand_claim, many_lines

from hub.adapters.language.config_model import MunicipalityConfig
from hub.adapters.language.config_schema import load_config_file
from hub.errors import HubError
from hub.exports.claim_lines import SpooledLines
from hub.exports.claims import claim_chunks
from hub.exports.claims.masked import masked_chunks, masked_claim

CONFIGS = Path(__file__).resolve().parents[2] / "config" / "municipalities"
WITH_CLAIMS = [
    config
    for config in (load_config_file(path) for path in sorted(CONFIGS.glob("*.toml")))
    if config.claim is not None
]


def test_the_configs_claim_in_each_format() -> None:
    assert {config.claim.format for config in WITH_CLAIMS if config.claim} == {"pdf", "xml", "csv"}


@pytest.mark.parametrize("config", WITH_CLAIMS, ids=lambda c: c.code)
def test_a_claim_of_spooled_lines_is_written_byte_for_byte_as_one_of_held_lines(
    config: MunicipalityConfig,
) -> None:
    assert config.claim is not None
    held = hand_claim(config.code, config.name, config.audit.claim_period, lines=many_lines(25))
    spooled = replace(held, lines=SpooledLines(held.lines))
    for chunks in (claim_chunks, masked_chunks):
        try:
            expected = b"".join(chunks(held, config.claim))
        except HubError as exc:  # a template that refuses these lines refuses them either way
            with pytest.raises(type(exc)):
                b"".join(chunks(spooled, config.claim))
            continue
        assert b"".join(chunks(spooled, config.claim)) == expected


def test_spooled_lines_read_back_in_order_as_often_as_asked_with_their_sums() -> None:
    lines = many_lines(1200)  # more than one read from the file (64 KiB at a time)
    spooled = SpooledLines(iter(lines))
    assert len(spooled) == 1200 and bool(spooled)
    first, second = iter(spooled), iter(spooled)
    assert next(first) == lines[0] and next(first) == lines[1] and next(second) == lines[0]
    assert tuple(spooled) == lines and spooled == lines and spooled[1199] == lines[1199]
    # 1,200 lines of many_lines' first line: its amount and hours times 1,200, as a tuple sums them.
    claim = replace(hand_claim(lines=lines), lines=spooled)
    assert claim.total("amount_dkk") == lines[0].amount_dkk * 1200 == sum(x.amount_dkk for x in lines)
    assert claim.header()["line_count"] == 1200
    assert claim.total("granted_hours") == Decimal(lines[0].granted_hours) * 1200
    assert not SpooledLines(iter(()))


def test_a_masked_claim_of_spooled_lines_stays_on_disk() -> None:
    lines = tuple(replace(line, cpr="010203-1234") for line in many_lines(3))
    masked = masked_claim(replace(hand_claim(lines=lines), lines=SpooledLines(lines)))
    assert isinstance(masked.lines, SpooledLines)
    assert [line.cpr for line in masked.lines] == ["010203-XXXX"] * 3
