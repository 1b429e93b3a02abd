"""What `hub users` and `hub tokens` say when a command did its work: one line, English then Danish, as
`hub ingest` and `hub requeue` say theirs (`ingest_lines`). The tables (`hub users list`, `hub tokens
list`) keep their tab-separated values, which scripts read."""

from __future__ import annotations

from hub.access import ROLE_NAMES, Principal


def added(username: str, principal: Principal) -> str:
    """`added x (lead, municipality 159) / tilføjet x (tovholder, kommune 159)`: the role as `--role`
    takes it in English, by its Danish name in Danish."""
    role_da = ROLE_NAMES[principal.role][0]
    party_en, party_da = principal.party_words()
    return f"added {username} ({principal.role}, {party_en}) / tilføjet {username} ({role_da}, {party_da})"


def token_issued(token_id: int, username: str, name: str, expires: str) -> str:
    """Said before the token itself, which is shown this once, with the day it expires."""
    return (
        f"token {token_id} for {username} ({name}), expires {expires}, shown this once: keep it now"
        f" / nøgle {token_id} til {username} ({name}), udløber {expires}, vises kun denne ene gang:"
        " gem den nu"
    )


def token_revoked(token_id: int, name: str, username: str) -> str:
    """Said when a token is revoked."""
    return (
        f"revoked token {token_id} ({name}) of {username}"
        f" / tilbagekaldt nøgle {token_id} ({name}) fra {username}"
    )


def plain(en: str, da: str, username: str) -> str:
    """`deactivated x / deaktiveret x`: a change to one user, said in both languages."""
    return f"{en} {username} / {da} {username}"
