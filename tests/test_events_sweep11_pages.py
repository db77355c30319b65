"""Whole pages, thirteenth-round sweep: a page's structure and the dates of its events.

Short pages written for the project, in the shapes the blind development pages
(``pages_p81`` ... ``pages_p84``) showed and in the forms other outlets and languages
write them:

- a statement's or press release's closing line that names where and when it was issued
  ("Issued in Vilnius on 22 June 2025", "Herausgegeben in Berlin am 22. Juni 2025",
  "Emitido en Madrid el 22 de junio de 2025"): the page's date, from which the lead's
  "yesterday" counts; a body sentence that opens with the same participle and goes on
  with a clause of its own ("Issued on Tuesday, the licence runs until 22 June 2025.")
  is no such line;
- a key point after a bullet ("Key points" / "- US envoy John Coale held talks ...") told
  again far below the head, in a live blog's entry dated the page's day, is that entry's
  event, not an undated one of its own; told on another day, or with another count, it
  stays apart.
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


# A page's key points sum up its news; a live blog tells each again in an entry far below
# the head. (language, heading, key point, the entry that tells it, type, its day or None
# when the key point stays a mention of its own, how many reported mentions of the type)
_ENTRY_FILL = {
    "en": "We're following the story at the border. More updates soon.",
    "de": "Wir berichten weiter von der Grenze. Mehr in Kürze.",
    "es": "Seguimos la situación en la frontera. Más información en breve.",
    "ru": "Мы следим за ситуацией на границе. Подробности позже.",
}
KEY_POINTS = [
    ("en", "Key points", "- US envoy John Coale held talks with Alexander Lukashenko in Minsk",
     "The buses crossed the border hours after Coale met Lukashenko in Minsk on Thursday "
     "morning.", "talks", "2025-09-11", 1),
    ("en", "Key events", "- Treasury authorises dealings with state airline Belavia",
     "The US Treasury has issued a general licence allowing transactions with Belavia.",
     "sanctions_eased", "2025-09-11", 1),
    ("en", "Key points", "- 52 prisoners released and driven to the Lithuanian border",
     "Belarus has released 52 prisoners, Lithuanian officials confirm.", "release",
     "2025-09-11", 1),
    ("de", "Das Wichtigste in Kürze", "- US-Gesandter Coale führte Gespräche mit Lukaschenko",
     "Coale hatte sich am Donnerstagmorgen in Minsk mit Lukaschenko getroffen und mit ihm "
     "verhandelt.", "talks", "2025-09-11", 1),
    ("es", "Lo más importante", "- El enviado de EE.UU. John Coale se reunió con Lukashenko en Minsk",
     "Coale se reunió el jueves por la mañana con Lukashenko en Minsk.", "talks", "2025-09-11", 1),
    ("ru", "Главное", "- Спецпосланник США Джон Коул провел переговоры с Лукашенко в Минске",
     "Коул провел переговоры с Лукашенко в четверг утром в Минске.", "talks", "2025-09-11", 1),
    # told below on another day than the page's: background, not the key point
    ("en", "Key points", "- US envoy John Coale held talks with Alexander Lukashenko in Minsk",
     "Coale met Lukashenko on Wednesday, officials said.", "talks", None, 2),
    # a different count below: no twin
    ("en", "Key points", "- 52 prisoners released and driven to the Lithuanian border",
     "Belarus released 14 prisoners on Wednesday, officials said.", "release", None, 2),
]


@pytest.mark.parametrize(("lang", "heading", "point", "told", "kind", "day", "n"), KEY_POINTS)
def test_key_point_joins_its_entry_below(lang, heading, point, told, kind, day, n):
    entries = "\n\n".join(f"1{i}:00\n{_ENTRY_FILL[lang]}" for i in range(6, 0, -1))
    text = (f"Live: the latest from the border\n\n{heading}\n{point}\n- Rights groups demand "
            f"more\n\n{entries}\n\n10:00\n{told}")
    rows = [r for r in events_from_text(text, pd.Timestamp("2025-09-11", tz="UTC"), lang, "k")
            if r["event_type"] == kind and r["modality"] == "reported"]
    assert len(rows) == n
    if day is not None:
        assert str(pd.Timestamp(rows[0]["date"]).date()) == day
        assert rows[0]["date_basis"] != "published"
    else:  # the key point keeps the page's day as given, not a stated one
        assert sum(r["date_basis"] == "published" for r in rows) == 1
