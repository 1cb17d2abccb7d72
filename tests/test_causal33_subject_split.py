"""Round 40 of issue 13 (docs/causal.md): wrong clauses and turned pairs, three generic classes.

``subject_split_gives_way`` (classifier.json: true; ``CausalExtractor._claims_at``): a sentence with no marker and
no clause split is split at its subject ("members of the union | marched to the office"), a pair the Causal News
Corpus hardly ever draws (2 of 69 on CNC train, out of fold). Where the sentence also has a further pair (a fronted
participle, a purpose, a protest's grievance), that pair stands alone; with none, the subject split stays (the
sentence keeps its claim). ``attempted_acts`` (classifier.json: off, measured): a causal verb that is the infinitive
of a verb of trying or intending (markers.yml ``attempt_heads``) gives no claim. ``tag_pair_no_doer_cause``
(classifier.json: true): the tagger's pair "Thousands of commuters -> were left stranded by the bus strike", whose
cause is the subject of its effect and names who acts or undergoes, gives way to the clause split ("the bus strike ->
...") at any probability the tagger's pair stood at. ``extra_fronted_feelings`` (classifier.json: true;
``causal_implicit.fronted_feelings``): "Anguished by the murder of X, ..." adds "the murder of X -> Anguished".

Sentences are made up for the test.
"""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.causal_implicit import fronted_feelings
from detente.nlp.causal_rules import Extractor
from detente.nlp.causal_scorer import Classifier
from tests.causal_sentences import extractor_with
from tests.conftest import claims_at, only_sentence

FRONTED = (
    "Angered by the delay in wage payments, members of the sanitation union marched to the municipal office on Monday."
)


def _pairs(claims: list[dict]) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in claims]


def test_shipped_settings() -> None:
    clf = Classifier.load()
    assert clf.settings.subject_split_gives_way is True
    assert clf.settings.attempted_acts is False
    assert clf.settings.tag_pair_no_doer_cause is True
    assert clf.settings.extra_fronted_feelings is True


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
    assert extractor.settings.attempted_acts is False
    assert _pairs(extractor.extract(tried)) == [("Two men", "a freight train near the bridge")]
    on = extractor_with(attempted_acts=True)
    assert on.extract(tried) == []
    # a causal verb that is no infinitive of trying keeps its claim
    assert [c["cause"] for c in on.extract(done)] == ["The rains"]


def _reading(text: str, cause: str, effect: str) -> dict:
    """A made-up tagger reading: the pair's offsets in the sentence, sure scores."""
    c, e = text.index(cause), text.index(effect)
    return {"cause": (c, c + len(cause)), "effect": (e, e + len(effect)), "cause_score": 20.0, "effect_score": 20.0}


STRANDED = "Thousands of commuters were left stranded by the bus strike."


def test_a_doer_subject_as_the_taggers_cause_gives_way_to_the_clause_split(linear_causal: Language) -> None:
    reading = _reading(STRANDED, "Thousands of commuters", "were left stranded by the bus strike")
    # below the clause split's own probability floor too: the tagger's pair stood there, the split replaces it (with
    # round 98's subject cut off as well, which reads this pair so too)
    for p in (0.95, 0.45):
        off = _pairs(
            claims_at(linear_causal, STRANDED, p, reading, tag_pair_no_doer_cause=False, subject_cut_tag_pairs=False)
        )
        on = _pairs(claims_at(linear_causal, STRANDED, p, reading, tag_pair_no_doer_cause=True))
        assert off == [("Thousands of commuters", "were left stranded by the bus strike")]
        assert on == [("the bus strike", "Thousands of commuters were left stranded")]


def test_an_event_subject_keeps_the_taggers_pair(linear_causal: Language) -> None:
    text = "The floods left hundreds of families homeless."
    reading = _reading(text, "The floods", "left hundreds of families homeless")
    on = _pairs(claims_at(linear_causal, text, 0.95, reading, tag_pair_no_doer_cause=True))
    assert on == [("The floods", "left hundreds of families homeless")]


def test_a_doer_pair_stays_without_a_clause_split(linear_causal: Language) -> None:
    text = "The guards refused to work extra hours."
    reading = _reading(text, "The guards", "refused to work extra hours")
    on = _pairs(claims_at(linear_causal, text, 0.45, reading, tag_pair_no_doer_cause=True))
    assert on == [("The guards", "refused to work extra hours")]


def test_the_cause_of_a_fronted_feeling(parse: Language, extractor: Extractor) -> None:
    def feel(text: str) -> list[tuple[str, str]]:
        return _pairs(fronted_feelings(extractor, only_sentence(parse, text)))

    assert feel("Anguished by the murder of their leader, hundreds of party workers staged a protest.") == [
        ("the murder of their leader", "Anguished")
    ]
    assert feel("Angry over the rise in fuel prices, truckers blocked the highway near the port.") == [
        ("the rise in fuel prices", "Angry")
    ]
    assert feel("Upset with the new timetable, bus drivers stayed away from work on Monday.") == [
        ("the new timetable", "Upset")
    ]
    # whom the feeling is aimed at is no cause; a feeling inside the sentence is the marker rule's; no feeling word
    assert feel("Angry at the police, the villagers blocked the road.") == []
    assert feel("The villagers, angry over the power cuts, blocked the road.") == []
    assert feel("Backed by the opposition, the farmers blocked the road.") == []


def test_the_feeling_pair_is_a_further_pair(linear_causal: Language) -> None:
    text = "Anguished by the murder of their leader, hundreds of party workers staged a protest on Saturday."
    on = _pairs(claims_at(linear_causal, text, 0.95, None, extra_fronted_feelings=True))
    off = _pairs(claims_at(linear_causal, text, 0.95, None, extra_fronted_feelings=False))
    assert ("the murder of their leader", "Anguished") in on
    assert ("the murder of their leader", "Anguished") not in off
    assert on[0] == off[0]
