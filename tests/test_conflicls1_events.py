"""Two causes of ConfliBERT train class disagreements where a background act was coded for want of the main one
(issue 14, session 39, branch conflicls1; docs/events.md rule 421): the that-clause of a noun of hoping (421a) and a
state of siege declared (421b).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). "X expressed his
wish that Y would help Z", "X voiced hope that Y would release Z" tell X's wish for Y's act, as "X hopes Y will do Z"
does (rule 114c): Y said and did nothing, so the clause's act is not coded as Y's intent (033 before) or Y's act; the
CAMEO event is X's statement. The hope noun's own optimistic comment (013, rule 108/380: toward the party the hope is
about) stays; a wish noun triggers nothing of its own. Controls: a hope with a "for" topic, a concern clause, and
plain acts keep their codes.

A state of siege declared (421b) is a state of emergency, CAMEO 1724 "Impose state of emergency or martial law", from
the state to its own people as rule 289 codes a declared state of emergency; before, "siege" read only as a siege laid
(191) with no party, so no event, and an act in a "following" phrase stood in for the main one. Controls: a siege laid
or imposed keeps 191, a state of emergency keeps 1724. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


CONFLICLS1_SENTENCES: list[tuple[str, Events]] = [
    # a wish noun's that-clause: another party's act wished for, no event
    ("Erdogan voiced his wish that Egypt would restore ties with Syria.", set()),
    ("The Kenyan president expressed his wish that Uganda would send troops to Somalia.", set()),
    ("Lula repeated his wish that China would mediate between Russia and Ukraine.", set()),
    ("Germany's chancellor stated her wish that Poland would join the talks with Belarus.", set()),
    (
        "Indonesia's foreign minister expressed the wish that Malaysia would sign the maritime accord with Vietnam.",
        set(),
    ),
    ("The Chilean government expressed its wish that Argentina would extradite the suspect to Peru.", set()),
    ("Turkey reiterated its wish that Sweden would expel PKK members.", set()),
    ("South Africa voiced its wish that Zimbabwe would release jailed opposition activists.", set()),
    # a hope noun's that-clause: the hope (013) toward the party it is about, not that party's act
    ("Qatar voiced hope that Iran would release the detained sailors.", {("QAT", "IRN", "013")}),
    ("Norway expressed hope that Ethiopia would allow aid convoys into Tigray.", {("NOR", "ETH", "013")}),
    ("Brazil voiced the hope that Venezuela would hold talks with Guyana.", {("BRA", "VEN", "013")}),
    ("Egypt expressed its hope that Israel would lift the blockade of Gaza.", {("EGY", "ISR", "013")}),
    ("Ghana expressed hope that Burkina Faso would reopen its border with Togo.", {("GHA", "BFA", "013")}),
    ("Tokyo expressed hope that Beijing would resume seafood imports from Japan.", {("JPN", "CHN", "013")}),
    # 421b: a state of siege declared is a state of emergency on the state's own people (1724)
    ("Peru's president declared a 60-day state of siege in the southern region of Puno.", {("PER", "PER", "1724")}),
    ("Ecuador's government declared a state of siege after a wave of prison riots.", {("ECU", "ECU", "1724")}),
    ("Argentina declared a state of siege following days of looting in Buenos Aires.", {("ARG", "ARG", "1724")}),
    ("The Bolivian government has declared a state of siege in Santa Cruz.", {("BOL", "BOL", "1724")}),
    ("Guatemala's president declared a 30-day state of siege in Izabal on Sunday.", {("GTM", "GTM", "1724")}),
    (
        "Honduras declared a state of siege following Nicaragua's announcement that it had closed the border.",
        {("HND", "HND", "1724")},
    ),
]

XFAIL: dict[str, str] = {
    "Egypt expressed its hope that Israel would lift the blockade of Gaza.": "the hope's 013 goes to Gaza (PSE), the "
    "blockade's place, not to Israel, whose act is hoped for (the clause's 0872 is hypothetical now)",
    "Tokyo expressed hope that Beijing would resume seafood imports from Japan.": "no 013 from the hope noun with "
    "this clause (the imports' 061 is hypothetical now; before: China's 0311)",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(CONFLICLS1_SENTENCES, XFAIL))
def test_conflicls1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


CONFLICLS1_CONTROLS: list[tuple[str, Events]] = [
    # a hope with a topic phrase keeps rule 380's 013
    ("Qatar expressed hope for better ties with Iran.", {("QAT", "IRN", "013")}),
    # a concern clause keeps rule 31's 111 toward the party feared
    ("Brazil expressed concern that Venezuela would attack Guyana.", {("BRA", "VEN", "111")}),
    # plain acts keep their codes
    ("Turkey expelled two Swedish diplomats.", {("TUR", "SWE", "161")}),
    ("Germany imposed sanctions on Belarus.", {("DEU", "BLR", "163")}),
    ("China mediated between Russia and Ukraine.", {("CHN", "RUS", "045"), ("CHN", "UKR", "045")}),
    # 421b: a siege laid or imposed stays 191; a state of emergency keeps 1724
    ("Russian forces laid siege to Mariupol.", {("RUS", "UKR", "191")}),
    ("Israel imposed a siege on Gaza.", {("ISR", "PSE", "191")}),
    ("Bolivia's president declared a state of emergency in La Paz.", {("BOL", "BOL", "1724")}),
]


@pytest.mark.parametrize(("text", "expected"), CONFLICLS1_CONTROLS)
def test_conflicls1_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
