"""Whom a protest against a government's act is aimed at when the act has no owner named
(issue 10 item 3, actors28): "Farmers in India protested against the new agriculture laws"
(gold: the Indian government), "Students in Chile marched against the education reform",
"Truck drivers in Canada protested against vaccine mandates". A law, reform, tax, ban or
mandate is made by a government; an event coder codes the protest against the government of
the country it belongs to. That country is found, in order, by the country word on the act
("against the new Israeli law"), the place it is in ("the laws in Hungary"), the protesters'
nationality ("Lebanese protesters", "Hundreds of Georgians"), the place the protesters are
from or in ("Teachers in Kenya") and the place the protest is held in ("rallied in Tbilisi").
The country's word or place name is the target, coded with its country only.

Not an act of no government ("against the violence", "against police brutality", "against
the war"): those are left to the other rules; nor a sentence with no country at all."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._roles_common import _pobjs
from newsgraph.nlp.events._roles_scene import where_done

# acts of a government a protest is made against
_GOVERNMENT_ACTS = frozenset(
    "law bill legislation reform policy mandate ban tax taxes tariff decree regulation"
    " restriction curfew lockdown austerity budget amendment measure ordinance levy".split()
)
_PLACES = frozenset({"GPE"})
_NATIONS = frozenset({"NORP", "GPE"})


def government_act(noun: Token) -> bool:
    """Whether ``noun`` names an act of a government ("the new laws", "vaccine mandates")."""
    return noun.pos_ == "NOUN" and (
        noun.lemma_.lower() in _GOVERNMENT_ACTS or noun.lower_ in _GOVERNMENT_ACTS
    )


def _country_word(noun: Token) -> Token | None:
    """A country word or name on ``noun`` ("the Israeli law", "Hungary's ... " is an owner and
    handled before): an adjective or compound tagged as a nation or place."""
    return next(
        (c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ in _NATIONS),
        None,
    )


def _placed_in(tok: Token, preps: frozenset[str]) -> Token | None:
    """The place named by an ``in``/``from`` phrase on ``tok`` (a country or town)."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for obj in _pobjs(prep):
                if obj.ent_type_ in _PLACES:
                    return obj
    return None


def _with_of_nouns(source: Token) -> list[Token]:
    """``source`` and the nouns of its "of" phrases ("Thousands of Lebanese students")."""
    return [source] + [
        o for c in source.children if c.dep_ == "prep" and c.lower_ == "of" for o in _pobjs(c)
    ]


def _nationality(source: Token) -> Token | None:
    """The protesters' nation: a nation word on the source ("Lebanese protesters") or on the
    noun of its "of" phrase ("Thousands of Lebanese students"); not a nation noun that is the
    protesters themselves ("Hundreds of Georgians": the same actor as the source)."""
    for head in _with_of_nouns(source):
        word = _country_word(head)
        if word is not None and word.ent_type_ == "NORP":
            return word
    return None


def _protesters_place(source: Token) -> Token | None:
    for head in _with_of_nouns(source):
        found = _placed_in(head, frozenset({"in", "from"}))
        if found is not None:
            return found
    return None


def government_of(act: Token, verb: Token, sources: list[Token]) -> Token | None:
    """The token that places the government whose act ``act`` a protest (``verb``, by
    ``sources``) is against; None when ``act`` is no government's act or nothing places it."""
    if not government_act(act) or any(c.dep_ == "poss" for c in act.children):
        return None  # not a government's act, or its owner named ("the government's tax")
    found = [_country_word(act), where_done(act)]
    for source in sources:
        found += [_nationality(source), _protesters_place(source)]
    found.append(_placed_in(verb, frozenset({"in"})))
    # a nation word that is the protesters themselves ("Georgians") is no target of its own
    return next((t for t in found if t is not None and t not in sources), None)
