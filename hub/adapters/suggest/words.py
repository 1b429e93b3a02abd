"""The word table of `hub adapters suggest`: field texts to canonical paths (a map's values to their
canonical values are `targets`, a form type's paths `form_paths`, a section heading's words `section_words`).

Texts are folded before matching (case, accents, æ→ae, ø→oe, å→aa, camelCase and punctuation split), so
"CPR-nummer", "Borger.CPR" and "cprNr" all hold the word "cpr". A keyword written with a leading "=" must
be whole words ("=til" does not match "stilling"); any other keyword may sit inside a compound word
("slut" in "Slutdato"), compared with the spaces taken out ("p-nr." holds "pnr").
"""

from __future__ import annotations

import re
import unicodedata

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})

# (alternatives: each a tuple of keywords that must all match, canonical path, transforms); first match wins.
Rule = tuple[tuple[tuple[str, ...], ...], str, tuple[str, ...]]
# A week's column: "Uge", and its number in one word as often as in two ("Ugenr.", "Ugenummer" beside
# "Uge nr."); whole words, since "uge" is inside many ("ugeseddel", "brugeren").
WEEK_WORDS = ("=uge", "=ugenr", "=ugenummer")
RULES: tuple[Rule, ...] = (
    # OIO XML, the public sector's shared schemas, names the CPR number `PersonCivilRegistrationIdentifier`
    # and the P-number `ProductionUnitIdentifier` (in its CPR and CVR namespaces): English words, no "cpr".
    ((("cpr",), ("civil registration",)), "citizen.cpr", ("digits",)),
    ((("cvr",),), "company.cvr", ("digits",)),
    # "Produktionsenhed nr." is the P-number's official name ("produktionsenhedsnummer").
    (
        (
            ("pnr",),
            ("pnummer",),
            ("produktionsenhed", "=nr"),
            ("produktionsenhedsnummer",),
            ("production unit",),
        ),
        "site.p_number",
        ("digits",),
    ),
    ((("email",), ("=mail",)), "caseworker.email", ("lower",)),  # as every adapter keeps it
    ((("telefon",), ("=tlf",), ("phone",)), "caseworker.phone", ("phone",)),
    ((("fornavn",), ("first name",)), "citizen.name", ("join",)),
    ((("efternavn",), ("last name",)), "citizen.name", ("join",)),
    ((("mellemnavn",), ("middle name",)), "citizen.name", ("join",)),
    ((("dato", "bevilget"), ("dato", "bevilling")), "granted_on", ("date",)),
    # A progress report's day is the day the site assessed the citizen: "Vurderet den", "Vurderingsdato",
    # "Dato for vurdering" as often as "Målt" ("Vurderet af", a name, is no date and stays a comment); a
    # site's statement ("Statusudtalelse") dates it "Dato for udtalelse".
    (
        (("maalt",), ("maaling",), ("=vurderet",), ("vurdering", "dato"), ("udtalelse", "dato")),
        "measured_on",
        ("date",),
    ),
    ((("dato", "afslut"), ("dato", "ophoer"), ("=ended on",)), "ended_on", ("date",)),
    # A case system's export says a mentor signed with "Godkendt af mentor" and "Godkendt dato"; a report
    # dates it as a sentence, "Godkendt den" beside "Godkendt af" (the twenty-fifth trial), as
    # "Underskrevet den" and "Kvitteret den" do. The whole phrase: "underskrift af den ansvarlige" is a name.
    (
        (
            ("underskr", "dato"),
            ("godkendt", "dato"),
            ("=godkendt den",),
            ("=underskrevet den",),
            ("=kvitteret den",),
            ("=attesteret den",),
            ("attester", "dato"),
            # Rails names a moment `<verb>_at` (`approved_at`): a Ruby app's `godkendt-at` beside its
            # `godkendt-af` (decision 0060, "Stop 64: trial-87"); "at" as a whole word, never "af".
            ("=godkendt", "=at"),
            ("=underskrevet", "=at"),
            ("=kvitteret", "=at"),
            ("=attesteret", "=at"),
            ("=signed", "=at"),
            ("=approved", "=at"),
            # A JavaScript app's object keys, camelCase English, as csv-stringify heads its columns when
            # given no `columns` (`approvedOn` beside `approvedBy`: decision 0060, "Stop 67: trial-106").
            ("=signed", "=on"),
            ("=approved", "=on"),
        ),
        "signed_on",
        ("date",),
    ),
    # A mentor signs a timesheet by "Kvitteret af mentor" as often as by "Underskrevet af", and a
    # portal's sheet by "Attesteret af mentor" (the twenty-ninth trial). Who filled the form in ("Udfyldt
    # af") is not who signed it, and no record holds them (`FILLED_BY`).
    # In English "Approved by" and "Signed by" (a node app's `approvedBy`).
    (
        (
            ("underskr",),
            ("kvitter",),
            ("attester",),
            ("=godkendt af",),
            ("=approved by",),
            ("=signed by",),
            # The signing's noun above its signer: a PHP app's `<attestation><af>` (decision 0060, "Stop
            # 69: trial-115"), as `<Godkendelse><Af>` would be.
            ("=attestation", "=af"),
            ("=godkendelse", "=af"),
        ),
        "signed_by",
        (),
    ),
    (
        (("timer pr uge",), ("ugentlige timer",), ("timer uge",), ("timer om ugen",), ("timer i ugen",)),
        "hours_per_week",
        ("hours",),
    ),
    # A rate is as often a "takst" ("Timetakst", `<takst valuta="DKK">`: trial-83) as a "sats".
    ((("timepris",), ("timesats",), ("=sats",), ("takst",)), "hourly_rate_dkk", ("money",)),
    # "I alt" as often written in one word, "ialt" (a node app's `timerIalt`: decision 0060, "Stop 66:
    # trial-102").
    ((("=i alt",), ("=ialt",), ("=total",)), "total_hours", ("hours",)),
    ((("fremmoede",), ("stabilitet",)), "scores.attendance", ("integer",)),
    # A mark is as often a sentence as a noun: "Overholder aftalte tider", "Løser de aftalte opgaver".
    ((("punktlig",), ("overhold", "tid")), "scores.punctuality", ("integer",)),
    ((("samarbejde",),), "scores.cooperation", ("integer",)),
    (
        (("opgaveloesning",), ("=loeser", "opgave"), ("loesning", "opgave")),
        "scores.task_solving",
        ("integer",),
    ),
    ((("selvstaendig",),), "scores.independence", ("integer",)),
    # A case system's journal calls a remark a "notat" (`<Notat>`, "Sagsnotat": decision 0060, "Stop 65:
    # trial-94") as often as a form's "Bemærkning".
    ((("bemaerkning",), ("notat",), ("=note",), ("=noter",)), "note", ()),
    ((("formaal",),), "purpose", ()),
    # An English-language form's "Reason for ending" or "Outcome"; a case system's "Udfald" (the result
    # of the placement: "Ordinær ansættelse", "Påbegyndt uddannelse").
    (
        (("aarsag",), ("resultat",), ("udfald",), ("afslutning",), ("=reason",), ("=outcome",)),
        "outcome",
        ("map",),
    ),
    ((("ydelse",),), "benefit", ("map",)),
    # The job centre's category is as often the citizen's "Målgruppe" (the law's word for it: jobparat,
    # aktivitetsparat), a node service's column over "Jobparat" (decision 0060, "Stop 64: trial-87").
    ((("visitation",), ("match",), ("maalgruppe",)), "visitation", ("map",)),
    # Who employs the mentor: "Mentor ansat i", "Mentorens arbejdsgiver", a case system's
    # `<Mentor Ansaettelse="Virksomhed">` (the employment, its value the employer).
    (
        (("mentor", "ansat"), ("mentor", "ansaet"), ("mentor", "arbejdsgiver"), ("=ansat hos",)),
        "mentor.employer",
        ("map",),
    ),
    ((("mentor",),), "mentor.name", ()),
    # A job centre's caseworker is as often called its "jobkonsulent" or "rådgiver" on a form. Case systems
    # shorten the word to "Sagsbeh." and "SB" (`SB_Navn` under the heading "Sagsbehandler", labelled only
    # "Navn"); "SB" alone names too little, so only with "navn".
    ((("sagsbeh",), ("jobkonsulent",), ("raadgiver",), ("=sb", "=navn")), "caseworker.name", ()),
    # A company's site is its "afdeling" (Virksomhed.Afdeling): before "virksomhed" would take it; OIO's
    # CVR schema names it the production unit's name (`ProduktionsEnhed/Navn`).
    # In English the "site" alone, as "Mentor" and "Borger" head a column of names (a node app's `site`).
    (
        (("arbejdssted",), ("praktiksted",), ("afdeling",), ("produktionsenhed", "navn"), ("=site",)),
        "site.name",
        (),
    ),
    # A company is as often a "firma" ("Firma:", "Firmanavn": Kolding's agreement, decision 0060, "Stop 66:
    # trial-102").
    ((("virksomhed",), ("firma",)), "company.name", ()),
    # "Borger" alone heads a column of names, as "Mentor" does (a CPR number under it is taken as one); a
    # node app's `<deltager cpr="...">` names the citizen as its participant (decision 0060, "Stop 66:
    # trial-102").
    (
        (
            ("navn", "borger"),
            ("navn", "praktikant"),
            ("navn", "deltager"),
            ("name", "citizen"),
            ("=borger",),
            ("=deltager",),
        ),
        "citizen.name",
        (),
    ),
    # "Bevilget fra" / "Bevilget til" is the period granted, not the day it was granted on.
    ((("=bevilget", "=fra"),), "period.start", ("date",)),
    ((("=bevilget", "=til"),), "period.end", ("date",)),
    # "Bevilget" alone (a column of grant dates): after every rule a longer text would meet first.
    ((("=bevilget",),), "granted_on", ("date",)),
    # "Første praktikdag" / "Sidste praktikdag": the day's kind written into the word; in English "First
    # day", "Last day (of placement)", "End date" (an end of a placement's last day: `classify`).
    (
        (("start",), ("=fra",), ("fradato",), ("begynd",), ("foerste", "dag"), ("=first", "=day")),
        "period.start",
        ("date",),
    ),
    (
        (
            ("slut",),
            ("=til",),
            ("tildato",),
            ("ophoer",),
            ("sidste", "dag"),
            ("=last", "=day"),
            ("=end", "=date"),
        ),
        "period.end",
        ("date",),
    ),
    (tuple((w,) for w in WEEK_WORDS), "entries", ("week",)),
)

# Who filled the form in ("Udfyldt af (praktikstedet)"): a person, not the site, and not the signer: a
# form with both had the filler drafted `signed_by` and the signer "also looks like" (decision 0060, "Stop
# 60: suggest-70"). DESIGN.md's records have no place for them, so they are a comment saying so.
FILLED_BY = ("=udfyldt af", "=filled in by", "=completed by")


def fold(text: str) -> str:
    """Lower-case, Danish letters spelt out, other accents dropped."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(_DANISH))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


_CAMEL = re.compile(r"(?<=[a-zæøå])(?=[A-ZÆØÅ])|(?<=[A-ZÆØÅ])(?=[A-ZÆØÅ][a-zæøå])")


def words(text: str) -> list[str]:
    """Split a field text into folded words: camelCase, digits and punctuation separate them."""
    # A capital before a capital and a small letter starts a word too: a one-letter Danish word in a
    # bean's camelCase (`mentorIVirksomheden`, `timerIAlt`) is "i", not the start of "ivirksomheden",
    # and an abbreviation before a word (`CPRNr`) ends where the word begins (decision 0060, "Stop 74:
    # fixes-137").
    text = _CAMEL.sub(" ", text)
    return re.findall(r"[a-z]+|\d+", fold(text))


# A heading that is a function's call around a column's name, as a tool that groups or sums rows heads its
# output: GNU datamash's `--header-out` (`GroupBy(navn)`, `sum(timer)`), SQL's unaliased `max(navn)`.
_CALL = re.compile(r"^\s*[A-Za-z_][A-Za-z_0-9]*\(\s*([^()]+?)\s*\)\s*$")


def called_on(text: str) -> str:
    """The column name inside a heading written as a function's call (`GroupBy(navn)` is `navn`), else
    the heading itself."""
    match = _CALL.match(text)
    return match[1] if match else text


def has(text: str, keyword: str) -> bool:
    """Tell whether a folded keyword occurs in a text (see the module docstring for '=')."""
    found = words(text)
    if keyword.startswith("="):
        return f" {keyword[1:]} " in f" {' '.join(found)} "
    return keyword.replace(" ", "") in "".join(found)


def guess_path(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The canonical path and transforms the first matching rule gives a field's texts, or None."""
    for alternatives, path, transforms in RULES:
        if any(all(has(text, kw) for kw in words_needed) for words_needed in alternatives):
            return path, transforms
    return None
