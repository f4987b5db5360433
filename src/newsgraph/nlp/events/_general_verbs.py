"""Verbs of general meaning the type classifier may not propose (polfp39, issue 10 items 3 and 4).

The classifier (:mod:`._model`) proposes an event at a verb no pattern matched
(:func:`._proposals._free_verbs`). Trained on CAMEO-style sentences, on real political news it
proposes at verbs whose own sense is no act: their sense comes from their object or complement,
and the event, if there is one, is told by another word. A hand-judged sample of 150 events on
the PolNeAR tune texts (``docs/experiments/events/polfp39_sample.tsv``) and the 72 proposals of
the 424 texts found them false or mistyped: "made the transition to an economy" CONCEDE, "is
running a parallel policy campaign" THREATEN, "Mr. Cruz grew up in Houston" COOPERATE, "Carrier
has built factories" COOPERATE, "Republican leaders looked to stop the bleeding" THREATEN, "has
shaken up his campaign" THREATEN, "Johnson has risen in the polls" ACCUSE, "Baker wrote the
letter" ACCUSE, "CNN noted the sparse attendance" ACCUSE.

The verbs are those of making and building (make, build), of growth and change of standing
(grow, rise, emerge, remain), of trying, needing and planning (try, need, plan, look), of
showing and presenting (show, present, emphasize, shed), of writing and
mentioning (write, mention, note, cite, speak), of running and starting (run, start, shake) and
of spending. Verbs with an event sense of their own stay candidates even where the classifier
often mistypes them (hold a suspect, give ground, take a town, break a truce, return home,
call something a crisis, head to a capital), as do verbs of deliberation whose complement may
be a threat ("he would strongly consider closing mosques", a THREATEN of the tune gold), and all
verbs a pattern matched.
"""

from __future__ import annotations

GENERAL_VERBS = frozenset(
    """make build grow rise emerge remain try need plan look show present emphasize shed write
    mention note cite speak run start shake spend""".split()
)
