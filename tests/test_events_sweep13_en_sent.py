"""English events: the fifteenth-round sweep of the English challenge sentences (set J1
and the development halves of sets A-I), general causes.

Sentences written for the project; each table checks one cause. An entry ban on named
groups of officials ("barred 21 officials from entering Russia", "banned 15 lawmakers
from travelling to Belarus") is an imposition of sanctions, counted by the people it
bars, as the labels read it; a ban of fans from a stadium or of reporters from a
courtroom is none. Published on Friday 2025-09-12.
"""

from __future__ import annotations

import pytest
from eventcases import as_labelled

PUB = "2025-09-12"  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow barred 18 British officials from entering Russia on Monday.",
         [("sanctions_imposed", "2025-09-08", 18, "reported")]),
        ("Moscow on Tuesday barred 30 British officials and journalists from entering the "
         "country in response to London's measures.",
         [("sanctions_imposed", "2025-09-09", 30, "reported")]),
        ("Lithuania has banned 12 Belarusian judges from entering its territory.",
         [("sanctions_imposed", None, 12, "reported")]),
        ("Minsk banned several Polish lawmakers from travelling to Belarus on Wednesday.",
         [("sanctions_imposed", "2025-09-10", None, "reported")]),
        ("Riga is barring 14 Russian officials from visiting Latvia.",
         [("sanctions_imposed", None, 14, "reported")]),
        # not an entry ban on officials: no sanctions
        ("The club banned 30 fans from entering the stadium for a year.", []),
        ("Police barred reporters from entering the courtroom on Monday.", []),
        ("Organisers barred all visitors from entering the hall.", []),
    ],
)
def test_an_entry_ban_on_officials_is_an_imposition(text: str, expected: list[tuple]) -> None:
    assert as_labelled(text, "en", PUB) == expected
