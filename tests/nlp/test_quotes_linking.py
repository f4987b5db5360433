"""newsgraph_quotes: a quotation tied to the cue after it when a long source phrase (a name with
an apposition or a relative clause) stands between them."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.nlp.quotes._attribution import _opens_sentence
from newsgraph.nlp.quotes._linking import _named_between


def _quotes(nlp: Language, text: str) -> list[tuple[str | None, str | None, str, str]]:
    doc = nlp(text)
    return [
        (
            q.cue.text if q.cue else None,
            q.source.text if q.source else None,
            q.content.text,
            q.kind,
        )
        for q in doc._.ng_quotes
    ]


@pytest.mark.model
def test_a_quote_before_a_long_source_is_the_cues_direct_content(quotes_nlp: Language) -> None:
    # the source (name, apposition, relative clause) puts the cue beyond the cue window after
    # the quote; the quote is still its words, and the next sentence's quote goes on with it
    first = '"The bill is dead in the Senate,"'
    second = '"We will keep fighting for it."'
    source = "Maria Lopez, a retired teacher who has volunteered for the campaign since June,"
    text = f"{first} {source} said at the rally. {second}"
    assert _quotes(quotes_nlp, text) == [("said", source, text, "direct")]
    first, second = '"The bill is dead,"', '"Nobody wants it."'
    source = "Tom Reed, the chairman of the county party,"
    text = f"{first} {source} told reporters. {second}"
    assert _quotes(quotes_nlp, text) == [("told", source, text, "direct")]


@pytest.mark.model
def test_a_short_source_and_a_closed_quote_link_as_before(quotes_nlp: Language) -> None:
    # control: a cue inside the window links as it did
    text = '"The bill is dead," he told reporters. "Nobody wants it."'
    assert _quotes(quotes_nlp, text) == [("told", "he", text, "direct")]
    # control: a quote that closes its own sentence is not tied to the next sentence's cue,
    # however its source begins
    text = '"The bill is dead." Tom Reed, the chairman of the county party, said the vote was fair.'
    assert _quotes(quotes_nlp, text) == [
        ("said", "Tom Reed, the chairman of the county party,", "the vote was fair", "indirect")
    ]


@pytest.mark.model
def test_a_closed_quote_followed_by_a_bare_source_and_cue_is_its_content(
    quotes_nlp: Language,
) -> None:
    # the quote closes its sentence, but the next holds only who said it: '"...." X said.'
    quote = '"We will win the state in November."'
    text = f"{quote} Maria Lopez said."
    assert _quotes(quotes_nlp, text) == [("said", "Maria Lopez", quote, "direct")]
    quote = '"Did we win the state?"'
    assert _quotes(quotes_nlp, f"{quote} She asked.") == [("asked", "She", quote, "direct")]


@pytest.mark.model
def test_a_cue_after_a_closed_quote_with_its_own_clause_keeps_it(quotes_nlp: Language) -> None:
    # control: the next sentence's cue reports its own clause; the quote stays unattributed
    quote = '"We will win the state in November."'
    text = f"The mayor spoke. {quote} Maria Lopez said the polls were wrong."
    assert _quotes(quotes_nlp, text) == [
        ("said", "Maria Lopez", "the polls were wrong", "indirect")
    ]


@pytest.mark.model
def test_whom_or_what_of_after_a_saying_verb_leaves_it_the_quote(quotes_nlp: Language) -> None:
    # "said to X" is whom the words were for, "said of X" what they were about: the quote before
    # the cue is what was said, and the preposition is no part of the cue
    quote = '"Sometimes old diplomats need a job!"'
    text = f"{quote} the former governor said to the magazine."
    assert _quotes(quotes_nlp, text) == [("said", "the former governor", quote, "direct")]
    quote = '"Absolutely not,"'
    text = f"{quote} he said of the possibility of delegates switching sides."
    assert _quotes(quotes_nlp, text) == [("said", "he", quote, "direct")]
    quote = '"Let me make it very clear that the party will not change,"'
    text = f"{quote} he asserted to reporters on Tuesday."
    assert _quotes(quotes_nlp, text) == [("asserted", "he", quote, "direct")]


@pytest.mark.model
def test_a_preposition_that_takes_what_was_said_stays_the_cues(quotes_nlp: Language) -> None:
    # control: after "referring to" the object is what the words were about, its own content
    text = '"Build a wall," he said, referring to the plan to close the border.'
    assert _quotes(quotes_nlp, text) == [
        ("said", "he", '"Build a wall,"', "direct"),
        ("referring to", "he", "the plan to close the border", "indirect"),
    ]


@pytest.mark.model
def test_a_whole_quotation_right_after_its_verb_is_its_content(quotes_nlp: Language) -> None:
    # no comma or colon between the cue and the quotation: the quotation, a whole utterance
    # or title, is what the cue reports, not the phrase the parse runs on into
    quote = "“Character Studies,”"
    text = f"In 2005 the mayor published {quote} a collection of his essays about the city."
    assert _quotes(quotes_nlp, text) == [("published", "the mayor", quote, "direct")]
    quote = "“A Very Long Winter,”"
    text = f"Titled {quote} the video pans around images of the city."
    assert _quotes(quotes_nlp, text) == [("Titled", None, quote, "direct")]
    quote = '"Jews Against the Wall - Because We Have Seen This Before."'
    text = f"Protesters outside held signs saying {quote}"
    assert _quotes(quotes_nlp, text) == [("saying", None, quote, "direct")]


@pytest.mark.model
def test_a_partial_quotation_right_after_its_verb_goes_on_in_its_clause(
    quotes_nlp: Language,
) -> None:
    # control: a quotation opening the cue's clause in lower case is part of that clause
    text = "The senator has said repeatedly “the next president” should choose the nominee."
    assert _quotes(quotes_nlp, text) == [
        (
            "has said repeatedly",
            "The senator",
            "“the next president” should choose the nominee",
            "mixed",
        )
    ]


@pytest.mark.model
def test_the_phrase_after_an_inverted_cue_is_its_speaker(quotes_nlp: Language) -> None:
    # '"...," added X.': the parse takes X for the verb's object (and at times the quotation's
    # words for its subject); X is who spoke
    quote = '"She has to win the first two primaries,"'
    text = f"{quote} added a South Carolina Democrat."
    assert _quotes(quotes_nlp, text) == [("added", "a South Carolina Democrat", quote, "direct")]
    text = '"Debate recap," tweeted a campaign spokesman.'
    assert _quotes(quotes_nlp, text) == [
        ("tweeted", "a campaign spokesman", '"Debate recap,"', "direct")
    ]


@pytest.mark.model
def test_an_object_after_a_cue_with_its_own_subject_stays_an_object(
    quotes_nlp: Language,
) -> None:
    # controls: a subject before the cue speaks; a participle shares the subject found before
    assert _quotes(quotes_nlp, '"We need it," he told the crowd.') == [
        ("told", "he", '"We need it,"', "direct")
    ]
    assert _quotes(quotes_nlp, 'The mayor called the plan "a disgrace," citing its cost.') == [
        ("called", "The mayor", 'the plan "a disgrace,"', "mixed"),
        ("citing", "The mayor", "its cost", "indirect"),
    ]


def _tagged(words: list[str], spaces: list[bool], pos: list[str]) -> Doc:
    return Doc(Vocab(), words=words, spaces=spaces, pos=pos)


def test_a_name_between_a_quotation_and_a_subjectless_cue_is_its_source() -> None:
    # '"...," Brent Bozell, founder of the center, tells ...': the parse hung the name on the
    # quotation and left the cue without a subject; the noun phrase up to the cue speaks
    words = ['"', "Yes", ",", '"', "Brent", "Bozell", ",", "founder", "of", "the", "center"]
    words += [",", "tells", "the", "host", "."]
    spaces = [False, False, False, True, True, False, True, True, True, True, False]
    spaces += [True, True, True, False, False]
    pos = ["PUNCT", "INTJ", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "DET"]
    pos += ["NOUN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"]
    doc = _tagged(words, spaces, pos)
    assert doc.text == '"Yes," Brent Bozell, founder of the center, tells the host.'
    start, cue = doc[4].idx, doc[12].idx
    span = _named_between(doc, start, cue)
    assert span is not None
    assert doc.text[span[0] : span[1]] == "Brent Bozell, founder of the center,"


def test_words_between_a_quotation_and_a_cue_that_are_no_name_are_no_source() -> None:
    # control: a pronoun and a verb between the quotation and the cue are a clause of their own
    words = ['"', "Yes", ",", '"', "he", "added", "and", "then", "tells", "the", "host", "."]
    spaces = [False, False, False, True, True, True, True, True, True, True, False, False]
    pos = ["PUNCT", "INTJ", "PUNCT", "PUNCT", "PRON", "VERB", "CCONJ", "ADV", "VERB", "DET"]
    pos += ["NOUN", "PUNCT"]
    doc = _tagged(words, spaces, pos)
    assert _named_between(doc, doc[4].idx, doc[8].idx) is None


def test_a_quotation_after_one_closed_by_two_apostrophes_opens_a_sentence() -> None:
    # newspapers that write quotation marks as two apostrophes close a sentence with .''
    text = "''It's over.'' ''We lost.''"
    assert _opens_sentence(text, text.index("''We"))
    # control: a plural possessive's apostrophe closes no sentence
    text = "the voters' 'choice'"
    assert not _opens_sentence(text, text.index("'choice"))


@pytest.mark.model
def test_a_quotation_after_an_apostrophes_quotation_continues_its_speaker(
    quotes_nlp: Language,
) -> None:
    text = (
        "''It's nonsense,'' Mr. Trump said by telephone on NBC's ''Meet the Press.'' "
        "''She lies like crazy about everything; she's a liar and everybody knows that.''"
    )
    assert _quotes(quotes_nlp, text) == [("said", "Mr. Trump", text, "direct")]


@pytest.mark.model
def test_a_passive_cue_without_agent_reports_its_subject(quotes_nlp: Language) -> None:
    # no clause or object: what the passive's subject names is what was approved, identified
    text = "The plan was ultimately approved on Tuesday."
    assert _quotes(quotes_nlp, text) == [("was ultimately approved", None, "The plan", "indirect")]
    text = "Maria Lopez was identified as the protester."
    assert _quotes(quotes_nlp, text) == [("was identified", None, text[:-1], "indirect")]


@pytest.mark.model
def test_a_passive_with_an_agent_or_an_addressee_keeps_its_reading(quotes_nlp: Language) -> None:
    # controls: the one asked is no content; an agent is the source and the subject as before
    text = "The senator was asked about the plan."
    assert _quotes(quotes_nlp, text) == [("was asked about", None, "the plan", "indirect")]
    text = "The suspect was named by police."
    assert _quotes(quotes_nlp, text) == [("was named", "police", "The suspect", "indirect")]


@pytest.mark.model
def test_the_if_clause_after_a_verb_of_asking_is_what_was_asked(quotes_nlp: Language) -> None:
    text = "Asked if he was ever bullied, the senator said no."
    assert _quotes(quotes_nlp, text) == [
        ("Asked", None, "if he was ever bullied", "indirect"),
        ("said", "the senator", "no", "indirect"),
    ]


@pytest.mark.model
def test_a_verb_of_asking_with_its_own_content_keeps_it(quotes_nlp: Language) -> None:
    # control: "asked about X" has its content already
    text = "Asked about the plan, the senator said no."
    assert _quotes(quotes_nlp, text) == [
        ("Asked about", None, "the plan", "indirect"),
        ("said", "the senator", "no", "indirect"),
    ]


@pytest.mark.model
def test_a_preposition_past_the_cues_adverb_takes_what_was_said(quotes_nlp: Language) -> None:
    text = "This time he spoke briefly of his friendship with the governor."
    assert _quotes(quotes_nlp, text) == [
        ("spoke briefly of", "he", "his friendship with the governor", "indirect")
    ]


@pytest.mark.model
def test_an_implied_content_keeps_quotes_and_silences_as_they_were(quotes_nlp: Language) -> None:
    # controls: a cue tied to a quotation keeps its words; a request for comment not answered
    # is no statement
    text = '"We will win this state," she said at a town hall in Iowa.'
    assert _quotes(quotes_nlp, text) == [("said", "she", '"We will win this state,"', "direct")]
    assert _quotes(quotes_nlp, "Fields did not reply to a request for comment on Tuesday.") == []


@pytest.mark.model
def test_an_as_clause_whose_comma_the_parse_took_reports_the_clause_after(
    quotes_nlp: Language,
) -> None:
    # the parse hangs the as-clause's closing comma on its cue, which then had no content
    text = (
        "As the International Business Times noted, Clinton raised more than $1.1 million "
        "from the securities industry for her 2000 Senate campaign."
    )
    assert _quotes(quotes_nlp, text) == [
        ("noted", "the International Business Times", text[text.index("Clinton") : -1], "indirect")
    ]


@pytest.mark.model
def test_an_as_clause_of_time_is_no_attribution(quotes_nlp: Language) -> None:
    # control: "as" of time with a verb that is no cue reports nothing
    assert _quotes(quotes_nlp, "As the mayor spoke, the crowd cheered loudly.") == []
    text = "As the polls closed, the governor said the state was won."
    assert _quotes(quotes_nlp, text) == [("said", "the governor", "the state was won", "indirect")]


@pytest.mark.model
def test_the_infinitive_after_continued_is_the_cue_with_its_content(
    quotes_nlp: Language,
) -> None:
    text = "Lewandowski continued to say he had never touched Fields."
    assert _quotes(quotes_nlp, text) == [
        ("continued to say", "Lewandowski", "he had never touched Fields", "indirect")
    ]


@pytest.mark.model
def test_acts_after_continued_stay_no_statements(quotes_nlp: Language) -> None:
    # controls: a refusal to act and a declined comment are no statements
    text = "The rebels continued to refuse to sit down for negotiations."
    assert _quotes(quotes_nlp, text) == []
    assert _quotes(quotes_nlp, "The senator declined to comment.") == []
