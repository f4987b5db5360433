"""The victims an attack's result clause names: "A bomb exploded in a crowded market in
Peshawar, killing 30 people" -> 30 people; "A roadside bomb went off in Helmand, killing three
Afghan soldiers" -> the soldiers. An explosion or a bomber blowing himself up has no object of
its own, and the people it killed or wounded, named by the participle after it, are whom
PLOVER codes the ASSAULT against; so are those a relative clause on the weapon says it killed
("planted a landmine that killed seven police officers")."""

from __future__ import annotations

from spacy.tokens import Token

# participles of harm that tell what an attack did to people
_HARMING = frozenset("kill wound injure maim hurt".split())


# an attacker's own reflexive object is no target ("a suicide bomber blew himself up")
_REFLEXIVES = frozenset("himself herself themselves itself".split())


def attack_targets(verb: Token, targets: list[Token]) -> list[Token]:
    """An attack's targets, reflexives left out and a weapon replaced by the victims of its
    relative clause; with none, :func:`result_victims`."""
    kept: list[Token] = []
    for t in targets:
        if t.lower_ not in _REFLEXIVES:
            kept.extend(_relative_victims(t) or [t])  # "a car bomb that killed 12 soldiers"
    if kept or _owned_site(verb):
        return kept  # "exploded outside the U.S. embassies, killing dozens": the embassies
    return result_victims(verb)


# nouns for a part of a place, which no one owns as a site
_AREAS = frozenset(
    """area district neighborhood neighbourhood quarter region province part zone suburb town
    city village street""".split()
)
# where the parse puts a place name's adjective or compound on the site it owns
_OWNER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def _owned_site(verb: Token) -> bool:
    """Whether an attack verb's prepositional phrase names a site a country or organisation
    owns ("outside the U.S. embassies", "at the Israeli consulate"), which the coder takes as
    the target (PETRARCH's phrase convention) before the people the result clause names."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "NOUN" or obj.ent_type_:  # "Kandahar province"
                continue
            if obj.lemma_.lower() in _AREAS:
                continue  # "in a mainly Shiite area": a part of a place, no site anyone owns
            if any(
                c.dep_ in _OWNER_DEPS and c.ent_type_ in ("GPE", "NORP", "ORG")
                for c in obj.children
            ):
                return True
    return False


def _relative_victims(weapon: Token) -> list[Token]:
    """The objects of a harming relative clause on a noun ("a landmine that killed seven
    police officers" -> officers)."""
    return [
        c
        for clause in weapon.children
        if clause.dep_ == "relcl" and clause.lemma_.lower() in _HARMING
        for c in clause.children
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
    ]


def harm_clause(verb: Token) -> Token | None:
    """The harming participle clause after an attack verb ("..., killing 11"), if any."""
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp") or clause.tag_ != "VBG" or clause.i < verb.i:
            continue
        if any(part.lemma_.lower() in _HARMING for part in (clause, *clause.conjuncts)):
            return clause
    return None


def result_victims(verb: Token) -> list[Token]:
    """The objects of the harming participle clause of an attack verb ("..., killing 30
    people", "..., wounding 12 passengers"), and of the participles joined to it ("killing
    five and wounding 20 people"), else of the harming relative clause on its object ("planted
    a landmine that killed seven police officers"); empty when there is none."""
    out: list[Token] = []
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp") or clause.tag_ != "VBG" or clause.i < verb.i:
            continue
        for part in (clause, *clause.conjuncts):
            if part.lemma_.lower() not in _HARMING:
                continue
            out.extend(c for c in part.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN"))
        if out:
            return out
    # "planted a landmine that killed seven police officers", "detonated a car bomb that
    # killed 12 soldiers": the victims of the weapon's relative clause
    return [v for obj in verb.children if obj.dep_ == "dobj" for v in _relative_victims(obj)]
