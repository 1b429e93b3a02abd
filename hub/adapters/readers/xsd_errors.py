"""A schema's (XSD's) objection to an XML document, said in words for its sender, in English and Danish.

libxml2 says it in its own English, with names in Clark notation and the whole value quoted: "Element
'{urn:dk:hoeje-taastrup:jobcenter:praktik:1}CPRNummer': [facet 'pattern'] The value '…' is not accepted
by the pattern '[0-9]{10}'." That stood, as it was, in the Danish reason too, with a value of 100,000
characters quoted whole, and with a locator of wildcards (`/*/*[1]/*`) for an element in a namespace
(stop 47's mutation fuzzing, decision 0064). Here each kind of objection libxml2 makes is said in plain
words, a value quoted as every other message quotes one (`hub.quoting`), and the element located by the
same readable path its values have (`xml_places.readable_path`). An objection of a kind not known here is said
without libxml2's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from hub.adapters.readers.xml_places import readable_path
from hub.adapters.readers.xsd_values import (
    Said,
    value_bound,
    value_choice,
    value_digits,
    value_length,
    value_pattern,
    value_type,
)
from hub.errors import FieldProblem

_ELEMENT = re.compile(r"^Element '(\{[^}]*\})?([^']*)'(?:, attribute '(?:\{[^}]*\})?([^']*)')?: ")
_NAMES = re.compile(r"(?:\{[^}]*\})?([\w.-]+)")


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


def _not_expected(m: re.Match[str], name: Said) -> Said:
    listed = _names(m[1] or "")
    en, da = f"{name[0]} does not belong here", f"{name[1]} hører ikke til her"
    return (f"{en}; expected: {listed}", f"{da}; forventet: {listed}") if listed else (en, da)


def _missing(m: re.Match[str], name: Said) -> Said:
    listed = _names(m[1])
    return f"{name[0]} lacks {listed}", f"{name[1]} mangler {listed}"


def _required(m: re.Match[str], name: Said) -> Said:
    return f"{name[0]} lacks the attribute '{m[1]}'", f"{name[1]} mangler attributten '{m[1]}'"


def _fixed(en: str, da: str) -> Callable[[re.Match[str], Said], Said]:
    return lambda _m, name: (f"{name[0]} {en}", f"{name[1]} {da}")


# A value is quoted up to the end of the message where libxml2 cut the message short (at 64,000 bytes).
_FACET = r"\[facet '{}'\] The value "
_SAYINGS: list[tuple[re.Pattern[str], Callable[[re.Match[str], Said], Said]]] = [
    (re.compile(pattern, re.S), say)
    for pattern, say in [
        (r"This element is not expected\.(?: Expected is (?:one of )?\((.*)\))?", _not_expected),
        (r"Missing child element\(s\)\. Expected is (?:one of )?\((.*)\)", _missing),
        (r"^'(.*?)(?:' is not a valid value of the (?:local )?\w+ type(?: '([^']*)')?.*)?$", value_type),
        (_FACET.format("pattern") + r"'(.*?)(?:' is not accepted by the pattern.*)?$", value_pattern),
        (
            _FACET.format("enumeration") + r"'(.*?)(?:' is not an element of the set (\{.*\}).*)?$",
            value_choice,
        ),
        (_FACET.format(r"(\w*[lL]ength)") + r"has a length of '(\d+)'; .* length of '(\d+)'", value_length),
        (_FACET.format(r"(min|max)\w+") + r"'(.*)' is \w+ than .*allowed \('(.*)'\)", value_bound),
        (_FACET.format(r"(total|fraction)Digits") + r"'(.*)' has more .*allowed \('(\d+)'\)", value_digits),
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
