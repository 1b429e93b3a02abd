"""The municipalities the hub knows: every `config/municipalities/*.toml`, validated together.

`load_registry` reads every file (not `TEMPLATE.toml.example`) and reports the problems of all files
in one `ConfigError`, so that a broken deployment is fixed in one round rather than one file at a time.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from hub.adapters.language import config_da
from hub.adapters.language.config_model import MunicipalityConfig
from hub.adapters.language.config_schema import load_config_file
from hub.errors import ConfigError, NotFound
from hub.schemas.municipalities import normalise_municipality

__all__ = ["Registry", "load_registry"]


class Registry:
    """The loaded municipality configs, found by slug or code ("gladsaxe", "159", "0159")."""

    def __init__(self, configs: Iterable[MunicipalityConfig]) -> None:
        self._by_slug: dict[str, MunicipalityConfig] = {}
        self._by_code: dict[str, MunicipalityConfig] = {}
        problems = []
        for config in configs:
            where = config.path.name if config.path else config.slug
            # Both files are named, the first in order first: which one was edited cannot be told.
            if config.slug in self._by_slug:
                first = self._name(config.slug)
                problems.append(f"{first}: slug '{config.slug}' is used by both {first} and {where}")
            elif config.code in self._by_code:
                first = self._file(self._by_code[config.code])
                problems.append(f"{first}: code '{config.code}' is used by both {first} and {where}")
            else:
                self._by_slug[config.slug] = config
                self._by_code[config.code] = config
        if problems:
            raise ConfigError("\n".join(problems), "\n".join(config_da.danish(line) for line in problems))

    def _name(self, slug: str) -> str:
        return self._file(self._by_slug[slug])

    @staticmethod
    def _file(config: MunicipalityConfig) -> str:
        return config.path.name if config.path else config.slug

    def get(self, slug_or_code: str) -> MunicipalityConfig:
        """Return one municipality's config by slug or code; NotFound when the hub has none."""
        text = str(slug_or_code).strip()
        found = self._by_slug.get(text.lower())
        if found is None:
            try:
                found = self._by_code.get(normalise_municipality(text))
            except ValueError:
                found = None
        if found is None:
            raise _no_adapter(text)
        return found

    def code_of(self, slug_or_code: str) -> str:
        """The 3-digit code of a municipality the hub has a config for, however it is named ("herlev",
        "163", "0163"); anything else as given, for the caller to refuse in its own words."""
        return self.get(slug_or_code).code if slug_or_code in self else slug_or_code

    def all(self) -> tuple[MunicipalityConfig, ...]:
        """Every config, in code order."""
        return tuple(sorted(self._by_code.values(), key=lambda config: config.code))

    def __len__(self) -> int:
        return len(self._by_code)

    def __contains__(self, slug_or_code: object) -> bool:
        try:
            self.get(str(slug_or_code))
        except NotFound:
            return False
        return True


def _no_adapter(text: str) -> NotFound:
    """Why no config answers `text`: digits that are no municipality's code (`999`) are said to be
    none, rather than "no adapter for municipality '999'", which read as a municipality the hub lacks an
    adapter for; a real municipality without a config keeps that text."""
    if text.isdigit():
        try:
            normalise_municipality(text)
        except ValueError:
            return NotFound(
                f"'{text}' is not a Danish municipality code", f"'{text}' er ikke en dansk kommunekode"
            )
    return NotFound(f"no adapter for municipality '{text}'", f"ingen adapter for kommunen '{text}'")


def load_registry(directory: Path, *, claim_files: bool = True) -> Registry:
    """Load and validate every municipality config in a directory; one ConfigError lists all problems.
    A folder that is not there is a setting gone wrong (HUB_MUNICIPALITIES_DIR), not a hub without
    municipalities: it stops the start rather than reject every document later. `claim_files=False`
    does not check the `[claim]`s against their template files, for a process that writes no claim
    (`config_schema.validate_config`)."""
    if not Path(directory).is_dir():
        raise ConfigError(
            f"HUB_MUNICIPALITIES_DIR: {directory} is not a folder of municipality configs",
            f"HUB_MUNICIPALITIES_DIR: {directory} er ikke en mappe med kommunernes opsætning",
        )
    configs, problems, danish = [], [], []
    for path in sorted(Path(directory).glob("*.toml")):
        try:
            configs.append(load_config_file(path, claim_files=claim_files))
        except ConfigError as exc:
            problems.append(exc.message)
            danish.append(exc.message_da)
    try:
        registry = Registry(configs)
    except ConfigError as exc:
        problems.append(exc.message)
        danish.append(exc.message_da)
    if problems:
        raise ConfigError("\n".join(problems), "\n".join(danish))
    return registry
