"""Third sweep of French, Italian, Spanish and Portuguese: dates given in another clause
or an earlier sentence, and the words that carry them.

Constructions: a date counted from the last dated event of the paragraph ("le
lendemain", "l'indomani", "al día siguiente", "na véspera", "deux jours plus tard",
"una settimana dopo", "dos semanas antes"); the same day or the time of an earlier
event ("le même jour", "ce jour-là", "all'epoca", "por entonces", "na altura"); "and
then" after a dated clause ("e poi", "y luego", "e depois", "puis"); "since June,
when 14 were freed" (June dates the when-clause, it opens no running total); an
ordinal first of the month ("1° agosto", "1º de agosto"); the imperfect of a verb
whose stem ends in r ("le jour même où Minsk libérait 52 prisonniers") read as a
report, not a conditional; further releases spoken of ahead ("évoquent de nouvelles
libérations dès janvier", "altre scarcerazioni potrebbero arrivare"); a sanctions
object taken up by a pronoun ("mantém as sanções ... e não tenciona aliviá-las");
"tolto dalla lista SDN"; "tinha recebido o enviado"; "not among those pardoned" (a
denial: "non figura tra i graziati", "no figura entre los indultados"); placing under sanctions ("placer sous
sanctions", "mettere sotto sanzioni", "someter a sanciones", "colocar sob sanções").

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from eventcases import stated

S, F, J, W, T, M = ("2025-12-13", "2025-12-12", "2025-12-11", "2025-12-10", "2025-12-09",
                    "2025-12-08")
R, P, SI, SE, SL, TK = ("release", "pardon", "sanctions_imposed", "sanctions_eased",
                        "sanctions_lifted", "talks")

# (language, text, sorted (type, count, date) of the events stated; the date is None
# where the text states none)
CONTEXT = [
    # ---- French
    ("fr", "Le 4 juin, Minsk a libéré 14 détenus. Le lendemain, Washington a allégé les "
           "sanctions visant Belavia.", [(R, 14, "2025-06-04"), (SE, None, "2025-06-05")]),
    ("fr", "Le 4 juin, Minsk a libéré 14 détenus. Deux jours plus tard, Washington a allégé "
           "les sanctions visant Belavia.", [(R, 14, "2025-06-04"), (SE, None, "2025-06-06")]),
    ("fr", "Le 4 juin, Minsk a libéré 14 détenus. Une semaine plus tôt, Loukachenko avait "
           "reçu l'émissaire américain Keith Kellogg.",
     [(R, 14, "2025-06-04"), (TK, None, "2025-05-28")]),
    ("fr", "Le Trésor américain a levé mardi les sanctions visant la compagnie aérienne. Le "
           "même jour, l'OFAC a délivré une licence générale pour trois appareils.",
     [(SE, None, T), (SL, None, T)]),
    ("fr", "Le 11 septembre, Minsk a relâché 52 détenus. À l'époque, Washington avait aussi "
           "allégé les sanctions contre Belavia.",
     [(R, 52, "2025-09-11"), (SE, None, "2025-09-11")]),
    ("fr", "Le 11 septembre, Washington a accordé une licence à la compagnie, le jour même où "
           "Minsk libérait 52 prisonniers politiques. L'émissaire américain, reçu ce jour-là "
           "par Alexandre Loukachenko, avait négocié ces libérations.",
     [(R, 52, "2025-09-11"), (SE, None, "2025-09-11"), (TK, None, "2025-09-11")]),
    ("fr", "Loukachenko a reçu l'émissaire américain en septembre, puis 52 prisonniers ont "
           "été libérés.", [(R, 52, "2025-09-01"), (TK, None, "2025-09-01")]),
    ("fr", "C'est la première libération depuis juin, lorsque 14 détenus avaient été "
           "relâchés.", [(R, 14, "2025-06-01")]),
    ("fr", "Gracié fin juillet, l'opposant a été libéré le 1er août.",
     [(P, None, "2025-07-01"), (R, None, "2025-08-01")]),
    # ---- Italian
    ("it", "Il 4 giugno Minsk ha liberato 14 detenuti. L'indomani gli Usa hanno alleggerito "
           "le sanzioni su Belavia.", [(R, 14, "2025-06-04"), (SE, None, "2025-06-05")]),
    ("it", "Il 4 giugno Minsk ha liberato 14 detenuti. Il giorno dopo gli Stati Uniti hanno "
           "revocato le sanzioni contro Belavia.",
     [(R, 14, "2025-06-04"), (SL, None, "2025-06-05")]),
    ("it", "Il 4 giugno Minsk ha liberato 14 detenuti. Due giorni dopo, Washington ha "
           "allentato le sanzioni contro Belavia.",
     [(R, 14, "2025-06-04"), (SE, None, "2025-06-06")]),
    ("it", "Il 4 giugno Minsk ha liberato 14 detenuti. Una settimana dopo Lukashenko ha "
           "incontrato l'inviato americano.", [(R, 14, "2025-06-04"), (TK, None, "2025-06-11")]),
    ("it", "Il 4 giugno Minsk ha liberato 14 detenuti. La vigilia, Lukashenko aveva "
           "incontrato l'inviato americano Keith Kellogg.",
     [(R, 14, "2025-06-04"), (TK, None, "2025-06-03")]),
    ("it", "L'11 settembre Minsk ha rilasciato 52 detenuti. All'epoca Washington aveva anche "
           "allentato le sanzioni contro Belavia.",
     [(R, 52, "2025-09-11"), (SE, None, "2025-09-11")]),
    ("it", "Lukashenko ha ricevuto l'inviato americano a settembre, e poi sono stati liberati "
           "52 prigionieri.", [(R, 52, "2025-09-01"), (TK, None, "2025-09-01")]),
    ("it", "Non succedeva da giugno, quando erano stati scarcerati Sergei Tikhanovsky e altre "
           "13 persone.", [(R, 14, "2025-06-01")]),
    ("it", "Graziato a fine luglio, l'oppositore è stato scarcerato il 1° agosto.",
     [(P, None, "2025-07-01"), (R, None, "2025-08-01")]),
    # ---- Spanish
    ("es", "El 4 de junio Minsk liberó a 14 detenidos. Al día siguiente, EE.UU. suavizó las "
           "sanciones contra Belavia.", [(R, 14, "2025-06-04"), (SE, None, "2025-06-05")]),
    ("es", "El 4 de junio Minsk liberó a 14 detenidos. Una semana después, Lukashenko se "
           "reunió con el enviado estadounidense.",
     [(R, 14, "2025-06-04"), (TK, None, "2025-06-11")]),
    ("es", "El 4 de junio Minsk liberó a 14 detenidos. Ese mismo día Washington levantó las "
           "sanciones contra Belavia.", [(R, 14, "2025-06-04"), (SL, None, "2025-06-04")]),
    ("es", "El 11 de septiembre Minsk excarceló a 52 detenidos. Por entonces Washington "
           "también había aliviado las sanciones contra Belavia.",
     [(R, 52, "2025-09-11"), (SE, None, "2025-09-11")]),
    ("es", "Lukashenko recibió al enviado estadounidense en septiembre, y luego fueron "
           "liberados 52 presos.", [(R, 52, "2025-09-01"), (TK, None, "2025-09-01")]),
    ("es", "Es la primera excarcelación desde junio, cuando fueron liberados 14 detenidos.",
     [(R, 14, "2025-06-01")]),
    ("es", "Indultado a finales de julio, el opositor fue excarcelado el 1º de agosto.",
     [(P, None, "2025-07-01"), (R, None, "2025-08-01")]),
    # ---- Portuguese
    ("pt", "A 4 de junho Minsk libertou 14 detidos. No dia seguinte, os EUA aliviaram as "
           "sanções contra a Belavia.", [(R, 14, "2025-06-04"), (SE, None, "2025-06-05")]),
    ("pt", "A 4 de junho Minsk libertou 14 detidos. Na véspera, Lukashenko tinha recebido o "
           "enviado americano.", [(R, 14, "2025-06-04"), (TK, None, "2025-06-03")]),
    ("pt", "A 4 de junho Minsk libertou 14 detidos. Uma semana depois, Lukashenko reuniu-se "
           "com o enviado americano.", [(R, 14, "2025-06-04"), (TK, None, "2025-06-11")]),
    ("pt", "A 4 de junho Minsk libertou 14 detidos. No mesmo dia, Washington levantou as "
           "sanções contra a Belavia.", [(R, 14, "2025-06-04"), (SL, None, "2025-06-04")]),
    ("pt", "A 11 de setembro Minsk libertou 52 detidos. Na altura, Washington também aliviou "
           "as sanções contra a Belavia.", [(R, 52, "2025-09-11"), (SE, None, "2025-09-11")]),
    ("pt", "Lukashenko recebeu o enviado americano em setembro, e depois foram libertados 52 "
           "presos.", [(R, 52, "2025-09-01"), (TK, None, "2025-09-01")]),
    ("pt", "É a primeira libertação desde junho, quando foram libertados 14 detidos.",
     [(R, 14, "2025-06-01")]),
    ("pt", "Indultado no fim de julho, o opositor foi solto em 1º de agosto.",
     [(P, None, "2025-07-01"), (R, None, "2025-08-01")]),
]

# a date counted back from the main clause's date: "two weeks after the release of 123"
# dates the release two weeks before it; a date right after the trigger is its own
COUNTED = [
    ("fr", "Ces grâces interviennent deux semaines après la libération, le 13 décembre, de "
           "123 prisonniers.", [(R, 123, S)]),
    ("fr", "Le 28 novembre, deux semaines après la libération de 123 détenus, Loukachenko a "
           "gracié 22 personnes.", [(P, 22, "2025-11-28"), (R, 123, "2025-11-14")]),
    ("fr", "Loukachenko a reçu l'émissaire américain deux jours avant la libération de 14 "
           "détenus le 4 juin.", [(R, 14, "2025-06-04"), (TK, None, "2025-06-02")]),
    ("fr", "Le 4 juin, Minsk a libéré 14 détenus. Deux jours après, Washington a allégé les "
           "sanctions visant Belavia.", [(R, 14, "2025-06-04"), (SE, None, "2025-06-06")]),
    ("it", "Il 28 novembre, due settimane dopo la liberazione di 123 detenuti, Lukashenko ha "
           "graziato 22 persone.", [(P, 22, "2025-11-28"), (R, 123, "2025-11-14")]),
    ("it", "Il 4 giugno Minsk ha liberato 14 detenuti. Il giorno prima Lukashenko aveva "
           "incontrato l'inviato americano Keith Kellogg.",
     [(R, 14, "2025-06-04"), (TK, None, "2025-06-03")]),
    ("es", "El 28 de noviembre, dos semanas después de la liberación de 123 presos, Lukashenko "
           "indultó a 22 personas.", [(P, 22, "2025-11-28"), (R, 123, "2025-11-14")]),
    ("es", "El 4 de junio Minsk liberó a 14 detenidos. El día anterior, Lukashenko se había "
           "reunido con el enviado estadounidense.",
     [(R, 14, "2025-06-04"), (TK, None, "2025-06-03")]),
    ("es", "El 4 de junio Minsk liberó a 14 detenidos. Dos días después, EE.UU. suavizó las "
           "sanciones contra Belavia.", [(R, 14, "2025-06-04"), (SE, None, "2025-06-06")]),
    ("pt", "A 28 de novembro, duas semanas depois da libertação de 123 presos, Lukashenko "
           "indultou 22 pessoas.", [(P, 22, "2025-11-28"), (R, 123, "2025-11-14")]),
    ("pt", "A 4 de junho Minsk libertou 14 detidos. No dia anterior, Lukashenko tinha "
           "recebido o enviado americano.", [(R, 14, "2025-06-04"), (TK, None, "2025-06-03")]),
]

# the people of a pardon told in the sentence before, taken to two countries: each group
# is a release of the pardon's day
HANDED = [
    ("fr", "Loukachenko a gracié samedi 123 prisonniers. Neuf d'entre eux ont été conduits en "
           "Lituanie, les 114 autres ont été remis à l'Ukraine.",
     [(P, 123, S), (R, 9, S), (R, 114, S)]),
    ("it", "Lukashenko ha graziato sabato 123 prigionieri. Nove di loro sono stati portati in "
           "Lituania e gli altri 114 consegnati all'Ucraina.",
     [(P, 123, S), (R, 9, S), (R, 114, S)]),
    ("es", "Lukashenko indultó el sábado a 123 presos. Nueve de ellos fueron trasladados a "
           "Lituania y los otros 114 entregados a Ucrania.",
     [(P, 123, S), (R, 9, S), (R, 114, S)]),
    ("pt", "Lukashenko indultou no sábado 123 presos. Nove deles foram levados para a Lituânia "
           "e os restantes 114 entregues à Ucrânia.",
     [(P, 123, S), (R, 9, S), (R, 114, S)]),
    ("fr", "Les 14 détenus ont été transférés vers la Lituanie samedi.", [(R, 14, S)]),
]

# year-only and part-of-month phrases
PHRASES = [
    ("fr", "L'an dernier, Minsk avait libéré 30 prisonniers.", [(R, 30, "2024-01-01")]),
    ("fr", "Cette année, Minsk a libéré 30 prisonniers.", [(R, 30, "2025-01-01")]),
    ("fr", "Courant juillet, Minsk a libéré 30 prisonniers.", [(R, 30, "2025-07-01")]),
    ("it", "A metà luglio Minsk ha liberato 30 prigionieri.", [(R, 30, "2025-07-01")]),
    ("it", "Quest'anno Minsk ha liberato 30 prigionieri.", [(R, 30, "2025-01-01")]),
    ("es", "El año pasado Minsk liberó a 30 presos.", [(R, 30, "2024-01-01")]),
    ("es", "A mediados de julio Minsk liberó a 30 presos.", [(R, 30, "2025-07-01")]),
    ("pt", "No ano passado Minsk libertou 30 presos.", [(R, 30, "2024-01-01")]),
    ("pt", "Em meados de julho Minsk libertou 30 presos.", [(R, 30, "2025-07-01")]),
    # a day of the month alone: the latest such day up to publication
    ("fr", "Minsk avait libéré le 13 courant 14 prisonniers.", [(R, 14, S)]),
    ("it", "Il giorno 13 Minsk ha liberato 14 prigionieri.", [(R, 14, S)]),
    ("es", "El pasado día 13, Minsk liberó a 14 presos.", [(R, 14, S)]),
    ("pt", "No passado dia 13, Minsk libertou 14 presos.", [(R, 14, S)]),
]

WORDS = [
    ("fr", "Londres a placé jeudi 7 entités bélarusses sous sanctions.", [(SI, 7, J)]),
    ("it", "Londra ha messo sotto sanzioni giovedì 7 entità bielorusse.", [(SI, 7, J)]),
    ("es", "Londres sometió a sanciones el jueves a 7 entidades bielorrusas.", [(SI, 7, J)]),
    ("pt", "Londres colocou sob sanções na quinta-feira 7 entidades bielorrussas.",
     [(SI, 7, J)]),
    ("pt", "Os 14 presos foram entregues no sábado às autoridades lituanas.", [(R, 14, S)]),
    ("fr", "Jeudi, Loukachenko a accordé son pardon à 16 condamnés.", [(P, 16, J)]),
    ("it", "Giovedì Lukashenko ha concesso il perdono a 16 condannati.", [(P, 16, J)]),
    # "the two leaders" are the state parties of a call
    ("it", "I due leader hanno avuto sabato una conversazione telefonica.", [(TK, None, S)]),
    ("es", "Los dos líderes mantuvieron el sábado una conversación telefónica.",
     [(TK, None, S)]),
    ("pt", "Os dois líderes tiveram no sábado uma conversa telefónica.", [(TK, None, S)]),
    # each side's number after an exchange: "84 de chaque côté", "84 per parte"
    ("fr", "Kiev et Moscou ont échangé samedi des prisonniers de guerre, 84 de chaque côté.",
     [(R, 84, S)]),
    ("it", "Kiev e Mosca si sono scambiate sabato prigionieri di guerra, 84 per parte.",
     [(R, 84, S)]),
    ("es", "Kiev y Moscú intercambiaron el sábado prisioneros de guerra, 84 por bando.",
     [(R, 84, S)]),
    ("pt", "Kiev e Moscovo trocaram no sábado prisioneiros de guerra, 84 de cada lado.",
     [(R, 84, S)]),
    ("it", "Il Tesoro ha tolto martedì Belavia dalla lista SDN.", [(SL, None, T)]),
    ("pt", "Lukashenko tinha recebido o presidente americano na sexta-feira.", [(TK, None, F)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), CONTEXT + COUNTED + HANDED + PHRASES + WORDS)
def test_sweep3(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # further releases spoken of ahead: expected, dated by the month ahead
        ("fr", "Des sources proches des négociations évoquent de nouvelles libérations dès "
               "janvier.", [(R, None, "2026-01-01", "expected")]),
        ("fr", "D'autres libérations pourraient suivre dans les prochaines semaines.",
         [(R, None, None, "expected")]),
        ("it", "Coale ha detto che altre scarcerazioni potrebbero arrivare nelle prossime "
               "settimane.", [(R, None, None, "expected")]),
        ("it", "Fonti vicine ai negoziati parlano di nuove scarcerazioni già a gennaio.",
         [(R, None, "2026-01-01", "expected")]),
        ("es", "Fuentes cercanas a las negociaciones hablan de nuevas excarcelaciones en enero.",
         [(R, None, "2026-01-01", "expected")]),
        ("pt", "Fontes próximas das negociações falam de novas libertações em janeiro.",
         [(R, None, "2026-01-01", "expected")]),
        # "X is not among those pardoned today": a denial, dated by its own day
        ("fr", "Le journaliste Andrzej Poczobut ne figure pas parmi les graciés de samedi.",
         [(P, None, S, "denied")]),
        ("it", "Non figura invece tra i graziati di oggi Andrzej Poczobut, giornalista della "
               "minoranza polacca.", [(P, None, S, "denied")]),
        ("es", "No figura entre los indultados de hoy el periodista Andrzej Poczobut.",
         [(P, None, S, "denied")]),
        ("pt", "Não consta entre os indultados deste sábado o jornalista Andrzej Poczobut.",
         [(P, None, S, "denied")]),
        # a pronoun takes up the sanctions: a refusal to ease them
        ("pt", "A UE mantém as sanções ao potássio bielorrusso e não tenciona aliviá-las.",
         [(SE, None, None, "denied")]),
        ("es", "Bruselas mantiene las sanciones a la potasa y no piensa aliviarlas.",
         [(SE, None, None, "denied")]),
    ],
)
def test_moods(language: str, text: str, expected: list[tuple]) -> None:
    assert stated(text, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Je vous demande pardon pour ce retard."),
        ("fr", "Le joueur a placé le ballon sous la barre jeudi."),
        ("fr", "Les joueurs ont été conduits en Lituanie pour le tournoi."),
        ("it", "Il giorno dopo la squadra ha vinto la partita."),
        ("es", "El club sometió a votación el jueves el nuevo estatuto."),
        ("pt", "A câmara colocou na quinta-feira 12 bancos no jardim."),
        ("fr", "Les deux équipes ont échangé leurs maillots, 11 de chaque côté."),
        ("it", "Le due squadre hanno avuto sabato un incontro."),
        ("es", "Los dos equipos mantuvieron el sábado una reunión."),
        ("pt", "Os dois clubes tiveram no sábado uma reunião."),
    ],
)
def test_other_senses_stay_quiet(language: str, text: str) -> None:
    assert stated(text, language) == []
