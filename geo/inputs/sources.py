"""Sources: the documented forms a ``source`` value may take, and what each names.

Every row of ``data/`` names where it comes from, in one of these forms:

* ``seed:<article>``: an article of ``seeds/`` by its file stem (a stem may hold spaces);
  the row's ``quote`` is then checked against the article's text;
* ``geonames:<id>``, ``wikidata:Q<id>``, ``osm:<node|way|relation>/<id>``: a public
  gazetteer entry;
* an ``http://`` or ``https://`` address.

A comment in parentheses may follow, after a space: ``seed:000_abc (outlet name)``.

>>> parse_source("wikidata:Q2471 (the city)").kind
'wikidata'
>>> parse_source("Seed:000_abc")
Traceback (most recent call last):
...
ValueError: not a documented source form (the prefix is 'seed:', in lower case)
>>> source_suggestion("Seed:000_abc")
'seed:000_abc'
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

#: The prefixes of the documented forms, and what follows each.
FORMS = {
    "seed": "seed:<article file stem>",
    "geonames": "geonames:<id>",
    "wikidata": "wikidata:Q<id>",
    "osm": "osm:<node|way|relation>/<id>",
    "http": "http://<address>",
    "https": "https://<address>",
}
#: The forms, for messages.
EXPECTED = ("seed:<article file stem>, geonames:<id>, wikidata:Q<id>, "
            "osm:<node|way|relation>/<id> or a URL (http:// or https://), optionally "
            "followed by a comment in parentheses")
_BODY_RE = {
    "geonames": re.compile(r"[0-9]+"),
    "wikidata": re.compile(r"Q[0-9]+"),
    "osm": re.compile(r"(node|way|relation)/[0-9]+"),
}
_PREFIX_RE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.\-]*)\s*:")


@dataclass(frozen=True)
class Source:
    """A source in one of the documented forms: ``kind`` is its prefix (``seed``,
    ``geonames``, ``wikidata``, ``osm``, ``http``, ``https``), ``reference`` what follows
    it (the article stem, the id, the address), ``comment`` the text in parentheses."""

    kind: str
    reference: str
    comment: str = ""

    @property
    def article(self) -> str | None:
        """The article a ``seed:`` source cites."""
        return self.reference if self.kind == "seed" else None


def parse_source(value: str, articles: frozenset[str] | set[str] = frozenset()) -> Source:
    """The :class:`Source` a ``source`` value names.

    ``articles`` are the stems of the articles of ``seeds/``: a ``seed:`` value that names
    one in whole (``seed:report (2)``) is not cut at its last parenthesis.

    Raises
    ------
    ValueError
        When the value is in none of the documented forms; its text says what is wrong.
    """
    text = value.strip()
    prefix, _, rest = text.partition(":")
    if prefix == "seed" and rest.strip() in articles:
        return Source("seed", rest.strip())
    text, comment = _split_comment(text)
    prefix, _, rest = text.partition(":")
    if prefix not in FORMS or not rest:
        raise ValueError(_why_not(value))
    if prefix in ("http", "https"):
        return Source(prefix, _address(text), comment)
    if prefix == "seed":
        if not rest.strip():
            raise ValueError("seed: names no article")
        return Source("seed", rest.strip(), comment)
    if not _BODY_RE[prefix].fullmatch(rest):
        raise ValueError(f"not a {FORMS[prefix]} reference")
    return Source(prefix, rest, comment)


def _split_comment(text: str) -> tuple[str, str]:
    """``(body, comment)`` of ``body (comment)``: the comment is the parenthesised text at the
    end, after a space, and may hold parentheses of its own (``(NAME "Bab (Gate)")``)."""
    if not text.endswith(")"):
        return text, ""
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[index], 0)
        if depth == 0:
            body = text[:index]
            if index and body[-1].isspace() and body.strip():
                return body.rstrip(), text[index + 1:-1]
            return text, ""
    return text, ""


def _address(text: str) -> str:
    parts = urlsplit(text)
    if not parts.netloc or not parts.hostname:
        raise ValueError("an address without a host")
    if any(char.isspace() for char in text):
        raise ValueError("an address cannot hold a space (put a comment in parentheses, "
                         "after a space)")
    return text


def _why_not(value: str) -> str:
    matched = _PREFIX_RE.match(value)
    if matched and matched.group(1).lower() in FORMS and matched.group(1) not in FORMS:
        return (f"not a documented source form (the prefix is "
                f"'{matched.group(1).lower()}:', in lower case)")
    return "not a documented source form"


def source_suggestion(value: str) -> str | None:
    """The value with its prefix corrected (case, a typo), when that makes it valid."""
    matched = _PREFIX_RE.match(value)
    if not matched:
        return None
    written = matched.group(1)
    close = [written.lower()] if written.lower() in FORMS else \
        difflib.get_close_matches(written.lower(), list(FORMS), n=1, cutoff=0.6)
    if not close:
        return None
    fixed = close[0] + ":" + value[matched.end():].lstrip()
    try:
        parse_source(fixed)
    except ValueError:
        return None
    return fixed


__all__ = ["EXPECTED", "FORMS", "Source", "parse_source", "source_suggestion"]
