"""Other senses of single lexicon rows, vetoed before an event is kept.

Each check belongs to one family of rows and says "not this sense here"; the coder asks them
all through ``other_sense`` (one call in its veto chain):

* ``captured_thing`` — "captured on video" is no arrest (``_captures``);
* ``unclear_fire_back`` — a bare "Police fired back." is neither retort nor attack (``_retorts``);
* ``no_villain`` — "compared the stadium to the Colosseum" is no accusation
  (``_villain_comparisons``);
* ``other_sense_jab`` — "an archaeological dig at the site", "a booster jab" (``_nominal_jabs``);
* ``not_own_mistake`` — "WikiLeaks's hostility was a mistake" is no concession
  (``_own_mistakes``);
* ``won_not_grabbed`` — "grabbing all 66 delegates" is a win, no blow (``_grabs``);
* ``not_in_favor`` — "unless they favor ...", "not in favor of" is no support (``_in_favor``);
* ``no_named_insult`` — "labelled the boxes fragile", "called him a friend" is no name-calling
  (``_insults``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import Actor
from newsgraph.nlp.events._captures import captured_thing
from newsgraph.nlp.events._grabs import won_not_grabbed
from newsgraph.nlp.events._in_favor import not_in_favor
from newsgraph.nlp.events._insults import no_named_insult
from newsgraph.nlp.events._nominal_jabs import other_sense_jab
from newsgraph.nlp.events._own_mistakes import not_own_mistake
from newsgraph.nlp.events._patterns import Pattern
from newsgraph.nlp.events._retorts import unclear_fire_back
from newsgraph.nlp.events._villain_comparisons import no_villain


def other_sense(tok: Token, pattern: Pattern, targets: Sequence[Actor]) -> bool:
    """True when the row matched at ``tok`` is used in a sense that is no event."""
    return (
        captured_thing(tok, pattern)
        or unclear_fire_back(tok, pattern, targets)
        or no_villain(tok, pattern)
        or other_sense_jab(tok, pattern)
        or not_own_mistake(tok, pattern)
        or won_not_grabbed(tok, pattern)
        or not_in_favor(tok, pattern)
        or no_named_insult(tok, pattern)
    )
