"""Config errors in Danish about what a selector's or an XML path's text says (`selector_text`,
`xmlpath_syntax`): the patterns `config_da` tries for them, in its order.

Apart from `config_da` because these messages are the selector languages' own, not a config key's;
each group is one contiguous run of `config_da._PATTERNS`, spliced in where it stood (order matters
where two patterns could match the same text).
"""

from __future__ import annotations

# (English message as a regular expression, Danish with the same groups), as in `config_da`.
XML_PATHS: tuple[tuple[str, str], ...] = (
    (
        r"predicate \[(.*)\] in step (.*): write a position \[2\], an attribute \[@enhed='uge'\] "
        r"or a child element \[p:Kode='KH'\], with the value in quotes",
        r"betingelsen [\1] i trinnet \2: skriv en position [2], en attribut [@enhed='uge'] eller et "
        r"underelement [p:Kode='KH'], med værdien i anførselstegn",
    ),
    (r"a '\]' without its '\[' in (.*)", r"et ']' uden sit '[' i \1"),
    (r"an unclosed quote in (.*)", r"et anførselstegn der ikke lukkes i \1"),
    (r"an unclosed \[ in (.*)", r"et '[' der ikke lukkes i \1"),
    (r"text between predicates in step (.*)", r"tekst mellem betingelserne i trinnet \1"),
    (
        r"not an xml path: (.*) \(write /prefix:Element/prefix:Child or @attribute\)",
        r"ikke en xml-sti: \1 (skriv /præfiks:Element/præfiks:Barn eller @attribut)",
    ),
    (
        r"'\.\.' only at the start of a relative path, before a step down: (.*) "
        r"\(write \.\./prefix:Element\)",
        r"'..' kun i begyndelsen af en relativ sti, før et trin ned: \1 (skriv ../præfiks:Element)",
    ),
    (
        r"(.*) goes up past the root element: it starts (\d+) elements deep",
        r"\1 går op forbi rodelementet: den begynder \2 elementer nede",
    ),
    (r"an xml path must start at the root with '/': (.*)", r"en xml-sti skal begynde i roden med '/': \1"),
    (
        r"rows must name elements, not an attribute: (.*)",
        r"rows skal pege på elementer, ikke en attribut: \1",
    ),
)

SELECTORS: tuple[tuple[str, str], ...] = (
    (r"empty selector", "tom kilde"),
    (
        r"next: and under: name the adjacent cell; '>n' goes with label: and below:",
        "next: og under: angiver cellen lige ved siden af; '>n' hører sammen med label: og below:",
    ),
    (r"a label selector needs a text", "en label-kilde skal have en tekst"),
    (
        r"a label in a block needs a text on both sides of '>': (.*)",
        r"en label i en blok skal have tekst på begge sider af '>': \1",
    ),
    (
        r"not a cell reference or a label:, below:, next: or under: selector: (.*)",
        r"ikke en cellereference eller en label:-, below:-, next:- eller under:-kilde: \1",
    ),
    (r"a tooltip: or label: selector needs a text", "en tooltip:- eller label:-kilde skal have en tekst"),
    (r"a column: selector needs a header text", "en column:-kilde skal have en kolonneoverskrift"),
)
