"""The JSON API: flask-smorest blueprints on the canonical marshmallow schemas, one error shape, OpenAPI 3.

The spec is at `/api/openapi.json`, the docs at `/api/docs`. Every view is marked with its permission
(`hub.web.guard.requires`) and reads through `hub.services.scope`, like the pages.
"""

from __future__ import annotations

from flask import Flask
from flask_smorest import Api

from hub.api import (
    agreements,
    audit,
    conditional,
    docs,
    limits,
    negotiation,
    outbound,
    placements,
    problem_pages,
    submissions,
)
from hub.api.limits import RATE_HEADERS_IF_COUNTED
from hub.api.problem_shapes import ErrorShape
from hub.api.security_schemes import TOKEN_EXPIRES_HEADER
from hub.api.spec import spec_options
from hub.api.spec_operations import ErrorAnswers, as_problem

# What an answer of no status of the operation's own is: the hub's own failures, by kind.
DEFAULT_ERROR = (
    "An error of the hub's, not the request's: `internal_error` (500, unexpected; it has been logged) or "
    "`config_error` (500, a setting of the hub's is wrong; tell the hub's operator), as problem details"
)


class HubApi(Api):
    """flask-smorest's Api with the hub's one error shape.

    flask-smorest installs its own handler for HTTP errors, with another shape and without the `Allow`
    header of a 405; `hub.web.errors` renders every error instead, so this installs none.
    """

    ERROR_SCHEMA = ErrorShape

    def _register_error_handlers(self) -> None:
        """Leave error rendering to `hub.web.errors`."""

    def _register_responses(self) -> None:
        """flask-smorest's answers by status (`UNPROCESSABLE_ENTITY`, `DEFAULT_ERROR`…), as problem
        details under both media types an error may come as (`hub.api.spec_answers.error_content`)."""
        super()._register_responses()
        components = self.spec.components
        for answer in (*components.responses_lazy.values(), *components.responses.values()):
            as_problem(answer)
        for answers in (components.responses_lazy, components.responses):
            for name, answer in answers.items():
                # flask-smorest's own (the hub's: `spec_answers.told_of_expiry`) may go to a token in its
                # last month.
                answer.setdefault("headers", {}).update(TOKEN_EXPIRES_HEADER)
                if name == "UNPROCESSABLE_ENTITY":  # refused in the view, after the limit counted it
                    answer["headers"].update(RATE_HEADERS_IF_COUNTED)
                if name == "DEFAULT_ERROR":
                    answer["description"] = DEFAULT_ERROR

    def _register_pagination_header(self) -> None:
        """Leave out flask-smorest's `X-Pagination` header and its `PaginationMetadata` schema: the hub
        pages with the body's `page`, `per_page`, `total` and the `Link` header (decision 0016), and a
        schema nothing sends made readers of the spec look for a header that never comes."""


api = HubApi()
SETTINGS = {
    "API_TITLE": "The hub",
    "API_VERSION": "1",
    "OPENAPI_VERSION": "3.0.3",
    "OPENAPI_URL_PREFIX": "/api",
    "OPENAPI_JSON_PATH": "openapi.json",
    "OPENAPI_SWAGGER_UI_PATH": "docs",
    "OPENAPI_SWAGGER_UI_URL": docs.URL,
    # Swagger UI would otherwise send the spec to validator.swagger.io: nothing leaves the machine.
    "OPENAPI_SWAGGER_UI_CONFIG": {"validatorUrl": None},
}
BLUEPRINTS = (agreements.blp, submissions.blp, placements.blp, outbound.blp, audit.blp)


def init_app(app: Flask) -> None:
    """Register the API's blueprints and its spec."""
    for key, value in SETTINGS.items():
        app.config.setdefault(key, value)
    sections = [(b.name, b.description) for b in BLUEPRINTS]
    app.config.setdefault("API_SPEC_OPTIONS", spec_options(sections, app.config["SESSION_COOKIE_NAME"]))
    api.init_app(app, spec_kwargs={"extra_plugins": [ErrorAnswers(app)]})
    app.register_blueprint(docs.bp)
    app.register_blueprint(problem_pages.bp)
    for blueprint in BLUEPRINTS:
        api.register_blueprint(blueprint)
    limits.init_app(app)
    conditional.init_app(app, {blueprint.name for blueprint in BLUEPRINTS})
    negotiation.init_app(app, {blueprint.name for blueprint in BLUEPRINTS}, api.spec.to_dict)
