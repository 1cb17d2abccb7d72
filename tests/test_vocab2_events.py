"""Invented sentences for docs/events.md rule 157 (issue 14, session 25, branch vocab2): leftover vocabulary.

Four constructions the earlier tables (``test_short14_events``) left as strict xfails:

- an order to leave addressed to a party's people ("ordered the Kenyan ambassador to leave the country") is an
  expulsion, coded as the expel verb with the same object would be: diplomats 161, individuals 174, others 166
  (rules 133d, 140), not a demand (100);
- an agreement revoked, rescinded, annulled or abrogated is an agreement cut back (the `reduce` wrapper: 160, as
  "scrapped a defence accord"), not the agreement signed (057 both ways);
- a sale or sale of arms ("approved the sale of F-16 fighter jets to Y", "sold Rafale jets to Y") is military
  cooperation (062, as the lexicon's "sell weapon"), the buyer the target;
- a decision to extend, prolong or renew sanctions ("agreed to extend sanctions against Y") is the sanctions in
  force kept (163, asserted), not sanctions to come (138).

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set. The expected
{(source, target, code)} and mode of each row were written before the coder ran (codes from
/work/shared/data/cameo-eventcodes.tsv and the lexicon's rules); the test compares the actors on their primary codes
and the whole code. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import table_cases
from .test_short2_sentences import ASSERTED, events_of

Expected = set[tuple[str, str, str]]

# (sentence, {(source, target, CAMEO code)} chosen beforehand, mode)
VOCAB2_SENTENCES: list[tuple[str, Expected, str]] = [
    # an order to leave is an expulsion, coded as "expel" with the same object
    ("Sudan ordered the Kenyan ambassador to leave the country on Monday.", {("SDN", "KEN", "161")}, ASSERTED),
    ("Russia ordered two Estonian diplomats to leave within a week.", {("RUS", "EST", "161")}, ASSERTED),
    ("Burkina Faso has ordered French diplomats to depart by Friday.", {("BFA", "FRA", "161")}, ASSERTED),
    ("Venezuela instructed the Peruvian envoy to leave the country.", {("VEN", "PER", "161")}, ASSERTED),
    ("Uganda ordered Indian traders to leave the country within 90 days.", {("UGA", "IND", "166")}, ASSERTED),
    ("The junta ordered French journalists to leave Niger.", {("NER", "FRA", "174")}, ASSERTED),
    ("Mali ordered French troops to leave the country.", {("MLI", "FRA", "166")}, ASSERTED),
    # an agreement revoked is an agreement cut back (160)
    (
        "Niger revoked its military cooperation agreement with the United States on Saturday.",
        {("NER", "USA", "160")},
        ASSERTED,
    ),
    ("Mali rescinded a defence pact with France.", {("MLI", "FRA", "160")}, ASSERTED),
    ("Russia annulled its fishing agreement with Norway.", {("RUS", "NOR", "160")}, ASSERTED),
    ("Ecuador abrogated its trade treaty with Colombia last week.", {("ECU", "COL", "160")}, ASSERTED),
    ("Mali tore up its defence agreements with France.", {("MLI", "FRA", "160")}, ASSERTED),
    # arms sold are military cooperation (062), the buyer the target
    ("The United States approved the sale of F-16 fighter jets to Turkey.", {("USA", "TUR", "062")}, ASSERTED),
    ("France sold Rafale jets to India in 2016.", {("FRA", "IND", "062")}, ASSERTED),
    ("Germany sold four submarines to Israel.", {("DEU", "ISR", "062")}, ASSERTED),
    ("Russia completed the sale of S-400 missiles to Turkey.", {("RUS", "TUR", "062")}, ASSERTED),
    # a decision to extend sanctions in force is the sanctions kept (163), asserted
    ("The European Union agreed to extend sanctions against Russia.", {("IGO", "RUS", "163")}, ASSERTED),
    ("Britain agreed on Monday to prolong its sanctions on Belarus.", {("GBR", "BLR", "163")}, ASSERTED),
    ("Washington agreed to renew sanctions on Venezuela for a year.", {("USA", "VEN", "163")}, ASSERTED),
    # controls: readings that must stay
    (
        "Niger signed a military cooperation agreement with Russia.",
        {("NER", "RUS", "057"), ("RUS", "NER", "057")},
        ASSERTED,
    ),
    ("Burkina Faso scrapped a defence accord with France.", {("BFA", "FRA", "160")}, ASSERTED),
    ("France sold wheat to Algeria.", {("FRA", "DZA", "061")}, ASSERTED),
    ("Russia expelled two Polish diplomats.", {("RUS", "POL", "161")}, ASSERTED),
    ("Iran ordered Iraq to halt its offensive.", {("IRN", "IRQ", "1056")}, ASSERTED),
    ("Britain threatened to extend sanctions against Iran.", {("GBR", "IRN", "1312")}, ASSERTED),
    # rule 155 (subcode1, merged beside this rule): codebook 0312 "Express intent to engage in military cooperation"
    # for a promised arms sale (062); written as 031 before the run
    ("The United States promised to sell F-16 jets to Turkey.", {("USA", "TUR", "0312")}, ASSERTED),
]

# sentences that must code none of the listed (source, target, code) triples
VOCAB2_NOT: list[tuple[str, Expected]] = [
    # the agreement revoked is not the agreement made
    (
        "Niger revoked its military cooperation agreement with the United States.",
        {("USA", "NER", "057"), ("NER", "USA", "057")},
    ),
    # an order to leave is no demand when read as an expulsion
    ("Sudan ordered the Kenyan ambassador to leave the country.", {("SDN", "KEN", "100")}),
    # sanctions extended are no sanctions threatened
    ("The European Union agreed to extend sanctions against Russia.", {("IGO", "RUS", "138"), ("IGO", "RUS", "1312")}),
]

# sentences with no event at all: an order to leave a place given to no foreign party
VOCAB2_NO_EVENT: list[str] = [
    "The judge ordered the defendant to leave the courtroom.",
    "The president ordered the army to leave the capital.",
]

# rows the change does not fix, each with why
XFAIL: dict[str, str] = {
    "The junta ordered French journalists to leave Niger.": "actors: a bare 'the junta' is resolved to no state (the "
    "place left is not read as its country), so the expulsion (174, coded for 'Niger ordered French journalists to "
    "leave the country') has no source",
}


@pytest.mark.parametrize(("text", "expected", "mode"), table_cases(VOCAB2_SENTENCES, XFAIL))
def test_vocab2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Expected, mode: str) -> None:
    found = events_of(rules_nlp, text)
    assert {(s, t, c, mode) for s, t, c in expected} <= found


@pytest.mark.parametrize(("text", "absent"), VOCAB2_NOT)
def test_vocab2_sentence_does_not_code(rules_nlp: Language, text: str, absent: Expected) -> None:
    found = {(s, t, c) for s, t, c, _ in events_of(rules_nlp, text)}
    assert not absent & found


@pytest.mark.parametrize("text", VOCAB2_NO_EVENT)
def test_vocab2_sentence_without_event(rules_nlp: Language, text: str) -> None:
    assert events_of(rules_nlp, text) == set()


def test_vocab2_threatened_sanctions_are_not_in_force(rules_nlp: Language) -> None:
    # a promise to impose new sanctions is still sanctions to come, not the 163 of an extension
    found = events_of(rules_nlp, "The European Union agreed to impose sanctions on Russia.")
    assert not any(c == "163" and m == ASSERTED for _, _, c, m in found)


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in VOCAB2_SENTENCES}
