"""A refusal as a person reads it on a page: in the page's language, a sentence (a capital, a full stop).

The messages of `hub.errors` are written to be read after a prefix as much as alone: the command line
prints `fejl: ingen terminal …`, a rejection joins its problems after a file's name, and many services
word a refusal in lower case. On a page the same text stands alone, under a heading or beside a field,
and began with a capital or not by chance of who wrote it. The pages capitalise it here, once, rather
than each message being rewritten (and the API's `message`, which a client may compare, changed with it).
Nor did it end as a sentence ends ("Posten 9999 findes ikke, eller du har ikke adgang", stop 45): the
pages add the full stop here too, never a second one after a message that ends with its own.
"""

from __future__ import annotations

import re

from hub.errors import HubError
from hub.web.i18n import locale

# The first word, and what follows it directly. A word joined to `_`, a digit, `.`+letter, `/`, `@`,
# `=` or `(` is a name written as code (`mentor_hours`, `kind=x`, `records.jsonl`, `hub`'s options),
# which a capital would misspell; a word ending at a space or punctuation is a word of the sentence.
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_CODE_AFTER = re.compile(r"[_\d/@=(]|\.\w")


# What already ends a sentence: a message that asks, exclaims, trails off or ends with its own stop.
_ENDED = (".", "!", "?", "…")


def sentence(text: str) -> str:
    """`text` beginning with a capital letter, unless it begins with something written as code (a
    quote, a number, a path, `mentor_hours`), and ending with a full stop unless it ends with one
    (or `!`, `?`, `…`) already; the rest is left as it is."""
    text = text.rstrip()
    if not text:
        return text
    ended = text if text.endswith(_ENDED) else text + "."
    word = _FIRST_WORD.match(ended)
    if word is None or ended[0].isupper() or _CODE_AFTER.match(ended, word.end()):
        return ended
    return ended[0].upper() + ended[1:]


def said(error: HubError) -> str:
    """The refusal of `error` in the request's language, as a sentence (`sentence`)."""
    return sentence(error.message_da if locale() == "da" else error.message)
