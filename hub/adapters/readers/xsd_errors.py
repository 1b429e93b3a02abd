"""A schema's (XSD's) objection to an XML document, said in words for its sender, in English and Danish.

libxml2 says it in its own English, with names in Clark notation and the whole value quoted: "Element
'{urn:dk:hoeje-taastrup:jobcenter:praktik:1}CPRNummer': [facet 'pattern'] The value '…' is not accepted
by the pattern '[0-9]{10}'." That stood, as it was, in the Danish reason too, with a value of 100,000
characters quoted whole, and with a locator of wildcards (`/*/*[1]/*`) for an element in a namespace
(stop 47's mutation fuzzing, decision 0064). Here each kind of objection libxml2 makes is said in plain
words, a value quoted as every other message quotes one (`hub.quoting`), and the element located by the
same readable path its values have (`xml.readable_path`). An objection of a kind not known here is said
without libxml2's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from hub.adapters.readers.xml import readable_path
from hub.errors import FieldProblem
from hub.quoting import quoted, quoted_da

_ELEMENT = re.compile(r"^Element '(\{[^}]*\})?([^']*)'(?:, attribute '(?:\{[^}]*\})?([^']*)')?: ")
_NAMES = re.compile(r"(?:\{[^}]*\})?([\w.-]+)")
_QUOTED = re.compile(r"'([^']*)'")  # the values of libxml2's set of allowed ones
# A value is quoted up to the end of the message where libxml2 cut the message short (at 64,000 bytes).
# What a value of a built-in type is, for its sender: "not a date (YYYY-MM-DD)".
_TYPES = {
    "date": ("a date (YYYY-MM-DD)", "en dato (ÅÅÅÅ-MM-DD)"),
    "dateTime": ("a date and time (YYYY-MM-DDThh:mm:ss)", "et tidspunkt (ÅÅÅÅ-MM-DDTtt:mm:ss)"),
    "time": ("a time (hh:mm:ss)", "et klokkeslæt (tt:mm:ss)"),
    "gYear": ("a year", "et årstal"),
    "decimal": ("a number (with a point for decimals)", "et tal (med punktum før decimaler)"),
    "double": ("a number", "et tal"),
    "float": ("a number", "et tal"),
    "boolean": ("true or false", "true eller false"),
}
_WHOLE = ("a whole number", "et helt tal")
_KIND = ("of the kind the schema asks for", "af den slags, skemaet kræver")

Said = tuple[str, str]


def schema_problem(err: etree._LogEntry, tree: etree._Element, filename: str) -> FieldProblem:
    """One objection of the schema as a problem of the document: the line, what is wrong, where."""
    en, da = explain(err.message or "")
    found = _found(tree, err.path)
    element = found[0] if isinstance(found, list) and found else None
    locator = readable_path(element) if isinstance(element, etree._Element) else err.path or ""
    return FieldProblem(
        f"line {err.line}: does not match the schema: {en}",
        f"linje {err.line}: overholder ikke skemaet: {da}",
        file=filename,
        locator=locator,
    )


def _found(tree: etree._Element, path: str | None) -> object:
    """What libxml2's path of an error finds: a step of an element in a namespace the root does not
    bind names it by the prefix its own element binds, which the XPath must be told of."""
    if not path:
        return []
    try:
        return tree.xpath(path)
    except etree.XPathError:
        pass
    bound = {prefix: uri for node in tree.iter() for prefix, uri in node.nsmap.items() if prefix}
    try:
        return tree.xpath(path, namespaces=bound)
    except etree.XPathError:  # a prefix bound to two namespaces in two places: unknown which
        return []


def explain(message: str) -> Said:
    """libxml2's message in words, English and Danish."""
    head = _ELEMENT.match(message)
    namespace, element, attribute = (head[1] or "", head[2], head[3]) if head else ("", "", None)
    rest = message[head.end() :] if head else message
    name_en = f"the attribute '{attribute}'" if attribute else f"the element <{element}>"
    name_da = f"attributten '{attribute}'" if attribute else f"elementet <{element}>"
    if (
        "This element is not expected" in rest
        and element in _NAMES.findall(rest)
        and namespace + element not in rest
    ):
        # The right name in another namespace: "<Borger> does not belong here; expected: <Borger>" puzzles.
        return (
            f"{name_en} is in another namespace than the schema's",
            f"{name_da} står i et andet navnerum end skemaets",
        )
    for pattern, say in _SAYINGS:
        found = pattern.search(rest)
        if found:
            return say(found, (name_en, name_da))
    return f"{name_en} is not as the schema describes it", f"{name_da} er ikke, som skemaet beskriver"


def _names(listed: str) -> str:
    return ", ".join(f"<{name}>" for name in _NAMES.findall(listed))


def _kind(type_name: str) -> Said:
    local = type_name.rpartition(":")[2]
    if local.endswith(("Integer", "integer", "int", "long", "short", "byte")):
        return _WHOLE
    return _TYPES.get(local, _KIND)


def _not_expected(m: re.Match[str], name: Said) -> Said:
    listed = _names(m[1] or "")
    en, da = f"{name[0]} does not belong here", f"{name[1]} hører ikke til her"
    return (f"{en}; expected: {listed}", f"{da}; forventet: {listed}") if listed else (en, da)


def _missing(m: re.Match[str], name: Said) -> Said:
    listed = _names(m[1])
    return f"{name[0]} lacks {listed}", f"{name[1]} mangler {listed}"


def _value(m: re.Match[str], name: Said) -> Said:
    """'V' is not a valid value of the atomic type 'xs:date'."""
    en, da = _kind(m[2] or "")
    return f"the value {quoted(m[1])} is not {en}", f"værdien {quoted_da(m[1])} er ikke {da}"


def _pattern(m: re.Match[str], name: Said) -> Said:
    return (
        f"the value {quoted(m[1])} does not have the form the schema asks for",
        f"værdien {quoted_da(m[1])} har ikke den form, skemaet kræver",
    )


def _choice(m: re.Match[str], name: Said) -> Said:
    # libxml2 lists the allowed values as a set in Python's notation ("{'MG', 'G', 'D'}"): said as a list
    # in words ("'MG', 'G' or 'D'"), as the hub lists a choice's known values.
    allowed = _QUOTED.findall(m[2] or "")
    listed_en, listed_da = (
        (_listed(allowed, "or"), _listed(allowed, "eller"))
        if allowed
        else ("the values the schema allows", "de værdier, skemaet tillader")
    )
    one_en, one_da = ("", "") if len(allowed) == 1 else (" one of", " en af")
    return (
        f"the value {quoted(m[1])} is not{one_en} {listed_en}",
        f"værdien {quoted_da(m[1])} er ikke{one_da} {listed_da}",
    )


def _listed(values: list[str], last: str) -> str:
    """'a', 'b' or 'c': the schema's own words, each quoted, the last joined by `last`."""
    quoted_values = [f"'{value}'" for value in values]
    if len(quoted_values) == 1:
        return quoted_values[0]
    return f"{', '.join(quoted_values[:-1])} {last} {quoted_values[-1]}"


def _length(m: re.Match[str], name: Said) -> Said:
    most = {"maxLength": ("at most", "højst"), "minLength": ("at least", "mindst")}
    en, da = most.get(m[1], ("exactly", "præcis"))
    return (
        f"the value is {m[2]} characters long; the schema allows {en} {m[3]}",
        f"værdien er {m[2]} tegn lang; skemaet tillader {da} {m[3]}",
    )


def _bound(m: re.Match[str], name: Said) -> Said:
    if m[1] == "min":
        return (
            f"the value {quoted(m[2])} is below the least the schema allows ({m[3]})",
            f"værdien {quoted_da(m[2])} er under det mindste, skemaet tillader ({m[3]})",
        )
    return (
        f"the value {quoted(m[2])} is above the most the schema allows ({m[3]})",
        f"værdien {quoted_da(m[2])} er over det største, skemaet tillader ({m[3]})",
    )


def _digits(m: re.Match[str], name: Said) -> Said:
    en, da = ("decimals", "decimaler") if m[1] == "fraction" else ("digits", "cifre")
    return (
        f"the value {quoted(m[2])} has more {en} than the {m[3]} the schema allows",
        f"værdien {quoted_da(m[2])} har flere {da} end de {m[3]}, skemaet tillader",
    )


def _required(m: re.Match[str], name: Said) -> Said:
    return f"{name[0]} lacks the attribute '{m[1]}'", f"{name[1]} mangler attributten '{m[1]}'"


def _fixed(en: str, da: str) -> Callable[[re.Match[str], Said], Said]:
    return lambda _m, name: (f"{name[0]} {en}", f"{name[1]} {da}")


_FACET = r"\[facet '{}'\] The value "
_SAYINGS: list[tuple[re.Pattern[str], Callable[[re.Match[str], Said], Said]]] = [
    (re.compile(pattern, re.S), say)
    for pattern, say in [
        (r"This element is not expected\.(?: Expected is (?:one of )?\((.*)\))?", _not_expected),
        (r"Missing child element\(s\)\. Expected is (?:one of )?\((.*)\)", _missing),
        (r"^'(.*?)(?:' is not a valid value of the (?:local )?\w+ type(?: '([^']*)')?.*)?$", _value),
        (_FACET.format("pattern") + r"'(.*?)(?:' is not accepted by the pattern.*)?$", _pattern),
        (_FACET.format("enumeration") + r"'(.*?)(?:' is not an element of the set (\{.*\}).*)?$", _choice),
        (_FACET.format(r"(\w*[lL]ength)") + r"has a length of '(\d+)'; .* length of '(\d+)'", _length),
        (_FACET.format(r"(min|max)\w+") + r"'(.*)' is \w+ than .*allowed \('(.*)'\)", _bound),
        (_FACET.format(r"(total|fraction)Digits") + r"'(.*)' has more .*allowed \('(\d+)'\)", _digits),
        (r"The attribute '[^']*' is not allowed", _fixed("is not allowed here", "er ikke tilladt her")),
        (r"The attribute '([^']*)' is required but missing", _required),
        (
            r"The element is not 'nillable'",
            _fixed("may not be marked empty (xsi:nil)", "må ikke markeres som tomt (xsi:nil)"),
        ),
        (
            r"Element content is not allowed",
            _fixed(
                "holds elements where it should hold a value",
                "rummer elementer, hvor det skal rumme en værdi",
            ),
        ),
        (
            r"Character content other than whitespace is not allowed",
            _fixed(
                "holds text where it should hold elements only",
                "rummer tekst, hvor det kun skal rumme elementer",
            ),
        ),
        (
            r"No matching global declaration available for the validation root",
            _fixed(
                "is not the root element the schema describes", "er ikke det rodelement, skemaet beskriver"
            ),
        ),
    ]
]
