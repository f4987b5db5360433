"""newsgraph_quotes: quotation marks (no model), lexicons, and attributions on parsed text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Entity, Span
from newsgraph.nlp.quotes._lexicon import load_lexicon
from newsgraph.nlp.quotes._marks import find_quote_spans
from newsgraph.nlp.quotes._rules import _source_token, trim
from tests.seedtext import seed_clean_text


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quote_spans(text)]


# -- quotation marks (no model) -------------------------------------------------------------


def test_straight_and_curly_double_quotes() -> None:
    text = 'He said "it\'s fine" and “we agree.” Then he left.'
    assert _quoted(text) == ['"it\'s fine"', "“we agree.”"]


def test_single_quotes_are_told_from_apostrophes() -> None:
    text = "Lavrov: Terror 'abscess' in Syria's Idlib. Don't ‘scare’ the voters' rights."
    assert _quoted(text) == ["'abscess'", "‘scare’"]


def test_multi_paragraph_quote_is_one_span() -> None:
    text = "“First paragraph goes on.\n\n“Second paragraph ends,” he said.\nNext “bit” here."
    assert _quoted(text) == ["“First paragraph goes on.\n\n“Second paragraph ends,”", "“bit”"]


def test_unclosed_quote_stops_at_its_paragraph() -> None:
    text = '"Never closed here\n\nPlain paragraph.'
    spans = find_quote_spans(text)
    assert [(q.start, q.end, q.closed) for q in spans] == [(0, 18, False)]


def test_two_apostrophes_as_a_double_quote() -> None:
    text = "''It is over,'' Mr. Rubio said."
    assert _quoted(text) == ["''It is over,''"]


def test_trim_keeps_a_closing_quote_after_punctuation() -> None:
    text = 'he says Clinton has "built a lead." Next'
    assert text[8:33] == 'Clinton has "built a lead'
    assert trim(text, (8, 33)) == (8, 35)  # '... "built a lead."'
    assert trim(text, (3, 7)) == (3, 7)
    assert trim("  that, ", (0, 8)) == (2, 6)


def test_lexicons_load() -> None:
    lex = load_lexicon()
    assert {"say", "tell", "warn", "deny", "suggest", "announce"} <= lex.verbs.keys()
    assert "according" in lex.preps and "statement" in lex.nouns and "statement" in lex.venues
    assert {"officials", "reports", "spokesman"} <= lex.unnamed
    # institutions speak under their own name: never unnamed
    assert {"kremlin", "ministry", "police"} <= lex.institutions
    assert not lex.unnamed & lex.institutions
    assert {"refuse", "agree"} <= lex.acts and {"comment", "request"} <= lex.silence
    assert all(0 < w <= 1 for w in lex.verbs.values())


# -- on parsed text (model) -----------------------------------------------------------------


@pytest.fixture(scope="module")
def quotes_nlp(bare_nlp: Language) -> Language:
    import copy

    nlp = copy.deepcopy(bare_nlp)
    nlp.add_pipe("newsgraph_quotes")
    return nlp


def _by_content(doc, fragment: str):  # type: ignore[no-untyped-def]
    found = [q for q in doc._.ng_quotes if fragment in q.content.text]
    assert found, f"no quote with content containing {fragment!r}"
    return found[0]


@pytest.mark.model
def test_cue_placements(quotes_nlp: Language) -> None:
    text = (
        '"We will not back down," the minister said.\n\n'
        'Smith told reporters: "The talks failed."\n\n'
        '"It is late," she said, "but not too late."\n\n'
        "Prices will rise, according to the central bank.\n\n"
        "Officials said the border would reopen on Monday."
    )
    doc = quotes_nlp(text)
    after = _by_content(doc, "We will not back down")
    assert (after.kind, after.source.text, after.cue.text) == (
        "direct",
        "the minister",
        "said",
    )
    assert after.content.text == '"We will not back down,"'
    before = _by_content(doc, "The talks failed")
    assert before.source.text == "Smith" and before.content.text == '"The talks failed."'
    inside = _by_content(doc, "It is late")
    assert inside.content.text == '"It is late," she said, "but not too late."'
    assert inside.source.text == "she"
    acc = _by_content(doc, "Prices will rise")
    assert (acc.cue.text, acc.source.text, acc.content.text) == (
        "according to",
        "the central bank",
        "Prices will rise",
    )
    unnamed = _by_content(doc, "border would reopen")
    assert unnamed.unnamed and unnamed.source.text == "Officials"
    assert unnamed.kind == "indirect"
    for q in doc._.ng_quotes:
        for sp in (q.content, q.cue, q.source):
            assert sp is None or sp.text == doc.text[sp.start : sp.end]
        assert 0 <= q.confidence <= 1 and q.rule


@pytest.mark.model
def test_scare_quote_is_not_an_attribution(quotes_nlp: Language) -> None:
    doc = quotes_nlp('The so-called "moderate" groups left the city on Tuesday.')
    assert doc._.ng_quotes == []


@pytest.mark.model
def test_seed_article(quotes_nlp: Language) -> None:
    doc = quotes_nlp(seed_clean_text())
    qs = doc._.ng_quotes
    direct = [q for q in qs if q.kind == "direct" and q.rule != "colon-line"]
    assert [q.source.text for q in direct] == ["he", "the Russian foreign minister", "Lavrov"]
    assert all(q.cue.text == "said" and q.content.text.startswith('"') for q in direct)
    headline = qs[0]
    assert (headline.source.text, headline.cue.text, headline.rule) == ("Lavrov", ":", "colon-line")
    assert headline.content.text == "Terror 'abscess' in Syria's Idlib needs to be destroyed"
    abscess = _by_content(doc, 'the terrorist "abscess"')
    assert abscess.kind == "mixed" and abscess.source.text.endswith("Sergei Lavrov")
    shields = _by_content(doc, "that terrorists holed up")
    assert (shields.kind, shields.source.text) == ("indirect", "Lavrov")
    assert shields.content.text.endswith("negotiations with the Syrian government")
    formations = _by_content(doc, '"regular armed formations"')
    assert formations.kind == "mixed" and formations.source.text == "The Russian FM"
    kremlin = _by_content(doc, "it was discussing the situation")
    assert kremlin.source.text == "the Kremlin" and not kremlin.unnamed  # an institution
    syria = _by_content(doc, "the Israeli regime")
    assert syria.source.text == "The Syrian government" and syria.cue.text == "says"
    reports = _by_content(doc, "Turkey is working with")
    assert reports.source.text == "Reports" and reports.unnamed and reports.cue.text == "suggest"
    # a refusal to act is no statement
    assert not [q for q in qs if "sit down for negotiations" in q.content.text]
    # "they" after a conjoined pair of named subjects is that pair
    they = _by_content(doc, "purging terrorists from Idlib was their ultimate goal")
    assert (they.source.text, they.speaker_name) == ("they", "Lavrov and Mevlut Cavusoglu")
    # no entity component ran: the speaker is the name the parse gives, else the source text
    assert all(q.speaker is None for q in qs)
    assert abscess.speaker_name.endswith("Sergei Lavrov")
    assert syria.speaker_name == syria.source.text


@pytest.mark.model
def test_speaker_resolves_through_entities(quotes_nlp: Language) -> None:
    text = seed_clean_text()
    doc = quotes_nlp.make_doc(text)
    mentions = []
    for needle in ("Sergei Lavrov", " he said", "the Russian foreign minister", "The Russian FM"):
        i = text.index(needle) + (1 if needle.startswith(" ") else 0)
        surface = needle.strip().split()[0] if needle.startswith(" ") else needle
        mentions.append(Span.of(text, i, i + len(surface)))
    lavrov = Entity(id="ent-lavrov", name="Sergei Lavrov", type="PERSON", mentions=mentions)
    for name, proc in quotes_nlp.pipeline:
        if name == "newsgraph_quotes":
            doc._.ng_entities = [lavrov]
        doc = proc(doc)
    he = _by_content(doc, "For understandable reasons")
    fm = _by_content(doc, "from all standpoints")
    assert he.speaker == fm.speaker == "ent-lavrov"
    assert he.speaker_name == "Sergei Lavrov" and he.source.text == "he"


@pytest.mark.model
def test_cue_and_content_conventions(quotes_nlp: Language) -> None:
    text = (
        "Sanders has been referring to the party convention all week.\n\n"
        "Clinton accused Rubio of lying about taxes.\n\n"
        "Steven Ekovich, a broker who sells golf courses, said prices fell.\n\n"
        "WASHINGTON — Sen. Chuck Grassley said the vote would wait.\n\n"
        "The group said in a statement that it would appeal."
    )
    doc = quotes_nlp(text)
    referring = _by_content(doc, "the party convention")
    assert referring.cue.text == "has been referring to"  # the cue takes its preposition
    accused = _by_content(doc, "lying")
    assert accused.content.text == "Rubio of lying about taxes"  # object plus what is said of it
    broker = _by_content(doc, "prices fell")
    assert broker.source.text == "Steven Ekovich, a broker who sells golf courses,"
    grassley = _by_content(doc, "the vote would wait")
    assert grassley.source.text == "Sen. Chuck Grassley"  # no dateline
    statement = _by_content(doc, "it would appeal")
    assert statement.cue.text == "said in a statement"


@pytest.mark.model
def test_cue_inside_quotation_marks_is_the_speakers_words(quotes_nlp: Language) -> None:
    # a quotation with no cue of its own: its "I think" is not the article's attribution
    doc = quotes_nlp('The mayor spoke for an hour. "I think the deal is dead."')
    assert doc._.ng_quotes == []


@pytest.mark.model
def test_quote_paragraph_continues_the_previous_quote(quotes_nlp: Language) -> None:
    text = '"We will win," Smith said.\n\n"Nobody can stop us now."\n\nThe vote is on Monday.'
    doc = quotes_nlp(text)
    (q,) = doc._.ng_quotes
    assert q.content.text == '"We will win," Smith said.\n\n"Nobody can stop us now."'


@pytest.mark.model
def test_partial_quote_takes_its_lead_in(quotes_nlp: Language) -> None:
    # the words leading into a quotation that does not open its sentence are content too
    doc = quotes_nlp('The tax plans are "deeply irresponsible," said Steve Bell.')
    q = _by_content(doc, "irresponsible")
    assert q.content.text == 'The tax plans are "deeply irresponsible,"'
    assert (q.cue.text, q.source.text) == ("said", "Steve Bell")


@pytest.mark.model
def test_interrupting_cue_reports_the_whole_clause(quotes_nlp: Language) -> None:
    doc = quotes_nlp("The golf industry, she said, is doing much better this year.")
    q = _by_content(doc, "golf industry")
    assert (q.cue.text, q.source.text) == ("said", "she")
    assert q.content.start == 0 and q.content.text.endswith("this year")


@pytest.mark.model
def test_continuation_stops_at_another_speaker(quotes_nlp: Language) -> None:
    text = (
        '"We will win," Smith said.\n\n'
        "Jones said the vote would be close.\n\n"
        '"Nobody can stop us now."'
    )
    doc = quotes_nlp(text)
    smith = _by_content(doc, "We will win")
    assert smith.content.text == '"We will win,"'
    assert _by_content(doc, "vote would be close").source.text == "Jones"


@pytest.mark.model
def test_seem_has_no_source_and_keeps_its_subject(quotes_nlp: Language) -> None:
    doc = quotes_nlp("The party seemed to be deeply divided.")
    q = _by_content(doc, "divided")
    assert q.source is None and q.cue.text == "seemed"
    assert q.content.text == "The party seemed to be deeply divided"


def test_cue_gates_load() -> None:
    gates = load_lexicon().gates
    assert gates["think"] == "main" and gates["continue"] == "direct"
    assert "say" not in gates


@pytest.mark.model
def test_weak_cue_inside_a_reported_clause_is_not_its_own_attribution(
    quotes_nlp: Language,
) -> None:
    doc = quotes_nlp("Smith said he thinks the deal is dead.")
    (q,) = doc._.ng_quotes
    assert (q.source.text, q.cue.text) == ("Smith", "said")
    assert q.content.text == "he thinks the deal is dead"


@pytest.mark.model
def test_direct_only_cue_needs_a_quotation(quotes_nlp: Language) -> None:
    assert quotes_nlp("She continued to campaign in Iowa.")._.ng_quotes == []


@pytest.mark.model
def test_noun_cue_with_a_that_clause(quotes_nlp: Language) -> None:
    # (PolNeAR's annotators mark "claim that" about half the time, the learned scorer is unsure
    # of it: the noun here is one they mark more often)
    doc = quotes_nlp("His statement that taxes would fall drew criticism.")
    q = _by_content(doc, "taxes would fall")
    assert (q.source.text, q.cue.text, q.content.text) == (
        "His",
        "statement",
        "that taxes would fall",
    )


@pytest.mark.model
def test_digest_line_names_its_source_after_the_dash(quotes_nlp: Language) -> None:
    doc = quotes_nlp("Poll overhype - HuffPollster: “Pollsters are taking a lot of heat.”")
    q = next(q for q in doc._.ng_quotes if q.rule == "colon-line")
    assert (q.source.text, q.cue.text) == ("HuffPollster", ":")
    assert q.content.text == "“Pollsters are taking a lot of heat.”"


@pytest.mark.model
def test_question_quote_does_not_take_the_next_sentences_cue(quotes_nlp: Language) -> None:
    doc = quotes_nlp('"Is this fair?" He answered that it was.')
    (q,) = doc._.ng_quotes
    assert (q.cue.text, q.content.text) == ("answered", "that it was")


@pytest.mark.model
def test_object_content_keeps_what_is_said_of_it(quotes_nlp: Language) -> None:
    doc = quotes_nlp('Obama referred to the group as "a cancer."')
    q = _by_content(doc, "the group")
    assert q.content.text == 'the group as "a cancer."'


def test_trim_keeps_the_period_of_an_abbreviation() -> None:
    assert trim("to hurt the U.S.", (0, 16)) == (0, 16)
    assert trim("to hurt the state.", (0, 18)) == (0, 17)


@pytest.mark.model
def test_passive_cue_keeps_its_subject_in_the_content(quotes_nlp: Language) -> None:
    doc = quotes_nlp("Trump is expected to speak at the gala on Thursday.")
    q = _by_content(doc, "to speak")
    assert q.cue.text == "is expected" and q.source is None
    assert q.content.start == 0 and q.content.text.endswith("on Thursday")


@pytest.mark.model
def test_according_to_inside_its_clause(quotes_nlp: Language) -> None:
    text = "At the heart of the trouble, according to Dennis Ross, was a decision by Mr. Obama."
    q = _by_content(quotes_nlp(text), "decision")
    assert (q.cue.text, q.source.text) == ("according to", "Dennis Ross")
    assert q.content.start == 0 and q.content.text.endswith("Mr. Obama")


@pytest.mark.model
def test_relative_clause_content_opens_with_its_relative_word(quotes_nlp: Language) -> None:
    doc = quotes_nlp("Trump called for a wall, which he said Mexico should pay for.")
    q = _by_content(doc, "Mexico")
    assert (q.cue.text, q.source.text) == ("said", "he")
    assert q.content.text == "which he said Mexico should pay for"


@pytest.mark.model
def test_continuation_passes_a_cue_in_the_speakers_own_sentence(quotes_nlp: Language) -> None:
    text = (
        '"We need Chapter 9," said Ms. Acosta, referring to the bankruptcy law. '
        '"Give us the tool and we will finish."'
    )
    doc = quotes_nlp(text)
    q = _by_content(doc, "Chapter 9")
    assert q.content.start == 0 and q.content.end == len(text)
    referring = [r for r in doc._.ng_quotes if r.cue is not None and r.cue.text == "referring to"]
    assert [r.content.text for r in referring] == ["the bankruptcy law"]


@pytest.mark.model
def test_cue_closing_a_paragraph_with_a_colon(quotes_nlp: Language) -> None:
    doc = quotes_nlp('The senator responded:\n\n"We will not back down from this fight."')
    q = _by_content(doc, "back down")
    assert (q.cue.text, q.source.text) == ("responded:", "The senator")
    assert q.content.text == '"We will not back down from this fight."'


@pytest.mark.model
def test_quote_carrying_on_a_sentence_takes_its_start(quotes_nlp: Language) -> None:
    text = 'That, the commission said, "would be helpful in avoiding uncertainty."'
    q = _by_content(quotes_nlp(text), "helpful")
    assert q.content.start == 0 and q.cue.text == "said"


@pytest.mark.model
def test_clause_after_an_as_cue(quotes_nlp: Language) -> None:
    q = _by_content(quotes_nlp("As Smith noted, voters will give Sanders a second look."), "voters")
    assert (q.cue.text, q.source.text) == ("noted", "Smith")
    assert q.content.text == "voters will give Sanders a second look"


@pytest.mark.model
def test_told_object_is_the_audience_not_the_content(quotes_nlp: Language) -> None:
    doc = quotes_nlp('"We will win this state," he told CNN.')
    (q,) = doc._.ng_quotes
    assert (q.cue.text, q.content.text) == ("told", '"We will win this state,"')


@pytest.mark.model
def test_speaker_lines_skip_headings_figures_and_source_tags(quotes_nlp: Language) -> None:
    text = (
        "Editor’s note: Donald Trump is a serial liar.\n\n"
        "Sanders: 1,547\n\n"
        "McDonald: “Turnout usually begins to fade.” [HuffPost.]"
    )
    (q,) = quotes_nlp(text)._.ng_quotes
    assert (q.source.text, q.content.text) == ("McDonald", "“Turnout usually begins to fade.”")


@pytest.mark.model
def test_clause_before_its_cue_leaves_out_dateline_and_opener(quotes_nlp: Language) -> None:
    doc = quotes_nlp("In fact, the tax plans would have no major impact, experts say.")
    assert _by_content(doc, "tax plans").content.text == "the tax plans would have no major impact"
    text = "LOS ANGELES, Feb. 2 (UPI) — The next record is almost complete, the singer revealed."
    q = _by_content(quotes_nlp(text), "record")
    assert q.content.text == "The next record is almost complete"


@pytest.mark.model
def test_the_speech_event_is_no_part_of_an_object_content(quotes_nlp: Language) -> None:
    q = _by_content(quotes_nlp("Trump praised him in almost every speech."), "him")
    assert (q.cue.text, q.content.text) == ("praised", "him")


@pytest.mark.model
def test_for_to_clause_after_a_cue(quotes_nlp: Language) -> None:
    text = "Clinton is calling for the United States to step up its efforts."
    q = _by_content(quotes_nlp(text), "United States")
    assert (q.cue.text, q.source.text) == ("is calling for", "Clinton")
    assert q.content.text == "the United States to step up its efforts"


def test_lexicon_covers_lemmatizer_slips() -> None:
    verbs = load_lexicon().verbs
    assert {"hop", "retweete", "proclaim", "reaffirm"} <= verbs.keys()  # "hoping", "retweeted"


def test_clause_gate_loads() -> None:
    gates = load_lexicon().gates
    assert gates["add"] == "clause" and gates["read"] == "direct"


@pytest.mark.model
def test_clause_gated_cue_takes_no_object(quotes_nlp: Language) -> None:
    assert quotes_nlp("The win adds Nebraska to his tally.")._.ng_quotes == []
    q = _by_content(quotes_nlp("He added that taxes would fall."), "taxes")
    assert (q.cue.text, q.content.text) == ("added", "that taxes would fall")


def _hand_parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]):  # type: ignore[no-untyped-def]
    import spacy
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab
    lemmas = [w.lower() for w in words]
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_answer_and_clause_hung_after_the_addressee() -> None:
    from newsgraph.nlp.quotes._rules import find_candidates

    lex = load_lexicon("quote_cues.txt", "quote_unnamed.txt")
    # "Voters said yes ." — the one-word answer is the content
    doc = _hand_parsed(
        ["Voters", "said", "yes", "."],
        [1, 1, 1, 1],
        ["nsubj", "ROOT", "intj", "punct"],
        ["NOUN", "VERB", "INTJ", "PUNCT"],
    )
    doc[1].lemma_ = "say"
    (cand,) = [c for c in find_candidates(doc, lex) if c.head == 1]
    assert cand.content is not None and doc.text[cand.content[0] : cand.content[1]] == "yes"
    # "Rubin asked the students if they were serious ." — the if-clause, not the addressee
    doc = _hand_parsed(
        ["Rubin", "asked", "the", "students", "if", "they", "were", "serious", "."],
        [1, 1, 3, 1, 6, 6, 1, 6, 1],
        ["nsubj", "ROOT", "det", "dobj", "mark", "nsubj", "advcl", "acomp", "punct"],
        ["PROPN", "VERB", "DET", "NOUN", "SCONJ", "PRON", "AUX", "ADJ", "PUNCT"],
    )
    doc[1].lemma_ = "ask"
    (cand,) = [c for c in find_candidates(doc, lex) if c.head == 1]
    assert cand.content is not None
    assert doc.text[cand.content[0] : cand.content[1]] == "if they were serious"


# -- speaker resolution (the full pipeline: entities, then quotes) ----------------------------


def _speakers(doc) -> list[tuple[str | None, str | None, bool]]:  # type: ignore[no-untyped-def]
    return [(q.cue.text if q.cue else None, q.speaker_name, q.unnamed) for q in doc._.ng_quotes]


@pytest.mark.model
def test_the_person_in_the_cue_clause_wins_over_an_organisation_in_apposition(
    nlp: Language,
) -> None:
    doc = nlp(
        '"Both delegations have committed to open two corridors," said Amina Diallo, the '
        "African Union's special envoy, at a news conference.\n\n"
        "Pedro Alvarez, a spokesman for the European Commission, said the vote would go ahead."
    )
    assert _speakers(doc) == [("said", "Amina Diallo", False), ("said", "Pedro Alvarez", False)]


@pytest.mark.model
def test_a_named_person_with_a_title_is_never_unnamed(nlp: Language) -> None:
    doc = nlp(
        "A spokesman for the army delegation, Colonel Osman Idris, told reporters the army "
        "would respect the truce.\n\n"
        "A spokesman for the army said the truce would hold."
    )
    assert _speakers(doc) == [
        ("told", "Osman Idris", False),
        ("said", "A spokesman for the army", True),
    ]


@pytest.mark.model
def test_a_headline_topic_before_a_colon_is_no_speaker(nlp: Language) -> None:
    doc = nlp(
        "Sudan talks: Envoys agree to extend Jeddah truce by two weeks\n\n"
        "Budget vote: Senators reject the spending plan\n\n"
        "Lavrov: Terror in Idlib needs to be destroyed\n\n"
        "The envoys met in Jeddah on Tuesday."
    )
    assert [(q.source.text, q.cue.text) for q in doc._.ng_quotes] == [("Lavrov", ":")]


@pytest.mark.model
def test_no_comment_and_refusals_to_act_are_not_quotes(nlp: Language) -> None:
    doc = nlp(
        "The Rapid Support Forces did not respond to a request for comment. "
        "The ministry declined to comment. "
        "However, the rebels have refused to sit down for negotiations. "
        "The two sides agreed to extend the truce. "
        "The envoys agreed that the truce should hold."
    )
    # only the agreement with a that-clause reports what was said
    assert [(q.cue.text, q.content.text) for q in doc._.ng_quotes] == [
        ("agreed", "that the truce should hold")
    ]


@pytest.mark.model
def test_they_after_a_pair_of_named_subjects_is_the_pair(nlp: Language) -> None:
    doc = nlp(
        "Angela Merkel and Emmanuel Macron met in Paris on Monday. "
        "They said that Europe must stand together.\n\n"
        "Joe Biden met Rishi Sunak in London on Tuesday. "
        "They said that the talks were useful."
    )
    pair, single = doc._.ng_quotes
    assert (pair.source.text, pair.speaker_name, pair.unnamed) == (
        "They",
        "Angela Merkel and Emmanuel Macron",
        False,
    )
    # one named subject before "they" is no pair: the pronoun stays unresolved
    assert (single.source.text, single.speaker_name) == ("They", "They")


@pytest.mark.model
def test_institutions_are_named_speakers_and_role_nouns_are_unnamed(nlp: Language) -> None:
    doc = nlp(
        "The French foreign ministry said the decision was regrettable. "
        "A Taliban representative said the prisoners had been released. "
        "Market makers say the index will fall."
    )
    assert [(q.source.text, q.unnamed) for q in doc._.ng_quotes] == [
        ("The French foreign ministry", False),
        ("A Taliban representative", True),
        ("Market makers", True),
    ]


@pytest.mark.model
def test_the_company_is_the_organisation_just_named(nlp: Language) -> None:
    doc = nlp(
        "Shares of General Motors rose on Monday after a strong quarter. "
        "The company said demand would keep growing."
    )
    (q,) = doc._.ng_quotes
    assert (q.source.text, q.speaker_name, q.unnamed) == ("The company", "General Motors", False)


def test_one_quote_per_content_keeps_the_more_confident_cue() -> None:
    from types import SimpleNamespace

    from newsgraph.nlp.quotes.component import _one_per_content

    a = SimpleNamespace(id="quote-1", confidence=0.6, cue="adopted")
    b = SimpleNamespace(id="quote-1", confidence=0.9, cue="joked")
    c = SimpleNamespace(id="quote-2", confidence=0.5, cue="said")
    d = SimpleNamespace(id="quote-2", confidence=0.5, cue="added")
    kept = _one_per_content([a, c, b, d])  # type: ignore[list-item]
    assert [q.cue for q in kept] == ["said", "joked"]


@pytest.mark.model
def test_source_of_a_cue_below_the_subject(quotes_nlp: Language) -> None:
    # "by denouncing": the subject of the verb the cue hangs from is who denounced
    doc = quotes_nlp("Gary Hart started winning Senate campaigns by denouncing the New Deal.")
    denouncing = next(t for t in doc if t.text == "denouncing")
    src, how = _source_token(denouncing)
    assert (src.text if src else None, how) == ("Hart", "outer-subject")


@pytest.mark.model
def test_a_participle_after_the_source_is_no_part_of_it(quotes_nlp: Language) -> None:
    doc = quotes_nlp(
        "Bernie Sanders, celebrating a victory in Vermont, said the race was not over."
    )
    said = [q for q in doc._.ng_quotes if q.cue and q.cue.text == "said"]
    assert [q.source.text for q in said if q.source] == ["Bernie Sanders"]


def test_a_cue_the_parse_hung_across_a_paragraph_break_keeps_its_line_subject() -> None:
    # "Talks ended . / Orkem , a chemical group , said it would pay ." with "said" parsed as a
    # clause of the paragraph before: the noun phrase opening its line is its subject
    words = ["Talks", "ended", ".", "\n\n", "Orkem", ",", "a", "chemical", "group", ","]
    words += ["said", "it", "would", "pay", "."]
    heads = [1, 1, 1, 1, 1, 4, 8, 8, 4, 4, 1, 13, 13, 10, 1]
    deps = ["nsubj", "ROOT", "punct", "dep", "npadvmod", "punct", "det", "compound", "appos"]
    deps += ["punct", "ccomp", "nsubj", "aux", "ccomp", "punct"]
    pos = ["NOUN", "VERB", "PUNCT", "SPACE", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT"]
    pos += ["VERB", "PRON", "AUX", "VERB", "PUNCT"]
    doc = _hand_parsed(words, heads, deps, pos)
    src, how = _source_token(doc[10])
    assert (src.text if src is not None else None, how) == ("Orkem", "line-subject")
    # the same words on one line: no paragraph break, no guess
    flat = _hand_parsed(
        words[:3] + words[4:],
        [h - (h > 3) for h in heads[:3] + heads[4:]],
        deps[:3] + deps[4:],
        pos[:3] + pos[4:],
    )
    assert _source_token(flat[9]) == (None, "")


@pytest.mark.model
def test_the_name_heading_the_source_wins_over_a_country_in_its_apposition(
    nlp: Language,
) -> None:
    doc = nlp("BP, the United Kingdom's largest oil company, said it would sell the refinery.")
    assert _speakers(doc) == [("said", "BP", False)]


def test_a_word_outside_the_lexicon_may_take_its_content_after_with_at_or_as() -> None:
    from newsgraph.nlp.quotes._contents import _content_token

    # "Leaders railed at the plan ."
    doc = _hand_parsed(
        ["Leaders", "railed", "at", "the", "plan", "."],
        [1, 1, 1, 4, 2, 1],
        ["nsubj", "ROOT", "prep", "det", "pobj", "punct"],
        ["NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
    )
    tok = _content_token(doc[1], "rail", wide=True)
    assert tok is not None and tok.text == "plan"
    assert _content_token(doc[1], "rail") is None  # a lexicon cue keeps to its prepositions
    # "Leaders spoke at a rally ." — where it was said, not what
    doc = _hand_parsed(
        ["Leaders", "spoke", "at", "a", "rally", "."],
        [1, 1, 1, 4, 2, 1],
        ["nsubj", "ROOT", "prep", "det", "pobj", "punct"],
        ["NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
    )
    assert _content_token(doc[1], "speak", wide=True) is None
