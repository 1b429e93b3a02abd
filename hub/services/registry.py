"""The municipality adapter registry of an app: loaded and validated once, at app start."""

from __future__ import annotations

import logging
from pathlib import Path

from flask import Flask, current_app

from hub.adapters.language.company_adapter import load_company_adapter
from hub.adapters.language.config_model import CompanyAdapter
from hub.adapters.language.registry import Registry, load_registry
from hub.logsetup import Both

log = logging.getLogger(__name__)


def init_app(app: Flask, *, claim_templates: bool = True) -> None:
    """Load every municipality config and the company adapter; a broken file stops the app with every
    problem listed. `claim_templates=False`: the `[claim]`s are not checked against their template files,
    for a process that writes no claim (decision 0010, "Stop 68")."""
    directory = Path(app.config["MUNICIPALITIES_DIR"])
    loaded = app.extensions["hub.registry"] = load_registry(directory, claim_files=claim_templates)
    app.extensions["hub.company"] = load_company_adapter(Path(app.config["COMPANY_ADAPTER"]))
    for config in loaded.all():
        for n, form in enumerate(config.forms):
            if form.unfilled:
                # Not a refusal to start (one municipality's unfinished form would stop every other's),
                # but said where the operator looks, as `hub adapters check` says it.
                where = config.path.name if config.path else config.slug
                log.warning(
                    Both(
                        "%s: forms[%d] (%s): no field fills %s: every document of it will be rejected",
                        "%s: forms[%d] (%s): intet felt udfylder %s: hvert dokument af den bliver afvist",
                        where,
                        n,
                        form.id,
                        ", ".join(form.unfilled),
                    )
                )


def company_adapter() -> CompanyAdapter:
    """The current app's company adapter."""
    adapter: CompanyAdapter = current_app.extensions["hub.company"]
    return adapter


def registry() -> Registry:
    """The current app's registry."""
    loaded: Registry = current_app.extensions["hub.registry"]
    return loaded
