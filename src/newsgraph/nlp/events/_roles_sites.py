"""A protest held at a site a country or organisation owns is aimed at its owner (targets35).

PLOVER codes PROTEST against the actor protested against; news often names it only by where
the crowd stood: "protested outside the Chinese embassy" (already the first coded actor of the
verb's own phrase, the PETRARCH fallback in ``component``). Two phrasings of the same class
were missed:

* "in front of": the parser reads "in" as a setting preposition ("held a protest in front of
  the Chinese consulate": in -> front -> of -> consulate), which the fallback skips;
* a protest noun whose place hangs on a participle ("a rally held outside the Israeli
  consulate", "a demonstration staged in front of the Turkish embassy").

Only a building an owner is named on counts (a nation adjective or country name on it, a
possessive, or a name the model tagged as an organisation, country or facility): "a rally held
outside the courthouse" names no one the rally is aimed at, "in front of Republican donors" no
site. The same "in front of" is read for any verb's own phrase (an attack "in front of the
Turkish embassy", as "outside" was).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons as lexicon

# prepositions of where a crowd stands relative to a building
_AT_SITE = frozenset({"outside", "at", "near", "before", "opposite"})
# a landmark the model tags as a facility ("the Brandenburg Gate") is nobody's
_OWNER_ENTS = frozenset({"NORP", "GPE", "ORG"})
_OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj"]


def front_of(prep: Token) -> list[Token]:
    """The object of "in front of X" given the "in" token (in -> front -> of -> X), else []."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return []
    return [
        o
        for front in _pobjs(prep)
        if front.lower_ == "front"
        for of in front.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for o in _pobjs(of)
    ]


def _site_objects(host: Token) -> list[Token]:
    out: list[Token] = []
    for c in host.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ in _AT_SITE:
            out.extend(_pobjs(c))
        else:
            out.extend(front_of(c))
    return out


# nouns for buildings and compounds a government, party or company keeps
_SITE_NOUNS = frozenset(
    """embassy consulate mission commission office headquarters hq building palace ministry
    parliament court courthouse residence house compound base gate station hall tower
    legation chancery""".split()
)


def site(tok: Token) -> bool:
    """Whether a noun names a building or compound ("the Chinese embassy", "the White
    House"), not people ("in front of reporters") or a town."""
    return tok.lemma_.lower() in _SITE_NOUNS or (tok.pos_ == "PROPN" and tok.ent_type_ == "FAC")


def front_sites(prep: Token) -> list[Token]:
    """Owned sites "in front of" which something happened, given the "in" token: "exploded in
    front of the Turkish embassy" is aimed at Turkey as "outside the Turkish embassy" is
    (``_roles_verb.phrase_candidates``); "in front of reporters" names no site."""
    return [o for o in front_of(prep) if site(o) and owned(o)]


def owned(site: Token) -> bool:
    """Whether a site names its owner: a nation adjective, country or organisation modifying
    it ("the Chinese embassy", "the U.S. consulate", "Russia's embassy"), or a name the model
    tagged as one ("the Indian High Commission"); not a landmark ("the Brandenburg Gate")."""
    if site.pos_ == "PROPN" and site.ent_type_ in _OWNER_ENTS:
        return True  # "the Indian High Commission", "the Ministry of the Interior"
    return any(
        c.dep_ in _OWNER_DEPS
        and c.i < site.i
        # a nation adjective inside a facility's name: "the Israeli Consulate" (FAC)
        and (c.ent_type_ in _OWNER_ENTS or bool(lexicon.demonyms().get(c.text)))
        for c in site.children
    )


def protest_site(trigger: Token) -> list[Token]:
    """Owned sites a protest is held at: "in front of" on a protest verb, and every site
    preposition on a protest noun (the trigger or the verb's object: "held a protest in front
    of ...") and on the participles describing it ("a rally held outside ..."). The verb's
    own "outside"/"at" objects are left to the fallback, which reads them already."""
    nouns = [trigger] if trigger.pos_ == "NOUN" else []
    nouns += [c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    hosts = nouns + [p for n in nouns for p in n.children if p.dep_ == "acl" and p.tag_ == "VBN"]
    found = [] if trigger.pos_ == "NOUN" else [o for c in trigger.children for o in front_of(c)]
    for host in hosts:
        found.extend(_site_objects(host))
    sites: list[Token] = []
    for s in found:
        if site(s) and owned(s) and s not in sites:
            sites.append(s)
    return sites
