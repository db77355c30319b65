"""Exercise 3, ``03_compare_framing``: the words that lean to the state agency.

The outlets are checked against the ``type`` column of the outlet registry
(:func:`toolkit.load_outlets`), the table and the words against
``distinctive_terms`` for those two outlets (the corpus has no answer key for
words).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import pandas as pd

from toolkit.exercises.feedback import Feedback

__all__ = ["check_framing"]


_TOP_TERMS = 20  # picks must be among this many words leaning most to the state agency


def _outlet_of_type(outlets: pd.DataFrame, *words: str) -> str | None:
    """First outlet of the registry whose type contains one of ``words``."""
    types = outlets["type"].astype("string").fillna("")
    hit = outlets[types.str.contains("|".join(words), regex=True)]
    return str(hit["outlet"].iloc[0]) if len(hit) else None


@lru_cache(maxsize=1)
def _reference_framing() -> tuple[str | None, str | None, pd.DataFrame | None]:
    """The registry's state agency and exile outlet and their distinctive terms in English articles."""
    from toolkit.datasets import load_outlets, load_sample
    from toolkit.sources import distinctive_terms

    outlets = load_outlets()
    state, exile = _outlet_of_type(outlets, "state"), _outlet_of_type(outlets, "exile", "opposition")
    if state is None or exile is None:
        return state, exile, None
    articles = load_sample()
    english = articles[articles["language"] == "en"]
    return state, exile, distinctive_terms(english, by="outlet", a=state, b=exile)


def check_framing(terms: pd.DataFrame | None, a: str | None, b: str | None, picks: Sequence[str] | None) -> Feedback:
    """Check a comparison of the state agency's and the exile outlet's words.

    Parameters
    ----------
    terms : pandas.DataFrame or None
        Output of :func:`toolkit.distinctive_terms` with ``by="outlet"``
        on the English articles of the practice corpus.
    a, b : str or None
        The outlets compared: ``a`` the state news agency, ``b`` the exile outlet.
    picks : sequence of str or None
        Three words that lean to the state agency.

    Returns
    -------
    Feedback
        The outlets are checked against the ``type`` column of
        :func:`toolkit.load_outlets`; the table and the words against
        ``distinctive_terms`` computed for those two outlets.
    """
    from toolkit.datasets import load_outlets

    fb = Feedback("compare two outlets' framing")
    if terms is None or a is None or b is None or not picks:
        fb.attempted = False
        fb.problems.append(("no comparison yet", "pick the two outlets from toolkit.load_outlets() by their type"))
        return fb
    outlets = load_outlets().set_index("outlet")
    type_a = outlets["type"].get(a)
    type_b = outlets["type"].get(b)
    fb.check(type_a is not None and "state" in str(type_a), "a is the state agency",
             f"a is {a!r}, of type {type_a!r}" if type_a is not None else f"a is {a!r}, which is not in the outlet registry",
             "a should be the outlet whose type is the state news agency ('state_agency')")
    fb.check(type_b is not None and ("exile" in str(type_b) or "opposition" in str(type_b)), "b is the exile outlet",
             f"b is {b!r}, of type {type_b!r}" if type_b is not None else f"b is {b!r}, which is not in the outlet registry",
             "b should be the exile or opposition outlet ('exile_opposition')")
    if not fb.check(isinstance(terms, pd.DataFrame) and {"term", "z"} <= set(terms.columns), "terms table",
                    "the table has no `term` and `z` columns",
                    "use toolkit.distinctive_terms(english, by='outlet', a=a, b=b)"):
        return fb
    fb.check(terms["z"].is_monotonic_decreasing, "sorted by z", "the table is not sorted by z, highest first",
             "distinctive_terms sorts by z already; do not re-sort it")
    state, exile, reference = _reference_framing()
    if reference is None:
        fb.check(False, "reference", "the outlet registry has no state agency or no exile outlet",
                 "check toolkit.load_outlets()['type']")
        return fb
    top = list(reference.loc[reference["z"] > 0, "term"].head(_TOP_TERMS))
    same_outlets = (a, b) == (state, exile)
    if same_outlets:
        theirs = set(terms["term"].astype(str))
        more = "fewer" if len(reference) < len(theirs) else "more" if len(reference) > len(theirs) else "other ones"
        fb.check(theirs == set(reference["term"]), "English articles only",
                 f"your table has {len(theirs)} terms where the English articles give {more}",
                 "keep articles[articles['language'] == 'en'] before calling distinctive_terms, with its default settings")
    if isinstance(picks, str):  # "president, head, decision"
        picks = re.split(r"[,;\s]+", picks.strip())
    words = [str(p).strip().casefold() for p in picks]
    wrong = [p for p in words if p not in top]
    if len(set(words)) < 3:
        problem = f"give three different words (you gave {len(set(words))})"
    else:
        problem = f"not among the {_TOP_TERMS} words that lean most to the state agency: {wrong}"
    fb.check(len(set(words)) >= 3 and not wrong, "three words that lean to the state agency", problem,
             "read the top of the table (positive z leans to a, the state agency), not its bottom")
    return fb

