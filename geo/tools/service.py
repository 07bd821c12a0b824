"""How ``warmap geocode`` talks to a Nominatim service without trusting it.

geopy builds the requests and reads the answers; this module gives it the HTTP client it
uses (a geopy adapter on ``urllib``) and checks every answer before geopy reads it:

* an answer is read up to :data:`MAX_ANSWER_BYTES` (a 300 MB answer is refused, not read);
* a redirect is followed only to the service's own origin (scheme, host and port): the note
  of every row names the host that answered, so no other may;
* Nominatim's error form (``{"error": ...}``) is an error, not "not found";
* each place must have finite coordinates within WGS 84 ranges and text names.

Every refusal is a :class:`geopy.exc.GeocoderServiceError` (or ``GeocoderParseError``)
whose message says what was wrong; :func:`geo.tools.geocode.geocode_names` reports it with
the service and the name asked.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any
from urllib.error import HTTPError
from urllib.parse import urlsplit
from urllib.request import HTTPRedirectHandler, HTTPSHandler, ProxyHandler, build_opener

from geopy.adapters import URLLibAdapter
from geopy.exc import GeocoderParseError, GeocoderServiceError, GeocoderUnavailable

#: The largest answer read (bytes): a Nominatim answer of one place is a few KB.
MAX_ANSWER_BYTES = 2_000_000
_UNREACHABLE_RE = re.compile(r"refused|unreachable|not known|resolution|no route|reset",
                             re.IGNORECASE)
#: The longest text kept from an answer's field (a full name goes into a row's note).
MAX_TEXT = 300


def origin(url: str) -> tuple[str, str, int | None]:
    """The scheme, host and port of an address (the port made explicit)."""
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme, (parts.hostname or "").lower(), port


class _SameOriginRedirects(HTTPRedirectHandler):
    """Follows a redirect only within the origin of the service."""

    def __init__(self, allowed: tuple[str, str, int | None]):
        super().__init__()
        self.allowed = allowed

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> Any:
        if origin(newurl) != self.allowed:
            raise HTTPError(req.full_url, code, f"the service redirected to another "
                            f"address ({newurl[:120]}); not followed", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class CheckedAdapter(URLLibAdapter):
    """geopy's urllib adapter, with the checks of this module."""

    def __init__(self, service_url: str, *, proxies: Any, ssl_context: Any):
        super().__init__(proxies=proxies, ssl_context=ssl_context)
        opener = build_opener(HTTPSHandler(context=ssl_context), ProxyHandler(proxies or {}),
                              _SameOriginRedirects(origin(service_url)))
        self.urlopen = opener.open

    def get_text(self, url: str, *, timeout: Any, headers: Any) -> str:
        try:
            return str(super().get_text(url, timeout=timeout, headers=headers))
        except GeocoderServiceError as error:
            if type(error) is GeocoderServiceError and _UNREACHABLE_RE.search(str(error)):
                raise GeocoderUnavailable(str(error)) from None
            raise

    def _decode_page(self, page: Any) -> str:
        encoding = page.headers.get_content_charset() or "utf-8"
        try:
            body = page.read(MAX_ANSWER_BYTES + 1)
        except Exception:
            raise GeocoderServiceError("Unable to read the response") from None
        if len(body) > MAX_ANSWER_BYTES:
            raise AnswerTooLarge(f"the answer is larger than "
                                 f"{MAX_ANSWER_BYTES // 1_000_000} MB; not read")
        try:
            return str(body, encoding=encoding)
        except (ValueError, LookupError):
            raise GeocoderParseError("the answer is not text in its encoding") from None

    def get_json(self, url: str, *, timeout: Any, headers: Any) -> Any:
        text = self.get_text(url, timeout=timeout, headers=headers)
        try:
            answer = json.loads(text, parse_constant=_reject_constant)
        except ValueError:
            raise GeocoderParseError("the answer is not JSON (an HTML page? a captive "
                                     "portal?)") from None
        check_answer(answer)
        return answer


class AnswerTooLarge(GeocoderServiceError):
    """An answer over :data:`MAX_ANSWER_BYTES` (a place's outline can be that large)."""


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def check_answer(answer: Any) -> None:
    """Refuse an answer that is an error, or whose places are not well formed.

    Raises
    ------
    geopy.exc.GeocoderServiceError
        For Nominatim's ``{"error": ...}``.
    geopy.exc.GeocoderParseError
        For anything else but a list (or one object) of places with finite coordinates in
        WGS 84 ranges and text names.
    """
    if isinstance(answer, dict) and "error" in answer:
        error = answer["error"]
        message = error.get("message", error) if isinstance(error, dict) else error
        raise GeocoderServiceError(f"the service answered with an error: "
                                   f"{str(message)[:MAX_TEXT]}")
    places = answer if isinstance(answer, list) else [answer]
    for place in places:
        if not isinstance(place, dict):
            raise GeocoderParseError("an answer that is not a list of places")
        _check_place(place)


def _check_place(place: dict[str, Any]) -> None:
    for key, limit in (("lat", 90.0), ("lon", 180.0)):
        try:
            value = float(place[key])
        except KeyError:
            raise GeocoderParseError(f"a place without {key!r}") from None
        except (TypeError, ValueError):
            raise GeocoderParseError(f"{key} {str(place[key])[:40]!r} is not a number") \
                from None
        if not math.isfinite(value) or abs(value) > limit:
            raise GeocoderParseError(f"{key} {str(place[key])[:40]} is outside "
                                     f"±{limit:g} degrees")
    if place.get("osm_type") not in (None, "node", "way", "relation") or \
            not re.fullmatch(r"[0-9]*", str(place.get("osm_id", ""))):
        raise GeocoderParseError(f"osm_type/osm_id {str(place.get('osm_type'))[:20]!r}/"
                                 f"{str(place.get('osm_id'))[:20]!r} is not an OpenStreetMap "
                                 "object (node, way or relation, and a number)")
    for key in ("name", "display_name", "addresstype", "type", "osm_type"):
        if key in place and place[key] is not None and not isinstance(place[key], str):
            raise GeocoderParseError(f"{key} {str(place[key])[:40]!r} is not text")
    for key in ("namedetails", "address"):
        texts = place.get(key)
        if texts is not None and not (isinstance(texts, dict) and all(
                isinstance(v, str) for v in texts.values())):
            raise GeocoderParseError(f"{key} is not an object of texts")


__all__ = ["MAX_ANSWER_BYTES", "AnswerTooLarge", "CheckedAdapter", "check_answer", "origin"]
