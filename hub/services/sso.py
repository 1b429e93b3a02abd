"""Single sign-on: the claims of a provider's ID token turned into a user bound to its party.

Which claim carries what is configuration (`config/oidc.toml`, setting `OIDC_CLAIMS`). The first sign-in
creates the user (just-in-time provisioning); later ones find it by `issuer|subject`, never by username, so
that a provider cannot take over a local account by asserting its name. A token without a valid role or
party is refused, with the reason, and the refusal is an audit entry.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum.dk import cvr

from hub.access import ROLES
from hub.access_errors import Forbidden
from hub.errors import ConfigError
from hub.models import User
from hub.services import audit, users
from hub.services.user_parties import Party

CLAIM_KEYS = ("role", "municipality", "cvr", "audit_start", "audit_end", "username", "display_name")


@dataclass(frozen=True)
class ClaimMap:
    """Which claim carries each part of a user, and the provider's role values in the hub's roles."""

    label: str
    claims: dict[str, str]
    roles: dict[str, str] = field(default_factory=dict)
    label_en: str = ""

    def button(self, lang: str) -> str:
        """The provider's name on the sign-in button in a language (Danish unless English is given)."""
        return self.label_en if lang == "en" and self.label_en else self.label


# Administrators are always local users: a provider's claim can never make one (decision 0015).
SSO_ROLES = tuple(role for role in ROLES if role != "admin")


def load_claim_map(path: Path) -> ClaimMap:
    """Read and check the claim mapping file; a missing or wrong one stops the app at start."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            f"{path}: the single-sign-on claim mapping cannot be read ({exc})",
            f"{path}: filen med single sign-on-claims kan ikke læses ({exc})",
        ) from exc
    claims, roles = data.get("claims", {}), data.get("roles", {})
    unknown = sorted(set(claims) - set(CLAIM_KEYS)) + sorted(set(roles.values()) - set(SSO_ROLES))
    labels = (data.get("label", ""), data.get("label_en", ""))
    if "role" not in claims or unknown or not all(isinstance(label, str) for label in labels):
        wrong = ", ".join(unknown) or "-"
        raise ConfigError(
            f"{path}: [claims] needs `role`; unknown keys or roles: {wrong}",
            f"{path}: [claims] skal have `role`; ukendte nøgler eller roller: {wrong}",
        )
    return ClaimMap(labels[0] or "single sign-on", dict(claims), dict(roles), labels[1])


def _refuse(en: str, da: str) -> Forbidden:
    return Forbidden(f"single sign-on refused: {en}", f"log ind via single sign-on afvist: {da}")


def _claim(claims: dict[str, Any], mapping: ClaimMap, key: str) -> str:
    name = mapping.claims.get(key)
    value = claims.get(name) if name else None
    return str(value).strip() if value is not None else ""


def _day(claims: dict[str, Any], mapping: ClaimMap, key: str) -> date | None:
    try:
        return date.fromisoformat(_claim(claims, mapping, key))
    except ValueError:
        return None


def role_and_party(claims: dict[str, Any], mapping: ClaimMap) -> tuple[str, Party]:
    """The hub role and party the claims give, or `Forbidden` naming what is missing or wrong."""
    raw_role = _claim(claims, mapping, "role")
    role = mapping.roles.get(raw_role, "")
    if role not in SSO_ROLES:
        raise _refuse(
            f"the token gives no role the hub knows (claim {mapping.claims['role']!r}: {raw_role!r})",
            f"nøglen giver ingen rolle, hubben kender (claim {mapping.claims['role']!r}: {raw_role!r})",
        )
    code = _claim(claims, mapping, "municipality")
    if role == "company":
        number = _claim(claims, mapping, "cvr")
        if not cvr.is_valid(number):
            raise _refuse(
                f"no valid CVR number for a company user ({number!r})",
                f"intet gyldigt CVR-nummer ({number!r})",
            )
        return role, Party(company_cvr=cvr.compact(number))
    if role in ("lead", "municipality", "auditor") and not (len(code) == 3 and code.isdigit()):
        raise _refuse(f"no valid municipality code ({code!r})", f"ingen gyldig kommunekode ({code!r})")
    if role == "auditor":
        start, end = _day(claims, mapping, "audit_start"), _day(claims, mapping, "audit_end")
        if start is None or end is None or start > end:
            raise _refuse("no valid audit period", "ingen gyldig revisionsperiode")
        return role, Party(municipality=code, audit_start=start, audit_end=end)
    return role, Party(municipality=code or None)


def _free_username(session: Session, wanted: str, subject: str) -> str:
    for name in (wanted, f"sso-{subject}"):
        name = name[:100]
        if name and users.user_by_name(session, name) is None:
            return name
    raise _refuse("no free username for this person", "intet ledigt brugernavn til personen")


def _bind(user: User, role: str, party: Party) -> bool:
    now = (user.role, user.municipality_code, user.company_cvr, user.audit_start, user.audit_end)
    new = (role, party.municipality, party.company_cvr, party.audit_start, party.audit_end)
    user.role, user.municipality_code, user.company_cvr, user.audit_start, user.audit_end = new
    return now != new


def sign_in_by_claims(
    session: Session, issuer: str, claims: dict[str, Any], mapping: ClaimMap, source: str
) -> User:
    """The user these verified claims are: found by subject or created; the attempt is logged; commits."""
    subject = f"{issuer}|{claims.get('sub', '')}"
    actor = f"sso:{str(claims.get('sub', ''))[:80]}"
    try:
        if not claims.get("sub"):
            raise _refuse("the token has no subject", "nøglen har intet subject")
        role, party = role_and_party(claims, mapping)
        user = session.scalar(select(User).where(User.oidc_subject == subject))
        if user is None:
            name = _free_username(session, _claim(claims, mapping, "username"), str(claims["sub"]))
            user = users.create_user(
                session, name, role, party, actor, display_name=_claim(claims, mapping, "display_name")
            )
            user.oidc_subject = subject
        elif not user.active:
            raise _refuse("the user is deactivated", "brugeren er deaktiveret")
        elif _bind(user, role, party):
            audit.append(
                session,
                actor,
                "user.rebound",
                f"user:{user.username}",
                {"party": users.principal(user).party},
            )
    except Forbidden as exc:
        session.rollback()
        audit.append(session, actor, "login.refused", actor, {"source": source, "reason": exc.message})
        session.commit()
        raise
    audit.append(
        session, actor, "login.succeeded", f"user:{user.username}", {"source": source, "via": "oidc"}
    )
    session.commit()
    return user
