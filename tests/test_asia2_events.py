"""Asia, Russia and the United States in 2025 wire style (issue 14, session 32, branch asia2; docs/events.md rule 279).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Expected codes
were written from the CAMEO codebook and the pinned rows of tests/test_asia1_events.py, test_tariffs1_events.py and
test_energy1/2_events.py before the coder ran: more oil bought is trade expanded (061, rule 163a, toward the seller);
a tariff or sanction imposed 163, threatened 1312; a meeting 040 both ways, a visit 042, a host 043; a signed
statement 057 both ways; praise 051; troops sent to a state 150 (as "Russia sent troops to Belarus" is pinned in
test_alliance1_events.py); shells and missiles supplied 072; humanitarian aid sent 073, aid pledged 0331; an
agreement to expand trade 0311 both ways. Rule 279: a buyer's trade noun whose actor adjective stands before the
goods ("its Russian oil purchases") names the seller there, not the buyer (279a); the "over" phrase of a sanction
names the grievance, not an act of the sanctioner (279b). Controls: volumes with no actor's act, hedged or negated
acts code nothing; a denial is 016 (pinned in test_modal1_events.py). ``XFAIL`` keeps the rows still failing.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


ASIA2_SENTENCES: list[tuple[str, Events]] = [
    # India and China buying more Russian oil: trade expanded, toward the seller (rule 163a)
    ("India increased purchases of Russian crude in June.", {("IND", "RUS", "061")}),
    ("China ramped up imports of Russian oil in March.", {("CHN", "RUS", "061")}),
    ("Indian refiners expanded their purchases of Russian oil after the price cap.", {("IND", "RUS", "061")}),
    ("China stepped up Russian crude imports.", {("CHN", "RUS", "061")}),
    # US tariffs and penalties on the buyers
    ("Trump imposed a 25% penalty tariff on India over its Russian oil purchases.", {("USA", "IND", "163")}),
    ("Trump threatened India with higher tariffs over its Russian oil purchases.", {("USA", "IND", "1312")}),
    ("The US Treasury sanctioned two Chinese refineries for buying Iranian oil.", {("USA", "CHN", "163")}),
    ("India criticised the US penalty tariff as unjustified.", {("IND", "USA", "111")}),
    # Xi-Putin and Modi-Putin meetings and statements
    ("Xi Jinping met Vladimir Putin in Moscow on Thursday.", both("CHN", "RUS", "040")),
    ("Modi visited Moscow for talks with Putin.", {("IND", "RUS", "042")}),
    ("Putin hosted Modi at his residence outside Moscow.", {("RUS", "IND", "043")}),
    ("Xi and Putin signed a joint statement on a multipolar world.", both("CHN", "RUS", "057")),
    ("Putin praised Xi as a dear friend.", {("RUS", "CHN", "051")}),
    ("Xi and Putin pledged to deepen their strategic partnership.", both("CHN", "RUS", "030")),
    ("Modi and Putin agreed to expand trade in national currencies.", both("IND", "RUS", "0311")),
    # North Korean troops, shells and missiles for Russia
    ("North Korea sent 10,000 troops to Russia.", {("PRK", "RUS", "150")}),
    ("North Korea supplied millions of artillery shells to Russia.", {("PRK", "RUS", "072")}),
    ("Pyongyang shipped artillery shells and ballistic missiles to Moscow.", {("PRK", "RUS", "072")}),
    # Japan and South Korea: sanctions and aid
    ("Japan imposed new sanctions on Russia over the war in Ukraine.", {("JPN", "RUS", "163")}),
    ("Japan imposed sanctions on Russia over the invasion of Ukraine.", {("JPN", "RUS", "163")}),
    (
        "South Korea imposed sanctions on North Korean officials over arms deals with Russia.",
        {("KOR", "PRK", "163")},
    ),
    ("Japan froze the assets of Russian banks.", {("JPN", "RUS", "163")}),
    ("South Korea sent humanitarian aid to Ukraine.", {("KOR", "UKR", "073")}),
    ("Japan pledged $3 billion in aid to Ukraine.", {("JPN", "UKR", "0331")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(ASIA2_SENTENCES, XFAIL))
def test_asia2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: volumes with no actor's act, hedged and negated acts, a denial, a buyer named by its adjective -----

ASIA2_CONTROLS: list[tuple[str, Events]] = [
    ("India's purchases of Russian oil rose in June.", set()),
    ("India's Russian oil purchases rose in June.", set()),
    ("India may increase purchases of Russian crude.", set()),
    ("India did not increase purchases of Russian oil.", set()),
    ("Trump could impose a penalty tariff on India.", set()),
    ("North Korea has denied sending shells to Russia.", {("PRK", "RUS", "016")}),
    # rule 109a keeps an act the reason phrase's possessor owns
    (
        "Britain imposed sanctions on Syria over Syria's attacks on Turkey.",
        {("GBR", "SYR", "163"), ("SYR", "TUR", "190")},
    ),
]

CONTROL_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(ASIA2_CONTROLS, CONTROL_XFAIL))
def test_asia2_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
