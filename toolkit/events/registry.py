"""Event types: what each type is called, its family, CAMEO code and count nouns."""

from __future__ import annotations

__all__ = ["CAMEO", "COUNT_NOUNS_FOR", "FAMILY"]

#: CAMEO codes per event type (0841 release of persons, 085 ease economic
#: sanctions, 163 impose embargo/sanctions, 043 host or 040 consult).
CAMEO = {
    "release": "0841",
    "pardon": "0841",
    "sanctions_eased": "085",
    "sanctions_lifted": "085",
    "sanctions_imposed": "163",
    "talks": "043",
}

#: Types that describe the same kind of real-world happening; one sentence
#: naming both ("pardoned 123, who were freed") is one mention, and
#: consolidation merges across the pair.
FAMILY = {
    "release": "release",
    "pardon": "release",
    "sanctions_eased": "relief",
    "sanctions_lifted": "relief",
    "sanctions_imposed": "imposed",
    "talks": "talks",
}

#: The class of count nouns ("people", "listings") that counts of each type use.
COUNT_NOUNS_FOR = {"release": "people", "pardon": "people",
                   "sanctions_eased": "listings", "sanctions_lifted": "listings",
                   "sanctions_imposed": "listings"}
