"""Wire credit: which news agency a story comes from.

The agencies and their spellings are data (``toolkit/resources/wire_agencies.csv``);
the sign-off lines by which agencies close a story are per-language data
(``resources/lang/<code>/wire_signoffs.tsv``).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from toolkit.config import RESOURCES
from toolkit.languages import table_all

__all__ = ["WIRE_AGENCIES", "WIRE_AGENCIES_FILE", "load_wire_agencies", "wire_from_text", "wire_in", "wire_name"]

#: The bundled table of news agencies (``agency,spellings``, "|" between spellings).
WIRE_AGENCIES_FILE = RESOURCES / "wire_agencies.csv"


def load_wire_agencies(path: Path = WIRE_AGENCIES_FILE) -> dict[str, tuple[str, ...]]:
    """Read a table of news agencies: canonical name -> spellings.

    Parameters
    ----------
    path : Path
        A CSV file with columns ``agency`` and ``spellings`` (several
        separated by ``|``); lines starting with ``#`` are comments. Default:
        the bundled ``wire_agencies.csv``.

    Returns
    -------
    dict of str to tuple of str
        Each agency's spellings, its canonical name first.

    Raises
    ------
    ValueError
        When a row lacks an agency name; the message names the file and row.
    """
    with open(path, encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        out: dict[str, tuple[str, ...]] = {}
        for n, row in enumerate(rows, start=1):
            name = (row.get("agency") or "").strip()
            if not name:
                raise ValueError(f"{path}: row {n} has no agency name")
            spellings = [s.strip() for s in (row.get("spellings") or "").split("|") if s.strip()]
            out[name] = tuple(dict.fromkeys([name, *spellings]))
    return out


#: News agencies: canonical name -> spellings, matched case-sensitively so that
#: "AP" is not found in "ap" or "dpa" in "DPAs" (read from :data:`WIRE_AGENCIES_FILE`).
WIRE_AGENCIES: dict[str, tuple[str, ...]] = load_wire_agencies()
_ALIAS_TO_WIRE = {alias: name for name, aliases in WIRE_AGENCIES.items() for alias in aliases}
_WIRE_ANY = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(map(re.escape, _ALIAS_TO_WIRE), key=len, reverse=True)) + r")(?![\w-])"
)
# Sign-off lines, with the agency each credits ("*": the one the line names).
_SIGNOFFS = [(re.compile(pattern), agency) for pattern, agency in table_all("wire_signoffs").items()]


def wire_name(value: str | None) -> str | None:
    """Canonical agency name for an exact spelling (``"Associated Press"`` -> ``"AP"``).

    Parameters
    ----------
    value : str or None
        A credit as written; brackets and slashes around it are ignored.

    Returns
    -------
    str or None
        None when it is not a known agency.
    """
    if not value:
        return None
    value = value.strip().strip("/()").strip()
    return _ALIAS_TO_WIRE.get(value) or _ALIAS_TO_WIRE.get(value.removeprefix("the ").strip())


def wire_in(text: str) -> str | None:
    """The first known agency named anywhere in ``text``, else None."""
    m = _WIRE_ANY.search(text)
    return _ALIAS_TO_WIRE[m.group(1)] if m else None


def wire_from_text(text: str) -> str | None:
    """Return the agency named by a story's sign-off line, if any.

    Looks at the last paragraphs only: a "(Reporting by ...; Editing by
    ...)" line is Reuters' sign-off; "<Agency> writer X contributed to this
    report" names the agency. An agency merely quoted in the body ("told
    The Associated Press") is not a credit and is ignored.

    Parameters
    ----------
    text : str
        Body text, paragraphs separated by a blank line.

    Returns
    -------
    str or None

    Examples
    --------
    >>> wire_from_text("Body.\\n\\nAssociated Press writer Jan Novak in Riga contributed to this report.")
    'AP'
    """
    for para in text.rsplit("\n\n", 3)[-3:][::-1]:
        for pattern, agency in _SIGNOFFS:
            m = pattern.search(para)
            if not m:
                continue
            name = wire_in(m.group("agency")) if agency == "*" else agency
            if name:
                return name
    return None
