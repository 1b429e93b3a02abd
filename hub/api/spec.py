"""What the OpenAPI document says beyond each view: how to get a token, the one error shape, pagination and
`cpr_view` (the `info` text), a name for people on each section, and (from `hub.api.spec_answers`) the
answers every operation may give, once each under `components.responses`.
"""

from __future__ import annotations

from typing import Any

from hub.api import security_schemes
from hub.api.spec_answers import ANSWERS, told_of_expiry

DESCRIPTION = """\
A JSON API for municipal case systems and other programs. A call sees what its token's user sees on
the hub's pages, and the same share of it: its party's and role's (another party's placement is 404).

**Getting a token.** A lead job centre, partner municipality or administrator makes one on the hub's
page [/tokens](/tokens) ("API-nøgler"), or an operator runs `hub tokens issue USERNAME TOKEN-NAME`. It is
shown once and acts for its user's one party. Send it with every call as `Authorization: Bearer hub_…`
("Authorize" above does it here). Revoke it on the same page or with `hub tokens revoke ID`: calls with it
get 401 from then on. A token works on `/api/…` only, never on the pages. A token expires (a year after it
is made unless told otherwise; then 401 `token_expired`): in its last 30 days every answer to it, errors
too, carries `Hub-Token-Expires`, when it expires as an HTTP date (`Tue, 29 Feb 2028 12:00:00 GMT`).
Log it, and make a new token before then.

**A browser session** (security scheme `session`) works here too: the hub's own upload page sends and
follows files with it, and this page's "Try it out" uses it when signed in. POST needs the page's CSRF
token in `X-CSRFToken` (`csrf`). Its answers are not tagged and not kept (`no-store`). Programs use a token.

**Errors** are problem details (RFC 9457, `application/problem+json`; `application/json` to a request
whose `Accept` wants that more) in one shape (`ErrorShape`): `type` (a URI per kind of error, documented
at [/api/problems](/api/problems); `about:blank` for a plain HTTP error), `title`, `status`, `detail`,
`instance` (the path, where the error is about it), and the hub's own `code`, `message` (English),
`message_da` (Danish) and `problems`, each bad field or value at its locator (`[]` when there is none).
401: no token, or an unknown or revoked one, or one of a deactivated user
(`WWW-Authenticate: Bearer realm="hub API"`, with `error="invalid_token"` to a token sent and refused).
400 `invalid_request`: `Authorization: Bearer` with no token after it, or a malformed one (RFC 6750: fix
how it is sent; a new token would not help). 403: the token's role may not do this. 404: no such object,
or one of another party, in the path or in a list's filter (`?agreement_id=`, `?municipality_code=`: not
an empty list); an id in the path that is not a number (or is past the largest id)
is named in `problems` (locator `path`). 422: bad arguments, each in `problems` (a query argument the
operation does not take too, as `Unknown field.`, and one given more than once, as `Given 2 times; send
it once.`); `message` and `message_da` say each for people, the query parameter by the name it is sent
under and in words. 400 `bad_period`: the `period` alone refused, whatever the reason: left out, written
wrong, not begun, not ended or of another kind than asked for, with `period` in `problems`; likewise 422
`bad_tree_size` for `from_size` or `to_size` alone. 400 `csrf_failed`: a browser
session's POST without its CSRF token; 400 `bad_request`: an upload whose `multipart/form-data` has no
`boundary`, or no part that can be found by it. 429: too many calls; wait `Retry-After` seconds.
Each answer a call with a token or session is counted for says where its user stands: `RateLimit-Limit`
(calls a window, `HUB_API_LIMIT`, 600 a minute unless the operator set another), `RateLimit-Remaining`
and `RateLimit-Reset` (seconds until the window turns): slow down as Remaining nears 0.
503: the database or the job queue cannot be reached; nothing was lost, try again after `Retry-After`.

**HEAD, other methods, other paths.** `HEAD` of a JSON read is answered as its `GET` (the same
status and headers: `ETag`, `Link`, `RateLimit-*`), with no body; `HEAD` of a download is 405
(`components.responses.MethodNotAllowed`, `Allow: GET`) once the token and role are checked, before its
arguments are: the file is made, and its download logged, only for a `GET`. A method a path does not
take is 405 `method_not_allowed` with `Allow` naming those it does; `OPTIONS` is answered 204 with
`Allow` alone. A path under `/api/` that is no operation's is 404 `not_found` (`UnknownPath`), never
counted under the limit. Both are problem details in English and Danish, as every error.

**Reads** of JSON carry an `ETag` (with a token): send it back as `If-None-Match`, and an unchanged
answer is 304 with no body (a submission's status, polled until it is final, costs a few bytes a time).
An upload's 202 names its one submission's status in `Location`; while a submission is not final its
status carries `Retry-After`, the seconds to wait before asking again. This spec, too, carries an `ETag`
that changes only when the spec does (a new release): a client that keeps it asks again with
`If-None-Match` and is answered 304 while it is unchanged.

**Uploads are safe to repeat.** A document is one submission by its bytes: sent again (a retry after a
lost answer, a job that sends its folder each night), under any name, it is answered 202 with
`outcome` `duplicate`, the first sending's `submission_id` and its status now, never a second
submission. So an upload whose answer never came is sent again, not checked for first. The bytes are each
document's key, and an `Idempotency-Key` header (any text of 1–255 printable ASCII characters, a UUID,
new for each upload) makes the whole request a key too: the two combine. Sent again with the same key,
files and form fields within `HUB_IDEMPOTENCY_KEY_HOURS` (24 by default), the upload is answered its first
answer again, stored once (status, body, `Location`, the statuses as they were then: follow
`status_url` for now); with the same key but other files or fields it is 422 `idempotency_key_reused`,
and while the first is still being stored 409 `idempotency_key_in_use` with `Retry-After` (a first
request whose process died holds its key no longer than PostgreSQL takes to see its connection gone, or
on SQLite `HUB_IDEMPOTENCY_HOLD_SECONDS`, 15 by default). A key is the
caller's party's own; a refused upload keeps nothing of its key. Without a key, or with a new one, a batch
sent twice is answered file by file, each `duplicate` naming its first submission.

**URLs in answers.** Every URL of the hub's in an answer is whole (`https://hub.example/api/…`):
`status_url`, the 202's `Location`, the `Link` header's pages and a record's `api_url` and `url`, built
from the address the call went to (its scheme and `Host`, or what a proxy the hub is set to trust,
`HUB_TRUSTED_PROXIES`, forwarded in `X-Forwarded-Proto` and `X-Forwarded-Host`). Follow each as it is.

**Lists** (agreements, submissions, placements, a municipality's claims) come a page at a time: `page`
(from 1) and `per_page` (1–100, default 25). The body says `page`, `per_page` and `total`; the `Link`
header (RFC 8288) gives the `first`, `prev`, `next` and `last` pages. The two lists newest first (the
submissions, and the claims by period) are held still while they are paged: their links carry
`until_id`, the newest number the first page's read held, so what comes in between pages neither
repeats nor skips a row; read the first page again, without it, for what came since.

**Periods** are `2026-08`, `2026-Q3` or `2026-H2`. Without `period`, the company's export and form are
of the last whole month (the newest whose hours are all in), as `hub export company` and the pages make
them.

**CPR numbers** are shown as `cpr_view` in each placement and record says: `full` (10 digits),
`masked` (`DDMMYY-XXXX`) or `none` (absent), by the caller's role and party. Benefit and visitation are
never shown to a company; a company's or auditor's read of personal data is an entry in the audit log.

**På dansk.** En nøgle laves på siden /tokens eller med `hub tokens issue`, sendes som
`Authorization: Bearer hub_…` og virker kun på `/api/…`. I nøglens sidste 30 dage siger headeren
`Hub-Token-Expires` i hvert svar, hvornår den udløber. Den samme fil sendt igen er den samme
indsendelse (`duplicate`, med dens `submission_id`): send roligt igen, når et svar udebliver; med
headeren `Idempotency-Key` får samme indsendelse sendt igen det første svar igen. Fejl har
altid formen `code`, `message`,
`message_da`, `problems`, med RFC 9457's `type`, `title`, `status` og `detail`.
`RateLimit-Remaining` siger, hvor mange kald brugeren har tilbage, og `RateLimit-Reset`, om hvor mange
sekunder der er fuldt igen. Lister pagineres med `page`, `per_page` og `Link`-headeren (indsendelserne
og kravene holdes fast med `until_id`, mens der bladres); virksomhedens udtræk og skema er uden
`period` for den seneste hele måned; `cpr_view` siger, om CPR-nummeret vises helt, maskeret eller
slet ikke. Denne beskrivelse har også et `ETag`, som kun skifter, når beskrivelsen gør; send det som
`If-None-Match`, og svaret er 304, så længe den er uændret. `HEAD` på en JSON-læsning svarer som dens
`GET` uden indhold; på en fil (udtræk, skema, krav, bundt) er den 405 med `Allow: GET`. En metode,
stien ikke tager, er 405 med `Allow`, og en sti under `/api/`, der ikke er en operation, er 404
`not_found`, med fejlen på engelsk og dansk som altid.
"""

# Each blueprint's section, as people call it (the blueprint's name stays the endpoints' prefix).
SECTIONS = {
    "agreements_api": "Agreements",
    "submissions_api": "Submissions",
    "placements_api": "Placements and records",
    "outbound_api": "Payments and downloads",
    "audit_api": "Audit",
}


def spec_options(sections: list[tuple[str, str]], cookie_name: str) -> dict[str, Any]:
    """`API_SPEC_OPTIONS` for one app, made fresh for each: apispec writes into the dicts it is given.

    `sections` are the blueprints' names and descriptions, in the order the docs list them; `cookie_name`
    the session cookie's (`SESSION_COOKIE_NAME`), which the spec declares beside the token."""
    return {
        "info": {"description": DESCRIPTION},
        # Given here, the list replaces the one flask-smorest makes under the blueprints' names.
        "tags": [{"name": SECTIONS[name], "description": text} for name, text in sections],
        "components": {
            "securitySchemes": security_schemes.schemes(cookie_name),
            "responses": {name: told_of_expiry(name, answer) for name, answer in ANSWERS.items()},
        },
        "security": [{"bearer": []}],
    }
