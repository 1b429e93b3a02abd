"""Each role's menu shows the pages of use to that role (`hub.web.nav.MENU_ROLES`), and each of its links
opens for that role. The partner municipality's menu had "Overblik", the lead's dashboard, which told it
only "Din kommune er ikke tovholder på nogen aftale": it holds `dashboard:read` for its own page."""

from __future__ import annotations

import lxml.html
import pytest
from accounts import add_everyone
from flask import Flask
from page_support import client_of, load_agreements

from hub.access import PERMISSIONS
from hub.web import nav

# DESIGN.md's and the README's pages, by role: the lead runs the agreement (its dashboard), sees its own
# part as a partner does, payments, the audit of its own municipality; a partner the same but the
# lead's dashboard; the company its page; the auditor its page and the reads of its citizens' data (stop
# 74); the admin users, tokens, queue and log.
# Everyone sees the agreements. The home page first (`test_menu_order`).
EXPECTED = {
    "lead-gladsaxe": {
        "/dashboard",
        "/municipality",
        "/payments",
        "/audit",
        "/upload",
        "/agreements",
        "/tokens",
        "/audit-log",
    },
    "kommune-herlev": {
        "/municipality",
        "/payments",
        "/audit",
        "/upload",
        "/agreements",
        "/tokens",
        "/audit-log",
    },
    "falck": {"/company", "/upload", "/agreements"},
    "revisor-ballerup": {"/audit", "/audit/reads", "/agreements"},
    "admin": {"/admin/jobs", "/admin/users", "/admin/audit-log", "/tokens", "/agreements"},
}


@pytest.mark.parametrize("username", sorted(EXPECTED))
def test_each_role_sees_what_it_can_use_and_each_link_opens(app: Flask, username: str) -> None:
    load_agreements(app)
    add_everyone(app)
    client = client_of(app, username)
    page = lxml.html.fromstring(client.get("/agreements").get_data(as_text=True))
    links = page.xpath('//nav[@aria-label="Hovedmenu"]//a/@href')
    assert set(links) == EXPECTED[username]
    for link in links:
        answer = client.get(link)
        assert answer.status_code == 200, link


def test_the_table_names_every_entry_and_only_roles_that_may_open_it(app: Flask) -> None:
    # The app is made, so every page module has registered its entry.
    registered = {entry.endpoint: entry.permission for entry in nav.MENU}
    assert set(registered) == set(nav.MENU_ROLES)
    for endpoint, roles in nav.MENU_ROLES.items():
        assert roles <= PERMISSIONS[registered[endpoint]], endpoint


@pytest.mark.parametrize(
    ("username", "label"),
    [("lead-gladsaxe", "Til revisor"), ("kommune-herlev", "Til revisor"), ("revisor-ballerup", "Revision")],
)
def test_the_audit_page_is_named_for_whom_it_is_work(app: Flask, username: str, label: str) -> None:
    """The audit page is the auditor's work ("Revision"); to a municipality's staff it is what their own
    municipality's auditor gets (its bundle, completeness, checkpoint), said so in their menu."""
    load_agreements(app)
    add_everyone(app)
    page = lxml.html.fromstring(client_of(app, username).get("/agreements").get_data(as_text=True))
    [link] = page.xpath('//nav[@aria-label="Hovedmenu"]//a[@href="/audit"]')
    assert link.text_content().strip() == label
