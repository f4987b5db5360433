"""Whom an actor acts for when its own words do not code it: the owner of "his country",
"her aides", "its troops", the body a spokesperson speaks for, a capitalised name the tagger
took for a common noun.

Part of :class:`newsgraph.nlp.events._actors.ActorCoder`, which inherits :class:`_Owners`;
split out of ``_actors`` to keep it under 600 lines (definitions moved verbatim, behaviour
unchanged). The methods that code another phrase call the coder's own ``actor`` and
``_pronoun`` (typed by the :class:`_Coder` protocol).
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Token

from newsgraph.model import Actor, Entity
from newsgraph.nlp._doc import entity_at
from newsgraph.nlp.events._codes import DOMESTIC, INTERNATIONAL, _Coded, _placed, _sector_of
from newsgraph.nlp.events._context import _Context
from newsgraph.nlp.events._countries import _phrase_country

# people who speak or act for a body named in their "of"/"for" phrase ("a spokeswoman for the
# ministry", "the head of the delegation")
_SPEAKS_FOR = frozenset(
    """spokesman spokeswoman spokesperson head chief leader member representative envoy
    delegate""".split()
)


def _is_country(body: Token) -> bool:
    """Whether the body named is a country, or a country's ("China's delegation")."""
    return body.ent_type_ == "GPE" or any(
        c.dep_ == "poss" and c.ent_type_ == "GPE" for c in body.children
    )


# possessive pronouns whose owner's country "their country" is
_OWNER_PRONOUNS = frozenset({"his", "her", "its", "their"})


# bare common nouns that refer back to an organisation named before them ("The NRA said ...
# The group has fought ..."), and how many sentences back the name may be
_ORG_ANAPHORS = frozenset("group organization organisation agency company firm".split())
_ORG_REACH = 2


def _org_anaphor(head: Token) -> bool:
    """ "the group", "the organization", also described by common words ("the gun-rights
    group", "the nation's largest gun group"), with no name or phrase of its own that says
    which (not "a group", "a civil rights group", "the group of senators", "the Republican
    group", "the group's leader")."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in _ORG_ANAPHORS or head.tag_ != "NN":
        return False
    dets = [c for c in head.children if c.dep_ == "det"]
    if dets and any(d.lower_ not in ("the", "this") for d in dets):
        return False
    home = [c for c in head.children if c.dep_ == "poss" and c.lower_ in ("nation", "country")]
    if not dets and not home:
        return False
    return all(
        c.dep_ in ("det", "punct")
        or c in home
        or (
            c.dep_ in ("amod", "compound")
            and c.i < head.i
            and c.pos_ in ("ADJ", "NOUN", "VERB")
            and not c.ent_type_
        )
        for c in head.children
    )


# followers of a faith, who have no country of their own: placed only by a place in their own
# phrase ("Muslims in France" -> FRACVL) or a demonym ("British Muslims", coded elsewhere)
_FAITHS = frozenset(
    "muslim christian jew hindu sikh buddhist catholic protestant evangelical".split()
)


def _owned_home(head: Token) -> bool:
    """ "his country", "their nation": a country named by a common noun and its owner."""
    return head.lower_ in ("country", "nation") and any(
        c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS for c in head.children
    )


class _Coder(Protocol):
    """What the moved methods need of :class:`~newsgraph.nlp.events._actors.ActorCoder`."""

    def actor(self, doc: Doc, head: Token, date: str | None) -> Actor | None: ...

    def _pronoun(self, doc: Doc, head: Token) -> Actor | None: ...

    def _entity_code(self, ent: Entity, date: str | None, doc: Doc | None = None) -> str | None: ...

    def _family(self, doc: Doc, head: Token, date: str | None) -> _Coded | None: ...


class _Owners(_Context):
    """Owners and bodies an actor acts for (methods of the actor coder)."""

    def _owners_country(self: _Coder, doc: Doc, head: Token) -> str | None:
        """The country of the pronoun that owns ``head`` ("the French foreign minister said
        his country would send aid" -> FRA), or None."""
        poss = next(
            (c for c in head.children if c.dep_ == "poss" and c.lower_ in _OWNER_PRONOUNS), None
        )
        if poss is None:
            return None
        owner = self._pronoun(doc, poss)
        return owner.country if owner is not None and owner.country else None

    def _mistagged_name(self, doc: Doc, head: Token, date: str | None) -> _Coded | None:
        """A capitalised word the tagger took for a common noun that is a mention of a linked
        person or organisation the article names in full is that name ("Soros, in the first
        half of 2015, contributed" after "George Soros": "Soros" tagged a plural noun): the
        entity's table code, else nothing more than its name (the entity's country is merged
        in later); None otherwise."""
        if head.pos_ != "NOUN" or not head.text[:1].isupper():
            return None
        ent = entity_at(doc, head.idx, head.idx + len(head))
        if ent is None or ent.type not in ("PERSON", "ORG"):
            return None
        if not any(m.start <= head.idx and head.idx + len(head) <= m.end for m in ent.mentions):
            return None
        if len(ent.name.split()) < 2:
            return None  # "Groups representing colleges ...": a capitalised word, not a name
        code = self._entity_code(ent, date, doc)
        if code:
            country = code[:3] if _placed(code) and not code.startswith(INTERNATIONAL) else None
            return _Coded(code, country, _sector_of(code), ent.name)
        return _Coded(None, None, None, ent.name)

    def _named_org(self: _Coder, doc: Doc, head: Token, date: str | None) -> _Coded | None:
        """ "the group", "the organization" (:func:`_org_anaphor`) is the organisation named
        last before it, in its own sentence or the two before, when that one is coded with a
        country or as an international body ("The NRA said it would oppose the plan. The
        group has fought ..." -> USANGO); None otherwise."""
        if not _org_anaphor(head):
            return None
        first = head.sent.start
        for _ in range(_ORG_REACH):
            if first == 0:
                break
            first = doc[first - 1].sent.start
        for tok in reversed(doc[first : head.i]):
            if tok.ent_type_ not in ("ORG", "GPE") or tok.ent_iob_ != "B":
                continue
            end = tok.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            root = doc[tok.i : end].root
            if root.pos_ != "PROPN":
                continue
            a = self.actor(doc, root, date)
            if tok.ent_type_ == "GPE" and (
                a is None or a.code in (None, a.country) or a.sector in ("GOV", None)
            ):
                continue  # a country or a place; the tagger takes some bodies for places
            if a is None or not a.code or not _placed(a.code):
                return None  # the organisation named last is the one meant, coded or not
            return _Coded(a.code, a.country, a.sector, a.name)
        return None

    def _surname(self: _Coder, doc: Doc, head: Token, date: str | None) -> _Coded | None:
        """A lone surname nothing else codes is the person the article named in full with it
        before: the linker's entity for it, else the one person whose full name ends in it
        ("Rep. Jason Chaffetz (R-Utah) said ... Chaffetz insisted" -> his entity's code, LEG,
        placed later by the article's country); None when no person or several share it."""
        if head.pos_ != "PROPN" or not head.text[:1].isupper() or len(head.text) < 3:
            return None
        if any(c.dep_ in ("compound", "flat", "poss") for c in head.children):
            return None  # part of a longer name
        family = self._family(doc, head, date)
        if family is not None:
            return family
        ent = entity_at(doc, head.idx, head.idx + len(head))
        if ent is None:
            found = {
                e.id: e
                for e in doc._.ng_entities or []
                if e.type == "PERSON"
                and len(e.name.split()) >= 2
                and e.name.split()[-1] == head.text
                and any(m.end <= head.idx for m in e.mentions)
            }
            ent = next(iter(found.values())) if len(found) == 1 else None
        if ent is None or ent.type != "PERSON" or len(ent.name.split()) < 2:
            return None
        code = self._entity_code(ent, date, doc)
        if code:
            country = code[:3] if _placed(code) and not code.startswith(INTERNATIONAL) else None
            return _Coded(code, country, _sector_of(code), ent.name)
        country = ent.country if ent.confidence > 0.6 else None
        if country is None and ent.sector is None:
            # nothing codes the person: the name alone, placed later as the person's tagged
            # mentions are (the article's country; "Ramos used his speech to ..." after
            # "Univision anchor Jorge Ramos")
            return _Coded(None, None, None, ent.name)
        return _Coded((country or "") + (ent.sector or ""), country, ent.sector, ent.name)

    def _family(self: _Coder, doc: Doc, head: Token, date: str | None) -> _Coded | None:
        """A family named by the plural of a surname ("the Clintons", "the Obamas", "the
        Sharifs") after people of that surname were named in full: the country its coded
        members share (country only: the members hold different offices); None when no
        member was named before or they are of several countries."""
        if not head.text.endswith("s") or not any(c.lower_ == "the" for c in head.children):
            return None
        singular = {head.text[:-1], head.text[:-2] if head.text.endswith("es") else ""}
        homes: set[str] = set()
        for e in doc._.ng_entities or []:
            words = e.name.split()
            if e.type != "PERSON" or len(words) < 2 or words[-1] not in singular:
                continue
            if not any(m.end <= head.idx for m in e.mentions):
                continue
            code = self._entity_code(e, date, doc) or (e.country if e.confidence > 0.6 else None)
            if code and _placed(code) and not code.startswith(INTERNATIONAL):
                homes.add(code[:3])
        if len(homes) != 1:
            return None
        home = homes.pop()
        return _Coded(home, home, None, f"the {head.text}")

    def _faith_group(self, doc: Doc, head: Token) -> _Coded | None:
        """Followers of a faith with a place in their own phrase are that country's civilians
        ("Muslims in France" -> FRACVL); None without one ("Muslims" alone stays uncoded: the
        article's country is not theirs)."""
        word = head.lower_[:-1] if head.lower_.endswith("s") else ""
        if head.tag_ not in ("NNS", "NNPS") or word not in _FAITHS:
            return None
        home = _phrase_country(doc, head)
        return _Coded(home + "CVL", home, "CVL", None) if home else None

    def _dependant(self: _Coder, doc: Doc, head: Token, date: str | None) -> _Coded | None:
        """Aides, advisers, allies and staff act for whom they belong to: "her aides" after
        "Mrs. Clinton" -> USAPTY, "aides to Mr. Obama" -> USAGOV; None with no coded owner."""
        owners = [c for c in head.children if c.dep_ == "poss" and c.lower_ != "whose"]
        owners += [
            o
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in ("to", "of", "for") and c.i > head.i
            for o in c.children
            if o.dep_ == "pobj"
        ]
        for owner in owners[:1]:
            if owner.lower_ == "your":
                return None
            a = self.actor(doc, owner, date)
            if a is not None and a.code and _placed(a.code):
                return _Coded(a.code, a.country, a.sector, None)
        return None

    def _body(
        self: _Coder, doc: Doc, head: Token, coded: _Coded | None, date: str | None
    ) -> _Coded | None:
        """The country of the body a spokesperson, head or member speaks for, named in the
        "of"/"for" phrase: "a spokeswoman for the Israeli Defense Ministry" -> ISRGOV (not the
        article's country), "the deputy head of China's delegation" -> CHNGOV; the noun keeps
        its own sector, else takes the body's, a country's being its government ("members ...
        for LinkedIn" -> USA). None when the phrase names no body with a country."""
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ not in ("of", "for") or c.i < head.i:
                continue
            for body in (o for o in c.children if o.dep_ == "pobj"):
                found = self.actor(doc, body, date)
                if found is None or not found.country:
                    poss = next((p for p in body.children if p.dep_ == "poss"), None)
                    found = self.actor(doc, poss, date) if poss is not None else None
                if found is None or not found.country or not _placed(found.country):
                    continue
                sector = (coded.sector if coded is not None else None) or found.sector
                if sector is None and found.code == found.country and _is_country(body):
                    sector = "GOV"  # "the head of China's delegation", "an envoy of France"
                name = coded.name if coded is not None else None
                return _Coded(found.country + (sector or ""), found.country, sector, name)
        return None

    def _owned(self: _Coder, doc: Doc, coded: _Coded, head: Token, date: str | None) -> _Coded:
        """A domestic sector with no country takes its owner's: "its troops" after "the
        nation of Bangladesh" -> BGDMIL, "Iran's police" -> IRNCOP; the owner is a
        possessive pronoun resolved like any pronoun, or a possessive noun phrase."""
        code = coded.code
        if not code or _placed(code) or code[:3] not in DOMESTIC:
            return coded
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ in ("whose", "your", "my", "our"):
            return coded
        owner = self.actor(doc, poss, date)
        if owner is None or not owner.country or not _placed(owner.country):
            return coded
        return _Coded(owner.country + code, owner.country, coded.sector or code[:3], coded.name)
