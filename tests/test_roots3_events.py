"""The shapes rules 401 and 405 left out, over the twenty CAMEO roots (issue 14, session 39, branch roots3;
docs/events.md rule 414).

A peer coder's validation suite (76 real-news and short constructed sentences) scores us at dyad F1 0.47. Rule 401's
table (tests/test_roots1_events.py: plain past-tense active sentences, three per root) and rule 405's
(tests/test_roots2_events.py: headlines, adjectives, titles, counterparts, compounds, pronouns, capitals, surnames
after a first mention) did not reproduce that figure, so this table writes three sentences per root in the shapes
those rows lack: the passive with a "by" agent ("Iran was accused by Israel of ..."), the present perfect, the future
("will meet"), the progressive ("is shelling"), a nominalized act as the subject ("X's attack on Y killed ..."), an
international body or armed group as a party (the UN, the EU, NATO, the African Union, the IAEA, Hamas, Hezbollah, the
Taliban, al-Shabaab), a leader named by a title or a surname alone with no first mention ("Erdogan", "the Belarusian
president"), and short title-case headlines ("Russia Expels US Diplomats"). Each sentence is our own construction,
none copied from an evaluation set, the seeds or the news excerpts; the expected events were written from the code
list (/work/shared/data/cameo-eventcodes.tsv) and the project's conventions (docs/events.md) before the coder ran: a
stated future act of cooperation is an intent, 03x, and one of force or sanctions a threat, 13x (rule 6); a host's
visitor 043 from the host (rule 93); talks and a signed pact 04 / 057 both ways; a walk-out from talks a boycott, 143
(rule 86b); an IGO is the party "IGO" and Hamas, Hezbollah, the Taliban, al-Shabaab and the Houthis their countries'
parties, as the scorer compares them. The rows compare CAMEO roots only, as the scorer does, and the whole set of
asserted events: a spurious extra event fails a row as a missed one does. The real spaCy model, ``actor_resolver`` and
``event_coder`` run with the learned layer off (``rules_pipeline``). On START 55 of 60 rows held (with the two
expectations corrected after the first run, see the rows); the largest failing shape was the one-line title-case
headline with no capitalised function word, which rule 414 re-parses in sentence case when the re-parse reads it as a
clause (57 of 60 after; the rest strict xfails with their reasons).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, roots, table_cases

Events = set[tuple[str, str, str]]

# the shape of each row (for the per-shape counts of BENCHMARKS.md): passive, perfect, future, progressive, nominal,
# body, leader, headline
ROOTS3_SENTENCES: list[tuple[str, Events]] = [
    # 01 make public statement
    # written 012 (pessimistic comment); corrected after the first run to 111, the project's code for concern voiced
    # over a party's act (rule 108d's concern_code, "express concern" in the phrase table)
    ("The African Union voiced concern over the fighting in Sudan.", {("IGO", "SDN", "111")}),  # body
    ("Erdogan offered condolences to Iran after the helicopter crash.", {("TUR", "IRN", "018")}),  # leader
    ("Norway has expressed optimism about its talks with the Taliban.", {("NOR", "AFG", "013")}),  # perfect
    # 02 appeal
    ("Israel was urged by the United Nations to allow more aid into Gaza.", {("IGO", "ISR", "020")}),  # passive
    ("Zelensky Appeals To NATO For More Air Defences", {("UKR", "IGO", "0232")}),  # headline
    ("Pakistan is calling on the Taliban to act against militants.", {("PAK", "AFG", "020")}),  # progressive
    # 03 express intent to cooperate
    ("Japan will provide $300 million in aid to the Philippines.", {("JPN", "PHL", "033")}),  # future
    # written one way (rule 6's text); corrected after the first run: rule 67a makes a meeting announced with "will"
    # both parties' intent, 036 both ways
    ("The Indian prime minister will meet the Sri Lankan president next week.", both("IND", "LKA", "036")),  # future
    ("The European Union has pledged to support Moldova's reforms.", {("IGO", "MDA", "030")}),  # perfect
    # 04 consult
    ("The Saudi foreign minister is visiting Tehran this week.", {("SAU", "IRN", "042")}),  # progressive
    ("NATO hosted Ukraine's defence minister in Brussels.", {("IGO", "UKR", "043")}),  # body
    ("Macron held talks with Modi in Paris.", both("FRA", "IND", "040")),  # leader
    # 05 engage in diplomatic cooperation
    ("Armenia was praised by the European Union for its reforms.", {("IGO", "ARM", "051")}),  # passive
    ("Ghana, Nigeria Sign Defence Pact", both("GHA", "NGA", "057")),  # headline
    ("Spain's recognition of Palestine angered Israel.", {("ESP", "PSE", "054")}),  # nominal
    # 06 engage in material cooperation
    ("Greece and Egypt have held joint naval drills.", both("GRC", "EGY", "062")),  # perfect
    ("The Taliban handed over two murder suspects to Pakistan.", {("AFG", "PAK", "063")}),  # body
    ("Intelligence about the plot was shared with France by Morocco.", {("MAR", "FRA", "064")}),  # passive
    # 07 provide aid
    ("Japan's donation of rice to North Korea eased the food shortage.", {("JPN", "PRK", "073")}),  # nominal
    ("The African Union sent medical teams to Sudan.", {("IGO", "SDN", "073")}),  # body
    ("Canada is sending military equipment to Ukraine.", {("CAN", "UKR", "072")}),  # progressive
    # 08 yield
    ("Iran Frees French Tourist", {("IRN", "FRA", "084")}),  # headline
    ("Sanctions on Venezuela were eased by the United States.", {("USA", "VEN", "085")}),  # passive
    ("The Belarusian president freed a Lithuanian prisoner.", {("BLR", "LTU", "084")}),  # leader
    # 09 investigate
    ("The IAEA is investigating traces of uranium at an Iranian site.", {("IGO", "IRN", "090")}),  # progressive
    ("A Chinese firm was investigated by the European Union for unfair subsidies.", {("IGO", "CHN", "091")}),  # passive
    ("Kenya Probes Chinese Mining Company Over Bribes", {("KEN", "CHN", "091")}),  # headline
    # 10 demand
    ("Ukraine is demanding that Hungary lift its veto.", {("UKR", "HUN", "100")}),  # progressive
    ("Hamas demanded that Israel withdraw from Gaza.", {("PSE", "ISR", "100")}),  # body
    ("Netanyahu demanded that Hamas release the hostages.", {("ISR", "PSE", "1043")}),  # leader
    # 11 disapprove
    ("Iran was accused by Israel of arming the Houthis.", {("ISR", "IRN", "112")}),  # passive
    (
        "Russia's attack on a Kyiv hospital drew condemnation from Britain.",
        {("RUS", "UKR", "190"), ("GBR", "RUS", "111")},
    ),  # nominal
    ("NATO criticised China's support for Russia's war.", {("IGO", "CHN", "111")}),  # body
    # 12 reject
    ("Hezbollah has rejected a US proposal for a truce.", {("LBN", "USA", "127")}),  # perfect
    ("Israel Rejects UN Call For Ceasefire", {("ISR", "IGO", "120")}),  # headline
    ("Maduro rejected Guyana's offer of talks.", {("VEN", "GUY", "125")}),  # leader
    # 13 threaten
    ("Iran will retaliate against Israel.", {("IRN", "ISR", "138")}),  # future
    ("The United States will impose tariffs on Mexico.", {("USA", "MEX", "131")}),  # future
    ("Hezbollah threatened Israel with a wider war.", {("LBN", "ISR", "138")}),  # body
    # 14 protest
    ("Armenians are protesting outside the Russian embassy in Yerevan.", {("ARM", "RUS", "141")}),  # progressive
    ("Kenyan Traders Block Border With Uganda", {("KEN", "UGA", "144")}),  # headline
    ("The Taliban delegation walked out of talks with the United Nations.", {("AFG", "IGO", "143")}),  # body
    # 15 exhibit force posture
    ("China is deploying warships around Taiwan.", {("CHN", "TWN", "150")}),  # progressive
    ("North Korea Puts Troops On Alert Over US Drills", {("PRK", "USA", "152")}),  # headline
    ("Hezbollah mobilized fighters along the border with Israel.", {("LBN", "ISR", "154")}),  # body
    # 16 reduce relations
    ("Russian diplomats were expelled by Slovakia.", {("SVK", "RUS", "166")}),  # passive
    ("Russia Expels US Diplomats", {("RUS", "USA", "166")}),  # headline
    ("The European Union has suspended aid to Niger.", {("IGO", "NER", "162")}),  # body
    # 17 coerce
    ("Iran has arrested a Swedish tourist.", {("IRN", "SWE", "173")}),  # perfect
    ("The Taliban detained three British nationals.", {("AFG", "GBR", "173")}),  # body
    ("China's seizure of a Philippine fishing boat angered Manila.", {("CHN", "PHL", "171")}),  # nominal
    # 18 assault
    ("Israel's assassination of a Hamas leader in Tehran enraged Iran.", {("ISR", "PSE", "186")}),  # nominal
    ("Al-Shabaab has kidnapped two Kenyan doctors.", {("SOM", "KEN", "181")}),  # body
    ("Ukrainian prisoners were tortured by Russian guards.", {("RUS", "UKR", "182")}),  # passive
    # 19 fight
    ("Russia is shelling Kharkiv.", {("RUS", "UKR", "194")}),  # progressive
    ("Israel Strikes Hezbollah Targets In Lebanon", {("ISR", "LBN", "195")}),  # headline
    ("Pakistan's air strikes on Afghan border towns killed nine people.", {("PAK", "AFG", "195")}),  # nominal
    # 20 use unconventional mass violence
    ("Chemical weapons were used against Ukrainian soldiers by Russia.", {("RUS", "UKR", "204")}),  # passive
    ("Hamas has carried out a massacre of Israeli civilians.", {("PSE", "ISR", "202")}),  # body
    ("The Syrian president used chemical weapons against Turkish troops.", {("SYR", "TUR", "204")}),  # leader
]

# on START 54 of 60 rows held as written (55 with the corrected "will meet" row); rule 414 takes two one-line
# title-case headlines with no function word; what is left, one reason each:
XFAIL: dict[str, str] = {
    "The African Union voiced concern over the fighting in Sudan.": (
        "concern over a nominal act with no party of its own ('the fighting in Sudan'): the place inside the object"
        " noun is never the target"
    ),
    "Zelensky Appeals To NATO For More Air Defences": (
        "without preset sentence starts (make_doc) the parser splits the line at 'To'; through code_documents,"
        " which presets one sentence per line, it codes UKR -> IGO 0232"
    ),
    "Israel's assassination of a Hamas leader in Tehran enraged Iran.": (
        "the act's place, Tehran, is a second target ISR -> IRN 186, as in the verb form 'assassinated ... in"
        " Tehran': the place convention, not the nominal subject"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(ROOTS3_SENTENCES, XFAIL))
def test_roots3_sentence_codes_its_roots(rules_nlp: Language, text: str, expected: Events) -> None:
    assert roots(asserted(rules_nlp, text)) == roots(expected)


# a shape of the rows in a use that is no event between two parties
ROOTS3_CONTROLS: list[tuple[str, Events]] = [
    ("The UN Security Council will meet on Tuesday.", set()),
    ("Erdogan is visiting a car factory in Bursa.", set()),
    ("The Kenyan president will attend a football match in Nairobi.", set()),
    ("Japan's exports to China have risen for a third month.", set()),
    ("Hamas was founded in 1987.", set()),
    ("Canada is investigating a train derailment in Quebec.", set()),
    ("India's launch of a moon rover thrilled scientists.", set()),
    ("The European Union has adopted a new budget.", set()),
    ("Oil Prices Rise As Storm Hits Gulf Coast", set()),
    ("A new bridge was opened by the Danish king.", set()),
    # added with rule 414 (after the first run): one-line title-case lines whose re-parse must not invent an event
    ("Real Madrid Signs Brazilian Striker", set()),
    ("Kenya Welcomes Record Tourists", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROOTS3_CONTROLS)
def test_roots3_control_codes_no_event(rules_nlp: Language, text: str, expected: Events) -> None:
    assert roots(asserted(rules_nlp, text)) == roots(expected)
