"""sniff_format and the hardened XML helper (parse_xml, load_xsd, validate)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from lxml import etree

from hub.adapters.readers.safexml import MAX_XML_BYTES, load_xsd, parse_xml, validate
from hub.adapters.readers.sniff import sniff_format
from hub.errors import ConfigError, Rejection, UnreadableDocument


def _zip(names: list[str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name in names:
            archive.writestr(name, "x")
    return buf.getvalue()


def _xlsx() -> bytes:
    buf = io.BytesIO()
    openpyxl.Workbook().save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n...", "pdf"),
        (b"\x00" * 10 + b"%PDF-1.4 junk before the header is allowed", "pdf"),
        (b'<?xml version="1.0"?><a/>', "xml"),
        (b"\xef\xbb\xbf  \n<a/>", "xml"),
        ("<a/>".encode("utf-16"), "xml"),
        (b"<!-- comment --><a/>", "xml"),
        ("Dato;Timer\n03.08.2026;3,5\n".encode("cp1252"), "csv"),
        ("Navn;Bemærkning\nSøren;ø\n".encode("cp1252"), "csv"),
        ("Navn,By\nÅse,Århus\n".encode(), "csv"),
    ],
)
def test_sniff_recognises_formats(data: bytes, expected: str) -> None:
    assert sniff_format(data, "upload") == expected


def test_sniff_recognises_xlsx_by_its_workbook_part() -> None:
    assert sniff_format(_xlsx(), "a.csv") == "xlsx"  # the name is a claim, the content decides


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"   \n ", "empty"),
        (_zip(["word/document.xml"]), "not an Excel workbook"),
        (b"PK\x03\x04 not really a zip", "broken zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".xls"),
        (bytes(range(256)) * 4, "binary"),
        (b"\x1b\x02\x03garbage\x04", "binary"),
    ],
)
def test_sniff_rejects_with_the_file_named_in_both_languages(data: bytes, words: str) -> None:
    with pytest.raises(UnreadableDocument) as info:
        sniff_format(data, "upload.bin")
    (problem,) = info.value.problems
    assert problem.file == "upload.bin"
    assert words in problem.reason_en
    assert problem.reason_da and problem.reason_da != problem.reason_en


def test_parse_xml_returns_the_root() -> None:
    root = parse_xml(
        b'<?xml version="1.0" encoding="UTF-8"?><b:A xmlns:b="urn:x"><b:B>1</b:B></b:A>', "a.xml"
    )
    assert root.tag == "{urn:x}A"
    assert root[0].text == "1"


@pytest.mark.parametrize(
    "data",
    [
        b'<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
        b'<?xml version="1.0"?>\n<!DOCTYPE a SYSTEM "http://example.invalid/a.dtd"><a/>',
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a><a/>'.encode("utf-16"),
    ],
)
def test_parse_xml_refuses_every_doctype(data: bytes) -> None:
    with pytest.raises(UnreadableDocument) as info:
        parse_xml(data, "dtd.xml")
    (problem,) = info.value.problems
    assert problem.file == "dtd.xml"
    assert "DTDs are not accepted" in problem.reason_en
    assert "DTD'er accepteres ikke" in problem.reason_da


def test_parse_xml_reports_line_and_column_of_a_syntax_error() -> None:
    with pytest.raises(UnreadableDocument) as info:
        parse_xml(b"<a>\n  <b>&x;</b>\n</a>", "bad.xml")
    (problem,) = info.value.problems
    assert "line 2, column" in problem.reason_en
    assert "linje 2, kolonne" in problem.reason_da


def test_parse_xml_refuses_str_and_oversize_input() -> None:
    with pytest.raises(TypeError):
        parse_xml("<a/>", "a.xml")  # type: ignore[arg-type]
    with pytest.raises(UnreadableDocument, match="larger than 5 MB"):
        parse_xml(b"<a>" + b"x" * MAX_XML_BYTES + b"</a>", "big.xml")


def test_parse_xml_does_not_process_xinclude(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    include = f'<xi:include href="{secret.as_uri()}" parse="text"/>'
    data = f'<a xmlns:xi="http://www.w3.org/2001/XInclude">{include}</a>'.encode()
    root = parse_xml(data, "x.xml")
    assert b"top secret" not in etree.tostring(root)


XSD = b"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x" xmlns="urn:x"
  elementFormDefault="qualified">
  <xs:element name="A"><xs:complexType><xs:sequence>
    <xs:element name="N" type="xs:integer" maxOccurs="unbounded"/>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>"""


def test_validate_turns_each_schema_error_into_a_problem(tmp_path: Path) -> None:
    (tmp_path / "a.xsd").write_bytes(XSD)
    schema = load_xsd(tmp_path / "a.xsd")
    validate(parse_xml(b'<A xmlns="urn:x"><N>1</N></A>', "ok.xml"), schema, "ok.xml")
    doc = parse_xml(b'<A xmlns="urn:x">\n<N>x</N>\n<N>2</N>\n<N>y</N></A>', "bad.xml")
    with pytest.raises(Rejection) as info:
        validate(doc, schema, "bad.xml")
    problems = info.value.problems
    assert [p.reason_en.split(":")[0] for p in problems] == ["line 2", "line 4"]
    assert all(p.file == "bad.xml" and p.reason_da.startswith("linje ") for p in problems)
    # libxml2 writes the XPath of the offending element: the first and the third N.
    assert problems[0].locator.endswith("[1]") and problems[1].locator.endswith("[3]")


def test_load_xsd_allows_local_includes_and_refuses_network_ones(tmp_path: Path) -> None:
    (tmp_path / "part.xsd").write_bytes(
        b'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
        b'<xs:element name="P" type="xs:string"/></xs:schema>'
    )
    (tmp_path / "main.xsd").write_bytes(
        b'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:include schemaLocation="part.xsd"/>'
        b"</xs:schema>"
    )
    schema = load_xsd(tmp_path / "main.xsd")
    assert schema.validate(etree.fromstring(b"<P>x</P>"))
    (tmp_path / "net.xsd").write_bytes(
        b'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
        b'<xs:import namespace="urn:y" schemaLocation="https://example.invalid/y.xsd"/></xs:schema>'
    )
    with pytest.raises(ConfigError, match="network locations"):
        load_xsd(tmp_path / "net.xsd")
    (tmp_path / "dtd.xsd").write_bytes(b'<!DOCTYPE x [<!ENTITY e "1">]><x/>')
    with pytest.raises(ConfigError, match="DTDs are not accepted"):
        load_xsd(tmp_path / "dtd.xsd")


def test_a_workbook_cut_off_in_a_download_is_called_a_damaged_workbook() -> None:
    cut = _xlsx()[:2000]  # the local headers are there; the directory at the end is not
    for name in ("timer.xlsx", "download"):  # by its name, or by the parts its first headers name
        with pytest.raises(UnreadableDocument) as caught:
            sniff_format(cut, name)
        problem = caught.value.problems[0]
        assert problem.reason_en.startswith("damaged Excel workbook (.xlsx): the file is cut off or broken")
        assert problem.reason_da.startswith("beskadiget Excel-projektmappe (.xlsx)")
    # Another zip cut off is a broken zip, as before.
    with pytest.raises(UnreadableDocument) as other:
        sniff_format(_zip(["notes/readme.txt"])[:40], "archive.zip")
    assert other.value.problems[0].reason_en == "broken zip file"
