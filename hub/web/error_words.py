"""The words of the error answers that no view gives: Werkzeug's errors and where in a request a bad
argument was, in Danish and English (`hub.web.errors` builds the answers)."""

from __future__ import annotations

# Werkzeug's own errors (404 for an unknown URL, 405, 413 for a too-large upload) in both languages.
HTTP_DA = {
    400: "Forespørgslen kunne ikke forstås.",
    401: "Log ind først.",
    403: "Du har ikke adgang til dette.",
    404: "Siden findes ikke.",
    405: "Den handling findes ikke her.",
    413: "Filen er for stor.",
    415: "Den filtype tager hubben ikke imod.",
    422: "Forespørgslen har ugyldige værdier.",
    429: "For mange forsøg. Vent lidt, og prøv igen.",
}
# Our English in place of Werkzeug's stock texts ("…please check your spelling and try again"), which
# speak of "the server" and reach a user only when nothing of ours said why.
HTTP_EN = {
    400: "The request could not be understood.",
    401: "Sign in first.",
    403: "You do not have access to this.",
    404: "There is no such page.",
    405: "That action does not exist here.",
    413: "The file is too large.",
    415: "The hub does not take that type of file.",
    422: "The request has invalid values.",
    429: "Too many attempts. Wait a little, and try again.",
}


# Where in the request a bad argument was (webargs' locations), in Danish for `locator_da`.
LOCATIONS_DA = {
    "query": "forespørgslen",
    "form": "formularen",
    "files": "filerne",
    "json": "JSON-indholdet",
    "path": "adressen",
    "view_args": "adressen",
    "headers": "headerne",
    "cookies": "cookies",
}
