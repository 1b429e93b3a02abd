"""Pages of a long list on a page for people: `?page=N`, with links to the pages beside.

A page of several lists (the dashboards) pages each by an argument of its own (`?ending_page=2`), kept
in every pager's links, so that paging one list leaves the others where they were; its links lead back
to the list (`#ending`) rather than the top of the page.

A page number that is not one (`?page=x`, `0`) is page 1, and one past the end is the last page: a link
kept from when the list was longer still shows something, rather than an error or an empty table.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from flask import request, url_for
from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from hub.models import Submission
from hub.services.submission_status import page_of


@dataclass(frozen=True)
class Pager:
    """Where one page lies in a list of `total` items shown `per_page` at a time."""

    page: int
    per_page: int
    total: int
    name: str = "page"  # the URL argument
    list_id: str = (
        "recent"  # the list's element: the pager names it, and a link of a list of several lands on it
    )
    newest_first: bool = True  # "Newer"/"Older" beside the pages, else "Previous"/"Next"
    # Arguments every page's link carries beside the request's: what holds a list still between pages
    # (the audit log's `until_id`: each read of it is a new entry, review-115)
    pinned: tuple[tuple[str, Any], ...] = ()

    @property
    def pages(self) -> int:
        """How many pages the list has (at least one, empty or not)."""
        return max(1, -(-self.total // self.per_page))

    @property
    def first(self) -> int:
        """The 1-based position of this page's first item (0 when the list is empty)."""
        return min((self.page - 1) * self.per_page + 1, self.total)

    @property
    def last(self) -> int:
        """The 1-based position of this page's last item."""
        return min(self.page * self.per_page, self.total)

    def url(self, page: int) -> str:
        """This view again, with every argument it was asked with, at another page."""
        args: dict[str, Any] = {
            **(request.view_args or {}),
            **request.args.to_dict(),
            **dict(self.pinned),
            self.name: page,
        }
        anchor = None if self.name == "page" else f"{self.list_id}-heading"
        return url_for(str(request.endpoint), _anchor=anchor, **args)


# No list has a millionth page; a number past it is taken as this one (and so as the last page, by
# `within`): `?page=99999999999999999999999` put an OFFSET into SQL that SQLite cannot hold (a 500, stop 51).
MOST_PAGES = 1_000_000


def requested_page(name: str = "page") -> int:
    """The page the request asks for in the argument `name`: a whole number from 1 (at most
    `MOST_PAGES`), else 1."""
    text = request.args.get(name, "")
    # ASCII digits only: `isdigit` is true of "²", which `int` cannot read (a 500 for `?page=²`).
    return min(int(text), MOST_PAGES) if text.isascii() and text.isdigit() and int(text) > 0 else 1


def within(page: int, per_page: int, total: int, **where: Any) -> Pager:
    """The pager for `page`, moved back to the last page when the list has fewer (`where`: the pager's
    `name`, `list_id` and `newest_first`)."""
    pager = Pager(page, per_page, total, **where)
    return pager if page <= pager.pages else replace(pager, page=pager.pages)


def submissions_page(
    session: Session, clause: ColumnElement[bool], per_page: int
) -> tuple[list[Submission], Pager]:
    """The requested page of the submissions matching `clause`, newest first, and its pager."""
    page = requested_page()
    rows, total = page_of(session, clause, page, per_page)
    pager = within(page, per_page, total)
    if pager.page != page:
        rows, total = page_of(session, clause, pager.page, per_page)
    return rows, pager
