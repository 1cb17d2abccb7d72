"""Round 42 of issue 13 (docs/causal.md): a doer's act told about a noun gives way.

``relative_doer_causes`` (classifier.json: true; ``Extractor._verb`` flags, ``CausalExtractor._claims_at`` decides): a
causal verb inside a relative clause whose subject names who acts ("the farmers who blocked the highway", "the
ministry that forced X") or a noun's passive participle whose agent does ("the hurdles created by the state
government") makes a claim flagged ``doer_act``; such a claim gives way to any other claim of its sentence (a marker,
the tagger's pair, a clause split) and stands only where the sentence has none. A relative clause or participle
about an event or a thing ("the floods that caused heavy losses", "the shortage caused by the drought") is no doer's
act.

Sentences are made up for the test.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from detente.nlp.causal_rules import Extractor
from detente.nlp.causal_scorer import Classifier
from tests.causal_sentences import extractor_with
from tests.conftest import claims_at, only_sentence, parsed_sentence

WHO = "The farmers who blocked the highway near the market were angry because the crop prices fell."
AGENT = "The residents complained about the hurdles created by the state government."


def _pairs(claims: list[dict]) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in claims]


def _flagged(extractor: Extractor, parse: Language, text: str) -> tuple[list, list]:
    """The extractor's claims of the one sentence, switch off and on: (pair, flagged) for each."""
    sent = only_sentence(parse, text)
    assert extractor.settings.relative_doer_causes is False
    off = [((c["cause"], c["effect"]), bool(c.get("doer_act"))) for c in extractor.extract(sent)]
    on_ex = extractor_with(relative_doer_causes=True)
    on = [((c["cause"], c["effect"]), bool(c.get("doer_act"))) for c in on_ex.extract(sent)]
    return off, on


def test_shipped_setting() -> None:
    assert Classifier.load().settings.relative_doer_causes is True


def test_a_who_clause_is_flagged(parse: Language, extractor: Extractor) -> None:
    off, on = _flagged(extractor, parse, WHO)
    assert [pair for pair, _ in off] == [pair for pair, _ in on]
    assert not any(flag for _, flag in off)
    assert [flag for pair, flag in on if pair == ("The farmers", "the highway")] == [True]
    assert [flag for pair, flag in on if pair[0] == "the crop prices fell"] == [False]


def test_a_doer_agent_of_a_participle_is_flagged(parse: Language, extractor: Extractor) -> None:
    _, on = _flagged(extractor, parse, AGENT)
    assert on == [(("the state government", "the hurdles"), True)]


def test_an_event_agent_of_a_participle_is_no_doer(parse: Language, extractor: Extractor) -> None:
    text = "The farmers complained about the water shortage caused by the long drought."
    _, on = _flagged(extractor, parse, text)
    assert on == [(("the long drought", "the water shortage"), False)]


def test_an_event_relative_clause_is_no_doer(parse: Language, extractor: Extractor) -> None:
    text = "Farmers said the floods that caused heavy losses had not been forecast."
    _, on = _flagged(extractor, parse, text)
    assert on == [(("the floods", "heavy losses"), False)]


def test_a_doers_act_gives_way_to_another_claim(linear_causal: Language) -> None:
    off = _pairs(claims_at(linear_causal, WHO, 0.95, None, relative_doer_causes=False))
    on = _pairs(claims_at(linear_causal, WHO, 0.95, None, relative_doer_causes=True))
    # (the component's span trims keep "near the market" on the effect)
    assert ("The farmers", "the highway near the market") in off
    assert ("The farmers", "the highway near the market") not in on
    assert [c for c, _ in on] == ["the crop prices fell"]


def test_a_doers_act_alone_stands(linear_causal: Language) -> None:
    # a sentence the scorer doubts has no tagger pair or clause split: the flagged claim is its only reading
    on = _pairs(claims_at(linear_causal, AGENT, 0.2, None, relative_doer_causes=True))
    assert on == [("the state government", "the hurdles")]


def test_the_tagger_reads_a_sentence_whose_only_claim_is_a_doers_act(linear_causal: Language) -> None:
    # the component runs the tagger only where its pair could be used: a doer's act does not hold it off
    comp: Any = linear_causal.get_pipe("causal_extractor")
    sent = parsed_sentence(linear_causal, AGENT)
    markers = comp.extractor.extract(sent)
    saved = comp.settings.relative_doer_causes
    try:
        assert saved is True  # (the markers above were flagged)
        comp.settings.relative_doer_causes = False
        assert comp._tagger_applies(sent, 0.95, markers) is False
        comp.settings.relative_doer_causes = True
        assert comp._tagger_applies(sent, 0.95, markers) is True
    finally:
        comp.settings.relative_doer_causes = saved


def test_a_sentential_which_after_a_doer_is_no_doers_act(parse: Language, extractor: Extractor) -> None:
    # ", which lowered X" after "sold their cattle to the traders" stands for the clause (round 29), not the traders
    text = "After the drought, the farmers sold their cattle to the traders, which lowered the prices in the market."
    _, on = _flagged(extractor, parse, text)
    lowered = [(pair, flag) for pair, flag in on if pair[1].startswith("the prices")]
    assert lowered and lowered[0][0][0].startswith("the farmers sold")
    assert lowered[0][1] is False
