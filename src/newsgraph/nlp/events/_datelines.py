"""Wire datelines folded into a sentence ("BRUSSELS - European leaders", "Mexico City (AFP) -
It featured"): the dashes that end one, the agencies it names in brackets, and a phrase's
tokens without it. Shared by the actor coder, the role finder and the place attacher."""

from __future__ import annotations

from spacy.tokens import Token

DATELINE_DASHES = frozenset({"—", "–", "-", "--", "_"})


# wire agencies a dateline names in brackets: "Washington (AFP) –"
WIRES = frozenset("AP AFP Reuters Xinhua UPI dpa DPA Bloomberg ANI IANS PTI TASS Yonhap".split())


def wire_after(tok: Token) -> bool:
    """A bracketed wire agency within a few words after ``tok``: "Mexico City (AFP)"."""
    after = tok.doc[tok.i + 1 : min(tok.sent.end, tok.i + 6)]
    return any(
        a.text == "("
        and a.i + 2 < len(tok.doc)
        and tok.doc[a.i + 1].text in WIRES
        and tok.doc[a.i + 2].text == ")"
        for a in after
    )


def without_dateline(toks: list[Token]) -> list[Token]:
    """A phrase's tokens without the wire dateline the parser folded into it ("BRUSSELS -
    European leaders" -> "European leaders"): an upper-case place opening the sentence, with
    at most a bracketed agency or a region after it, up to a dash."""
    if not toks or toks[0].i != toks[0].sent.start or len(toks[0].text) < 3:
        return toks
    if not toks[0].is_alpha or not (toks[0].text.isupper() or wire_after(toks[0])):
        return toks  # "Mexico City (AFP) – It featured": title case with a wire (polfp41)
    for k, t in enumerate(toks[:9]):
        if t.text in DATELINE_DASHES and k > 0 and (t.whitespace_ or toks[k - 1].whitespace_):
            return toks[k + 1 :] or toks  # not a hyphen ("NATO-led", "Secretary-General")
        if not (t.text.isupper() or t.is_punct or t.text.istitle() or t.is_space):
            return toks
    return toks
