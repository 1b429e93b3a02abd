"""Each button's own words where the page's text gave several buttons of a group the same line.

A text run may hold the words of two buttons: WeasyPrint prints `[o] i virksomheden  [o] i jobcentret`
as one run, under both buttons' boxes, and each button was given the whole line ("i virksomheden i
jobcentret"), so that `hub adapters suggest` and a person reading the draft could not tell the buttons
apart (decision 0025, "Stop 61: fixes-72"). Such a form often names each button's words in its own
tooltip (`/TU` on the button: WeasyPrint writes its `<label>`'s words there). Where every button given
the shared line has a tooltip of its own, each different and each part of that line, each button gets
its tooltip's words; otherwise the line stands, as before.
"""

from __future__ import annotations

from typing import Any

from hub.adapters.readers.pdf_text import text


def _folded(words: str) -> str:
    return " ".join(words.split())


def own_tooltips(widgets: list[Any], shown: list[list[str]]) -> dict[str, str]:
    """Each on-state's words in its button's own tooltip (the widget's `/TU`, not its field's), where it
    has one; `shown` is each widget's states, as `pdf_values.widget_states` gives them."""
    found: dict[str, str] = {}
    for widget, states in zip(widgets, shown, strict=True):
        said = text(widget.get("/TU")) if "/TU" in widget else None
        on = [state for state in states if state != "Off"]
        if said and _folded(said) and on and on[0] not in found:
            found[on[0]] = _folded(said)
    return found


def parted(choices: dict[str, str | None], tooltips: dict[str, str]) -> dict[str, str | None]:
    """`choices` (each export value with the words beside its button), with words shared by several
    buttons given as each button's own tooltip where those tell them apart (see above)."""
    shared: dict[str, list[str]] = {}
    for state, words in choices.items():
        if words is not None:
            shared.setdefault(_folded(words), []).append(state)
    parted_choices = dict(choices)
    for words, states in shared.items():
        own = [tooltips.get(state) for state in states]
        if len(states) < 2 or len(set(own)) < len(own) or not all(o and o in words for o in own):
            continue
        for state, said in zip(states, own, strict=True):
            parted_choices[state] = said
    return parted_choices
