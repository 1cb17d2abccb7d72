"""Issue 13, round 10: a cause or effect that runs through a colon keeps what follows it.

A dateline or heading glued to a news sentence ("MUMBAI ( Reuters ): banks remained shut") is not part of
the effect; the scorer's token Jaccard counts every such word against the span. On the real spaCy model
with the shipped classifier.json.
"""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.causal_extractor import CAUSAL_DIR, Classifier
from detente.nlp.causal_parse import after_fronted, after_heading


def pairs(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(c["cause"], c["effect"]) for c in nlp(text)._.causal]


def test_shipped_settings_switch_the_colon_trim_on() -> None:
    assert Classifier.load(CAUSAL_DIR).settings.trim_headings
    assert not Classifier({"bias": 0.0}).settings.trim_headings, "a classifier.json without the key keeps round 9"


def test_a_dateline_with_its_source_is_cut_off_the_effect(causal_nlp: Language) -> None:
    text = "MUMBAI ( Reuters ): State-run banks remained shut on Friday because of a strike by their employees ."
    assert pairs(causal_nlp, text) == [("a strike by their employees", "State-run banks remained shut on Friday")]


def test_a_heading_before_a_colon_is_cut_off_the_effect(causal_nlp: Language) -> None:
    text = "Harried lot : IT employees protested outside the office because the company cut their wages ."
    assert pairs(causal_nlp, text) == [("the company cut their wages", "IT employees protested outside the office")]


def test_the_trim_can_be_switched_off(causal_nlp: Language) -> None:
    comp = causal_nlp.get_pipe("causal_extractor")
    comp.extractor.settings.trim_headings = False
    try:
        text = "Harried lot : IT employees protested outside the office because the company cut their wages ."
        assert pairs(causal_nlp, text) == [
            ("the company cut their wages", "Harried lot : IT employees protested outside the office")
        ]
    finally:
        comp.extractor.settings.trim_headings = True


def test_a_span_keeps_its_colon_when_under_two_words_would_remain(causal_nlp: Language) -> None:
    doc = causal_nlp.make_doc("Talks : collapse")
    assert [t.text for t in after_heading(list(doc))] == ["Talks", ":", "collapse"]
    doc = causal_nlp.make_doc("the rise in prices")
    assert [t.text for t in after_heading(list(doc))] == ["the", "rise", "in", "prices"]


def test_a_fronted_time_phrase_is_cut_off_the_effect(causal_nlp: Language) -> None:
    text = "Because of the fuel price hike , in the evening , truckers blocked the highway ."
    assert ("the fuel price hike", "truckers blocked the highway") in pairs(causal_nlp, text)
    comp = causal_nlp.get_pipe("causal_extractor")
    # both trims off: round 10's word list and round 43's parse reading each cut the phrase
    comp.extractor.settings.trim_fronted = False
    comp.extractor.settings.trim_fronted_parse = False
    try:
        assert ("the fuel price hike", "in the evening , truckers blocked the highway") in pairs(causal_nlp, text)
        comp.extractor.settings.trim_fronted_parse = True
        assert ("the fuel price hike", "truckers blocked the highway") in pairs(causal_nlp, text)
    finally:
        comp.extractor.settings.trim_fronted = True
        comp.extractor.settings.trim_fronted_parse = True


def test_the_fronted_trim_needs_an_opener_a_comma_and_three_words_after(causal_nlp: Language) -> None:
    def kept(text: str) -> list[str]:
        return [t.text for t in after_fronted(list(causal_nlp.make_doc(text)))]

    assert kept("In 2009 , riots broke out") == ["riots", "broke", "out"]
    assert kept("As prices rose , trade fell sharply") == ["trade", "fell", "sharply"]
    # the comma inside a date is not the end of the adverbial (read on the news excerpts)
    assert kept("as on October 22, 2025, the Treasury announced sanctions") == [
        "the",
        "Treasury",
        "announced",
        "sanctions",
    ]
    for whole in ("Riots , arson and looting broke out", "In 2009 , riots", "In 2009 riots broke out"):
        assert kept(whole) == whole.split()


def test_a_phrase_that_modifies_a_word_before_the_effect_is_not_fronted(causal_nlp: Language) -> None:
    doc = causal_nlp("They saw the war as a means of inflicting a defeat on Russia, not in terms of politics.")
    effect = [t for t in doc if t.i >= next(t.i for t in doc if t.text == "on")][:-1]
    assert effect[0].head.text == "defeat", "the parse this case is about"
    assert after_fronted(effect) == effect


def test_shipped_settings_switch_the_fronted_trim_on() -> None:
    assert Classifier.load(CAUSAL_DIR).settings.trim_fronted
    assert not Classifier({"bias": 0.0}).settings.trim_fronted
