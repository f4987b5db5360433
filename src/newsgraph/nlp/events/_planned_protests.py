"""Protests told as planned (issue 10 items 1 and 4, real28).

A protest that is planned or scheduled is the news even when no one the actor coder knows
is named, as "protests broke out" is (:func:`newsgraph.nlp.events._political._news_noun`):
"Two marches along routes the city has not authorized are planned for the convention's
opening day", "A demonstration against the tax is scheduled for Saturday", and "Supporters
of a $15 minimum wage plan to protest at the debate" where the parser reads "plan" as a noun
with the protest hanging on it. Only the nouns and verbs of protest proper: a rally may be a
candidate's ("Trump's rally is scheduled for Saturday") and a march a band's ("The band plans
to march in the parade"), so neither is a protest by being planned.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._attacked_persons import attacked_person, deadly_toll
from newsgraph.nlp.events._body_blows import body_blow
from newsgraph.nlp.events._caused_protests import caused_protest
from newsgraph.nlp.events._damaged_property import damaged_property
from newsgraph.nlp.events._drawn_crowds import crowd_drawn
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._property_violence import vandalism_news
from newsgraph.nlp.events._strikes import attack_news
from newsgraph.nlp.events._violated_persons import violated_person

_PLAN_VERBS = frozenset({"plan", "schedule", "organize", "organise"})
_PROTEST_NOUNS = frozenset({"protest", "march", "demonstration", "vigil", "picket", "sit-in"})
_PROTEST_VERBS = frozenset({"protest", "demonstrate", "picket"})


def planned_protest(tok: Token, pattern: Pattern) -> bool:
    """A protest noun that is the passive subject of plan or schedule, or a protest verb in
    an infinitive on "plan" (module doc)."""
    if pattern.type != "PROTEST":
        return False
    lemma = tok.lemma_.lower()
    if pattern.pos == "N":
        return (
            lemma in _PROTEST_NOUNS
            and tok.dep_ == "nsubjpass"
            and tok.head.lemma_.lower() in _PLAN_VERBS
        )
    return (
        lemma in _PROTEST_VERBS
        and tok.dep_ in ("xcomp", "acl")
        and tok.head.lemma_.lower() == "plan"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def news_without_actor(tok: Token, pattern: Pattern) -> bool:
    """Events that are the news with no coded actor (real28): a blow on a body part
    (:mod:`._body_blows`), a planned protest (above). real28's court filings that say what
    they allege were withdrawn: docs/events.md, real28. A vandalism noun with no one named
    (acled30, :mod:`._property_violence`). Property damaged on purpose, told in the passive
    (acled35, :mod:`._damaged_property`), and sexual violence told in the passive of its victim
    (acled35, :mod:`._violated_persons`), and deliberate violence told so or by the toll an
    attack left (acled38, :mod:`._attacked_persons`). A protest told by the crowd it drew or
    as what a cause set off (acled41, :mod:`._drawn_crowds`, :mod:`._caused_protests`)."""
    return (
        body_blow(tok, pattern)
        or planned_protest(tok, pattern)
        or vandalism_news(tok, pattern.type)  # acled30: "after acts of vandalism"
        or attack_news(tok, pattern)  # strikes31: "A barrage of rockets hit the town"
        or damaged_property(tok, pattern)  # acled35: "businesses were looted"
        or violated_person(tok, pattern)  # acled35: "she was tied up and raped"
        or attacked_person(tok, pattern)  # acled38: "one person was shot and killed"
        or deadly_toll(tok, pattern)  # acled38: "the fighting left seven soldiers dead"
        or crowd_drawn(tok, pattern)  # acled41: "a rally against the code drew 3,000 people"
        or caused_protest(tok, pattern)  # acled41: "the decision touched off protests"
    )
