"""Body and treaty names, and reporters pressing for answers, on political news (polfp39, issue
10 items 3 and 4).

A fourth hand-judged sample of 150 events on the PolNeAR train texts of the actors eval's tune
part (``docs/experiments/events/polfp39_sample.tsv``) and the classes counted over all their
events:

* **A word of cooperation inside a body's or a treaty's name is no event.** "Cooperation" in
  "the Organization for Economic Cooperation and Development", "Partnership" in "the
  Trans-Pacific Partnership" or "the Latino Partnership for Conservative Principles", "Relief"
  in "World Relief" name an organisation or an agreement, not an act of cooperation or aid.
  :func:`._phrasal.in_name` kept verbs inside names ("Committee to Protect Journalists") from
  matching; a noun is left only for cooperative types (COOPERATE, AID, SUPPORT): the tagger
  also tags the names of attacks and marches as organisations ("The Boston Marathon Bombing",
  "the NYC Pride March"), and those name real events.
* **A reporter pressing for an answer is no REQUEST.** "press" is a demand when someone is
  pressed to act or for a concession ("pressing Schumer to take a crack at gun laws", "pressed
  Moscow for a ceasefire"). A person pressed for specifics, details or an answer, or about a
  topic, in an interview ("Pressed for specifics, Murphy's campaign could not provide an
  example", "When later pressed about what the campaign may be implying, Weaver said", "Pressed
  by Mr. Stephanopoulos, Mr. Trump said", "Todd pressed Priebus on the subject of Trump's
  taxes") is asked a question: the class of ``_campaign_trail.question_put`` told with "press".
  A person in office pressing another side in office ("Obama pressed Putin on Ukraine") stays.

Read by :func:`newsgraph.nlp.events._filters_speech.speech_no_event`."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._campaign_trail import _is_body, _sectors
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._phrasal import _title_case

# entity kinds that name bodies, treaties, buildings and works (not EVENT)
_BODY_NAMES = frozenset({"ORG", "LAW", "FAC", "PRODUCT", "WORK_OF_ART"})
# types whose nouns name organisations and agreements ("Partnership", "Relief", "Support")
_COOPERATIVE = frozenset({"COOPERATE", "AID", "SUPPORT"})
# what a reporter presses for: an answer, not a concession
_ANSWERS = frozenset(
    """specifics specific details detail answer answers explanation explanations example
    examples evidence comment comments clarification response responses elaboration proof
    information reason reasons name names number numbers""".split()
)
_TOPIC_PREPS = frozenset({"about", "on"})


def named_body(tok: Token, pattern: Pattern) -> bool:
    """A cooperative noun inside an organisation's or a treaty's name (module docstring)."""
    return (
        pattern.pos == "N"
        and pattern.type in _COOPERATIVE
        and tok.ent_type_ in _BODY_NAMES
        and tok.ent_iob_ == "I"
        and tok.text[:1].isupper()
        and not _title_case(tok)
    )


def _preps(tok: Token) -> dict[str, list[Token]]:
    out: dict[str, list[Token]] = {}
    for c in tok.children:
        if c.dep_ in ("prep", "agent"):
            out.setdefault(c.lower_, []).extend(
                g for g in c.children if g.dep_ in ("pobj", "pcomp")
            )
    return out


def _for_answers(preps: dict[str, list[Token]]) -> bool:
    return any(o.lower_ in _ANSWERS or o.lemma_.lower() in _ANSWERS for o in preps.get("for", []))


def pressed_question(
    tok: Token, pattern: Pattern, sources: Sequence[Actor], targets: Sequence[Actor]
) -> bool:
    """A person pressed for an answer or about a topic (module docstring)."""
    if pattern.type != "REQUEST" or tok.lemma_.lower() != "press" or tok.pos_ != "VERB":
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return False  # "pressing Schumer to take a crack at gun laws"
    preps = _preps(tok)
    if "for" in preps and not _for_answers(preps):
        return False  # "pressed Moscow for a ceasefire"
    # "Pressed for specifics, ...", "When later pressed about what ...", "Pressed by Mr.
    # Stephanopoulos, Mr. Trump said": the one pressed answers in the main clause
    passive_clause = (
        tok.tag_ == "VBN"
        and tok.dep_ == "advcl"
        and not any(c.dep_ in ("nsubj", "dobj") for c in tok.children)
    )
    if passive_clause and "by" not in preps:
        return bool(preps)  # the coder's sides there are the one pressed and the topic
    if not (_for_answers(preps) or _TOPIC_PREPS & preps.keys() or passive_clause):
        return False
    doc = tok.doc
    if any(_is_body(a, doc) and "MED" not in _sectors(a) for a in sources):
        return False  # a body's or a state's demand
    if not sources or any(_sectors(a) - {"MED"} for a in sources):
        # a person with a sector presses as what he is ("activists pressed the senator on
        # gun control", "Obama pressed Putin on Ukraine"); a reporter has none or MED
        return False
    return True
