"""What a user is bound to (a municipality, a company, or a municipality and a period) and the checks
that keep a user from being bound to a party that does not exist."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from stdnum.dk import cvr

from hub.access import ROLE_NAMES, ROLES
from hub.datewords import days_da
from hub.errors import FieldError
from hub.periods import period_of
from hub.schemas.municipalities import normalise_municipality
from hub.services.registry import registry


@dataclass(frozen=True)
class Party:
    """What a user is bound to; which fields matter depends on the role (see `hub.models.User`)."""

    municipality: str | None = None
    company_cvr: str | None = None
    audit_start: date | None = None
    audit_end: date | None = None


# What each role's user is bound to, in English and Danish (the roles that need a party).
_PARTIES = {
    "lead": ("its municipality's code", "kommunens kode"),
    "municipality": ("its municipality's code", "kommunens kode"),
    "company": ("the company's CVR number", "virksomhedens CVR-nummer"),
    "auditor": ("a municipality's code and the audit period", "en kommunes kode og revisionsperioden"),
}


def check_party(role: str, party: Party) -> Party:
    """The party checked for the role, its municipality code and CVR number in their one written form."""
    if role not in ROLES:
        raise FieldError(
            "role", f"unknown role {role!r}; one of {', '.join(ROLES)}", f"ukendt rolle {role!r}"
        )
    needs = {
        "lead": party.municipality,
        "municipality": party.municipality,
        "company": party.company_cvr,
        "auditor": party.municipality and party.audit_start and party.audit_end,
        "admin": True,
    }[role]
    if not needs:
        # The role as the admin's page names it ("virksomhed", not `company`), and the one party it needs.
        da, en = ROLE_NAMES[role]
        party_en, party_da = _PARTIES[role]
        article = "an" if en[:1] in "aeiou" else "a"
        raise FieldError(
            _missing_field(role, party),
            f"{article} {en} user must be bound to its party: {party_en}",
            f"en bruger med rollen {da} skal bindes til sin part: {party_da}",
        )
    if role == "admin":
        return Party()  # an administrator sees no citizen's data: bound to no party
    if role == "company":
        return Party(company_cvr=_cvr(str(party.company_cvr)))
    return replace(party, municipality=_municipality(str(party.municipality)), company_cvr=None)


def _missing_field(role: str, party: Party) -> str:
    """The field of the party a role needs that is missing: an auditor's code before its period."""
    if role == "company":
        return "cvr"
    return "audit" if role == "auditor" and party.municipality else "municipality"


def _municipality(text: str) -> str:
    # A code nobody has would make a user who can see nothing and whose pages cannot name its party.
    try:
        return normalise_municipality(text)
    except ValueError:
        raise FieldError(
            "municipality",
            f"{text!r} is not a Danish municipality's code (three digits, e.g. 159 for Gladsaxe)",
            f"{text!r} er ikke en dansk kommunekode (tre cifre, fx 159 for Gladsaxe)",
        ) from None


def _cvr(text: str) -> str:
    if not cvr.is_valid(text):
        raise FieldError(
            "cvr",
            f"{text!r} is not a valid CVR number (eight digits with a check digit)",
            f"{text!r} er ikke et gyldigt CVR-nummer (otte cifre med kontrolciffer)",
        )
    return str(cvr.compact(text))


def audit_party(text: str) -> Party:
    """An auditor's party from `CODE:YYYY-MM-DD..YYYY-MM-DD`, with a clear error for anything else."""
    code, _, span = text.partition(":")
    first, _, last = span.partition("..")
    start: date | None = None
    end: date | None = None
    try:
        start, end = date.fromisoformat(first), date.fromisoformat(last)
    except ValueError:
        pass  # reported below with what is expected
    if len(code) == 3 and code.isdigit() and start is not None and end is not None:
        _in_order(start, end)
    if not (len(code) == 3 and code.isdigit()) or start is None or end is None:
        raise FieldError(
            "audit" if len(code) == 3 and code.isdigit() else "municipality",
            f"an auditor's municipality and period {text!r}: expected a municipality code and "
            "FIRST..LAST, e.g. 151:2026-08-01..2026-10-31",
            f"en revisors kommune og periode {text!r}: skriv kommunekode og FØRSTE..SIDSTE, "
            "fx 151:2026-08-01..2026-10-31",
        )
    return Party(municipality=code, audit_start=start, audit_end=end)


def audit_period(text: str) -> tuple[date, date] | None:
    """An audit period typed as `FIRST..LAST` (the admin page's field); None when left empty, which
    `check_party` then says is missing."""
    if not text.strip():
        return None
    first, _, last = text.strip().partition("..")
    start: date | None = None
    end: date | None = None
    try:
        start, end = date.fromisoformat(first.strip()), date.fromisoformat(last.strip())
    except ValueError:
        pass  # reported below with what is expected
    if start is not None and end is not None:
        _in_order(start, end)
    if start is None or end is None:
        raise FieldError(
            "audit",
            f"the audit period {text!r}: expected FIRST..LAST, e.g. 2026-08-01..2026-10-31",
            f"revisionsperioden {text!r}: skriv FØRSTE..SIDSTE, fx 2026-08-01..2026-10-31",
        )
    return start, end


def _in_order(start: date, end: date) -> None:
    """Refuse an audit period whose first day is after its last, saying so: "write FIRST..LAST" alone
    reads as a typing mistake to someone who did write two good dates."""
    if start > end:
        raise FieldError(
            "audit",
            f"the audit period's first day {start} is after its last day {end}",
            f"revisionsperiodens første dag {start} ligger efter dens sidste dag {end}",
        )


def cut_claim_periods(party: Party) -> tuple[str, str] | None:
    """A warning, in English and Danish, when an auditor's period starts or ends inside one of its
    municipality's claim periods: that claim period can never be opened under it. None when it lines up
    (or the municipality has no adapter to say its claim period)."""
    code, start, end = party.municipality, party.audit_start, party.audit_end
    if code is None or start is None or end is None or code not in registry():
        return None
    kind = registry().get(code).audit.claim_period
    cut = [p for p in (period_of(start, kind), period_of(end, kind)) if p.start < start or p.end > end]
    if not cut:
        return None
    labels = list(dict.fromkeys(p.label for p in cut))
    named_da = list(dict.fromkeys(p.describe("da") for p in cut))  # "3. kvartal 2026", not "2026-Q3"
    one = len(labels) == 1
    kind_da = {"month": "måned", "quarter": "kvartal", "half_year": "halvår"}.get(kind, kind)
    return (
        f"the audit period {start}..{end} cuts through {', '.join(labels)}, "
        f"{'a claim period' if one else 'claim periods'} of municipality {code} (it claims by "
        f"{kind.replace('_', '-')}): the auditor cannot open {'it' if one else 'them'}",
        f"revisionsperioden {days_da(start, end)} skærer {' og '.join(named_da)} over, "
        f"{'en afregningsperiode' if one else 'afregningsperioder'} for kommune {code} (den afregner pr. "
        f"{kind_da}): revisoren kan ikke åbne {'den' if one else 'dem'}",
    )
