"""The country of a labelled armed group whose code has none (attach30, issue 11 items 2 and 4).

The actor table codes many named armed groups without a country: a transnational militant
group is IMG ("Ansar al-Sharia"), a group the table lacks has no code at all ("the Liberation
Tigers of Tamil Ealam (LTTE)"), and a pronoun standing for a group ("They call them
terrorists" after "On Hezbollah:") reaches no country through the coder's pronoun path. Where
the sentence places the group, the reader codes it as that country's rebels: "Ansar al-Sharia,
... a radical militant group that is based in eastern Libya" is LBYREB, "terrorist acts of the
Liberation Tigers" in a sentence on "Sri Lankan political developments" LKAREB.

This applies to a label whose lexicon sector is REB (terrorist, militant, separatist, ...) on
an actor with no country: the country is the one the sentence names, read the way the event
coder reads it for a generic group with no country of its own (``_sentence_home``: its
countries, demonyms and capitals and the people and organisations the actor table places
there, none when it names several). The sector is the actor's own (a named group's, when it
has one other than IMG) else the label's. A group with a country keeps it; so does a group in
a sentence naming none or several.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

REB = "REB"
_TRANSNATIONAL = "IMG"


def placed_code(
    doc: Doc, head: Token, *, country: str | None, sector: str | None, label_sector: str | None
) -> str | None:
    """``country + sector`` for the actor headed by ``head`` when a REB label's actor has no
    country and its sentence names one; None when nothing changes (module docstring)."""
    if label_sector != REB or country:
        return None
    from newsgraph.nlp.framing._attach import _coder

    home = _coder()._sentence_home(doc, head, doc._.ng_published)
    if home is None:
        return None
    own = sector if sector and sector != _TRANSNATIONAL else None
    return home + (own or REB)
