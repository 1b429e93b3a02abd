"""One user of each role, as the API tests sign in (the demo's users)."""

from __future__ import annotations

OWN_USER = {
    "lead": "lead-gladsaxe",
    "municipality": "kommune-herlev",
    "company": "falck",
    "auditor": "revisor-ballerup",
    "admin": "admin",
}
