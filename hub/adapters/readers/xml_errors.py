"""libxml2's reason why a document is not well-formed, in words for the person who sent it (decision 0061).

libxml2 says "StartTag: invalid element name" or "Namespace prefix n0 on foo is not defined", in
English in the Danish line too. Its errors come in kinds (`type_name`); each kind met in the public XML
test corpora is said here in English and Danish, with the element or prefix it names where that helps
to find the place. A kind not listed gets a plain sentence, never libxml2's own text.
"""

from __future__ import annotations

import re

from lxml import etree

_NAME = r"([^\s]+)"
# (libxml2 error kinds, by name or by the start of the name), English, Danish; `{0}`, `{1}`… are the
# groups of the pattern below that finds names in libxml2's message.
_KINDS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (
        ("ERR_TAG_NAME_MISMATCH",),
        "the element <{0}> opened on line {1} is closed by </{2}>",
        "elementet <{0}>, der åbnes på linje {1}, lukkes af </{2}>",
    ),
    (
        ("ERR_TAG_NOT_FINISHED",),
        "the file ends before the element <{0}> opened on line {1} is closed",
        "filen slutter, før elementet <{0}> fra linje {1} er lukket",
    ),
    (
        ("NS_ERR_UNDEFINED_NAMESPACE",),
        'the prefix "{0}:" is used, but no xmlns:{0}="..." declares it',
        'præfikset "{0}:" bruges, men ingen xmlns:{0}="..." erklærer det',
    ),
    (
        ("ERR_DOCUMENT_EMPTY", "ERR_DOCUMENT_START"),
        "the document does not begin with an XML element",
        "dokumentet begynder ikke med et XML-element",
    ),
    (
        ("ERR_DOCUMENT_END",),
        "there is more after the document's outermost element closes (XML has one outermost element)",
        "der kommer mere, efter dokumentets yderste element er lukket (XML har ét yderste element)",
    ),
    (
        ("ERR_ATTRIBUTE_REDEFINED", "NS_ERR_ATTRIBUTE_REDEFINED", "DTD_ID_REDEFINED"),
        "an element has the same attribute twice, or an id is given twice",
        "et element har den samme attribut to gange, eller et id er givet to gange",
    ),
    (
        ("ERR_INVALID_CHAR", "ERR_INVALID_ENCODING", "ERR_CHARREF", "ERR_INVALID_DEC_CHARREF"),
        "a character XML does not allow (a control character, or a byte of another encoding)",
        "et tegn, som XML ikke tillader (et kontroltegn eller en byte fra en anden tegnkodning)",
    ),
    (
        ("ERR_UNDECLARED_ENTITY", "ERR_ENTITYREF", "ERR_ENTITY", "WAR_UNDECLARED_ENTITY"),
        'an "&" that begins no known character (write "&" in text as "&amp;")',
        'et "&", der ikke indleder et kendt tegn (skriv "&" i tekst som "&amp;")',
    ),
    (
        ("ERR_COMMENT", "ERR_HYPHEN_IN_COMMENT", "ERR_PI_", "ERR_CDATA"),
        "a comment (<!-- -->), instruction (<? ?>) or CDATA section is not closed or is written wrongly",
        "en kommentar (<!-- -->), instruktion (<? ?>) eller CDATA-sektion er ulukket eller skrevet forkert",
    ),
    (
        ("ERR_XMLDECL", "ERR_UNSUPPORTED_ENCODING", "ERR_VERSION", "ERR_ENCODING", "ERR_RESERVED_XML"),
        'the first line (<?xml version="1.0" ...?>) is written wrongly or names an unknown encoding',
        'den første linje (<?xml version="1.0" ...?>) er skrevet forkert eller angiver en ukendt tegnkodning',
    ),
    (
        ("ERR_", "NS_ERR_", "DTD_XMLID"),
        "a tag or attribute is written wrongly (a name, a quote, a < or > out of place)",
        "et mærke eller en attribut er skrevet forkert (et navn, et anførselstegn, et < eller > forkert sat)",
    ),
)
# Where libxml2's message names the elements: "Opening and ending tag mismatch: a line 1 and b",
# "Premature end of data in tag li line 3", "Namespace prefix n0 on foo is not defined".
_NAMES = {
    "ERR_TAG_NAME_MISMATCH": re.compile(rf"mismatch: {_NAME} line (\d+) and {_NAME}"),
    "ERR_TAG_NOT_FINISHED": re.compile(rf"in tag {_NAME} line (\d+)"),
    "NS_ERR_UNDEFINED_NAMESPACE": re.compile(rf"prefix {_NAME} "),
}
_LONGEST = 40  # a crafted name can be any length; a person needs its start
_FALLBACK = ("the text is not XML at this point", "teksten er ikke XML på dette sted")


def in_words(error: etree._LogEntry | None) -> tuple[str, str]:
    """What is wrong at libxml2's error, in English and Danish."""
    if error is None:
        return _FALLBACK
    kind = error.type_name
    if "EntityRef" in error.message:  # "xmlParseEntityRef: no name" is a name error to libxml2: a bare &
        kind = "ERR_ENTITYREF"
    for kinds, en, da in _KINDS:
        if not kind.startswith(kinds):
            continue
        pattern = _NAMES.get(kind)
        if pattern is None:
            return en, da
        found = pattern.search(error.message)
        if found is None:  # a message worded otherwise: the kind's words without the names
            break
        names = [name[:_LONGEST] for name in found.groups()]
        return en.format(*names), da.format(*names)
    return _FALLBACK
