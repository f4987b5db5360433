"""One mention, one entity: the surname sweep does not take a word another entity holds.

Found on a real article (ux35's walk of 840 PolNeAR texts): the NER read "Indiana GOP" as a
person and "GOP" alone as an organisation; the surname sweep then added every "GOP" to the
person too, both entities began at the same "GOP" and got one id, and the store dropped one
of them ("1 duplicate entities record(s) not stored as rows").
"""

from __future__ import annotations

from collections import Counter

from newsgraph.nlp.entities._mentions import Cluster, surname_sweep
from tests.conftest import shared_path


def _text_doc(bare_nlp, text):
    return bare_nlp(text)


def test_a_word_an_organisation_holds_is_not_a_persons_surname(bare_nlp):
    text = "Indiana GOP backs the plan. GOP leaders agree, and so GOP smiled."
    doc = _text_doc(bare_nlp, text)
    person = Cluster(label="PERSON", key="PERSON:Indiana GOP", names=["Indiana GOP"])
    person.mentions.append((0, 11, "ner"))
    org_start = text.index("GOP leaders")
    org = Cluster(label="ORG", key="ORG:GOP", names=["GOP"])
    org.mentions.append((org_start, org_start + 3, "ner"))
    surname_sweep(doc, [person], [person, org])
    spans = {(s, e) for s, e, _ in person.mentions}
    assert (org_start, org_start + 3) not in spans  # the organisation's word stays its own
    later = text.index("GOP smiled")
    assert (later, later + 3) in spans  # control: a free "GOP" still joins the person


def test_a_free_surname_still_joins_its_person(bare_nlp):
    text = "Sergei Lavrov met the envoy. Later, Lavrov spoke to reporters."
    doc = _text_doc(bare_nlp, text)
    person = Cluster(label="PERSON", key="PERSON:Sergei Lavrov", names=["Sergei Lavrov"])
    person.mentions.append((0, 13, "ner"))
    surname_sweep(doc, [person])
    at = text.index("Lavrov spoke")
    assert (at, at + 6) in {(s, e) for s, e, _ in person.mentions}


def test_entities_of_a_real_article_have_one_id_each(nlp):
    path = shared_path(
        "data", "polnear", "train", "text",
        "politico_2016-04-09_trump-s-getting-trounced-in-indi.txt",
    )
    text = path.read_text(encoding="utf-8")
    doc = nlp(text)
    ents = doc._.ng_entities
    ids = Counter(e.id for e in ents)
    assert [i for i, n in ids.items() if n > 1] == []
    owners: dict[tuple[int, int], list[str]] = {}
    for e in ents:
        for m in e.mentions:
            owners.setdefault((m.start, m.end), []).append(e.name)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    # every "GOP" word of the article belongs to one entity at most
    gop = [k for k in owners if text[k[0] : k[1]] == "GOP"]
    assert gop, "the article's GOP mentions were found"
    assert not [k for k in gop if k in shared]


def test_a_surname_inside_a_longer_name_still_joins_its_person(bare_nlp):
    # kept as before: only a word that is a whole mention of another entity is held back
    text = "Hillary Clinton spoke on Monday. The Clinton Foundation paid for the trip."
    doc = _text_doc(bare_nlp, text)
    person = Cluster(label="PERSON", key="PERSON:Hillary Clinton", names=["Hillary Clinton"])
    person.mentions.append((0, 15, "ner"))
    at = text.index("Clinton Foundation")
    org = Cluster(label="ORG", key="ORG:Clinton Foundation", names=["Clinton Foundation"])
    org.mentions.append((at, at + len("Clinton Foundation"), "ner"))
    surname_sweep(doc, [person], [person, org])
    assert (at, at + 7) in {(s, e) for s, e, _ in person.mentions}
