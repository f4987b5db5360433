"""Events the learned type classifier proposes: the verbs no pattern matched that are worth a
model call, and the pattern-like record (rule ``model:<type>.<lemma>``) of an event it typed."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.model import Event
from newsgraph.nlp._doc import tokens
from newsgraph.nlp.events._arrays import parse_of
from newsgraph.nlp.events._features import _NAMED
from newsgraph.nlp.events._general_verbs import GENERAL_VERBS
from newsgraph.nlp.events._patterns import Pattern, plover_cameo

# prepositions whose objects are targets of an event found by the classifier
_LEARNED_TARGETS = frozenset({"with", "against", "on", "at", "to", "for", "into"})
_RECIPROCAL = frozenset({"CONSULT", "COOPERATE", "AGREE"})


def _learned(lemma: str, pos: str, etype: str, base: Pattern | None) -> Pattern:
    """The pattern-like record of an event typed by the classifier (rule ``model:...``)."""
    return Pattern(
        name=f"model:{etype.lower()}.{lemma}",
        pos=pos,
        lemma=lemma,
        with_=base.with_ if base is not None else frozenset(),
        type=etype,
        mode=None,
        cameo=plover_cameo()[etype],
        targets=(base.targets if base is not None else frozenset()) | _LEARNED_TARGETS,
        context=None,
        reciprocal=etype in _RECIPROCAL,
        harm=base.harm if base is not None else None,  # a retyped idiom stays an idiom
    )


def _free_verbs(doc: Doc, seen: set[int], *, bare: bool) -> list[Token]:
    """Verbs no pattern matched: the classifier's candidates for new events. Unless actor-less
    events may be kept (``bare``), only verbs with a nominal subject or object (an event
    needs an actor: the others are not worth a model call)."""
    p = parse_of(doc)
    pos, dep = p.pos, p.dep
    return [
        t
        for i, t in enumerate(tokens(doc))
        if pos[i] == "VERB"
        and i not in seen
        and p.lemma[i] not in _NO_PROPOSAL
        and p.lemma[i] not in GENERAL_VERBS  # "made the transition" (polfp39)
        and p.ent[i] not in _NAMED
        and not p.like_num[i]
        and (
            bare
            or dep[i] in _INHERITS
            or any(dep[c] in _ARG_DEPS and pos[c] in _NOMINAL for c in p.children(i))
        )
    ]


_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent"})
# light verbs: never an event of their own, so not worth a model call (about a sixth of the
# calls on news text; reporting verbs stay: the classifier codes some claims)
_NO_PROPOSAL = frozenset("have do be go get know see think seem become ’ 's".split())
_INHERITS = frozenset({"conj", "xcomp", "advcl", "relcl", "acl"})  # subject from the head
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def _named_side(ev: Event) -> bool:
    """An event the classifier proposed at a verb no pattern knows needs an actor the coder
    coded or linked to a named entity: its evidence is the weakest, and a pronoun or an untagged
    capitalised word may be anything ("She also won the award", "Brydge proved it was up for
    the challenge", "the DAX dropped")."""
    return any(a.code or a.entity for a in [*ev.sources, *ev.targets])
