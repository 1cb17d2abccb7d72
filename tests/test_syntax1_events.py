"""Syntax breadth: a handful of common, already-coded verbs in varied sentence structures (issue 14, session 37,
branch syntax1; docs/events.md rule 383).

The breadth tables so far vary the verb (every CAMEO sub-code); this one varies the syntax around a few ordinary
verbs the coder already codes: condemn / criticize (111), accuse (112, sub-coded by the wrong named, rule 165a), meet
(040 both ways, rule 5; stated intent 036), sign an agreement (057 both ways), attack (190, shelling 194, air strikes
195), appeal for aid (023x), praise (051), threaten (130). Each verb is placed in coordinated sources and targets,
"X, along with Y", "both X and Y", appositive titles, relative clauses, fronted adverbials and time phrases,
reported speech, passives with a "by" agent, possessive actors, infinitival complements, coordinated verbs,
nominal events, and negation or modals (the flags table). Conventions from docs/events.md: a speaker is never the
actor of the event it reports, and the reported act is coded alone (rule 16; rule 67e's "tried and left out");
a relative clause's event gives way to the sentence's asserted main event (rule 53c); a meeting and a signed
agreement are mutual (rule 5); a stated intent with will is 03x and asserted, a modal could/may or a governing
delay is hypothetical, a "not / never" negated (rule 6); conjoined subjects of an act aimed at a third party each
act on that party (newsprec6). Each sentence is our own construction, 2025 wire style, none copied from an evaluation
set or the news excerpts; the expected events were written before the coder ran on them. The real spaCy model,
``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). ``XFAIL`` keeps the rows
the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, flagged_events, table_cases

Events = set[tuple[str, str, str]]
Flagged = set[tuple[str, str, str, bool, bool]]


SYNTAX1_SENTENCES: list[tuple[str, Events]] = [
    # coordinated sources: each acts on the third party, not on each other
    ("Egypt and Jordan condemned Israel on Monday.", {("EGY", "ISR", "111"), ("JOR", "ISR", "111")}),
    (
        "Kenya and Uganda accused South Sudan of violating the border agreement.",
        {("KEN", "SSD", "112"), ("UGA", "SSD", "112")},
    ),
    ("Brazil and Argentina praised Chile's new president.", {("BRA", "CHL", "051"), ("ARG", "CHL", "051")}),
    ("The leaders of Kenya and Tanzania met on Thursday.", both("KEN", "TZA", "040")),
    # coordinated targets
    (
        "China condemned Japan and the Philippines over the naval drills.",
        {("CHN", "JPN", "111"), ("CHN", "PHL", "111")},
    ),
    ("Russia accused Poland and Lithuania of harbouring saboteurs.", {("RUS", "POL", "112"), ("RUS", "LTU", "112")}),
    ("Ghana appealed to France and Germany for economic aid.", {("GHA", "FRA", "0231"), ("GHA", "DEU", "0231")}),
    (
        "Sweden and Finland condemned Russia and Belarus.",
        {("SWE", "RUS", "111"), ("SWE", "BLR", "111"), ("FIN", "RUS", "111"), ("FIN", "BLR", "111")},
    ),
    # "X, along with Y, ...": Y is a co-actor
    (
        "Saudi Arabia, along with the United Arab Emirates, condemned Iran on Tuesday.",
        {("SAU", "IRN", "111"), ("ARE", "IRN", "111")},
    ),
    (
        "Peru, along with Colombia, accused Venezuela of interfering in the election.",
        {("PER", "VEN", "112"), ("COL", "VEN", "112")},
    ),
    ("Norway, together with Denmark, praised Iceland's coast guard.", {("NOR", "ISL", "051"), ("DNK", "ISL", "051")}),
    # "both X and Y"
    ("Both Serbia and Hungary praised Russia on Friday.", {("SRB", "RUS", "051"), ("HUN", "RUS", "051")}),
    ("Pakistan condemned both India and Afghanistan.", {("PAK", "IND", "111"), ("PAK", "AFG", "111")}),
    # appositive titles and lists: the title's country is the actor
    ("Iran's foreign minister, Reza Karimi, condemned Israel on Sunday.", {("IRN", "ISR", "111")}),
    ("The Nigerian president, Musa Bello, accused Niger of harbouring rebels.", {("NGA", "NER", "112")}),
    ("The foreign minister of Thailand, Somchai Wong, praised Cambodia.", {("THA", "KHM", "051")}),
    ("Two Gulf states, Qatar and Kuwait, praised Oman.", {("QAT", "OMN", "051"), ("KWT", "OMN", "051")}),
    # relative clauses: on a bystander, or the main event's own; a relative clause's event gives way (rule 53c)
    ("Qatar, which has hosted several rounds of talks, praised Egypt.", {("QAT", "EGY", "051")}),
    ("Ethiopia condemned Eritrea, which it accused of arming rebels.", {("ETH", "ERI", "111")}),
    ("Poland praised Lithuania, which signed a defence agreement with Latvia.", {("POL", "LTU", "051")}),
    ("It was Japan that condemned North Korea.", {("JPN", "PRK", "111")}),
    # fronted adverbials, time phrases, participial clauses
    ("On Monday, Vietnam condemned China.", {("VNM", "CHN", "111")}),
    ("Late on Tuesday, in a statement, Chile accused Bolivia of breaking the agreement.", {("CHL", "BOL", "112")}),
    ("After months of tension, Ecuador and Colombia signed a trade agreement.", both("ECU", "COL", "057")),
    ("For the first time since 2019, India's prime minister met Pakistan's prime minister.", both("IND", "PAK", "040")),
    ("Colombia, on Wednesday, accused Venezuela of sheltering guerrillas.", {("COL", "VEN", "112")}),
    ("Speaking in Geneva, Switzerland's foreign minister praised Austria.", {("CHE", "AUT", "051")}),
    # reported speech: the reported act alone, the speaker no actor of it (rule 16)
    ("Ukraine said Russian forces attacked Kharkiv overnight.", {("RUS", "UKR", "190")}),
    ("Lebanon's army said Israeli troops attacked a border village on Friday.", {("ISR", "LBN", "190")}),
    ("Bangladesh said that Myanmar had attacked its border guards.", {("MMR", "BGD", "190")}),
    ("Cuba said Mexico had praised Honduras.", {("MEX", "HND", "051")}),
    ('"We strongly condemn Azerbaijan," Armenia\'s foreign minister said.', {("ARM", "AZE", "111")}),
    # passives with a "by" agent
    ("Venezuela was condemned by Colombia on Thursday.", {("COL", "VEN", "111")}),
    ("Taiwan was praised by Japan for its response to the earthquake.", {("JPN", "TWN", "051")}),
    ("An agreement on water sharing was signed by Egypt and Sudan.", both("EGY", "SDN", "057")),
    ("Syrian army positions were attacked by Israel.", {("ISR", "SYR", "190")}),
    (
        "Iran was condemned by France, Germany and Britain.",
        {("FRA", "IRN", "111"), ("DEU", "IRN", "111"), ("GBR", "IRN", "111")},
    ),
    # possessive actors
    ("Thailand's army attacked Cambodian positions along the border.", {("THA", "KHM", "190")}),
    ("Ukraine's president praised Poland's government.", {("UKR", "POL", "051")}),
    ("China's defence ministry accused the United States of espionage.", {("CHN", "USA", "1125")}),
    # infinitival complements
    ("The European Union moved to sanction Belarus.", {("IGO", "BLR", "163")}),
    # revised after the first run: "agreed to meet Y" is mutual (rule 90e), written one way at first
    ("Japan agreed to meet South Korea next week.", both("JPN", "KOR", "036")),
    ("Nepal asked India to provide humanitarian aid.", {("NPL", "IND", "0233")}),
    # revised after the first run: a meeting announced with "will" is 036 both ways (rule 67a), written one way at first
    ("Nigeria will meet Cameroon next month.", both("NGA", "CMR", "036")),
    # coordinated verbs and verb phrases
    ("Iran criticized and threatened Israel.", {("IRN", "ISR", "111"), ("IRN", "ISR", "130")}),
    ("Algeria praised Mauritania and condemned Morocco.", {("DZA", "MRT", "051"), ("DZA", "MAR", "111")}),
    (
        "Cambodia met Thailand's envoy and signed a border agreement with Thailand.",
        both("KHM", "THA", "040") | both("KHM", "THA", "057"),
    ),
    ("Chad condemned Sudan and accused it of shelling border towns.", {("TCD", "SDN", "111"), ("TCD", "SDN", "1123")}),
    # nominal events
    ("Canada's condemnation of Iran came on Tuesday.", {("CAN", "IRN", "111")}),
    ("Nigeria issued a condemnation of Niger.", {("NGA", "NER", "111")}),
    ("The meeting between Kazakhstan and Uzbekistan took place in Tashkent.", both("KAZ", "UZB", "040")),
    ("Israel's air strikes on southern Lebanon killed five people.", {("ISR", "LBN", "195")}),
    ("Australia's praise for Fiji surprised observers.", {("AUS", "FJI", "051")}),
]

XFAIL: dict[str, str] = {
    "Two Gulf states, Qatar and Kuwait, praised Oman.": "the group noun the list restates is coded too (PGS beside "
    "QAT and KWT): a restating apposition that lists the members should stand for the group",
    "It was Japan that condemned North Korea.": "cleft sentence: the parser makes the relative 'that' the subject of a "
    "ccomp under 'was', and no rule reads it as the focused 'Japan'",
    "Lebanon's army said Israeli troops attacked a border village on Friday.": "the attacked place names no country; "
    "no rule reads an unnamed place in a party's own report as that party's",
    "The European Union moved to sanction Belarus.": "parse: 'to' tagged a preposition and 'sanction' a compound noun "
    "of 'Belarus'",
    "Chad condemned Sudan and accused it of shelling border towns.": "the object pronoun 'it' of the conjoined verb is "
    "not resolved to the first verb's object (Sudan)",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(SYNTAX1_SENTENCES, XFAIL))
def test_syntax1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# negation and modals: every event the coder outputs, as (source, target, code, negated, hypothetical)
SYNTAX1_FLAGGED: list[tuple[str, Flagged]] = [
    ("Argentina did not condemn Venezuela.", {("ARG", "VEN", "111", True, False)}),
    ("Senegal has never accused Gambia of interference.", {("SEN", "GMB", "112", True, False)}),
    (
        "Kazakhstan may sign an agreement with China.",
        {("KAZ", "CHN", "057", False, True), ("CHN", "KAZ", "057", False, True)},
    ),
    ("Mongolia could appeal to Japan for aid.", {("MNG", "JPN", "023", False, True)}),
    # moved here after the first run (written as an asserted 057): the helpers publish the text on 2024-05-01, so a
    # signing "in 2025" is dated after publication and hypothetical (rule 14, rule 58a)
    (
        "Ecuador and Peru signed a border agreement in 2025.",
        {("ECU", "PER", "057", False, True), ("PER", "ECU", "057", False, True)},
    ),
    (
        "The signing of a defence pact between Greece and Cyprus was delayed.",
        {("GRC", "CYP", "057", False, True), ("CYP", "GRC", "057", False, True)},
    ),
]

FLAGGED_XFAIL: dict[str, str] = {
    "The signing of a defence pact between Greece and Cyprus was delayed.": "the nominal 'signing' of a pact 'between' "
    "two parties codes no event at all (rule 15's standing reference needs a making verb, and 'signing' is a noun)",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(SYNTAX1_FLAGGED, FLAGGED_XFAIL))
def test_syntax1_flags_negation_and_modals(rules_nlp: Language, text: str, expected: Flagged) -> None:
    assert flagged_events(rules_nlp, text) == expected


SYNTAX1_CONTROLS: list[tuple[str, Events]] = [
    # the plain shapes keep their codes
    ("Qatar condemned Israel.", {("QAT", "ISR", "111")}),
    ("Chile praised Peru.", {("CHL", "PER", "051")}),
    ("Italy met Greece.", both("ITA", "GRC", "040")),
    ("Zambia signed an agreement with Malawi.", both("ZMB", "MWI", "057")),
    ("Yemen appealed to Oman for humanitarian aid.", {("YEM", "OMN", "0233")}),
    ("Egypt accused Sudan of violating the truce.", {("EGY", "SDN", "112")}),
    # no target, or no second party: no event
    ("Spain condemned the attack.", set()),
    ("Sweden said it condemned the violence.", set()),
    ("The condemnation was read out in Paris.", set()),
    # a speaker who reports another's meeting is no party to it
    ("Greece said Turkey had met Libya.", both("TUR", "LBY", "040")),
]


@pytest.mark.parametrize(("text", "expected"), SYNTAX1_CONTROLS)
def test_syntax1_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
