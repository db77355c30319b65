"""Fifteenth-round sweep of Spanish, Portuguese, French and Italian: general causes of the
blind development pages P99 (es-ab01 ... es-ab03) and of the other development pages of
the four languages.

- A day stated alone after a month takes that month ("En noviembre, ... el día 7"; a
  timeline's month heading "- Diciembre. Se indulta a 29 reclusos el día 9 y a otros 20
  el 28"): ``dates.find_dates`` completes the bare day with the month (and year) named
  before it in the sentence, and the month it completes no longer dates the sentence by
  itself; a heading month opens the line's sentence (``es.json`` dates), a bare "el 28"
  is a day only after such a month (a ``follows`` group), "31 indultados" counts the
  pardoned, and "y 32 el día 20" is a further pardon of its own.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none. Published
on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import stated

BARE_DAY = [
    ("es", "- Octubre. Se indulta a 14 reclusos el día 4 y a otros 11 el 21.",
     [("pardon", 11, "2025-10-21", "reported"), ("pardon", 14, "2025-10-04", "reported")]),
    ("es", "- Septiembre. Dos tandas: 25 indultados el día 3 y 18 el día 19.",
     [("pardon", 18, "2025-09-19", "reported"), ("pardon", 25, "2025-09-03", "reported")]),
    ("es", "En marzo, el Gobierno indultó a 17 reclusos el día 12.",
     [("pardon", 17, "2025-03-12", "reported")]),
    ("es", "En agosto se excarceló a 40 presos el día 6 y a otros 12 el día 27.",
     [("release", 12, "2025-08-27", "reported"), ("release", 40, "2025-08-06", "reported")]),
    ("es", "Mayo: Minsk liberó a 9 presos el día 2.",
     [("release", 9, "2025-05-02", "reported")]),
    # no month before it: the day of the month nearest publication, as before
    ("es", "Lukashenko indultó a 12 presos el día 9.",
     [("pardon", 12, "2025-12-09", "reported")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), BARE_DAY)
def test_a_bare_day_takes_the_month_before_it(language: str, text: str,
                                              expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)
