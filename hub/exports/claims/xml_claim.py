"""A claim as the municipality's XML, built from element paths and valid against its XSD.

Elements are made in the order the config writes them: the fields, then one element per line, then the
footer. A path step reuses the last element of its name under its parent, or appends one, so
`h:Periode/h:Fra` and `h:Periode/h:Til` share one `Periode`; the config lists its fields in the order
the XSD demands (`hub adapters check` renders a sample claim to prove it). The document is parsed back
with the hub's hardened parser and validated before it is returned: a claim that fails its XSD is never
written, and the error names the element and the reason.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from lxml import etree

from hub.adapters.language.claim_config import ClaimConfig, ClaimField
from hub.adapters.language.claim_rules import xml_steps
from hub.adapters.mapping.outbound_types import OutValue, as_text
from hub.adapters.readers.safexml import load_xsd, parse_xml, validate
from hub.errors import ConfigError, FieldProblem, HubError, Rejection
from hub.exports.claim_model import Claim, ClaimLine, Value
from hub.exports.claims.values import Problems, evaluate, line_values
from hub.pseudonyms import mask_cpr_like


def _name(step: re.Match[str], namespaces: Mapping[str, str]) -> str:
    """A step's name in Clark notation; an unprefixed element is in the default namespace, if any."""
    prefix = step["prefix"] or ("" if not step["attr"] else None)
    uri = namespaces.get(prefix) if prefix is not None else None
    return f"{{{uri}}}{step['local']}" if uri else step["local"]


def _child(parent: etree._Element, tag: str) -> etree._Element:
    for existing in reversed(parent):
        if existing.tag == tag:
            return existing
    return etree.SubElement(parent, tag)


def _put(base: etree._Element, path: str, text: str, namespaces: Mapping[str, str]) -> None:
    steps = xml_steps(path) or []
    node = base
    for step in steps[:-1]:
        node = _child(node, _name(step, namespaces))
    last = steps[-1]
    if last["attr"]:
        node.set(_name(last, namespaces), text)
    else:
        _child(node, _name(last, namespaces)).text = text


def _write(
    base: etree._Element,
    rules: tuple[ClaimField, ...],
    values: Mapping[str, Value],
    problems: Problems,
    line: ClaimLine | None = None,
) -> None:
    namespaces = _namespaces_of(problems.config)
    for rule in rules:
        out: OutValue = evaluate(rule, values, problems, line)
        if out is None:
            continue  # optional and missing: the element or attribute is left out
        try:
            _put(base, rule.target, as_text(out), namespaces)
        except ValueError as exc:  # lxml refuses control characters and the like
            where_en, where_da = (f"line {line.number}: ", f"linje {line.number}: ") if line else ("", "")
            problems.add(
                f"{where_en}cannot be written in XML: {exc}",
                f"{where_da}kan ikke skrives i XML: {exc}",
                rule.target,
                str(rule.source),
            )


def _namespaces_of(config: ClaimConfig) -> Mapping[str, str]:
    namespaces: Mapping[str, str] = config.writer.get("namespaces", {})
    return namespaces


def build_tree(claim: Claim, config: ClaimConfig) -> etree._Element:
    """The claim as an element tree (not yet validated); raise Rejection naming every unwritable value."""
    namespaces = _namespaces_of(config)
    nsmap = {(prefix or None): uri for prefix, uri in namespaces.items()}
    root_step = (xml_steps(config.writer["root"]) or [])[0]
    root = etree.Element(_name(root_step, namespaces), nsmap=nsmap)
    problems = Problems(config)
    header = claim.header()
    _write(root, config.fields, header, problems)
    *parents, last = xml_steps(config.lines.path or "") or []
    for line in claim.lines:
        node = root
        for step in parents:
            node = _child(node, _name(step, namespaces))
        element = etree.SubElement(node, _name(last, namespaces))
        _write(element, config.lines.fields, line_values(header, line), problems, line)
    _write(root, config.footer, header, problems)
    problems.raise_any()
    return root


def _readable(tree: etree._Element, path: str) -> str:
    """libxml2's path of an element (`/*/*[8]` in a default namespace) with the elements' own names:
    `/Refusionsanmodning/Linjer/Linje[3]/Borger`."""
    try:
        found = tree.xpath(path) if path else []
    except etree.XPathError:
        return path
    if not found or not isinstance(found[0], etree._Element):
        return path
    steps, node = [], found[0]
    while node is not None:
        name = etree.QName(node).localname
        prefix = node.prefix + ":" if node.prefix else ""
        parent = node.getparent()
        same = [s for s in parent if s.tag == node.tag] if parent is not None else [node]
        steps.append(f"{prefix}{name}" + (f"[{same.index(node) + 1}]" if len(same) > 1 else ""))
        node = parent
    return "/" + "/".join(reversed(steps))


def xml_bytes(tree: etree._Element) -> bytes:
    """A claim's tree as the file's bytes (UTF-8), not validated: `render_xml` validates them."""
    data: bytes = etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data


def render_xml(claim: Claim, config: ClaimConfig) -> bytes:
    """The claim as XML bytes (UTF-8), valid against the municipality's XSD."""
    data = xml_bytes(build_tree(claim, config))
    xsd = str(config.template)
    try:
        schema = load_xsd(config.template_path or "")
    except ConfigError as exc:
        raise HubError(exc.message, exc.message_da) from exc
    tree = parse_xml(data, xsd)
    try:
        validate(tree, schema, xsd)
    except Rejection as exc:
        raise Rejection(
            [
                FieldProblem(
                    # libxml2 quotes the value that failed: a CPR number is masked, as messages may be logged.
                    mask_cpr_like(f"the claim does not satisfy its XSD: {p.reason_en}"),
                    mask_cpr_like(f"anmodningen overholder ikke sit XSD: {p.reason_da}"),
                    file=xsd,
                    form="claim",
                    locator=_readable(tree, p.locator),
                )
                for p in exc.problems
            ]
        ) from exc
    return data
