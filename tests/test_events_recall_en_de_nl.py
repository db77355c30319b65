"""Recall by construction in English, German and Dutch, and three general rules:
ordinal dots do not end a sentence, the target of sanctions is never their
imposer, and a prisoner swap is one release whose actor is the first-named party.

Every sentence here was written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.clean import sentence_spans
from toolkit.events import events_from_text

PUB = pd.Timestamp("2025-09-12 15:00", tz="UTC")  # a Friday


def _found(sentence: str, language: str) -> list[tuple]:
    rows = events_from_text(sentence, PUB, language)
    return sorted(
        (r["event_type"],
         None if pd.isna(r["date"]) or r["date_basis"] == "published" else str(r["date"].date()),
         None if pd.isna(r["count"]) else int(r["count"]),
         r["count_qualifier"], r["modality"], r["actor"])
        for r in rows if not r["cumulative"])


# -- ordinal numbers written with a dot ---------------------------------------------------

@pytest.mark.parametrize(
    ("text", "language", "sentences"),
    [
        ("Die EU beschloss das 17. Sanktionspaket. Es gilt ab dem 3. Juli.", "de",
         ["Die EU beschloss das 17. Sanktionspaket.", "Es gilt ab dem 3. Juli."]),
        ("Am 21. August kamen 14 Häftlinge frei. Die Zahl stieg auf 52. Die Regierung schwieg.",
         "de", ["Am 21. August kamen 14 Häftlinge frei.", "Die Zahl stieg auf 52.",
                "Die Regierung schwieg."]),
        ("Rada schválila 5. Balík sankcí. Platí od pondělí.", "cs",
         ["Rada schválila 5. Balík sankcí.", "Platí od pondělí."]),
        # English does not write ordinals with a dot: the number ends the sentence
        ("He was 17. The court freed him.", "en", ["He was 17.", "The court freed him."]),
    ],
)
def test_ordinal_dot_does_not_end_a_sentence(text: str, language: str,
                                             sentences: list[str]) -> None:
    assert [text[a:b] for a, b in sentence_spans(text, language)] == sentences


def test_ordinal_dot_keeps_the_date_and_the_event_together() -> None:
    text = "Die EU verhängte am 3. September das 18. Sanktionspaket gegen Belarus."
    assert _found(text, "de") == [("sanctions_imposed", "2025-09-03", None, None,
                                   "reported", "EU")]


# -- the target of sanctions is never the imposer -----------------------------------------

@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The EU broadened its own Belarus sanctions on Thursday.", "EU"),
        ("The European Union imposed new Belarus sanctions on Thursday.", "EU"),
        ("It expanded its Iran sanctions on Thursday.", None),
        ("The EU imposed new sanctions on Belarus on Monday.", "EU"),
        # a party before the sanctions noun, or after "by", imposed them
        ("U.S. sanctions were eased on Wednesday.", "US"),
        ("Sanctions imposed by the U.S. were lifted on Wednesday.", "US"),
    ],
)
def test_sanctions_target_is_not_the_imposer(sentence: str, actor: str | None) -> None:
    found = _found(sentence, "en")
    assert len(found) == 1
    assert found[0][-1] == actor


# -- prisoner swaps: one release, the first-named party acts ------------------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia and Ukraine swapped 26 prisoners on Friday.",
         [("release", "2025-09-12", 26, "exact", "reported", "Russia")]),
        ("The exchange of prisoners between Russia and Ukraine took place on Friday.",
         [("release", "2025-09-12", None, None, "reported", "Russia")]),
        ("Eighty-four prisoners were exchanged on Saturday.",
         [("release", "2025-09-06", 84, "exact", "reported", None)]),
        ("Armenia and Azerbaijan carried out a prisoner swap on Sunday.",
         [("release", "2025-09-07", None, None, "reported", "Armenia")]),
    ],
)
def test_prisoner_swap_is_one_release(sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence, "en") == expected


# -- English constructions ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lukashenko signalled a thaw by freeing 14 prisoners on Wednesday.",
         [("release", "2025-09-10", 14, "exact", "reported", "Belarus")]),
        ("Belarusian authorities handed over 16 prisoners to Lithuania on Thursday.",
         [("release", "2025-09-11", 16, "exact", "reported", "Belarus")]),
        ("Two Americans returned home on Friday after being held in Belarus.",
         [("release", "2025-09-12", 2, "exact", "reported", None)]),
        ("Three Belarusians walked free on Thursday.",
         [("release", "2025-09-11", 3, "exact", "reported", None)]),
        ("Nearly two dozen prisoners were set free on Thursday.",
         [("release", "2025-09-11", 24, "about", "reported", None)]),
        ("Lukashenko commuted the sentences of 12 prisoners on Monday.",
         [("pardon", "2025-09-08", 12, "exact", "reported", "Belarus")]),
        ("The United States rolled back some sanctions on Belarusian potash on Thursday.",
         [("sanctions_eased", "2025-09-11", None, None, "reported", "US")]),
        ("The Treasury removed the airline from the SDN list on Tuesday.",
         [("sanctions_lifted", "2025-09-09", None, None, "reported", "US")]),
        ("The lifting of sanctions on potash was confirmed by the Treasury.",
         [("sanctions_lifted", None, None, None, "reported", "US")]),
        ("The EU imposed asset freezes on 12 officials on Monday.",
         [("sanctions_imposed", "2025-09-08", 12, "exact", "reported", "EU")]),
        ("The Treasury designated 14 Belarusian officials on Thursday.",
         [("sanctions_imposed", "2025-09-11", 14, "exact", "reported", "US")]),
        ("Lukashenko had a telephone conversation with Trump on Friday.",
         [("talks", "2025-09-12", None, None, "reported", "Belarus")]),
        ("Lukashenko received the US envoy in Minsk on Wednesday.",
         [("talks", "2025-09-10", None, None, "reported", "Belarus")]),
    ],
)
def test_english_constructions(sentence: str, expected: list[tuple]) -> None:
    got = [(*row[:5], (row[5] or "").split("/")[0] or None) for row in _found(sentence, "en")]
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Police urged residents to hand over cash and jewellery to no one.",
        "The band handed over the stage to the headliner on Friday.",
        "The tourists returned home on Friday after a week in the mountains.",
        "The area was designated a nature reserve on Thursday.",
    ],
)
def test_english_lookalikes_stay_quiet(sentence: str) -> None:
    assert _found(sentence, "en") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a conditional clause is expected, as its main clause
        ("Washington could ease more sanctions if Minsk frees further detainees.",
         [("release", None, None, None, "expected", "Belarus"),
          ("sanctions_eased", None, None, None, "expected", "US")]),
        ("The EU has ruled out lifting the sanctions on Minsk before a vote is held.",
         [("sanctions_lifted", None, None, None, "denied", "EU")]),
        # a country adjective in the object is the target, the agency acted
        ("The Treasury's sanctions office on Tuesday removed the Belarusian state airline "
         "and two of its planes from the SDN list.",
         [("sanctions_lifted", "2025-09-09", None, None, "reported", "US")]),
        # a place named by an adjective is no party of talks
        ("Forty prisoners were freed on Friday and taken to the Polish border, hours after "
         "the US envoy met Lukashenko in Minsk.",
         [("release", "2025-09-12", 40, "exact", "reported", None),
          ("talks", None, None, None, "reported", "US")]),
        ("The bloc added 19 people and five firms, among them a state broadcaster and "
         "two banks, to its sanctions list on Monday.",
         [("sanctions_imposed", "2025-09-08", 24, "exact", "reported", None)]),
    ],
)
def test_english_clauses_and_parties(sentence: str, expected: list[tuple]) -> None:
    got = [(*row[:5], (row[5] or "").split("/")[0] or None) for row in _found(sentence, "en")]
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The winger was sanctioned with a two-match ban after a disciplinary hearing on Friday.",
        "The league sanctioned the club for fielding an ineligible player on Monday.",
        "EU ministers extended the sanctions on Belarus by another twelve months on Monday.",
        "The council renewed its restrictive measures against Minsk until February 2027.",
    ],
)
def test_english_sport_and_renewal_stay_quiet(sentence: str) -> None:
    assert _found(sentence, "en") == []


@pytest.mark.parametrize(
    ("sentence", "language", "count"),
    [
        ("Minsk freed 52 prisoners on Thursday, among them six Lithuanians.", "en", 52),
        ("Siebenundzwanzig Verurteilte, darunter drei Frauen, wurden gestern begnadigt.",
         "de", 27),
        ("Loekasjenko liet donderdag 41 gevangenen vrij, onder wie vier Polen.", "nl", 41),
    ],
)
def test_a_subgroup_is_not_the_count(sentence: str, language: str, count: int) -> None:
    assert [row[2] for row in _found(sentence, language)] == [count]


def test_year_dot_in_croatian_does_not_end_a_sentence() -> None:
    text = "Od srpnja 2024. Minsk je pustio više od 430 zatvorenika. Predsjednik je šutio."
    assert [text[a:b] for a, b in sentence_spans(text, "hr")] == [
        "Od srpnja 2024. Minsk je pustio više od 430 zatvorenika.", "Predsjednik je šutio."]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Brüssel belegte gestern sieben Funktionäre mit Sanktionen.",
         [("sanctions_imposed", "2025-09-11", 7, "exact", "reported", "EU")]),
        ("Das US-Finanzministerium erteilte am Dienstag eine Generallizenz für den Kalikonzern.",
         [("sanctions_eased", "2025-09-09", None, None, "reported", "US")]),
        ("Vor der Wahl: 19 Gefangene per Gnadenerlass auf freiem Fuß.",
         [("pardon", None, 19, "exact", "reported", None),
          ("release", None, 19, "exact", "reported", None)]),
        ("Minsk bestreitet, eine Freilassung der Ausländer zu planen.",
         [("release", None, None, None, "denied", "Belarus")]),
    ],
)
def test_german_constructions(sentence: str, expected: list[tuple]) -> None:
    got = [(*row[:5], (row[5] or "").split("/")[0] or None) for row in _found(sentence, "de")]
    assert got == expected


# -- a headline and its lead: one happening ------------------------------------------------

@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the lead states the date and the agent: one event, the headline's count kept
        ("Minsk frees 40 detainees. Belarusian guards released the group on Wednesday at the "
         "Polish border.", "en",
         [("release", "2025-09-10", 40, "exact", "reported", "Belarus")]),
        # the lead is passive: the headline's agent stays
        ("US eases sanctions on Belarusian potash. The restrictions were eased on Tuesday.", "en",
         [("sanctions_eased", "2025-09-09", None, None, "reported", "US")]),
        # the lead points back with a word of its own ("decree") and dates it
        ("Lukashenko pardons 18 critics. The decree, signed on Wednesday, names 11 men and "
         "seven women.", "en",
         [("pardon", "2025-09-10", 18, "exact", "reported", "Belarus")]),
        ("Lukaschenko begnadigt 22 Oppositionelle. Den Erlass unterzeichnete er am Mittwoch.",
         "de", [("pardon", "2025-09-10", 22, "exact", "reported", "Belarus")]),
        ("Minsk laat 12 gevangenen vrij. Het besluit werd woensdag genomen.", "nl",
         [("release", "2025-09-10", 12, "exact", "reported", "Belarus")]),
    ],
)
def test_headline_and_lead_are_one_event(text: str, language: str, expected: list) -> None:
    got = [(*row[:5], (row[5] or "").split("/")[0] or None) for row in _found(text, language)]
    assert got == expected


def test_a_lead_about_other_people_keeps_both_events() -> None:
    # the lead's release of four others neither merges with nor dates the headline's
    rows = events_from_text("Belarus frees 30 prisoners. On Thursday it also released four "
                            "Latvians.", PUB, "en")
    got = sorted((int(r["count"]), r["date_basis"]) for r in rows)
    assert got == [(4, "stated"), (30, "published")]


def test_a_long_first_sentence_is_no_headline() -> None:
    text = ("Belarus has freed 30 political prisoners, including two journalists and a "
            "lawyer who had been held for more than three years. The release took place "
            "on Thursday.")
    assert [row[1] for row in _found(text, "en")] == [None]


# -- English constructions of this round ----------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # talks between states that are not named
        ("Negotiators from the two countries met in Geneva on Tuesday.",
         [("talks", "2025-09-09", None, None, "reported", None)]),
        ("Envoys of both governments sat down in Geneva on Monday.",
         [("talks", "2025-09-08", None, None, "reported", None)]),
        ("The envoy sat down with officials in Minsk on Thursday.",
         [("talks", "2025-09-11", None, None, "reported", "Belarus")]),
        # a fronted participle clause carries the act and its agent
        ("Pardoned by Lukashenko, the 9 prisoners crossed into Lithuania on Wednesday.",
         [("pardon", "2025-09-10", 9, "exact", "reported", "Belarus")]),
        # a negated subset: not among those freed is a denied release of that person
        ("The blogger Tomas Vinter was not among those freed on Thursday.",
         [("release", "2025-09-11", None, None, "denied", None)]),
        # in a demand, a figure of those still held is no count of the freed
        ("Activists urged Minsk to free all of the nearly 1,200 prisoners still held.",
         [("release", None, None, None, "demanded", "Belarus")]),
        ("Lawyers called on Baku's courts to free dozens of reporters jailed since spring.",
         [("release", None, None, None, "demanded", None)]),
        ("The journalist Anna Berg was sprung from prison on Tuesday.",
         [("release", "2025-09-09", None, None, "reported", None)]),
        ("Washington struck three Belarusian banks off its sanctions list on Monday.",
         [("sanctions_lifted", "2025-09-08", 3, "exact", "reported", "US")]),
        # the day of the announcement dates what it reports
        ("Minsk has freed 16 Ukrainians, the state agency said on Wednesday.",
         [("release", "2025-09-10", 16, "exact", "reported", "Belarus")]),
    ],
)
def test_english_constructions_of_set_f(sentence: str, expected: list[tuple]) -> None:
    got = [(*row[:5], (row[5] or "").split("/")[0] or None) for row in _found(sentence, "en")]
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The bakery let go 40 employees on Monday.",
        "The two teams met in the final on Sunday.",
        "The two sides traded blows on Monday.",
    ],
)
def test_english_lookalikes_of_set_f_stay_quiet(sentence: str) -> None:
    assert _found(sentence, "en") == []


# -- German and Dutch constructions of this round ------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # "fordern X auf, ... freizulassen": the demand's infinitive after "auf,"
        ("Die Anwälte fordern die aserbaidschanischen Behörden auf, die beiden Blogger "
         "sofort freizulassen.", "de", [("release", None, None, None, "demanded", "Azerbaijan")]),
        # a modal and its verb at the clause end: the date between them is the event's
        ("Die Gesandte soll am Dienstag in Minsk mit Lukaschenko zusammentreffen.", "de",
         [("talks", "2025-09-16", None, None, "expected", "Belarus")]),
        # entry bans and asset freezes imposed with "mit ... belegt"
        ("Die EU hat gestern 14 Richter mit Einreiseverboten und Vermögenssperren belegt.",
         "de", [("sanctions_imposed", "2025-09-11", 14, "exact", "reported", "EU")]),
        # a time phrase with "deze" does not point back
        ("Eerder deze week hief Washington de sancties op tegen vier zakenlieden.", "nl",
         [("sanctions_lifted", "2025-09-08", 4, "exact", "reported", "US")]),
        # reportative "zou ... hebben vrijgelaten" reports; a conditional "als" expects
        ("Minsk zou dinsdag vijf gevangenen hebben vrijgelaten.", "nl",
         [("release", "2025-09-09", 5, "exact", "reported", "Belarus")]),
    ],
)
def test_german_and_dutch_constructions_of_set_f(sentence: str, language: str,
                                                 expected: list[tuple]) -> None:
    got = [(*row[:5], (row[5] or "").split("/")[0] or None) for row in _found(sentence,
                                                                                language)]
    assert got == expected


def test_a_dutch_condition_is_expected() -> None:
    found = _found("De EU kan de sancties versoepelen als Minsk alle politieke gevangenen "
                   "vrijlaat.", "nl")
    assert [(row[0], row[4]) for row in found] == [("release", "expected"),
                                                  ("sanctions_eased", "expected")]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Als eerste werden vijf gevangenen vrijgelaten.", "nl"),
        ("Als gebaar liet Minsk vrijdag vijf gevangenen vrij.", "nl"),
    ],
)
def test_dutch_als_without_a_condition_reports(sentence: str, language: str) -> None:
    assert [row[4] for row in _found(sentence, language)] == ["reported"]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # a habit, not an event
        ("Früher kamen Häftlinge in der Regel erst nach einem Gnadengesuch frei.", "de"),
        # "auf," of another separable verb does not make a demand of a reported release
        ("Minsk hob am Montag die Sperre auf, die Häftlinge wurden erst später freigelassen.",
         "de"),
    ],
)
def test_german_habits_and_other_particles(sentence: str, language: str) -> None:
    assert all(row[4] != "demanded" for row in _found(sentence, language))
    if "Regel" in sentence:
        assert _found(sentence, language) == []


@pytest.mark.parametrize(
    ("sentence", "language", "day"),
    [
        # "N days after <a dated happening>" written after the trigger adds N days
        ("Envoys of Chile and Peru held talks in Lima two days after the summit on 1 September.",
         "en", "2025-09-03"),
        ("Minsk freed 14 prisoners the day after a vote on 2 September.", "en", "2025-09-03"),
        ("Minsk ließ 14 Gefangene frei, zwei Tage nach der Wahl am 2. September.", "de",
         "2025-09-04"),
        ("Minsk liet 14 gevangenen vrij, twee dagen na de verkiezing op 2 september.", "nl",
         "2025-09-04"),
        # a date of the trigger's own comes first: the marker after it does not move it
        ("Minsk freed 14 prisoners on Monday, two days after talks on Saturday.", "en",
         "2025-09-08"),
    ],
)
def test_an_offset_after_the_trigger_counts_from_its_date(sentence: str, language: str,
                                                          day: str) -> None:
    assert [row[1] for row in _found(sentence, language)] == [day]


# -- a pardon and a release of one happening, named once each -------------------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a part of the pardoned among "those released": the release of the same people
        ("Lukashenko pardoned 40 convicts on Monday, and three bloggers were among those "
         "released.",
         [("pardon", "2025-09-08", 40, "exact", "reported", "Belarus"),
          ("release", "2025-09-08", 40, "exact", "reported", "Belarus")]),
    ],
)
def test_a_pardon_and_its_release_in_one_sentence(sentence: str, expected: list) -> None:
    got = [(*row[:5], (row[5] or "").split("/")[0] or None) for row in _found(sentence, "en")]
    assert got == expected


def test_among_those_released_alone_points_back() -> None:
    assert _found("Three bloggers were among those released on Monday.", "en") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # thanks and welcomes look back: the day of the call or statement is not the release's
        ("The president spoke with Lukashenko on Wednesday and thanked him for freeing 11 "
         "prisoners.",
         [("release", None, 11, "exact", "reported", None),
          ("talks", "2025-09-10", None, None, "reported", "Belarus")]),
        ("On Tuesday the ministry welcomed the release of 6 journalists.",
         [("release", None, 6, "exact", "reported", None)]),
        # a date written after the welcome is the release's own
        ("The ministry on Tuesday welcomed the release of 6 journalists on Monday.",
         [("release", "2025-09-08", 6, "exact", "reported", None)]),
    ],
)
def test_thanks_and_welcomes_do_not_date_the_release(sentence: str, expected: list) -> None:
    rows = events_from_text(sentence, PUB, "en")
    got = sorted(((r["event_type"],
                   None if pd.isna(r["date"]) or r["date_basis"] == "published"
                   else str(r["date"].date()),
                   None if pd.isna(r["count"]) else int(r["count"]),
                   r["count_qualifier"], r["modality"],
                   (r["actor"] or "").split("/")[0] or None) for r in rows),
                 key=lambda t: t[0])
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "language", "count"),
    [
        # one freed "along with / zusammen mit / samen met" N others is N + 1
        ("The blogger was freed on Friday along with 9 other prisoners.", "en", 10),
        ("Minsk freed Ales Bialiatski as well as 51 others on Thursday.", "en", 52),
        ("Der Journalist kam am Freitag zusammen mit 13 weiteren Häftlingen frei.", "de", 14),
        ("De journalist kwam vrijdag samen met 13 andere gevangenen vrij.", "nl", 14),
        # "zusammen mit" is no running total; the families are no others
        ("Minsk ließ am Freitag 14 Häftlinge zusammen mit ihren Familien frei.", "de", 14),
        ("Belarus freed 14 prisoners along with their families on Friday.", "en", 14),
    ],
)
def test_one_freed_with_others(sentence: str, language: str, count: int) -> None:
    rows = events_from_text(sentence, PUB, language)
    assert [(int(r["count"]), bool(r["cumulative"])) for r in rows] == [(count, False)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Brussel heeft dinsdag het sanctiekader tegen Iran verruimd.",
         [("sanctions_imposed", "2025-09-09", None, None, "reported", "EU")]),
        ("De EU verruimde woensdag het sanctieregime tegen Rusland.",
         [("sanctions_imposed", "2025-09-10", None, None, "reported", "EU")]),
        ("De gemeente heeft het budget voor sancties op zwerfafval verruimd.", []),
    ],
)
def test_dutch_widening_of_a_sanctions_regime(sentence: str, expected: list) -> None:
    got = [(*row[:5], (row[5] or "").split("/")[0] or None) for row in _found(sentence, "nl")]
    assert got == expected
