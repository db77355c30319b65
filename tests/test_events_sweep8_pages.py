"""Whole pages, tenth-round sweep: page chrome that adds events, and page dates.

Short pages written for the project. Each table checks one shape the blind development
pages (``pages_p57`` ... ``pages_p60``) and the earlier development pages showed:

- a block of teasers at a page's foot under a heading the body ends at, in many
  languages ("Más noticias", "Leia também", "Още от категорията:"): the teasers'
  events (another release, a sanctions package) are not the article's. A teaser label
  alone on its line ("Leia também") also stands inside bodies, over one teaser and more
  article; it ends the body only when headlines and short lines alone follow;
- a foot line of short sentences with a labelled date after the copyright ("© 2025
  Miesto televizija. Atnaujinta 2025-05-09 17:48. Visos teisės saugomos."): the page's
  date, and the day its "on Saturday" is read against.
"""

from __future__ import annotations

import pytest
from eventcases import DETAILED, summary

from toolkit.clean.pages import parse_text

_LEAD = ("Belarus released {n} political prisoners on Saturday, the presidential press "
         "service said, and the group included four women and two foreign nationals who "
         "were driven to the border.")
_MORE = ("Officials in Vilnius confirmed later that evening that the freed prisoners had "
         "crossed the border at the checkpoint and were being cared for by volunteers.")
_TEASER = "Lukashenko pardons 16 prisoners ahead of Independence Day"
_TEASER_2 = "EU approves new sanctions package against Russia"


def _page(heading: str, *after: str, foot: str = "© 2025 Northfield Media") -> str:
    body = "\n\n".join(_LEAD.format(n=18 + k) for k in range(5))
    rest = "\n\n".join(after)
    return (f"Home | World | Europe | Sport\n\nBelarus frees 18 prisoners\n\n{body}\n\n"
            f"{heading}\n\n{rest}\n\n{foot}\n")


@pytest.mark.parametrize(
    "heading",
    [
        "Más noticias", "Leia também", "LEIA TAMBÉM", "Veja também", "Mais notícias",
        "Altre notizie", "Plus d'actualités", "You might be interested in", "More headlines",
        "Також читайте:", "Więcej wiadomości", "Skaitykite daugiau:", "Daugiau naujienų",
        "Vezane vijesti", "Čtěte také:", "Další zprávy", "Čítajte aj", "Іншыя навіны",
        "Още от категорията:", "その他のニュース",
    ],
)
def test_teaser_block_at_the_foot_is_not_the_article(heading: str) -> None:
    rec = parse_text(_page(heading, _TEASER, _TEASER_2))
    assert _TEASER not in rec["text"] and _TEASER_2 not in rec["text"]
    assert rec["text"].count("political prisoners") == 5
    # the teaser's pardon of 16 and its sanctions are not events of the page
    got = summary(rec["text"], "en", DETAILED, totals=False)
    assert {e[0] for e in got} == {"release"}
    assert all(e[3] != 16 for e in got)


@pytest.mark.parametrize("label", ["Leia também", "Más noticias", "Čtěte také:", "Skaitykite daugiau"])
def test_teaser_label_inside_the_body_keeps_the_article_after_it(label: str) -> None:
    rec = parse_text(_page(label, _TEASER, _MORE, _MORE.replace("evening", "night")))
    assert "later that night" in rec["text"]


@pytest.mark.parametrize(
    ("foot", "day"),
    [
        ("© 2025 Miesto televizija. Atnaujinta 2025-05-09 17:48. Visos teisės saugomos.", "2025-05-09"),
        ("© 2025 Kauno diena. Paskelbta 2025-05-09. Visos teisės saugomos.", "2025-05-09"),
        ("© 2025 Northfield Media. Updated 2025-05-09 17:48. All rights reserved.", "2025-05-09"),
        ("Copyright 2025 Riverside Post. Last updated 9 May 2025, 17:48. All rights reserved.", "2025-05-09"),
        ("© Nordfeld Medien 2025. Veröffentlicht: 09.05.2025. Alle Rechte vorbehalten.", "2025-05-09"),
        ("© 2025 Noordveld Media. Laatst bijgewerkt 9 mei 2025. Alle rechten voorbehouden.", "2025-05-09"),
        ("© 2025 Nordchamp Médias. Mis à jour le 09/05/2025 à 17h48. Tous droits réservés.", "2025-05-09"),
        ("© 2025 Nordcampo Media. Aggiornato il 09/05/2025 alle 17:48. Tutti i diritti riservati.", "2025-05-09"),
        ("© 2025 Nortecampo Medios. Actualizado el 09/05/2025 a las 17:48. Todos los derechos reservados.", "2025-05-09"),
        ("© 2025 Campo Norte Media. Atualizado em 09/05/2025 às 17:48. Todos os direitos reservados.", "2025-05-09"),
        ("© 2025 Północne Media. Aktualizacja: 09.05.2025, 17:48. Wszelkie prawa zastrzeżone.", "2025-05-09"),
        ("© 2025 Северные медиа. Обновлено 09.05.2025 17:48. Все права защищены.", "2025-05-09"),
        ("© 2025 Sjeverni mediji. Ažurirano 09.05.2025. u 17:48. Sva prava pridržana.", "2025-05-09"),
        ("© 2025 Severni mediji. Posodobljeno 9. 5. 2025 ob 17.48. Vse pravice pridržane.", "2025-05-09"),
        # a label word in the foot's prose, no date: the page stays undated
        ("© 2025 Northfield Media. Updated terms of service apply. All rights reserved.", None),
    ],
)
def test_labelled_date_after_the_copyright_in_the_foot(foot: str, day: str | None) -> None:
    rec = parse_text(_page("Share | Comment", foot=foot))
    assert rec["published"] == (f"{day}T00:00:00+00:00" if day else None)
    if day:
        got = summary(rec["text"], "en", DETAILED, published=rec["published"], totals=False)
        assert ("release", "2025-05-03", "day", 18, "exact", "reported") in got


@pytest.mark.parametrize(
    ("standfirst", "byline", "day"),
    [
        ("Dopo due giorni di colloqui, Minsk apre le celle. E Washington promette di togliere le sanzioni",
         "di Marta Rinaldi | 13 dicembre 2025, ore 19:42", "2025-12-13"),
        ("Tras dos días de conversaciones, Minsk abre las celdas y Washington promete levantar sanciones",
         "por Ana Gómez | 13 de diciembre de 2025 - 19:42", "2025-12-13"),
        ("Nach zweitägigen Gesprächen öffnet Minsk die Zellen, und Washington verspricht Lockerungen",
         "von Anna Grün | 13.12.2025, 19:42 Uhr", "2025-12-13"),
    ],
)
def test_byline_in_lower_case_is_no_wrapped_tail_of_the_standfirst(standfirst: str, byline: str,
                                                                    day: str) -> None:
    body = "\n\n".join(_LEAD.format(n=18 + k) for k in range(5))
    rec = parse_text(f"Home | World | Sport\n\nBelarus frees 18 prisoners\n\n{standfirst}\n{byline}\n\n"
                     f"{body}\n\n© 2025 Northfield Media\n")
    assert rec["published"] == f"{day}T00:00:00+00:00"
    assert byline not in rec["text"]


@pytest.mark.parametrize(
    ("page", "language", "expected"),
    [
        ("Belarus frees 123 prisoners\n\nKey points\n- Journalist Andrzej Poczobut not among those "
         "released\n- US to lift potash sanctions\n\nAndrzej Poczobut was not freed on Saturday, "
         "Polish officials confirmed.", "en", ("release", "2025-12-13", "day", None, None, "denied")),
        ("Belarus frees 123 prisoners\n\n• Poczobut was not released\n\nThe journalist Andrzej "
         "Poczobut was not released on Saturday, his family said.",
         "en", ("release", "2025-12-13", "day", None, None, "denied")),
        ("Le Bélarus libère 123 prisonniers\n\nL'essentiel\n- Le journaliste Poczobut n'a pas été "
         "libéré\n\nLe journaliste Andrzej Poczobut n'a pas été libéré samedi, a confirmé Varsovie.",
         "fr", ("release", "2025-12-13", "day", None, None, "denied")),
        ("Bielorrusia libera a 123 presos\n\nClaves\n- El periodista Poczobut no fue liberado\n\n"
         "El periodista Andrzej Poczobut no fue liberado el sábado, confirmó Varsovia.",
         "es", ("release", "2025-12-13", "day", None, None, "denied")),
        ("Białoruś uwolniła 123 więźniów\n\nNajważniejsze\n- Andrzej Poczobut nie został uwolniony\n\n"
         "Andrzej Poczobut nie został uwolniony w sobotę, potwierdziło MSZ.",
         "pl", ("release", "2025-12-13", "day", None, None, "denied")),
    ],
)
def test_key_point_of_what_did_not_happen_is_its_dated_retelling(page: str, language: str,
                                                                 expected: tuple) -> None:
    got = [e for e in summary(page, language, DETAILED, published="2025-12-14", totals=False)
           if e[5] == "denied"]
    assert got == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("On 11 September Belarus freed 52 prisoners and sent them to Lithuania. In September, "
         "52 people were released.", "en", [("release", "2025-09-11", "day", 52, "exact", "reported")]),
        ("Timeline: September 2025 - 52 prisoners released. On September 11, Belarus freed 52 "
         "prisoners.", "en", [("release", "2025-09-11", "day", 52, "exact", "reported")]),
        ("On 11 September the Treasury eased sanctions on Belavia. In September the Treasury had "
         "already authorised most transactions with Belavia through a general licence.",
         "en", [("sanctions_eased", "2025-09-11", "day", None, None, "reported")]),
        ("Am 11. September ließ Belarus 52 Gefangene frei. Im September waren 52 Menschen "
         "freigekommen.", "de", [("release", "2025-09-11", "day", 52, "exact", "reported")]),
        ("Le 11 septembre, le Bélarus a libéré 52 prisonniers. En septembre, 52 personnes ont été "
         "libérées.", "fr", [("release", "2025-09-11", "day", 52, "exact", "reported")]),
        ("El 11 de septiembre Bielorrusia liberó a 52 presos. En septiembre, 52 personas fueron "
         "excarceladas.", "es", [("release", "2025-09-11", "day", 52, "exact", "reported")]),
        ("11 września Białoruś uwolniła 52 więźniów. We wrześniu na wolność wyszło 52 osoby.",
         "pl", [("release", "2025-09-11", "day", 52, "exact", "reported")]),
        ("ベラルーシは9月11日、52人を釈放した。9月に52人を釈放した。",
         "ja", [("release", "2025-09-11", "day", 52, "exact", "reported")]),
        # two happenings of one type in a month: another count, another actor
        ("In September, 30 people were pardoned. On 16 September Lukashenko pardoned 37 people.",
         "en", [("pardon", "2025-09-01", "month", 30, "exact", "reported"),
                ("pardon", "2025-09-16", "day", 37, "exact", "reported")]),
        ("In September the US eased sanctions on Belavia. On 30 September the EU eased sanctions "
         "on potash.", "en", [("sanctions_eased", "2025-09-01", "month", None, None, "reported"),
                              ("sanctions_eased", "2025-09-30", "day", None, None, "reported")]),
    ],
)
def test_month_retelling_takes_the_day_of_the_same_happening(text: str, language: str,
                                                             expected: list) -> None:
    got = summary(text, language, DETAILED, published="2025-10-02", totals=False)
    assert sorted(set(got)) == expected
