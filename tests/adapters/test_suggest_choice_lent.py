"""A parent's name that alone guesses a choice (`Afslutning`, the outcome) lends it only to a child naming
the choice's code or words (decision 0060, "Stop 64: trial-86").

Brønderslev's StAX export of placements ended is `<bs:Afslutninger kommune="0810">` around
`<bs:Afslutning sagsnr="...">` elements, each with its `<bs:Aarsag kode="ORD">Ordinært job</bs:Aarsag>`.
The draft read the outcome from the root's `@kommune` ("Afslutninger kommune" holds "afslutning"), a map
of '0810' to TODO that refused every ending, and left the reason's code "also looks like outcome"; the
ending's `@sagsnr` was one more such comment."""

from __future__ import annotations

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render


def _draft(xml: str) -> str:
    return render(suggest(extract(xml.encode(), "afslutninger.xml", READ_OPTIONS), "afslutninger.xml"))


def _ending(case: str, cpr: str, code: str, words: str) -> str:
    return (
        f'<Afslutning sagsnr="{case}"><Borger cpr="{cpr}">Line Aagaard Thomsen</Borger>'
        f'<Praktiksted pnr="1022334455">Hjallerup Plejecenter</Praktiksted><SidsteDag>04-12-2026</SidsteDag>'
        f'<Aarsag kode="{code}">{words}</Aarsag></Afslutning>'
    )


def test_the_roots_municipality_is_no_outcome_and_the_reasons_code_is() -> None:
    endings = _ending("BRS-1", "290885-1642", "UDD", "Uddannelse") + _ending(
        "BRS-2", "070771-3095", "FLX", "Fleksjob"
    )
    draft = _draft(f'<Afslutninger kommune="0810">{endings}</Afslutninger>')
    assert 'path = "outcome"\n  source = "Aarsag/@kode"' in draft
    assert '"UDD" = "education"' in draft and '"FLX" = "flexjob"' in draft
    assert '# TODO: not recognised (seen: 0810)\n  # [[forms.fields]]\n  # path = "TODO"\n' in draft
    assert '# source = "/Afslutninger/@kommune"' in draft
    assert "# TODO: not recognised (seen: BRS-1)" in draft


def test_a_choices_code_and_words_under_its_parent_are_still_lent() -> None:
    """`<Aarsag><Kode>` and `<Aarsag><Tekst>`: the code is the outcome, its words the display text."""
    xml = (
        "<Afslutning><CPR>290885-1642</CPR><Pnr>1022334455</Pnr><Slutdato>04-12-2026</Slutdato>"
        "<Aarsag><Kode>UDD</Kode><Tekst>Uddannelse</Tekst></Aarsag></Afslutning>"
    )
    draft = _draft(xml)
    assert 'path = "outcome"\n  source = "/Afslutning/Aarsag/Kode"' in draft
