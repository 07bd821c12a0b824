"""The drafting methods: which cues a dependency parse reads (:mod:`geo.draft.syntax`).

``rules``   every role by rule (:mod:`geo.draft.roles`); no model, the default.
``spacy``   the roles of every cue of the active, passive or nominal voice from the parse
            of its sentence (places from the parse, else by rule).
``hybrid``  the parse only for the sentences the rules find hard: a cue whose clause names
            no actor before it while the sentence names one, or several actors before it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from geo.draft.context import ArticleContext
from geo.draft.cues import find_cues
from geo.draft.records import Drafts
from geo.draft.roles import Found, actors_in, voice_of
from geo.draft.segment import sentences
from geo.draft.sides import SideBook
from geo.draft.syntax import FRAME_VOICES, Frame, parse_frames
from geo.parse.gazetteer import Gazetteer

METHODS = ("rules", "spacy", "hybrid")


def _all_cues(context: ArticleContext, hard_only: bool) -> list[tuple[int, int, int, int, str]]:
    cues = []
    for sentence in sentences(context.text):
        if sentence.headline:
            continue
        found = [Found(cue, start, end, sentence.start, sentence.end)
                 for cue, start, end in find_cues(context.text, sentence.start, sentence.end)]
        if hard_only and not any(_is_hard(context, f) for f in found):
            continue
        cues += [(sentence.start, sentence.end, f.start, f.end, voice_of(context.text, f))
                 for f in found]
    return cues


def _is_hard(context: ArticleContext, found: Found) -> bool:
    """Whether the rules are unsure of a cue's actor: none right before it while the
    sentence names one, or several before it."""
    if voice_of(context.text, found) not in FRAME_VOICES:
        return False
    before = [a for a in actors_in(context, found.clause_start, found.start) if not a.pronoun]
    named = [a for a in actors_in(context, found.clause_start, found.clause_end)
             if not a.pronoun]
    return len(before) > 1 or (not before and bool(named))


def frames_for(method: str, context: ArticleContext) -> dict[int, Frame]:
    """The dependency frames a method reads for an article (none for ``rules``)."""
    if method not in METHODS:
        raise ValueError(f"unknown drafting method {method!r}; expected one of {METHODS}")
    if method == "rules":
        return {}
    return parse_frames(context, _all_cues(context, hard_only=method == "hybrid"))


def drafter(method: str) -> Callable[..., Drafts]:
    """``draft_text`` bound to a method: (text, published, gazetteer, book, name) -> Drafts."""
    from geo.draft.claims import draft_text

    if method not in METHODS:
        raise ValueError(f"unknown drafting method {method!r}; expected one of {METHODS}")

    def draft(text: str, published: dt.date, gazetteer: Gazetteer, book: SideBook,
              name: str = "text") -> Drafts:
        return draft_text(text, published, gazetteer, book, name, method)

    return draft
