"""HTML pages into article records: the public path of :func:`parse_html`.

The HTML extractor lives in the clean stage, split by concern
(:mod:`toolkit.clean.html_tree`, :mod:`toolkit.clean.html_metadata`,
:mod:`toolkit.clean.html_authors`, :mod:`toolkit.clean.html`), because it
shares the clean stage's language cues and finishing step
(:func:`toolkit.clean.tidy_article`). This module stays as the documented
import path, ``from toolkit.extract import parse_html``, and holds nothing
else.
"""

from __future__ import annotations

from toolkit.clean.html import parse_html

__all__ = ["parse_html"]
