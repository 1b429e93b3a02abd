"""The headers every answer gets, and the reverse proxy in front of the hub.

- No page of the hub may be framed by another site (`X-Frame-Options`, CSP `frame-ancestors`): an
  admin's buttons (deactivate a user, queue again, issue a token) would otherwise be clickable through
  a page that hides them. Types are not sniffed; a link out sends no path of ours.
- What a signed-in user or a token holder gets names citizens: a browser keeps no copy of a page
  (`no-store`: the back button on a shared office machine shows nothing after signing out), and an API
  answer with an ETag is kept only by its client and asked for again each time (`private, no-cache`,
  `Vary`), so that the ETag still saves the transfer. The public assets say their own.
- Behind a TLS proxy (`HUB_TRUSTED_PROXIES`), the client's address, scheme and host are taken from the
  proxy's `X-Forwarded-*`: the sign-in limit per address counts people, not the proxy, the audit log
  names their address, and single sign-on's redirect URL is `https://`. `HUB_SECURE_COOKIES` marks the
  session cookie for HTTPS only.
- An answer to an API token that expires within a month (`token_expiry.WARN_DAYS`) says when, in
  `Hub-Token-Expires` (an HTTP date, as `Expires` and `Sunset` are): the token's system, not a person,
  reads the answer, and its operator should renew the token before the 401 `token_expired`.
"""

from __future__ import annotations

from flask import Flask, Response, g, request
from werkzeug.http import http_date
from werkzeug.middleware.proxy_fix import ProxyFix

from hub.web.guard import current

SAME_FOR_ALL = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "frame-ancestors 'none'",
    "Referrer-Policy": "same-origin",
}
TOKEN_EXPIRES = "Hub-Token-Expires"


def init_app(app: Flask) -> None:
    """Set the headers on every response; trust the configured number of proxies."""
    proxies = int(app.config["TRUSTED_PROXIES"])
    if proxies > 0:
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies, x_port=proxies
        )
    app.config["SESSION_COOKIE_SECURE"] = bool(app.config["SECURE_COOKIES"])
    app.after_request(_headers)


def _headers(response: Response) -> Response:
    for name, value in SAME_FOR_ALL.items():
        response.headers.setdefault(name, value)
    expires = g.get("token_expires")
    if expires is not None:
        response.headers[TOKEN_EXPIRES] = http_date(expires)
    said = response.cache_control
    if "Cache-Control" in response.headers and (said.public or said.max_age is not None):
        return response  # said by the view (the API docs' assets are public); not send_file's no-cache
    if current() is not None or "Authorization" in request.headers:
        if response.headers.get("ETag"):
            response.headers["Cache-Control"] = "private, no-cache"
        else:
            response.headers["Cache-Control"] = "no-store"
        response.vary.update(("Authorization", "Cookie"))
    return response
