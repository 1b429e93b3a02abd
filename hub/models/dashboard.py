"""What the dashboards read: a small summary of each placement and of each month it touched.

Kept in the transaction that stores a record about the placement (`hub.services.dashboard_summary`), so
that a dashboard is a few GROUP BY queries however many placements there are (decision 0017). Derived
data only: rebuilt from the canonical store at any time, never a source of truth. No CPR number.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Index, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base


class PlacementSummary(Base):
    """One placement as the dashboards count it: where, from when to when, and how it ended."""

    __tablename__ = "placement_summaries"
    __table_args__ = (Index("ix_placement_summaries_agreement_last_day", "agreement_id", "last_day"),)

    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placements.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    agreement_id: Mapped[str] = mapped_column(String(64))
    municipality_code: Mapped[str] = mapped_column(String(3))
    p_number: Mapped[str] = mapped_column(String(10))
    start: Mapped[date]
    last_day: Mapped[date]  # the end form's day, else the planned end
    ended: Mapped[bool]  # an end form came in
    outcome: Mapped[str | None] = mapped_column(String(32))
    days: Mapped[int | None]  # the ended placement's days, counted inclusively
    male: Mapped[bool]
    under_30: Mapped[bool]
    benefit_row: Mapped[str] = mapped_column(String(64))


class PlacementMonth(Base):
    """One placement in one calendar month: days active, hours granted and delivered, the claimable
    amount, gaps, and the audit rules whose evidence is missing or wrong."""

    __tablename__ = "placement_months"
    __table_args__ = (Index("ix_placement_months_agreement_month", "agreement_id", "month"),)

    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placements.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    month: Mapped[date] = mapped_column(primary_key=True)  # its first day
    agreement_id: Mapped[str] = mapped_column(String(64))
    municipality_code: Mapped[str] = mapped_column(String(3))
    active_days: Mapped[int]
    granted_hours: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    delivered_hours: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    claimable_hours: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    amount_dkk: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    gaps: Mapped[int]
    missing: Mapped[int]  # audit checks not `ok`
    problems: Mapped[list[Any]]  # [[rule, status, detail_en, detail_da], ...] of those checks
