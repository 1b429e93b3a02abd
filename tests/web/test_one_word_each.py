"""One thing, one Danish word, on every page and in every message: a municipality's claim period was an
"afregningsperiode" on the auditor's page and in refusals ("Ballerup Kommune afregner pr. kvartal"), a
"refusionsperiode" under the dashboards, a "kravperiode" on the payments page, and "kommunen søger
refusion pr. kvartal" in another refusal of the same page; the company's export was an "udtræk" on its
page and an "eksport" on the lead's, and its file `eksport-…` on both."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT

# The word used, and the others that said the same thing.
ONE_WORD = {
    "afregningsperiode": re.compile(r"refusionsperiode|kravperiode", re.IGNORECASE),
    "afregner pr.": re.compile(r"søger refusion pr\.", re.IGNORECASE),
    # The company's export: "udtræk" on its page and buttons; the payments page's heading said "eksport".
    # The downloaded file too (`udtraek-…`, stop 41). (Not the verb "eksportér", nor an XML element
    # `Eksport` quoted.)
    "udtræk": re.compile(r"\b(?:virksomheds)?eksport(?:en)?\b"),
}


def _danish_texts() -> list[tuple[str, str]]:
    """Every line a Danish reader may get: the catalogue's translations, the code's and the templates'."""
    hub = ROOT / "hub"
    catalogue = hub / "translations" / "da" / "LC_MESSAGES" / "messages.po"
    lines = [(f"{catalogue.name}:{n}", line) for n, line in enumerate(catalogue.read_text().splitlines(), 1)]
    lines = [(where, line) for where, line in lines if not line.startswith("msgid")]
    sources: list[Path] = [
        *hub.rglob("*.py"),
        *(hub / "templates").glob("*.html"),
        *(hub / "static").rglob("*.js"),
    ]
    for path in sources:
        for n, line in enumerate(path.read_text().splitlines(), 1):
            lines.append((f"{path.relative_to(ROOT)}:{n}", line))
    return lines


def test_one_thing_is_one_word_everywhere() -> None:
    texts = _danish_texts()
    wrong = [
        f"{where}: {line.strip()}"
        for where, line in texts
        for pattern in ONE_WORD.values()
        if pattern.search(line)
    ]
    assert wrong == [], "\n".join(wrong)
    # The word is in use (the test would check nothing otherwise).
    assert sum("afregningsperiode" in line.lower() for _, line in texts) >= 3
