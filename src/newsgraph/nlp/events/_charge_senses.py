""""charge" as a price asked or a duty given is no accusation (polfp41, issue 10 item 4).

The verb pattern ``coerce.charge`` (an arrest, retyped ACCUSE ``allege`` when no arrest is told)
fires on every "charge". On political news two other senses recur:

* **a price asked** ("charging students more than $30,000", "who charges between $20,000 and
  $30,000 for speaking fees", "whatever Trump charged his campaign for rent", "Trump has charged
  more than that"): a sum of money in the verb's own phrase, a "for" phrase of what is paid
  for (rent, fees, services), or an amount as the object ("more", "less"). The real36 noun rule
  (:mod:`newsgraph.nlp.events._charges_faced`) already reads "faces a $5 charge" as a fee.
* **a duty given** ("lead a group charged with beautifying downtown", "the State Department and
  other parts of his administration charged with facilitating Libya's transition"): "charged
  with" an act told by a gerund, said of a body (an organisation or a place's name, or a noun
  of one: group, agency, commission ...). A person "charged with plotting the attacks" or "with
  murdering his wife" is accused and stays; so does anyone "charged with assault" (a noun),
  and a body a finite verb charges ("Police charged the county board with violating the
  open meetings law", "The board was charged with violating it": the duty sense is told with
  a bare participle).

"charged" of speech ("'That is a disservice to them,' Bolton charged", "Critics charge that")
is untouched. Read by :func:`newsgraph.nlp.events._filters_speech.speech_no_event`."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.nlp.events._patterns import Pattern

# what is paid for: "for rent", "for speaking fees"
_PAID_FOR = frozenset(
    "rent fee fees service services access admission tuition membership use parking".split()
)
# an amount as the object: "has charged more than that"
_AMOUNTS = frozenset({"more", "less", "fee", "fees", "rent", "price", "prices", "premium"})
# nouns of a body given a duty: "a group charged with", "the agency charged with"
_BODIES = frozenset(
    """group agency department commission committee panel board office council team body
    organization organisation administration ministry unit force authority""".split()
)
_BODY_ENTS = frozenset({"ORG", "GPE", "NORP"})  # "the State Department"


def _priced(verb: Token) -> bool:
    phrase = [c for c in verb.children if c.dep_ in ("dobj", "dative", "prep", "npadvmod")]
    for c in phrase:
        if c.dep_ == "prep" and c.lower_ == "with":
            continue  # "charged with fraud involving $3 million": the crime's sum
        if any(t.ent_type_ == "MONEY" or t.text in ("$", "£", "€") for t in c.subtree):
            return True
        if c.dep_ == "dobj" and c.lower_ in _AMOUNTS:
            return True
    preps = [p for h in [verb, *(c for c in phrase if c.dep_ == "dobj")] for p in h.children]
    return any(
        p.dep_ == "prep"
        and p.lower_ == "for"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _PAID_FOR for o in p.children)
        for p in preps
    )


def _charged_one(verb: Token) -> Token | None:
    """Who is given the duty: the noun a participle describes ("a group charged with"), or
    the subject of a bare participle the parser read as a clause ("the State Department ...
    charged with facilitating"). None for a finite verb, active or passive: "Police charged
    the county board with violating the law", "The board was charged with violating the law"
    accuse the board."""
    if verb.dep_ == "acl":
        return verb.head  # "a group charged with beautifying downtown"
    if verb.tag_ != "VBN" or any(
        c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in verb.children
    ):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _duty(verb: Token) -> bool:
    gerund = any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in verb.children
    )
    if not gerund:
        return False
    one = _charged_one(verb)
    if one is None:
        return False
    return one.ent_type_ in _BODY_ENTS or one.lemma_.lower() in _BODIES


def charge_sense(tok: Token, pattern: Pattern) -> bool:
    """The verb "charge" as a price asked or a duty given (module doc)."""
    if pattern.pos != "V" or pattern.lemma != "charge" or tok.lemma_.lower() != "charge":
        return False
    return _priced(tok) or _duty(tok)
