"""Config errors in Danish: each line of `hub adapters check` (and of the app's refusal to start) is said
in both languages to the municipal IT person who writes the config.

The English lines come from the config schema, the rules across keys and marshmallow itself (whose
messages `hub.schemas.messages` already says in Danish, for the canonical schemas too); a line is
`key.path: message`. The message is matched against the patterns below (the whole message, so a new
message without a pattern is said in English rather than half-translated; those of a selector's or an
XML path's own text are kept in `selectors_da`, those of a form's repeated rows in `lists_da`, those of a
field's sources and transforms in `sources_da`); key paths, quoted names and values stay as they are.
A file that is not TOML at all is said in Danish by `toml_da`.
"""

from __future__ import annotations

import re

from hub.adapters.language.lists_da import ITEMS_AND_LISTS
from hub.adapters.language.selectors_da import SELECTORS, XML_PATHS
from hub.adapters.language.sources_da import SOURCES_AND_TRANSFORMS
from hub.schemas.messages import known_danish

# (English message as a regular expression, Danish with the same groups). Order matters only where two
# could match the same text: the more specific first.
_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"unknown key", "ukendt nøgle"),
    (
        r"this transform takes no arguments: it reads (.*) by itself",
        r"denne transformation tager ingen argumenter: den læser selv \1",
    ),
    (
        r"this transform takes no arguments but (\w+(?:, \w+)*): it reads (.*) by itself",
        r"denne transformation tager ingen argumenter ud over \1: den læser selv \2",
    ),
    (r"this transform takes no arguments", "denne transformation tager ingen argumenter"),
    (
        r"not a slug: the file's name, in lower-case a-z, digits and hyphens \(æ→ae, ø→oe, å→aa\)",
        "ikke et gyldigt slug: filens navn med små bogstaver a-z, cifre og bindestreger (æ→ae, ø→oe, å→aa)",
    ),
    (
        r'not a text: write the code in quotes, code = "(.*)"',
        r'ikke en tekst: skriv koden i anførselstegn, code = "\1"',
    ),
    (r"must be a group number or name", "skal være et gruppenummer eller -navn"),
    (
        r"no such time zone: (.*) \(write one such as 'Europe/Copenhagen' or 'UTC'\)",
        r"ingen sådan tidszone: \1 (skriv en som 'Europe/Copenhagen' eller 'UTC')",
    ),
    (r"not a valid regular expression: (.*)", r"ikke et gyldigt regulært udtryk: \1"),
    (r"the pattern has no group named (.*)", r"mønstret har ingen gruppe ved navn \1"),
    (r"the pattern has (\d+) group\(s\)", r"mønstret har \1 gruppe(r)"),
    (r"the pattern has no group \{(\w+)\}", r"mønstret har ingen gruppe {\1}"),
    (r"give group or template, not both", r"angiv group eller template, ikke begge"),
    (
        r"the thousands separator must differ from the decimal mark",
        "tusindtalsskilletegnet skal være et andet end decimaltegnet",
    ),
    (
        r"keys differ only in case, spaces or Unicode form: (.*)",
        r"nøgler adskiller sig kun ved store/små bogstaver, mellemrum eller Unicode-form: \1",
    ),
    (r"missing \(required\)", "mangler (skal angives)"),
    (
        r"missing \(required unless table names this key\)",
        "mangler (skal angives, medmindre table nævner nøglen)",
    ),
    (r"give exactly one of (.*) \(got (.*)\)", r"angiv præcis én af \1 (fik \2)"),
    (r"give at least one of (.*)", r"angiv mindst én af \1"),
    (r"give at least one rule: (.*)", r"angiv mindst én regel: \1"),
    *ITEMS_AND_LISTS,
    *XML_PATHS,
    (
        r"not a prefix: '(.*)' \(a letter or _ first, then letters, digits, _, - or \.\)",
        r"ikke et præfiks: '\1' (et bogstav eller _ først, derefter bogstaver, cifre, _, - eller .)",
    ),
    (
        r"'xmlns' is no prefix to declare: XML reserves it for declaring prefixes, and no element or"
        r" attribute is in it",
        "'xmlns' er ikke et præfiks at erklære: XML forbeholder det til at erklære præfikser, og intet"
        " element eller attribut ligger i det",
    ),
    (
        r"'xml' is bound by XML itself to (\S+) and to no other namespace: name another prefix for '(.*)'",
        r"'xml' er bundet af XML selv til \1 og til intet andet navnerum: brug et andet præfiks for '\2'",
    ),
    *SOURCES_AND_TRANSFORMS,
    (
        r"choose optional \(left out when empty\) or nullable \(null when empty\)",
        "vælg optional (udelades når tom) eller nullable (null når tom)",
    ),
    (
        r"column: reads an item's row of \[forms\.items\] key; this form has none",
        "column: læser en posts række i [forms.items] key; denne formular har ingen",
    ),
    (
        r"\{i\} numbers the items of \[forms\.items\] repeat; this form has none",
        "{i} nummererer posterne i [forms.items] repeat; denne formular har ingen",
    ),
    (r"with repeat, a source must contain \{n\}", "med repeat skal en kilde indeholde {n}"),
    (
        r"with repeat, one of the sources must contain \{n\} \(the others are the document's\)",
        "med repeat skal en af kilderne indeholde {n} (de andre er dokumentets)",
    ),
    (r"root is for xml forms only", "root er kun til xml-formularer"),
    (
        r"(\w+) is for (\w+) forms only: the form '(.*)' is (\w+), where a field or column the document "
        r"lacks is another version of the form, never an empty part",
        r"\1 er kun til \2-formularer: formularen '\3' er \4, hvor et felt eller en kolonne, dokumentet ikke "
        r"har, er en anden version af formularen, aldrig en tom del",
    ),
    (r"a CSV file has no sheets", "en CSV-fil har ingen ark"),
    *SELECTORS,
    (
        r"title is for pdf forms only \(csv, xlsx: contains\)",
        "title er kun til pdf-formularer (csv, xlsx: contains)",
    ),
    (r"'(.*)' clashes with '(.*)'", r"'\1' støder sammen med '\2'"),
    (r"'(.*)' is set by the hub, not by a config", r"'\1' sættes af hubben, ikke af en konfiguration"),
    (r"'(.*)' is not a field of a (\w+) record(.*)", r"'\1' er ikke et felt i en \2-post\3"),
    (
        r"'(.*)' is required in a (\w+) record: optional leaves it out and every such document is "
        r"rejected; write nullable = true \(null when empty\)",
        r"'\1' skal være i en \2-post: optional udelader den, og hvert sådant dokument afvises; skriv "
        r"nullable = true (null når tom)",
    ),
    (
        r"'(.*)' is required in a (\w+) record: optional leaves it out and every such document is "
        r"rejected; remove it",
        r"'\1' skal være i en \2-post: optional udelader den, og hvert sådant dokument afvises; fjern den",
    ),
    (r"'(.*)' is not a value of ([\w.]+): one of (.*)", r"'\1' er ikke en værdi af \2: en af \3"),
    (
        r"'(.*)' gives a number, and ([\w.]+) holds text: every document would be rejected; write digits"
        r" for an identifier, or a transform that gives text",
        r"'\1' giver et tal, og \2 rummer tekst: hvert dokument ville blive afvist; skriv digits for et"
        r" id-nummer, eller en transformation, der giver tekst",
    ),
    (
        r'the key "" is never read: an empty value skips every transform but default; write (.*)'
        r" after the map",
        r'nøglen "" læses aldrig: en tom værdi springer alle transformationer over undtagen default; skriv'
        r" \1 efter map",
    ),
    (r"id '(.*)' used twice", r"id '\1' bruges to gange"),
    (r"key '(.*)' used twice", r"nøglen '\1' bruges to gange"),
    (r"no list '(.*)' with key '(.*)' in this form", r"ingen liste '\1' med nøglen '\2' i denne formular"),
    (
        r"(\w+) needs the keys date and hours \(or week and hours\)",
        r"\1 kræver nøglerne date og hours (eller week og hours)",
    ),
    (r"'(.*)' must equal the file name", r"'\1' skal være lig filnavnet"),
    (
        r"not one of the 98 municipality codes: unknown municipality code '(.*)'",
        r"ikke en af de 98 kommunekoder: ukendt kommunekode '\1'",
    ),
    (r"not one of the 98 municipality codes: (.*)", r"ikke en af de 98 kommunekoder: \1"),
    (r"not valid TOML: (.*)", r"ikke gyldig TOML: \1"),
    (r"code '(.*)' is used by both (.*) and (.*)", r"kommunekoden '\1' bruges af både \2 og \3"),
    (r"slug '(.*)' is used by both (.*) and (.*)", r"navnet '\1' bruges af både \2 og \3"),
    (r"not a canonical path: (.*)", r"ikke en kanonisk sti: \1"),
    (r"file not found: (.*) \(relative to (.*)\)", r"filen findes ikke: \1 (i forhold til \2)"),
)
_COMPILED = tuple((re.compile(english), danish) for english, danish in _PATTERNS)
_LINE = re.compile(r"(?P<where>(?:\(file\)|[\w.\[\]-]+): )?(?P<message>.*)", re.S)


def danish(line: str) -> str:
    """A config error line (`key.path: message`) in Danish; the English line when no pattern knows it."""
    match = _LINE.fullmatch(line)
    where, message = (match["where"] or "", match["message"]) if match else ("", line)
    for pattern, template in _COMPILED:
        found = pattern.fullmatch(message)
        if found is not None:
            return where + found.expand(template).replace("did you mean", "mente du")
    # marshmallow's own messages are said in Danish in one place, with the canonical schemas' wording.
    known = known_danish(message)
    return where + known if known is not None else line
