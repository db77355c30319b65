"""Whole pages, thirteenth-round sweep: a page's structure and the dates of its events.

Short pages written for the project, in the shapes the blind development pages
(``pages_p81`` ... ``pages_p84``) showed and in the forms other outlets and languages
write them:

- a statement's or press release's closing line that names where and when it was issued
  ("Issued in Vilnius on 22 June 2025", "Herausgegeben in Berlin am 22. Juni 2025",
  "Emitido en Madrid el 22 de junio de 2025"): the page's date, from which the lead's
  "yesterday" counts; a body sentence that opens with the same participle and goes on
  with a clause of its own ("Issued on Tuesday, the licence runs until 22 June 2025.")
  is no such line.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.clean.pages import parse_text
from toolkit.events import events_from_text

_HEAD = ("Rights Group Example\n\nAbout us | Our work | Press releases | Donate\n\n"
         "Group: the release of prisoners must be a beginning\n\n")
_BODY = ("The release of fourteen people from prisons yesterday is a moment of relief for "
         "their families, and it must not become a reason to look away from the hundreds who "
         "remain behind bars.\n\n"
         "Their release shows that pressure and diplomacy can work, said a member of our team "
         "who asked not to be named for security reasons.\n\n")
_FOOT = "\n\nShare: Email | X | Print"

# (closing line, the page's date it gives or None)
CLOSING_LINES = [
    ("Issued in Vilnius on 22 June 2025", "2025-06-22"),
    ("Issued on 22 June 2025", "2025-06-22"),
    ("Issued: 22 June 2025", "2025-06-22"),
    ("Issued in Vilnius, 22 June 2025", "2025-06-22"),
    ("Published in Brussels on 22 June 2025", "2025-06-22"),
    ("Released in London, 22 June 2025", "2025-06-22"),
    ("Veröffentlicht in Berlin am 22. Juni 2025", "2025-06-22"),
    ("Herausgegeben in Berlin am 22. Juni 2025", "2025-06-22"),
    ("Publié à Paris le 22 juin 2025", "2025-06-22"),
    ("Diffusé à Bruxelles le 22 juin 2025", "2025-06-22"),
    ("Publicado en Madrid el 22 de junio de 2025", "2025-06-22"),
    ("Emitido en Madrid el 22 de junio de 2025", "2025-06-22"),
    ("Publicado em Lisboa a 22 de junho de 2025", "2025-06-22"),
    ("Divulgado em Lisboa a 22 de junho de 2025", "2025-06-22"),
    ("Pubblicato a Roma il 22 giugno 2025", "2025-06-22"),
    ("Gepubliceerd in Den Haag op 22 juni 2025", "2025-06-22"),
    ("Опубликовано в Минске 22 июня 2025 года", "2025-06-22"),
    ("Опубліковано у Києві 22 червня 2025 року", "2025-06-22"),
    ("Opublikowano w Warszawie 22 czerwca 2025 r.", "2025-06-22"),
    ("Paskelbta Vilniuje 2025 m. birželio 22 d.", "2025-06-22"),
    ("Objavljeno u Zagrebu 22. lipnja 2025.", "2025-06-22"),
    # a participle opening a sentence, a clause of its own after the comma
    ("Issued in 2019, the licence lapsed on 22 June 2025.", None),
    ("Issued on Tuesday, the licence runs until 22 June 2025.", None),
    ("Released in Vilnius on 22 June 2025, the fourteen met their families at the border.", None),
    ("The statement was issued in Vilnius after the release, which the group welcomed in a "
     "letter dated 22 June 2025 to the ministry.", None),
]


@pytest.mark.parametrize(("line", "day"), CLOSING_LINES)
def test_closing_line_gives_the_page_date(line, day):
    published = parse_text(_HEAD + _BODY + line + _FOOT)["published"]
    assert (published[:10] if published else None) == day


def test_closing_line_dates_the_leads_yesterday():
    rec = parse_text(_HEAD + _BODY + "Issued in Vilnius on 22 June 2025" + _FOOT)
    rows = events_from_text(rec["text"], pd.Timestamp(rec["published"]), "en", "p1")
    releases = [r for r in rows if r["event_type"] == "release" and r["modality"] == "reported"]
    assert len(releases) == 1
    assert str(pd.Timestamp(releases[0]["date"]).date()) == "2025-06-21"
    assert releases[0]["count"] == 14
