"""Grammatical breadth: one short constructed sentence per phenomenon and CAMEO root (issue 14, session 41, branch
grammar1; docs/events.md rule 441).

A peer coder's suite of short constructed sentences, each testing one grammatical phenomenon, scored our coder far
below our own tables, whose rows are mostly long wire sentences. This table crosses ten phenomena with four CAMEO
roots each (roots varied over 01-20), every sentence our own 2025-style construction of 8-15 words with real country
and leader names, none copied from an evaluation set, the seeds or the news excerpts. The expected events were written
from the codebook (`/work/shared/data/cameo-eventcodes.tsv`) and the conventions of docs/events.md before the coder ran:

- passive with a "by" agent: the agent is the source, the passive subject the target (rule 3);
- passive with no agent: no source, no event (rules 31, 37, 54a, 55 name the few shapes that have one: custody in a
  place, a measure eased or an act cut whose owner the subject names);
- compound subject / compound object: one event per conjunct (rule 3);
- two coordinated verbs sharing one object: each verb its own event on that object;
- a title + name, a relative clause or a possessive on the subject: the subject's actor is the source;
- an infinitival complement: the wrapper takes the wrapped act and refines by its root (rule 4);
- negation and modality: a negated act or one under may / might is not asserted; "will not" + cooperation is a
  rejection (12), "will" + sanctions or force a threat (13), both asserted (rule 6).

Rows are compared on the scorer's grain: actors on their primary code and the CAMEO root (the code written is the
full codebook code). ``RETAINED_OBJECT_SENTENCES`` are rule 441a's rows: a passive ditransitive verb ("was promised
aid by X") whose "by" agent the parser hung on the retained object is the verb's agent. ``XFAIL`` keeps the rows the
branch does not fix, each with why; ``GRAMMAR1_CONTROLS`` are the nearest shapes where the repair must not fire.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, roots, table_cases

Events = set[tuple[str, str, str]]


GRAMMAR1_SENTENCES: list[tuple[str, Events]] = [
    # passive with a "by" agent
    ("Ukrainian ports were shelled by Russian forces on Tuesday night.", {("RUS", "UKR", "194")}),
    ("Venezuela was sharply criticised by Colombia over the border closure.", {("COL", "VEN", "111")}),
    ("Two Estonian diplomats were expelled by Russia on Friday.", {("RUS", "EST", "174")}),
    ("Pakistan was praised by the United States for its counter-terrorism cooperation.", {("USA", "PAK", "051")}),
    # passive with no agent: no source, except the shapes the project reads (custody in a place, an owned measure)
    ("Three Indian fishermen were arrested in Sri Lanka on Sunday.", {("LKA", "IND", "173")}),
    ("EU sanctions on Belarus were eased in March.", {("IGO", "BLR", "085")}),
    ("Ukrainian cities were shelled overnight.", set()),
    ("US military aid to Egypt was suspended on Monday.", {("USA", "EGY", "162")}),
    # compound subject
    ("France and Germany condemned Iran's missile tests on Thursday.", {("FRA", "IRN", "111"), ("DEU", "IRN", "111")}),
    ("Egypt and Jordan called on Israel to halt its offensive.", {("EGY", "ISR", "020"), ("JOR", "ISR", "020")}),
    ("Japan and South Korea imposed new sanctions on North Korea.", {("JPN", "PRK", "163"), ("KOR", "PRK", "163")}),
    (
        "Saudi Arabia and the United Arab Emirates pledged humanitarian aid to Sudan.",
        {("SAU", "SDN", "033"), ("ARE", "SDN", "033")},
    ),
    # compound object
    (
        "Japan criticised China and North Korea over their missile launches.",
        {("JPN", "CHN", "111"), ("JPN", "PRK", "111")},
    ),
    ("Germany sent humanitarian aid to Syria and Lebanon last week.", {("DEU", "SYR", "073"), ("DEU", "LBN", "073")}),
    ("Israeli jets bombed Syria and Lebanon on Saturday.", {("ISR", "SYR", "195"), ("ISR", "LBN", "195")}),
    (
        "Turkey threatened Greece and Cyprus with sanctions over the drilling dispute.",
        {("TUR", "GRC", "132"), ("TUR", "CYP", "132")},
    ),
    # two coordinated verbs, one object
    ("Egypt hosted and praised the Sudanese delegation in Cairo.", {("EGY", "SDN", "043"), ("EGY", "SDN", "051")}),
    ("Pakistan condemned and rejected India's accusations on Monday.", {("PAK", "IND", "111"), ("PAK", "IND", "120")}),
    ("Kenya arrested and deported two Somali nationals this week.", {("KEN", "SOM", "173"), ("KEN", "SOM", "174")}),
    (
        "Brazil investigated and charged three Paraguayan officials over the smuggling.",
        {("BRA", "PRY", "091"), ("BRA", "PRY", "173")},
    ),
    # a title + name subject
    ("Foreign Minister Wang Yi met his Russian counterpart in Beijing on Tuesday.", both("CHN", "RUS", "040")),
    ("Prime Minister Narendra Modi praised Japan for its support of Indian railways.", {("IND", "JPN", "051")}),
    ("Defence Minister Boris Pistorius announced new military aid for Ukraine on Monday.", {("DEU", "UKR", "072")}),
    ("Supreme Leader Ali Khamenei threatened Israel with a crushing response.", {("IRN", "ISR", "130")}),
    # a relative clause on the subject
    (
        "The Indian trade minister, who arrived in Dhaka on Monday, signed a trade agreement with Bangladesh.",
        both("IND", "BGD", "057"),
    ),
    (
        "The Turkish foreign minister, who landed in Damascus on Sunday, met Syrian President Ahmed al-Sharaa.",
        both("TUR", "SYR", "040"),
    ),
    (
        "Russian troops, who advanced near Pokrovsk last week, shelled Ukrainian positions on Monday.",
        {("RUS", "UKR", "194")},
    ),
    (
        "The Chinese coast guard, which patrols the disputed shoal, detained six Philippine fishermen.",
        {("CHN", "PHL", "173")},
    ),
    # a possessive on the subject
    ("Turkey's president sharply criticised Sweden during a news conference in Ankara.", {("TUR", "SWE", "111")}),
    (
        "Britain's foreign secretary visited Beijing on Wednesday for the first time since 2018.",
        {("GBR", "CHN", "042")},
    ),
    ("Iran's navy seized a British-flagged tanker in the Strait of Hormuz.", {("IRN", "GBR", "171")}),
    ("Mexico's government asked the United States for help after the floods.", {("MEX", "USA", "023")}),
    # an infinitival complement
    ("Kenya agreed to send 400 police officers to Haiti.", {("KEN", "HTI", "033")}),
    ("Russia refused to return the abducted Ukrainian children.", {("RUS", "UKR", "124")}),
    ("China threatened to impose tariffs on Canadian canola.", {("CHN", "CAN", "132")}),
    ("Colombia urged Venezuela to release all political prisoners.", {("COL", "VEN", "025")}),
    # negation and modality
    ("Brazil did not recognise the election result in Venezuela.", set()),
    ("Chile may expel Venezuelan diplomats next week.", set()),
    ("Germany will not send Taurus missiles to Ukraine.", {("DEU", "UKR", "120")}),
    ("China will impose sanctions on Lithuanian officials next month.", {("CHN", "LTU", "132")}),
]

PHENOMENA: list[str] = [
    "passive by-agent",
    "passive no agent",
    "compound subject",
    "compound object",
    "coordinated verbs",
    "title + name",
    "relative clause",
    "possessive",
    "infinitival",
    "negation / modality",
]

# rule 441a (this branch): a passive ditransitive verb whose "by" agent the parser hung on the retained object; rows
# probed on START after the grid above had passed 37 of 40 (the START run failed all but the pledge row)
RETAINED_OBJECT_SENTENCES: list[tuple[str, Events]] = [
    ("Syria was promised reconstruction aid by Saudi Arabia on Tuesday.", {("SAU", "SYR", "033")}),
    ("Ukraine was offered security guarantees by France and Britain.", {("FRA", "UKR", "030"), ("GBR", "UKR", "030")}),
    ("Hamas was given a deadline by Israel to release the hostages.", {("ISR", "PSE", "139")}),
    ("Sudan was denied a loan by the World Bank in May.", {("IGO", "SDN", "122")}),
    ("Cuba was refused entry to the summit by Mexico.", {("MEX", "CUB", "120")}),
    # written with the rule, before it ran on them
    ("Armenia was offered mediation by Kazakhstan on Thursday.", {("KAZ", "ARM", "039")}),
    ("Taiwan was promised new fighter jets by the United States.", {("USA", "TWN", "033")}),
    ("Lebanon was given emergency loans by Qatar last month.", {("QAT", "LBN", "071")}),
    ("Ukraine was pledged two billion euros in aid by Germany.", {("DEU", "UKR", "033")}),
]

XFAIL: dict[str, str] = {
    "Two Estonian diplomats were expelled by Russia on Friday.": (
        "diplomats expelled are 161 by rule 133d (the CAMEO manual's 166 note); the row's 174 was written against it"
    ),
    "Pakistan condemned and rejected India's accusations on Monday.": (
        "a rejected accusation is a denial, 016, by rule 63a; the row's 120 was written against it"
    ),
    "Brazil investigated and charged three Paraguayan officials over the smuggling.": (
        "a government's charge stays an accusation (112) by rule 165b, only a court's or police charge is 173"
    ),
    "Cuba was refused entry to the summit by Mexico.": (
        "the object's own 'to' phrase comes before the 'by', which rule 441a leaves where the parser hung it"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(GRAMMAR1_SENTENCES, XFAIL))
def test_grammar1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert roots(asserted(rules_nlp, text)) == roots(expected)


def test_grammar1_table_is_ten_phenomena_by_four() -> None:
    assert len(GRAMMAR1_SENTENCES) == 4 * len(PHENOMENA)


@pytest.mark.parametrize(("text", "expected"), table_cases(RETAINED_OBJECT_SENTENCES, XFAIL))
def test_grammar1_retained_object_passive_takes_its_agent(rules_nlp: Language, text: str, expected: Events) -> None:
    assert roots(asserted(rules_nlp, text)) == roots(expected)


# where rule 441a must not fire: a "by" of time on the retained object, an active verb whose object has a "by"
# phrase, a "by" inside the object's own participle
GRAMMAR1_CONTROLS: list[tuple[str, Events]] = [
    ("Ukraine was promised new air defence systems by the end of the year.", set()),
    ("Poland was promised two more Patriot batteries by 2026.", set()),
    ("Egypt rejected the ceasefire proposal by Israel on Monday.", {("EGY", "ISR", "120")}),
    ("Kenya was sent a report prepared by Somalia on the border attacks.", set()),
    # the agent the parser already finds stays
    ("North Korea was sanctioned by Japan on Friday.", {("JPN", "PRK", "163")}),
    ("Afghanistan was sent emergency food aid by Pakistan.", {("PAK", "AFG", "073")}),
]


@pytest.mark.parametrize(("text", "expected"), GRAMMAR1_CONTROLS)
def test_grammar1_control_keeps_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert roots(asserted(rules_nlp, text)) == roots(expected)
