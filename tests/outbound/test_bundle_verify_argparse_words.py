"""What stop 64's walk (walk-88) left: the bundle's `verify.py --help` said its own lines in Danish and
English, and argparse's words ("usage:", "options:", "show this help message and exit", the error line)
in English alone. They are said in both languages now, on the oldest Python the README promises (3.9,
where argparse says "optional arguments") and on the hub's own."""

from __future__ import annotations

import argparse
import glob
import subprocess
import sys
from pathlib import Path

import pytest

from hub.exports import bundle_files, bundle_verify


def _python(version: str) -> str:
    """The hub's own Python, or pyenv's (or the PATH's) 3.9, the oldest the README promises."""
    if version == "hub":
        return sys.executable
    found = [*sorted(glob.glob(str(Path.home() / ".pyenv/versions/3.9*/bin/python3.9"))), "python3.9"]
    for python in found:
        try:
            subprocess.run([python, "--version"], capture_output=True, check=True, timeout=60)
        except (OSError, subprocess.CalledProcessError):
            continue
        return python
    pytest.skip("no Python 3.9 on this machine")


def _run(tmp_path: Path, version: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "verify.py"
    script.write_text(bundle_files.verifier_source())
    return subprocess.run(
        [_python(version), "-I", "-S", str(script), *arguments],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


@pytest.mark.parametrize("version", ["hub", "3.9"])
def test_help_says_argparses_words_in_both_languages(tmp_path: Path, version: str) -> None:
    done = _run(tmp_path, version, "--help")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("brug / usage: verify.py [-h]")
    assert "positionelle argumenter / positional arguments:" in lines
    # 3.9's argparse calls the options "optional arguments", 3.10's and later "options".
    options = "tilvalg / optional arguments:" if version == "3.9" else "tilvalg / options:"
    assert options in lines
    help_text = " ".join(done.stdout.split())
    assert "-h, --help vis denne hjælp og afslut / show this help message and exit" in help_text


@pytest.mark.parametrize("version", ["hub", "3.9"])
@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (
            ["bundle.zip", "--nonsense"],
            "verify.py: fejl / error: ukendte argumenter / unrecognized arguments: --nonsense",
        ),
        (
            [],
            "verify.py: fejl / error: disse argumenter mangler / "
            "the following arguments are required: bundle",
        ),
        (
            ["bundle.zip", "--key"],
            "verify.py: fejl / error: argument --key: kræver en værdi / expected one argument",
        ),
        (
            ["bundle.zip", "--p", "x"],
            "verify.py: fejl / error: flertydigt tilvalg: --p kan være --period, --proof / "
            "ambiguous option: --p could match --period, --proof",
        ),
    ],
)
def test_a_wrong_command_line_is_refused_in_both_languages(
    tmp_path: Path, version: str, arguments: list[str], said: str
) -> None:
    done = _run(tmp_path, version, *arguments)
    assert done.returncode == 2, done.stdout + done.stderr
    lines = done.stderr.splitlines()
    assert lines[0].startswith("brug / usage: verify.py [-h]")
    assert lines[-1] == said
    assert done.stdout == ""


def test_the_hubs_own_argparse_is_left_in_english() -> None:
    # The hub imports bundle_verify: its words are argparse's only while verify.py's parser runs.
    with pytest.raises(SystemExit):
        bundle_verify.main(["verify.py", "--nonsense"])
    assert argparse.ArgumentParser(prog="other").format_usage() == "usage: other [-h]\n"
