"""perf37: the headline sentences found once per doc, the article tone and the framing lexicon's
first-word filter read as columns; values by hand from the texts and VADER's ratings."""

from __future__ import annotations

from spacy.tokens import Doc


def test_headline_sentences_found_once_per_doc(bare_nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.nlp import headline

    words = ["Rebels", "seize", "town", ".", "The", "army", "said", "so", ".", "More"]
    spaces = [True, True, False, True, True, True, True, False, True, False]
    starts = [True, False, False, False, True, False, False, False, False, True]
    doc = Doc(bare_nlp.vocab, words=words, spaces=spaces, sent_starts=starts)
    found = []
    real = headline._headline_sentences
    monkeypatch.setattr(headline, "_headline_sentences", lambda d: found.append(1) or real(d))
    first = headline.headline_sentences(doc)
    first.clear()  # each caller gets its own list
    again = headline.headline_sentences(doc)
    assert [s.text for s in again] == ["Rebels seize town.", "More"]
    assert len(found) == 1  # the second call read the doc's cache


def test_headline_sentences_of_each_doc(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.nlp.headline import headline_sentences

    # control: another doc gets its own sentences (a sentence of 16 words is no headline)
    long = ["w"] * 16 + ["."]
    doc = Doc(bare_nlp.vocab, words=long, sent_starts=[True] + [False] * 16)
    assert headline_sentences(doc) == []
    short = Doc(bare_nlp.vocab, words=["Talks", "end"], sent_starts=[True, False])
    assert [s.text for s in headline_sentences(short)] == ["Talks end"]


def test_tone_counts_words_from_columns(bare_nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.nlp.framing._tone import tone

    # VADER: great +3.1, war -2.9, killed -3.5, calm +1.3; "the", "news", "in" unrated; "42"
    # and "," are no words. 6 words: 2 positive, 2 negative of 6 = 33.333 % each
    words = ["the", "great", "war", "killed", "42", ",", "calm", "news"]
    t = tone(Doc(bare_nlp.vocab, words=words))
    assert t.words == 6
    assert t.positive == 33.333 and t.negative == 33.333
    assert t.tone == 0.0 and t.polarity == 66.666
    # control: a doc with no word, and an empty doc, have no tone
    assert tone(Doc(bare_nlp.vocab, words=["42", ","])).words == 0
    assert tone(Doc(bare_nlp.vocab, words=[])).polarity == 0.0


def test_lexicon_drafts_first_word_filter(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.nlp.framing.component import _lexicon_drafts

    # "thugs" (name calling) found by its form; nothing in a sentence with no lexicon word
    drafts = _lexicon_drafts(nlp("The mayor called the protesters thugs on Monday."))
    assert [(d.kind, d.label) for d in drafts] == [("name_calling", "thug")]
    assert _lexicon_drafts(nlp("The mayor met the council on Monday.")) == []


def test_release_drops_the_doc_cache(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.nlp._doc import _CACHE_KEY, doc_text, release, tokens

    text = "Rebels seized the town on Monday, officials said."
    doc = nlp(text)
    assert len(tokens(doc)) == 10
    release(doc)
    assert _CACHE_KEY not in doc.user_data
    # control: a later read rebuilds what it needs, as on a fresh doc
    assert doc_text(doc) == text
    assert [t.text for t in tokens(doc)][:3] == ["Rebels", "seized", "the"]


def test_batch_docs_freed_without_the_collector() -> None:
    import gc

    from newsgraph.api import Pipeline
    from newsgraph.ingest import raw_from_text

    pipe = Pipeline(batch_size=4, timeout=None)
    texts = ["Rebels seized the town on Monday, officials said.", "Police arrested 20 protesters."]
    raws = [raw_from_text(t, clean=False) for t in texts]
    list(pipe.analyze_many(raws[:1], published="2020-01-01"))  # resources loaded
    gc.collect()
    alive = sum(isinstance(o, Doc) for o in gc.get_objects())
    gc.disable()
    try:
        arts = pipe._articles(raws, "2020-01-01")
        left = sum(isinstance(o, Doc) for o in gc.get_objects())
    finally:
        gc.enable()
    assert [a.text for a in arts] == texts
    assert left == alive  # each batch doc freed by reference counting once its article is made
