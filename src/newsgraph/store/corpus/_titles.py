"""A person's name with a title before it ("Secretary Hillary Clinton", "Gov. John Kasich",
"former President Bill Clinton") is the same person as the name without it (ux37).

The registry keyed a titled name as its own actor ("Gov. John Kasich", 42 articles, apart from
"John Kasich", 49) and, counting words for the fullest name, let a title win an actor's display
name ("Secretary Hillary Clinton" over "Hillary Clinton"). :func:`bare` takes the leading titles
off a name's key: the titles of the entity ruler's lexicon (``lexicons/titles.tsv``: "president",
"secretary of state", "sen."), the abbreviations and honorifics written before names ("gov.",
"dr.", "mr.") and the words that qualify a title ("former", "acting"). A title is only taken
off the front, and at least one word is always left ("President" alone stays).
"""

from __future__ import annotations

from functools import lru_cache

from newsgraph import lexicons
from newsgraph.corpus._text import name_key

#: written before a name, not in the role lexicon (its rows are role nouns, abbreviations aside)
_BEFORE_NAMES = (
    "mr mrs ms miss mx messrs madam mme dame sir lord lady dr doctor prof professor rev "
    "reverend father gov lt sgt sergeant capt captain cpt maj cmdr adm amb atty hon pres "
    "supt det detective cpl pvt director chairwoman chair sheriff councilman councilwoman "
    "assemblyman assemblywoman pastor chief officer trooper deputy staff"
)
#: words that qualify a title ("former Sen.", "acting Director", "President-elect"); "staff"
#: is what a cut "Chief of Staff" leaves before the name ("Staff Jake Sullivan")
_QUALIFIERS = (
    "former", "acting", "then", "late", "interim", "outgoing", "incoming", "elect", "designate",
)  # fmt: skip


@lru_cache(maxsize=1)
def _titles() -> tuple[tuple[str, ...], ...]:
    """Title word sequences, longest first ("secretary of state" before "secretary")."""
    keys = {name_key(t) for t in lexicons.titles()}
    keys.update(_BEFORE_NAMES.split())
    keys.update(("petty officer", "first lady", "press secretary", "campaign manager"))
    keys.update(_QUALIFIERS)
    seqs = {tuple(k.split()) for k in keys if k}
    return tuple(sorted(seqs, key=len, reverse=True))


def bare(key: str) -> str:
    """The name key without its leading titles ("gov john kasich" -> "john kasich")."""
    words = key.split()
    titles = _titles()
    moved = True
    while moved:
        moved = False
        for seq in titles:
            n = len(seq)
            if len(words) > n and tuple(words[:n]) == seq:
                words = words[n:]
                moved = True
                break
    return " ".join(words)


def titled(key: str) -> bool:
    """Whether the name key begins with a title."""
    return bare(key) != key


def untitled(name: str) -> str:
    """The written name without its leading titles when two words or more are left ("Gov. John
    R. Kasich" -> "John R. Kasich"); a title with one word after it stays ("Pope Francis")."""
    key = name_key(name)
    short = bare(key)
    if short == key or " " not in short:
        return name
    parts = name.split()
    for k in range(1, len(parts)):
        if name_key(" ".join(parts[k:])) == short:
            return " ".join(parts[k:])
    return name
