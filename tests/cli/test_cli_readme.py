"""README's command table names every command and every option each one's `--help` lists."""

from __future__ import annotations

import re
from collections.abc import Iterator

import click
from conftest import ROOT

from hub.cli import cli
from hub.cli.group import EXTENSION_COMMANDS


def _commands(group: click.Group, path: str) -> Iterator[tuple[str, click.Command]]:
    # The commands the hub adds itself (`list_commands` would load the app for Flask's plugins).
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            yield from _commands(command, f"{path} {name}")
        else:
            yield f"{path} {name}", command


def _rows() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The `hub` command", 1)[1].split("\n## ", 1)[0]
    return [line for line in section.splitlines() if line.startswith("| `hub ")]


def test_every_command_and_option_is_in_the_readme() -> None:
    rows = _rows()
    missing = []
    for path, command in _commands(cli, "hub"):
        if path.split()[1] in EXTENSION_COMMANDS:
            continue
        # Its rows: those whose command cell starts with its name (`hub ingest` has two).
        mine = [row for row in rows if re.match(rf"\| `{re.escape(path)}( |`)", row)]
        if not mine:
            missing.append(path)
            continue
        for option in command.params:
            if isinstance(option, click.Option) and not any(o in row for o in option.opts for row in mine):
                missing.append(f"{path} {option.opts[0]}")
    assert missing == []
