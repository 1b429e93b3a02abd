"""How `verify.py` says a count, in Danish and English: digits grouped as each reader writes them
(`grouped`), and a count with its noun, singular for one (`said_count`).

Written into `verify.py` before the checks that count (standard library only, Python 3.9: the hub's own
`hub.quantities` and `hub.words` need Babel). Apart from `bundle_since`, which compares two bundles'
checkpoints: every check of the verifier says its counts so.
"""

from __future__ import annotations


def grouped(count: int, lang: str) -> str:
    """A count of entries or files as each reader writes it, `12.345` in Danish, `12,345` in English (the
    hub writes numbers with `hub.quantities`, which needs Babel; this file travels in verify.py, standard
    library only). A tree size that names a checkpoint, or that the auditor types (`from_size=`), stays
    plain digits, as in `log/checkpoint.txt`."""
    text = f"{count:,}"
    return text.replace(",", ".") if lang == "da" else text


# A noun's singular and plural, Danish then English, as `said_count` takes it.
Noun = tuple[tuple[str, str], tuple[str, str]]


def said_count(count: int, noun: Noun) -> tuple[str, str]:
    """`count` and its noun in Danish and English, grouped each way and singular for one: ("1.200
    poster", "1,200 entries"), ("1 post", "1 entry"). Zero keeps the plural, as both languages do.
    (`hub.words.counted` does this for the hub, with Babel.)"""
    (da_one, da_many), (en_one, en_many) = noun
    one = count == 1
    return (
        f"{grouped(count, 'da')} {da_one if one else da_many}",
        f"{grouped(count, 'en')} {en_one if one else en_many}",
    )
