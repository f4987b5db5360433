"""End to end: the CLI on the reference article and the bundled examples (loads the model)."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from tests.conftest import ROOT, SEED, shared_path

pytestmark = pytest.mark.model
runner = CliRunner()


def _schema():
    text = resources.files("newsgraph.schema").joinpath("article.schema.json").read_text()
    return json.loads(text)


def _spans(obj):
    """Every {start, end, text} dict anywhere in a record."""
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys():
            yield obj
        for v in obj.values():
            yield from _spans(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _spans(v)


@pytest.fixture(scope="module")
def seed_record():
    shared_path("seed")
    result = runner.invoke(app, ["analyze", str(SEED), "--published", "2018-08-29", "--json"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_seed_record_validates_and_offsets_hold(seed_record):
    rec = json.loads(seed_record)
    jsonschema.validate(rec, _schema())
    text = rec["text"]
    n = 0
    for kind in ("entities", "quotes", "events", "places", "times"):
        for span in _spans(rec[kind]):
            assert text[span["start"] : span["end"]] == span["text"], (kind, span)
            n += 1
    assert n > 50
    for q in rec["quotes"] + rec["events"]:
        assert 0 <= q["confidence"] <= 1 and q["rule"] and q["sentence"] >= 0


def test_seed_scrape_noise(seed_record):
    rec = json.loads(seed_record)
    text = rec["text"]
    assert rec["title"] == "Lavrov: Terror 'abscess' in Syria's Idlib needs to be destroyed"
    assert text.startswith(rec["title"])
    assert "News   /   Syria" not in text and "Pelosi" not in text and "Roku" not in text
    assert "alternate addresses" not in text
    kinds = {r["kind"] for r in rec["removed"]}
    assert {"breadcrumb", "caption", "boilerplate"} <= kinds | {"promo"}
    caps = {c["related"]: c["text"] for c in rec["captions"]}
    assert "Ilhan Omar" in caps[False] and "al-Jubeir" in caps[True]
    records = json.dumps([rec[k] for k in ("entities", "quotes", "events", "places", "times")])
    for name in ("Omar", "Pelosi", "Washington"):
        assert name not in records  # the unrelated caption feeds no record
    # and the removed caption is still on the record, with its text in the original
    assert any("Omar" in r["text"] for r in rec["removed"] if r["kind"] == "caption")


def test_same_input_gives_identical_json(seed_record):
    again = runner.invoke(app, ["analyze", str(SEED), "--published", "2018-08-29", "--json"])
    assert again.stdout == seed_record


def test_no_clean_keeps_text(tmp_path):
    p = tmp_path / "a.txt"
    body = "  News / World\n\nThe minister said on Monday that talks would resume.\n"
    p.write_text(body, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(p), "--no-clean", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["text"] == body


def test_ingest_examples_idempotent_and_queries(tmp_path):
    db = tmp_path / "n.db"
    examples = ROOT / "examples"
    first = runner.invoke(app, ["ingest", str(examples), "--db", str(db)])
    assert first.exit_code == 0, first.output
    stats1 = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--json"]).stdout)
    assert stats1["articles"] >= 4
    second = runner.invoke(app, ["ingest", str(examples), "--db", str(db)])
    assert second.exit_code == 0
    assert "0 articles added" in second.stdout
    stats2 = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--json"]).stdout)
    assert stats1 == stats2
    rows = json.loads(runner.invoke(app, ["quotes", "--db", str(db), "--json"]).stdout)
    assert rows and all(r["content"] for r in rows)
    out = tmp_path / "events.csv"
    res = runner.invoke(
        app, ["export", "--db", str(db), "--table", "events", "--format", "csv", "--out", str(out)]
    )
    assert res.exit_code == 0, res.output
    assert out.read_text(encoding="utf-8").splitlines()[0].count(",") > 10


def test_bad_inputs_do_not_stop_the_batch(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Officials said on Tuesday that the talks in Geneva would resume.\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    result = runner.invoke(app, ["analyze", str(empty), str(binary), str(good), "--jsonl"])
    assert result.exit_code == 0
    assert len(result.stdout.strip().splitlines()) == 1
    assert "empty.txt" in result.stderr and "blob.txt" in result.stderr
    assert "1 succeeded, 2 failed" in result.stderr
    strict = runner.invoke(app, ["analyze", str(empty), str(good), "--jsonl", "--strict"])
    assert strict.exit_code == 1


def test_workers_give_the_same_store(tmp_path):
    examples = ROOT / "examples"
    outs = []
    for workers in ("1", "2"):
        db = tmp_path / f"w{workers}.db"
        res = runner.invoke(
            app,
            ["ingest", str(examples), "--db", str(db), "--workers", workers, "--batch-size", "2"],
        )
        assert res.exit_code == 0, res.output
        out = tmp_path / f"w{workers}.jsonl"
        assert runner.invoke(app, ["export", "--db", str(db), "--out", str(out)]).exit_code == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] and outs[0].count(b"\n") >= 4


def test_user_actor_dictionary_with_dated_roles(tmp_path):
    actors = tmp_path / "actors.txt"
    actors.write_text(
        "# a PETRARCH-format actor dictionary\nSERGEY_LAVROV_\n+LAVROV\n"
        "\t[RUSGOV >20040309]  # Foreign Minister\n",
        encoding="utf-8",
    )
    art = tmp_path / "a.txt"
    art.write_text("Lavrov met Israeli officials in Jerusalem on Monday.\n", encoding="utf-8")

    def source_codes(published):
        res = runner.invoke(
            app, ["analyze", str(art), "--json", "--published", published, "--actors", str(actors)]
        )
        assert res.exit_code == 0, res.output
        events = json.loads(res.stdout)["events"]
        return [a["code"] for e in events if e["type"] == "CONSULT" for a in e["sources"]]

    assert source_codes("2016-05-02") == ["RUSGOV"]
    assert "RUSGOV" not in source_codes("2001-05-02")
    missing = runner.invoke(app, ["analyze", str(art), "--actors", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "nope.txt" in missing.output


def test_a_politician_attacking_a_rival_is_criticism_not_assault(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(
        "Donald Trump attacked Hillary Clinton on Tuesday over her emails.\n\n"
        "Militants attacked a police station in Kabul with rockets on Tuesday.\n",
        encoding="utf-8",
    )
    res = runner.invoke(app, ["analyze", str(art), "--json", "--published", "2016-06-01"])
    assert res.exit_code == 0, res.output
    events = [e for e in json.loads(res.stdout)["events"] if e["trigger"]["text"] == "attacked"]
    kinds = {e["sources"][0]["span"]["text"]: (e["type"], e["cameo"]) for e in events}
    assert kinds["Donald Trump"] == ("ACCUSE", "111")
    assert kinds["Militants"][0] == "ASSAULT"


@pytest.mark.parametrize(
    ("max_chars", "reason"),
    [(None, "--max-chars"), ("5000000", "over the model's limit")],
    ids=["size budget", "model limit"],
)
def test_text_over_the_model_limit_fails_alone(tmp_path, max_chars, reason):
    from newsgraph.nlp.pipeline import shared

    nlp = shared()
    long = tmp_path / "long.txt"
    sentence = "The minister said the talks in Geneva would resume. "
    long.write_text(sentence * (nlp.max_length // len(sentence) + 10), encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Officials said on Tuesday that the talks in Geneva would resume.\n")
    db = tmp_path / "n.db"
    args = ["ingest", str(long), str(good), "--db", str(db), "--max-bytes", "50000000"]
    res = runner.invoke(app, args + (["--max-chars", max_chars] if max_chars else []))
    assert res.exit_code == 0, res.output
    line = next(ln for ln in res.stderr.splitlines() if "long.txt" in ln)
    assert reason in line  # one line naming the input and why it failed
    assert "1 article added" in res.stdout and "1 failed" in res.stdout


def test_an_article_that_breaks_a_component_fails_alone():
    from spacy.language import Language

    from newsgraph.api import Pipeline
    from newsgraph.ingest import raw_from_text

    @Language.component("test_boom")
    def boom(doc):
        if "BOOM" in doc.text:
            raise RuntimeError("component exploded")
        return doc

    pipe = Pipeline()
    pipe.nlp.add_pipe("test_boom")
    raws = [
        raw_from_text(t)
        for t in (
            "Officials met in Geneva on Monday.",
            "BOOM went the story.",
            "Talks resumed in Vienna.",
        )
    ]
    out = list(pipe.analyze_many(raws, published="2020-01-01"))
    assert [type(o).__name__ for o in out] == ["Article", "Failure", "Article"]
    assert "component exploded" in out[1].reason
