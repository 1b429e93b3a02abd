"""An upload past its limit of documents says the limit as each reader writes a count (decision 0062)."""

from __future__ import annotations

import pytest

from hub.services.upload_zips import Incoming, Limits, TooManyFiles, unpack


def test_a_limit_of_a_thousand_is_grouped() -> None:
    sent = [Incoming(f"{i}.csv", b"a;b\n") for i in range(1001)]
    with pytest.raises(TooManyFiles) as refused:
        unpack(sent, Limits(max_files=1000, max_unpacked_bytes=1 << 20))
    (problem,) = refused.value.problems
    assert problem.reason_da == (
        "mere end 1.000 dokumenter i én upload; grænsen er 1.000: send dem i flere uploads med højst "
        "1.000 i hver"
    )
    assert problem.reason_en.startswith("more than 1,000 documents in one upload; the limit is 1,000:")
