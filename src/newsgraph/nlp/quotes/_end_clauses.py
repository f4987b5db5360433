"""Clause features of the content-end chooser (:mod:`._bounds`): what kind of clause an end
option moves into or out of the content.

The parse often hangs a clause of the writer's sentence on the reported clause instead of on
the cue: "said that the economy would soon rebound **and praised** Kerry's efforts", "argued
that a database would keep people out, **saying** it's all about management". Such a clause is
the source's next act (a verb of saying or attitude with no subject of its own), not what was
said, and PolNeAR ends the content before it; "said the budget would pass **and** that
taxes would rise" or "said he was proud of his campaign **and expects** to win" go on.

- ``{side}|cue-verb``: the moved words hold a verb of the cue lexicon joined as a ``conj`` or
  ``advcl`` with no subject and no subordinating mark of its own;
- ``{side}|first-verb=DEP|subj|TAG``: the first moved word past punctuation and conjunctions
  is a verb: its dependency, whether it has a subject, and its tag (``cue-tag`` when the cue
  verb has the same tag: "says ... and says", "announced ... and vowed").

The cue lexicon read is the shipped one (``quote_cues.txt``), whatever lexicon a finder was
given, so that the features mean at run time what they meant when the weights were fitted.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsgraph.nlp.quotes._lexicon import load_lexicon

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_JOINED = frozenset({"conj", "advcl"})
_PASSED = frozenset({",", ";", "—", "–", "-", "and", "but", "or", "also", "then"})
CLAUSE_TEMPLATES = frozenset({"|cue-verb", "|first-verb"})


@lru_cache(maxsize=1)
def _cue_verbs() -> frozenset[str]:
    return frozenset(load_lexicon().verbs)


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in tok.children)


def own_act(tok: Token) -> bool:
    """A verb of the cue lexicon joined to a clause with no subject and no mark of its own:
    the source's next act ("and praised", ", saying")."""
    return (
        tok.pos_ == "VERB"
        and tok.dep_ in _JOINED
        and tok.lemma_.lower() in _cue_verbs()
        and not any(c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in tok.children)
    )


def clause_features(
    toks: list[Token], first: int, last: int, side: str, cue: Token | None
) -> list[str]:
    """The clause features of the words ``toks[first..last]`` an end option moves (``side``:
    ``longer`` or ``shorter``); ``cue`` is the cue word (None: no first-verb feature)."""
    out: list[str] = []
    lead: Token | None = None
    for k in range(first, last + 1):
        tok = toks[k]
        if lead is None and not tok.is_space and tok.lower_ not in _PASSED:
            lead = tok
        if own_act(tok):
            out.append(f"{side}|cue-verb")
            break
    if lead is not None and cue is not None and lead.pos_ in {"VERB", "AUX"}:
        subj = "subj" if _has_subject(lead) else "nosubj"
        tag = "cue-tag" if lead.tag_ == cue.tag_ else lead.tag_
        out.append(f"{side}|first-verb={lead.dep_}|{subj}|{tag}")
    return out
