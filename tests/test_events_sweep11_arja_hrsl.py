"""A gapped clause with a date of its own: the thirteenth-round sweep (hr, sl).

Sentences written for the project. "Početkom prosinca pomilovano je 29 osoba, a prošlog
mjeseca njih 32", "julija je pomilostil 18 zapornikov, avgusta pa še 30": the second
clause leaves out the verb and tells a further happening of the same kind, with its own
date and count (the language's ``own_event`` count pattern). A clause in a chain ends at
the next one ("u listopadu 37, a u studenome njih 32"). A year after a dated dateline is
no count; a count with a verb of its own is no gapped clause.
Published on Saturday 2025-12-13 (``eventcases.SAT``).
"""

from __future__ import annotations

import pytest
from eventcases import stated

P, R = "pardon", "release"

GAPPED = [
    ("hr", "Početkom prosinca pomilovano je 29 osoba, a prošlog mjeseca njih 32.",
     [(P, 29, "2025-12-01"), (P, 32, "2025-11-01")]),
    ("hr", "U prosincu je pomilovao 29 osoba, a u studenome 32 osobe.",
     [(P, 29, "2025-12-01"), (P, 32, "2025-11-01")]),
    ("hr", "Lukašenko je 9. prosinca pomilovao 29 osoba, a 12. prosinca još 20.",
     [(P, 20, "2025-12-12"), (P, 29, "2025-12-09")]),
    ("hr", "U srpnju je pušteno 18 zatvorenika, a u kolovozu još 30.",
     [(R, 18, "2025-07-01"), (R, 30, "2025-08-01")]),
    ("hr", "U srpnju je na slobodu pušteno 18 ljudi, a u kolovozu još 30 zatvorenika.",
     [(R, 18, "2025-07-01"), (R, 30, "2025-08-01")]),
    ("hr", "Lukašenko je u ponedjeljak pomilovao 20 zatvorenika, a u petak još 10.",
     [(P, 10, "2025-12-12"), (P, 20, "2025-12-08")]),
    ("hr", "Početkom prosinca pomilovano je 29 osoba, a krajem studenoga 32.",
     [(P, 29, "2025-12-01"), (P, 32, "2025-11-01")]),
    ("hr", "U rujnu je pomilovano 30 osoba, u listopadu 37, a u studenome njih 32.",
     [(P, 30, "2025-09-01"), (P, 32, "2025-11-01"), (P, 37, "2025-10-01")]),
    ("sl", "V začetku julija je bilo izpuščenih 18 zapornikov, avgusta pa še 30.",
     [(R, 18, "2025-07-01"), (R, 30, "2025-08-01")]),
    ("sl", "Lukašenko je julija pomilostil 18 zapornikov, avgusta pa 30.",
     [(P, 18, "2025-07-01"), (P, 30, "2025-08-01")]),
    ("sl", "Lukašenko je 3. julija pomilostil 18 zapornikov, 16. avgusta pa še 30.",
     [(P, 18, "2025-07-03"), (P, 30, "2025-08-16")]),
    ("sl", "Lukašenko je julija pomilostil 18 ljudi, v začetku avgusta pa še 30.",
     [(P, 18, "2025-07-01"), (P, 30, "2025-08-01")]),
    ("sl", "Julija je bilo pomiloščenih 18 ljudi, a avgusta še 30.",
     [(P, 18, "2025-07-01"), (P, 30, "2025-08-01")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), GAPPED,
                         ids=[str(i) for i in range(len(GAPPED))])
def test_a_gapped_clause_is_a_further_happening_of_its_own_date(
        language: str, text: str, expected: list) -> None:
    assert stated(text, language) == expected


# no gapped clause: a count with a verb of its own, a year after a dateline
ONE = [
    ("hr", "U prosincu je pomilovao 29 osoba, a u studenome 32 osobe zatražile su milost.",
     [(P, 29, "2025-12-01")]),
    ("hr", "MINSK, 12. prosinca 2025. (Hina) – Bjeloruski predsjednik Aleksandr Lukašenko "
           "pomilovao je 30 osoba.",
     [(P, 30, "2025-12-12")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), ONE,
                         ids=[str(i) for i in range(len(ONE))])
def test_no_gapped_clause_is_one_happening(language: str, text: str, expected: list) -> None:
    assert stated(text, language) == expected
