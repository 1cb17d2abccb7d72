"""Word sense, second breadth set: a permission idiom, an offer's conditional addressee, "pressed its campaign",
and twelve more verbs with several CAMEO senses, in 2025 wire style (issue 14, session 41, branch verbsense2;
docs/events.md rule 437).

Each sentence is our own construction, none copied from an evaluation set, the seeds or the news excerpts; the
expected events were written from the CAMEO codebook (``/work/shared/data/cameo-eventcodes.tsv``) and the project's
conventions in docs/events.md before the coder ran on them (rows corrected after the first run say why). The real
spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).

The constructions:

- a permission idiom: "cleared the way for Y to V", "gave the green light for Y to V", "gave Y the green light to
  V" is a permission as "allowed Y to V" is (rule 24, ``permission_code`` 080, yielding toward the party let act;
  the act let is not done, rule 66d);
- an offer whose addressee is named only in its condition: "offered talks if Kyiv withdrew its troops" is the
  offer's intent (036 talks, 0356 a ceasefire) toward the party whose act the condition asks for; an addressee
  named by "to" / "with" keeps its own, and a condition on one's own side names none;
- "pressed its campaign / battle against / for / in Y" continues the fighting (190, as rule 431d's "pressed their
  offensive"), unlike "pressed Y to" (an appeal) and "pressed its campaign for a seat" (no fighting);
- twelve verbs whose object picks the code: sent troops (150) / a message of condolence (018) / an envoy (042) /
  missiles (072); extended an invitation (an appeal to meet, 026) / sanctions (163) / a truce (0871) / a loan (071);
  lifted sanctions (085) / a siege (0872) / a visa ban (081); raised concerns (111) / tariffs (163) / an issue with Y
  (110); drew criticism from Y (Y's 111) / troops back (0874); stepped up pressure (170, rule newsprec10) / drone
  attacks (195) / humanitarian aid (073); rolled back sanctions (085) / troops (0874); eased visa restrictions
  (081), tensions (no act); slapped tariffs / sanctions (163); handed over prisoners (0841) / a peace proposal (030,
  as "send proposal"); delivered a speech (no event between two parties) / air defence systems (072) / a warning
  (130); launched an offensive (190) / talks (040 both ways) / an investigation (090) / a satellite (no event).

``XFAIL`` keeps, as strict expected failures, the rows the rule does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


VERBSENSE2_SENTENCES: list[tuple[str, Events]] = [
    # permission idiom: cleared the way / gave the green light for Y to V (080 toward Y, the act let not done)
    (
        "Hungary's parliament on Monday cleared the way for Sweden to join NATO, ending a 19-month delay, "
        "Speaker Laszlo Kover said.",
        {("HUN", "SWE", "080")},
    ),
    (
        "The U.S. administration gave the green light for Ukraine to strike military targets inside Russia with "
        "long-range missiles, two officials told reporters on Sunday.",
        {("USA", "UKR", "080")},
    ),
    (
        "Germany gave Poland the green light to send its Leopard tanks to Ukraine, Defence Minister Boris "
        "Pistorius said on Tuesday.",
        {("DEU", "POL", "080")},
    ),
    (
        "Syria's interim government has cleared the way for Turkish companies to bid for reconstruction contracts "
        "in Aleppo, the state news agency SANA reported.",
        {("SYR", "TUR", "080")},
    ),
    # an offer whose addressee is named only in its condition
    (
        "Russia offered talks on Friday if Kyiv withdrew its troops from the Kursk region, Kremlin spokesman "
        "Dmitry Peskov said.",
        {("RUS", "UKR", "036")},
    ),
    (
        "Iranian Foreign Minister Abbas Araghchi offered to resume nuclear negotiations if Washington lifted its "
        "sanctions first, state television reported.",
        {("IRN", "USA", "036")},
    ),
    (
        "Thailand's prime minister offered a ceasefire on Monday if Cambodia pulled its troops back from the "
        "disputed border temples.",
        {("THA", "KHM", "0356")},
    ),
    # pressed its campaign / battle: the fighting goes on (190)
    (
        "Israel pressed its military campaign in the Gaza Strip on Thursday despite mounting calls for a "
        "ceasefire, Palestinian health officials said.",
        {("ISR", "PSE", "190")},
    ),
    (
        "Russian forces pressed their battle for the Ukrainian city of Kostiantynivka on Sunday, the Ukrainian "
        "general staff said.",
        {("RUS", "UKR", "190")},
    ),
    (
        "Pakistan's military pressed its campaign against Afghan Taliban positions along the border on Wednesday, "
        "security officials in Peshawar said.",
        {("PAK", "AFG", "190")},
    ),
    # sent: troops (150), a message of condolence (018), an envoy (042), missiles (072)
    (
        "Ethiopia sent troops into Somalia's Gedo region on Monday, Somali officials said.",
        {("ETH", "SOM", "150")},
    ),
    (
        "Rwanda sent more soldiers across the border into eastern Congo in January, according to a report by "
        "United Nations experts.",
        {("RWA", "COD", "150")},
    ),
    (
        "Chinese President Xi Jinping sent a message of condolence to Myanmar's military leader after the "
        "earthquake, state broadcaster CCTV said.",
        {("CHN", "MMR", "018")},
    ),
    (
        "Qatar sent an envoy to Kabul on Saturday for talks on the release of a detained American, a Qatari "
        "official said.",
        {("QAT", "AFG", "042")},
    ),
    (
        "Britain sent another batch of Storm Shadow missiles to Ukraine in March, the defence ministry said.",
        {("GBR", "UKR", "072")},
    ),
    # extended: an invitation (026), sanctions (163), a truce (0871), a loan (071)
    (
        "Indian Prime Minister Narendra Modi extended an invitation to Russian President Vladimir Putin to visit "
        "New Delhi later this year, the Kremlin said.",
        {("IND", "RUS", "026")},
    ),
    (
        "Japan extended its sanctions on North Korea for another two years on Friday, the chief cabinet secretary "
        "said.",
        {("JPN", "PRK", "163")},
    ),
    (
        "Russia and Ukraine extended their Easter truce by a day, officials on both sides said on Monday.",
        both("RUS", "UKR", "0871"),
    ),
    (
        "Saudi Arabia extended a $3 billion loan to Pakistan on Tuesday, Pakistan's finance ministry said.",
        {("SAU", "PAK", "071")},
    ),
    # lifted: sanctions (085), a siege (0872), a visa ban (081)
    (
        "The United States lifted sanctions on Syria's central bank on Friday, the Treasury Department said.",
        {("USA", "SYR", "085")},
    ),
    (
        "Israeli forces lifted their siege of the Jenin refugee camp on Sunday after a ten-day operation, the "
        "Palestinian health ministry said.",
        {("ISR", "PSE", "0872")},
    ),
    (
        "Kuwait lifted its ban on visas for Lebanese citizens on Wednesday, the interior ministry said.",
        {("KWT", "LBN", "081")},
    ),
    # raised: concerns (111), tariffs (163), an issue with Y (110)
    (
        "Germany raised concerns on Monday about Hungary's new media law, a government spokesman said in Berlin.",
        {("DEU", "HUN", "111")},
    ),
    (
        "The United States raised tariffs on Canadian steel to 50 percent on Wednesday, the White House said.",
        {("USA", "CAN", "163")},
    ),
    (
        "Indonesia raised the issue of illegal fishing with Vietnam during a meeting of ASEAN foreign ministers "
        "in Kuala Lumpur.",
        {("IDN", "VNM", "110")},
    ),
    # drew: criticism from Y (Y's 111), troops back (0874)
    (
        "Israel's decision to expand settlements in the West Bank drew sharp criticism from Egypt on Sunday.",
        {("EGY", "ISR", "111")},
    ),
    (
        "Azerbaijan drew its troops back from the Armenian border on Friday, the defence ministry in Baku said.",
        {("AZE", "ARM", "0874")},
    ),
    # stepped up: pressure (170, rule newsprec10), drone attacks (195), humanitarian aid (073)
    (
        "The United States stepped up pressure on Venezuela on Monday, a senior administration official said.",
        {("USA", "VEN", "170")},
    ),
    (
        "Russia stepped up its drone attacks on Ukrainian cities over the weekend, Ukraine's air force said.",
        {("RUS", "UKR", "195")},
    ),
    (
        "Japan stepped up its humanitarian aid to the Philippines after the typhoon, the Japanese embassy in Manila "
        "said.",
        {("JPN", "PHL", "073")},
    ),
    # rolled back: sanctions (085), troops (0874)
    (
        "Washington rolled back sanctions on Belarus's state airline Belavia on Thursday, the State Department said.",
        {("USA", "BLR", "085")},
    ),
    (
        "Russia rolled back its forces from the outskirts of Kyiv, the Ukrainian military said.",
        {("RUS", "UKR", "0874")},
    ),
    # eased: restrictions (081); tensions are no act (a control below)
    (
        "Saudi Arabia eased visa restrictions for Iraqi pilgrims on Tuesday, the Saudi Press Agency reported.",
        {("SAU", "IRQ", "081")},
    ),
    # slapped: tariffs, sanctions (163)
    (
        "Washington slapped fresh tariffs on Indian goods on Wednesday over New Delhi's purchases of Russian oil.",
        {("USA", "IND", "163")},
    ),
    (
        "The European Union slapped sanctions on three Chinese companies on Friday, EU diplomats said.",
        {("IGO", "CHN", "163")},
    ),
    # handed over: prisoners (0841), a proposal (030)
    (
        "Ukraine handed over 84 Russian prisoners of war to Russia on Thursday, the Ukrainian coordination "
        "headquarters said.",
        {("UKR", "RUS", "0841")},
    ),
    (
        "U.S. envoy Steve Witkoff handed over a draft peace proposal to Ukrainian officials in Miami on Sunday.",
        {("USA", "UKR", "030")},
    ),
    # delivered: a speech (no event between two parties), weapons (072), a warning (130)
    (
        "The United States delivered the first Patriot air defence systems to Ukraine in April, the Pentagon said.",
        {("USA", "UKR", "072")},
    ),
    (
        "Iran delivered a warning to Azerbaijan on Tuesday over the presence of Israeli drones near the border.",
        {("IRN", "AZE", "130")},
    ),
    # launched: an offensive (190), talks (040), an investigation (090), a satellite (no event)
    (
        "Israel launched a ground offensive in southern Lebanon on Tuesday, the Israeli military said.",
        {("ISR", "LBN", "190")},
    ),
    (
        "India and the United States launched talks on a trade agreement in New Delhi on Wednesday.",
        both("IND", "USA", "040"),
    ),
    (
        "Lithuania launched an investigation into Belarus on Monday over balloons that crossed into its airspace.",
        {("LTU", "BLR", "090")},
    ),
]

# a second batch, each written down before its first run: one more row for senses the first batch held once
VERBSENSE2_SENTENCES += [
    (
        "Washington gave the green light to Kyiv on Friday to use its long-range missiles against targets in "
        "Russia, according to three U.S. officials.",
        {("USA", "UKR", "080")},
    ),
    (
        "Hamas offered to release all the remaining hostages if Israel ended the war in Gaza, a senior Hamas "
        "official told Al Jazeera.",
        {("PSE", "ISR", "0353")},
    ),
    (
        "Israel rolled back its forces from parts of southern Lebanon on Sunday, the Lebanese army said.",
        {("ISR", "LBN", "0874")},
    ),
    (
        "Japan's prime minister extended an invitation to South Korean President Lee Jae-myung to visit Tokyo, "
        "Japanese officials said.",
        {("JPN", "KOR", "026")},
    ),
    (
        "Germany delivered four more IRIS-T air defence systems to Ukraine this year, Berlin said on Monday.",
        {("DEU", "UKR", "072")},
    ),
    (
        "China slapped export controls on five American defence firms on Thursday over arms sales to Taiwan.",
        {("CHN", "USA", "163")},
    ),
]

XFAIL: dict[str, str] = {
    "Israel pressed its military campaign in the Gaza Strip on Thursday despite mounting calls for a "
    "ceasefire, Palestinian health officials said.": (
        "the unowned 'calls for a ceasefire' of a 'despite' phrase take the main clause's parties (ISR -> PSE 0256)"
    ),
    "Russian forces pressed their battle for the Ukrainian city of Kostiantynivka on Sunday, the Ukrainian "
    "general staff said.": (
        "a battle noun whose other side is only a 'for' place finds no target (as after 'continued')"
    ),
    "Pakistan's military pressed its campaign against Afghan Taliban positions along the border on Wednesday, "
    "security officials in Peshawar said.": "a bare 'campaign' with no military modifier is no act noun",
    "Indonesia raised the issue of illegal fishing with Vietnam during a meeting of ASEAN foreign ministers "
    "in Kuala Lumpur.": "'raised the issue of X with Y' has no trigger (raise + issue is no phrase)",
    "U.S. envoy Steve Witkoff handed over a draft peace proposal to Ukrainian officials in Miami on Sunday.": (
        "the phrase 'hand over' (070) is read beside the proposal's 030: a proposal handed over is no aid"
    ),
    "Lithuania launched an investigation into Belarus on Monday over balloons that crossed into its airspace.": (
        "the investigation's topic, a crossing into airspace, refines it to military action (093)"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(VERBSENSE2_SENTENCES, XFAIL))
def test_verbsense2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


VERBSENSE2_CONTROLS: list[tuple[str, Events]] = [
    # the permission idiom must not fire with no party let act, on one's own side, or negated
    ("The court ruling clears the way for elections to be held in Bangladesh next year, analysts said.", set()),
    # corrected after the first run: a domestic permission, as "Brazil's Senate allowed President Lula to sign" codes
    # it (BRALEG -> BRAGOV 080), not an own-side act; the edge added after it: no party doing the clearing
    ("Brazil's Senate cleared the way for President Lula to sign the trade bill on Tuesday.", {("BRA", "BRA", "080")}),
    ("Sappers cleared the way for Russian troops to advance on the town of Pokrovsk.", set()),
    # added after the first run: the idiom's noun with no act let is no permission, and no aid either (the nouns
    # in `transfer_nonobjects`; before: DEU -> POL 070); a light weapon given stays arms
    ("Germany gave the green light to the merger of two Polish banks.", set()),
    ("Romania gave light weapons to Moldova.", {("ROU", "MDA", "072")}),
    (
        "The United States has not given the green light for Israel to strike Iran's nuclear sites, a senior "
        "official said.",
        set(),
    ),
    # the offer's addressee named by "to" / "with" keeps its own; a condition on one's own side names none
    ("Russia offered talks to Ukraine if Washington stopped arming Kyiv, the Kremlin said.", {("RUS", "UKR", "036")}),
    ("Iran offered talks with France if Britain released two of its citizens.", {("IRN", "FRA", "036")}),
    ("Armenia offered talks on Monday if its parliament approved the draft treaty.", set()),
    # a campaign that is no fighting, an appeal to press an addressee
    ("India pressed its campaign for a permanent seat on the UN Security Council at the General Assembly.", set()),
    ("Ukraine pressed Britain for more air defence systems on Tuesday.", {("UKR", "GBR", "0232")}),
    ("France pressed Israel to halt its military campaign in Gaza.", {("FRA", "ISR", "0256")}),
    # the unambiguous verbs and the no-act senses
    ("Canada imposed tariffs on Chinese electric vehicles on Friday.", {("CAN", "CHN", "163")}),
    ("Oil prices eased on Monday as tensions between Iran and Israel eased.", set()),
    ("Turkish President Tayyip Erdogan delivered a speech at the United Nations General Assembly on Tuesday.", set()),
    ("North Korea launched a military spy satellite on Sunday, Japan's defence ministry said.", set()),
    ("Israel withdrew its troops from the Lebanese village of Khiam on Sunday.", {("ISR", "LBN", "0874")}),
]


@pytest.mark.parametrize(("text", "expected"), VERBSENSE2_CONTROLS)
def test_verbsense2_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
