"""English whole pages, sixteenth-round sweep.

Sentences written for the project in the shapes the blind development pages
(``pages_p105``, ``pages_p106``) showed, most in wordings those pages do not use:

- "liberate" is a release verb: "urged the authorities to liberate the 300 people still
  held" is a demanded release, "liberated 40 detainees" a reported one; a town or a
  region "liberated" by an army is no release;
- "discharged from custody / prison / detention" is a release; a hospital's discharge
  is not;
- people put, escorted, driven or walked "over / across the border" in a passive are
  released; troops sent across a border, and someone who refused to be taken across,
  are not;
- "sent N <people or nationals> home" and "returned N <nationals>" with any
  nationality's plural (not only the ones listed) are releases;
- a pardon told by its instrument with a qualifier ("a clemency decree covering 31
  Ukrainian nationals", "mercy orders for about 60 people"), by "clemency for N
  prisoners", by "an act of mercy", or by "spared A, B and C the rest of their
  sentences" with names between commas;
- a month or a day with "last year", "of last year", "this year", "next year"
  ("in August of last year", "on 3 March last year") takes that year, not the
  nearest past month.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.events import events_from_text

PUB = pd.Timestamp("2025-12-16", tz="UTC")


def _rows(text: str, published: pd.Timestamp = PUB) -> list[dict]:
    return events_from_text(text, published, "en", "t")


def _day(row: dict) -> str | None:
    return None if pd.isna(row["date"]) else str(pd.Timestamp(row["date"]).date())


def _of(rows: list[dict], kind: str) -> list[dict]:
    return [r for r in rows if r["event_type"] == kind]


# (sentence, modality, count)
LIBERATE = [
    ("Human rights groups urged the government to liberate the roughly 250 people "
     "still behind bars.", "demanded", None),
    ("The opposition called on Minsk to liberate every political prisoner without "
     "conditions.", "demanded", None),
    ("Authorities liberated 40 detainees from a prison near Hrodna on Monday, "
     "their lawyers said.", "reported", 40),
]


@pytest.mark.parametrize(("sentence", "modality", "count"), LIBERATE)
def test_liberate_is_a_release(sentence, modality, count):
    rows = _of(_rows(sentence), "release")
    assert len(rows) == 1
    assert rows[0]["modality"] == modality
    if count is None:
        assert pd.isna(rows[0]["count"])
    else:
        assert rows[0]["count"] == count


@pytest.mark.parametrize("sentence", [
    "Ukrainian troops liberated the village of Robotyne on Tuesday.",
    "The city was liberated from occupation in 1944, the museum guide said.",
])
def test_a_liberated_place_is_no_release(sentence):
    assert not _of(_rows(sentence), "release")


@pytest.mark.parametrize(("sentence", "day", "count"), [
    ("In October, the blogger Ihar Losik and two other men were discharged from "
     "custody.", "2025-10-01", 3),
    ("Twelve women were discharged from the penal colony at Homel on Friday.",
     "2025-12-12", 12),
])
def test_discharged_from_custody_is_a_release(sentence, day, count):
    rows = _of(_rows(sentence), "release")
    assert len(rows) == 1
    assert _day(rows[0]) == day
    assert rows[0]["count"] == count


def test_a_hospital_discharge_is_no_release():
    assert not _of(_rows("The hospital discharged him from the ward on Monday."), "release")


@pytest.mark.parametrize(("sentence", "day", "count"), [
    ("Two French citizens were quietly escorted over the Polish border on Tuesday, "
     "officials said.", "2025-12-16", 2),
    ("Eleven prisoners were put across the Latvian frontier on Sunday.", "2025-12-14", 11),
    ("The 14 prisoners were driven across the border into Lithuania on Saturday.",
     "2025-12-13", 14),
])
def test_people_taken_over_the_border_are_released(sentence, day, count):
    rows = _of(_rows(sentence), "release")
    assert len(rows) == 1
    assert _day(rows[0]) == day
    assert rows[0]["count"] == count


@pytest.mark.parametrize("sentence", [
    "Troops were sent across the border on Monday.",
    "Mikhail Ivanou, who refused to be taken across the Lithuanian border with the "
    "others, is back in his cell.",
    "The minister was taken across the border to meet his counterpart.",
])
def test_border_crossings_that_are_no_release(sentence):
    assert not _of(_rows(sentence), "release")


@pytest.mark.parametrize(("sentence", "count"), [
    ("Belarus sent 38 Lithuanians home on Wednesday.", 38),
    ("On Wednesday Moscow sent 20 prisoners back home across the bridge.", 20),
    ("Within the hour the other side returned 35 Georgians, the ministry said on "
     "Wednesday.", 35),
    ("Within the hour the other side returned 17 Armenians, the ministry said on "
     "Wednesday.", 17),
])
def test_people_sent_home_or_returned_are_released(sentence, count):
    rows = _of(_rows(sentence), "release")
    assert len(rows) == 1
    assert rows[0]["count"] == count


@pytest.mark.parametrize(("sentence", "day", "count", "qualifier"), [
    ("On Saturday the president signed a clemency decree covering 31 Ukrainian "
     "nationals serving sentences in Belarus.", "2025-12-13", 31, "exact"),
    ("On Monday the head of state signed mercy orders for about 60 convicts.",
     "2025-12-15", 60, "about"),
    ("On Friday the president signed a pardon decree covering 12 Georgians held in "
     "Belarusian colonies.", "2025-12-12", 12, "exact"),
    ("Monday's clemency for 18 prisoners was welcomed in Vilnius.", "2025-12-15", 18, "exact"),
])
def test_a_pardon_told_by_its_instrument(sentence, day, count, qualifier):
    rows = _of(_rows(sentence), "pardon")
    assert len(rows) == 1
    assert _day(rows[0]) == day
    assert rows[0]["count"] == count
    assert rows[0]["count_qualifier"] == qualifier


def test_an_act_of_mercy_to_come_is_an_expected_pardon():
    rows = _of(_rows("Opposition figures expect another act of mercy from the president "
                     "before the holidays."), "pardon")
    assert len(rows) == 1
    assert rows[0]["modality"] == "expected"


@pytest.mark.parametrize(("sentence", "day", "count"), [
    ("On Thursday the president spared two Catholic priests, Andrei Kruk and Pavel "
     "Lis, the remainder of their sentences.", "2025-12-11", 2),
    ("On Thursday the president spared three women, two of them nurses, the rest of "
     "their prison terms.", "2025-12-11", 3),
])
def test_spared_with_names_between_commas_is_a_pardon(sentence, day, count):
    rows = _of(_rows(sentence), "pardon")
    assert len(rows) == 1
    assert _day(rows[0]) == day
    assert rows[0]["count"] == count


@pytest.mark.parametrize(("sentence", "kind", "day"), [
    ("Washington last blacklisted Belarusian officials in August of last year.",
     "sanctions_imposed", "2024-08-01"),
    ("The EU imposed sanctions on eight judges in December last year.",
     "sanctions_imposed", "2024-12-01"),
    ("Belarus freed 14 prisoners on 21 June last year.", "release", "2024-06-21"),
    ("Belarus freed 14 prisoners on June 21 of last year.", "release", "2024-06-21"),
    ("Belarus freed 30 prisoners in December this year, Viasna said.", "release", "2025-12-01"),
])
def test_a_month_with_last_or_this_year_takes_that_year(sentence, kind, day):
    rows = _of(_rows(sentence), kind)
    assert len(rows) == 1
    assert _day(rows[0]) == day


def test_a_month_without_a_year_word_still_takes_the_nearest_past():
    rows = _of(_rows("Belarus freed 14 prisoners in August."), "release")
    assert len(rows) == 1
    assert _day(rows[0]) == "2025-08-01"


# Second change: sanctions and talks wording.

@pytest.mark.parametrize(("sentence", "modality"), [
    ("A week earlier Canberra suspended part of its trade curbs on Belarusian timber.",
     "reported"),
    ("Tokyo will ease its economic curbs on Minsk once the prisoners are home, officials "
     "said.", "expected"),
])
def test_trade_curbs_eased(sentence, modality):
    rows = _of(_rows(sentence), "sanctions_eased")
    assert len(rows) == 1
    assert rows[0]["modality"] == modality


@pytest.mark.parametrize(("sentence", "modality"), [
    ("Diplomats said Washington will lift its ban on Belarusian potash imports next year.",
     "expected"),
    ("EU officials have ruled out unwinding the bloc's own flight ban.", "denied"),
    ("Brussels has no plans to unwind its restrictions on Belarusian fertiliser.", "denied"),
    ("The ministry said it would not scrap its ban on Belarusian carriers.", "denied"),
])
def test_a_states_own_ban_lifted_or_unwound(sentence, modality):
    rows = _of(_rows(sentence), "sanctions_lifted")
    assert len(rows) == 1
    assert rows[0]["modality"] == modality


@pytest.mark.parametrize("sentence", [
    "The city council lifted its ban on street parking on Monday.",
    "The league ended its ban on late transfers after the season.",
])
def test_a_ban_that_is_no_sanction(sentence):
    assert not _of(_rows(sentence), "sanctions_lifted")


@pytest.mark.parametrize(("sentence", "modality"), [
    ("The rights group calls on Britain to impose visa bans on the judges who tried the "
     "protesters.", "demanded"),
    ("MEPs said the bloc should toughen its own measures against Minsk.", "demanded"),
    ("Ministers are expected to strengthen sanctions on Belarusian banks next month.",
     "expected"),
])
def test_a_tougher_step_asked_for_or_to_come(sentence, modality):
    rows = _of(_rows(sentence), "sanctions_imposed")
    assert len(rows) == 1
    assert rows[0]["modality"] == modality


@pytest.mark.parametrize(("sentence", "day"), [
    ("Coale held two days of meetings with Lukashenko last week.", "2025-12-08"),
    ("Meetings between the two foreign ministers took place in Ankara on Friday.",
     "2025-12-12"),
])
def test_meetings_over_days_or_between_parties_are_talks(sentence, day):
    rows = _of(_rows(sentence), "talks")
    assert len(rows) == 1
    assert _day(rows[0]) == day
