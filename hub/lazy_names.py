"""A package whose names are imported on first use (PEP 562): a package that re-exports its modules'
names imported every one of them with itself, and a process that needed one light module of it (the
readers' `base`, the schemas' `field_names`) paid for all (decision 0058, "Stop 57: import-65")."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(package: str, names: Mapping[str, str]) -> Callable[[str], Any]:
    """The module-level `__getattr__` of `package`: each of `names` taken from its submodule (named
    relative to the package) when first asked for; a submodule's own name, that submodule."""

    def __getattr__(name: str) -> Any:
        module = names.get(name)
        if module is not None:
            return getattr(importlib.import_module(f"{package}.{module}"), name)
        # A submodule the package imported eagerly once (`readers.pdf`, `schemas.records`), still
        # reached as an attribute of the package.
        if importlib.util.find_spec(f"{package}.{name}") is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return importlib.import_module(f"{package}.{name}")

    return __getattr__


def is_loaded_instance(value: object, module: str, name: str) -> bool:
    """Whether `value` is an instance of class `name` of `module`, without importing `module`: a class
    of a module no one imported has no instances (a `RedisError` where nothing imported redis). An
    `except` clause naming the class would import it, and all its package, at every start."""
    loaded = sys.modules.get(module)
    cls = getattr(loaded, name, None) if loaded is not None else None
    return isinstance(cls, type) and isinstance(value, cls)
