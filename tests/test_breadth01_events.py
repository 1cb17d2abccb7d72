"""Breadth of CAMEO root 01 "make public statement" in 2025 wire style (issue 14, session 36, branch breadth01;
docs/events.md rule 374).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts; the expected codes
were written from the code list (/work/shared/data/cameo-eventcodes.tsv) before the coder ran. Four short sentences
for each sub-code 010-019: a statement on another party's affairs (010), a comment declined (011), a pessimistic
(012) or optimistic (013) comment, a policy option weighed (014), responsibility claimed or acknowledged (015) or
denied (016), a symbolic act (017), an empathetic comment (018) and accord expressed (019). The project's
conventions for statements are kept (docs/events.md rules 37, 56b, 61, 192f): a 01 event is coded only from its own
words and only with a target, so every row names one actor pair; a claimed act of one's own is asserted beside the
015 (rule 61b); an act under a denial is not asserted. The real spaCy model, ``actor_resolver`` and ``event_coder``
run with the learned layer off (``rules_pipeline``). Controls: a statement that carries a fuller act keeps that act's
code (a threat 13, praise 05, an apology 055, criticism 11, accusation 11, a visit 04, aid 07), a sanction weighed
stays hypothetical, and a comment declined with no party named is no event. ``XFAIL`` keeps the rows that rule 374
does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


BREADTH01_SENTENCES: list[tuple[str, Events]] = [
    # 010 make statement, not specified below
    ("France commented on Germany's budget plans.", {("FRA", "DEU", "010")}),
    ("Brazil issued a statement on Venezuela's election.", {("BRA", "VEN", "010")}),
    ("Egypt made a statement about Ethiopia's dam.", {("EGY", "ETH", "010")}),
    ("The Kenyan president remarked on Uganda's election.", {("KEN", "UGA", "010")}),
    # 011 decline comment
    ("Norway declined to comment on Russia's request.", {("NOR", "RUS", "011")}),
    ("Japan refused to comment on China's naval drills.", {("JPN", "CHN", "011")}),
    ("Israel declined to comment on the Iranian report.", {("ISR", "IRN", "011")}),
    ("Canada had no comment on India's accusations.", {("CAN", "IND", "011")}),
    # 012 make pessimistic comment
    ("Germany expressed pessimism about talks with Russia.", {("DEU", "RUS", "012")}),
    ("India was skeptical about Pakistan's peace offer.", {("IND", "PAK", "012")}),
    ("Japan voiced doubts about North Korea's promises.", {("JPN", "PRK", "012")}),
    ("Poland was pessimistic about relations with Belarus.", {("POL", "BLR", "012")}),
    # 013 make optimistic comment
    ("Turkey expressed optimism about its talks with Greece.", {("TUR", "GRC", "013")}),
    ("Vietnam was optimistic about trade with the United States.", {("VNM", "USA", "013")}),
    ("Indonesia said it was hopeful about relations with Australia.", {("IDN", "AUS", "013")}),
    ("Chile voiced confidence in its negotiations with Peru.", {("CHL", "PER", "013")}),
    # 014 consider policy option
    ("Japan is considering sending aid to the Philippines.", {("JPN", "PHL", "014")}),
    ("Germany is weighing Poland's request for tanks.", {("DEU", "POL", "014")}),
    ("Thailand is studying a proposal from Cambodia.", {("THA", "KHM", "014")}),
    ("Canada is reviewing its cooperation with China.", {("CAN", "CHN", "014")}),
    # 015 acknowledge or claim responsibility (an own act claimed is asserted beside the claim, rule 61b)
    ("Israel accepted responsibility for the deaths of the Egyptian soldiers.", {("ISR", "EGY", "015")}),
    ("Britain acknowledged responsibility for the colonial abuses in Kenya.", {("GBR", "KEN", "015")}),
    (
        "Iran acknowledged that its forces had attacked the Iraqi border post.",
        {("IRN", "IRQ", "015"), ("IRN", "IRQ", "190")},
    ),
    # the shooting claimed is asserted beside the 015 (rule 61b, as the Iranian row above): its 190 was added after
    # the first run (the 015 was written before it; the project's convention, not a change of the coder)
    (
        "Serbia admitted responsibility for the shooting of the Croatian fisherman.",
        {("SRB", "HRV", "015"), ("SRB", "HRV", "190")},
    ),
    # 016 deny responsibility
    ("Pakistan denied responsibility for the attack on the Indian convoy.", {("PAK", "IND", "016")}),
    ("Russia denied involvement in the sabotage of the Finnish cable.", {("RUS", "FIN", "016")}),
    ("Iran denied that it had supplied drones to Russia.", {("IRN", "RUS", "016")}),
    ("Belarus dismissed Lithuania's allegations.", {("BLR", "LTU", "016")}),
    # 017 engage in symbolic act
    ("The Japanese prime minister laid a wreath at the memorial in Nanjing.", {("JPN", "CHN", "017")}),
    ("South Korea held a minute of silence for the Japanese victims.", {("KOR", "JPN", "017")}),
    ("Turkey lowered its flags to half-mast for the Azerbaijani victims.", {("TUR", "AZE", "017")}),
    ("The Irish president planted a tree at the British embassy.", {("IRL", "GBR", "017")}),
    # 018 make empathetic comment
    ("Japan expressed condolences to Turkey after the earthquake.", {("JPN", "TUR", "018")}),
    ("France offered its sympathy to Morocco over the flood victims.", {("FRA", "MAR", "018")}),
    ("Canada sent condolences to India after the plane crash.", {("CAN", "IND", "018")}),
    ("Brazil sympathized with Chile over the wildfires.", {("BRA", "CHL", "018")}),
    # 019 express accord
    ("Hungary sided with Slovakia in the dispute over migration quotas.", {("HUN", "SVK", "019")}),
    ("Egypt shared Saudi Arabia's view on oil prices.", {("EGY", "SAU", "019")}),
    ("Kazakhstan agreed with Uzbekistan that water quotas must change.", {("KAZ", "UZB", "019")}),
    ("Greece aligned itself with France on defence spending.", {("GRC", "FRA", "019")}),
    ("Austria expressed agreement with Germany's position on migration.", {("AUT", "DEU", "019")}),
    # second round, written after rule 374 (expected codes still from the codebook before the run): other nouns and
    # verbs of the same sub-codes
    ("Rwanda denied any role in the killing of the Congolese officer.", {("RWA", "COD", "016")}),
    ("Hungary denied involvement in the cyberattack on the Ukrainian ministry.", {("HUN", "UKR", "016")}),
    ("Italy observed a minute's silence for the Albanian flood victims.", {("ITA", "ALB", "017")}),
    ("Portugal voiced agreement with Spain on the fishing quotas.", {("PRT", "ESP", "019")}),
    ("Finland expressed confidence in its partnership with Sweden.", {("FIN", "SWE", "013")}),
    ("The Peruvian foreign minister remarked on Chile's new constitution.", {("PER", "CHL", "010")}),
]

BREADTH01_CONTROLS: list[tuple[str, Events]] = [
    # a statement that carries a fuller act keeps that act's code
    # a response stated with no force named is the codebook's 130 "threaten, not specified below" (rule 118a; the
    # row was written 138 and set to the project's convention after the first run); an attack stated is 138
    ("Iran said it would retaliate against Israel.", {("IRN", "ISR", "130")}),
    ("Iran said it would attack Israel.", {("IRN", "ISR", "138")}),
    ("Ghana praised Nigeria's election.", {("GHA", "NGA", "051")}),
    ("Germany formally apologized to Namibia.", {("DEU", "NAM", "055")}),
    ("China criticized Japan's defence budget.", {("CHN", "JPN", "111")}),
    ("Algeria accused Morocco of spying.", {("DZA", "MAR", "1125")}),
    ("Russia rejected Moldova's proposal for talks.", {("RUS", "MDA", "125")}),
    ("The Swedish prime minister visited Finland.", {("SWE", "FIN", "042")}),
    ("Brazil sent food aid to Bolivia.", {("BRA", "BOL", "073")}),
    # a sanction weighed stays hypothetical (rules 61a, 95a); a comment with no party named is no event
    ("Poland is considering imposing sanctions on Belarus.", set()),
    ("The Danish foreign ministry declined to comment.", set()),
    ("Chile said the economy would grow next year.", set()),
]

# rule 377 (session 36, comment1): one's own talks below an optimistic or pessimistic comment give way to it; the
# four former strict xfails of that kind pass. Rule 387 (session 37, xfails37): "had no comment on Y" is 011 (387g)
# and a role denied in a killing is a denial, 016 (387e): those two former strict xfails pass
XFAIL: dict[str, str] = {
    "Brazil issued a statement on Venezuela's election.": "a statement noun is no trigger (it is the verbal means "
    "of the act it carries: 'issued a statement condemning Y' would gain a 010 beside the 111); only 'comment on', "
    "'remark on' are 010",
    "Egypt made a statement about Ethiopia's dam.": "a statement noun is no trigger (as the row above)",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(BREADTH01_SENTENCES, XFAIL))
def test_breadth01_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), BREADTH01_CONTROLS)
def test_breadth01_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
