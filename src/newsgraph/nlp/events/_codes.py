"""Actor codes, piece by piece: the domestic and international sectors, the built-in agent
dictionary, what a code starts with (a country or an international code) and its sector, and
how a code found one way is merged with another (a second phrase, the linked entity)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry
from spacy.tokens import Token

from newsgraph.model import Entity
from newsgraph.nlp.events._countries_regions import REGION_CODES
from newsgraph.nlp.events.dictionaries import Dictionary, load_agents

# sectors that belong to one country: with no country stated they take the article's
DOMESTIC = frozenset(
    "GOV MIL COP REB OPP PTY LEG JUD CVL MED BUS EDU LAB REL SPY ELI AGR HLH ENV CRM INS".split()
)
INTERNATIONAL = ("IGO", "NGO", "IMG", "MNC", "UAF")


@lru_cache(maxsize=1)
def builtin_agents() -> Dictionary:
    ref = resources.files("newsgraph.nlp").joinpath("resources/events/event_agents.txt")
    with resources.as_file(ref) as path:
        return load_agents(path)


@dataclass(slots=True)
class _Coded:
    code: str | None
    country: str | None
    sector: str | None
    name: str | None


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    extra = {"KSV", "XKX", "YUG", "SCG", "CSK", "SUN", "DDR", "USR"}  # XKX: Kosovo (EU, IMF)
    return frozenset({c.alpha_3 for c in pycountry.countries} | extra)


def _placed(code: str | None) -> bool:
    """Whether a code starts with a country (ISO alpha-3 or CAMEO) or an international code."""
    if not code:
        return False
    return code[:3] in _country_codes() or code.startswith(INTERNATIONAL)


def _sector_of(code: str) -> str | None:
    if code.startswith(INTERNATIONAL):
        return code[:3]
    # a region code is a location part too: "WST" has no sector, "EURGOV" is GOV
    rest = code[3:] if _placed(code) or code[:3] in REGION_CODES else code
    return rest[:3] or None


def _fill(coded: _Coded, other: _Coded | None) -> _Coded:
    if other is None:
        return coded
    return _Coded(
        other.code,
        coded.country or other.country,
        coded.sector or other.sector,
        coded.name or other.name,
    )


def _has_piece(code: str | None, piece: str) -> bool:
    """Whether ``piece`` is one of the 3-letter pieces of ``code`` after its country."""
    if not code:
        return False
    return any(code[i : i + len(piece)] == piece for i in range(3, len(code), 3))


def _normalise(code: str | None) -> str | None:
    """Phoenix's multinational-company codes as the country's business sector, the gold's
    convention: MNCUSA -> USABUS."""
    if code and code.startswith("MNC") and len(code) >= 6 and code[3:6] in _country_codes():
        return code[3:6] + "BUS" + code[6:]
    return code


def _merge_entity(coded: _Coded, ent: Entity) -> _Coded:
    # a country the linker only defaulted from the article's top country name (confidence
    # 0.6) is left to the actor coder's own article country, which sees resolved places
    weak = ent.confidence <= 0.6 and ent.type == "PERSON"
    country = coded.country or (None if weak else ent.country)
    sector = coded.sector or ent.sector
    code = coded.code
    if code is None and (country or sector):
        code = (country or "") + (sector or "")
    elif code is not None and code == country and sector and ent.type == "PERSON":
        code = country + sector
    return _Coded(code, country, sector, ent.name or coded.name)


# words for a member or a rank of a group: in an armed group they are the group ("a senior
# al-Qaeda leader" -> IMGMUSALQ, "a rebel commander" -> REB), not its government or army
_GROUP_RANKS = frozenset(
    "leader leaders commander commanders chief chiefs head heads emir emirs chieftain "
    "warlord spokesman spokeswoman spokesperson deputy lieutenant official officials figure "
    "figures operative operatives boss founder ideologue mastermind kingpin".split()
)
# offices a rank word adds that an armed group's own code already covers
_RANK_OFFICES = frozenset({"GOV", "MIL"})


def rank_in_group(root: str | None, suffixes: list[str], head_lemma: str) -> list[str]:
    """The agent suffixes of a phrase with its rank words dropped when the phrase names a
    member of an armed group (a REB code, a transnational militant group ``IMG...``): the
    coding conventions code a militant group's leader or commander as the group itself
    (tests/data/events/README.md); "the Taliban government" (head: government) keeps GOV. A
    transnational militant group's fighters are the group ("Islamic State fighters" ->
    IMGMUSISI, not IMGMUSISIREB)."""
    if root is not None and root.startswith("IMG"):
        suffixes = [s for s in suffixes if s != "REB"]
    if head_lemma not in _GROUP_RANKS:
        return suffixes
    armed = root is not None and (root.startswith("IMG") or _has_piece(root, "REB"))
    if not armed and "REB" not in suffixes:
        return suffixes
    return [s for s in suffixes if s not in _RANK_OFFICES]


# people a weapon word makes an armed group: "armed men", "masked youths" (like "gunmen": REB)
_PEOPLE_HEADS = frozenset({"man", "men", "youth", "youths", "individual", "people", "person"})
_ARMING = frozenset({"armed", "masked", "heavily-armed"})


def group_suffixes(root: str | None, suffixes: list[str], head: Token) -> list[str]:
    """:func:`rank_in_group`, then two conventions of the gold: people the phrase calls armed
    are an armed group, not civilians ("armed men stormed the village" -> REB, as "gunmen");
    an international organisation's office-holder is the organisation ("the UN
    secretary-general", "the UN envoy" -> IGOUNO, as a named one is), so no GOV is added."""
    suffixes = rank_in_group(root, suffixes, head.lemma_.lower())
    if suffixes[:1] == ["CVL"] and (head.lemma_.lower() in _PEOPLE_HEADS):
        if any(c.dep_ == "amod" and c.lower_ in _ARMING for c in head.children):
            suffixes = ["REB", *suffixes[1:]]
    if root is not None and root.startswith("IGO"):
        suffixes = [s for s in suffixes if s != "GOV"]
    return suffixes


# people nouns that name actors only as the phrase's head: as a modifier they name whom a body
# serves ("the youth wing of the party" PTY, "the youth minister", "the minister of youth" GOV)
# or no one ("donor countries", "a press conference", "the witness stand", "audience members")
_HEAD_ONLY = frozenset({"youth", "donor", "witness", "audience", "press", "superdelegate"})
# institutions named by a common noun (agents41): an agent only as a singular common-noun head
# ("the university rebutted"; "schools and universities have been closed" are places), not a
# word of a name ("Trump University" keeps its owner's code) nor a modifier ("university
# students" are students)
_INSTITUTION_NOUNS = frozenset({"university"})


def _governing_state(tok: Token, head: Token) -> bool:
    """ "the state" as a government (agents38: "the state sued", "a grant from the state"): the
    head of its phrase, a singular common noun ("states" are as often countries, "Columbia
    State" is a name), with no word that makes it a condition ("the disheartened state of the
    campaign", "a state of emergency") or a kind ("state lawmakers", "a police state")."""
    if tok != head or tok.tag_ != "NN":
        return False
    return not any(
        c.dep_ in ("amod", "compound", "nummod") or (c.dep_ == "prep" and c.lower_ == "of")
        for c in tok.children
    )


# bodies that are a government's unless another word of their phrase says whose (agents38):
# "the council", "the board of elections" GOV, but "the Business Council" BUS and "the Family
# Policy Council" CVL, not BUSGOV, CVLGOV
_BODY_NOUNS = frozenset({"council", "board"})


def body_sector(suffixes: list[str], agent_words: list[Token]) -> list[str]:
    """The agent suffixes of a phrase without a council's or board's GOV when another agent
    word of the phrase gives a sector ("the Business Council" BUS, not BUSGOV)."""
    if len(suffixes) < 2 or "GOV" not in suffixes:
        return suffixes
    if not any(t.lemma_.lower() in _BODY_NOUNS for t in agent_words):
        return suffixes
    return [s for s in suffixes if s != "GOV"]


def no_agent_here(tok: Token, length: int, head: Token) -> bool:
    """A one-word agent match that names no agent of the phrase: a participle modifying the
    noun though its lemma is an agent noun ("suspected jihadists" are jihadists, REB, as CAMEO
    codes suspected attackers by their group, not suspects CRM stacked on them; "suspected
    robbers" stay CRM by "robbers"), a head-only people noun that is not the head, or "state"
    other than a government (:func:`_governing_state`), or a university that is no singular
    common-noun head (agents41)."""
    if length != 1:
        return False
    if tok.tag_ == "VBN" and tok.dep_ == "amod":
        return True
    if tok.lemma_.lower() == "state":
        return not _governing_state(tok, head)
    if tok.lemma_.lower() in _INSTITUTION_NOUNS:
        return tok.tag_ != "NN" or not _head_or_its_conjunct(tok, head)
    if tok.lemma_.lower() not in _HEAD_ONLY:
        return False
    return not _head_or_its_conjunct(tok, head)


def _head_or_its_conjunct(tok: Token, head: Token) -> bool:
    """The phrase's head or a word joined to it ("youths and women" are actors)."""
    return tok == head or (tok.dep_ == "conj" and tok.head == head)
