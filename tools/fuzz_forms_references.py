"""An XML mutator for `tools.fuzz_forms` aimed at back references (`hub.adapters.readers.xml_references`):
an element that holds only `reference="../../x/y"` or `reference="7"`, as XStream writes an object met
twice, made to point at itself, at its own parent, at a later element, at one deleted, at a reference
pointing back (a cycle), at a path past the root or at a position no sibling has, or written as an
absolute path or as XStream's ID_REFERENCES (`id="N"` on the referent) instead. A seed with no back
reference is not applicable. Read, the mutant must be its seed's records (an absolute path, an id) or
other values of the document the reference now names; refused, it must meet the tool's bar."""

from __future__ import annotations

import random

from lxml import etree

from hub.adapters.readers.safexml import parse_xml


def _references(root: etree._Element) -> list[etree._Element]:
    return [
        e for e in root.iter() if isinstance(e.tag, str) and list(e.attrib) == ["reference"] and not len(e)
    ]


def xml_reference(data: bytes, rng: random.Random) -> bytes | None:
    """One back reference pointed elsewhere, its referent changed, or written another way XStream writes."""
    root = parse_xml(data, "seed.xml")
    tree = root.getroottree()
    references = _references(root)
    if not references:
        return None
    element = rng.choice(references)
    target = element.xpath(element.get("reference")) if not element.get("reference", "").isdigit() else []
    referent = target[0] if target and isinstance(target[0], etree._Element) else None
    later = [e for e in element.itersiblings() if isinstance(e.tag, str)] + [
        e for e in element.iterancestors() for e in e.itersiblings() if isinstance(e.tag, str)
    ]
    choice = rng.randrange(10)
    if choice == 0:
        element.set("reference", rng.choice([".", "./.", ""]))  # itself
    elif choice == 1:
        element.set("reference", rng.choice(["..", "../..", "/" + root.tag]))  # its parent, the root
    elif choice == 2 and later:
        element.set("reference", tree.getpath(rng.choice(later)))  # an element after it
    elif choice == 3 and referent is not None:
        referent.getparent().remove(referent)  # the referent deleted
    elif choice == 4 and referent is not None:
        referent.clear()  # a cycle: the referent a reference back to this one
        referent.set("reference", tree.getpath(element))
    elif choice == 5:
        element.set("reference", "../" * rng.choice([65, 300, 5000]) + element.get("reference", ""))
    elif choice == 6:
        element.set(
            "reference", element.get("reference", "").rstrip("/") + rng.choice(["[999999]", "[0]", "[2]"])
        )
    elif choice == 7 and referent is not None:
        element.set("reference", tree.getpath(referent))  # the same element by an absolute path
    elif choice == 8 and referent is not None:
        number = str(rng.randrange(1, 10**6))  # XStream's ID_REFERENCES
        referent.set("id", number)
        element.set("reference", number)
        if rng.random() < 0.3:  # and an id two elements carry
            root.set("id", number)
    elif referent is not None:
        others = [e for e in root.iter() if isinstance(e.tag, str) and e is not element and e is not referent]
        element.set("reference", tree.getpath(rng.choice(others)))  # another element of the document
    else:
        return None
    return etree.tostring(tree, encoding="UTF-8", xml_declaration=data.lstrip().startswith(b"<?xml"))


XML = {"reference": xml_reference}
