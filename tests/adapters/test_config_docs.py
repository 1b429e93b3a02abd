"""Issue 8, point 7: every key the config schema accepts is documented in docs/config-language.md.

The keys come from the marshmallow schemas themselves (`config_schema`, `claim_schema`, and the reader and
writer options they validate by format), walked through every nested table, so a key added to a schema
is found here without anyone listing it. "Documented" means: the key has a line in one of the doc's TOML
examples under its own table header (a commented line counts: `# optional = true`), so that each word
of the language is shown where it is written.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from types import ModuleType

from conftest import ROOT
from marshmallow import Schema, fields

from hub.adapters.language import claim_schema, config_form_schema, config_rules, config_schema

DOC = ROOT / "docs" / "config-language.md"
# Tables whose keys depend on the form's (or claim's) format: a dict in the schema, validated by these.
BY_FORMAT: dict[str, list[type[Schema]]] = {
    "forms.reader": list(config_rules.READER_SCHEMAS.values()),
    "claim.writer": list(claim_schema.WRITER_SCHEMAS.values()),
}
MODULES: tuple[ModuleType, ...] = (config_schema, config_form_schema, claim_schema, config_rules)


def _schema_of(field: fields.Field) -> Schema | None:
    """The schema a field nests (directly or as a list's items), if any."""
    if isinstance(field, fields.List):
        field = field.inner
    if isinstance(field, fields.Nested):
        nested = field.schema
        return nested if isinstance(nested, Schema) else None
    return None


def schema_keys(schema: type[Schema], table: str, seen: set[type[Schema]]) -> Iterator[tuple[str, str]]:
    """(table, key) for every key of `schema` and of every table nested in it."""
    seen.add(schema)
    for name, field in schema().fields.items():
        key = field.data_key or name
        yield table, key
        inner = f"{table}.{key}" if table else key
        nested = _schema_of(field)
        if nested is not None:
            yield from schema_keys(type(nested), inner, seen)
        for by_format in BY_FORMAT.get(inner, []):
            yield from schema_keys(by_format, inner, seen)


def accepted_keys() -> tuple[set[tuple[str, str]], set[type[Schema]]]:
    """Every (table, key) a municipality config may hold, and the schema classes the walk reached."""
    seen: set[type[Schema]] = set()
    keys = set(schema_keys(config_schema.ConfigSchema, "", seen))
    return keys, seen


HEADER = re.compile(r"^\s*\[\[?\s*([a-z_.]+)\s*\]\]?")
KEY = re.compile(r"^\s*(?:#\s*(?:[a-z]+:\s+)?)?([a-z_]+)\s*=")
MORE = re.compile(r";\s*([a-z_]+)\s*=")  # a second key on a commented line: "namespaces = {...}; xsd = ..."


def documented_keys() -> set[tuple[str, str]]:
    """(table, key) for every key line of every TOML example in the doc."""
    text = DOC.read_text(encoding="utf-8")
    found: set[tuple[str, str]] = set()
    for block in re.findall(r"```toml\n(.*?)```", text, flags=re.S):
        table = ""
        for line in block.splitlines():
            header = HEADER.match(line)
            if header:
                # A table's header shows the key that holds it: `[[forms.lists]]` shows forms' `lists`.
                table = header.group(1)
                parent, _, key = table.rpartition(".")
                found.add((parent, key))
                continue
            match = KEY.match(line)
            if match:
                found.add((table, match.group(1)))
                found.update((table, more) for more in MORE.findall(line))
    return found


def test_every_key_the_schema_accepts_has_an_example_in_the_doc() -> None:
    accepted, _ = accepted_keys()
    missing = sorted(f"{table}.{key}" if table else key for table, key in accepted - documented_keys())
    assert not missing, f"keys the config schema accepts but {DOC.name} shows in no example: {missing}"


def test_the_walk_reaches_every_schema_of_the_config_language() -> None:
    # A schema class added to these modules but reached by no nesting would escape the check above:
    # nest it, or add its table to BY_FORMAT.
    _, seen = accepted_keys()
    defined = {
        cls
        for module in MODULES
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, Schema) and cls is not Schema and cls.__module__ == module.__name__
    }
    assert defined - seen == set()


def test_the_walk_finds_nested_keys_and_the_check_can_fail() -> None:
    accepted, _ = accepted_keys()
    # Keys known to exist at three depths, and under a format-dependent table.
    for expected in [
        ("", "config_version"),
        ("forms.lists.fields", "optional"),
        ("claim.lines.fields", "target"),
        ("forms.reader", "delimiter"),
        ("claim.writer", "line_ending"),
    ]:
        assert expected in accepted
    assert ("forms.lists.fields", "no_such_key") not in documented_keys()
