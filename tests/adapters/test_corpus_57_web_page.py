"""A web page saved or downloaded under a form's name is told as a web page (corpus-57, decision 0025):
pdf2json's `i274_err.pdf`, an XHTML page with its DOCTYPE, was "DTDs are not accepted", and a page
without a DOCTYPE (a portal's login or error page fetched where the form was to be downloaded) "the XML
is not well-formed", a format its sender never sent. XML forms, with a DOCTYPE or comments, stay XML."""

from __future__ import annotations

import pytest

from hub.adapters.readers.sniff import sniff_format
from hub.errors import UnreadableDocument

WEB_PAGE_EN = "a web page (HTML), not a form the hub reads (PDF, XML, CSV or XLSX)"
WEB_PAGE_DA = "en webside (HTML), ikke et skema, hubben læser (PDF, XML, CSV eller XLSX)"


@pytest.mark.parametrize(
    "data",
    [
        # XHTML as a browser saves it, as pdf2json's has it
        b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">\n<html><head></head></html>',
        b"<!doctype html>\n<html lang=da><meta charset=utf-8><title>Log ind</title><br>",  # HTML5
        b"<html>\r\n<head><title>404 Not Found</title></head>\r\n<body><hr></body>\r\n</html>\r\n",
        b"\xef\xbb\xbf\r\n<!-- saved from url=(0014)about:internet -->\r\n<HTML><BODY></BODY></HTML>",
        b'<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
    ],
)
def test_a_web_page_is_told_as_one(data: bytes) -> None:
    with pytest.raises(UnreadableDocument) as info:
        sniff_format(data, "praktikaftale.pdf")
    (problem,) = info.value.problems
    assert problem.reason_en.startswith(WEB_PAGE_EN)
    assert problem.reason_da.startswith(WEB_PAGE_DA)
    assert problem.file == "praktikaftale.pdf"


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?>\n<!-- html -->\n<Praktikaftale><html>ja</html></Praktikaftale>',
        b"<!DOCTYPE Praktikaftale><Praktikaftale/>",
        b"<htmlform/>",
        b"<html-skema/>",
    ],
)
def test_an_xml_form_stays_xml(data: bytes) -> None:
    assert sniff_format(data, "skema.xml") == "xml"
