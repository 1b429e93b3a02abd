"""schemathesis against the API's own spec, in-process, as every role on a copy of the lived demo.

Each operation gets a few generated requests (bounded: the suite stays fast), sent once per role with
that role's bearer token. Checked: no 5xx, and every response conforms to the schema the spec gives
for its status (errors to the one error shape). Left out: `positive_data_acceptance`, which expects
every schema-valid request to succeed; CPR, CVR and period rules and the parties' scopes are not
expressible in OpenAPI, so a 404 or 422 for a well-formed request is the right answer here.
"""

from __future__ import annotations

from typing import Any

import pytest
from accounts import bearer
from api_support import OWN_USER
from flask import Flask
from hypothesis import HealthCheck, given, settings
from page_support import demo_copy_fixture

# schemathesis is imported by this file's fixture and test alone, and its pytest plugin is not loaded
# (pyproject's `-p no:schemathesis`): every xdist process collects this file, one runs it (0058, stop 72).
EXAMPLES = 6  # per operation; each is sent as all five roles
QUIET = list(HealthCheck)  # slow data and big examples are expected: some answers are whole files


fuzz_app = demo_copy_fixture("api-fuzz", name="fuzz_app")


@pytest.fixture(scope="module")
def tokens(fuzz_app: Flask) -> dict[str, dict[str, str]]:
    """An Authorization header for one user of each role."""
    return {role: bearer(fuzz_app, user) for role, user in OWN_USER.items()}


@pytest.fixture(scope="module")
def api_schema(fuzz_app: Flask) -> Any:
    """The spec as the app serves it."""
    import schemathesis  # noqa: PLC0415 - only this file's run needs it, not every process' collection

    return schemathesis.openapi.from_wsgi("/api/openapi.json", fuzz_app)


def test_no_5xx_and_every_response_fits_its_schema(
    api_schema: Any, tokens: dict[str, dict[str, str]]
) -> None:
    """Every role's answer to generated requests for every operation: never a server error, always its
    documented shape. Operations are run one by one so that one failure names its operation."""
    from schemathesis.checks import not_a_server_error  # noqa: PLC0415 - as `api_schema`'s import
    from schemathesis.specs.openapi.checks import response_schema_conformance  # noqa: PLC0415

    checks = [not_a_server_error, response_schema_conformance]
    failures: list[str] = []
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 15
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        def run(case: Any) -> None:
            for headers in tokens.values():
                case.call_and_validate(headers=headers, checks=checks)

        try:
            run()
        except Exception as exc:  # noqa: BLE001 - collect every operation's failure, then report them all
            failures.append(f"{operation.label}: {exc}")
    assert failures == [], "\n\n".join(failures)
