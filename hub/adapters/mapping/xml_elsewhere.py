"""An XML export's records written in another namespace than the config's `rows` names.

A case system upgraded in the middle of a period writes some records under its next schema's namespace
(`<Sag xmlns="urn:...:4">` among `urn:...:3`'s), or one module writes its block under a namespace of its
own. `rows` in Clark names matched only the config's namespace, so such a record was no row: the other
records were stored and this one was left out, without a word (the thirteenth onboarding trial). An
element whose local names match the `rows` path step by step, in another namespace, is now a row that is
refused, naming the element, its namespace and the one the config reads; never read as one of the
config's namespace, whose meaning may have changed with the schema. With predicates (`Sag[@type='ny']`),
one that satisfies them (`xmlpath_strays.holds_elsewhere`); one that does not is left out, as the
config's own.

An element of the rows' own name (namespace and local name) where the path does not reach was left out
unsaid too: a week moved inside the P-number's element (read for its text only), a grant nested in
another grant's `<Periode>` (mutation fuzzing, decision 0064). It is refused at its XPath: "a <Uge>
element inside <PNummer>, outside the form's rows (ks:Uger/ks:Uge)". A list's rows are looked for in
their item; a record's in the whole document. Mixed content as such is still read (notes with markup).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from hub.adapters.mapping import xmlpath, xmlpath_syntax
from hub.adapters.mapping.selectors import SourceIndex

# A key's step: "/{namespace}Local[n]" or "/Local[n]" (a namespace may hold '/').
_STEP = re.compile(r"/(?:\{([^}]*)\})?([^/{}\[]+)\[\d+\]")

_PLACED = re.compile(r"/(?:\{[^}]*\})?([^/{}\[]+)(\[\d+\])")  # a step's local name and position
_CLARK_URI = re.compile(r"\{[^}]*\}")  # a step's namespace URI, which may hold slashes

# A row of `rows`: its element key, and for one in another namespace why it is not read (English, Danish).
Row = tuple[str, tuple[str, str] | None]


def rows_and_strays(
    index: SourceIndex, selector: str, base: str | None = None, *, row: bool = False, read: Sequence[str] = ()
) -> list[Row]:
    """Every element a `rows` selector names, and every element it would name in another namespace, in
    document order; the latter with the reason it is refused (`row`: a list's row inside a record, not
    a record of `[forms.items]`). `read`: the form's selectors from a row, whose elements of the rows'
    name inside a row are its own, not strays."""
    rows = index.xml_rows(selector, base)
    loose = xmlpath.rows_pattern(selector, index.namespaces, base, any_namespace=True)
    if loose is None:
        return [(key, None) for key in rows]
    exact, expected = set(rows), _expected(selector, index.namespaces, base)
    # With predicates (`Sag[@type='ny']`) a stray is one that satisfies them, as the config's own rows
    # must: an element of the config's namespace that does not is left out as the config says.
    predicated = xmlpath_syntax.has_predicates(selector)
    found: dict[str, tuple[str, str] | None] = {}
    seen: set[str] = set()  # each element once, though many keys lie below it
    for key in index.by_key:
        match = loose.match(key)
        if match and (element := match.group(0)) not in seen:
            seen.add(element)
            if element in exact:
                found[element] = None
            elif not predicated or index.xml_holds_elsewhere(selector, element, base):
                found[element] = _why(element, selector, expected, row)
    # One of the rows' name where the path does not reach (moved inside a value's element, or into
    # another record) was left out unsaid while the rest was read: refused in its place.
    for element in index.xml_outside(selector, seen, base, read):
        found[element] = _outside_why(element, selector, row)
    return list(found.items())


def list_row_outside_items(
    index: SourceIndex, lists: Sequence[str], items: Sequence[str], item_rows: str
) -> tuple[str, str, str, str] | None:
    """Why (English, Danish) and where (path, twice) an element of the name a list reads as its rows lies
    outside every item of a document of many records (`[forms.items] rows`), the first such; None where
    there is none. A list's rows read inside its item (`lists`), so a week moved out of its grant,
    beside the grants, was no row of any grant, and the grant was stored a week short without a word;
    which grant it was cannot be told, so the document is refused. `lists`: the lists' `rows`; one
    from the document's root (a leading `/`) is read in every item, and is not looked at here."""
    inside = tuple(item + "/" for item in items)
    for rows in lists:
        if rows.startswith("/"):
            continue
        for element in index.xml_outside(rows, set()):
            # A record is no row lost: dicttoxml names the records and each one's visits alike, `<item>`.
            if not element.startswith(inside) and element not in items:
                steps = _PLACED.findall(element)  # its path without namespace URIs, for the message
                path, local = "".join(f"/{name}{at}" for name, at in steps), steps[-1][0]
                return (
                    f"a <{local}> element outside every record the form reads ({item_rows}): this row"
                    f" ({rows}) belongs to no record and is not read (was it moved by mistake? send the"
                    " form with it in its place)",
                    f"et <{local}>-element uden for alle de poster, blanketten læser ({item_rows}): denne"
                    f" række ({rows}) hører ikke til nogen post og læses ikke (er den flyttet ved en fejl?"
                    " send blanketten med den på sin plads)",
                    path,
                    path,
                )
    return None


def _outside_why(element: str, selector: str, row: bool) -> tuple[str, str]:
    """Why an element of the rows' name outside the rows' path is not read (English, Danish)."""
    what, what_da = ("row", "række") if row else ("record", "post")
    steps = _STEP.findall(element)
    local, above = steps[-1][1], (steps[-2][1] if len(steps) > 1 else "")
    inside, inside_da = (f" inside <{above}>,", f" inde i <{above}>,") if above else ("", "")
    return (
        f"a <{local}> element{inside} outside the form's rows ({selector}): this {what} is not read (was"
        " it moved or nested by mistake? send the form with it in its place)",
        f"et <{local}>-element{inside_da} uden for blankettens rows ({selector}): denne {what_da} læses"
        " ikke (er den flyttet eller lagt ind i et andet element ved en fejl? send blanketten med den på"
        " sin plads)",
    )


def _expected(selector: str, namespaces: Mapping[str, str], base: str | None) -> list[str] | None:
    """The namespace of each step of the elements `rows` names, from the root (None where the selector
    climbs with `..`, whose steps are not the key's)."""
    parsed = xmlpath_syntax.parse(selector)
    if parsed is None or any(step.local == xmlpath_syntax.PARENT for step in parsed[1]):
        return None
    above = [] if parsed[0] else [uri for uri, _ in _STEP.findall(base or "")]
    return above + [namespaces.get(step.prefix if step.prefix is not None else "", "") for step in parsed[1]]


def key_path(key: str) -> str:
    """An element key without namespace URIs, for messages: `/Eksport[1]/Borger[3]`. Not split at its
    slashes: a URI holds them (`{https://sag.example.dk/xml/2}aftale[2]` was shown as
    `/{https://sag.example.dk/xml/aftale[2]`, its last part taken for the step)."""
    return _CLARK_URI.sub("", key)


def label(key: str, selector: str, namespaces: Mapping[str, str], base: str | None = None) -> tuple[str, str]:
    """A stray element's path for messages, in English and Danish, with the namespace of its step that is
    in another than the config's `rows` names, since its position is counted among its own namespace's
    (the first `<Sag>` of urn:...:4 is `Sag[1]`, beside the config's namespace's `Sag[1]`). Where that
    step is above the element (`<Blok xmlns="urn:...:4">` holding a `<Sag>` of the config's namespace),
    the step is named: the element's own namespace would be the config's, and say nothing."""
    path = key_path(key)
    steps = _STEP.findall(key)
    at = _apart(steps, expected := _expected(selector, namespaces, base))
    uri, local = steps[len(steps) - 1 if at is None else at]
    where_en, where_da = uri or "no namespace", uri or "intet navnerum"
    if at is None and expected is not None:
        return path, path  # one of the rows' name where the path does not reach: its namespace is theirs
    if at is None or at == len(steps) - 1:
        return f"{path} ({where_en})", f"{path} ({where_da})"
    return f"{path} (<{local}> in {where_en})", f"{path} (<{local}> i {where_da})"


def _apart(steps: list[tuple[str, str]], expected: list[str] | None) -> int | None:
    """The first of a key's steps (namespace, local name) in another namespace than `expected` says (None
    where none is, or it is not known)."""
    for i, (uri, _) in enumerate(steps):
        meant = expected[i] if expected is not None and i < len(expected) else None
        if meant is not None and uri != meant:
            return i
    return None


def _why(stray: str, selector: str, expected: list[str] | None, row: bool) -> tuple[str, str]:
    """The first step of the stray element whose namespace is not the config's, said."""
    what, what_da = ("row", "række") if row else ("record", "post")
    steps = _STEP.findall(stray)
    if (at := _apart(steps, expected)) is not None and expected is not None:
        (uri, local), meant = steps[at], expected[at]
        now = f"the namespace '{uri}'" if uri else "no namespace"
        now_da = f"navnerummet '{uri}'" if uri else "intet navnerum"
        then = f"'{meant}'" if meant else "no namespace"
        then_da = f"'{meant}'" if meant else "intet navnerum"
        return (
            f"<{local}> is in {now}, not {then}, which the form's rows ({selector}) read: this {what} is"
            " not read (the sender's system may write it in another version of its format: ask which, and"
            " have the config read it)",
            f"<{local}> er i {now_da}, ikke {then_da}, som blankettens rows ({selector}) læser: denne"
            f" {what_da} læses ikke (afsenderens system skriver den måske i en anden udgave af sit"
            " format: spørg hvilken, og få konfigurationen til at læse den)",
        )
    return (
        f"not in the namespaces the form's rows ({selector}) read: this {what} is not read",
        f"ikke i de navnerum, som blankettens rows ({selector}) læser: denne {what_da} læses ikke",
    )
