"""Whom a pronoun stands for: "I"/"we" in a quote is its speaker (the quote's own, else the
last one before it), an object "him"/"her" the person named last, a third-person pronoun the
subject it most likely refers to (:func:`_antecedent`)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph.model import Entity, Quote
from newsgraph.nlp._doc import entity_at
from newsgraph.nlp.events._codes import builtin_agents
from newsgraph.nlp.events._genders import other_gender, other_gender_mention

_PRONOUNS = {"he", "she", "it", "they", "we", "him", "her", "them", "us", "i", "me", "you"}
# possessive pronouns as the source of a nominal event ("his attack on Clinton") stand for
# their subject form
_POSSESSIVE = {"his": "he", "their": "they", "its": "it", "our": "we", "my": "i"}
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}


def _speaker(doc: Doc, char: int) -> tuple[Entity | None, SpacySpan | None]:
    """The speaker of the innermost quote whose content covers ``char``: its entity (None
    when the quote finder linked none) and the tokens of its source phrase ("a campaign aide",
    "police Chief Chuck Jordan"; None when it has none)."""
    inside = [q for q in doc._.ng_quotes or [] if q.content.start <= char < q.content.end]
    if not inside:
        return None, None
    return _quote_speaker(doc, min(inside, key=lambda q: q.content.end - q.content.start))


def _quote_speaker(doc: Doc, q: Quote) -> tuple[Entity | None, SpacySpan | None]:
    ent = next((e for e in doc._.ng_entities or [] if q.speaker and e.id == q.speaker), None)
    if q.source is None:
        return ent, None
    return ent, doc.char_span(q.source.start, q.source.end, alignment_mode="expand")


def _in_quotes(text: str, char: int) -> bool:
    """Whether ``char`` lies inside quotation marks opened in its own paragraph (a quote that
    runs on over paragraphs opens each of them again)."""
    para = text[text.rfind("\n", 0, char) + 1 : char]
    if para.count("“") > para.count("”"):
        return True
    straight = para.replace("''", '"').replace("``", '"')
    return straight.count('"') % 2 == 1


# a quote finder's quote this far (characters) before a first-person pronoun in quotation
# marks is the one it continues
_QUOTE_RUN = 1200


def _previous_speaker(doc: Doc, char: int) -> tuple[Entity | None, SpacySpan | None]:
    """The speaker of the last quote that ends before ``char`` (within ``_QUOTE_RUN``
    characters) and names one: its entity and its source phrase, as :func:`_speaker`."""
    before = [
        q
        for q in doc._.ng_quotes or []
        if char - _QUOTE_RUN <= q.content.end <= char and (q.speaker or q.source)
    ]
    if not before:
        return None, None
    return _quote_speaker(doc, max(before, key=lambda q: q.content.end))


def _recent_person(doc: Doc, pron: Token) -> Entity | None:
    """An object "him"/"her": the person mentioned last before it (within ~1,500 characters),
    other than the subject of its own clause ("Trump attacked him": not Trump) and other than
    a person the article gives the other gender (:mod:`_genders`)."""
    # the clause's subject, also through a relative pronoun or control ("Hewitt, who had
    # pressed him": not Hewitt)
    subj = _own_subject(pron) or next(
        (c for c in pron.head.children if c.dep_ in ("nsubj", "nsubjpass")), None
    )
    if subj is None and pron.dep_ == "poss":
        subj = _other_gender_subject(pron)
    own = entity_at(doc, subj.idx, subj.idx + len(subj)) if subj is not None else None
    best: tuple[int, Entity] | None = None
    for e in doc._.ng_entities or []:
        if e.type != "PERSON" or (own is not None and e.id == own.id):
            continue
        for m in e.mentions:
            if (
                pron.idx - 1500 <= m.start
                and m.end <= pron.idx
                and (best is None or m.start > best[0])
                and not other_gender_mention(pron, m)  # "her": not "Martin O'Malley" (targets41)
            ):
                best = (m.start, e)
    return best[1] if best else None


def _other_gender_subject(pron: Token) -> Token | None:
    """The subject of the clause that holds a possessive "her" when that subject is "he" (or
    of "his" when it is "she"): the owner is someone else ("he has criticized her surrogates"
    after "Clinton's use ...": not the man "he" is; targets40). A possessive may be its own
    clause's subject otherwise ("Mrs. Clinton, with her service ...")."""
    other = _OTHER_GENDER.get(pron.lower_)
    verb = pron.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    return next(
        (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == other),
        None,
    )


def _antecedent(pron: Token) -> Token | None:
    """The subject a third-person pronoun most likely refers to (same sentence, else previous)."""
    word = _POSSESSIVE.get(pron.lower_, pron.lower_)
    if word not in ("it", "they", "he", "she", "them", "him", "her"):
        return None
    plural = word in ("they", "them")
    sent = pron.sent
    # an object pronoun is never its own clause's subject ("Bell turned on the officer and
    # struck him": him is not Bell, who would be "himself")
    own = _own_subject(pron) if pron.lower_ in _OBJECT_FORMS else None

    # a possessive "his" is never the person a "she" subject between them is, "her" never the
    # person of a "he" ("She said his attacks ...": not the woman; actors39)
    other = _OTHER_GENDER.get(pron.lower_) if pron.dep_ == "poss" else None

    def agrees(tok: Token) -> Token | None:
        """The subject ``tok`` names if it can be the pronoun's antecedent."""
        found = _agrees(tok)
        if found is not None and other_gender(pron, found):
            return None  # "Martin O'Malley lamented her tendency": not him (targets41)
        if found is None or other is None or found.lower_ in _PRONOUNS:
            return found  # a chained pronoun is of the possessive's own gender (_chained)
        return None if _other_gender_between(found, pron, other) else found

    def _agrees(tok: Token) -> Token | None:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok == pron:
            return None
        if own is not None and tok == own:
            return None
        if tok.lower_ in _PRONOUNS:
            # "He also laid out his plan": the subject pronoun of the same person, which
            # resolves in its turn (targets39: "his"/"her" only, with no person named between:
            # "he was responsible for advising Trump to soften his stance" is Trump's)
            return tok if _chained(tok, pron, word) else None
        if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
            tok = tok.head.head  # "Mr. Trump, who has been leading in polls, ... his"
        tok = _counted_people(tok)
        if tok.left_edge.i <= pron.i <= tok.right_edge.i and pron in set(tok.subtree):
            # a pronoun never refers to a phrase that holds it ("several of their civilians":
            # "their" is not the civilians), which would also resolve it through itself
            return None
        if word in ("he", "she", "him", "her") and not _personal(tok):
            # "65 percent of Republicans supported his call": not "percent"; "Trump's
            # candidacy gave voice to ... His attacks": the person the subject belongs to
            return _personal_possessor(tok) if _no_one_between(tok, pron) else None
        if plural != (tok.tag_ in ("NNS", "NNPS") or bool(tok.conjuncts)):
            return None
        if word == "it" and (tok.ent_type_ == "PERSON" or _linked_person(tok)):
            return None  # "Schiff ... told USA TODAY it is clear": "it" is no person
        return tok

    found = _governing(pron, agrees)
    if found is not None:
        return found
    if word == "it":
        found = _governing_object(pron)
        if found is not None:
            return found
    # the nearest agreeing subject before it in its own sentence ("While Israel stayed out of
    # the war, it has bombed ..."), else the previous sentence's main subject, else the nearest
    # agreeing subject there ("it" is no person: "Trump said it ..." does not make "it" Trump)
    for tok in reversed(pron.doc[sent.start : pron.i]):
        found = agrees(tok)
        if found is not None:
            return found
    if own is not None:
        # the person the clause acted on before: "turning on the officer and striking him"
        for tok in reversed(pron.doc[sent.start : pron.i]):
            if (
                tok.dep_ in ("dobj", "pobj")
                and tok != own
                and (tok.tag_ in ("NNS", "NNPS")) == plural
                and _personal(tok)
                and tok.ent_type_ in ("", "PERSON")
            ):
                return tok
    if sent.start == 0:
        if plural:
            return _collective_before(pron, sent.start, own)
        return _organisation_before(pron, sent.start) if word == "it" else None
    prev = pron.doc[sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ not in _PRONOUNS and agrees(subj) is not None:
        return agrees(subj)
    for tok in reversed(pron.doc[prev.start : sent.start]):
        found = agrees(tok)
        if found is not None:
            return found
    if word == "it":
        return _organisation_before(pron, prev.start)
    if plural and own is not None:
        # an object "them" with no plural subject before it: the people the previous sentence
        # acted on ("The minister met Chinese diplomats in Kyiv. He urged them to ...")
        for tok in reversed(pron.doc[prev.start : sent.start]):
            if (
                tok.dep_ in ("dobj", "pobj")
                and tok.tag_ in ("NNS", "NNPS")
                and tok.ent_type_ in ("", "NORP")
                and _personal(tok)
            ):
                return tok
    if plural:
        # no plural subject: the nearest coordination of names ("Take Sens. Mike Crapo and
        # Jim Risch. Last week, they endorsed ...")
        for tok in reversed(pron.doc[prev.start : pron.i]):
            if (
                tok.pos_ == "PROPN"
                and tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                and tok.dep_ != "conj"
                and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in tok.children)
            ):
                return tok
        return _collective_before(pron, prev.start, own)
    return None


# singular nouns for a body of people that news refers back to as "they"/"them" ("the
# government tried to put me away, but a judge refused to let them")
_COLLECTIVES = frozenset(
    """government administration campaign committee panel company agency department council
    board commission team party""".split()
)
# further nouns for bodies, never "he"/"she" (with the collectives above)
_BODIES = frozenset(
    """court jury tribunal parliament congress senate assembly police army military navy
    ministry regime junta cabinet union firm bank newspaper""".split()
)


def _collective_before(pron: Token, start: int, own: Token | None) -> Token | None:
    """ "they"/"them" with no plural antecedent: the nearest subject before it (from token
    ``start``) that is a singular noun for a body of people, other than the pronoun's own
    clause's subject; None when there is none, or when a plural noun stands between that
    "they" may mean ("The campaign hired ten staffers. They ...")."""
    if any(t.tag_ in ("NNS", "NNPS") for t in pron.doc[start : pron.i]):
        return None
    for tok in reversed(pron.doc[start : pron.i]):
        if (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.pos_ == "NOUN"
            and tok.tag_ == "NN"
            and tok.lemma_.lower() in _COLLECTIVES
            and tok != own
        ):
            return tok
    return None


def _governing(pron: Token, agrees: Callable[[Token], Token | None]) -> Token | None:
    """The agreeing subject of a verb governing the pronoun's clause: "the Kremlin announced
    that it was discussing" -> Kremlin."""
    tok = pron.head
    for _ in range(6):
        if tok.dep_ in ("ccomp", "advcl", "xcomp", "conj") and tok.head != tok:
            tok = tok.head
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            # "30 percent of his backers say they ...", not "as much right as anyone else to
            # decide when he's ready"
            found = agrees(subj) if subj is not None else None
            if found is not None:
                return found
        else:
            break
    return None


def _governing_object(pron: Token) -> Token | None:
    """An object "it" in a participle, infinitive or coordinated clause stands for the named
    country or organisation the governing verb acted on: "He called China 'provocative',
    accusing it of militarising the sea" -> China; "urged the EU to reconsider and asked it
    to ..." -> EU. Never a person, never a thing ("read the bill, calling it ...")."""
    if pron.dep_ not in ("dobj", "dative"):
        return None
    clause = pron.head
    if clause.dep_ not in ("advcl", "conj", "xcomp") or clause.head == clause:
        return None
    gov = clause.head
    for obj in gov.children:
        if (
            obj.dep_ == "dobj"
            and obj.i < pron.i
            and obj.pos_ == "PROPN"
            and obj.ent_type_ in ("GPE", "ORG", "NORP")
        ):
            return obj
    return None


def speaker_antecedent(pron: Token) -> Token | None:
    """The named subject of the statement verb whose content clause a subject pronoun heads:
    "China, Pyongyang's only ally, said it was opposed" -> China (not an organisation the
    entity linker chained "it" to); "Mr. Trump said he would" -> Mr. Trump. None elsewhere."""
    if pron.lower_ not in ("it", "he", "she") or pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pron.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SAYING:
        return None
    subj = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN" or subj.i > pron.i:
        return None
    if any(c.pos_ == "PROPN" for c in subj.conjuncts):
        return None  # "Russia and China said it": not one of them
    if pron.lower_ == "it":
        # a country or organisation (an apposition the parser made a conjunct is no second
        # subject: "China, Pyongyang's only ally and its lifeline, said it")
        return subj if subj.ent_type_ in ("GPE", "ORG", "NORP") else None
    return subj if subj.ent_type_ == "PERSON" else None


# verbs of saying whose content clause's subject pronoun is mostly their own subject
_SAYING = frozenset(
    "say announce state declare insist tell warn add argue claim confirm deny".split()
)
_RELATIVE = frozenset({"who", "that", "which"})
_OBJECT_FORMS = frozenset({"him", "her", "them"})


def _own_subject(pron: Token) -> Token | None:
    """The subject of the clause an object pronoun is the object of, if any."""
    from newsgraph.nlp.events._roles import subject  # _roles imports this module

    if pron.dep_ not in ("dobj", "dative", "pobj"):
        return None
    verb = pron.head.head if pron.dep_ == "pobj" else pron.head
    if verb.dep_ in ("dobj", "nsubjpass") and pron.head.lower_ == "of":
        verb = verb.head  # "Police arrested several of them": the quantity's verb
    return subject(verb) if verb.pos_ in ("VERB", "AUX") else None


_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _pair_before(pron: Token) -> list[Token]:
    """ "they"/"them" with no plural antecedent: the named subject and the named object (or
    "with" object) of the previous sentence's main verb, who together make a "they" ("Putin
    met Erdogan in Sochi. They agreed ..."); [] when that sentence names no such pair."""
    sent = pron.sent
    if sent.start == 0:
        return []
    root = pron.doc[sent.start - 1].sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    objs = [c for c in root.children if c.dep_ == "dobj"]
    objs += [
        o
        for c in root.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    pair = [t for t in [subj, *objs[:1]] if t is not None]
    if len(pair) != 2 or not all(t.pos_ == "PROPN" and t.ent_type_ in _NAMES for t in pair):
        return []
    return pair


def _counted_people(tok: Token) -> Token:
    """The people a quantity subject counts ("percent of voters" -> voters), else ``tok``."""
    from newsgraph.nlp.events._roles import _counted  # _roles imports this module

    return _counted(tok)


def _linked_person(tok: Token) -> bool:
    """Whether the entity linker has ``tok`` as a mention of a person (a surname the tagger
    left untyped: "Schiff"; a capitalised name the tagger read as a noun: "Trump")."""
    if tok.pos_ != "PROPN" and not (tok.pos_ == "NOUN" and tok.is_title):
        return False
    ent = entity_at(tok.doc, tok.idx, tok.idx + len(tok))
    return ent is not None and ent.type == "PERSON"


def _organisation_before(pron: Token, start: int) -> Token | None:
    """ "it" with no subject to refer to: the organisation named last between token ``start``
    and the pronoun ("when Mr. Hurt asked Norton to republish the book, it declined")."""
    for tok in reversed(pron.doc[start : pron.i]):
        if tok.ent_type_ == "ORG" and tok.pos_ == "PROPN" and tok.ent_iob_ == "B":
            return _entity_head(tok)
    return None


def _entity_head(tok: Token) -> Token:
    """The syntactic head of the named entity starting at ``tok`` ("the Associated Press")."""
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return tok.doc[tok.i : end].root


_PERSON_FORMS = {"he": frozenset({"he"}), "him": frozenset({"he"}), "she": frozenset({"she"})}
_PERSON_FORMS["her"] = _PERSON_FORMS["she"]


_OTHER_GENDER = {"his": "she", "her": "he"}


def _other_gender_between(found: Token, pron: Token, other: str) -> bool:
    """Whether a subject pronoun ``other`` ("she" for "his") between ``found`` and the
    possessive ``pron`` refers to the person ``found`` names: then the possessive is someone
    else ("Merkel spoke after Putin arrived. She said his attacks ...": his is not Merkel)."""
    doc = pron.doc
    mine = entity_at(doc, found.idx, found.idx + len(found))
    for p in doc[found.i + 1 : pron.i]:
        if p.lower_ != other or p.dep_ not in ("nsubj", "nsubjpass"):
            continue
        ante = _antecedent(p)
        if ante is None:
            continue
        if ante.i == found.i:
            return True
        theirs = entity_at(doc, ante.idx, ante.idx + len(ante))
        if mine is not None and theirs is not None and mine.id == theirs.id:
            return True
    return False


def _chained(subj: Token, pron: Token, word: str) -> bool:
    """Whether a possessive "his"/"her" (read as ``word``) stands for the subject pronoun
    ``subj`` before it: the same singular person ("he" for "his", "she" for "her"), with no
    other single person named between them (a plural noun cannot be "his": "whether he can win
    back voters. His criticism ...")."""
    if pron.dep_ != "poss" or subj.lower_ not in _PERSON_FORMS.get(word, frozenset()):
        return False
    return _no_one_between(subj, pron)


def _no_one_between(first: Token, pron: Token) -> bool:
    """Whether no single person is named between ``first`` and the pronoun after it."""
    between = pron.doc[first.i + 1 : pron.i]
    return not any(t.tag_ in ("NN", "NNP") and _personal(t) for t in between)


def _personal_possessor(tok: Token) -> Token | None:
    """The named person a subject that is no person belongs to ("Mr. Trump's decision",
    "Clinton's campaign"), or None. (Not past another person: "Trump's words may have affected
    the former president, who spent his speech ..." is the president's, which the relative
    clause holding "his" hides; :func:`_no_one_between`.)"""
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN" and _personal(c):
            return c
    return None


def _personal(tok: Token) -> bool:
    """Whether a subject can be "he"/"she": a person's name, or a noun the agent dictionary
    or the participant list knows ("the senator", "a spokesman"), not "percent" or "the bill";
    not a body of people ("A court upheld his conviction", "ECOWAS criticized his detention":
    "his" is no court and no acronym's organisation; targets21)."""
    if tok.ent_type_:
        # a person the tagger typed otherwise ("Trump" as ORG) the entity linker knows
        return tok.ent_type_ == "PERSON" or _linked_person(tok)
    if tok.pos_ == "PROPN":
        return not (tok.text.isupper() and len(tok.text) > 1)
    lemma = tok.lemma_.lower()
    if lemma in _COLLECTIVES or lemma in _BODIES:
        return False
    agents = builtin_agents()
    if agents.match([lemma], 0) or agents.match([tok.lower_], 0):
        return True
    # a person's title of two words with no office, coded elite ("the first lady", "the
    # second gentleman"; actors39); not a body the dictionary holds as two words ("the coast
    # guard", "an armed group")
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is None or prev.head != tok or prev.dep_ not in ("amod", "compound"):
        return False
    found = agents.match([prev.lower_, lemma], 0)
    return found is not None and found[0] == 2 and getattr(found[1], "suffix", "") == "ELI"
