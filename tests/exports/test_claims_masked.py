"""The claim a `masked` municipality's auditor gets in its bundle (decision 0057): every municipality's
format with each CPR number as DDMMYY-XXXX and no full number left, read back as each writer wrote it
(the PDF's field values and page text, the XML's and CSV's text)."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pytest
from claim_data import LINES, hand_claim
from lxml import etree
from pypdf import PdfReader
from test_claims_render import WITH_CLAIM, config

from hub.adapters.readers.safexml import load_xsd
from hub.errors import Rejection
from hub.exports.claims import render_claim
from hub.exports.claims.masked import masked_chunks

# The hand-built claim's two citizens, and every way a writer may set them out (`cpr` transform styles).
FULL = {"0101901234", "3112859876"}
WRITTEN = {f"{c[:6]}{sep}{c[6:]}" for c in FULL for sep in ("", "-", " ")}


def readable(data: bytes, fmt: str) -> str:
    """What a reader of the file sees: a PDF's field values and page text, else the file's text."""
    if fmt != "pdf":
        return data.decode("utf-8", errors="replace") + data.decode("cp1252", errors="replace")
    reader = PdfReader(io.BytesIO(data))
    values = [str(f.get("/V", "")) for f in (reader.get_fields() or {}).values()]
    return "\n".join([*values, *(page.extract_text() for page in reader.pages)])


@pytest.mark.parametrize("path", WITH_CLAIM, ids=lambda p: p.stem)
def test_every_format_masks_each_cpr_number_and_keeps_the_lines(path: Path) -> None:
    found = config(path.stem)
    assert found.claim is not None
    claim = hand_claim(found.code, found.name, found.audit.claim_period)
    data = b"".join(masked_chunks(claim, found.claim))
    seen = readable(data, found.claim.format)
    assert not [c for c in WRITTEN if c in seen or c.encode() in data]
    # Where the real claim writes the CPR number, the masked one writes its masked form instead.
    if any(c in readable(render_claim(claim, found.claim), found.claim.format) for c in WRITTEN):
        assert "010190-XXXX" in seen and "311285-XXXX" in seen
    # The rest of the claim is the same: names, amounts, the place that stood empty.
    assert "Jørgen Blåbærgrød" in seen or "Jørgen Blåbærgrød".encode("cp1252") in data


def test_masked_xml_is_not_what_its_xsd_allows_so_only_the_real_claim_is_validated() -> None:
    # Høje-Taastrup's XSD wants `[0-9]{6}-[0-9]{4}`: a masked number cannot satisfy it.
    found = config("hoeje-taastrup")
    assert found.claim is not None and found.claim.template_path is not None
    claim = hand_claim(found.code, found.name, found.audit.claim_period)
    masked = b"".join(masked_chunks(claim, found.claim))
    schema = load_xsd(found.claim.template_path)
    assert not schema.validate(etree.fromstring(masked))
    assert re.search(rb"<CPRNummer>010190-XXXX</CPRNummer>", masked)
    # A claim its XSD refuses for another reason is refused here too, as in a `full` bundle.
    broken = replace(claim, lines=(replace(LINES[0], p_number="12345"), *LINES[1:]))
    with pytest.raises(Rejection) as caught:
        masked_chunks(broken, found.claim)
    # Refused for the P-number, not for the masked CPR numbers the XSD would refuse as well.
    assert [p.locator for p in caught.value.problems] == [
        "/Refusionsanmodning/Linjer/Linje[1]/Arbejdssted/PNummer"
    ]
