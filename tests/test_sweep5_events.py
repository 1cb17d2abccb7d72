# ruff: noqa: E501
"""Invented sentences for docs/events.md rule 194 (issue 14, session 28, branch sweep5): a sweep of every sub-code of
CAMEO roots 15 (exhibit force posture), 16 (reduce relations), 19 (fight) and 20 (use unconventional mass violence).

For each of the 32 sub-codes of those roots in ``cameo-eventcodes.tsv`` (its name only), three sentences of our own
in 2025 international news style, two country actors each (leaders, capitals, militaries, nominal and verbal forms),
the expected (source, target, sub-code) written from the code's name before the coder ran. A row passes when an
asserted event of the pair has the sub-code's root (what the scorer compares); the whole sub-code is measured, not
tested (BENCHMARKS.md). Controls: sentences that must not code the named pair with the named root. Actors are
compared on their primary codes. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, control_passes, root_row_passes, table_cases

# (sentence, source, target, expected CAMEO sub-code)
Row = tuple[str, str, str, str]

ROWS: list[Row] = [
    # 150 demonstrate military or police power
    ("Iran staged large military drills near the border with Azerbaijan.", "IRN", "AZE", "150"),
    ("North Korea held a show of force aimed at South Korea.", "PRK", "KOR", "150"),
    (
        "Chinese warships conducted live-fire exercises around Taiwan on Monday, the defence ministry in Taipei said.",
        "CHN",
        "TWN",
        "150",
    ),
    # 151 increase police alert status
    ("Indian police were put on high alert along the border with Pakistan.", "IND", "PAK", "151"),
    ("Kenya's police raised their alert level after threats from Somalia.", "KEN", "SOM", "151"),
    (
        "Polish police went on heightened alert on Thursday over fears of sabotage by Russia, the interior ministry said.",
        "POL",
        "RUS",
        "151",
    ),
    # 152 increase military alert status
    ("China put its military on high alert near Taiwan.", "CHN", "TWN", "152"),
    ("South Korea raised its military alert level against North Korea.", "KOR", "PRK", "152"),
    (
        "Pakistan's armed forces were placed on high alert on Wednesday after Indian strikes, the army said.",
        "PAK",
        "IND",
        "152",
    ),
    # 153 mobilize or increase police power
    ("Turkey deployed thousands of extra police officers to its border with Syria.", "TUR", "SYR", "153"),
    ("Greece reinforced its border police along the frontier with Turkey.", "GRC", "TUR", "153"),
    (
        "Spain sent hundreds of riot police to Ceuta on Friday to face a surge of migrants from Morocco, officials said.",
        "ESP",
        "MAR",
        "153",
    ),
    # 154 mobilize or increase armed forces
    ("Russia massed troops on the border with Ukraine.", "RUS", "UKR", "154"),
    ("Venezuela mobilised its army against Guyana.", "VEN", "GUY", "154"),
    (
        "Israel called up tens of thousands of reservists on Sunday ahead of an offensive in Lebanon, the army said.",
        "ISR",
        "LBN",
        "154",
    ),
    # 160 reduce relations
    ("Mali suspended cooperation with France.", "MLI", "FRA", "160"),
    ("Algeria froze its friendship treaty with Spain.", "DZA", "ESP", "160"),
    (
        "Niger's junta on Tuesday scaled back ties with the United States, a government spokesman said.",
        "NER",
        "USA",
        "160",
    ),
    # 161 reduce or break diplomatic relations
    ("Argentina severed diplomatic ties with Venezuela.", "ARG", "VEN", "161"),
    ("Niger recalled its ambassador from France.", "NER", "FRA", "161"),
    (
        "Colombia's president on Thursday ordered the expulsion of Israel's diplomats, the foreign ministry in Bogota said.",
        "COL",
        "ISR",
        "161",
    ),
    # 162 reduce or stop aid
    ("The United States cut aid to Colombia.", "USA", "COL", "162"),
    ("Britain suspended assistance to Rwanda.", "GBR", "RWA", "162"),
    (
        "The Netherlands on Monday halted its aid to Burkina Faso after the coup, the Dutch foreign ministry said.",
        "NLD",
        "BFA",
        "162",
    ),
    # 1621 reduce or stop economic assistance
    ("Germany halted development aid to Niger.", "DEU", "NER", "1621"),
    ("The World Bank froze loans to Uganda.", "IGO", "UGA", "1621"),
    (
        "Washington on Friday suspended economic assistance to Honduras, the State Department said.",
        "USA",
        "HND",
        "1621",
    ),
    # 1622 reduce or stop military assistance
    ("The United States paused military aid to Ukraine.", "USA", "UKR", "1622"),
    ("Germany stopped arms exports to Israel.", "DEU", "ISR", "1622"),
    (
        "Britain's government on Tuesday suspended some weapons sales to Israel, the foreign secretary told parliament.",
        "GBR",
        "ISR",
        "1622",
    ),
    # 1623 reduce or stop humanitarian assistance
    ("Sweden halted humanitarian aid to Afghanistan.", "SWE", "AFG", "1623"),
    ("The United States cut food aid to Somalia.", "USA", "SOM", "1623"),
    (
        "Japan on Wednesday suspended its humanitarian assistance to Myanmar, the embassy in Yangon said.",
        "JPN",
        "MMR",
        "1623",
    ),
    # 163 impose embargo, boycott, or sanctions
    ("The European Union imposed new sanctions on Russia.", "IGO", "RUS", "163"),
    ("Turkey imposed a trade embargo on Israel.", "TUR", "ISR", "163"),
    ("China on Monday banned imports of Japanese seafood, the customs agency in Beijing said.", "CHN", "JPN", "163"),
    # 164 halt negotiations
    ("Ethiopia broke off talks with Egypt over the dam.", "ETH", "EGY", "164"),
    ("Serbia walked out of negotiations with Kosovo.", "SRB", "XKX", "164"),
    (
        "Thailand on Saturday suspended border talks with Cambodia after the clashes, the foreign ministry said.",
        "THA",
        "KHM",
        "164",
    ),
    # 165 halt mediation
    ("Qatar suspended its mediation between Israel and Hamas.", "QAT", "ISR", "165"),
    ("Turkey ended its mediation between Russia and Ukraine.", "TUR", "RUS", "165"),
    (
        "Kenya's president on Sunday withdrew as mediator between Sudan and South Sudan, his office said.",
        "KEN",
        "SDN",
        "165",
    ),
    # 166 expel or withdraw
    ("France withdrew its troops from Niger.", "FRA", "NER", "166"),
    ("Burkina Faso expelled French journalists.", "BFA", "FRA", "166"),
    (
        "Chad on Thursday ordered French soldiers to leave the country within six months, the government said.",
        "TCD",
        "FRA",
        "166",
    ),
    # 1661 expel or withdraw peacekeepers
    ("Congo expelled Kenyan peacekeepers.", "COD", "KEN", "1661"),
    ("Rwanda withdrew its peacekeepers from Mozambique.", "RWA", "MOZ", "1661"),
    (
        "Burundi on Friday pulled its peacekeepers out of Somalia, the defence ministry in Gitega said.",
        "BDI",
        "SOM",
        "1661",
    ),
    # 1662 expel or withdraw inspectors, observers
    ("Russia expelled Polish election observers.", "RUS", "POL", "1662"),
    ("Iran barred French nuclear inspectors.", "IRN", "FRA", "1662"),
    (
        "Azerbaijan on Tuesday ordered Armenian monitors to leave the border area, officials in Baku said.",
        "AZE",
        "ARM",
        "1662",
    ),
    # 1663 expel or withdraw aid agencies
    ("Sudan expelled British aid agencies.", "SDN", "GBR", "1663"),
    ("Niger ordered French aid groups to leave.", "NER", "FRA", "1663"),
    ("Ethiopia on Monday suspended two Dutch aid organisations, the Ethiopian authorities said.", "ETH", "NLD", "1663"),
    # 190 use conventional military force
    ("Israel attacked Hezbollah positions in Lebanon.", "ISR", "LBN", "190"),
    ("Thai troops clashed with Cambodian soldiers.", "THA", "KHM", "190"),
    (
        "Pakistan's army on Tuesday launched an offensive against Afghan forces along the border, the military said.",
        "PAK",
        "AFG",
        "190",
    ),
    # 191 impose blockade, restrict movement
    ("Azerbaijan blockaded the road to Armenia.", "AZE", "ARM", "191"),
    ("China imposed a naval blockade on Taiwan.", "CHN", "TWN", "191"),
    (
        "Russian warships on Wednesday blocked Ukrainian ports on the Black Sea, officials in Kyiv said.",
        "RUS",
        "UKR",
        "191",
    ),
    # 192 occupy territory
    ("Russia occupied Ukrainian territory.", "RUS", "UKR", "192"),
    ("Israeli troops seized a buffer zone in Syria.", "ISR", "SYR", "192"),
    ("Eritrean forces on Monday took control of several towns in Ethiopia, residents said.", "ERI", "ETH", "192"),
    # 193 fight with small arms and light weapons
    ("Indian and Pakistani troops exchanged gunfire.", "IND", "PAK", "193"),
    ("Ethiopian soldiers opened fire on Sudanese troops.", "ETH", "SDN", "193"),
    (
        "Venezuelan soldiers on Thursday fired rifles at Colombian border guards, the Colombian army said.",
        "VEN",
        "COL",
        "193",
    ),
    # 194 fight with artillery and tanks
    ("Russian artillery shelled Kherson.", "RUS", "UKR", "194"),
    ("Israeli tanks shelled southern Lebanon.", "ISR", "LBN", "194"),
    (
        "Thailand fired artillery at Cambodian positions on Friday, the Cambodian defence ministry said.",
        "THA",
        "KHM",
        "194",
    ),
    # 195 employ aerial weapons
    ("Israel's air strikes on Lebanon killed dozens.", "ISR", "LBN", "195"),
    ("Russian drones struck Kharkiv.", "RUS", "UKR", "195"),
    (
        "Pakistani warplanes on Sunday bombed targets inside Afghanistan, the Taliban government said.",
        "PAK",
        "AFG",
        "195",
    ),
    # 196 violate ceasefire
    ("Russia violated the ceasefire with Ukraine.", "RUS", "UKR", "196"),
    ("Israel breached the truce with Lebanon.", "ISR", "LBN", "196"),
    (
        "Indian troops on Saturday violated the ceasefire along the Line of Control, Pakistan's army said.",
        "IND",
        "PAK",
        "196",
    ),
    # 200 use unconventional mass violence
    ("Russian forces committed atrocities against Ukrainian civilians.", "RUS", "UKR", "200"),
    ("Myanmar's army carried out mass atrocities against Thai villagers.", "MMR", "THA", "200"),
    (
        "Sudanese paramilitaries on Tuesday committed mass violence against Chadian refugees, a UN report said.",
        "SDN",
        "TCD",
        "200",
    ),
    # 201 engage in mass expulsion
    ("Pakistan expelled hundreds of thousands of Afghan refugees.", "PAK", "AFG", "201"),
    ("Iran deported thousands of Afghans.", "IRN", "AFG", "201"),
    ("Algeria on Friday carried out mass expulsions of migrants from Niger, aid groups said.", "DZA", "NER", "201"),
    # 202 engage in mass killings
    ("Russian troops massacred Ukrainian civilians.", "RUS", "UKR", "202"),
    ("Rwandan forces carried out mass killings of Congolese civilians.", "RWA", "COD", "202"),
    ("Ethiopian soldiers on Wednesday massacred hundreds of Eritrean refugees, witnesses said.", "ETH", "ERI", "202"),
    # 203 engage in ethnic cleansing
    ("Azerbaijan carried out ethnic cleansing of Armenians.", "AZE", "ARM", "203"),
    ("Serbia ethnically cleansed Albanians from Kosovo.", "SRB", "XKX", "203"),
    (
        "Myanmar's military on Monday was accused of ethnic cleansing against Bangladeshi villagers by a UN panel.",
        "MMR",
        "BGD",
        "203",
    ),
    # 204 use weapons of mass destruction
    ("Russia used weapons of mass destruction against Ukraine.", "RUS", "UKR", "204"),
    ("Iraq used weapons of mass destruction on Iranian troops.", "IRQ", "IRN", "204"),
    (
        "North Korea on Friday used a weapon of mass destruction against South Korea, the military in Seoul said.",
        "PRK",
        "KOR",
        "204",
    ),
    # 2041 use chemical, biological, or radiological weapons
    ("Syria used chemical weapons against Turkish troops.", "SYR", "TUR", "2041"),
    ("Russian forces used poison gas on Ukrainian soldiers.", "RUS", "UKR", "2041"),
    (
        "Syrian government aircraft on Saturday dropped chlorine bombs on Turkish positions, the Turkish army said.",
        "SYR",
        "TUR",
        "2041",
    ),
    # 2042 detonate nuclear weapons
    ("Russia detonated a nuclear weapon over Ukraine.", "RUS", "UKR", "2042"),
    ("North Korea dropped a nuclear bomb on South Korea.", "PRK", "KOR", "2042"),
    ("Pakistan on Tuesday detonated a nuclear warhead over Indian troops, the Indian army said.", "PAK", "IND", "2042"),
]

CONTROLS: list[tuple[str, str, str, str]] = [
    # (sentence, source, target, root that must not be coded for the pair)
    ("Russia rejected claims that it had massed troops on the border with Ukraine.", "RUS", "UKR", "15"),
    ("Ukraine accused Russia of shelling Kherson.", "UKR", "RUS", "19"),
    ("Germany restored aid to Niger.", "DEU", "NER", "16"),
    ("The European Union discussed sanctions on Russia with the United States.", "IGO", "USA", "16"),
    ("France said it would not withdraw its troops from Chad.", "FRA", "TCD", "16"),
    ("Israel and Lebanon agreed to respect the ceasefire.", "ISR", "LBN", "19"),
    # rule 194 controls: weapons destroyed or seized are no use; sites struck keep the strike; arms sales approved and
    # opposed keep 07; individuals expelled stay 174; a threat to use nuclear weapons stays a threat
    ("Syria destroyed its chemical weapons.", "SYR", "SYR", "20"),
    ("The United States seized Iranian chemical weapons.", "USA", "IRN", "20"),
    ("Israel struck Iran's nuclear sites.", "ISR", "IRN", "20"),
    ("Russia threatened to use nuclear weapons against Ukraine.", "RUS", "UKR", "20"),
    ("Algeria expelled hundreds of migrants from Niger.", "DZA", "NER", "20"),
    ("France approved arms sales to Egypt.", "FRA", "EGY", "16"),
    ("China voiced opposition to the US arms sale to Taiwan.", "USA", "TWN", "16"),
    ("Russia held military exercises with Belarus near the border with Poland.", "RUS", "POL", "06"),
    ("Ukraine accused Russia of atrocities.", "RUS", "UKR", "20"),
]

# rule 194: the fixes on sentences of other countries (source, target, whole sub-code)
RULE194_ROWS: list[Row] = [
    ("Iraq dropped a chemical bomb on Kuwaiti troops.", "IRQ", "KWT", "2041"),
    ("Iran used weapons of mass destruction against Iraqi soldiers.", "IRN", "IRQ", "204"),
    ("Libyan forces used poison gas on Chadian troops.", "LBY", "TCD", "2041"),
    ("Turkish troops committed atrocities against Syrian civilians.", "TUR", "SYR", "200"),
    ("The Azerbaijani army was placed on high alert along the border with Armenia.", "AZE", "ARM", "152"),
    ("Georgia put its police on high alert along the border with Russia.", "GEO", "RUS", "151"),
    ("Chad deployed extra police officers to its border with Sudan.", "TCD", "SDN", "153"),
    ("China held large drills near the border with India.", "CHN", "IND", "150"),
    ("Uganda pulled its peacekeepers out of South Sudan.", "UGA", "SSD", "1661"),
    ("Canada halted arms sales to Turkey.", "CAN", "TUR", "1622"),
    ("Rwandan troops seized a buffer zone in Congo.", "RWA", "COD", "192"),
    ("Eritrean soldiers fired rifles at Ethiopian troops.", "ERI", "ETH", "193"),
]

_ONE_PARTY = (
    "no target: the other party is named only as a threat, a fear or a clause's place, which no target search reads"
)
_CODE = "another root by code choice"
_COUNTED = (
    _CODE + ": people deported or expelled by number are 174 (sweep2, short12, short13); only the noun"
    ' "mass expulsion" is 201'
)
XFAIL: dict[str, str] = {
    "Pakistan expelled hundreds of thousands of Afghan refugees.": _COUNTED,
    "Iran deported thousands of Afghans.": _COUNTED,
    "North Korea held a show of force aimed at South Korea.": '"show of force" is no trigger, "aimed at" no target phrase',
    "Kenya's police raised their alert level after threats from Somalia.": _ONE_PARTY,
    "Polish police went on heightened alert on Thursday over fears of sabotage by Russia, the interior ministry said.": '"went on alert" is no trigger (an intransitive state), '
    + _ONE_PARTY,
    "Spain sent hundreds of riot police to Ceuta on Friday to face a surge of migrants from Morocco, officials said.": "police sent to one's own city: a deployment at home, no target (convention)",
    "Israel called up tens of thousands of reservists on Sunday ahead of an offensive in Lebanon, the army said.": '"called up" with a quantity object: the phrase "call reservist" not reached through "tens of thousands of"',
    "Serbia walked out of negotiations with Kosovo.": _CODE
    + ": a walkout from talks is a boycott, 143 (rule 86b), not 164",
    "Kenya's president on Sunday withdrew as mediator between Sudan and South Sudan, his office said.": _CODE
    + ': "withdrew" alone is a retreat (0874); "as mediator" is not read as the mediation ended',
    "France withdrew its troops from Niger.": _CODE + ": troops withdrawn are a retreat, 0874 (rule 190b)",
    "Burkina Faso expelled French journalists.": _CODE
    + ": journalists expelled are individuals expelled, 174 (as in sweep2)",
    "Iran barred French nuclear inspectors.": _CODE
    + ': "barred" is a ban, 172; a barring of inspectors is not read as their expulsion',
    "Ethiopia on Monday suspended two Dutch aid organisations, the Ethiopian authorities said.": '"suspended" an'
    " organisation is no trigger (the Dutch aid organisations are NLD)",
    "Indian troops on Saturday violated the ceasefire along the Line of Control, Pakistan's army said.": "the other side is named only as the speaker (Pakistan's army); the Line of Control is no actor",
    "Algeria on Friday carried out mass expulsions of migrants from Niger, aid groups said.": 'the "from" phrase under the migrants is not read as the target of the noun "expulsions"',
    "Serbia ethnically cleansed Albanians from Kosovo.": '"cleanse" is no trigger (its adverb "ethnically" names the act); the victims are ALB by name',
    "Myanmar's military on Monday was accused of ethnic cleansing against Bangladeshi villagers by a UN panel.": "our expectation's error: the sentence reports an accusation (IGO -> MMR 1124), not an asserted act",
    "Pakistan on Tuesday detonated a nuclear warhead over Indian troops, the Indian army said.": 'the "over" phrase naming troops is not read as a target (only a place is)',
}


@pytest.mark.parametrize(("text", "source", "target", "code"), table_cases(ROWS, XFAIL))
def test_sweep5_roots_15_16_19_20(rules_nlp: Language, text: str, source: str, target: str, code: str) -> None:
    found = asserted(rules_nlp, text)
    assert root_row_passes(found, source, target, code), sorted(found)


@pytest.mark.parametrize(("text", "source", "target", "root"), table_cases(CONTROLS, XFAIL))
def test_sweep5_controls(rules_nlp: Language, text: str, source: str, target: str, root: str) -> None:
    found = asserted(rules_nlp, text)
    assert control_passes(found, source, target, root), sorted(found)


@pytest.mark.parametrize(("text", "source", "target", "code"), RULE194_ROWS)
def test_rule194_codes_the_sub_code(rules_nlp: Language, text: str, source: str, target: str, code: str) -> None:
    found = asserted(rules_nlp, text)
    assert (source, target, code) in found, sorted(found)


def test_rule194_weapons_of_mass_destruction_are_no_property_destroyed(rules_nlp: Language) -> None:
    found = asserted(rules_nlp, "Russia used weapons of mass destruction against Ukraine.")
    assert found == {("RUS", "UKR", "204")}


def test_sweep5_covers_every_subcode() -> None:
    subcodes = {code for _, _, _, code in ROWS}
    assert len(subcodes) == 32
    assert {code[:2] for code in subcodes} == {"15", "16", "19", "20"}
    assert all(sum(row[3] == code for row in ROWS) == 3 for code in subcodes)
    assert set(XFAIL) <= {row[0] for row in ROWS + CONTROLS}
    assert len({row[0] for row in ROWS + CONTROLS}) == len(ROWS + CONTROLS)
