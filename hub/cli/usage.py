"""Click's own errors (a missing argument, an unknown option, a value of the wrong kind) and its "Aborted!"
in Danish too.

Click says them in English only ("Error: Missing option '--period'."); every other error of `hub` is a
line in each language (README, "The `hub` command"). Click's English line is kept as it is, with its
usage and hint, and a Danish line follows it, naming the same parameter and the command's `--help`.
"""

from __future__ import annotations

import re
from typing import IO, Any

import click

from hub import interrupts


def _danish(exc: click.ClickException) -> str:
    """What went wrong, in Danish, for the kinds of error click raises while reading a command line."""
    ctx = getattr(exc, "ctx", None)
    helping = f"; se '{ctx.command_path} --help'" if ctx is not None else ""
    if isinstance(exc, click.MissingParameter):
        what = _param(exc, ctx)
        return f"{what} mangler{helping}" if what else f"der mangler noget på kommandolinjen{helping}"
    if isinstance(exc, click.NoSuchOption):
        return f"tilvalget {exc.option_name} findes ikke{helping}"
    if isinstance(exc, click.BadParameter):
        what = _param(exc, ctx)
        return f"ugyldig værdi for {what or 'et argument'} (se ovenfor){helping}"
    if isinstance(exc, click.UsageError):
        unknown = re.match(r"No such command '(.*)'", exc.message)
        if unknown:
            return f"kommandoen '{unknown.group(1)}' findes ikke{helping}"
        return f"kommandolinjen kan ikke bruges (se ovenfor){helping}"
    return f"{exc.format_message()} (se ovenfor)"


def _param(exc: click.MissingParameter | click.BadParameter, ctx: click.Context | None) -> str:
    """The parameter as click's English line names it (`'--period'`, `'MUNICIPALITY'`), or ""."""
    if exc.param_hint is not None:
        hint = exc.param_hint
        return " / ".join(f"'{h}'" for h in hint) if isinstance(hint, list | tuple) else str(hint)
    if exc.param is not None:
        return exc.param.get_error_hint(ctx) if ctx is not None else str(exc.param.name)
    return ""


class InBothLanguages(click.ClickException):
    """Click's error as click shows it, then the same in Danish (`fejl:`), with click's exit code."""

    exit_code = 2  # click's for a usage error; a wrapped error of another code keeps its own

    def __init__(self, inner: click.ClickException) -> None:
        super().__init__(inner.message)
        self.inner = inner
        # Not assignable through the instance (a class variable to mypy): set as click itself would read it.
        vars(self)["exit_code"] = inner.exit_code

    def show(self, file: IO[Any] | None = None) -> None:
        """Click's English, then one Danish line, on standard error."""
        self.inner.show(file)
        click.echo(f"fejl: {_danish(self.inner)}", file=file, err=True)


# `hub` or `hub audit` alone: click shows the help (exit 2), which is no error to say in Danish.
NO_ARGS_IS_HELP = getattr(click.exceptions, "NoArgsIsHelpError", ())


def in_both_languages(exc: click.ClickException) -> click.ClickException:
    """`exc` wrapped to be shown in Danish too (once: an error already wrapped, or the help shown for
    a group named without a command, is returned as it is)."""
    if isinstance(exc, InBothLanguages | NO_ARGS_IS_HELP):
        return exc
    return InBothLanguages(exc)


def by_ctrl_c(exc: BaseException) -> bool:
    """Whether `exc` is Ctrl-C, or click's Abort made of one: click's `prompt` and `confirm` raise
    `Abort() from None` for Ctrl-C and end of input alike, and only the exception it was raised while
    handling (kept as its context) tells them apart."""
    if isinstance(exc, click.Abort):
        exc = exc.__cause__ or exc.__context__ or exc
    return isinstance(exc, KeyboardInterrupt)


def aborted() -> click.exceptions.Exit:
    """Click's "Aborted!" (end of input, or a question answered no), then the same in Danish, on standard
    error; the exit code stays click's 1."""
    click.echo("Aborted!", err=True)
    click.echo("Afbrudt!", err=True)
    return click.exceptions.Exit(1)


# Said when the command stopped by Ctrl-C does not say more itself: every command writes in transactions
# (and files under a temporary name), so what it had finished is kept and what was under way is not.
STOPPED = (
    "Interrupted (Ctrl-C): what the command had finished is kept; what it was doing is not written",
    "Afbrudt (Ctrl-C): det, kommandoen havde gjort færdigt, er gemt;"
    " det, den var i gang med, er ikke skrevet",
)


def interrupted(english: str = STOPPED[0], danish: str = STOPPED[1]) -> click.exceptions.Exit:
    """Ctrl-C: a line ends first (the terminal's `^C` is on it), then what was kept and what was not, in
    English and Danish, on standard error; exit 130 (128 + SIGINT, as a shell reports it). Stopped by
    SIGTERM instead (`interrupts.stopped_by`): the same lines in its own words, exit 143 (128 + SIGTERM)."""
    signum = interrupts.stopped_by()
    english, danish = interrupts.worded(english, danish, signum)
    click.echo(err=True)
    click.echo(english, err=True)
    click.echo(danish, err=True)
    return click.exceptions.Exit(128 + int(signum))
