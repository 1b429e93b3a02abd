"""The role table and what each role sees of a citizen, checked against DESIGN.md's "Who uses it"."""

from __future__ import annotations

from datetime import date

import pytest

from hub.access import PERMISSIONS, Principal, UnknownPermission, cpr_view, permission_roles, sees_categories

GLADSAXE_LEAD = Principal(1, "lead-gladsaxe", "lead", municipality="159")
HERLEV = Principal(2, "kommune-herlev", "municipality", municipality="163")
FALCK = Principal(3, "falck", "company", company_cvr="22222228")
AUDITOR = Principal(
    4, "revisor", "auditor", municipality="151", audit_start=date(2026, 7, 1), audit_end=date(2026, 9, 30)
)
ADMIN = Principal(5, "admin", "admin")


def test_lead_sees_own_citizens_in_full_and_the_partners_masked() -> None:
    assert cpr_view(GLADSAXE_LEAD, "159", "159", "masked") == "full"
    assert cpr_view(GLADSAXE_LEAD, "163", "159", "full") == "masked"
    # In an agreement Gladsaxe does not lead, it is a partner: another municipality's citizen is not its.
    assert cpr_view(GLADSAXE_LEAD, "157", "157", "full") == "none"


def test_partner_sees_only_its_own_citizens() -> None:
    assert cpr_view(HERLEV, "163", "159", "masked") == "full"
    assert cpr_view(HERLEV, "151", "159", "full") == "none"


def test_company_and_admin_never_see_cpr_or_categories() -> None:
    for who in (FALCK, ADMIN):
        assert cpr_view(who, "159", "159", "full") == "none"
        assert not sees_categories(who)
    assert sees_categories(HERLEV) and sees_categories(GLADSAXE_LEAD) and sees_categories(AUDITOR)


def test_auditor_sees_cpr_as_its_municipality_rules_say() -> None:
    assert cpr_view(AUDITOR, "151", "159", "full") == "full"
    assert cpr_view(AUDITOR, "151", "159", "masked") == "masked"
    assert cpr_view(AUDITOR, "163", "159", "full") == "none"


def test_auditor_period_overlap() -> None:
    assert AUDITOR.audits(date(2026, 9, 30), date(2026, 12, 1))
    assert not AUDITOR.audits(date(2026, 10, 1), date(2026, 12, 1))
    assert not HERLEV.audits(date(2026, 1, 1), date(2026, 12, 31))


def test_reads_of_everyone_who_reads_a_citizen_are_logged_and_refusals_outside_staff() -> None:
    everyone = (GLADSAXE_LEAD, HERLEV, FALCK, AUDITOR, ADMIN)
    assert [p.reads_are_logged for p in everyone] == [True, True, True, True, False]
    assert [p.outside_party for p in everyone] == [False, False, True, True, False]


def test_denied_unless_granted() -> None:
    assert not FALCK.may("claims:read")
    assert not ADMIN.may("records:read")
    assert not AUDITOR.may("submissions:create")
    assert FALCK.may("public") and ADMIN.may("signed_in")
    with pytest.raises(UnknownPermission):
        HERLEV.may("records:write")
    with pytest.raises(UnknownPermission):
        permission_roles("nothing")


def test_no_company_or_admin_permission_on_claims_or_bundles() -> None:
    for permission in ("claims:read", "bundles:read", "completeness:read", "dashboard:read"):
        assert "company" not in PERMISSIONS[permission]
        assert "admin" not in PERMISSIONS[permission]
