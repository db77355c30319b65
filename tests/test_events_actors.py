"""Actors beyond the gazetteer's names: countries' adjectives and demonyms in every
supported language (resources/lang/<code>/country_adjectives.tsv) and organisations."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.events import events_from_text
from toolkit.gazetteer import load_gazetteer

SAT = pd.Timestamp("2025-12-13 15:00", tz="UTC")


def _actors(sentence: str, language: str) -> list[tuple[str, str | None]]:
    return [(r["event_type"], r["actor"]) for r in events_from_text(sentence, SAT, language)]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("en", "Iranian authorities released two French citizens on Friday.",
         [("release", "Iran")]),
        ("fr", "Vendredi, les autorités iraniennes ont libéré deux citoyens français.",
         [("release", "Iran")]),
        ("it", "Venerdì le autorità venezuelane hanno rilasciato dieci cittadini americani.",
         [("release", "Venezuela")]),
        ("es", "Las autoridades cubanas excarcelaron el viernes a 20 presos políticos.",
         [("release", "Cuba")]),
        ("pt", "As autoridades iranianas libertaram na sexta-feira 12 presos.",
         [("release", "Iran")]),
        ("de", "Die iranischen Behörden haben am Freitag 12 Gefangene freigelassen.",
         [("release", "Iran")]),
        ("pl", "Władze irańskie uwolniły w piątek 12 więźniów.", [("release", "Iran")]),
        ("ru", "Иранские власти в пятницу освободили 12 заключённых.", [("release", "Iran")]),
        ("uk", "Іранська влада в п'ятницю звільнила 12 в'язнів.", [("release", "Iran")]),
        ("en", "The Armenian and Azerbaijani leaders met in Abu Dhabi on Friday.",
         [("talks", "Armenia/Azerbaijan")]),
    ],
)
def test_adjectives_name_the_actor(language: str, sentence: str, expected: list) -> None:
    assert _actors(sentence, language) == expected


def test_a_named_country_wins_over_an_adjective() -> None:
    # the nationality of the journalist is not who freed her
    rows = events_from_text("The Belarusian journalist was released by Iran on Friday.", SAT)
    assert [(r["event_type"], r["actor"]) for r in rows] == [("release", "Iran")]


@pytest.mark.parametrize(
    ("language", "sentence", "actor"),
    [
        ("fr", "L'Union européenne a adopté vendredi des mesures restrictives contre 25 personnes.",
         "EU"),
        ("fr", "Vendredi, l'UE a imposé des sanctions à 25 personnes.", "EU"),
        ("it", "Venerdì le Nazioni Unite hanno imposto sanzioni a 12 persone.", "UN"),
        ("es", "La OSCE y Bielorrusia celebraron conversaciones el viernes en Viena.", "OSCE"),
    ],
)
def test_organisations_are_actors(language: str, sentence: str, actor: str) -> None:
    rows = events_from_text(sentence, SAT, language)
    assert rows and rows[0]["actor"].split("/")[0] == actor, \
        [(r["event_type"], r["actor"]) for r in rows]


def test_short_acronyms_match_only_in_capitals() -> None:
    gaz = load_gazetteer()
    assert gaz.find("Un tribunal a condamné trois hommes.") == []
    assert gaz.find("Es gibt keine Lockerung.") == []
    assert [e["canonical"] for e in gaz.find("Die UNO und die EU")] == ["UN", "EU"]


def test_countries_are_not_matched_fuzzily() -> None:
    assert load_gazetteer().find("a fair called eMerge Americas") == []


@pytest.mark.parametrize(
    ("language", "sentence", "count"),
    [
        ("en", "Russia and the US swapped 26 prisoners on Friday.", 26),
        ("en", "Moscow and Kyiv exchanged 390 prisoners of war on Friday.", 390),
        ("de", "Russland und die Ukraine tauschten am Freitag je 390 Gefangene aus.", 390),
        ("ru", "Россия и Украина в пятницу обменялись 390 пленными.", 390),
        ("uk", "У п'ятницю Росія та Україна обмінялися 390 полоненими.", 390),
        ("es", "Rusia y Ucrania intercambiaron el viernes 390 prisioneros.", 390),
    ],
)
def test_a_prisoner_swap_is_a_release_with_its_count(language: str, sentence: str,
                                                     count: int) -> None:
    rows = events_from_text(sentence, SAT, language)
    assert [(r["event_type"], r["count"], str(r["date"])[:10]) for r in rows] == \
        [("release", count, "2025-12-12")]


@pytest.mark.parametrize("sentence", [
    "Russia and Ukraine exchanged the bodies of 900 soldiers on Friday.",
    "The two armies exchanged fire on Friday, killing 12 soldiers.",
    "Shares traded 26 percent higher on Friday.",
])
def test_other_exchanges_are_no_release(sentence: str) -> None:
    assert events_from_text(sentence, SAT) == []


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "UN sanctions on Iran came back into force on Friday."),
    ("it", "Sono tornate in vigore venerdì le sanzioni delle Nazioni Unite contro l'Iran."),
    ("pt", "As sanções da ONU contra o Irão voltaram a vigorar na sexta-feira."),
    ("de", "Die UN-Sanktionen gegen Iran sind am Freitag wieder in Kraft getreten."),
])
def test_sanctions_coming_into_force_are_imposed(language: str, sentence: str) -> None:
    rows = events_from_text(sentence, SAT, language)
    assert [(r["event_type"], str(r["date"])[:10]) for r in rows] == \
        [("sanctions_imposed", "2025-12-12")]


def test_a_lemma_trigger_is_not_hidden_by_the_keyword_prefilter() -> None:
    rows = events_from_text("В пятницу Дональд Трамп провёл телефонный разговор с "
                            "Александром Лукашенко.", SAT, "ru")
    assert [(r["event_type"], r["actor"]) for r in rows] == [("talks", "US/Belarus")]


@pytest.mark.parametrize(("language", "sentence", "etype"), [
    ("en", "The easing of sanctions on Belavia took effect on Friday.", "sanctions_eased"),
    ("fr", "La levée des sanctions est entrée en vigueur vendredi.", "sanctions_lifted"),
])
def test_an_easing_that_comes_into_force_stays_an_easing(language: str, sentence: str,
                                                         etype: str) -> None:
    assert [r["event_type"] for r in events_from_text(sentence, SAT, language)] == [etype]
