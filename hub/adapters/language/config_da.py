"""Config errors in Danish: each line of `hub adapters check` (and of the app's refusal to start) is said
in both languages to the municipal IT person who writes the config.

The English lines come from the config schema, the rules across keys and marshmallow itself (whose
messages `hub.schemas.messages` already says in Danish, for the canonical schemas too); a line is
`key.path: message`. The message is matched against the patterns below (the whole message, so a new
message without a pattern is said in English rather than half-translated; those of a selector's or an
XML path's own text are kept in `selectors_da`); key paths, quoted names and values stay as they are.
A file that is not TOML at all is said in Danish by `toml_da`.
"""

from __future__ import annotations

import re

from hub.adapters.language.selectors_da import SELECTORS, XML_PATHS
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
        r"this transform takes no arguments but (\w+): it reads (.*) by itself",
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
    (r"a (\w+) form names its items with '(.*)'", r"en \1-formular angiver sine poster med '\2'"),
    (r"a (\w+) form lists its items with '(.*)'", r"en \1-formular angiver sine poster med '\2'"),
    (
        r"group is for csv/xlsx item tables, with key: an xml form's items are its rows' elements, one record"
        r" each, and elements of one citizen are not joined by a key \(their visits must lie in one element"
        r" per citizen, read by a list's rows\)",
        "group er for csv/xlsx-posttabeller med key: en xml-formulars poster er dens rows-elementer, én post"
        " hver, og elementer for samme borger samles ikke efter en nøgle (en borgers besøg skal ligge i ét"
        " element pr. borger, læst med en listes rows)",
    ),
    (
        r"group goes with key \(rows of one table grouped by their key\)",
        "group hører sammen med key (rækker i én tabel samlet efter deres nøgle)",
    ),
    (
        r"across goes with key \(the label of the row that names each item\)",
        "across hører sammen med key (etiketten på den række, der navngiver hver post)",
    ),
    (
        r"a list of an item table reads its item's rows: across needs a form without items",
        "en liste i en posttabel læser sin posts rækker: across kræver en formular uden poster",
    ),
    (
        r"across goes with table \(the labels of the rows read, one entry a column\)",
        "across hører sammen med table (etiketterne på de rækker, der læses, én post pr. kolonne)",
    ),
    (
        r"(\w+) goes with a table of one item a row, not with across",
        r"\1 hører til en tabel med én post pr. række, ikke til across",
    ),
    (
        r"a table reads rows: an item of across = true has none",
        "en table læser rækker: en post med across = true har ingen",
    ),
    (
        r"stop ends a csv/xlsx item table: it goes with key",
        "stop afslutter en csv/xlsx-tabel af poster: den hører sammen med key",
    ),
    (
        r"subtotals checks lines of sums inside a csv/xlsx item table: it goes with key",
        "subtotals kontrollerer sumlinjer inde i en csv/xlsx-tabel af poster: den hører sammen med key",
    ),
    (
        r"'(.*)' is also the stop rule's label: the table would end at the first subtotal",
        r"'\1' er også stop-reglens etiket: tabellen ville slutte ved den første sumlinje",
    ),
    (
        r"stop ends a csv/xlsx table: it goes with table",
        "stop afslutter en csv/xlsx-tabel: den hører sammen med table",
    ),
    (
        r"subtotals checks a csv/xlsx table's lines of sums or an xml list's groups: it goes with table or"
        r" rows",
        "subtotals kontrollerer en csv/xlsx-tabels sumlinjer eller en xml-listes grupper: den hører sammen"
        " med table eller rows",
    ),
    (
        r"period does nothing on field '(.*)': it places a list's weeks written without their year in the"
        r" period their document states, so it goes on the week transform of a \[\[forms\.lists\]\] field"
        r" \(the table's week column\)",
        r"period gør intet på feltet '\1': den placerer en listes uger skrevet uden år i den periode, deres"
        r" dokument angiver, så den hører til week-transformationen i et felt af [[forms.lists]] (tabellens"
        r" ugekolonne)",
    ),
    (
        r"period does nothing on field '(.*)': it checks a list's days are in the period their document"
        r" states, so it goes on the date transform of a \[\[forms\.lists\]\] field \(the table's date"
        r" column\)",
        r"period gør intet på feltet '\1': den kontrollerer, at en listes datoer ligger i den periode, deres"
        r" dokument angiver, så den hører til date-transformationen i et felt af [[forms.lists]] (tabellens"
        r" datokolonne)",
    ),
    (
        r"element and sums name an xml list's groups: a table's lines of sums are named by label",
        "element og sums angiver en xml-listes grupper: en tabels sumlinjer angives med label",
    ),
    (
        r"an xml list's sums are in the element holding each group of its rows: give element and sums"
        r" \((.*)\)",
        r"en xml-listes summer står i det element, der rummer hver gruppe af dens rækker: angiv element og"
        r" sums (\1)",
    ),
    (
        r"an xml list's subtotals name the element holding each group of its rows and each list key's sum"
        r" inside it, together: (.*)",
        r"en xml-listes subtotals angiver det element, der rummer hver gruppe af dens rækker, og hver"
        r" listenøgles sum i det, sammen: \1",
    ),
    (
        r"'(.*)' is not a step of the list's rows \((.*)\): each group holds rows",
        r"'\1' er ikke et trin i listens rows (\2): hver gruppe rummer rækker",
    ),
    (r"'(.*)' is not a key of this list", r"'\1' er ikke en nøgle i denne liste"),
    (
        r"a list of an item table reads its item's rows: give subtotals on \[forms\.items\]",
        "en liste i en tabel af poster læser sin posts rækker: angiv subtotals under [forms.items]",
    ),
    (
        r"a list of an item table reads its item's rows, which end where that table does: give stop on"
        r" \[forms\.items\]",
        "en liste i en tabel af poster læser sin posts rækker, som slutter, hvor den tabel gør: angiv stop"
        " under [forms.items]",
    ),
    (r"'(.*)' is not a column of this table \((.*)\)", r"'\1' er ikke en kolonne i denne tabel (\2)"),
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
    (r"not a regular expression: (.*)", r"ikke et regulært udtryk: \1"),
    (r"unknown transform '(.*?)' \(did you mean '(.*)'\?\)", r"ukendt transformation '\1' (mente du '\2'?)"),
    (r"unknown transform '(.*?)' \(known: (.*)\)", r"ukendt transformation '\1' (kendte: \2)"),
    (r"unknown transform '(.*?)'(.*)", r"ukendt transformation '\1'\2"),
    (r"unknown claim transform '(.*?)'(.*)", r"ukendt transformation i kravet '\1'\2"),
    (r"a constant value takes no transforms", "en fast værdi tager ingen transformationer"),
    (
        r"'(.*)' combines several sources: give sources = \[\.\.\.\] \(a column, field or element each\)",
        r"'\1' samler flere kilder: angiv sources = [...] (en kolonne, et felt eller et element hver)",
    ),
    (r"'(.*)' combines sources: put it first", r"'\1' samler kilder: sæt den først"),
    (
        r"'last_day' reads two sources: the start date, then the length",
        "'last_day' læser to kilder: startdatoen, derefter varigheden",
    ),
    (
        r"'hours_minutes' reads two sources: the hours, then the minutes",
        "'hours_minutes' læser to kilder: timerne, derefter minutterne",
    ),
    (
        r"'(.*)' is named as minutes, but hours reads a figure as hours \(90 would be 90 hours\): read"
        r" whole minutes with a regex before hours, transforms = \[(.*), \"hours\"\], or with"
        r" hours_minutes beside a column of hours",
        r"'\1' er navngivet som minutter, men hours læser et tal som timer (90 ville være 90 timer): læs hele"
        r' minutter med en regex før hours, transforms = [\2, "hours"], eller med hours_minutes ved siden af'
        r" en kolonne med timer",
    ),
    (
        r"with sources, the first transform must be (.*) or (\w+)",
        r"med sources skal den første transformation være \1 eller \2",
    ),
    (r"give source or sources, not both", "angiv source eller sources, ikke begge"),
    (
        r"table names the column '(.*)' for '(.*)': give the columns in table or in sources, not both",
        r"table angiver kolonnen '\1' for '\2': angiv kolonnerne i table eller i sources, ikke begge",
    ),
    (r"'(.*)' is named twice", r"'\1' er nævnt to gange"),
    (r"values name boxes not in sources: (.*)", r"values nævner felter, der ikke er i sources: \1"),
    (
        r"sources name boxes without a value in values: (.*)",
        r"sources nævner felter uden en værdi i values: \1",
    ),
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
