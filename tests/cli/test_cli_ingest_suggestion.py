"""`hub ingest` says whose form a file looks like as a suggestion, not a fault (stop 63, fixes-77): the
upload page and its list say it apart, "Forslag: …", after the faults it counts (stop 62, walk-77); the
command said it on an `error:` and a `fejl:` line like the faults, as if the file had a second one."""

from __future__ import annotations

from typing import Any

from conftest import ROOT

# Gladsaxe's placement agreement (a PDF) sent as Herlev, who sends CSV only and, a partner, may not send
# Gladsaxe's forms (stop 64, page-90: the suggestion says whose job centre sends it).
GLADSAXE_PDF = ROOT / "tests" / "golden" / "gladsaxe" / "placement_kontanthjaelp.pdf"


def test_whose_form_a_file_looks_like_is_said_as_a_suggestion(runner: Any) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    result = runner.invoke(args=["ingest", str(GLADSAXE_PDF), "-m", "herlev"])
    # Rejected: the one fault is still the file's (Herlev sends no PDF), so the exit code is rejection's.
    assert result.exit_code == 2, result.output
    lines = [line.strip() for line in result.output.splitlines()]
    faults = [line for line in lines if line.startswith(("error:", "fejl:"))]
    suggestions = [line for line in lines if line.startswith(("suggestion:", "forslag:"))]
    assert [line.split(":")[0] for line in faults] == ["error", "fejl"], result.output
    assert "not a form Herlev Kommune sends" in faults[0] and "ikke en blanket fra Herlev" in faults[1]
    assert not any("Gladsaxe" in line for line in faults), result.output
    assert suggestions == [
        "suggestion: placement_kontanthjaelp.pdf: it looks like Gladsaxe Kommune's form"
        " 'Aftale om virksomhedspraktik (VP-01)': if it is theirs, it is for the job centre of Gladsaxe"
        " Kommune to send",
        "forslag: placement_kontanthjaelp.pdf: den ligner Gladsaxe Kommunes blanket"
        " 'Aftale om virksomhedspraktik (VP-01)': er den deres, skal jobcentret i Gladsaxe Kommune sende den",
    ], result.output
    # Said after the faults, as the page says it.
    assert lines.index(suggestions[0]) > lines.index(faults[-1])
