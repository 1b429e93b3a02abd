"""read_xml: keys in Clark notation with positions, readable XPaths with the document's prefixes."""

from __future__ import annotations

import pytest

from hub.adapters.readers import extract
from hub.adapters.readers.xml import read_xml
from hub.errors import UnreadableDocument

DOC = b"""<?xml version="1.0" encoding="UTF-8"?>
<b:Bevilling xmlns:b="urn:x" xmlns:m="urn:meta" version="2" m:kilde="fagsystem">
  <b:Borger id="7">
    <b:CPR>0101901234</b:CPR>
    <b:Navn/>
  </b:Borger>
  <b:Dag dato="2026-08-03"><b:Timer>3,5</b:Timer></b:Dag>
  <b:Dag dato="2026-08-04"><b:Timer> 2 </b:Timer></b:Dag>
  <!-- a comment is not a value -->
  <b:Note>f\xc3\xb8r <b:em>og</b:em> efter</b:Note>
</b:Bevilling>
"""


def _by_key(data: bytes) -> dict[str, tuple[str | None, str]]:
    extraction = read_xml(data, "b.xml")
    return {v.key: (v.value, v.meta["xpath"]) for v in extraction.values}


def test_every_text_and_attribute_becomes_one_value() -> None:
    x, m = "{urn:x}", "{urn:meta}"
    root = f"/{x}Bevilling[1]"
    assert _by_key(DOC) == {
        f"{root}/@version": ("2", "/b:Bevilling/@version"),
        f"{root}/@{m}kilde": ("fagsystem", "/b:Bevilling/@m:kilde"),
        f"{root}/{x}Borger[1]/@id": ("7", "/b:Bevilling/b:Borger/@id"),
        f"{root}/{x}Borger[1]/{x}CPR[1]": ("0101901234", "/b:Bevilling/b:Borger/b:CPR"),
        f"{root}/{x}Borger[1]/{x}Navn[1]": ("", "/b:Bevilling/b:Borger/b:Navn"),
        f"{root}/{x}Dag[1]/@dato": ("2026-08-03", "/b:Bevilling/b:Dag[1]/@dato"),
        f"{root}/{x}Dag[1]/{x}Timer[1]": ("3,5", "/b:Bevilling/b:Dag[1]/b:Timer"),
        f"{root}/{x}Dag[2]/@dato": ("2026-08-04", "/b:Bevilling/b:Dag[2]/@dato"),
        f"{root}/{x}Dag[2]/{x}Timer[1]": (" 2 ", "/b:Bevilling/b:Dag[2]/b:Timer"),
        # mixed content: the element's own text nodes, the child's text is its own value
        f"{root}/{x}Note[1]": ("før  efter", "/b:Bevilling/b:Note"),
        f"{root}/{x}Note[1]/{x}em[1]": ("og", "/b:Bevilling/b:Note/b:em"),
    }


def test_values_come_in_document_order_and_meta_names_root_and_namespaces() -> None:
    extraction = read_xml(DOC, "b.xml")
    assert extraction.format == "xml"
    assert extraction.meta == {"root": "{urn:x}Bevilling", "nsmap": {"b": "urn:x", "m": "urn:meta"}}
    keys = [v.key.rsplit("/", 1)[-1] for v in extraction.values]
    assert keys == [
        "@version",
        "@{urn:meta}kilde",
        "@id",
        "{urn:x}CPR[1]",
        "{urn:x}Navn[1]",
        "@dato",
        "{urn:x}Timer[1]",
        "@dato",
        "{urn:x}Timer[1]",
        "{urn:x}Note[1]",
        "{urn:x}em[1]",
    ]


def test_default_namespace_and_no_namespace() -> None:
    data = b'<R xmlns="urn:d" xml:lang="da"><A>1</A><A>2</A><B/></R>'
    extraction = read_xml(data, "d.xml")
    assert extraction.meta["nsmap"] == {"": "urn:d"}
    assert {v.key: v.meta["xpath"] for v in extraction.values} == {
        "/{urn:d}R[1]/@{http://www.w3.org/XML/1998/namespace}lang": "/R/@xml:lang",
        "/{urn:d}R[1]/{urn:d}A[1]": "/R/A[1]",
        "/{urn:d}R[1]/{urn:d}A[2]": "/R/A[2]",
        "/{urn:d}R[1]/{urn:d}B[1]": "/R/B",
    }
    plain = read_xml(b"<r><a>x</a></r>", "p.xml")
    assert [(v.key, v.value, v.meta["xpath"]) for v in plain.values] == [("/r[1]/a[1]", "x", "/r/a")]
    assert plain.meta == {"root": "r", "nsmap": {}}


def test_extract_sniffs_xml_and_round_trips_through_dict() -> None:
    extraction = extract(DOC, "b.xml")
    assert extraction.format == "xml"
    assert type(extraction).from_dict(extraction.to_dict()) == extraction


def test_entity_and_dtd_documents_are_rejected() -> None:
    with pytest.raises(UnreadableDocument, match="DTDs are not accepted"):
        read_xml(b'<!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><r>&e;</r>', "x.xml")


NAME = "Åsa Ødegård"


def _document(declaration: str, encoding: str) -> bytes:
    return f"{declaration}<praktik>\n  <navn>{NAME}</navn>\n</praktik>".encode(encoding)


@pytest.mark.parametrize("says", ["ISO-8859-1", "iso-8859-15", "Windows-1252", "latin1"])
def test_a_document_that_says_a_code_page_but_is_utf8_is_read_as_utf8(says: str) -> None:
    # Read as it says, the name was stored as "Ã…sa Ã˜degÃ¥rd" (decision 0052).
    data = _document(f'<?xml version="1.0" encoding="{says}"?>', "utf-8")
    assert read_xml(data, "p.xml").values[0].value == NAME


def test_a_document_in_the_code_page_it_says_is_read_in_it() -> None:
    data = _document('<?xml version="1.0" encoding="windows-1252"?>', "cp1252")
    assert read_xml(data, "p.xml").values[0].value == NAME


def test_a_document_that_says_utf8_but_is_not_is_refused_naming_the_byte_and_what_it_looks_like() -> None:
    data = _document('<?xml version="1.0" encoding="UTF-8"?>', "cp1252")
    with pytest.raises(UnreadableDocument) as caught:
        read_xml(data, "p.xml")
    [problem] = caught.value.problems
    # "Å" is 0xC5 in Windows-1252, the 9th character of line 2 ("  <navn>Å...").
    assert problem.reason_en == (
        "the file says it is written in UTF-8, but byte 0xC5 on line 2, column 9 is not UTF-8; it looks "
        'like Windows-1252 (ANSI): save it as UTF-8, or let its first line be <?xml version="1.0" '
        'encoding="windows-1252"?>'
    )
    assert problem.reason_da.startswith(
        "filen siger, at den er skrevet i UTF-8, men byte 0xC5 på linje 2, kolonne 9 er ikke UTF-8; den "
        "ligner Windows-1252 (ANSI): gem den som UTF-8"
    )
    assert problem.file == "p.xml"


def test_a_document_that_names_no_encoding_is_utf8_by_the_rules_and_says_so() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        read_xml(_document("", "cp1252"), "p.xml")
    assert caught.value.problems[0].reason_en.startswith(
        "the file names no encoding, so by the rules of XML it is UTF-8, but byte 0xC5 on line 2, column 9"
    )
    assert "angiver ingen tegnkodning" in caught.value.problems[0].reason_da


def test_a_broken_utf16_document_is_not_called_an_encoding_problem() -> None:
    data = "<praktik><navn>Åsa</praktik>".encode("utf-16")  # with its byte order mark; a tag left open
    with pytest.raises(UnreadableDocument) as caught:
        read_xml(data, "p.xml")
    assert caught.value.problems[0].reason_en.startswith("the XML is not well-formed")


@pytest.mark.parametrize(
    ("data", "english", "danish"),
    [
        (
            b"<praktik>\n  <navn>Anna</fornavn>\n</praktik>",
            "the element <navn> opened on line 2 is closed by </fornavn>",
            "elementet <navn>, der åbnes på linje 2, lukkes af </fornavn>",
        ),
        (
            b"<praktik>\n<navn>Anna</navn>\n",
            "the file ends before the element <praktik> opened on line 1 is closed",
            "filen slutter, før elementet <praktik> fra linje 1 er lukket",
        ),
        (
            b"<praktik><b:navn>Anna</b:navn></praktik>",
            'the prefix "b:" is used, but no xmlns:b="..." declares it',
            'præfikset "b:" bruges, men ingen xmlns:b="..." erklærer det',
        ),
        (b"<a>Jensen & Co</a>", 'write "&" in text as "&amp;"', 'skriv "&" i tekst som "&amp;"'),
        (b"<a>x</a><b>y</b>", "one outermost element", "ét yderste element"),
        (
            b"<a><1b/></a>",
            "a tag or attribute is written wrongly",
            "et mærke eller en attribut er skrevet forkert",
        ),
        (b'<a x="1" x="2"/>', "the same attribute twice", "samme attribut to gange"),
        (b"<a>bip\x07</a>", "a character XML does not allow", "et tegn, som XML ikke tillader"),
    ],
)
def test_a_document_that_is_not_well_formed_is_said_in_words_not_libxml2s(
    data: bytes, english: str, danish: str
) -> None:
    """libxml2's own words ("Opening and ending tag mismatch", "xmlParseEntityRef: no name") were in
    English in the Danish line too (decision 0061)."""
    with pytest.raises(UnreadableDocument) as caught:
        read_xml(data, "p.xml")
    (problem,) = caught.value.problems
    assert problem.file == "p.xml"
    assert problem.reason_en.startswith("the XML is not well-formed: line ") and english in problem.reason_en
    assert problem.reason_da.startswith("XML'en er ikke velformet: linje ") and danish in problem.reason_da
    for jargon in ("mismatch", "Premature", "EntityRef", "StartTag", "Namespace prefix", "redefined", "Char"):
        assert jargon not in problem.reason_en + problem.reason_da
