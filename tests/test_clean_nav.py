"""Navigation lines in page dumps ("Home | World | Sport") are found by splitting.

The regular expression used before backtracked exponentially on a long line of
spaced items (a page dump with such a line made ``parse_text`` hang); the
function must say the same on every line that expression could read quickly.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.clean.pages import _is_nav, parse_text

# the expression _is_nav replaced, kept here as the reference on short lines
OLD_NAV = re.compile(r"^[^|•·»/\n]{1,30}(?:\s*[|•·»/]\s*[^|•·»/\n]{1,30}){2,}$")


@settings(max_examples=400)
@given(st.text(alphabet="ab |/•\n", max_size=24))
def test_same_answer_as_the_old_expression_on_short_lines(line: str) -> None:
    assert _is_nav(line) == bool(OLD_NAV.match(line))


def test_items_longer_than_thirty_characters_are_no_navigation() -> None:
    assert _is_nav("Home | World | Sport")
    assert _is_nav("  Home  /  World  /  Sport  /  Business")
    assert not _is_nav("Home | World")
    assert not _is_nav("Home | " + "x" * 31 + " | Sport")
    assert not _is_nav("Home || Sport")


def test_a_long_spaced_line_is_read_at_once() -> None:
    # twelve spaced items and a long last one: the old expression tried every split
    line = "a   /   " * 12 + "b" * 40
    assert not _is_nav(line)
    record = parse_text(line + "\n\nThe council met on Monday. It agreed a budget.\n")
    assert "council met" in record["text"]
