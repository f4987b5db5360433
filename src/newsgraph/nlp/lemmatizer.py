"""spaCy's English rule lemmatizer, the same lemmas with one rule run per distinct word.

The English model's ``lemmatizer`` runs its rules for every token: a token's lemma depends
only on its form, its coarse part of speech and its morphology (spaCy keys its own cache on
exactly these), but spaCy caches only the words that reach the suffix rules, so every noun,
verb, adjective and punctuation mark is worked out again through ``Token`` properties and a
morphology dict: about 4% of the whole pipeline's time on news.

:class:`FastLemmatizer` reads the three keys of all tokens in one array, works out each
distinct key once with spaCy's own :meth:`~spacy.pipeline.Lemmatizer.lemmatize` and writes
the lemmas back in one array; tokens that already have a lemma (set by the attribute ruler)
keep it, as in spaCy. Modes other than ``rule`` run spaCy's own code.
"""

from __future__ import annotations

import warnings
from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Warnings
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc, Token

#: distinct (form, part of speech, morphology) keys kept before the cache starts again
MAX_CACHE = 200_000


class FastLemmatizer(EnglishLemmatizer):
    """:class:`EnglishLemmatizer` with every token's rule result cached by its key."""

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule" or not self._validated or not len(doc):
            return super().__call__(doc)  # type: ignore[no-any-return]
        try:
            return self._lemmatize_doc(doc)
        except Exception as e:  # as spaCy's: the pipeline's error handler decides
            self.get_error_handler()(self.name, self, [doc], e)
            return doc

    def _lemmatize_doc(self, doc: Doc) -> Doc:
        cache: dict[tuple[int, int, int], str] | None = self.__dict__.get("_ng_lemmas")
        if cache is None or len(cache) > MAX_CACHE:
            cache = self.__dict__["_ng_lemmas"] = {}
        arr: Any = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = arr[:, 3].copy()
        add = self.vocab.strings.add
        overwrite = self.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            word = cache.get(key)
            if word is None:
                word = cache[key] = self._lemmas(doc[i])[0]
            lemmas[i] = add(word)
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc

    def _lemmas(self, token: Token) -> list[str]:
        """``self.lemmatize(token)``; in rule mode :meth:`rule_lemmatize` (spaCy 3.8's code)
        with each part of speech's word index as a set: spaCy keeps them as lists (57,528
        nouns) and tests a candidate form by scanning one."""
        if self.lemmatize != self.rule_lemmatize:
            return self.lemmatize(token)  # type: ignore[no-any-return]
        string = token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            if univ_pos == "":
                warnings.warn(Warnings.W108, stacklevel=2)
            return [string.lower()]
        if self.is_base_form(token):
            return [string.lower()]
        index_table = self.lookups.get_table("lemma_index", {})
        exc_table = self.lookups.get_table("lemma_exc", {})
        rules_table = self.lookups.get_table("lemma_rules", {})
        if not any((index_table.get(univ_pos), exc_table.get(univ_pos), rules_table.get(univ_pos))):
            return [string] if univ_pos == "propn" else [string.lower()]
        index = self._index(univ_pos, index_table.get(univ_pos, {}))
        exceptions = exc_table.get(univ_pos, {})
        rules = rules_table.get(univ_pos, {})
        orig = string
        string = string.lower()
        forms: list[str] = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index or not form.isalpha():
                    if form in index:
                        forms.insert(0, form)
                    else:
                        forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        if not forms:
            forms.extend(oov_forms)
        if not forms:
            forms.append(orig)
        return forms

    def _index(self, univ_pos: str, words: Any) -> frozenset[str]:
        """The lemma index of ``univ_pos`` as a set, built once per lemmatizer."""
        sets: dict[str, tuple[Any, frozenset[str]]] = self.__dict__.setdefault("_ng_index", {})
        got = sets.get(univ_pos)
        if got is None or got[0] is not words:  # new tables loaded: build again
            got = sets[univ_pos] = (words, frozenset(words))
        return got[1]


def speed_up_lemmatizer(nlp: Language) -> Language:
    """Run the model's English rule lemmatizer as :class:`FastLemmatizer` (same lemmas)."""
    for _name, proc in nlp.pipeline:
        if type(proc) is EnglishLemmatizer:
            proc.__class__ = FastLemmatizer
    return nlp
