"""The one hardened XML parser of the hub: every XML byte that enters the code base goes through here.

Uploaded XML is hostile until proven otherwise. The parser resolves no entities, loads no DTD, touches
no network, keeps libxml2's size and depth limits (no `huge_tree`) and never recovers from errors. On
top of that any document with a DOCTYPE is refused outright: a hardened parser keeps `&xxe;` as an
unexpanded entity node, which later code could mishandle, and no form the hub accepts needs a DTD.
XInclude is never processed. Schemas (XSD) are loaded with the same parser and may not pull in
anything from the network.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from lxml import etree

from hub.adapters.readers.sniff import unreadable
from hub.adapters.readers.xml_encoding import encoding_problem, reads_as_utf8
from hub.adapters.readers.xml_errors import in_words
from hub.errors import ConfigError, FieldProblem, Rejection

MAX_XML_BYTES = 5 * 1024 * 1024

_XSD_NS = "http://www.w3.org/2001/XMLSchema"
_XSD_LINKS = tuple(f"{{{_XSD_NS}}}{tag}" for tag in ("include", "import", "redefine", "override"))
# A DOCTYPE spelled in the encodings whose bytes a plain search could miss (UTF-16 both ways).
_DOCTYPE_MARKS = tuple("<!DOCTYPE".encode(enc) for enc in ("ascii", "utf-16-le", "utf-16-be"))
_local = threading.local()
# The settings of every parse: no entities, DTDs, network, huge trees or recovery.
_HARDENED = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "attribute_defaults": False,
    "huge_tree": False,
    "recover": False,
}


def hardened_parser() -> etree.XMLParser:
    """A new parser with the hub's settings: no entities, DTDs, network, huge trees or recovery."""
    return etree.XMLParser(**_HARDENED)


def _parser(utf8: bool = False) -> etree.XMLParser:
    # One parser per thread: lxml parsers keep per-parse state and must not be shared between threads.
    # `utf8`: read the bytes as UTF-8 whatever the declaration says (`xml_encoding.reads_as_utf8`).
    name = "utf8_parser" if utf8 else "parser"
    parser = getattr(_local, name, None)
    if parser is None:
        parser = etree.XMLParser(encoding="utf-8", **_HARDENED) if utf8 else hardened_parser()
        setattr(_local, name, parser)
    return parser


def _dtd_refused(filename: str) -> Rejection:
    return unreadable(
        filename,
        "DTDs are not accepted (the document has a <!DOCTYPE ...>)",
        "DTD'er accepteres ikke (dokumentet har en <!DOCTYPE ...>)",
    )


def parse_xml(
    data: bytes, filename: str, base_url: str | None = None, max_bytes: int = MAX_XML_BYTES
) -> etree._Element:
    """Parse untrusted XML bytes with the hardened parser; raise UnreadableDocument on any problem."""
    if not isinstance(data, bytes):
        raise TypeError("parse_xml takes bytes; decoding is the XML declaration's job")
    if len(data) > max_bytes:
        mb = max_bytes // (1024 * 1024)
        raise unreadable(
            filename,
            f"the XML document is larger than {mb} MB, the most the hub reads in one document: export it "
            "in parts (one a month, say), each a document of its own",
            f"XML-dokumentet er større end {mb} MB, det meste hubben læser i ét dokument: eksportér det i "
            "dele (fx én pr. måned), hver som sit eget dokument",
        )
    _refuse_doctype(data, filename)
    try:
        root = etree.fromstring(data, _parser(reads_as_utf8(data)), base_url=base_url)
    except etree.XMLSyntaxError as exc:
        raise (encoding_problem(data, filename) or _not_well_formed(filename, exc)) from exc
    _refuse_parsed_doctype(root, filename)
    return root


def iterparse_xml(data: bytes, filename: str, tag: str | tuple[str, ...]) -> Iterator[etree._Element]:
    """Stream the `tag` elements (or those of any of the tags) of untrusted XML bytes, parsed with the
    hardened settings; each is cleared once the caller asks for the next. Comments and processing
    instructions are dropped, so that text around them reads as one (as Python's ElementTree reads it).
    Problems raise UnreadableDocument, as `parse_xml`'s do."""
    _refuse_doctype(data, filename)
    events = etree.iterparse(
        io.BytesIO(data),
        events=("end",),
        tag=tag,
        remove_comments=True,
        remove_pis=True,
        **_HARDENED,
    )
    try:
        for _, element in events:
            yield element
            element.clear(keep_tail=True)  # a streamed sheet must not grow into a whole tree
    except etree.XMLSyntaxError as exc:
        raise _not_well_formed(filename, exc) from exc
    if events.root is not None:
        _refuse_parsed_doctype(events.root, filename)


def _refuse_doctype(data: bytes, filename: str) -> None:
    # The cheap check first, so that no DTD ever reaches libxml2; the check of the parsed tree
    # (`_refuse_parsed_doctype`) catches a DOCTYPE hidden by an unusual encoding.
    if any(mark in data for mark in _DOCTYPE_MARKS):
        raise _dtd_refused(filename)


def _refuse_parsed_doctype(root: etree._Element, filename: str) -> None:
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise _dtd_refused(filename)


def _not_well_formed(filename: str, exc: etree.XMLSyntaxError) -> Rejection:
    line, column = exc.position
    # libxml2's own words are English jargon ("StartTag: invalid element name"): said for people. The
    # words are the error's at the place named: the exception's position is libxml2's first error, and an
    # error parsing goes on after (an undeclared prefix) leaves later ones, the last another place's.
    # The log is the thread's, holding the errors of every file read on it before (review-128): an error
    # is this file's first where its words are the exception's own too, not only its place.
    said = exc.msg
    at = [
        error
        for error in exc.error_log
        if (error.line, error.column) == (line, column)
        and said == f"{error.message}, line {line}, column {column}"
    ]
    en, da = in_words(at[0] if at else exc.error_log.last_error)
    return unreadable(
        filename,
        f"the XML is not well-formed: line {line}, column {column}: {en}",
        f"XML'en er ikke velformet: linje {line}, kolonne {column}: {da}",
    )


def load_xsd(path: str | Path, data: bytes | None = None) -> etree.XMLSchema:
    """Load a config's XSD with the hardened parser; refuse DTDs and includes from outside its folder.
    `data`: the file's bytes as the caller already read them (and hashed), so the schema is theirs."""
    path = Path(path).resolve()
    seen: set[Path] = set()
    tree = _load_schema_doc(path, path.parent, seen, data)
    try:
        return etree.XMLSchema(tree)
    except etree.XMLSchemaParseError as exc:
        raise ConfigError(
            f"{path.name}: not a valid XML schema: {exc}", f"{path.name}: ikke et gyldigt XML-skema: {exc}"
        ) from exc


def _load_schema_doc(path: Path, folder: Path, seen: set[Path], data: bytes | None = None) -> etree._Element:
    """Parse one schema document and, first, every document it includes, all with the hardened parser."""
    seen.add(path)
    try:
        root = parse_xml(path.read_bytes() if data is None else data, path.name, base_url=path.as_uri())
    except (OSError, Rejection) as exc:
        raise ConfigError(f"{path.name}: {exc}", f"{path.name}: {getattr(exc, 'message_da', exc)}") from exc
    for link in root.iter(*_XSD_LINKS):
        location = link.get("schemaLocation")
        if location is None:
            continue  # an import by namespace only: libxml2 loads nothing for it
        target = (path.parent / location).resolve()
        if urlsplit(location).scheme or Path(location).is_absolute() or not target.is_relative_to(folder):
            raise ConfigError(
                f"{path.name}: schemaLocation {location!r} points outside the schema's folder "
                "(network locations and absolute paths are refused)",
                f"{path.name}: schemaLocation {location!r} peger uden for skemaets mappe "
                "(netværksadresser og absolutte stier afvises)",
            )
        if target not in seen:
            # libxml2 loads the included file itself; checking it here means it is known to be DTD-free.
            _load_schema_doc(target, folder, seen)
    return root


def validate(tree: etree._Element, schema: etree.XMLSchema, filename: str) -> None:
    """Validate a parsed document; raise Rejection with one FieldProblem (line, element, what is wrong in
    words) per error."""
    # Here, not at the top: `xsd_errors` locates elements as the XML reader does, which imports this.
    from hub.adapters.readers.xsd_errors import schema_problem

    try:
        schema.assertValid(tree)
    except etree.DocumentInvalid as exc:
        # The exception carries this call's own error log, unlike `schema.error_log`, which another
        # thread validating with the same schema could overwrite.
        problems = [schema_problem(err, tree, filename) for err in exc.error_log]
        if not problems:
            en, da = "does not match the schema", "overholder ikke skemaet"
            problems = [FieldProblem(reason_en=en, reason_da=da, file=filename)]
        raise Rejection(problems) from exc
