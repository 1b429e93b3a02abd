"""Adapters: municipality config files, readers, selectors, transforms and the mapping to canonical records.

Import from the submodules (`hub.adapters.registry`, `hub.adapters.mapping`, ...). This package module
imports nothing, so that importing a reader never loads the config language, and nothing reads a file.
"""
