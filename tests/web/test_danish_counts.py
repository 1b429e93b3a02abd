"""Counts in page sentences are written as the page's language reads them: `1.234 fejl` on a Danish page,
`1,234 problems` on an English one (`%(num)d` wrote `1234` in both). Decision 0062, "Stop 44: numbers as
a Dane reads them"."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from conftest import make_app
from flask import render_template_string, session


def _both(tmp_path: Path, template: str, **context: object) -> tuple[str, str]:
    app = make_app(tmp_path)
    # The summary's count is under test, not each problem's line (which needs a stored submission).
    app.jinja_env.filters["problem_text"] = lambda problem, sent=None: problem["reason_da"]
    with app.test_request_context("/"):  # Danish, the default
        danish = render_template_string(template, **context)
    with app.test_request_context("/"):
        session["lang"] = "en"
        english = render_template_string(template, **context)
    return danish, english


def test_a_sent_files_many_problems_are_counted_with_grouped_thousands(tmp_path: Path) -> None:
    sent = SimpleNamespace(problems=[{"reason_en": "bad", "reason_da": "forkert"}] * 1234)
    danish, english = _both(tmp_path, '{% set s = sent %}{% include "_problems.html" %}', sent=sent)
    assert "<summary>1.234 fejl</summary>" in danish
    assert "<summary>1,234 problems</summary>" in english


def test_the_submissions_to_queue_again_are_counted_with_grouped_thousands(tmp_path: Path) -> None:
    # The line as jobs.html says it: the catalogue's Danish takes the formatted count.
    line = (
        '{{ ngettext("%(num)s submission will be queued again: received, failed, or stuck as above.",'
        ' "%(num)s submissions will be queued again: received, failed, or stuck as above.", n,'
        " num=n | count) }}"
    )
    danish, english = _both(tmp_path, line, n=25000)
    assert danish.startswith("25.000 indsendelser bliver sat i kø igen: ")
    assert english.startswith("25,000 submissions will be queued again")
