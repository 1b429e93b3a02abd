"""What a bundle says about the claims downloaded before it, with figures worked out by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

from hub.models import AuditEvent
from hub.services.bundle_claims_list import Computed, described


def download(event_id: int, lines: str, amount: str) -> AuditEvent:
    detail = {
        "municipality": "159",
        "period": "2026-08",
        "lines": lines,
        "amount_dkk": amount,
        "sha256": "ab",
    }
    # 12:30 UTC on 1 September is 14:30 in Denmark (summer time).
    moment = datetime(2026, 9, 1, 12, 30, tzinfo=UTC)
    return AuditEvent(id=event_id, occurred_at=moment, actor="user:lead-gladsaxe", detail=detail)


def test_the_last_download_is_the_one_compared() -> None:
    claim = Computed("falck-hovedstaden", 2, Decimal("1650.00"))
    text = "\n".join(
        described(claim, "2026-08", [download(3, "2", "1650.00"), download(9, "1", "825.00")], {})
    )
    assert "- 2026-09-01 14:30, user:lead-gladsaxe: 2 linjer / 2 lines, 1.650,00 kr. / DKK 1,650.00" in text
    assert "afviger fra det senest hentede: posterne eller vilkårene er ændret siden" in text
    # One sentence a language, each in its own words and digits (decision 0062, "Stop 45 (words 2)").
    assert "Kravet i pakken (2 linjer, 1.650,00 kr.) afviger fra det senest hentede" in text
    assert "The claim in the bundle (2 lines, DKK 1,650.00) differs from the last downloaded" in text
    same = "\n".join(
        described(claim, "2026-08", [download(9, "1", "825.00"), download(11, "2", "1650.00")], {})
    )
    assert "har samme linjer og beløb som det senest hentede" in same


def test_nothing_to_claim_now_differs_from_a_claim_downloaded() -> None:
    text = "\n".join(described(Computed("x", 0, None), "2026-08", [download(3, "0", "0.00")], {}))
    assert "Kravet i pakken (intet krav) afviger" in text
    assert "The claim in the bundle (nothing to claim) differs" in text


def test_one_line_is_said_in_the_singular_in_each_sentence() -> None:
    claim = Computed("x", 1, Decimal("825.00"))
    text = "\n".join(described(claim, "2026-08", [download(3, "1", "825.00")], {}))
    assert "Kravet i pakken (1 linje, 825,00 kr.) har samme linjer og beløb som det senest hentede." in text
    assert (
        "The claim in the bundle (1 line, DKK 825.00) has the lines and amount of the last downloaded."
        in text
    )


def test_a_time_read_back_with_another_offset_is_said_in_danish_time() -> None:
    # PostgreSQL hands back the stored instant in the connection's zone: the same instant, said as 14:30.
    event = download(3, "2", "1650.00")
    event.occurred_at = datetime(2026, 9, 1, 20, 30, tzinfo=timezone(timedelta(hours=8)))
    text = "\n".join(
        described(
            Computed("x", 2, Decimal("1650.00")),
            "2026-08",
            [event],
            {3: "  filen / the file: claim/hentet/x-2026-08-logpost-3.pdf"},
        )
    )
    assert "- 2026-09-01 14:30, user:lead-gladsaxe" in text
    assert "  filen / the file: claim/hentet/x-2026-08-logpost-3.pdf" in text
