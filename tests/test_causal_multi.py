"""Issue 13, round 9: several cause -> effect pairs in one sentence.

A sentence may state a chain ("Because of X, Y happened, which led to Z"), two causes of one effect ("X,
along with Y, caused Z"), one cause of two effects, or a feeling with its cause beside another claim. Each
pair is a claim of its own, with the sentence's offsets and its own cause/effect offsets; a second clause
that states no cause gives no second claim. Sentences are constructed (none from an evaluation set); all on
the real spaCy model, the real MiniLM encoder and span tagger where the pipeline runs them, and real DuckDB
files for the downstream part.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import duckdb
import pytest
from spacy.language import Language
from spacy.tokens import Span

from detente import api
from detente.nlp.causal_extractor import CAUSAL_DIR, Classifier, _new_relation

CHAIN = "Because of the drought, the harvest failed, which led to higher food prices."
FEELING = "Officials expressed frustration at the delay, as the talks were postponed because of the storm."
TWO_EFFECTS = "The new tariffs raised costs for farmers and reduced exports to China."
TWO_CAUSES = "The drought, together with rising fuel costs, pushed food prices up."
ONE_CAUSAL_CLAUSE = (
    "Higher fuel prices caused widespread protests, and the minister met union leaders in Geneva on Tuesday."
)


def pairs(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in nlp(text)._.causal]


def test_a_chain_of_two_markers_gives_two_claims_in_their_directions(causal_nlp: Language) -> None:
    found = pairs(causal_nlp, CHAIN)
    assert ("the drought", "the harvest failed") in found
    assert ("the harvest failed", "higher food prices") in found
    # the first claim's effect stops at the comma: the chain is two relations, not one that holds the other
    assert not any("which" in effect for _, effect in found)


def test_a_feeling_and_a_connective_are_two_claims(causal_nlp: Language) -> None:
    found = pairs(causal_nlp, FEELING)
    assert ("the delay", "frustration") in found
    assert ("the storm", "the talks were postponed") in found
    # cause and effect never the other way round
    assert ("frustration", "the delay") not in found and ("the talks were postponed", "the storm") not in found


def test_a_feeling_aimed_at_someone_or_denied_states_no_cause(causal_nlp: Language) -> None:
    because = " because prices fell."
    assert ("the new export ban", "angry") in pairs(causal_nlp, "Farmers are angry about the new export ban" + because)
    for text in ("The farmers were angry at him", "Farmers are not angry about the ban"):
        assert not any(effect == "angry" for _, effect in pairs(causal_nlp, text + because))
    # alone, the feeling's cause is no claim of the rules (CNC calls most such sentences not causal)
    alone = causal_nlp("Farmers are angry about the new export ban.")._.causal
    assert not [c for c in alone if c["signal"] == "about"]


def test_coordinated_effects_are_one_claim_each(causal_nlp: Language) -> None:
    found = pairs(causal_nlp, TWO_EFFECTS)
    causes = {cause for cause, _ in found}
    assert causes == {"The new tariffs"}
    effects = [effect for _, effect in found]
    assert len(found) == 2
    assert any("costs for farmers" in e for e in effects) and any("exports to China" in e for e in effects)


def test_coordinated_causes_joined_by_together_with_are_one_claim_each(causal_nlp: Language) -> None:
    found = pairs(causal_nlp, TWO_CAUSES)
    assert ("The drought", "food prices") in found
    assert ("rising fuel costs", "food prices") in found


def test_a_second_clause_that_states_no_cause_gives_no_second_claim(causal_nlp: Language) -> None:
    # the shipped classifier has the extra pairs switched on: the meeting in Geneva is still no effect
    assert Classifier.load(CAUSAL_DIR).settings.extras
    assert pairs(causal_nlp, ONE_CAUSAL_CLAUSE) == [("Higher fuel prices", "widespread protests")]


@pytest.mark.parametrize("text", [CHAIN, FEELING, TWO_EFFECTS, TWO_CAUSES, ONE_CAUSAL_CLAUSE])
def test_every_claim_points_into_its_sentence(causal_nlp: Language, text: str) -> None:
    lead = "Markets were calm in the morning. "  # the sentence is not the first: offsets are the document's
    doc = causal_nlp(lead + text)
    assert doc._.causal
    for claim in doc._.causal:
        assert doc.text[claim["start"] : claim["end"]].strip() == text
        for side in ("cause", "effect"):
            a, b = claim[side + "_start"], claim[side + "_end"]
            assert claim["start"] <= a < b <= claim["end"]
            assert doc.text[a:b] == claim[side]


# the extra pairs beside a sentence's first: what decides them, with the tagger's reading given


def _span(a: int, b: int, c: int, d: int) -> dict[str, Any]:
    return dict(zip(("cause_start", "cause_end", "effect_start", "effect_end"), (a, b, c, d), strict=True))


def test_a_new_relation_shares_a_side_or_chains_on_but_does_not_restate_or_reverse() -> None:
    first = _span(0, 10, 20, 30)
    assert _new_relation(_span(20, 30, 40, 50), [first])  # chain: the effect is the next cause
    assert _new_relation(_span(0, 10, 40, 50), [first])  # one cause, a second effect
    assert _new_relation(_span(40, 50, 20, 30), [first])  # a second cause of the same effect
    assert not _new_relation(_span(2, 12, 18, 35), [first])  # the same relation at other bounds
    assert not _new_relation(_span(20, 30, 0, 10), [first])  # the same relation the other way round


AFTER = "Prices rose sharply because of the drought, after the government banned grain exports."


def one_sentence(nlp: Language, text: str) -> Span:
    sents = list(nlp(text).sents)
    assert len(sents) == 1
    return sents[0]


def roles_reading(sent: Span, cause_text: str, effect_text: str) -> list[tuple[int, int, float]]:
    """Role log-odds per token (offsets into ``sent.text``): +4 inside ``cause_text``, -4 inside
    ``effect_text``, 0 elsewhere; the shape the span tagger gives."""
    c0, e0 = sent.text.index(cause_text), sent.text.index(effect_text)
    out = []
    for t in sent:
        a = t.idx - sent.start_char
        value = 4.0 if c0 <= a < c0 + len(cause_text) else -4.0 if e0 <= a < e0 + len(effect_text) else 0.0
        out.append((a, a + len(t.text), value))
    return out


def claims_with(nlp: Language, sent: Span, tagged: dict[str, Any], **settings: float | bool) -> list[dict[str, Any]]:
    comp = nlp.get_pipe("causal_extractor")
    shipped = comp.classifier
    clf = Classifier.load(CAUSAL_DIR)
    for name, value in settings.items():
        setattr(clf.settings, name, value)
    comp.classifier = clf
    try:
        return comp._claims_at(sent, 0.9, comp.extractor.extract(sent), tagged)
    finally:
        comp.classifier = shipped


def test_another_clause_becomes_a_second_claim_only_when_the_tagger_reads_it_that_way(causal_nlp: Language) -> None:
    sent = one_sentence(causal_nlp, AFTER)
    agree = {"roles": roles_reading(sent, "the government banned grain exports", "Prices rose sharply")}
    # "after" with no contention on either side is time order (session 9, newscausal2): with that check applying at
    # any probability, no second claim (as shipped it applies below ``sequence_sure_min_prob``, round 24, and this
    # reading is at 0.9); the round-9 mechanism is exercised with that check switched off
    shipped = claims_with(causal_nlp, sent, agree, sequence_sure_min_prob=math.inf)
    assert [(c["cause"], c["effect"]) for c in shipped] == [("the drought", "Prices rose sharply")]
    found = claims_with(causal_nlp, sent, agree, sequence_needs_contention=False)
    assert ("the drought", "Prices rose sharply") in [(c["cause"], c["effect"]) for c in found]
    extra = [c for c in found if c.get("extra")]
    assert len(extra) == 1 and extra[0]["cause"] == "the government banned grain exports"
    assert extra[0]["effect"].startswith("Prices rose sharply")
    # the tagger reads it the other way: no second claim of round 9's (round 110 reads the "after" clause, a trailing
    # reason with a subject of its own, as a further pair of its own: off here)
    disagree = {"roles": roles_reading(sent, "Prices rose sharply", "the government banned grain exports")}
    found = claims_with(causal_nlp, sent, disagree, sequence_needs_contention=False, trailing_reason_pairs=False)
    assert not [c for c in found if c.get("extra")]
    # switched off (a classifier.json without the round-9 keys): the first claim alone
    off = claims_with(
        causal_nlp,
        sent,
        agree,
        sequence_needs_contention=False,
        extra_split_min_vote=math.inf,
        extra_tag_min_score=math.inf,
        trailing_reason_pairs=False,
    )
    assert [(c["cause"], c["effect"]) for c in off] == [("the drought", "Prices rose sharply")]


def test_a_sure_tagger_pair_of_another_relation_is_a_second_claim_when_switched_on(causal_nlp: Language) -> None:
    # off as shipped (it would send every sentence with a pair through the encoder); on with a minimum score
    assert Classifier.load(CAUSAL_DIR).settings.extra_tag_min_score == math.inf
    sent = one_sentence(causal_nlp, AFTER)
    text = sent.text
    c0, e0 = text.index("the government banned grain exports"), text.index("Prices rose sharply")
    tagged = {
        "cause": (c0, c0 + len("the government banned grain exports")),
        "effect": (e0, e0 + len("Prices rose sharply")),
        "roles": [],
    }
    # (round 110's further pair of the trailing "after" clause is off here: this test reads round 9's tagger pair)
    on = {"extra_tag_min_score": 15.0, "extra_split_min_vote": math.inf, "trailing_reason_pairs": False}
    sure = claims_with(causal_nlp, sent, tagged | {"cause_score": 30.0, "effect_score": 25.0}, **on)
    assert ("the government banned grain exports", "Prices rose sharply") in [(c["cause"], c["effect"]) for c in sure]
    unsure = claims_with(causal_nlp, sent, tagged | {"cause_score": 30.0, "effect_score": 5.0}, **on)
    assert [(c["cause"], c["effect"]) for c in unsure] == [("the drought", "Prices rose sharply")]
    # a tagger pair that restates the first claim at other bounds is not a second claim
    d0 = text.index("the drought")
    again = {"cause": (d0, d0 + len("the drought,")), "effect": (e0, e0 + len("Prices rose")), "roles": []}
    restated = claims_with(causal_nlp, sent, again | {"cause_score": 30.0, "effect_score": 30.0}, **on)
    assert len(restated) == 1


# downstream: several claims of one sentence are rows of their own in the store, the ledger and the map


def test_several_claims_of_one_sentence_are_stored_mapped_and_simulated(tmp_path: Path) -> None:
    text = "Economic sanctions, along with low oil prices, weakened the ruble. " + CHAIN + "\n"
    source = tmp_path / "multi.txt"
    source.write_text(text, encoding="utf-8")
    db = tmp_path / "multi.duckdb"
    api.analyze([source], db=db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            'SELECT claim_id, sentence_idx, start, "end", cause, effect, cause_start, cause_end, effect_start, '
            "effect_end FROM causal_claims ORDER BY claim_id"
        ).fetchall()
    finally:
        con.close()
    by_sentence: dict[int, list[tuple]] = {}
    for row in rows:
        by_sentence.setdefault(row[1], []).append(row)
    assert sorted(len(v) for v in by_sentence.values()) == [2, 2]
    assert len({row[0] for row in rows}) == len(rows)  # one id per claim
    for _, _, start, end, cause, effect, c0, c1, e0, e1 in rows:
        assert text[c0:c1] == cause and text[e0:e1] == effect
        assert start <= min(c0, e0) and max(c1, e1) <= end
    assert len(api.claims(db)) >= 4
    cmap = api.cognitive_map(db)
    edges = {(e.source, e.target) for e in cmap.edges}
    assert ("sanctions", "ruble") in edges and len([e for e in edges if e[1] == "ruble"]) == 2
    # the sentence's second cause reaches the ruble on its own edge, and the path cites that claim
    moved = {m["concept"]: m for m in api.simulate(db, clamp={"oil prices": 1.0})["moved"]}
    assert abs(moved["ruble"]["difference"]) >= 0.05
    cited = [c for p in moved["ruble"]["paths"] for e in p["edges"] for c in e["claims"]]
    assert [c["cause"] for c in cited] == ["low oil prices"]
