"""Marks written as a list of pairs, each area's name beside its mark, are drafted by the name (decision
0060, "Stop 71: trial-120"): dicttoxml's `<vurderinger><item><omraade>Fremmøde</omraade><karakter>4
</karakter></item>...` named no element after an area, so every mark was a TODO "one of 5 item: read them
in a [[forms.lists]]", and the draft was refused for want of every `scores.*`."""

from __future__ import annotations

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

AREAS = ("Fremmøde", "Punktlighed", "Samarbejde", "Opgaveløsning", "Selvstændighed")


def _draft(pairs: str) -> str:
    xml = (
        "<statusudtalelse><cpr>0906940127</cpr><pnummer>1019876543</pnummer>"
        f"<vurderingsdato>2027-04-14</vurderingsdato><vurderinger>{pairs}</vurderinger></statusudtalelse>"
    )
    return render(suggest(extract(xml.encode(), "statusudtalelse.xml", READ_OPTIONS), "statusudtalelse.xml"))


def _pairs(marks: str, areas: tuple[str, ...] = AREAS) -> str:
    return "".join(
        f"<item><omraade>{area}</omraade><karakter>{mark}</karakter></item>"
        for area, mark in zip(areas, marks, strict=True)
    )


def test_each_mark_is_read_beside_its_areas_name() -> None:
    draft = _draft(_pairs("43543"))
    for path, area, mark in (("attendance", "Fremmøde", 4), ("independence", "Selvstændighed", 3)):
        assert (
            f'path = "scores.{path}"\n'
            f"  source = \"/statusudtalelse/vurderinger/item[omraade='{area}']/karakter\"  # seen: {mark};"
        ) in draft
    assert "needs: scores" not in draft


def test_a_pair_whose_other_value_is_no_mark_is_not_drafted() -> None:
    """The guard: a 7 beside "Fremmøde" (days present, not a mark) is left a TODO as before."""
    draft = _draft(_pairs("73543"))
    assert 'path = "scores.attendance"' not in draft and 'path = "scores.punctuality"' in draft
