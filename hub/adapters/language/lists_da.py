"""Config errors in Danish about a form's repeated rows (`[forms.items]`, `[[forms.lists]]`: their keys,
tables, `across`, `stop`, `subtotals`, a list's `period`, an XML list's groups and sums): the patterns
`config_da` tries for them, in its order.

Apart from `config_da` because these messages are the rows' own, one part of the config language as a
selector's are (`selectors_da`); the group is one contiguous run of `config_da._PATTERNS`, spliced in
where it stood (order matters where two patterns could match the same text).
"""

from __future__ import annotations

# (English message as a regular expression, Danish with the same groups), as in `config_da`.
ITEMS_AND_LISTS: tuple[tuple[str, str], ...] = (
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
)
