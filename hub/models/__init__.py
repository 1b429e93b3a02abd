"""SQLAlchemy models, one module per aggregate. Models never commit: services do."""

from hub.models.agreements import Agreement, AgreementMunicipality, AgreementTerms, Contact, Site
from hub.models.audit import AuditCheckpoint, AuditEvent, AuditLeaf, AuditNode, AuditPending
from hub.models.base import Base
from hub.models.dashboard import (
    MonthTotal,
    OccupancyDay,
    OccupancyMonth,
    OutcomeTotal,
    PlacementMonth,
    PlacementSummary,
    SummaryState,
)
from hub.models.documents import (
    CHANNELS,
    FINAL_STATES,
    NOT_FINAL_STATES,
    SUBMISSION_STATES,
    Document,
    Submission,
    SubmissionItem,
)
from hub.models.idempotency import IdempotencyKey
from hub.models.keys import KeyFingerprint
from hub.models.records import Placement, Provenance, Record, RecordVersion
from hub.models.users import ApiToken, BrowserSession, User

__all__ = [
    "ApiToken",
    "BrowserSession",
    "User",
    "CHANNELS",
    "FINAL_STATES",
    "NOT_FINAL_STATES",
    "SUBMISSION_STATES",
    "Agreement",
    "AgreementMunicipality",
    "AgreementTerms",
    "AuditCheckpoint",
    "AuditEvent",
    "IdempotencyKey",
    "AuditLeaf",
    "AuditNode",
    "AuditPending",
    "Base",
    "Contact",
    "KeyFingerprint",
    "Document",
    "Placement",
    "PlacementMonth",
    "PlacementSummary",
    "MonthTotal",
    "OccupancyDay",
    "OccupancyMonth",
    "OutcomeTotal",
    "SummaryState",
    "Provenance",
    "Record",
    "RecordVersion",
    "Site",
    "Submission",
    "SubmissionItem",
]
