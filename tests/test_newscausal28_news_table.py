"""Issue 13, session 28, newscausal28 (docs/causal.md round 69): a second table of made-up sentences in the style of
2025 analysis of international relations (drone strikes and fuel prices, a shutdown and visa backlogs, tariffs and
building costs, heat and power cuts, a coalition's collapse and a snap election; "because of", "in response to", "as a
result of", "due to", "led to", "triggered", "forced", "citing", "following", "since", "amid fears", purpose "to", a
result participle, passives "caused by" / "made possible by" / "blamed on"), each with the cause -> effect pairs a
careful reader would mark, written before the stage was run, and controls that must give no claim (temporal "before" /
"after" / "as", a meeting, a contrast "while", an open "whether" question, a record, a scene "amid", a plain outcome).
None is copied from an evaluation set. A row passes when every expected pair is matched by one claim and no claim is
left over, a match being the scorer's (``../shared/eval/score.py``: token Jaccard >= 0.5 on both the cause and the
effect). Rows the shipped stage does not get are strict xfails with the general reason. Table before round 69: 32 of
the 40 rows written first; three rows were added with the round's rule (``threat_infinitive_acts``: "The militia
threatened to shell X" is a threat of the subject's own act, no claim; "threatens to derail X" keeps its claim): on all
43 rows 33 before, 35 after.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .causal_sentences import (
    extractor_with,
    news_table_tests,
    pairs,
)

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The drone strikes on Russian refineries pushed up diesel prices across Eastern Europe.",
        [("The drone strikes on Russian refineries", "diesel prices across Eastern Europe")],
    ),
    (
        "Because of the government shutdown, the visa backlog at US consulates grew to a record.",
        [("the government shutdown", "the visa backlog at US consulates grew to a record")],
    ),
    (
        "The port strike in Antwerp delayed shipments of medical supplies to Ukraine.",
        [("The port strike in Antwerp", "shipments of medical supplies to Ukraine")],
    ),
    (
        "Pakistan closed its airspace to Indian airlines in response to the suspension of the Indus Waters Treaty.",
        [("the suspension of the Indus Waters Treaty", "Pakistan closed its airspace to Indian airlines")],
    ),
    (
        "The Houthi attacks on shipping forced insurers to raise premiums for vessels crossing the Red Sea.",
        [("The Houthi attacks on shipping", "insurers to raise premiums for vessels crossing the Red Sea")],
    ),
    (
        "Record heat across South Asia led to power cuts in several Indian states.",
        [("Record heat across South Asia", "power cuts in several Indian states")],
    ),
    (
        "The opposition boycotted the vote, citing fears of fraud.",
        [("fears of fraud", "The opposition boycotted the vote")],
    ),
    (
        "Cocoa prices soared as a result of poor harvests in Ghana and Ivory Coast.",
        [("poor harvests in Ghana and Ivory Coast", "Cocoa prices soared")],
    ),
    (
        "The collapse of the coalition triggered a snap election in Germany.",
        [("The collapse of the coalition", "a snap election in Germany")],
    ),
    (
        "Flights across northern Europe were cancelled due to the volcanic ash cloud.",
        [("the volcanic ash cloud", "Flights across northern Europe were cancelled")],
    ),
    (
        "Mexico deployed ten thousand troops to its northern border to avert new US tariffs.",
        [("avert new US tariffs", "Mexico deployed ten thousand troops to its northern border")],
    ),
    (
        "The earthquake destroyed hundreds of homes in Myanmar, leaving thousands of families without shelter.",
        [("The earthquake destroyed hundreds of homes in Myanmar", "leaving thousands of families without shelter")],
    ),
    (
        "The fighting in eastern Congo has displaced hundreds of thousands of people.",
        [("The fighting in eastern Congo", "hundreds of thousands of people")],
    ),
    (
        "Public anger over corruption fuelled the protests that toppled the government in Kathmandu.",
        [("Public anger over corruption", "the protests that toppled the government in Kathmandu")],
    ),
    (
        "The yen weakened sharply after the Bank of Japan kept rates on hold, prompting warnings from Tokyo.",
        [("The yen weakened sharply", "warnings from Tokyo")],
    ),
    (
        "The ceasefire in Gaza was made possible by pressure from Washington.",
        [("pressure from Washington", "The ceasefire in Gaza")],
    ),
    (
        "Soaring rice prices in Japan were caused by a poor harvest and hoarding by distributors.",
        [("a poor harvest and hoarding by distributors", "Soaring rice prices in Japan")],
    ),
    (
        "Since the border was closed, trade between Afghanistan and Pakistan has fallen sharply.",
        [("the border was closed", "trade between Afghanistan and Pakistan has fallen sharply")],
    ),
    (
        "The cuts to foreign aid have hurt health programmes across sub-Saharan Africa.",
        [("The cuts to foreign aid", "health programmes across sub-Saharan Africa")],
    ),
    (
        "The summit was postponed because the host country could not guarantee security.",
        [("the host country could not guarantee security", "The summit was postponed")],
    ),
    (
        "Tariffs on Canadian lumber have raised the cost of new homes in the United States.",
        [("Tariffs on Canadian lumber", "the cost of new homes in the United States")],
    ),
    (
        "The riots spread to other cities after police shot a teenager in Nairobi.",
        [("police shot a teenager in Nairobi", "The riots spread to other cities")],
    ),
    (
        "Thailand sealed its border crossings with Cambodia following deadly clashes between their troops.",
        [("deadly clashes between their troops", "Thailand sealed its border crossings with Cambodia")],
    ),
    (
        "Low turnout in the referendum was blamed on a boycott by opposition parties.",
        [("a boycott by opposition parties", "Low turnout in the referendum")],
    ),
    (
        "The sanctions on Russian banks have complicated payments for Indian importers of oil.",
        [("The sanctions on Russian banks", "payments for Indian importers of oil")],
    ),
    (
        "Rising sea levels threaten the survival of several Pacific island states.",
        [("Rising sea levels", "the survival of several Pacific island states")],
    ),
    (
        "Japan's new government increased defence spending to counter China's growing naval presence.",
        [("counter China's growing naval presence", "Japan's new government increased defence spending")],
    ),
    (
        "The strike by air traffic controllers grounded hundreds of flights in France.",
        [("The strike by air traffic controllers", "hundreds of flights in France")],
    ),
    (
        "Investors pulled money out of Turkish bonds amid fears of a political crisis.",
        [("fears of a political crisis", "Investors pulled money out of Turkish bonds")],
    ),
    (
        "The decision to suspend arms deliveries angered Kyiv, which accused Washington of abandoning an ally.",
        [("The decision to suspend arms deliveries", "Kyiv")],
    ),
    # added with round 69's rule: a threat's infinitive that is a causal verb keeps its claim
    (
        "The dispute over fishing rights threatens to derail the trade talks.",
        [("The dispute over fishing rights", "to derail the trade talks")],
    ),
]

CONTROLS: list[str] = [
    "The president visited Warsaw before flying on to Vilnius.",
    "Gold prices rose on Thursday as trading opened in Asia.",
    "The two leaders met on the sidelines of the summit in Johannesburg.",
    "Unemployment fell in Spain, while inflation in Italy remained above target.",
    "Economists are divided over whether the tariffs will slow growth.",
    "Exports of wine from Australia to China reached a record in 2025.",
    "After the speech, the prime minister took questions from reporters.",
    "The new ambassador presented her credentials in Pretoria on Monday.",
    "Parliament will debate the budget next week amid growing criticism of the finance minister.",
    "The talks in Riyadh ended without an agreement.",
    # added with round 69's rule: a threat of the subject's own act is no claim
    "The militia threatened to shell the airport in Tripoli.",
    "The junta threatened to expel the French ambassador.",
]

XFAIL_CAUSAL: dict[int, str] = {
    13: "the feeling rule adds 'corruption -> Public anger' beside the verb's pair",
    14: "'X after Y, prompting Z': the participle's cause is the nearest clause (the 'after' clause), as CNC marks it",
    23: "'Y was blamed on X': no marker for a blame passive ('blame' a contention verb only)",
    24: "'complicated' is no causal verb: the tagger's pair cuts the subject's auxiliary",
    27: "'grounded' is no causal verb and the scorer is unsure: no claim",
    29: "'angered' is no causal verb: the tagger's pair turned, its cause running over the relative",
}
XFAIL_CONTROLS: dict[int, str] = {
    1: "a time 'as' clause ('as trading opened') read as a reason",
    8: "a scene 'amid' phrase on a future act read as a cause",
}


TestNewsTable = news_table_tests(
    CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=43, switches=("threat_infinitive_acts",)
)


@pytest.mark.parametrize(
    "text",
    [
        "The caller threatened to kill the former minister.",
        "The militia threatened to shell the airport in Tripoli.",
    ],
)
def test_a_threat_of_an_own_act_gives_a_claim_only_when_off(parse: Language, text: str) -> None:
    on = extractor_with(threat_infinitive_acts=True)
    off = extractor_with()
    assert pairs(parse, on, text) == []
    assert [s for _, _, s in pairs(parse, off, text)] == ["threatened"]


@pytest.mark.parametrize(
    ("text", "cause", "effect"),
    [
        ("A deepening distrust threatens to escalate existing conflicts.", "A deepening distrust", "escalate"),
        ("Rising debt threatens the stability of several economies.", "Rising debt", "the stability"),
    ],
)
def test_a_threatened_causal_verb_or_object_keeps_its_claim(
    parse: Language, text: str, cause: str, effect: str
) -> None:
    on = extractor_with(threat_infinitive_acts=True)
    got = pairs(parse, on, text)
    assert len(got) == 1 and got[0][0] == cause and effect in got[0][1]
