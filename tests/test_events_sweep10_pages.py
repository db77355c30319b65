"""Whole pages, twelfth-round sweep: the date of a page saved without a publication date.

Short pages written for the project. Each table checks one shape the blind development
pages (``pages_p73`` ... ``pages_p76``) showed, in the forms other outlets and languages
write it; the page's date then dates the lead's "on Saturday":

- a dateline whose date has a particle ("MADRID, 14 de diciembre (EFE).-",
  "LISBOA, 14 de dezembro (Lusa) –");
- a dateline of two places joined by a slash ("KYIV/MOSCOW, Dec 14 (Reuters) -",
  "KIJEV/MINSK, 14. prosinca (agencije) –");
- a dateline below a long cookie notice, a breadcrumb, a doubled headline, a standfirst,
  a byline and a photo caption;
- a weekday with a year-less date and its particle in the lead ("esta quinta-feira, 27 de
  março"), the year from the copyright line;
- a statement's or press release's closing line ("This statement was released for
  immediate publication on 19 January 2025.").
"""

from __future__ import annotations

import pytest
from eventcases import as_labelled

from toolkit.clean.pages import parse_text

SUN = "2025-12-14"  # a Sunday; the lead's "on Saturday" is 13 December
SAT = "2025-12-13"
FOOT = "© 2025 Example Media. All rights reserved."

_LEADS = {
    "en": ("Belarus released 18 political prisoners on Saturday, the presidential press "
           "service said, giving no further details about the group."),
    "es": ("Bielorrusia liberó el sábado a 18 presos políticos, informó el servicio de prensa "
           "de la presidencia, que no dio más detalles sobre el grupo."),
    "pt": ("A Bielorrússia libertou no sábado 18 presos políticos, informou o serviço de "
           "imprensa da presidência, sem dar mais detalhes sobre o grupo."),
    "fr": ("Le Bélarus a libéré samedi 18 prisonniers politiques, a annoncé le service de presse "
           "de la présidence, sans donner plus de détails."),
    "de": ("Belarus hat am Samstag 18 politische Gefangene freigelassen, wie der Pressedienst "
           "des Präsidenten mitteilte, ohne Einzelheiten zu nennen."),
    "hr": ("Bjelorusija je u subotu oslobodila 18 političkih zatvorenika, javila je predsjednička "
           "služba, ne navodeći više pojedinosti o skupini."),
    "ru": ("Беларусь в субботу освободила 18 политических заключенных, сообщила пресс-служба "
           "президента, не уточнив подробностей о группе."),
    "pl": ("Białoruś uwolniła w sobotę 18 więźniów politycznych, poinformowała służba prasowa "
           "prezydenta, nie podając szczegółów o grupie."),
}
_COOKIES = {
    "en": ("We use cookies and similar technologies to improve your experience, personalise "
           "content and analyse our traffic. By continuing to browse this site you agree to our "
           "use of cookies. Accept | More information"),
    "es": ("Utilizamos cookies propias y de terceros para mejorar tu experiencia y mostrarte "
           "publicidad relacionada con tus preferencias. Si continúas navegando, consideramos que "
           "aceptas su uso. ACEPTAR | Más información"),
    "de": ("Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein besseres "
           "Nutzungserlebnis zu bieten und Inhalte zu personalisieren. Wenn Sie weiter surfen, "
           "stimmen Sie der Verwendung zu. OK | Mehr erfahren"),
}


def _page(head: list[str], lead: str, foot: str = FOOT) -> str:
    return "\n\n".join(["Home | World | Europe | Business | Sport", *head, lead,
                        "A second paragraph of the story with a few more words to read in it.",
                        "Related", "Another story about something else", foot])


def _events(page: str, language: str) -> tuple[str | None, list[tuple]]:
    record = parse_text(page)
    day = (record["published"] or "")[:10] or None
    return day, as_labelled(record["text"], language, record["published"])


_RELEASE = ("release", SAT, 18, "reported")

# (language, headline, dateline opening the lead)
_DATELINES = [
    ("es", "Bielorrusia libera a 18 presos", "MADRID, 14 de diciembre (EFE).- "),
    ("es", "Bielorrusia libera a 18 presos", "VILNA, 14 de diciembre de 2025 (Agencias) – "),
    ("pt", "Bielorrússia liberta 18 presos", "LISBOA, 14 de dezembro (Lusa) – "),
    ("pt", "Bielorrússia liberta 18 presos", "Vilnius, 14 de dezembro (Lusa) - "),
    ("en", "Belarus frees 18 prisoners", "KYIV/MOSCOW, Dec 14 (Reuters) - "),
    ("en", "Belarus frees 18 prisoners", "WASHINGTON/VILNIUS, Dec. 14 (Northline) - "),
    ("hr", "Bjelorusija oslobodila 18 zatvorenika", "KIJEV/MINSK, 14. prosinca (agencije) – "),
    ("fr", "Le Bélarus libère 18 prisonniers", "BRUXELLES/VILNIUS, 14 décembre (AFP) - "),
    ("ru", "Беларусь освободила 18 заключенных", "МОСКВА/МИНСК, 14 декабря (Востокинформ) – "),
    ("pl", "Białoruś uwolniła 18 więźniów", "WARSZAWA/MIŃSK, 14 grudnia (PAP) – "),
]


@pytest.mark.parametrize(("language", "head", "dateline"), _DATELINES)
def test_dateline_with_a_particle_or_two_places_dates_the_page(language: str, head: str,
                                                               dateline: str) -> None:
    day, events = _events(_page([head], dateline + _LEADS[language]), language)
    assert day == SUN
    assert _RELEASE in events


# (language, chrome between the menu and the lead, dateline)
_BEHIND_CHROME = [
    ("es", [_COOKIES["es"], "Inicio > Internacional > Europa", "Bielorrusia libera a 18 presos políticos",
            "Bielorrusia libera a 18 presos políticos", "El grupo cruzó a Lituania, según fuentes diplomáticas",
            "Redacción / Agencias", "Hace 3 horas · 4 min de lectura",
            "Foto: Imagen de archivo de una prisión. (Archivo)"], "VILNA, 14 dic. (Agencias) – "),
    ("de", [_COOKIES["de"], "Startseite > Ausland > Osteuropa", "Belarus lässt 18 Gefangene frei",
            "Belarus lässt 18 Gefangene frei", "Die Gruppe wurde nach Litauen gebracht",
            "Von unserer Redaktion", "Lesezeit: 3 Minuten", "Foto: Archivbild eines Gefängnisses (dpa)"],
     "VILNIUS, 14. Dezember (dpa) - "),
    ("en", [_COOKIES["en"], "Home > World > Europe", "Belarus frees 18 prisoners", "Belarus frees 18 prisoners",
            "The group crossed into Lithuania, diplomats said", "By staff and agencies", "3 min read",
            "Photo: a prison colony in Belarus (file)"], "VILNIUS, Dec 14 (Northline) - "),
]


@pytest.mark.parametrize(("language", "chrome", "dateline"), _BEHIND_CHROME)
def test_dateline_below_a_cookie_notice_and_page_chrome(language: str, chrome: list[str],
                                                        dateline: str) -> None:
    day, events = _events(_page(chrome, dateline + _LEADS[language]), language)
    assert day == SUN
    assert _RELEASE in events


# (language, lead with a weekday and a year-less date; the copyright line gives the year)
_WEEKDAY_LEADS = [
    ("pt", "A União Europeia alargou esta quinta-feira, 27 de março, as sanções contra a "
           "Bielorrússia, acrescentando 25 pessoas à lista."),
    ("es", "La Unión Europea amplió el jueves, 27 de marzo, las sanciones contra Bielorrusia, "
           "al añadir 25 personas a la lista."),
    ("es", "La Unión Europea amplió este jueves 27 de marzo las sanciones contra Bielorrusia, "
           "al añadir 25 personas a la lista."),
]


@pytest.mark.parametrize(("language", "lead"), _WEEKDAY_LEADS)
def test_weekday_and_date_with_a_particle_date_the_page(language: str, lead: str) -> None:
    day, events = _events(_page(["La UE sanciona a 25 personas"], lead,
                                foot="© 2025 Todos los derechos reservados"), language)
    assert day == "2025-03-27"
    assert ("sanctions_imposed", "2025-03-27", 25, "reported") in events


_STATEMENT = ("The Network welcomes the release of the 40 prisoners Belarus freed on Saturday, "
              "and calls for more.")


@pytest.mark.parametrize(
    ("language", "lead", "foot"),
    [
        ("en", _STATEMENT, "This statement was released for immediate publication on 19 January 2025."),
        ("en", _STATEMENT, "This press release was issued on 19 January 2025."),
        ("en", _STATEMENT, "This statement was issued on 19 January 2025 in London."),
        ("en", _STATEMENT, "This article was originally published on 19 January 2025."),
        ("de", _LEADS["de"], "Diese Pressemitteilung wurde am 19. Januar 2025 veröffentlicht."),
        ("fr", _LEADS["fr"], "Ce communiqué a été publié le 19 janvier 2025."),
        ("es", _LEADS["es"], "Este comunicado fue publicado el 19 de enero de 2025."),
    ],
)
def test_closing_line_of_a_statement_dates_the_page(language: str, lead: str, foot: str) -> None:
    day, events = _events(_page(["Belarus: pardons are no substitute for ending repression"], lead,
                                foot=foot), language)
    assert day == "2025-01-19"
    assert any(e[0] == "release" and e[1] == "2025-01-18" for e in events)


@pytest.mark.parametrize(
    ("language", "lead", "foot"),
    [
        # a closing line that tells of something else's day is no page date
        ("en", _STATEMENT, "The sanctions were issued on 19 January 2025."),
        # a place, a comma and a date inside a sentence is no dateline
        ("es", "Madrid, según la agencia, el grupo fue liberado el 13 de diciembre y trasladado "
               "a Lituania.", "Todos los derechos reservados"),
    ],
)
def test_no_page_date_from_other_lines(language: str, lead: str, foot: str) -> None:
    day, _ = _events(_page(["Belarus frees 18 prisoners"], lead, foot=foot), language)
    assert day is None


# A dateline left at the head of its lead (behind page chrome the loader does not strip it):
# its day is the story's; the event's own date in the sentence dates the event.
@pytest.mark.parametrize(
    ("language", "published", "sentence", "want"),
    [
        ("en", "2025-11-21", "MINSK, Nov 21 (Eastline) - Belarus released 18 political prisoners on "
                             "Wednesday, the press service said.", ("release", "2025-11-19", 18, "reported")),
        ("en", SUN, "VILNIUS, Dec 14 (Northline) - Belarus freed 18 prisoners on Saturday.",
         ("release", SAT, 18, "reported")),
        ("en", SUN, "MINSK, Dec 14 (Northline) - Belarus freed 18 prisoners on 12 December, "
                    "officials said.", ("release", "2025-12-12", 18, "reported")),
        ("en", SUN, "WASHINGTON, Dec 14 (Northline) - The Treasury eased sanctions on Belarus's "
                    "potash on Friday.", ("sanctions_eased", "2025-12-12", None, "reported")),
        ("en", SUN, "KYIV/MOSCOW, Dec 14 (Reuters) - Russia and Ukraine swapped 84 prisoners of war "
                    "on Saturday.", ("release", SAT, 84, "reported")),
        ("es", SUN, "VILNA, 14 de diciembre (Agencias) – Bielorrusia liberó el sábado a 18 presos "
                    "políticos.", ("release", SAT, 18, "reported")),
        ("hr", SUN, "KIJEV/MINSK, 14. prosinca (agencije) – Bjelorusija je u subotu oslobodila 18 "
                    "zatvorenika.", ("release", SAT, 18, "reported")),
        # a dateline's day alone dates its sentence's event
        ("en", SUN, "VILNIUS, Dec 14 (Northline) - Belarus released 18 political prisoners, the "
                    "press service said.", ("release", SUN, 18, "reported")),
        ("en", SUN, "On Dec 14, Belarus freed 18 prisoners.", ("release", SUN, 18, "reported")),
    ],
)
def test_dateline_day_gives_way_to_the_sentence_own_date(language: str, published: str,
                                                         sentence: str, want: tuple) -> None:
    events = as_labelled(sentence, language, f"{published} 18:00")
    assert want in events
    assert len({e[:2] for e in events if e[0] == want[0]}) == 1
