"""A `[claim]` checked against its template file when the config loads: the hub refuses to start with a
claim it could not write.

PDF: the file is a form and has every field the config fills (each line slot 1..repeat too), and a
checkbox is filled by a `tick`. XML: the XSD exists, parses with the hardened loader, and declares the
root element as a top-level element. Templates are the hub's own files (committed beside the configs),
not uploads, so pypdf reads them in-process. Problems come in English and Danish, keyed like the file.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hub.adapters.language.claim_template_fields import PdfField, form_fields
from hub.errors import ConfigError, Rejection

Problem = tuple[str, str]  # (English, Danish)

_XSD = "{http://www.w3.org/2001/XMLSchema}"


def read_form(path: Path) -> Mapping[str, PdfField]:
    """Read a template's fields; raise ConfigError (both languages) when it is no PDF form."""
    from pypdf.errors import PyPdfError  # noqa: PLC0415 - see the imports

    try:
        fields = form_fields(path.read_bytes())
    except OSError as exc:
        raise ConfigError(
            f"{path.name}: cannot be read: {exc}", f"{path.name}: kan ikke læses: {exc}"
        ) from exc
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(
            f"{path.name}: not a PDF form ({exc})", f"{path.name}: ikke en PDF-formular ({exc})"
        ) from exc
    if not fields:
        raise ConfigError(f"{path.name}: the PDF has no form fields", f"{path.name}: PDF'en har ingen felter")
    return fields


def _pdf_problems(claim: Mapping[str, Any], form: Mapping[str, PdfField], template: str) -> list[Problem]:
    problems: list[Problem] = []
    groups = [("fields", claim["rules"], 1), ("footer", claim["footer"], 1)]
    groups.append(("lines.fields", claim["lines"]["items"], claim["lines"].get("repeat", 1)))
    for key, rules, slots in groups:
        for index, rule in enumerate(rules):
            where = f"claim.{key}[{index}].target"
            for n in range(1, slots + 1):
                name = rule["target"].replace("{n}", str(n))
                if name not in form:
                    close = _closest(name, list(form))
                    hint_en = f" (did you mean '{close[0]}'?)" if close else ""
                    hint_da = f" (mente du '{close[0]}'?)" if close else ""
                    slot_en = f", the slot of line {n} of {slots}" if slots > 1 else ""
                    slot_da = f", pladsen til linje {n} af {slots}" if slots > 1 else ""
                    problems.append(
                        (
                            f"{where}: the PDF form {template} has no field '{name}'{slot_en}{hint_en}",
                            f"{where}: PDF-formularen {template} har intet felt '{name}'{slot_da}{hint_da}",
                        )
                    )
                    break
                problem = _kind_problem(form[name], rule.get("kind", "text"), where)
                if problem:
                    problems.append(problem)
                    break
    return problems


def _closest(name: str, names: list[str]) -> list[str]:
    """The name most like `name`, ignoring case (`CVRnr` → `CvrNr`), as a list of none or one."""
    folded = {n.casefold(): n for n in names}
    return [folded[c] for c in difflib.get_close_matches(name.casefold(), list(folded), n=1)]


def _kind_problem(field: PdfField, kind: str, where: str) -> Problem | None:
    if field.kind in ("text", "choice"):
        return None
    if field.kind == "checkbox":
        if kind == "tick" and field.on_state:
            return None
        return (
            f"{where}: '{field.name}' is a checkbox: end its transforms with tick",
            f"{where}: '{field.name}' er et afkrydsningsfelt: slut dets transformationer med tick",
        )
    return (
        f"{where}: '{field.name}' is a {field.kind} field; a claim fills text fields, lists and checkboxes",
        f"{where}: '{field.name}' er et felt af typen {field.kind}; en anmodning udfylder tekstfelter, "
        "lister og afkrydsningsfelter",
    )


def _xml_problems(claim: Mapping[str, Any], path: Path, template: str) -> list[Problem]:
    # lxml (through `safexml`) imported where an XML template is read, as pypdf is for a PDF one.
    from hub.adapters.readers.safexml import load_xsd, parse_xml  # noqa: PLC0415

    try:
        load_xsd(path)
        schema = parse_xml(path.read_bytes(), path.name)
    except (ConfigError, Rejection, OSError) as exc:
        message = getattr(exc, "message", str(exc))
        return [(f"claim.template: {message}", f"claim.template: {getattr(exc, 'message_da', message)}")]
    namespace = schema.get("targetNamespace")
    names = [str(e.get("name")) for e in schema if e.tag == f"{_XSD}element"]
    tops = [f"{{{namespace}}}{name}" if namespace else name for name in names]
    prefix, _, local = claim["writer"]["root"].rpartition(":")
    uri = claim["writer"]["namespaces"].get(prefix, "")
    root = f"{{{uri}}}{local}" if uri else local
    if root in tops:
        return []
    known = ", ".join(tops) or "none"
    return [
        (
            f"claim.writer.root: {template} declares no top-level element {root} (it declares: {known})",
            f"claim.writer.root: {template} erklærer intet element {root} øverst (det erklærer: {known})",
        )
    ]


def check_claim_files(claim: Mapping[str, Any], config_path: Path) -> list[Problem]:
    """Every problem between a validated `[claim]` and its template file, in English and Danish."""
    template = claim.get("template")
    if not template:
        return []
    path = (config_path.parent / template).resolve()
    if not path.is_file():
        return [
            (
                f"claim.template: file not found: {template} (relative to {config_path.name})",
                f"claim.template: filen findes ikke: {template} (i forhold til {config_path.name})",
            )
        ]
    if claim["format"] == "xml":
        return _xml_problems(claim, path, template)
    try:
        return _pdf_problems(claim, read_form(path), template)
    except ConfigError as exc:
        return [(f"claim.template: {exc.message}", f"claim.template: {exc.message_da}")]
