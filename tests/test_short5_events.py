"""A fourth table of invented short news sentences, for generalisation to sentences the coder was not tuned on
(issue 14, session 23; docs/events.md rule 121).

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set, written in
the style of short constructed coder-validation sentences and wire leads, five or more per CAMEO root 01-20, with
the variety the first three tables (``test_short2_sentences``, ``test_short4_sentences``, the short1/3 tables)
lack: the passive with a "by" agent ("Venezuela was criticised by Brazil"), relative clauses on an actor
("Tanzania, which Kenya accused of ..."), offices written in lower case or by a capital's possessive ("the french
foreign minister", "Beijing's envoy"), plural parties ("Bolivia and Peru called on Chile", "Thai and Cambodian
soldiers"), negation and modality ("did not criticise", "may ease", "could impose"), dates ("on 27 June", "in
March 2023"), nationality adjectives as actors ("Turkish troops", "Iranian officials"), and country pairs of Asia,
Africa and Latin America (83 countries, 112 ordered pairs). The expected source, target, CAMEO code and mode were
chosen from the CAMEO code descriptions before the coder ran; the test compares the root, actors on their primary
codes as the scorer compares them, and the mode (asserted, negated, hypothetical).

First run on integ: 111 of 128 event rows and 3 of 4 no-event sentences. Five expectations were revised after it,
each because it broke a convention the project measured and documents, not to fit the output: "Thousands of
Kenyans protested in Nairobi against a new tax" was written as a no-event sentence, but domestic events are coded
(KENCVL -> KEN 141, docs/events.md "Domestic events"); "India denied that its forces had shelled Pakistani
villages" expected the shelling beside the denial as a negated 190, but a denial wrapper takes over the act it
denies (rule 38's "denials": only the 016), so ``NOT_ASSERTED`` checks that no shelling is
asserted; and three events of a relative clause beside an asserted main event ("Pakistan, which India accused of
harbouring militants, praised China": IND -> PAK 112) give way to the main event by rule 53c (measured on PLOVER
and ConfliBERT), so ``test_relative_clause_event_gives_way_to_main_event`` checks that instead. One row was added
after the first run so that root 09 has five (coded before it ran: "Thailand opened an inquiry ..."). On the revised
table integ passed 113 of 126 event rows (86 with the exact chosen code) and all 3 no-event sentences; with rule
121's fixes 121 of 126 (92 exact). Rows still missed are in ``XFAIL`` with a one-line reason each.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases
from .test_short2_sentences import ASSERTED, HYPOTHETICAL, NEGATED, events_of

# (sentence, source, target, CAMEO code chosen beforehand, mode); a sentence with two events has two rows
SHORT5_SENTENCES: list[tuple[str, str, str, str, str]] = [
    # 01 make public statement
    ("Nigeria denied responsibility for the attack on Cameroonian soldiers.", "NGA", "CMR", "016", ASSERTED),
    ("Thai officials declined to comment on the Cambodian proposal.", "THA", "KHM", "011", ASSERTED),
    ("The Kenyan president expressed condolences to Tanzania over the ferry disaster.", "KEN", "TZA", "018", ASSERTED),
    ("Chile acknowledged responsibility for the border incident with Bolivia.", "CHL", "BOL", "015", ASSERTED),
    ("India denied that its forces had shelled Pakistani villages on Sunday.", "IND", "PAK", "016", ASSERTED),
    # 02 appeal
    ("Sudan's army was urged by the African Union to accept a ceasefire.", "IGO", "SDN", "025", ASSERTED),
    ("Haiti appealed to the United Nations for humanitarian aid.", "HTI", "IGO", "023", ASSERTED),
    ("Bolivia and Peru called on Chile to return to the negotiating table.", "BOL", "CHL", "026", ASSERTED),
    ("Bolivia and Peru called on Chile to return to the negotiating table.", "PER", "CHL", "026", ASSERTED),
    ("On Monday the french foreign minister urged Algeria to release a jailed writer.", "FRA", "DZA", "025", ASSERTED),
    ("The Philippines asked Japan for more coast guard vessels.", "PHL", "JPN", "021", ASSERTED),
    # 03 express intent to cooperate
    ("Indonesia pledged humanitarian aid to Myanmar.", "IDN", "MMR", "033", ASSERTED),
    ("Vietnam said it was willing to hold talks with Cambodia.", "VNM", "KHM", "036", ASSERTED),
    ("Ghana offered to mediate between Mali and Burkina Faso.", "GHA", "MLI", "039", ASSERTED),
    ("Ghana offered to mediate between Mali and Burkina Faso.", "GHA", "BFA", "039", ASSERTED),
    ("Argentina promised to cooperate with Paraguay on border security.", "ARG", "PRY", "030", ASSERTED),
    ("Mexico said on Friday it would resume oil shipments to Cuba.", "MEX", "CUB", "031", ASSERTED),
    # 04 consult
    ("The Indonesian president was received in Tokyo by the Japanese prime minister.", "JPN", "IDN", "043", ASSERTED),
    ("Senegal and Gambia held talks on the border dispute on Tuesday.", "SEN", "GMB", "040", ASSERTED),
    ("Senegal and Gambia held talks on the border dispute on Tuesday.", "GMB", "SEN", "040", ASSERTED),
    ("Beijing's envoy met Myanmar's military leaders in Naypyidaw.", "CHN", "MMR", "040", ASSERTED),
    ("Iranian officials visited Baghdad for talks on water sharing.", "IRN", "IRQ", "042", ASSERTED),
    ("Egypt's president spoke by telephone with the Saudi crown prince.", "EGY", "SAU", "041", ASSERTED),
    ("The Venezuelan president did not meet the Colombian delegation.", "VEN", "COL", "040", NEGATED),
    # 05 engage in diplomatic cooperation
    ("Rwanda and Congo signed a peace agreement in Washington on 27 June.", "RWA", "COD", "057", ASSERTED),
    (
        "The Brazilian president was praised by his Argentine counterpart for hosting the summit.",
        "ARG",
        "BRA",
        "051",
        ASSERTED,
    ),
    (
        "Pakistan, which India accused of harbouring militants, praised China for its support.",
        "PAK",
        "CHN",
        "051",
        ASSERTED,
    ),
    ("Kuwait forgave Iraq for the 1990 invasion.", "KWT", "IRQ", "056", ASSERTED),
    ("Honduras recognised the People's Republic of China in March 2023.", "HND", "CHN", "054", ASSERTED),
    # 06 engage in material cooperation
    ("Indian and Japanese warships held joint exercises in the Bay of Bengal.", "IND", "JPN", "062", ASSERTED),
    ("Colombia extradited a drug lord to the United States.", "COL", "USA", "063", ASSERTED),
    ("Egypt shared intelligence with Sudan on border smuggling.", "EGY", "SDN", "064", ASSERTED),
    ("Turkish troops trained Somali soldiers in Mogadishu.", "TUR", "SOM", "062", ASSERTED),
    ("Kazakhstan and Uzbekistan expanded trade with each other.", "KAZ", "UZB", "061", ASSERTED),
    # 07 provide aid
    ("Emergency food aid was sent to Malawi by South Africa.", "ZAF", "MWI", "073", ASSERTED),
    ("The IMF approved a loan of 3 billion dollars to Egypt.", "IGO", "EGY", "071", ASSERTED),
    ("Russia delivered fighter jets to Mali.", "RUS", "MLI", "072", ASSERTED),
    ("Kenyan police officers deployed to Haiti as peacekeepers.", "KEN", "HTI", "074", ASSERTED),
    ("Ecuador granted asylum to a former Peruvian minister.", "ECU", "PER", "075", ASSERTED),
    # 08 yield
    ("Two Indian fishermen were released by Sri Lanka on Friday.", "LKA", "IND", "084", ASSERTED),
    ("Armenia returned four border villages to Azerbaijan.", "ARM", "AZE", "084", ASSERTED),
    ("The United States lifted sanctions on Syria's central bank.", "USA", "SYR", "085", ASSERTED),
    ("Ethiopia withdrew its troops from Somalia.", "ETH", "SOM", "087", ASSERTED),
    ("Venezuela allowed UN human rights monitors to return.", "VEN", "IGO", "086", ASSERTED),
    ("China may ease its ban on Japanese seafood.", "CHN", "JPN", "085", HYPOTHETICAL),
    # 09 investigate
    ("A UN panel investigated human rights abuses in Myanmar.", "IGO", "MMR", "092", ASSERTED),
    (
        "The International Criminal Court opened an investigation into war crimes in Sudan.",
        "IGO",
        "SDN",
        "094",
        ASSERTED,
    ),
    ("Brazilian prosecutors investigated bribes paid by a Chinese company.", "BRA", "CHN", "091", ASSERTED),
    ("South Africa launched an inquiry into the deaths of Zimbabwean migrants.", "ZAF", "ZWE", "090", ASSERTED),
    ("Interpol was asked by Turkey to investigate the Swedish suspects.", "TUR", "IGO", "020", ASSERTED),
    # added after the first run to give root 09 five rows (the row above is an appeal), coded before it ran
    ("Thailand opened an inquiry into the killing of a Cambodian activist in Bangkok.", "THA", "KHM", "090", ASSERTED),
    # 10 demand
    ("Iraq demanded that Turkish troops leave its territory.", "IRQ", "TUR", "106", ASSERTED),
    ("Pakistan demanded an apology from Afghanistan.", "PAK", "AFG", "100", ASSERTED),
    ("Iranian officials demanded the release of an oil tanker seized by Britain.", "IRN", "GBR", "1053", ASSERTED),
    ("Beijing's envoy demanded that Manila stop sending ships to the shoal.", "CHN", "PHL", "100", ASSERTED),
    ("Ukraine demanded that Hungary allow the transit of weapons.", "UKR", "HUN", "100", ASSERTED),
    # 11 disapprove
    ("South Africa filed a genocide case against Israel at the World Court.", "ZAF", "ISR", "115", ASSERTED),
    ("Venezuela was criticised by Brazil over the disputed election.", "BRA", "VEN", "111", ASSERTED),
    ("Ethiopia accused Eritrea of backing Tigrayan rebels.", "ETH", "ERI", "112", ASSERTED),
    ("On Tuesday the chinese foreign ministry lodged a formal complaint with Seoul.", "CHN", "KOR", "114", ASSERTED),
    ("Turkey did not criticise Azerbaijan over the offensive.", "TUR", "AZE", "111", NEGATED),
    ("Iraq was accused by Iran of using chemical weapons in the war.", "IRN", "IRQ", "112", ASSERTED),
    # 12 reject
    ("The Colombian proposal was rejected by Ecuador.", "ECU", "COL", "120", ASSERTED),
    ("Myanmar's junta refused to meet the ASEAN envoy.", "MMR", "IGO", "125", ASSERTED),
    ("Serbia rejected Kosovo's demand for recognition.", "SRB", "XKX", "120", ASSERTED),
    ("Bolivia rejected Chile's offer of talks on sea access.", "BOL", "CHL", "125", ASSERTED),
    ("Israel rejected Egypt's mediation proposal.", "ISR", "EGY", "126", ASSERTED),
    ("North Korea rejected Seoul's offer of food aid.", "PRK", "KOR", "120", ASSERTED),
    # 13 threaten
    ("Niger threatened to expel the French ambassador.", "NER", "FRA", "136", ASSERTED),
    ("Azerbaijan warned Armenia against provoking a new war.", "AZE", "ARM", "130", ASSERTED),
    ("Egypt was threatened with sanctions by the United States.", "USA", "EGY", "1312", ASSERTED),
    ("Uganda said it would send troops into Congo if the rebels attacked.", "UGA", "COD", "138", ASSERTED),
    ("Eritrea threatened to cut off trade with Ethiopia.", "ERI", "ETH", "131", ASSERTED),
    # 14 protest
    ("Thousands of Armenians protested outside the Russian embassy in Yerevan.", "ARM", "RUS", "141", ASSERTED),
    ("Pakistani students demonstrated against France in Lahore.", "PAK", "FRA", "141", ASSERTED),
    ("Kenyan truck drivers blocked the border with Uganda in protest.", "KEN", "UGA", "144", ASSERTED),
    ("Iranian protesters stormed the Saudi embassy in Tehran.", "IRN", "SAU", "145", ASSERTED),
    ("Argentine veterans protested outside the British embassy in Buenos Aires.", "ARG", "GBR", "141", ASSERTED),
    # written as a no-event sentence; a domestic protest is coded (docs/events.md "Domestic events"): KENCVL -> KEN
    ("Thousands of Kenyans protested in Nairobi against a new tax.", "KEN", "KEN", "141", ASSERTED),
    # 15 exhibit force posture
    ("Chinese warships held drills near Taiwan on Saturday.", "CHN", "TWN", "150", ASSERTED),
    ("Armenia put its troops on high alert along the border with Azerbaijan.", "ARM", "AZE", "152", ASSERTED),
    ("Venezuela massed troops on the border with Guyana.", "VEN", "GUY", "154", ASSERTED),
    ("North Korea mobilised troops near the border with South Korea.", "PRK", "KOR", "154", ASSERTED),
    ("Turkish forces conducted military exercises near the Greek islands.", "TUR", "GRC", "150", ASSERTED),
    # 16 reduce relations
    ("Nicaragua broke off diplomatic relations with Taiwan.", "NIC", "TWN", "161", ASSERTED),
    ("Burkina Faso expelled two French diplomats.", "BFA", "FRA", "166", ASSERTED),
    ("Sweden suspended aid to Zimbabwe.", "SWE", "ZWE", "162", ASSERTED),
    ("Australia imposed sanctions on Iranian officials.", "AUS", "IRN", "163", ASSERTED),
    ("Kosovo halted negotiations with Serbia.", "XKX", "SRB", "164", ASSERTED),
    ("Japan could impose sanctions on North Korea.", "JPN", "PRK", "163", HYPOTHETICAL),
    # 17 coerce
    ("Three Chinese fishermen were arrested by the Indonesian navy.", "IDN", "CHN", "173", ASSERTED),
    ("Iran seized a Greek oil tanker in the Gulf.", "IRN", "GRC", "171", ASSERTED),
    ("Malaysia deported hundreds of Indonesian migrants.", "MYS", "IDN", "174", ASSERTED),
    ("Ecuadorian police raided the Mexican embassy in Quito.", "ECU", "MEX", "171", ASSERTED),
    ("Saudi Arabia detained a Lebanese businessman.", "SAU", "LBN", "173", ASSERTED),
    # 18 assault
    ("Al-Shabaab fighters abducted Kenyan aid workers.", "SOM", "KEN", "181", ASSERTED),
    ("Israel assassinated a Hamas leader in Beirut.", "ISR", "PSE", "186", ASSERTED),
    ("Indian border guards beat Bangladeshi migrants.", "IND", "BGD", "182", ASSERTED),
    ("Houthi rebels took the crew of a Japanese ship hostage.", "YEM", "JPN", "181", ASSERTED),
    ("Sudanese militias assaulted Chadian traders at the border.", "SDN", "TCD", "182", ASSERTED),
    # 19 fight
    ("Pakistani jets bombed militant hideouts in Afghanistan.", "PAK", "AFG", "195", ASSERTED),
    ("Ethiopian troops occupied a border town in Sudan.", "ETH", "SDN", "192", ASSERTED),
    ("The Israeli navy blockaded the port of Hodeidah in Yemen.", "ISR", "YEM", "191", ASSERTED),
    ("Thai and Cambodian soldiers exchanged gunfire along the disputed border.", "THA", "KHM", "193", ASSERTED),
    ("Azerbaijan violated the ceasefire with Armenia, Yerevan said.", "AZE", "ARM", "196", ASSERTED),
    # 20 unconventional mass violence
    (
        "North Korea could use nuclear weapons against the United States, analysts said.",
        "PRK",
        "USA",
        "204",
        HYPOTHETICAL,
    ),
    ("Iraq used chemical weapons against Iranian troops in 1988.", "IRQ", "IRN", "204", ASSERTED),
    ("The Dominican Republic carried out mass expulsions of Haitians.", "DOM", "HTI", "201", ASSERTED),
    ("Serbian forces carried out ethnic cleansing in Kosovo.", "SRB", "XKX", "203", ASSERTED),
    ("Rwandan militias committed mass killings in eastern Congo.", "RWA", "COD", "202", ASSERTED),
    # second batch, written after the first ran and before it was read: relative clauses, lower-case offices,
    # plural parties, passives, modes
    (
        "Tanzania, which Kenya accused of blocking its trucks, reopened the border on Monday.",
        "KEN",
        "TZA",
        "112",
        ASSERTED,
    ),
    (
        "Greece, which Turkey has accused of militarising the islands, signed a defence pact with France.",
        "GRC",
        "FRA",
        "057",
        ASSERTED,
    ),
    (
        "The Malian junta, which ECOWAS sanctioned in January, expelled the French ambassador.",
        "MLI",
        "FRA",
        "166",
        ASSERTED,
    ),
    ("On Thursday the indian foreign minister met his chinese counterpart in Moscow.", "IND", "CHN", "040", ASSERTED),
    ("Tokyo's ambassador was summoned by the South Korean foreign ministry.", "KOR", "JPN", "114", ASSERTED),
    ("Beijing's envoy to the UN criticised the Philippine navy.", "CHN", "PHL", "111", ASSERTED),
    ("Iranian officials and their Saudi counterparts held talks in Baghdad on 9 April.", "IRN", "SAU", "040", ASSERTED),
    ("Egypt and Jordan condemned the Israeli raid on Jenin.", "EGY", "ISR", "111", ASSERTED),
    ("Egypt and Jordan condemned the Israeli raid on Jenin.", "JOR", "ISR", "111", ASSERTED),
    ("Peru did not expel the Mexican ambassador.", "PER", "MEX", "166", NEGATED),
    (
        "Bangladesh might suspend talks with Myanmar on the return of Rohingya refugees.",
        "BGD",
        "MMR",
        "164",
        HYPOTHETICAL,
    ),
    ("Kenya and Ethiopia signed a trade agreement on 12 March.", "KEN", "ETH", "057", ASSERTED),
    ("Cuba was visited by the Russian defence minister last week.", "RUS", "CUB", "042", ASSERTED),
    ("Vietnamese fishermen were attacked by Chinese coast guard ships.", "CHN", "VNM", "190", ASSERTED),
    (
        "Nepal accused India, with which it shares a long border, of meddling in its politics.",
        "NPL",
        "IND",
        "112",
        ASSERTED,
    ),
    ("Colombian and Venezuelan officials agreed to reopen the border.", "COL", "VEN", "030", ASSERTED),
]

# sentences with no event between two parties (a statement about no other party, a domestic act of one body)
SHORT5_NO_EVENT: list[str] = [
    "The Nigerian president said on Monday the economy would grow.",
    "Chilean officials said on Tuesday the wildfires were under control.",
    "Vietnam's parliament approved the budget on 3 April.",
]

# (sentence, source, target, root) an event of which must not be asserted: a denied act, an accused act
NOT_ASSERTED: list[tuple[str, str, str, str]] = [
    ("India denied that its forces had shelled Pakistani villages on Sunday.", "IND", "PAK", "19"),
    ("Iraq was accused by Iran of using chemical weapons in the war.", "IRQ", "IRN", "20"),
    ("Turkey did not criticise Azerbaijan over the offensive.", "TUR", "AZE", "11"),
    ("Bangladesh might suspend talks with Myanmar on the return of Rohingya refugees.", "BGD", "MMR", "16"),
]

# rows the coder still misses, each with why it is left (docs/events.md rule 121)
XFAIL: dict[str, str] = {
    "Argentine veterans protested outside the British embassy in Buenos Aires.": "the parser reads the sentence as "
    "one noun phrase ('veterans' the root, 'protested' its participle modifier); re-hanging a participle on a noun "
    "as its verb would misread reduced passives ('fishermen detained in Y')",
    "Ecuadorian police raided the Mexican embassy in Quito.": "'raid' is force (190) in the verb table; a police "
    "raid on a building as coercion (17) would need the verb's sense to follow its doer's role, as rule 68 does only "
    "for protest, obstruction and strike",
    "Houthi rebels took the crew of a Japanese ship hostage.": "the actor resolver reads 'Japanese ship hostage' as "
    "one mention and the parser makes 'hostage' a noun in the object, so 'take ... hostage' (181) is never seen",
    "The Malian junta, which ECOWAS sanctioned in January, expelled the French ambassador.": "the parser hangs "
    "'expelled' as the relative clause and 'ECOWAS' as its subject, so the expulsion is ECOWAS's (IGO -> FRA 166)",
    "Colombian and Venezuelan officials agreed to reopen the border.": "'reopen the border' is no trigger, and an "
    "agreement wrapping nothing coded is no event (rule 4); a reopened border is not one CAMEO act (08x or 03x)",
}


@pytest.mark.parametrize(("text", "source", "target", "code", "mode"), table_cases(SHORT5_SENTENCES, XFAIL))
def test_short5_sentence_codes_its_event(
    rules_nlp: Language, text: str, source: str, target: str, code: str, mode: str
) -> None:
    found = {(s, t, c[:2], m) for s, t, c, m in events_of(rules_nlp, text)}
    assert (source, target, code[:2], mode) in found


@pytest.mark.parametrize("text", SHORT5_NO_EVENT)
def test_short5_sentence_without_event(rules_nlp: Language, text: str) -> None:
    assert events_of(rules_nlp, text) == set()


@pytest.mark.parametrize(("text", "source", "target", "root"), NOT_ASSERTED)
def test_short5_act_not_asserted(rules_nlp: Language, text: str, source: str, target: str, root: str) -> None:
    assert not any((s, t, c[:2]) == (source, target, root) for s, t, c in asserted(rules_nlp, text))


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in SHORT5_SENTENCES}


def test_table_covers_every_root_evenly_and_every_mode() -> None:
    per_root: dict[str, int] = {}
    for *_, code, _ in SHORT5_SENTENCES:
        per_root[code[:2]] = per_root.get(code[:2], 0) + 1
    assert set(per_root) == {f"{n:02d}" for n in range(1, 21)}
    assert min(per_root.values()) >= 5
    assert {mode for *_, mode in SHORT5_SENTENCES} == {ASSERTED, NEGATED, HYPOTHETICAL}


# -- rule 53c kept: a relative clause's event gives way to the sentence's main event --------------------------------


@pytest.mark.parametrize(
    ("text", "main", "background"),
    [
        (
            "Pakistan, which India accused of harbouring militants, praised China for its support.",
            ("PAK", "CHN", "051"),
            ("IND", "PAK", "112"),
        ),
        (
            "Greece, which Turkey has accused of militarising the islands, signed a defence pact with France.",
            ("GRC", "FRA", "057"),
            ("TUR", "GRC", "112"),
        ),
    ],
)
def test_relative_clause_event_gives_way_to_main_event(
    rules_nlp: Language, text: str, main: tuple[str, str, str], background: tuple[str, str, str]
) -> None:
    found = asserted(rules_nlp, text)
    assert main in found
    assert background not in found


# -- 121a: a relative pronoun object stands for the noun its clause hangs on (fixed) --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: no event (the accusation's object "which" named no actor)
        ("Tanzania, which Kenya accused of blocking its trucks, reopened the border on Monday.", ("KEN", "TZA", "112")),
        ("Moldova, which Russia accused of provocations, held elections on Sunday.", ("RUS", "MDA", "112")),
        ("Syria, which Israel bombed on Sunday, said it would respond.", ("ISR", "SYR", "195")),
    ],
)
def test_relative_pronoun_object_is_the_antecedent(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in asserted(rules_nlp, text)


def test_relative_pronoun_object_of_no_actor_gives_no_target(rules_nlp: Language) -> None:
    # the report Israel published names no party: no event
    assert asserted(rules_nlp, "Iran denied the report, which Israel published on Monday.") == set()


# -- 121b: a mass expulsion is 201, an expulsion of diplomats is not (161 since rule 140a) -----------------------------


def test_mass_expulsion(rules_nlp: Language) -> None:
    # before: DOM -> HTI 166
    text = "The Dominican Republic carried out mass expulsions of Haitians."
    assert ("DOM", "HTI", "201") in asserted(rules_nlp, text)
    # diplomats expelled are 161 by the CAMEO manual, the noun as the verb (rule 140a; before: 166)
    assert ("EGY", "TUR", "161") in asserted(rules_nlp, "Egypt carried out the expulsion of two Turkish diplomats.")


# -- 121c: easing a ban is lifting it (fixed) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Algeria eased its ban on French wheat imports.",  # before: DZA -> FRA 163
        "China may ease its ban on Japanese seafood.",  # before: a hypothetical 163
    ],
)
def test_eased_ban_is_no_new_ban(rules_nlp: Language, text: str) -> None:
    found = events_of(rules_nlp, text)
    assert any(c.startswith("08") for _, _, c, _ in found)
    assert not any(c.startswith("16") for _, _, c, _ in found)


# -- 121d: "commit" with an act noun object does the act (fixed) ----------------------------------------------------


def test_committed_killings_are_the_killings(rules_nlp: Language) -> None:
    # before: RWA -> COD 138 (the intent wrapper "commit" read a pledge of force)
    found = asserted(rules_nlp, "Rwandan militias committed mass killings in eastern Congo.")
    assert ("RWA", "COD", "202") in found
    assert not any(c.startswith("13") for *_, c in found)


def test_committed_to_talks_stays_an_intent(rules_nlp: Language) -> None:
    assert ("SRB", "XKX", "036") in asserted(rules_nlp, "Serbia committed to talks with Kosovo.")


# -- 121e: the name before a bare participle root is its subject (fixed) --------------------------------------------


def test_participle_root_takes_the_name_as_subject(rules_nlp: Language) -> None:
    # before: no event ("Sweden(npadvmod) suspended(VBN, ROOT) aid(dobj)")
    assert ("SWE", "ZWE", "162") in asserted(rules_nlp, "Sweden suspended aid to Zimbabwe.")


def test_passive_headline_without_object_is_left(rules_nlp: Language) -> None:
    from detente.nlp.events.parse_repair import rehang_participle_root_subjects

    from .event_sentences import before_stage

    def repaired(text: str) -> int:
        doc = before_stage(rules_nlp, text, "parse_repair")
        actor_tokens = frozenset(i for span in doc.spans["actors"] for i in range(span.start, span.end))
        return rehang_participle_root_subjects(doc, actor_tokens)

    assert repaired("Sweden suspended aid to Zimbabwe.") == 1
    # no direct object: a passive headline ("Putin [was] accused of war crimes"), left as parsed
    assert repaired("Putin accused of war crimes.") == 0


# -- 121f: trade grown with a party is economic cooperation (fixed) -------------------------------------------------


def test_expanded_trade(rules_nlp: Language) -> None:
    # before: no event
    found = asserted(rules_nlp, "Kazakhstan and Uzbekistan expanded trade with each other.")
    assert {("KAZ", "UZB", "061"), ("UZB", "KAZ", "061")} <= found
    assert asserted(rules_nlp, "Japan expanded its army.") == set()


# -- 121g: a crowd storming a building riots; troops storming it attack (fixed) -------------------------------------


def test_protesters_storming_riot(rules_nlp: Language) -> None:
    # before: IRNOPP -> SAUGOV 190
    assert ("IRN", "SAU", "145") in asserted(rules_nlp, "Iranian protesters stormed the Saudi embassy in Tehran.")
    assert ("IRQ", "SWE", "145") in asserted(rules_nlp, "Hundreds of protesters raided the Swedish embassy in Baghdad.")
    found = asserted(rules_nlp, "Israeli troops stormed the Jenin refugee camp.")
    assert ("ISR", "PSE", "190") in found


# -- 121h: the holder of what a release noun gives back (fixed) -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: no event
        ("Iranian officials demanded the release of an oil tanker seized by Britain.", ("IRN", "GBR", "105")),
        ("Iran refused the release of a ship operated by Greenpeace.", ("IRN", "NGO", "124")),
    ],
)
def test_holder_of_released_thing(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(s, t, c[:3]) for s, t, c in asserted(rules_nlp, text)}


def test_released_thing_held_by_no_agent_keeps_its_place(rules_nlp: Language) -> None:
    # no participle agent: the place of the detention is the target, as before
    assert ("GBR", "IRN", "105") in {
        (s, t, c[:3])
        for s, t, c in asserted(rules_nlp, "Britain demanded the release of a journalist detained in Iran.")
    }
