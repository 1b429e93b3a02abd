"""waitress's own log lines of WARNING and above in Danish too, for the hub's handler
(`logsetup.in_both_languages`): `hub serve` runs under waitress, whose loggers (`waitress`,
`waitress.queue`) reach the hub's handler, and a person who reads only Danish reads that terminal.

Matched on the line as waitress wrote it, not on its format string: waitress fills some of its lines
itself (`"... (%s)" % cl`) before logging them. A line waitress adds tomorrow stays English until it is
added here, never half-translated (as `hub.adapters.language.config_da` does).
"""

from __future__ import annotations

import re

# (waitress's line as a regular expression, the English to write (None: as waitress wrote it), Danish),
# from waitress 3's task.py, channel.py, server.py, proxy_headers.py and wasyncore.py
# (`tests/core/test_log_waitress.py` fails on a line it does not know).
WAITRESS_LINES: tuple[tuple[str, str | None, str], ...] = (
    (r"Canceling (\d+) pending task\(s\)", None, r"annullerer \1 ventende opgave(r)"),
    (r"(\d+) thread\(s\) still running", None, r"\1 tråd(e) kører stadig"),
    (r"Task queue depth is (\d+)", None, r"\1 opgaver venter i køen"),
    (r"Exception when servicing (.*)", None, r"fejl under betjeningen af \1"),
    (r"Exception while serving (.*)", None, r"fejl under svaret på \1"),
    (r"Socket error", None, "fejl på forbindelsen (socket)"),
    (r"Unexpected exception when flushing", None, "uventet fejl under afsendelsen"),
    (r"Unexpected error when closing an outbuf", None, "uventet fejl ved lukningen af en udgående buffer"),
    (
        r"Unknown exception while trying to close outbuf",
        None,
        "ukendt fejl ved lukningen af en udgående buffer",
    ),
    (
        r"application-written content exceeded the number of bytes specified by Content-Length header "
        r"\((.*)\)",
        None,
        r"programmet skrev mere end de byte, som Content-Length angav (\1)",
    ),
    (
        r"application-written content was ignored due to HTTP response that may not contain a "
        r"message-body: \((.*)\)",
        None,
        r"programmets indhold blev udeladt, da et HTTP-svar med status (\1) ikke må have indhold",
    ),
    (
        r"application returned too few bytes \((.*)\) for specified Content-Length \((.*)\) via app_iter",
        None,
        r"programmet sendte færre byte (\1) end den angivne Content-Length (\2) via app_iter",
    ),
    (
        r"unhandled (incoming priority|read|write|connect|accepted|close) event",
        None,
        r"uhåndteret \1-hændelse",
    ),
    (
        r"total open connections reached the connection limit, no longer accepting new connections",
        None,
        "de åbne forbindelser har nået grænsen; tager ikke imod nye forbindelser",
    ),
    (r"server accept\(\) threw an exception", None, "serverens accept() fejlede"),
    (
        r"Removed untrusted headers \((.*)\)\. Waitress recommends these be removed upstream\.",
        None,
        r"fjernede headere fra en proxy, der ikke er betroet (\1); waitress anbefaler at fjerne dem før",
    ),
    (
        r'Malformed proxy header "(.*)" from "(.*)": (.*) value: (.*)',
        None,
        r'ugyldig proxy-header "\1" fra "\2": \3 værdi: \4',
    ),
    (r"Unknown Forwarded token: (.*)", None, r"ukendt del af Forwarded: \1"),
    # waitress puts the exception's text and a traceback into this line itself; the text may quote a
    # document's value (a CPR number), so only the exception's class is kept, in both languages.
    (
        r"uncaptured python exception, closing channel (.*) \(<class '([\w.]+)'>:.*",
        r"uncaptured python exception, closing channel \1 (\2)",
        r"uventet fejl i Python; lukker forbindelsen \1 (\2)",
    ),
)
_COMPILED = tuple((re.compile(line, re.S), english, danish) for line, english, danish in WAITRESS_LINES)


def waitress_words(line: str) -> tuple[str, str] | None:
    """A waitress line in English and Danish, as the hub writes it; None for a line not known here."""
    for pattern, english, danish in _COMPILED:
        found = pattern.fullmatch(line)
        if found is not None:
            return (found.expand(english) if english is not None else line), found.expand(danish)
    return None
