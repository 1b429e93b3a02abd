"""The list of a bundle's claim downloads, `claim/hentede-krav.txt` (`bundle_claims`): each download of
an agreement's claim for the period, with the line that says where its file is, and whether the last
one has the lines and amount of the claim in the bundle; in Danish, then in English."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from hub.models import AuditEvent
from hub.periods import DENMARK
from hub.quantities import fixed_text
from hub.words import LINES, counted, danish_and_english


@dataclass(frozen=True)
class Computed:
    """The claim the bundle holds for one agreement: how many lines, how much (None: nothing to claim)."""

    agreement_id: str
    lines: int
    amount: Decimal | None


def described(claim: Computed, period: str, sent: list[AuditEvent], files: dict[int, str]) -> list[str]:
    """The downloads (each with the line `bundle_claims` gave for its file) and the comparison, in Danish,
    then in English."""
    head = f"{claim.agreement_id}, {period}"
    if not sent:
        return [
            f"{head}: intet krav er hentet fra hubben for perioden.",
            f"{head}: no claim for the period was downloaded from the hub.",
            "",
        ]
    lines = [f"{head}: krav hentet fra hubben / claims downloaded from the hub (dansk tid / Danish time):"]
    for event in sent:
        at = event.occurred_at.astimezone(DENMARK).strftime("%Y-%m-%d %H:%M")  # aware (UtcDateTime)
        amount = Decimal(event.detail.get("amount_dkk", "0"))
        lines.append(
            f"- {at}, {event.actor}: {danish_and_english(int(event.detail.get('lines', 0)), LINES)}, "
            f"{_kroner(amount)}, "
            f"SHA-256 {event.detail.get('sha256')} (logpost / log entry {event.id})"
        )
        if event.id in files:
            lines.append(files[event.id])
    last = sent[-1].detail
    same = claim.amount is not None and (str(claim.lines), f"{claim.amount:.2f}") == (
        last.get("lines"),
        last.get("amount_dkk"),
    )
    # One sentence a language, as the README and the notes above say both: Danish words and digits in
    # the Danish sentence ("3 linjer, 2.475,00 kr."), English in the English one.
    now_da, now_en = "intet krav", "nothing to claim"
    if claim.amount is not None:
        lines_en, lines_da = counted(claim.lines, *LINES)
        now_da = f"{lines_da}, {fixed_text(claim.amount, 'da')} kr."
        now_en = f"{lines_en}, DKK {fixed_text(claim.amount, 'en')}"
    if same:
        lines.append(f"Kravet i pakken ({now_da}) har samme linjer og beløb som det senest hentede.")
        lines.append(f"The claim in the bundle ({now_en}) has the lines and amount of the last downloaded.")
    else:
        lines.append(
            f"Kravet i pakken ({now_da}) afviger fra det senest hentede: posterne eller vilkårene er "
            "ændret siden."
        )
        lines.append(
            f"The claim in the bundle ({now_en}) differs from the last downloaded: the records or the "
            "terms changed since."
        )
    return [*lines, ""]


def _kroner(amount: Decimal) -> str:
    """`2.475,00 kr. / DKK 2,475.00`: the amount both ways, as each reader writes it."""
    return f"{fixed_text(amount, 'da')} kr. / DKK {fixed_text(amount, 'en')}"
