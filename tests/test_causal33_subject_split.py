"""Round 40 of issue 13 (docs/causal.md): the last-resort subject split gives way to the sentence's further pairs.

``subject_split_gives_way`` (classifier.json: true; ``CausalExtractor._claims_at``): a sentence with no marker and
no clause split is split at its subject ("members of the union | marched to the office"), a pair the Causal News
Corpus hardly ever draws (2 of 69 on CNC train, out of fold). Where the sentence also has a further pair (a fronted
participle, a purpose, a protest's grievance), that pair stands alone; with none, the subject split stays (the
sentence keeps its claim). ``attempted_acts`` (classifier.json: off, measured): a causal verb that is the infinitive
of a verb of trying or intending (markers.yml ``attempt_heads``) gives no claim.

Sentences are made up for the test.
"""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.causal_rules import Extractor
from detente.nlp.causal_scorer import Classifier
from tests.conftest import claims_at, only_sentence

FRONTED = (
    "Angered by the delay in wage payments, members of the sanitation union marched to the municipal office on Monday."
)


def _pairs(claims: list[dict]) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in claims]


def test_shipped_settings() -> None:
    clf = Classifier.load()
    assert clf.subject_split_gives_way is True
    assert clf.attempted_acts is False


def test_a_subject_split_gives_way_to_a_further_pair(linear_causal: Language) -> None:
    on = _pairs(claims_at(linear_causal, FRONTED, 0.95, None, subject_split_gives_way=True))
    off = _pairs(claims_at(linear_causal, FRONTED, 0.95, None, subject_split_gives_way=False))
    subject = ("members of the sanitation union", "marched to the municipal office on Monday")
    fronted = (
        "Angered by the delay in wage payments",
        "members of the sanitation union marched to the municipal office on Monday",
    )
    assert off == [subject, fronted]
    assert on == [fronted]


def test_a_subject_split_alone_stays(linear_causal: Language) -> None:
    text = "The villagers blocked the highway for three hours."
    on = _pairs(claims_at(linear_causal, text, 0.95, None, subject_split_gives_way=True))
    assert on == [("The villagers", "blocked the highway for three hours")]


def test_a_clause_split_keeps_its_further_pairs(linear_causal: Language) -> None:
    # the first pair is a clause split (not the subject split): nothing gives way
    text = "The teachers of the district held a rally on Friday to oppose the new transfer rules."
    on = claims_at(linear_causal, text, 0.95, None, subject_split_gives_way=True)
    off = claims_at(linear_causal, text, 0.95, None, subject_split_gives_way=False)
    assert _pairs(on) == _pairs(off)
    assert _pairs(on)[0] == ("oppose the new transfer rules", "The teachers of the district held a rally on Friday")


def test_an_attempted_act_gives_no_claim_with_the_switch(parse: Language, extractor: Extractor) -> None:
    tried = only_sentence(parse, "Two men who attempted to derail a freight train near the bridge were arrested.")
    done = only_sentence(parse, "The rains caused severe flooding in the valley.")
    assert extractor.attempted_acts is False
    assert _pairs(extractor.extract(tried)) == [("Two men", "a freight train near the bridge")]
    extractor.attempted_acts = True
    try:
        assert extractor.extract(tried) == []
        # a causal verb that is no infinitive of trying keeps its claim
        assert [c["cause"] for c in extractor.extract(done)] == ["The rains"]
    finally:
        extractor.attempted_acts = False
