"""Fourth sweep of Lithuanian, Croatian and Slovenian (set I3): case forms of counts,
dates with an ordinal day, relative dates, negation written on the verb, a release
thanked for, lists named before their verb, and the names of the acting party.

Counts: Croatian collective numerals of tens ("tridesetero"), Slovenian dative and
instrumental number words ("štirinajstim", "še enajstimi"), the Slovenian dual auxiliary
as a count of two ("sta bila pomiloščena", "sta bila izpuščena"), "ljudje".
Dates: Lithuanian ordinal days after a genitive month ("lapkričio 20-ąją", "rugsėjo
11-osios", "gruodžio 9-tą"), "pred tri dana", "prieš savaitę" / "prije tjedan dana" /
"pred tednom dni" (a week ago: a week, no day), "v začetku meseca", "isti dan"; a month
of last year ("pernai rugpjūtį", "praėjusių metų rugpjūčio 16 d.", "lani u kolovozu",
"prošle godine, 16. kolovoza", "avgusta lani"), "u studenome", a capitalised month
opening a Slovenian sentence ("Avgusta je bilo ...").
Wording: "nepaleido", "nesušvelnino", "nepasigailėjo" (denied); "pažadėjo", "svarsto"
(expected); "išleista" (released; a book "išleido" stays no event), "sankcijos ... buvo
atšauktos" with more words between; "padėkojo ... už ...
paleidimą", "zahvalio ... na oslobađanju", "zahvalil za izpustitev" (an earlier release,
not dated by the call); "Į ... sankcijų sąrašą įtraukti", "Na popis sankcija ... je
stavljeno", "Na seznam sankcij je bilo ... uvrščenih", "umaknile s seznama SDN", "Na
prostost je v ... prišlo"; a possessive and its noun before a verb are its object, not a
reference back ("Belaviju i njezin zrakoplov skinuo").
Actors: "Jungtinė Karalystė", "Evropska unija", "Vijeće EU-a", "Trumpas", a genitive name
after "sankcijas" is the target ("sankcijas Baltarusijos kalio įmonėms"); a dative
country just before "predala" / "vratila" / "vrnila" is the recipient ("Rusija je ...
Ukrajini predala"); a Lithuanian locative ("Baltarusijoje", "Minske") is a place, not the doer.

Every sentence here was written for these tests. Each expected event is
``(type, count, date, modality)``; the date is None when the text states none,
published on Saturday 2025-12-13.
"""

from __future__ import annotations

import pytest
from eventcases import SAT, found, stated

from toolkit.events import events_from_text

COUNTS = [
    ('hr', 'Lukašenko je u četvrtak pomilovao tridesetero osuđenika.',
     [('pardon', 30, '2025-12-11', 'reported')]),
    ('hr', 'U srijedu je pušteno četrdesetero zatvorenika.', [('release', 40, '2025-12-10', 'reported')]),
    ('sl', 'EU je v sredo uvedla sankcije proti štirinajstim posameznikom.',
     [('sanctions_imposed', 14, '2025-12-10', 'reported')]),
    ('sl', 'Opozicijskega voditelja Ihara Losika so v petek izpustili skupaj s še enajstimi zaporniki.',
     [('release', 12, '2025-12-12', 'reported')]),
    ('sl', 'Novinarja sta bila v sredo izpuščena iz zapora.', [('release', 2, '2025-12-10', 'reported')]),
    ('sl', 'V četrtek sta bila pomiloščena dva litovska državljana.', [('pardon', 2, '2025-12-11', 'reported')]),
    ('sl', 'V sredo so bili izpuščeni štirje ljudje.', [('release', 4, '2025-12-10', 'reported')]),
]

DATES = [
    ('lt', 'Lapkričio 20-ąją malonė suteikta dviem kunigams.', [('pardon', 2, '2025-11-20', 'reported')]),
    ('lt', 'Baltarusija rugsėjo 11-ąją paleido 52 kalinius.', [('release', 52, '2025-09-11', 'reported')]),
    ('lt', 'Gruodžio 9-tą Lukašenka pasigailėjo 29 nuteistųjų.', [('pardon', 29, '2025-12-09', 'reported')]),
    ('lt', 'Birželio 21-osios vakarą į Vilnių atvežti 14 kalinių.', [('release', 14, '2025-06-21', 'reported')]),
    ('hr', 'Pred tri dana Bjelorusija je oslobodila 20 zatvorenika.', [('release', 20, '2025-12-10', 'reported')]),
    ('sl', 'V začetku meseca je Belorusija izpustila 20 zapornikov.', [('release', 20, '2025-12-01', 'reported')]),
    ('sl', 'Na prostost je v sredo prišlo 18 zapornikov.', [('release', 18, '2025-12-10', 'reported')]),
    ('sl', 'V sredo je Belorusija izpustila 20 zapornikov. Isti dan so ZDA omilile sankcije proti Belavii.',
     [('release', 20, '2025-12-10', 'reported'), ('sanctions_eased', None, '2025-12-10', 'reported')]),
    # a month of last year: the year is the one before publication
    ('lt', 'Pernai rugpjūtį malonė suteikta 30 nuteistųjų.', [('pardon', 30, '2024-08-01', 'reported')]),
    ('lt', 'Praėjusių metų rugpjūčio 16 d. malonė suteikta 30 nuteistųjų.',
     [('pardon', 30, '2024-08-16', 'reported')]),
    ('hr', 'Lani u kolovozu pomilovano je 30 osuđenika.', [('pardon', 30, '2024-08-01', 'reported')]),
    ('hr', 'Prošle godine, 16. kolovoza, pomilovano je 30 osuđenika.', [('pardon', 30, '2024-08-16', 'reported')]),
    ('hr', 'Lukašenko je u studenome pomilovao 31 Ukrajinca.', [('pardon', 31, '2025-11-01', 'reported')]),
    ('sl', 'Avgusta lani je bilo pomiloščenih 30 obsojencev.', [('pardon', 30, '2024-08-01', 'reported')]),
    ('sl', 'Avgusta je bilo pomiloščenih 30 obsojencev.', [('pardon', 30, '2025-08-01', 'reported')]),
]

# "a week ago" names a week, not a day: the event is dated to that week (its Monday)
WEEK_AGO = [
    ('lt', 'Prieš savaitę Baltarusija paleido 20 kalinių.'),
    ('hr', 'Prije tjedan dana Bjelorusija je oslobodila 20 zatvorenika.'),
    ('sl', 'Pred tednom dni je Belorusija izpustila 20 zapornikov.'),
]

WORDING = [
    ('lt', 'Baltarusija nepaleido Andrzejaus Poczobuto.', [('release', None, None, 'denied')]),
    ('lt', 'JAV nesušvelnino sankcijų „Belaruskali“.', [('sanctions_eased', None, None, 'denied')]),
    ('lt', 'Lukašenka nepasigailėjo nė vieno politinio kalinio.', [('pardon', None, None, 'denied')]),
    ('lt', 'Trumpas penktadienį paskambino Lukašenkai ir padėkojo už 16 kalinių paleidimą.',
     [('release', 16, None, 'reported'), ('talks', None, '2025-12-12', 'reported')]),
    ('hr', 'Trump je u petak razgovarao s Lukašenkom i zahvalio mu na oslobađanju 16 zatvorenika.',
     [('release', 16, None, 'reported'), ('talks', None, '2025-12-12', 'reported')]),
    ('lt', 'Lukašenka pažadėjo paleisti dar kalinių.', [('release', None, None, 'expected')]),
    ('lt', 'JAV svarsto panaikinti sankcijas Baltarusijos kaliui.', [('sanctions_lifted', None, None, 'expected')]),
    ('lt', 'Trečiadienį iš Baltarusijos kalėjimų išleista 18 žmonių.', [('release', 18, '2025-12-10', 'reported')]),
    ('lt', 'Sankcijos Baltarusijos kalio trąšų gamintojui trečiadienį buvo atšauktos.',
     [('sanctions_lifted', None, '2025-12-10', 'reported')]),
    ('lt', 'Leidykla trečiadienį išleido naują knygą.', []),
    ('lt', 'Į ES sankcijų sąrašą trečiadienį įtraukti 17 asmenų.',
     [('sanctions_imposed', 17, '2025-12-10', 'reported')]),
    ('hr', 'Na popis sankcija EU-a u srijedu je stavljeno 17 osoba.',
     [('sanctions_imposed', 17, '2025-12-10', 'reported')]),
    ('sl', 'Na seznam sankcij EU je bilo v sredo uvrščenih 17 oseb.',
     [('sanctions_imposed', 17, '2025-12-10', 'reported')]),
    ('sl', 'ZDA so v sredo Belavio umaknile s seznama SDN.', [('sanctions_lifted', None, '2025-12-10', 'reported')]),
    ('hr', 'SAD je u srijedu Belaviju i njezin zrakoplov skinuo s popisa SDN.',
     [('sanctions_lifted', None, '2025-12-10', 'reported')]),
]

ACTORS = [
    ('lt', 'Jungtinė Karalystė trečiadienį įvedė sankcijas 12 Irano pareigūnų.', 'sanctions_imposed', 'UK'),
    ('lt', 'JAV trečiadienį panaikino sankcijas Baltarusijos kalio įmonėms.', 'sanctions_lifted', 'US'),
    # both parties of a call; before, only Belarus was read ("Trumpas" was no name)
    ('lt', 'Trumpas penktadienį paskambino Lukašenkai.', 'talks', 'US/Belarus'),
    ('hr', 'Vijeće EU-a u srijedu je proširilo sankcije protiv Bjelorusije.', 'sanctions_imposed', 'EU'),
    ('sl', 'Evropska unija je v sredo uvedla sankcije proti 17 osebam.', 'sanctions_imposed', 'EU'),
    # a country in the dative just before a verb of handing over receives, it does not act
    ('hr', 'Rusija je u srijedu Ukrajini predala 90 ratnih zarobljenika.', 'release', 'Russia'),
    ('sl', 'Belorusija je v sredo Litvi predala 9 zapornikov.', 'release', 'Belarus'),
    # a place in the locative is where it happened, not who did it
    ('lt', 'Baltarusijoje trečiadienį paleista 18 politinių kalinių.', 'release', None),
    ('lt', 'Minske trečiadienį paleisti 18 kalinių.', 'release', None),
]


@pytest.mark.parametrize("language, text, expected", COUNTS + DATES + WORDING,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(COUNTS + DATES + WORDING)])
def test_sweep4(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize("language, text", WEEK_AGO, ids=[c[0] for c in WEEK_AGO])
def test_week_ago_names_a_week(language: str, text: str) -> None:
    rows = events_from_text(text, SAT, language)
    assert [(r["event_type"], r["count"], str(r["date"].date()), r["date_precision"])
            for r in rows] == [("release", 20, "2025-12-01", "week")]


@pytest.mark.parametrize("language, text, etype, actor", ACTORS,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(ACTORS)])
def test_actor(language: str, text: str, etype: str, actor: str | None) -> None:
    assert [(e[0], e[4]) for e in found(text, language)] == [(etype, actor)]
