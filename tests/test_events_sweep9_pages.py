"""Whole pages, eleventh-round sweep: a headline's count told under its family's other
type, and full date lines under a headline.

Short pages written for the project. Each table checks one shape the blind development
pages (``pages_p65`` ... ``pages_p68``) and the earlier development pages showed:

- a headline tells a release with its count ("Belarus frees 40 prisoners") and the lead
  tells the pardon of those 40 with its day, never the release again: the headline's
  release takes the pardon's day and stays an event of its own (the labels keep a pardon
  and the release it brought). Counts that differ, an expected pardon, or another family
  (sanctions) with the same number leave the headline undated;
- a full date line under a headline that is the widest line of its block ("Stand:
  13.12.2025, 19:48 Uhr", "12.09.2025 07:15") is a line of its own, not the wrapped tail
  of the headline: the page keeps its date and the headline no date of its own.
"""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import stated

from toolkit.clean.pages import parse_text
from toolkit.clean.text import normalize_text, paragraphs
from toolkit.events import events_from_text

SAT = "2025-12-13"

# (language, headline, lead, expected distinct (type, count, date, modality))
_KIN = [
    ("en", "Belarus frees 40 prisoners",
     "Alexander Lukashenko pardoned 40 prisoners on Saturday, his office said. "
     "They were driven to the Lithuanian border.",
     {("release", 40, SAT, "reported"), ("pardon", 40, SAT, "reported")}),
    ("de", "Belarus lässt 40 Gefangene frei",
     "Machthaber Alexander Lukaschenko hat am Samstag 40 Gefangene begnadigt, wie sein Büro "
     "mitteilte. Sie wurden an die litauische Grenze gebracht.",
     {("release", 40, SAT, "reported"), ("pardon", 40, SAT, "reported")}),
    ("fr", "Le Bélarus libère 40 prisonniers",
     "Le président Alexandre Loukachenko a gracié samedi 40 détenus, a annoncé sa présidence. "
     "Ils ont été conduits à la frontière lituanienne.",
     {("release", 40, SAT, "reported"), ("pardon", 40, SAT, "reported")}),
    ("es", "Bielorrusia libera a 40 presos",
     "El presidente Alexandr Lukashenko indultó el sábado a 40 presos, informó su oficina. "
     "Fueron trasladados a la frontera con Lituania.",
     {("release", 40, SAT, "reported"), ("pardon", 40, SAT, "reported")}),
    ("pl", "Białoruś uwolniła 40 więźniów",
     "Alaksandr Łukaszenka ułaskawił w sobotę 40 więźniów – poinformowała jego administracja. "
     "Przewieziono ich na granicę z Litwą.",
     {("release", 40, SAT, "reported"), ("pardon", 40, SAT, "reported")}),
    ("ru", "Белоруссия освободила 40 заключенных",
     "Президент Александр Лукашенко в субботу помиловал 40 заключенных, сообщили в его "
     "администрации. Их доставили к литовской границе.",
     {("release", 40, SAT, "reported"), ("pardon", 40, SAT, "reported")}),
    ("hr", "Bjelorusija oslobodila 40 zatvorenika",
     "Predsjednik Aleksandar Lukašenko u subotu je pomilovao 40 zatvorenika, priopćio je "
     "njegov ured. Prevezeni su do litavske granice.",
     {("release", 40, SAT, "reported"), ("pardon", 40, SAT, "reported")}),
    # the other way round: a pardon in the headline, the release with its day in the lead
    ("en", "Lukashenko pardons 40 prisoners",
     "Belarus released 40 prisoners on Saturday, his office said. "
     "They were driven to the Lithuanian border.",
     {("release", 40, SAT, "reported"), ("pardon", 40, SAT, "reported")}),
    # a kicker and a byline between the headline and its lead
    ("en", "WORLD\nBelarus frees 40 prisoners\nBy Jane Doe",
     "Alexander Lukashenko pardoned 40 prisoners on Saturday, his office said. "
     "They were driven to the Lithuanian border.",
     {("release", 40, SAT, "reported"), ("pardon", 40, SAT, "reported")}),
    # the release told again with its count: the two are joined as before
    ("en", "Belarus frees 40 prisoners",
     "Alexander Lukashenko pardoned 40 prisoners on Saturday, his office said. "
     "The 40 were released on Saturday evening.",
     {("release", 40, SAT, "reported"), ("pardon", 40, SAT, "reported")}),
    # another family with the same number: no date from it
    ("en", "Belarus frees 12 prisoners",
     "The EU sanctioned 12 officials on Saturday, its council said. "
     "Rights groups welcomed the move.",
     {("release", 12, None, "reported"), ("sanctions_imposed", 12, SAT, "reported")}),
    # an expected pardon dates nothing
    ("en", "Belarus frees 40 prisoners",
     "Alexander Lukashenko is expected to pardon 40 more prisoners, his office said. "
     "The first group crossed into Lithuania.",
     {("release", 40, None, "reported"), ("pardon", 40, None, "expected")}),
]


@pytest.mark.parametrize(("language", "head", "lead", "want"), _KIN)
def test_headline_count_dated_by_its_family_kin(language: str, head: str, lead: str,
                                                want: set) -> None:
    assert set(stated(f"{head}\n\n{lead}", language, modality=True)) == want


def test_headline_count_differing_from_the_lead_stays_undated() -> None:
    text = ("Belarus frees 40 prisoners\n\nAlexander Lukashenko pardoned 35 prisoners on "
            "Saturday, his office said.")
    got = set(stated(text, "en", modality=True))
    assert ("release", 40, None, "reported") in got
    assert ("pardon", 35, SAT, "reported") in got


# (headline: the widest line of its block, date line under it, page date it gives)
_DATE_LINES = [
    ("Freilassungen in Belarus: Lukaschenko begnadigt 40 Gefangene – Oppositionelle und "
     "Journalisten frei", "Stand: 13.12.2025, 19:48 Uhr", "2025-12-13"),
    ("NachrichtenSammler.example › Politik › Ausland › Osteuropa › Belarus › Gefangene und "
     "Politik", "12.09.2025 07:15", "2025-09-12"),
    ("Belarus frees 40 prisoners including a Nobel laureate and a former presidential hopeful",
     "Updated: 16 December 2025, 07:30 GMT", "2025-12-16"),
    ("Belarus frees 40 prisoners including a Nobel laureate and a former presidential hopeful",
     "Published 13 December 2025", "2025-12-13"),
    ("Belarus frees 40 prisoners including a Nobel laureate and a former presidential hopeful",
     "13 December 2025, 19:48", "2025-12-13"),
    ("Bielorrusia libera a 40 presos, entre ellos un premio Nobel y una líder opositora",
     "Actualizado: 13/12/2025 19:48", "2025-12-13"),
    ("Białoruś uwolniła 40 więźniów, wśród nich noblistę i znaną opozycjonistkę z Mińska",
     "Opublikowano: 13.12.2025, 19:48", "2025-12-13"),
    ("Белоруссия освободила 40 заключенных, среди них нобелевского лауреата и оппозиционерку",
     "Обновлено 13.12.2025, 19:48", "2025-12-13"),
    ("Belarus laat 40 gevangenen vrij, onder wie een Nobelprijswinnaar en een oppositieleider",
     "Gepubliceerd op 13 december 2025, 19:48", "2025-12-13"),
    ("Belorusija izpustila 40 zapornikov, med njimi nobelovca in znano opozicijsko voditeljico",
     "Objavljeno: 13. 12. 2025 ob 19.48", "2025-12-13"),
    ("Bjelorusija oslobodila 40 zatvorenika, među njima nobelovca i poznatu oporbenu čelnicu",
     "Objavljeno: 13.12.2025. u 19:48", "2025-12-13"),
    # a word before the clock time ("à", "alle", "a las", "às", "godz.", "в", "о")
    ("Le Bélarus libère 40 prisonniers, dont un prix Nobel et une figure de l'opposition",
     "Mis à jour le 13/12/2025 à 19:48", "2025-12-13"),
    ("La Bielorussia libera 40 prigionieri, tra loro un premio Nobel e una leader "
     "dell'opposizione", "Pubblicato il 13/12/2025 alle 19:48", "2025-12-13"),
    ("La Bielorussia libera 40 prigionieri, tra loro un premio Nobel e una leader "
     "dell'opposizione", "13 dicembre 2025, ore 19:42", "2025-12-13"),
    ("Bielorrusia libera a 40 presos, entre ellos un premio Nobel y una líder opositora",
     "Actualizado el 13/12/2025 a las 19:48", "2025-12-13"),
    ("Belarus liberta 40 presos, entre eles um Nobel da Paz e uma líder da oposição exilada",
     "Atualizado em 13/12/2025 às 19h48", "2025-12-13"),
    ("Białoruś uwolniła 40 więźniów, wśród nich noblistę i znaną opozycjonistkę z Mińska",
     "Opublikowano: 13.12.2025, godz. 19:48", "2025-12-13"),
    ("Белоруссия освободила 40 заключенных, среди них нобелевского лауреата и оппозиционерку",
     "Опубликовано 13 декабря 2025 в 19:48", "2025-12-13"),
    ("Білорусь звільнила 40 вʼязнів, серед них нобелівського лауреата та опозиціонерку з "
     "Мінська", "Опубліковано 13 грудня 2025 о 19:48", "2025-12-13"),
]


def _head_page(head: str, line: str) -> str:
    return (f"SITE NAME\nHome › World › Europe › Belarus › Politics and prisoners\n{head}\n{line}\n"
            "[Share] [Print]\n\nThe first paragraph of the article tells what happened, at some "
            "length, as articles do.\nA second line follows it.")


@pytest.mark.parametrize(("head", "line", "day"), _DATE_LINES)
def test_full_date_line_under_a_headline_is_its_own_line(head: str, line: str, day: str) -> None:
    page = _head_page(head, line)
    assert line in paragraphs(normalize_text(page))
    assert str(parse_text(page)["published"])[:10] == day


@pytest.mark.parametrize(
    ("before", "line"),
    [
        ("were told by the officials that the measure would take effect on", "12 September 2025."),
        ("erfuhren von den Behörden, dass die Regelung in Kraft tritt am", "12.09.2025 um 10:00 Uhr."),
        ("erfuhren von den Behörden, dass die Regelung in Kraft trat, nämlich am",
         "Dienstag, dem 12.09.2025 um 10:00"),
    ],
)
def test_date_ending_a_hard_wrapped_sentence_stays_its_tail(before: str, line: str) -> None:
    page = ("SITE NAME\n\nThe ministry said on Friday that the new rules, which it had\n"
            f"announced in the spring after long talks with the unions,\n{before}\n{line}\n"
            "Others followed.")
    assert not any(p.startswith(line) for p in paragraphs(normalize_text(page)))


# A live blog's entry that opens with its clock time on its own line, without a bullet: the
# entry's first sentence tells what happened on the blog's day (published 2025-09-11).
_BLOG_DAY = "2025-09-11"


@pytest.mark.parametrize(
    ("language", "entry", "want"),
    [
        ("pt", "18h40 - O Departamento do Tesouro dos EUA confirmou que emitiu uma licença geral "
               "que alivia as sanções contra a Belavia.", {("sanctions_eased", None, _BLOG_DAY)}),
        ("hr", "13:30 Bjelorusija je pustila na slobodu 52 zatvorenika, javlja litavska vlada.",
         {("release", 52, _BLOG_DAY)}),
        ("lt", "16:05 | Oficialu: Baltarusija paleido 52 kalinius. Juos autobusais atvežė iki "
               "Lietuvos sienos.", {("release", 52, _BLOG_DAY)}),
        ("de", "+++ 11.40 Uhr: Lukaschenko empfängt US-Gesandten zu Gesprächen +++",
         {("talks", None, _BLOG_DAY)}),
        ("en", "17:05 Fourteen prisoners have been freed, Lithuania says.",
         {("release", 14, _BLOG_DAY)}),
        # a timeline's day and month in digits is no clock time
        ("en", "12.07 – Lukashenko pardoned 30 prisoners.", {("pardon", 30, None)}),
        # only the entry's first sentence takes the blog's day
        ("en", "15:30 Belarus has freed 52 prisoners, Lithuania says. In the spring Lukashenko "
               "pardoned 30 people, rights groups recalled.",
         {("release", 52, _BLOG_DAY), ("pardon", 30, None)}),
    ],
)
def test_entry_opening_with_its_clock_time_takes_the_blog_day(language: str, entry: str,
                                                              want: set) -> None:
    page = f"Live coverage of 11 September 2025\n\n{entry}\n\n10:00 Good morning and welcome."
    got = {(r["event_type"], None if pd.isna(r["count"]) else int(r["count"]),
            None if pd.isna(r["date"]) or r["date_basis"] == "published" else str(r["date"].date()))
           for r in events_from_text(page, _BLOG_DAY, language) if r["modality"] == "reported"}
    assert got == want


def test_one_text_opening_with_a_clock_time_is_no_blog_entry() -> None:
    rows = events_from_text("14:05 Lukashenko has pardoned another 32 people, his office says.",
                            _BLOG_DAY, "en")
    assert [(r["event_type"], r["date_basis"]) for r in rows] == [("pardon", "published")]
