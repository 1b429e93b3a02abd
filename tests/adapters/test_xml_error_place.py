"""A document not well-formed in several places is refused with the words of the place the message names
(decision 0060, "Stop 72: trial-125"): Jackson's XmlMapper on the JDK's own StAX writer (no Woodstox on
the class path) gives each attribute a prefix of its own that nothing declares, and the message named the
first one's line and column with the last one's prefix."""

from __future__ import annotations

import pytest

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.errors import UnreadableDocument

# as the JDK's writer gives them: `xmlns=""` on the root, a made-up prefix an attribute
JDK_STAX = (
    b'<AftaleUdtraek xmlns="" kommunekode="751"><aftaler><aftaler zdef695984838:sagsnr="AAR-1">'
    b'<virksomhed zdef-556695821:cvr="29189919"><navn>Salling</navn></virksomhed></aftaler></aftaler>'
    b"</AftaleUdtraek>"
)


def test_the_message_names_the_prefix_at_the_place_it_names() -> None:
    with pytest.raises(UnreadableDocument) as refused:
        extract(JDK_STAX, "praktikaftaler.xml", READ_OPTIONS)
    # libxml2's column is where the start tag holding the prefix ends: 88 characters before it
    (problem,) = refused.value.problems
    assert problem.reason_en == (
        "the XML is not well-formed: line 1, column 89: "
        'the prefix "zdef695984838:" is used, but no xmlns:zdef695984838="..." declares it'
    )
    assert problem.reason_da == (
        "XML'en er ikke velformet: linje 1, kolonne 89: "
        'præfikset "zdef695984838:" bruges, men ingen xmlns:zdef695984838="..." erklærer det'
    )
