"""What a bundle says about the claims downloaded before it, with figures worked out by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

from hub.models import AuditEvent
from hub.services.bundle_claims import Computed, _described


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
        _described(claim, "2026-08", [download(3, "2", "1650.00"), download(9, "1", "825.00")], {})
    )
    assert "- 2026-09-01 14:30, user:lead-gladsaxe: 2 linjer / 2 lines, 1.650,00 kr. / DKK 1,650.00" in text
    assert "afviger fra det senest hentede: posterne eller vilkårene er ændret siden" in text
    assert "(2 linjer / 2 lines, 1.650,00 kr. / DKK 1,650.00)" in text
    same = "\n".join(
        _described(claim, "2026-08", [download(9, "1", "825.00"), download(11, "2", "1650.00")], {})
    )
    assert "har samme linjer og beløb som det senest hentede" in same


def test_nothing_to_claim_now_differs_from_a_claim_downloaded() -> None:
    text = "\n".join(_described(Computed("x", 0, None), "2026-08", [download(3, "0", "0.00")], {}))
    assert "Kravet i pakken (intet krav / nothing to claim) afviger" in text


def test_a_time_read_back_with_another_offset_is_said_in_danish_time() -> None:
    # PostgreSQL hands back the stored instant in the connection's zone: the same instant, said as 14:30.
    event = download(3, "2", "1650.00")
    event.occurred_at = datetime(2026, 9, 1, 20, 30, tzinfo=timezone(timedelta(hours=8)))
    text = "\n".join(
        _described(
            Computed("x", 2, Decimal("1650.00")),
            "2026-08",
            [event],
            {3: "  filen / the file: claim/hentet/x-2026-08-logpost-3.pdf"},
        )
    )
    assert "- 2026-09-01 14:30, user:lead-gladsaxe" in text
    assert "  filen / the file: claim/hentet/x-2026-08-logpost-3.pdf" in text
