"""What the dashboards read: a small summary of each placement and of each month it touched.

Kept in the transaction that stores a record about the placement (`hub.services.dashboard_summary`), so
that a dashboard is a few GROUP BY queries however many placements there are (decision 0017). Derived
data only: rebuilt from the canonical store at any time, never a source of truth. No CPR number.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Index, Numeric, String, text
from sqlalchemy.orm import Mapped, mapped_column

from hub.models.base import Base


class PlacementSummary(Base):
    """One placement as the dashboards count it: where, from when to when, and how it ended."""

    __tablename__ = "placement_summaries"
    __table_args__ = (
        # The lists' orders exactly (ties broken by id), so that LIMIT 20 reads 20 index entries; also
        # what a query by agreement and last day alone reads (migration 0022 dropped that index).
        Index("ix_placement_summaries_ending", "agreement_id", "last_day", "placement_id"),
        Index(
            "ix_placement_summaries_own_ending",
            "agreement_id",
            "municipality_code",
            "last_day",
            "placement_id",
        ),
        Index("ix_placement_summaries_running", "agreement_id", "start", "placement_id"),
        Index(
            "ix_placement_summaries_own_running", "agreement_id", "municipality_code", "start", "placement_id"
        ),
    )

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
    __table_args__ = (
        Index("ix_placement_months_agreement_month", "agreement_id", "month"),
        # Partial: a page's two capped lists read their 20 rows, not the month's placements.
        Index(
            "ix_placement_months_missing",
            "agreement_id",
            "month",
            "municipality_code",
            "placement_id",
            postgresql_where=text("missing > 0"),
            sqlite_where=text("missing > 0"),
        ),
        Index(
            "ix_placement_months_gaps",
            "agreement_id",
            "month",
            "municipality_code",
            "placement_id",
            postgresql_where=text("gaps > 0"),
            sqlite_where=text("gaps > 0"),
        ),
    )

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


# Running totals (decision 0017, "Sums kept, not rows"): what a page counts, kept by the difference each
# placement's new summary makes, in the same transaction. Their size follows days, months and sites,
# not placements, so a page reads a bounded number of rows however many placements an agreement has.


class OccupancyDay(Base):
    """How many of a municipality's placements at a site start, and have their last day, on a day."""

    __tablename__ = "occupancy_days"
    __table_args__ = (Index("ix_occupancy_days_agreement_day", "agreement_id", "day"),)

    agreement_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    municipality_code: Mapped[str] = mapped_column(String(3), primary_key=True)
    p_number: Mapped[str] = mapped_column(String(10), primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    starts: Mapped[int]
    ends: Mapped[int]  # placements whose last day this is


class OccupancyMonth(Base):
    """The same counts per calendar month: what came before the days a page looks at closely."""

    __tablename__ = "occupancy_months"

    agreement_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    municipality_code: Mapped[str] = mapped_column(String(3), primary_key=True)
    p_number: Mapped[str] = mapped_column(String(10), primary_key=True)
    month: Mapped[date] = mapped_column(primary_key=True)  # its first day
    starts: Mapped[int]
    ends: Mapped[int]


class MonthTotal(Base):
    """A municipality's month in an agreement: the sums of its placements' `placement_months` rows."""

    __tablename__ = "dashboard_month_totals"

    agreement_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    municipality_code: Mapped[str] = mapped_column(String(3), primary_key=True)
    month: Mapped[date] = mapped_column(primary_key=True)
    granted_hours: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    delivered_hours: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    claimable_hours: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    amount_dkk: Mapped[Decimal] = mapped_column(Numeric(16, 2))
    with_gaps: Mapped[int]  # placements with a gap in the month
    with_missing: Mapped[int]  # placements with missing or wrong evidence in the claim period


class OutcomeTotal(Base):
    """Placements counted by the outcome table's keys (seed 002), and the ended ones' days summed."""

    __tablename__ = "dashboard_outcome_totals"

    agreement_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    municipality_code: Mapped[str] = mapped_column(String(3), primary_key=True)
    ended: Mapped[bool] = mapped_column(primary_key=True)
    outcome: Mapped[str] = mapped_column(String(32), primary_key=True)  # "" while none is known
    benefit_row: Mapped[str] = mapped_column(String(64), primary_key=True)
    male: Mapped[bool] = mapped_column(primary_key=True)
    under_30: Mapped[bool] = mapped_column(primary_key=True)
    count: Mapped[int]
    days: Mapped[int]


class SummaryState(Base):
    """What an agreement's summaries were computed with: a fingerprint of its payment terms and its
    municipalities' audit rules. A page that finds another fingerprint today has them rebuilt."""

    __tablename__ = "dashboard_states"

    agreement_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
