"""The partnership agreement and its parts: municipalities, sites, contacts."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hub.models.base import Base, utcnow


class Agreement(Base):
    """A partnership agreement between one company and one or more job centres."""

    __tablename__ = "agreements"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    company_cvr: Mapped[str] = mapped_column(String(8), index=True)
    company_name: Mapped[str] = mapped_column(String(200))
    lead_municipality: Mapped[str] = mapped_column(String(3))
    cooperation_model: Mapped[str] = mapped_column(String(32))
    payment_basis: Mapped[str] = mapped_column(String(32))
    hourly_rate_dkk: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    hours_per_week: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    data: Mapped[dict[str, Any]]  # the canonical agreement as validated
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    municipalities: Mapped[list[AgreementMunicipality]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementMunicipality.position"
    )
    sites: Mapped[list[Site]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="Site.p_number"
    )
    contacts: Mapped[list[Contact]] = relationship(back_populates="agreement", cascade="all, delete-orphan")
    # Every version of the payment terms, the present one included (decision 0063); in the order stored,
    # which is the order they take effect in (a new version never starts before the present one).
    terms_history: Mapped[list[AgreementTerms]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementTerms.id"
    )


class AgreementMunicipality(Base):
    """A municipality's part in an agreement: lead or partner, and places allotted to it if any."""

    __tablename__ = "agreement_municipalities"

    agreement_id: Mapped[str] = mapped_column(
        ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True
    )
    municipality_code: Mapped[str] = mapped_column(String(3), primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(default=0)
    places: Mapped[int | None]

    agreement: Mapped[Agreement] = relationship(back_populates="municipalities")


class Site(Base):
    """A workplace of the company (by P-number) with its number of places."""

    __tablename__ = "sites"
    __table_args__ = (UniqueConstraint("agreement_id", "p_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), index=True)
    p_number: Mapped[str] = mapped_column(String(10), index=True)
    name: Mapped[str] = mapped_column(String(200))
    places: Mapped[int]

    agreement: Mapped[Agreement] = relationship(back_populates="sites")


class Contact(Base):
    """A named contact: primary or backup, on the company's or the job centres' side."""

    __tablename__ = "contacts"
    __table_args__ = (UniqueConstraint("agreement_id", "side", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), index=True)
    side: Mapped[str] = mapped_column(String(16))
    role: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20))
    municipality_code: Mapped[str | None] = mapped_column(String(3))

    agreement: Mapped[Agreement] = relationship(back_populates="contacts")


class AgreementTerms(Base):
    """One version of an agreement's payment terms and the days it is in effect (decision 0063)."""

    __tablename__ = "agreement_terms"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), index=True)
    valid_from: Mapped[date | None]  # None: since always (the first version)
    valid_to: Mapped[date | None]  # its last day; None: still in effect
    basis: Mapped[str] = mapped_column(String(32))
    hourly_rate_dkk: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    hours_per_week: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    places: Mapped[dict[str, Any]]  # {municipality code: places allotted, or None}
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    agreement: Mapped[Agreement] = relationship(back_populates="terms_history")
