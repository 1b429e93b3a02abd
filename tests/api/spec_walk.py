"""Checking a served answer against what the spec the app serves says of it (`test_spec_walk.py`).

An answer is true to the spec when its status is one the operation lists (not only `default`), its
media type is one listed for that status (or it has no body where none is listed), a JSON body fits the
schema (every object closed: a key the spec does not name is an untruth too) and the headers listed
for its status are there (unless listed with `required: false`), each value fitting its schema.
"""

from __future__ import annotations

import copy
import itertools
import re
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from jsonschema.exceptions import best_match
from openapi_schema_validator import OAS30Validator

COMBINATIONS = 4  # per role and operation: enough to meet own and other municipalities' answers
MISSING = {"integer": "9999999", "string": "no-such-thing"}  # an id or code nothing has

# The headers a client acts on (waits, follows, pages, revalidates, names a file by): each must be
# documented where it is sent.
ACTED_ON = frozenset(
    name.lower()
    for name in (
        "Retry-After",
        "Location",
        "Link",
        "ETag",
        "Content-Disposition",
        "Accept-Post",
        "WWW-Authenticate",
        "RateLimit-Limit",
        "RateLimit-Remaining",
        "RateLimit-Reset",
        "Hub-Token-Expires",
    )
)

# The headers the spec lists as sent only to some calls, and to which (`SpecCheck.unsent`), none of them made
# by the walks that excuse them (each is walked where it is met): any other header the spec lists for a
# status must come with it, `required: false` or not.
ABSENT_WHEN = {
    "Hub-Token-Expires": "a token in its last month (test_spec_every_answer)",
    "WWW-Authenticate": "a 400 of a malformed `Authorization` (test_bearer_malformed)",
    "Location": "a 202 of exactly one submission to follow",
    "Retry-After": "a 202 of a submission not final",
}


def operations(spec: dict[str, Any], method: str) -> list[tuple[str, dict[str, Any]]]:
    """Every (path, operation) of one method in the spec, in its order, the path's own parameters (its
    ids, which apispec lists once for every method) among the operation's; the operation's own
    parameter of the same name and place overrides the path's (OpenAPI 3.0, 4.7.9.1)."""
    found = []
    for path, ops in spec["paths"].items():
        if method in ops:
            merged = {(p["in"], p["name"]): p for p in ops.get("parameters", [])}
            merged |= {(p["in"], p["name"]): p for p in ops[method].get("parameters", [])}
            found.append((path, {**ops[method], "parameters": list(merged.values())}))
    return found


def filled(path: str, operation: dict[str, Any], values: dict[str, list[str]]) -> list[str]:
    """URLs for an operation: each required parameter from its enum, the caller's values, or the spec's
    example (optional ones left out, as a client starts), at most `COMBINATIONS` of them."""
    names, choices = [], []
    for parameter in operation.get("parameters", []):
        if parameter["in"] not in ("path", "query") or not parameter.get("required"):
            continue
        schema = parameter.get("schema", {})
        options = schema.get("enum") or values.get(parameter["name"])
        if options == []:  # the caller sees none: ask for one nothing has
            options = [MISSING[schema.get("type", "string")]]
        if options is None and "example" in schema:
            options = [schema["example"]]
        assert options is not None, f"{path}: no value known for `{parameter['name']}`: add one"
        names.append((parameter["in"], parameter["name"]))
        choices.append([str(option) for option in options])
    urls = []
    for combination in itertools.islice(itertools.product(*choices), COMBINATIONS):
        url, query = path, {}
        for (where, name), value in zip(names, combination, strict=True):
            if where == "path":
                url = url.replace("{" + name + "}", value)
            else:
                query[name] = value
        urls.append(url + ("?" + urlencode(query) if query else ""))
    return urls


def closed(schema: Any) -> Any:
    """The schema with every object that names its properties refusing others (apispec leaves
    `additionalProperties` out where a marshmallow schema's `unknown` is not RAISE)."""
    if isinstance(schema, dict):
        out = {key: closed(value) for key, value in schema.items()}
        if "properties" in out and "additionalProperties" not in out:
            out["additionalProperties"] = False
        return out
    if isinstance(schema, list):
        return [closed(item) for item in schema]
    return schema


class SpecCheck:
    """One spec, and the checks of answers against it."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.components = closed(copy.deepcopy(spec["components"]))

    def operation(self, method: str, url: str) -> dict[str, Any]:
        """The operation a call is of."""
        return self.match(method, url)[1]

    def match(self, method: str, url: str) -> tuple[dict[tuple[str, str], str], dict[str, Any]]:
        """The values a call sends by (place, name), and the operation it is of: its path matched
        against the spec's templates (a template's `{name}` is one segment)."""
        parts = urlsplit(url)
        for template, operation in operations(self.spec, method.lower()):
            pattern = re.sub(r"\\{([^/]+?)\\}", r"(?P<\1>[^/]+)", re.escape(template))
            found = re.fullmatch(pattern, parts.path)
            if found:
                sent = {("path", n): unquote(v) for n, v in found.groupdict().items()}
                return sent | {("query", n): v for n, v in parse_qsl(parts.query)}, operation
        raise AssertionError(f"{method} {parts.path} is no operation of the spec")

    def request_problems(self, method: str, url: str) -> list[str]:
        """What the spec would refuse of a call: each path and query value read by its parameter's
        schema (a client generated from the spec checks what it sends against it), and each query
        argument one the operation names."""
        sent, operation = self.match(method, url)
        declared = {(p["in"], p["name"]): p for p in operation.get("parameters", [])}
        found = []
        for (where, name), value in sent.items():
            parameter = declared.get((where, name))
            if parameter is None:
                found.append(f"{where} parameter {name} is not in the spec")
                continue
            found += [f"{where} parameter {name}: {p}" for p in self._value_fits(parameter["schema"], value)]
        return found

    def _value_fits(self, schema: dict[str, Any], value: str) -> list[str]:
        """A parameter's text read as its schema's type says, then checked against the schema."""
        read: Any = value
        if schema.get("type") == "integer":
            if not value.lstrip("-").isdigit():
                return [f"{value!r} is not an integer"]
            read = int(value)
        elif schema.get("type") == "boolean":
            read = {"true": True, "false": False}.get(value, value)
        return self._fits(schema, read)

    def answer(self, operation: dict[str, Any], status: int) -> dict[str, Any] | None:
        """The operation's documented answer for this status (`$ref`s to shared answers followed)."""
        found = operation["responses"].get(str(status))
        if isinstance(found, dict) and "$ref" in found:
            found = self.spec["components"]["responses"][found["$ref"].rsplit("/", 1)[1]]
        return found

    def shared(self, name: str, status: int) -> dict[str, Any]:
        """An operation of one answer: a shared one the info text names for the calls no operation is
        (`MethodNotAllowed`, `UnknownPath`: OpenAPI lists a path's methods, not the others)."""
        return {"responses": {str(status): {"$ref": f"#/components/responses/{name}"}}}

    def head(self, operation: dict[str, Any]) -> dict[str, Any]:
        """A GET's operation as the info text says its HEAD is answered: each answer's status and headers,
        with no body; a download's success is the shared 405 (`Allow: GET`) instead."""
        shared = self.spec["components"]["responses"]
        answers = dict(operation["responses"])
        if "Content-Disposition" in (self.answer(operation, 200) or {}).get("headers", {}):
            answers.pop("200")
            answers |= self.shared("MethodNotAllowed", 405)["responses"]
        answers = {s: shared[a["$ref"].rsplit("/", 1)[1]] if "$ref" in a else a for s, a in answers.items()}
        bodiless = {status: {k: v for k, v in a.items() if k != "content"} for status, a in answers.items()}
        return {**operation, "responses": bodiless}

    def problems(self, operation: dict[str, Any], response: Any) -> list[str]:
        """What is untrue of this answer, in words (empty: it is as the spec says)."""
        status = response.status_code
        answer = self.answer(operation, status)
        if answer is None:
            return [f"status {status} is not documented: {response.get_data(as_text=True)[:300]}"]
        found: list[str] = []
        content = answer.get("content", {})
        body = response.get_data()
        if not content:
            if body:
                found.append(f"{status} has a body where the spec lists none")
        elif response.mimetype not in content:
            found.append(f"{status} is {response.mimetype}; the spec lists {sorted(content)}")
        else:
            schema = content[response.mimetype].get("schema", {})
            if response.mimetype.endswith("json"):
                found += self._fits(schema, response.get_json())
            elif not body:
                found.append(f"{status} {response.mimetype} is empty")
        # A header the spec says is not always sent (`required: false`, e.g. `Retry-After` only while a
        # submission waits) may be absent; the others are promised.
        promised = {
            name for name, header in answer.get("headers", {}).items() if header.get("required", True)
        }
        missing = promised - set(response.headers.keys())
        found += [f"{status} lacks its documented header {name}" for name in sorted(missing)]
        for name, header in answer.get("headers", {}).items():
            if name in response.headers:
                found += self._header_fits(name, header.get("schema", {}), response.headers[name])
        # A header a client acts on, sent where the spec does not say so: a client generated from the
        # spec cannot know to read it (HTTP's own framing and caching headers are not the spec's to list).
        told = {name.lower() for name in answer.get("headers", {})}
        unsaid = {name for name in response.headers.keys() if name.lower() in ACTED_ON} - told
        unsaid = {name for name in unsaid if name.lower() not in told}
        found += [f"{status} sends {name}, which the spec does not list" for name in sorted(unsaid)]
        return found

    def unsent(self, operation: dict[str, Any], response: Any, absent_when: dict[str, str]) -> list[str]:
        """The headers the spec lists for this answer's status, promised or not, that it lacks, but for
        those the caller knows it may go without (`absent_when`: each header's reason, which the call does
        not meet). A header listed as `required: false` for a reason the hub never meets (the 415's
        `RateLimit-*` of a body never counted) is a client's wait for what never comes."""
        answer = self.answer(operation, response.status_code) or {}
        return [
            f"{response.status_code} lacks {name}, which the spec lists for it"
            for name in answer.get("headers", {})
            if name not in response.headers and name not in absent_when
        ]

    def _header_fits(self, name: str, schema: dict[str, Any], value: str) -> list[str]:
        """A header's value read as its schema's type says (a header is text; `integer` is its digits,
        RFC 9110's delay-seconds and the rate limit's fields), then checked against the schema."""
        read: Any = value
        if schema.get("type") == "integer":
            if not value.strip().lstrip("-").isdigit():
                return [f"header {name}: {value!r} is not an integer"]
            read = int(value)
        return [f"header {name}: {p}" for p in self._fits(schema, read)]

    def _fits(self, schema: dict[str, Any], body: Any) -> list[str]:
        # The schema beside the components, so that its `$ref`s resolve.
        validator = OAS30Validator({**closed(schema), "components": self.components})
        error = best_match(validator.iter_errors(body))
        if error is None:
            return []
        where = "/".join(str(part) for part in error.absolute_path)
        return [f"body does not fit at /{where}: {error.message[:300]}"]
