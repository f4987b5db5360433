"""More uses of a lexicon word that label no actor (attach28, issue 11 item 2; attach26's are
in ``_nonactor``).

- "insurgent" of an election, a campaign or a party challenger: "the insurgent Republican
  candidacy", "Insurgent Democratic candidates", "an insurgent defeating a party favorite in
  the primary" — the word qualifies a political challenge, not an armed group. Told by the
  noun it modifies (a campaign, candidacy, bid ...) or, for the noun, when no word of armed
  conflict is in its sentence, by the sentence's election words or by being one person ("an
  insurgent nipping at her heels"; armed insurgents come in numbers, "14 insurgents");
- "terror" as fear, not as the people who cause it: "a reign of terror", "a campaign of
  terror", "tough on terror" (a policy stance, as attach26's "war on terror");
- "regime" as a system of rules: the rules compounded into it ("the deportation regime", "the
  inspections regime", as attach26's "sanctions regime") or named in its "of" phrase ("a
  regime of cap and trade"; "the regime of Haider al-Abadi" stays a label);
- "so-called" or "self-styled" before a term for an event, a deal, a rule or another thing,
  whatever names or offices qualify it ("the so-called Brexit vote", "the so-called
  'governor's bracket'", "the so-called Charleston loophole"): attach26's check takes a phrase
  with a name or an actor word inside for an actor; the head noun decides here.
"""

from __future__ import annotations

from spacy.tokens import Token

# nouns of a political challenge "insurgent" qualifies
_POLITICAL = frozenset(
    {
        "campaign", "candidacy", "candidate", "bid", "challenger", "challenge", "message",
        "image", "front-runner", "frontrunner", "run", "primary", "nominee", "nomination",
        "presidency", "ticket", "movement", "wing", "faction", "outsider",
    }
)  # fmt: skip
_ELECTION = frozenset(
    {
        "election", "primary", "primaries", "caucus", "caucuses", "nomination", "nominee",
        "delegate", "delegates", "candidate", "candidates", "campaign", "ballot", "vote",
        "voter", "voters", "poll", "polls", "convention", "democratic", "republican",
        "democrats", "republicans", "gop", "party", "establishment", "front-runner",
    }
)  # fmt: skip
_ARMED = frozenset(
    {
        "attack", "kill", "fighter", "troops", "army", "soldier", "bomb", "militant", "rebel",
        "insurgency", "ambush", "gunman", "weapon", "police", "province", "forces", "clash",
        "fight", "war", "military", "shoot", "security", "capture", "arrest", "detain",
        "suspect", "dead", "wound", "explosive", "raid", "operation", "battle", "gun", "armed",
        "taliban", "jihadist", "guerrilla", "commander", "villager", "checkpoint", "prisoner",
    }
)  # fmt: skip
# "terror" as fear: the noun whose "of" phrase it is, or the stance "tough on terror"
_FEAR = frozenset(
    {
        "reign", "campaign", "climate", "atmosphere", "wave", "state", "sense", "night",
        "moment", "feeling", "scream", "look", "cry", "regime", "rule", "era", "days",
    }
)  # fmt: skip
_STANCE = frozenset({"tough", "soft", "weak", "strong"})
# rules a regime can be the system of (attach26's _SYSTEM lists more)
_RULES = frozenset(
    {
        "deportation", "inspection", "inspections", "enforcement", "detention", "surveillance",
        "monitoring", "sanction", "sanctions", "regulation", "regulations", "austerity",
        "lockdown", "quarantine", "permit", "permits", "cap", "levy", "tax", "tariff",
        "trade", "testing", "licensing", "reporting",
    }
)  # fmt: skip


# heads that make a "so-called" phrase a term for a thing, not an actor
_TERMS = frozenset(
    {
        "vote", "referendum", "election", "primary", "bracket", "deal", "agreement", "accord",
        "war", "crisis", "scandal", "effect", "loophole", "rule", "law", "bill", "plan",
        "policy", "program", "programme", "test", "clause", "index", "tax", "doctrine",
        "reform", "option", "model", "process", "summit", "talks", "affair", "gate", "zone",
        "evidence", "recession", "economy", "bubble", "report", "dossier", "memo",
    }
)  # fmt: skip


def _words(tok: Token) -> set[str]:
    return {tok.lower_, tok.lemma_.lower()}


def _election_insurgent(tok: Token) -> bool:
    head = tok
    while head.dep_ in ("amod", "compound", "nmod") and head.head.i > head.i:
        head = head.head
    if head.i != tok.i:
        return bool(_words(head) & _POLITICAL)
    sent = tok.sent
    words = set().union(*(_words(t) for t in sent if t.i != tok.i))
    if words & _ARMED:
        return False
    # one "insurgent", a person, with no word of armed conflict: a political challenger
    # ("flirts with the insurgent", "rather than as an insurgent nipping at her heels")
    return bool(words & _ELECTION) or (tok.pos_ == "NOUN" and tok.lower_ == "insurgent")


def _fear(toks: list[Token], i: int) -> bool:
    tok = toks[i]
    if tok.lower_ != "terror":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _words(tok.head.head) & _FEAR:
        return True
    before = [t.lower_ for t in toks[max(0, i - 5) : i] if t.text != "-"]
    return len(before) >= 2 and before[-1] == "on" and before[-2] in _STANCE


def _rules_regime(tok: Token) -> bool:
    from newsgraph.nlp.framing._attach_links import actor_noun

    for child in tok.children:
        if (
            child.dep_ in ("compound", "nmod", "amod")
            and child.i < tok.i
            and _words(child) & _RULES
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > tok.i:
            objs = [o for o in child.children if o.dep_ == "pobj"]
            if any(_words(o) & _RULES for o in objs) and not any(actor_noun(o) for o in objs):
                return True
    return False


def _distanced_term(toks: list[Token], i: int, n: int) -> bool:
    from newsgraph.nlp.framing._nonactor import act_noun

    if toks[i].lower_ not in ("so", "self") or n != 3 or i + n > len(toks):
        return False
    head = toks[i + n - 1]
    while head.dep_ in ("amod", "compound", "nmod", "advmod") and head.head.i > head.i:
        head = head.head
    return head.pos_ == "NOUN" and (bool(_words(head) & _TERMS) or act_noun(head))


def more_non_actor_use(toks: list[Token], i: int, n: int = 1) -> bool:
    """True when the lexicon match ``toks[i : i + n]`` names no actor (module docstring)."""
    if n != 1:
        return _distanced_term(toks, i, n)
    tok = toks[i]
    words = _words(tok)
    if words & {"insurgent", "insurgents"}:
        return _election_insurgent(tok)
    if _fear(toks, i):
        return True
    if words & {"regime", "regimes"}:
        return _rules_regime(tok)
    return False
