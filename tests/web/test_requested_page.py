"""A page number in the address is a whole number from 1, or the first page: never a 500.

`str.isdigit` is true of superscripts ("²") and other digits `int` cannot read, which raised a
ValueError (a traceback page) for `?page=²`.
"""

from __future__ import annotations

import pytest
from flask import Flask

from hub.web.paging import requested_page


@pytest.mark.parametrize(
    ("query", "page"),
    [("page=3", 3), ("page=²", 1), ("page=0", 1), ("page=-2", 1), ("page=x", 1), ("", 1), ("page=³2", 1)],
)
def test_a_page_argument_is_a_whole_number_from_one_or_the_first_page(query: str, page: int) -> None:
    with Flask(__name__).test_request_context(f"/?{query}"):
        assert requested_page() == page


def test_another_argument_name_is_read_the_same_way() -> None:
    with Flask(__name__).test_request_context("/?sent=²&page=2"):
        assert (requested_page("sent"), requested_page()) == (1, 2)
