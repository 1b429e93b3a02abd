"""The words of the error answers that no view gives: Werkzeug's errors, the error page's heading and what
to do, and where in a request a bad argument was, in Danish and English (`hub.web.errors` builds the
answers)."""

from __future__ import annotations

from typing import NamedTuple

from flask import g, has_request_context

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
    409: "Det er ændret imens af en anden.",
    429: "For mange forsøg.",
    500: "Der gik noget galt hos os; det er skrevet i loggen.",
    503: "Hubben kan ikke svare lige nu.",
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
    409: "It was changed meanwhile by someone else.",
    429: "Too many attempts.",
    500: "Something went wrong on our side; it has been logged.",
    503: "The hub cannot answer right now.",
}
# What to do, ending the API's message of these statuses; a page says it once, on its own line under the
# heading (`PAGES`), and the message there, the heading's own words, is left out (`hub.web.errors`).
HTTP_THEN = {429: (" Wait a minute, then try again.", " Vent et minut, og prøv så igen.")}


class PageWords(NamedTuple):
    """An error page's heading and its one line of what to do, in English and Danish."""

    heading_en: str
    heading_da: str
    next_en: str
    next_da: str


# The error page's heading for each status a person meets, and what they can do about it; the message
# under the heading says why this time.
PAGES: dict[int, PageWords] = {
    400: PageWords(
        "The request could not be handled",
        "Forespørgslen kunne ikke behandles",
        "Go back, reload the page and try again.",
        "Gå tilbage, genindlæs siden, og prøv igen.",
    ),
    401: PageWords(
        "You are not signed in",
        "Du er ikke logget ind",
        "Sign in, then try again.",
        "Log ind, og prøv så igen.",
    ),
    403: PageWords(
        "No access",
        "Ingen adgang",
        "If your work needs this page, ask the hub's administrator for access.",
        "Har du brug for siden i dit arbejde, så bed hubbens administrator om adgang.",
    ),
    404: PageWords(
        "The page does not exist",
        "Siden findes ikke",
        "Check the address, or start again from the front page.",
        "Tjek adressen, eller start forfra fra forsiden.",
    ),
    405: PageWords(
        "That cannot be done here",
        "Det kan ikke lade sig gøre her",
        "Go back to the page and use its own buttons and links.",
        "Gå tilbage til siden, og brug dens egne knapper og links.",
    ),
    409: PageWords(
        "Someone else changed it first",
        "En anden nåede at ændre det først",
        "Reload the page to see the latest, then make your change again.",
        "Genindlæs siden for at se det nyeste, og foretag så din ændring igen.",
    ),
    413: PageWords(
        "Too much at once",
        "For meget på én gang",
        "Send smaller files, or fewer files at a time.",
        "Send mindre filer, eller færre filer ad gangen.",
    ),
    429: PageWords(
        "Too many attempts",
        "For mange forsøg",
        "Wait a minute, then try again.",
        "Vent et minut, og prøv så igen.",
    ),
    500: PageWords(
        "An error in the hub",
        "Der opstod en fejl i hubben",
        "Try again in a little while; if it goes on, tell the hub's administrator.",
        "Prøv igen om lidt; bliver det ved, så kontakt hubbens administrator.",
    ),
    503: PageWords(
        "The hub is not available right now",
        "Hubben er ikke tilgængelig lige nu",
        "Nothing was lost. Try again in a minute.",
        "Intet er gået tabt. Prøv igen om et minut.",
    ),
}
# A 403 for the administrator: "ask the hub's administrator" would send them to themselves. Their role
# has no citizen's data by design (README, "Signing in"); say so, and where their own pages are.
ADMIN_403 = (
    "An administrator manages users, API tokens and the job queue, and sees no citizen's data.",
    "En administrator styrer brugere, API-nøgler og jobkøen og ser ingen borgeres data.",
)
# Any other status: said plainly, and the way back.
OTHER = PageWords(
    "Something went wrong",
    "Noget gik galt",
    "Go back and try again, or start again from the front page.",
    "Gå tilbage, og prøv igen, eller start forfra fra forsiden.",
)


# A 400 the hub gave a reason of its own (a period not begun, a format there is not): reloading asks the
# same again, so the advice is to change what the reason names. (The 400's own advice stays for a request
# the hub could not understand, and for a stale page's security token, where reloading is the cure.)
REFUSED_400 = (
    "Go back and change what the message above names, then try again.",
    "Gå tilbage, ret det, som beskeden ovenfor nævner, og prøv igen.",
)


# What to do about a 413, by the limit that refused the body (`hub.api.too_large.too_large_kind`): smaller
# or fewer files help only against the bytes; too many parts wants the files split or zipped, and a form
# field over `MAX_FORM_MEMORY_SIZE` wants its text shortened, whatever the files. (The 413's own advice
# above is the bytes', for a 413 whose kind was not told.)
ADVICE_413: dict[str, tuple[str, str]] = {
    "bytes": (PAGES[413].next_en, PAGES[413].next_da),
    "parts": (
        "Send the files in several rounds, or pack them into one zip file.",
        "Send filerne i flere omgange, eller pak dem i én zip-fil.",
    ),
    "field": (
        "Shorten the text you wrote in the form, then try again.",
        "Gør teksten, du skrev i formularen, kortere, og prøv igen.",
    ),
}
# The request's 413 kind, kept in `flask.g` by the 413's handler (`hub.web.install.too_large`) for the page.
TOO_LARGE_KIND = "too_large_kind"


def page_words(status: int, lang: str, role: str | None = None, refused: bool = False) -> tuple[str, str]:
    """The error page's heading and what to do for `status`, in `lang` (`da` or `en`), for a user of
    `role` (None: not signed in); `refused`: the hub refused what was asked, for the reason it gives.
    A 413's advice is its kind's (`ADVICE_413`), as the 413's handler kept it for this request."""
    words = PAGES.get(status, OTHER)
    if status == 413 and has_request_context() and g.get(TOO_LARGE_KIND) in ADVICE_413:
        advice = ADVICE_413[g.get(TOO_LARGE_KIND)]
        words = words._replace(next_en=advice[0], next_da=advice[1])
    if status == 403 and role == "admin":
        words = words._replace(next_en=ADMIN_403[0], next_da=ADMIN_403[1])
    if status == 400 and refused:
        words = words._replace(next_en=REFUSED_400[0], next_da=REFUSED_400[1])
    return (words.heading_da, words.next_da) if lang == "da" else (words.heading_en, words.next_en)


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
