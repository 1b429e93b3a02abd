"""A document read as its form says, once the form is known: a CSV in the form's encoding and separator,
an XML document checked against the form's XSD.

Every upload is first read before its form is known (`readers.READ_OPTIONS`: a CSV's encoding and
separator are found from its bytes). `hub reprocess` starts from the reading kept then, without the
bytes; it reads them again (`Original`, a function that fetches them) only where the form asks for a
reading or a check the kept one has not had, so that the same bytes and config give the same verdict
both ways (decision 0048).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from lxml import etree

from hub.adapters.language.config_form import FormConfig, IndexCache
from hub.adapters.language.fingerprint import stamped
from hub.adapters.readers import extract, safexml
from hub.adapters.readers.base import Extraction
from hub.adapters.readers.csv_text import read_alike
from hub.adapters.readers.safexml import parse_xml
from hub.adapters.separators import saved_otherwise
from hub.errors import FieldProblem, Rejection, UnreadableDocument


@dataclass(frozen=True)
class ParsedXml:
    """An XML document's bytes and the tree its reading parsed with the hardened parser (`read_xml_tree`):
    a form's XSD checks that tree, not a second parse of the same bytes (the reading threads parse,
    the storing thread validates)."""

    data: bytes
    tree: etree._Element


# A document's bytes (with its parsed tree), or a function that fetches them (reprocess); None: not at hand.
Original = bytes | ParsedXml | Callable[[], bytes] | None


def as_form_reads(
    form: FormConfig,
    extraction: Extraction,
    original: Original,
    filename: str,
    sender: tuple[str, str],
    cache: IndexCache,
) -> Extraction:
    """The document as `form` reads it: `extraction` itself, or read again from its bytes; raise
    `Rejection` where it fails the form's XSD, or is saved in another encoding or with another separator
    than the form's (`sender`: whose form, in English and Danish, for that message)."""
    if form.format == "csv":
        encoding, delimiter = form.reader.get("encoding"), form.reader.get("delimiter")
        if read_alike(extraction, encoding, delimiter):
            return extraction
        try:
            read = stamped(extract(_bytes(original, filename), filename, dict(form.reader), fmt="csv"))
        except UnreadableDocument as exc:  # the form's encoding cannot read it: named as the form's
            raise UnreadableDocument([replace(p, form=form.id) for p in exc.problems]) from None
        problem = saved_otherwise(form, extraction, read, filename, sender, cache)
        if problem is not None:
            raise Rejection([problem])
        return read
    if form.format == "xml" and form.xsd_path is not None:
        # The loaded config's own XSD, as its fingerprint hashes it (`FormConfig.xsd_bytes`).
        schema, digest = form.xsd_schema, form.xsd_digest
        assert schema is not None  # a form with an xsd_path: loaded, or ConfigError
        if extraction.meta.get("xsd") == digest:
            return extraction  # validated against this very schema when it was kept
        # The tree the reading parsed, when it is at hand: the same bytes through the same parser.
        tree = (
            original.tree
            if isinstance(original, ParsedXml)
            else parse_xml(_bytes(original, filename), filename)
        )
        safexml.validate(tree, schema, filename)
        return Extraction(extraction.format, extraction.values, {**extraction.meta, "xsd": digest})
    return extraction


def _bytes(original: Original, filename: str) -> bytes:
    """The document's bytes, fetched if need be; a `Rejection` when nobody gave a way to them."""
    if isinstance(original, bytes):
        return original
    if isinstance(original, ParsedXml):
        return original.data
    if original is not None:
        return original()
    raise Rejection(
        [
            FieldProblem(
                "the document must be read again as its form says, and its file is not at hand",
                "dokumentet skal læses igen, som blanketten siger, og filen er ikke ved hånden",
                file=filename,
            )
        ]
    )
