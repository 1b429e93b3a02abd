"""What a name or a heading above a value lends it, for `hub adapters suggest`: the texts "parent
child" (an XML element's name after its parent's, a sheet's label after the lone cell above its block)
that its path is guessed from, unless the parent's words alone make the guess and the child's own say
nothing of the kind: a name, a day, or a choice's code or words."""

from __future__ import annotations

from hub.adapters.suggest.words import guess_path, has

# What a child's own name says it holds where its parent's name alone gives the guess: a name, a day
# (`<Bevilget><Dato>`, `<Slut dag="...">`; "dato" inside a compound too, `Ophoersdato`).
_NAME_WORDS = ("navn", "name")
_DAY_WORDS = ("dato", "date", "dag", "day")
# What a child's own name says where its parent's name alone gives a choice (`map`: the outcome, the
# benefit): its code or its words (`<Aarsag kode="ORD">`, `<Ydelse><Tekst>`). Under the root
# `<Afslutninger>` an `@kommune` (the export's municipality, 0810) or an ending's `@sagsnr` is no outcome
# because "afslutning" is one (decision 0060, "Stop 64: trial-86").
_CHOICE_WORDS = ("kode", "code", "tekst", "text", "vaerdi", "value", "beskrivelse", "navn", "name", "type")


def lent(parent: str, own: str) -> tuple[str, ...]:
    """`parent own` as a text to guess from, unless it guesses only what the parent alone does, a role's
    name or a day, and `own` says no such thing: under `<Mentor>` an `@Ansaettelse` is not the mentor's
    name because "Mentor" is, nor is the root `<MentorstoetteEksport>`'s `@Kommunenr` (drafted as the
    mentor's name, 450 in every record; decision 0060, "Twenty-first trial"); nor is the root
    `<praktikophoer>`'s `@udtrukket`, the export's own time, the day each placement ended because
    "ophoer" is ("Stop 63: trial-82"); nor is a cover sheet's "Udtrukket" under its title "Timeseddel
    for mentorstøtte" the mentor's name ("Stop 63: trial-83"); nor is the root `<Afslutninger>`'s
    `@kommune` the outcome ("Stop 64: trial-86")."""
    joined, guessed = f"{parent} {own}", guess_path(parent)
    if guessed is None or guess_path(joined) != guessed:
        return (joined,)
    words: tuple[str, ...]
    if guessed[0].endswith(".name"):
        words = _NAME_WORDS
    elif "date" in guessed[1]:
        words = _DAY_WORDS
    elif "map" in guessed[1]:
        words = _CHOICE_WORDS
    else:
        return (joined,)
    return (joined,) if any(has(own, word) for word in words) else ()
