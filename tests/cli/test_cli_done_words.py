"""What a command says when it did its work, or why it would not start, in English and Danish (stop 47):
`hub users`, `hub tokens`, `hub dashboard rebuild`, `hub demo`, `hub validate`, `hub serve`, `hub worker`,
`hub reprocess` and `hub adapters suggest` said some lines in English only. One line, English then
Danish (as `hub ingest` and `hub requeue` say theirs); a refusal as `error:` then `fejl:`, exit 2."""

from __future__ import annotations

import errno
import json
import os
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import time_machine
from conftest import ROOT

from hub.cli import demo as demo_command
from hub.cli import serve as serve_command


def _refused(result: Any, error: str, fejl: str) -> None:
    """Refused as bad input: exit 2, and these two lines alone, English then Danish."""
    assert result.exit_code == 2, result.output
    assert result.output.splitlines() == [error, fejl]


def _add(runner: Any, name: str, *party: str) -> Any:
    return runner.invoke(args=["users", "add", name, *party, "--no-password"])


def test_a_user_added_is_said_with_its_role_and_party_in_both_languages(runner: Any) -> None:
    added = _add(runner, "sagsbeh", "--role", "lead", "--municipality", "159")
    assert added.exit_code == 0, added.output
    # The role as --role takes it in English; by its Danish name (a lead job centre: "tovholder") in Danish.
    assert (
        added.output == "added sagsbeh (lead, municipality 159) / tilføjet sagsbeh (tovholder, kommune 159)\n"
    )
    company = _add(runner, "falck", "--role", "company", "--cvr", "22222228")
    assert company.output == (
        "added falck (company, company 22222228) / tilføjet falck (virksomhed, virksomhed 22222228)\n"
    )
    auditor = _add(runner, "revisor", "--role", "auditor", "--audit", "151:2026-07-01..2026-12-31")
    assert auditor.output == (
        "added revisor (auditor, auditor of 151 2026-07-01..2026-12-31)"
        " / tilføjet revisor (revisor, revisor for 151 2026-07-01..2026-12-31)\n"
    )


def test_a_password_changed_and_a_user_deactivated_are_said_in_both_languages(runner: Any) -> None:
    assert _add(runner, "sagsbeh", "--role", "municipality", "--municipality", "163").exit_code == 0
    changed = runner.invoke(args=["users", "passwd", "sagsbeh", "--password-stdin"], input="long secret 1\n")
    assert changed.exit_code == 0, changed.output
    assert changed.output == "password changed for sagsbeh / adgangskoden er skiftet for sagsbeh\n"
    deactivated = runner.invoke(args=["users", "deactivate", "sagsbeh"])
    assert deactivated.exit_code == 0, deactivated.output
    assert deactivated.output == "deactivated sagsbeh / deaktiveret sagsbeh\n"


def test_the_demo_users_are_introduced_in_both_languages(runner: Any) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    made = runner.invoke(args=["users", "demo"])
    assert made.exit_code == 0, made.output
    assert made.output.splitlines()[0] == "demo users (password: demo) / demobrugere (adgangskode: demo):"


def test_a_token_issued_and_revoked_is_said_in_both_languages(runner: Any) -> None:
    assert _add(runner, "it-herlev", "--role", "municipality", "--municipality", "163").exit_code == 0
    # 30 days from noon UTC on 1 March 2027: 31 March at 14:00 Danish summer time (from 28 March).
    with time_machine.travel(datetime(2027, 3, 1, 12, 0, tzinfo=UTC), tick=False):
        issued = runner.invoke(args=["tokens", "issue", "it-herlev", "Sagssystem", "--days", "30"])
    assert issued.exit_code == 0, issued.output
    # Said on standard error: standard output is the token alone, for a script to keep.
    assert issued.stderr == (
        "token 1 for it-herlev (Sagssystem), expires 2027-03-31 14:00, shown this once: keep it now"
        " / nøgle 1 til it-herlev (Sagssystem), udløber 2027-03-31 14:00, vises kun denne ene gang:"
        " gem den nu\n"
    )
    assert issued.stdout.startswith("hub_")
    revoked = runner.invoke(args=["tokens", "revoke", "1"])
    assert revoked.exit_code == 0, revoked.output
    assert revoked.output == (
        "revoked token 1 (Sagssystem) of it-herlev / tilbagekaldt nøgle 1 (Sagssystem) fra it-herlev\n"
    )


def test_a_dashboard_rebuilt_counts_its_placements_in_both_languages(runner: Any) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    rebuilt = runner.invoke(args=["dashboard", "rebuild", "danfoss"])
    assert rebuilt.exit_code == 0, rebuilt.output
    # Nothing ingested: no placement, and zero takes the plural in both languages.
    assert rebuilt.output == "danfoss: 0 placements summarised / 0 praktikker opsummeret\n"


def test_the_demos_outcome_is_counted_in_both_languages() -> None:
    # Each count grouped as its language groups it, each status in its language's word (`ingest_lines`).
    line = demo_command._outcome_line(Counter(accepted=1200, rejected=1))
    assert line == "demo forms: 1,200 accepted, 1 rejected / demoens blanketter: 1.200 godkendt, 1 afvist"


def test_a_valid_record_is_counted_in_both_languages(runner: Any, tmp_path: Path) -> None:
    record = json.loads((ROOT / "tests" / "golden" / "herlev" / "placement.expected.json").read_text())
    path = tmp_path / "one.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    result = runner.invoke(args=["validate", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output == f"{path}: 1 valid record / 1 gyldig post\n"


def test_serve_says_where_the_hub_is_in_both_languages(runner: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    class Server:  # waitress's server, which here returns as at once as if stopped
        def run(self) -> None:
            return None

    monkeypatch.setattr(serve_command, "create_server", lambda *args, **kwargs: Server())
    result = runner.invoke(args=["serve", "--port", "5077"])
    lines = result.output.splitlines()
    assert lines[0] == "the hub is at http://127.0.0.1:5077/ / hubben er på http://127.0.0.1:5077/"


def test_a_worker_without_redis_is_refused_in_both_languages(runner: Any) -> None:
    result = runner.invoke(args=["worker"])  # the tests' app has no HUB_REDIS_URL
    _refused(
        result,
        "error: HUB_REDIS_URL is not set: the embedded queue lives inside `hub serve`, which works it;"
        " set HUB_REDIS_URL to run hub worker processes of their own",
        "fejl: HUB_REDIS_URL er ikke sat: den indbyggede kø findes i `hub serve`, som selv udfører den;"
        " sæt HUB_REDIS_URL for at køre hub worker som selvstændige processer",
    )


def test_reprocess_without_whose_documents_says_what_to_give(runner: Any) -> None:
    # Was click's usage error, whose Danish line said only "the command line cannot be used".
    result = runner.invoke(args=["reprocess", "--dry-run"])
    _refused(
        result,
        "error: say whose documents to re-map: --municipality SLUG or --company (one of them)",
        "fejl: angiv, hvis dokumenter der skal omsættes igen:"
        " --municipality SLUG eller --company (én af dem)",
    )


def test_suggest_for_a_missing_file_says_so_in_danish_too(runner: Any, tmp_path: Path) -> None:
    missing = tmp_path / "ny-blanket.pdf"
    result = runner.invoke(args=["adapters", "suggest", str(missing)])
    # The system's "No such file or directory" stood in the Danish line too; the English keeps it.
    _refused(
        result,
        f"error: {missing}: cannot read the file: No such file or directory",
        f"fejl: {missing}: filen kan ikke læses: stien findes ikke",
    )


LOOP = os.strerror(errno.ELOOP)  # "Too many levels of symbolic links"


@pytest.mark.parametrize(
    ("errno_", "english", "danish"),
    [
        (errno.EACCES, "Permission denied", "ingen adgang"),
        (errno.ENOSPC, "No space left on device", "disken er fuld"),
        # A reason the hub has no Danish for is quoted as the system's words, not passed off as Danish.
        (
            errno.ELOOP,
            "Too many levels of symbolic links",
            "styresystemets ord: Too many levels of symbolic links",
        ),
    ],
)
def test_the_systems_reason_is_said_in_danish_in_the_danish_line(
    runner: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, errno_: int, english: str, danish: str
) -> None:
    # Root reads any file, so an unreadable one is made by the reader refusing it.
    path = tmp_path / "skema.csv"
    path.write_text("Navn;CPR\n", encoding="utf-8")
    real = Path.read_bytes

    def refused(self: Path) -> bytes:
        if self == path:
            raise OSError(errno_, os.strerror(errno_), str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refused)
    suggested = runner.invoke(args=["adapters", "suggest", str(path)])
    _refused(
        suggested,
        f"error: {path}: cannot read the file: {english}",
        f"fejl: {path}: filen kan ikke læses: {danish}",
    )
    ingested = runner.invoke(args=["ingest", "-m", "herlev", str(path)])
    assert ingested.exit_code == 2, ingested.output
    assert f"  error: {path}: cannot be read ({english})" in ingested.output.splitlines()
    assert f"  fejl: {path}: kan ikke læses ({danish})" in ingested.output.splitlines()


def test_a_checkpoint_that_cannot_be_written_says_why_in_danish(runner: Any, tmp_path: Path) -> None:
    out = tmp_path / "not-a-folder"
    out.write_text("", encoding="utf-8")
    result = runner.invoke(args=["audit", "checkpoint", "--out", str(out / "cp.txt")])
    _refused(
        result,
        # Its folder would be made where a file is: the system says "File exists".
        f"error: {out / 'cp.txt'}: cannot write: File exists",
        f"fejl: {out / 'cp.txt'}: kan ikke skrives: en fil af samme navn står i vejen",
    )


def _refusing(monkeypatch: pytest.MonkeyPatch, exc: Exception) -> None:
    """waitress's `create_server` refusing as it does: in this process, not on a real socket, which
    waitress leaves open when it refuses (a ResourceWarning a later test would be blamed for)."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise exc

    monkeypatch.setattr(serve_command, "create_server", refuse)


def test_serve_on_a_host_that_is_not_this_machines_says_what_to_give(
    runner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # waitress refuses a name it cannot resolve with a ValueError: was "unexpected ValueError", exit 1.
    _refusing(monkeypatch, ValueError("Invalid host/port specified."))
    result = runner.invoke(args=["serve", "--host", "ingen.invalid", "--port", "5077"])
    _refused(
        result,
        "error: cannot listen on ingen.invalid:5077: ingen.invalid is no address of this machine; give --host"
        " one that is (127.0.0.1 for this machine alone, 0.0.0.0 for every network)",
        "fejl: kan ikke lytte på ingen.invalid:5077: ingen.invalid er ikke en adresse på denne maskine; angiv"
        " en, der er, med --host (127.0.0.1 for kun denne maskine, 0.0.0.0 for alle netværk)",
    )


def test_serve_on_a_port_in_use_says_so_in_danish(runner: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _refusing(monkeypatch, OSError(errno.EADDRINUSE, os.strerror(errno.EADDRINUSE)))
    result = runner.invoke(args=["serve", "--port", "5077"])
    # The system's "Address already in use" stood in the Danish line.
    _refused(
        result,
        "error: cannot listen on 127.0.0.1:5077 (Address already in use): is another hub running there?"
        " Give --port another port",
        "fejl: kan ikke lytte på 127.0.0.1:5077 (adressen er allerede i brug): kører der allerede en hub?"
        " Angiv en anden port med --port",
    )


def test_a_user_without_tokens_is_told_so_beside_the_empty_table(runner: Any) -> None:
    assert _add(runner, "sagsbeh", "--role", "lead", "--municipality", "159").exit_code == 0
    listed = runner.invoke(args=["tokens", "list", "sagsbeh"])
    assert listed.exit_code == 0, listed.output
    # Standard output is the table, empty for a script; the person is told why nothing is in it.
    assert listed.stdout == ""
    assert listed.stderr == "no tokens for sagsbeh / ingen nøgler til sagsbeh\n"
