"""Draft the claims an article makes (control, movements, events) as rows to review.

:func:`draft_articles` drafts the articles of a story as plain records (:class:`Drafts`);
``warmap draft`` prints or stores them and ``warmap review`` accepts or rejects them.
"""

from geo.draft.records import Claim, ClaimPlace, Drafts, ProposedSide

__all__ = ["Claim", "ClaimPlace", "Drafts", "ProposedSide", "draft_articles", "draft_text"]


def __getattr__(name: str) -> object:  # lazy: the records are cheap, the drafter loads its lexicon
    if name in ("draft_articles", "draft_text"):
        from geo.draft import claims

        return getattr(claims, name)
    raise AttributeError(name)
