"""A capitalised label inside a name is no label (attach30, issue 11 item 2).

In running text (a sentence most of whose words are lower-case, so not a headline) a label word
written with a capital after "the" is part of a name, not a word the writer applies to an
actor: the title of a book ("as reported in The Dictator Pope", "wrote in the Dictator Pope"),
the name of a period ("after the Revolution and the Terror"), of an organisation ("the Militant
Islam Monitor"). The name goes on with another capitalised word, or ends at punctuation.
A capitalised label not after "the" stays a label ("a shirt that read 'Fascist Trump'", "a
group of Angry Democrat Thugs"), as does any label in a headline or in lower case.
"""

from __future__ import annotations

from spacy.tokens import Token

_ENDS = frozenset({",", ".", ";", ":", ")", "—", "–", "?", "!"})


def _running_text(tok: Token) -> bool:
    words = [t for t in tok.sent if t.is_alpha]
    return bool(words) and 2 * sum(t.text[0].islower() for t in words) >= len(words)


def name_use(toks: list[Token], i: int, n: int) -> bool:
    """``toks[i : i + n]`` (a lexicon match) is a capitalised word of a name after "the"."""
    tok = toks[i]
    if i == 0 or not tok.text[:1].isupper() or tok.text.isupper():
        return False
    if toks[i - 1].lower_ != "the" or not _running_text(tok):
        return False
    if i + n >= len(toks):
        return True
    after = toks[i + n]
    return after.text in _ENDS or (after.is_alpha and after.text[0].isupper())
