"""What `hub adapters suggest` reads from an extraction: one candidate per value, with the texts near it.

A PDF field offers its tooltip, name and printed label (`pdf_sources`); an XML value its element names;
a CSV/XLSX value its label cell (`sheets`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from hub.adapters.readers.base import Extraction
from hub.adapters.suggest.candidates import Candidate, Gathered
from hub.adapters.suggest.lent import lent
from hub.adapters.suggest.pdf_sources import pdf_candidates
from hub.adapters.suggest.sheets import tabular
from hub.adapters.suggest.words import fold
from hub.adapters.suggest.xml_named import is_name_of, named_elements
from hub.adapters.suggest.xml_names import name_text
from hub.adapters.suggest.xml_status import dated_by, statuses
from hub.adapters.suggest.xml_units import UNIT_ATTRIBUTES, units

# Attribute names that describe a document (its version, identity, creation) rather than hold a value.
METADATA_ATTRIBUTES = frozenset(
    {"version", "schemaversion", "skemaversion", "formatversion", "id", "uuid", "guid", "oprettet"}
    | {"created", "timestamp", "tidsstempel", "dannet", "lang", "encoding", "format", "xmlns", "system"}
)
# Attribute names that hold a code for their element's text (`<Ydelse kode="KH">Kontanthjælp</Ydelse>`).
CODE_ATTRIBUTES = frozenset({"kode", "code", "koder", "vaerdi", "value", "kodevaerdi"})
_STEP = re.compile(r"/(@)?(?:\{([^}]*)\})?([^/{}\[\]]+)(?:\[(\d+)\])?")
# XML Schema's instance attributes (`xsi:nil="true"`, `xsi:type`, `xsi:schemaLocation`) tell a reader how to
# take the element, not what it holds: `xsi:nil` says the element is left empty, which its empty text says.
XSI = "http://www.w3.org/2001/XMLSchema-instance"


def gather(extraction: Extraction, headings: dict[str, str] | None = None) -> Gathered:
    """Turn an extraction into candidates, by its format; `headings`: a PDF's section heading above
    each field, by its name (`pdf_headings`)."""
    if extraction.format == "pdf":
        values = [v for v in extraction.values if v.meta.get("type") != "button"]
        title = str(extraction.meta.get("title") or "")
        found = pdf_candidates(values)
        found = [replace(c, heading=(headings or {}).get(c.selector, "")) for c in found]
        return Gathered(candidates=found, title=title)
    if extraction.format == "xml":
        return _xml(extraction)
    return tabular(extraction)


def xml_namespaces(extraction: Extraction) -> dict[str, str]:
    """Prefix → URI for every namespace the document uses; a default namespace gets an invented prefix."""
    by_uri: dict[str, str] = {}
    for prefix, uri in (extraction.meta.get("nsmap") or {}).items():
        if prefix and uri != XSI:  # no drafted selector reads an xsi attribute
            by_uri.setdefault(uri, prefix)
    used = [m[1] for v in extraction.values for m in _STEP.findall(v.key) if m[1] and m[1] != XSI]
    for uri in dict.fromkeys([(extraction.meta.get("nsmap") or {}).get("", ""), *used]):
        if uri and uri not in by_uri:
            taken = set(by_uri.values())
            by_uri[uri] = next(p for p in ("d", *(f"ns{n}" for n in range(1, 1000))) if p not in taken)
    return {prefix: uri for uri, prefix in by_uri.items()}


def _xml(extraction: Extraction) -> Gathered:
    namespaces = xml_namespaces(extraction)
    prefixes = {uri: prefix for prefix, uri in namespaces.items()}
    unit_of, status_of = units(extraction), statuses(extraction)
    named = named_elements(extraction.values)  # `<felt navn="cpr">`: named by an attribute (`xml_named`)
    found = []
    for value in extraction.values:
        if value.key.rpartition("/@")[2].startswith(f"{{{XSI}}}") or is_name_of(value.key, named):
            continue
        steps, names = [], []
        for step in _STEP.finditer(value.key):
            attr, uri, local, pos = step.groups()
            name = f"{prefixes[uri]}:{local}" if uri else local
            if (by := named.get(value.key[: step.end()])) is not None:
                steps.append(f"{name}[@{by[0]}='{by[1]}']")
                names.append(by[1])
                continue
            steps.append(("@" if attr else "") + name + (f"[{pos}]" if pos and int(pos) > 1 else ""))
            names.append(name_text(local))  # `Borgers_x0020_navn`: the column's words
        attribute = bool(steps) and steps[-1].startswith("@")
        where = ""
        if attribute and fold(names[-1]) in METADATA_ATTRIBUTES:
            # `<Afslutning version="2">` is about the document, not its contents: "Afslutning version"
            # must not read as the outcome. Fit for [forms.recognise], never a field.
            texts: tuple[str, ...] = (names[-1],)
            where = "an attribute about the document itself"
        else:
            texts = (names[-1], *_joined(names)) if names else (value.key,)
            unit = unit_of.get(value.key.rpartition("/@")[0] if attribute else value.key, ())
            if names and fold(names[-1]) not in UNIT_ATTRIBUTES:
                texts += tuple(f"{names[-1]} {written}" for written in unit)
            if attribute:  # `<afgoerelse dato="...">Bevilget</afgoerelse>`: the day granted (trial-83)
                texts += dated_by(names[-1], value.value, status_of.get(value.key.rpartition("/@")[0]))
        # The element (or, for an attribute, the element holding it) above: `<Mentor><Telefon>` is the
        # mentor's phone, as a printed heading says on a PDF.
        heading = names[-2] if len(names) > 1 and not where else ""
        found.append(Candidate("/" + "/".join(steps), texts, where, value.value, heading=heading))
    root = str(extraction.meta.get("root") or "")
    return Gathered(candidates=found, title=name_text(root.rpartition("}")[2]), namespaces=namespaces)


def _joined(names: list[str]) -> tuple[str, ...]:
    """The element's name after its parent's (`Borger CprNr`, `Bevilget Dato`, `Mentor Navn`), as far as
    the parent's name lends it anything (`lent`)."""
    return lent(names[-2], names[-1]) if len(names) > 1 else ()
