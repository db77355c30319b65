"""Narrow a corpus to one story: the articles that name its countries often enough.

A story is DATA, a row of ``toolkit/resources/stories.csv``: the gazetteer
countries whose names count (every person, organisation, place and the
country itself whose gazetteer ``country`` is one of them), keywords for
what the gazetteer's capitalised-name matching misses, and how many mentions
make an article part of the story. Nothing about a country is written here.

Examples
--------
>>> load_story("belarus").countries
('Belarus',)
>>> story_mentions("Lukashenko pardoned 14 foreign citizens in Minsk.", "belarus")
2
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from toolkit.config import RESOURCES, file_stamp
from toolkit.gazetteer import Gazetteer, load_gazetteer

__all__ = ["STORIES_PATH", "Story", "load_story", "story_articles", "story_events", "story_mentions"]

#: The bundled stories.
STORIES_PATH = RESOURCES / "stories.csv"


@dataclass(frozen=True)
class Story:
    """One story a corpus can be narrowed to (a row of ``stories.csv``)."""

    name: str
    countries: tuple[str, ...]
    keywords: tuple[str, ...]
    min_mentions: int
    about: str


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split(";") if v.strip())


@lru_cache(maxsize=8)
def _stories(path: str, stamp: tuple[tuple[str, int], ...]) -> dict[str, Story]:
    """The stories of ``path``, read again when ``stamp`` (its modification time) changes."""
    lines = [line for line in Path(path).read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.lstrip().startswith("#")]
    out: dict[str, Story] = {}
    for row in csv.DictReader(io.StringIO("\n".join(lines))):
        try:
            minimum = int(row["min_mentions"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path}: story {row.get('story')!r} needs an integer min_mentions") from exc
        name = (row.get("story") or "").strip()
        out[name] = Story(name, _split(row.get("countries")), _split(row.get("keywords")), minimum,
                          (row.get("about") or "").strip())
    return out


def load_story(story: str | Story, path: str | Path | None = None) -> Story:
    """Return a story of ``stories.csv`` (or of your own file with the same columns).

    Parameters
    ----------
    story : str or Story
        Its name (``"belarus"``); a :class:`Story` is returned as it is.
    path : str or Path, optional
        A CSV with columns ``story, countries, keywords, min_mentions, about``
        (``#`` lines are comments); the bundled one when None.

    Returns
    -------
    Story
    """
    if isinstance(story, Story):
        return story
    source = Path(path or STORIES_PATH)
    stories = _stories(str(source), file_stamp([source]))
    if story not in stories:
        raise ValueError(f"unknown story {story!r}: known are {sorted(stories)} (in {path or STORIES_PATH})")
    return stories[story]


def _keyword_pattern(keywords: tuple[str, ...]) -> re.Pattern[str] | None:
    if not keywords:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in keywords) + r")\w*", re.IGNORECASE)


def story_mentions(text: str | None, story: str | Story, gazetteer: Gazetteer | None = None) -> int:
    """Count the places in ``text`` that name the story: gazetteer names of its
    countries and its keywords, a stretch matched by both counted once.

    Parameters
    ----------
    text : str or None
        One article's title and text.
    story : str or Story
        See :func:`load_story`.
    gazetteer : Gazetteer, optional
        Defaults to :func:`toolkit.gazetteer.load_gazetteer`.

    Returns
    -------
    int
    """
    if not isinstance(text, str) or not text:
        return 0
    story = load_story(story)
    gazetteer = gazetteer or load_gazetteer()
    spans = [(hit["start"], hit["end"]) for hit in gazetteer.find(text)
             if hit["country"] in story.countries]
    pattern = _keyword_pattern(story.keywords)
    if pattern is not None:
        spans += [m.span() for m in pattern.finditer(text)]
    count, end = 0, -1
    for start, stop in sorted(spans):
        if start >= end:
            count += 1
        end = max(end, stop)
    return count


def story_articles(articles: pd.DataFrame, story: str | Story = "belarus", *,
                   min_mentions: int | None = None, gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Keep the articles of one story.

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles with ``title`` and ``text`` (e.g. :func:`toolkit.load_sample`).
    story : str or Story
        A story of ``toolkit/resources/stories.csv`` (see :func:`load_story`).
    min_mentions : int, optional
        Mentions an article needs (title and text together); the story's
        ``min_mentions`` when None.
    gazetteer : Gazetteer, optional
        Defaults to :func:`toolkit.gazetteer.load_gazetteer`.

    Returns
    -------
    pandas.DataFrame
        The rows of ``articles`` that belong to the story, in their order, with
        a ``story_mentions`` column. ``attrs``: ``story``, ``kept`` and ``of``
        (how many articles of how many).
    """
    missing = {"title", "text"} - set(articles.columns)
    if missing:
        raise ValueError(f"story_articles: articles need columns {sorted(missing)}")
    story = load_story(story)
    minimum = story.min_mentions if min_mentions is None else int(min_mentions)
    gazetteer = gazetteer or load_gazetteer()
    texts = articles["title"].fillna("").astype(str) + "\n" + articles["text"].fillna("").astype(str)
    counts = texts.map(lambda t: story_mentions(t, story, gazetteer)).astype("int64")
    kept = articles.assign(story_mentions=counts)[counts >= minimum]
    kept.attrs = {**articles.attrs, "story": story.name, "kept": len(kept), "of": len(articles)}
    return kept


def story_events(events: pd.DataFrame, articles: pd.DataFrame,
                 mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Keep the events that come from ``articles`` (e.g. a story's).

    Parameters
    ----------
    events : pandas.DataFrame
        Event mentions (with ``article_id``), or consolidated events (with
        ``event_ids``, the mentions merged into each).
    articles : pandas.DataFrame
        The articles to keep events of (``article_id``).
    mentions : pandas.DataFrame, optional
        The mentions the consolidated ``events`` were made from
        (``event_id``, ``article_id``); needed for consolidated events.

    Returns
    -------
    pandas.DataFrame
        The rows of ``events`` with at least one mention from ``articles``.
    """
    keep = set(articles["article_id"].astype(str))
    if "article_id" in events.columns:
        return events[events["article_id"].astype(str).isin(keep)]
    if "event_ids" not in events.columns:
        raise ValueError("story_events: events need an `article_id` or an `event_ids` column")
    if mentions is None or not {"event_id", "article_id"} <= set(mentions.columns):
        raise ValueError("story_events: consolidated events need the mentions they were made from "
                         "(a frame with `event_id` and `article_id`)")
    source = dict(zip(mentions["event_id"].astype(str), mentions["article_id"].astype(str), strict=True))
    mask = events["event_ids"].map(lambda ids: any(source.get(str(i)) in keep for i in (ids if ids is not None else [])))
    return events[mask.astype(bool)]
