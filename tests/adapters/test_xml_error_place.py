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


def test_the_words_are_this_files_not_an_earlier_files_at_the_same_place() -> None:
    """libxml2's error log, which the exception carries, is the thread's: it holds the errors of every file
    read before on the worker's thread. A file whose first error was at the line and column of an earlier
    file's (another sender's) was refused in that file's words: `<a     c="1" c="2"/>` (an attribute given
    twice, at column 19) as 'the prefix "x:" is used', the prefix of `<a x:y="1" z:w="2"><b></a>` read
    just before (its first error at line 1, column 19 too)."""
    with pytest.raises(UnreadableDocument):
        extract(b'<a x:y="1" z:w="2"><b></a>', "first.xml", READ_OPTIONS)
    with pytest.raises(UnreadableDocument) as refused:
        extract(b'<a     c="1" c="2"/>', "second.xml", READ_OPTIONS)
    (problem,) = refused.value.problems
    assert problem.reason_en == (
        "the XML is not well-formed: line 1, column 19: an element has the same attribute twice, or an id is"
        " given twice"
    )
