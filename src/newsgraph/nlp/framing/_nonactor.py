"""Uses of a lexicon word that label no actor (attach26, issue 11 item 2).

A framing record counts how an outlet labels an actor, so a lexicon word is no record where it
names none:

- a fixed counter-terrorism term: "anti-terror strategy", "anti-terrorist police",
  "counter-terrorism", "the war on terror";
- "regime" as a change of government ("regime change", "regime-change operation") or as a
  system of rules ("testing regimes", "sanctions regimes", "a tax regime");
- a historical period or state named by "Nazi" ("Nazi Germany", "under Nazi rule",
  "post-Nazi efforts");
- "so-called" or "self-styled" before a thing or a term rather than a person or group ("the
  so-called Cadillac tax", "so-called ghost guns", "a so-called illiberal democracy"): the
  phrase is an actor when its head is a name (a proper noun, a person, organisation or
  nationality), a noun the event coder codes as an actor ("bishops", "journalist"), or a noun
  of people or groups (``_PEOPLE``).

And a label that modifies an act or thing rather than a group ("terror attacks", "terrorist
threats", "extremist content") labels its unnamed perpetrators: the record stays, with no actor
(``act_noun``).
"""

from __future__ import annotations

from spacy.tokens import Token

_PREFIXES = frozenset({"anti", "counter", "post", "pre"})
_TERROR = frozenset({"terror", "terrorist", "terrorism"})
# a regime that is a system of rules: the noun compounded into it
_SYSTEM = frozenset(
    {
        "tax", "taxation", "sanction", "sanctions", "testing", "test", "training", "trade",
        "tariff", "visa", "export", "import", "control", "inspection", "verification",
        "safeguard", "safeguards", "licensing", "regulatory", "currency", "exchange", "exercise",
        "diet", "treatment", "drug", "dosing", "fitness", "workout", "customs", "copyright",
        "patent", "privacy", "data", "pension", "subsidy", "quota", "border", "immigration",
        "asylum", "climate", "emissions", "accounting", "disclosure", "reporting", "compliance",
        "insurance", "investment", "security", "nonproliferation", "non", "proliferation",
    }
)  # fmt: skip
_CHANGE = frozenset({"change", "changer", "changes"})
# a historical period or state: "Nazi Germany", "Nazi rule"
_PERIOD = frozenset(
    {"rule", "era", "regime", "occupation", "period", "party", "germany", "state", "years",
     "times", "past", "dictatorship", "government", "camp", "camps", "war"}
)  # fmt: skip
_NAZI = frozenset({"nazi", "nazis"})
_DISTANCING = frozenset({"so", "self"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "NORP"})
# nouns of people and groups the event coder's agents do not list
_PEOPLE = frozenset(
    {
        "ally", "allies", "group", "movement", "coalition", "alliance", "front", "faction",
        "establishment", "elite", "elites", "expert", "leader", "emissary", "envoy", "activist",
        "champion", "defender", "friend", "partner", "patriot", "hero", "victim", "member",
        "supporter", "follower", "fighter", "army", "network", "organization", "organisation",
        "state", "caliphate", "government", "authorities", "people", "man", "woman",
        "moderate", "moderates", "opposition", "community", "council", "committee",
    }
)  # fmt: skip

# heads that name an act or a thing, not a group: a label modifying them labels no actor
ACT_NOUNS = frozenset(
    {
        "attack", "attacks", "assault", "strike", "bombing", "bomb", "plot", "threat", "act",
        "incident", "violence", "activity", "atrocity", "massacre", "killing", "shooting",
        "stabbing", "hijacking", "kidnapping", "campaign", "offensive", "operation",
        "danger", "risk", "alert", "warning", "charge", "offence", "offense", "crime",
        "case", "trial", "content", "propaganda", "ideology", "rhetoric", "material", "video",
        "statement", "message", "post", "tie", "ties", "link", "links", "connection",
        "infiltration", "infrastructure", "financing", "funding", "finance", "tactic", "method",
        "training", "recruitment", "radicalization", "radicalisation", "cause", "motive",
        "strategy", "law", "legislation", "list", "investigation", "probe",
    }
)  # fmt: skip


def _prev_words(toks: list[Token], i: int, k: int) -> list[str]:
    """The ``k`` words before token ``i``, lower-case, hyphens skipped."""
    out: list[str] = []
    j = i - 1
    while j >= 0 and len(out) < k:
        if toks[j].text != "-":
            out.append(toks[j].lower_)
        j -= 1
    return out[::-1]


def _prefixed(toks: list[Token], i: int) -> bool:
    """"anti-terror", "counter-terrorism", "post-Nazi": a prefix hyphenated to the word."""
    if i >= 2 and toks[i - 1].text == "-" and toks[i - 2].lower_ in _PREFIXES:
        return True
    low = toks[i].lower_
    return any(low.startswith(p + "-") for p in _PREFIXES)


def non_actor_use(toks: list[Token], i: int, n: int) -> bool:
    """True when the lexicon match ``toks[i : i + n]`` names no actor (module docstring)."""
    tok = toks[i]
    low, lemma = tok.lower_, tok.lemma_.lower()
    words = {low, lemma}
    if words & _TERROR or words & _NAZI:
        if _prefixed(toks, i):
            return True
    if words & _TERROR and _prev_words(toks, i, 2) == ["war", "on"]:
        return True
    if "regime" in words or "regimes" in words:
        after = [t.lower_ for t in toks[i + 1 : i + 3] if t.text != "-"]
        if after and after[0] in _CHANGE:
            return True
        if any(
            c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i and c.lower_ in _SYSTEM
            for c in tok.children
        ):
            return True
    if low in _DISTANCING and n == 3 and not _actor_phrase(toks[i + n - 1]):
        return True
    if words & _NAZI and n == 1:
        head = tok.head
        if tok.dep_ in ("amod", "compound") and head.i > tok.i:
            if head.lower_ in _PERIOD or head.ent_type_ == "GPE":
                return True
    return False


def _actor_phrase(last: Token) -> bool:
    """Whether the noun phrase "so-called"/"self-styled" (ending at ``last``) modifies names a
    person or group (module docstring); a phrase that is no noun is not judged."""
    head = last
    while head.dep_ in ("amod", "compound", "advmod", "nmod") and head.head.i > head.i:
        head = head.head
    if head.pos_ not in ("NOUN", "PROPN"):
        return True
    if head.pos_ == "PROPN" or head.ent_type_ in _NAME_ENTS:
        return True
    if any(c.ent_type_ in _NAME_ENTS for c in head.children if c.i < head.i):
        return True
    if head.lower_ in _PEOPLE or head.lemma_.lower() in _PEOPLE:
        return True
    from newsgraph.nlp.framing._attach import coded_actor

    return coded_actor(head)


def act_noun(head: Token) -> bool:
    """The noun a label modifies names an act or a thing ("terror attacks")."""
    return head.pos_ == "NOUN" and (head.lower_ in ACT_NOUNS or head.lemma_.lower() in ACT_NOUNS)


def name_calling_noun(tok: Token) -> bool:
    """A noun the lexicon lists as name-calling ("fascist", "traitors")."""
    from newsgraph.nlp.framing._lexicon import entries

    if tok.pos_ != "NOUN":
        return False
    for key in (tok.lower_, tok.lemma_.lower()):
        if any(len(e.words) == 1 and e.kind == "name_calling" for e in entries().get(key, ())):
            return True
    return False
