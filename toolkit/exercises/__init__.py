"""Check functions for the classroom exercises in ``notebooks/exercises/``.

Each ``check_*`` function takes what a student produced and returns a
:class:`Feedback`: solved or not, and for every check that fails, what is
wrong and where to look (which event or date, which table or function),
never the answer itself. An exercise that has not been attempted yet says
"Not solved yet" instead of raising, so an unsolved notebook runs end to end.

- exercise 1, ``01_clean_a_messy_page``: :func:`check_clean_page` (properties
  a reader can verify on :func:`exercise_page`), :func:`compare_records`;
- exercise 2, ``02_release_timeline``: :func:`story_articles` narrows the
  practice corpus to the Belarus story; :func:`check_timeline` and
  :func:`check_disputed` grade against the answer key
  (:func:`toolkit.label_events`), not the toolkit's own output;
- exercise 3, ``03_compare_framing``: :func:`check_framing` (outlets checked
  against the ``type`` column of :func:`toolkit.load_outlets`).

Examples
--------
>>> check_clean_page(None).solved
False
"""

from __future__ import annotations

from toolkit.exercises.clean_page import check_clean_page, compare_records, exercise_page
from toolkit.exercises.feedback import Feedback
from toolkit.exercises.framing import check_framing
from toolkit.exercises.story import Story, load_story, story_articles, story_events, story_mentions
from toolkit.exercises.timeline import check_disputed, check_timeline

__all__ = [
    "Feedback",
    "Story",
    "check_clean_page",
    "check_disputed",
    "check_framing",
    "check_timeline",
    "compare_records",
    "exercise_page",
    "load_story",
    "story_articles",
    "story_events",
    "story_mentions",
]
