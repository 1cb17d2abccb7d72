"""A seventh table of invented sentences, wire-news style, about country pairs and settings the earlier tables use
less, for generalisation to unseen news text (issue 14, session 24; docs/events.md rule 135).

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set, and none
repeats a sentence of the earlier tables (``test_short2_sentences``, ``test_short4_sentences``,
``test_short5_events``, ``test_short6_events``, ``test_short7_events``). Four rows per CAMEO root 01-20, one event
each, about Africa, Latin America, South Asia and the Gulf (Kenya and Haiti, Rwanda and Congo, Bolivia and Peru,
Oman and Iran, Sri Lanka and India), UN bodies (the Security Council, the ICC, the World Food Programme), rebels
and militants named by group (the Houthis, al-Shabaab, Boko Haram, the ELN, the Rapid Support Forces), police
and protesters, in the constructions wire copy uses: passive voice ("were extradited to Kenya by Tanzania"),
nominalizations ("the signing of a security pact between Kenya and Haiti", "the seizure of an Indian fishing boat
by the Sri Lankan navy"), relative clauses ("Malian jihadists, who abducted three Chinese workers last month,
..."), quotations with reporting verbs, headline fragments ("Oman, Iran sign maritime cooperation deal", "Kuwait
deports hundreds of Egyptian workers") and dates ("On March 3, ..."). The expected source, target, CAMEO code and
mode were chosen from the CAMEO code descriptions (/work/shared/data/cameo-eventcodes.tsv) and the resolver's
actor conventions (a group's country code: the Houthis YEM, the ELN COL) before the coder ran; the test compares
the root, the actors on their primary codes, and the mode.

First run on integ: 62 of 80 rows and both no-event sentences; no expectation revised. Rule 135's fixes (a-h,
docs/events.md) bring it to 72 of 80, rule 144 (session 24, headline3) to 75. Rows still missed are in ``XFAIL``
with a one-line reason each.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import table_cases
from .test_short2_sentences import ASSERTED, events_of

# (sentence, source, target, CAMEO code chosen beforehand, mode)
SHORT8_SENTENCES: list[tuple[str, str, str, str, str]] = [
    # 01 make public statement
    (
        "Rwanda on Monday denied accusations by the Democratic Republic of Congo that it supports rebels in the east.",
        "RWA",
        "COD",
        "016",
        ASSERTED,
    ),
    (
        "Condolences were sent to Nepal by the government of Bangladesh after the landslide.",
        "BGD",
        "NPL",
        "018",
        ASSERTED,
    ),
    (
        "Ecuador acknowledged responsibility for the raid on the Mexican embassy in Quito, which Mexico called a "
        "violation of international law.",
        "ECU",
        "MEX",
        "015",
        ASSERTED,
    ),
    ("Kuwaiti minister optimistic about border talks with Iraq", "KWT", "IRQ", "013", ASSERTED),
    # 02 appeal
    (
        "The UN Security Council called on the Houthis to stop their attacks on merchant ships in the Red Sea.",
        "IGO",
        "YEM",
        "025",
        ASSERTED,
    ),
    ("Ghana was urged by the International Monetary Fund to cut public spending.", "IGO", "GHA", "020", ASSERTED),
    ("Peru urges Bolivia to reopen border crossings", "PER", "BOL", "020", ASSERTED),
    (
        '"Colombia must do more to protect social leaders," the UN human rights office said in an appeal to '
        "Bogota on Friday.",
        "IGO",
        "COL",
        "020",
        ASSERTED,
    ),
    # 03 express intent to cooperate
    (
        "Saudi Arabia has pledged $2 billion in reconstruction aid to Sudan, the Saudi Press Agency reported on "
        "Monday.",
        "SAU",
        "SDN",
        "033",
        ASSERTED,
    ),
    (
        "Military assistance was promised to Somalia by Turkey during a visit to Mogadishu.",
        "TUR",
        "SOM",
        "033",
        ASSERTED,
    ),
    (
        "India, which has long supplied fuel to Sri Lanka, promised new credit lines to Colombo on Wednesday.",
        "IND",
        "LKA",
        "031",
        ASSERTED,
    ),
    ("Qatar to invest $5 billion in Egypt", "QAT", "EGY", "031", ASSERTED),
    # 04 consult
    (
        "Nigerian President Bola Tinubu held talks with Ghana's president in Abuja on Monday.",
        "NGA",
        "GHA",
        "040",
        ASSERTED,
    ),
    (
        "The Sudanese army chief was received in Cairo by the Egyptian president on Sunday.",
        "EGY",
        "SDN",
        "043",
        ASSERTED,
    ),
    ("The visit by the Indian prime minister to Nepal was the first in five years.", "IND", "NPL", "042", ASSERTED),
    ("Iranian foreign minister in Riyadh for talks with Saudi officials", "IRN", "SAU", "040", ASSERTED),
    # 05 engage in diplomatic cooperation
    (
        "The signing of a security pact between Kenya and Haiti took place in Nairobi on Friday.",
        "KEN",
        "HTI",
        "057",
        ASSERTED,
    ),
    ("A peace agreement was signed by the Colombian government and the ELN in Havana.", "COL", "COL", "057", ASSERTED),
    (
        "Diplomatic relations between Bolivia and Peru were restored on Tuesday after a two-year rupture.",
        "BOL",
        "PER",
        "05",
        ASSERTED,
    ),
    ("Oman, Iran sign maritime cooperation deal", "OMN", "IRN", "057", ASSERTED),
    # 06 engage in material cooperation
    (
        "Joint naval exercises between Egypt and Saudi Arabia began in the Red Sea on Sunday.",
        "EGY",
        "SAU",
        "062",
        ASSERTED,
    ),
    ("Two suspects in the bombing were extradited to Kenya by Tanzania last week.", "TZA", "KEN", "063", ASSERTED),
    (
        "Indian police shared intelligence with their Nepalese counterparts about a smuggling network.",
        "IND",
        "NPL",
        "064",
        ASSERTED,
    ),
    (
        "The intelligence that Colombia shared with Ecuador led to the arrest of a drug lord.",
        "COL",
        "ECU",
        "064",
        ASSERTED,
    ),
    # 07 provide aid
    (
        "Food and medicine were flown to Malawi by the United Arab Emirates after the cyclone.",
        "ARE",
        "MWI",
        "073",
        ASSERTED,
    ),
    (
        "The delivery of UN food aid to Haiti resumed on Monday after a week of gang violence.",
        "IGO",
        "HTI",
        "073",
        ASSERTED,
    ),
    ("Kuwait grants $100 million loan to Jordan", "KWT", "JOR", "071", ASSERTED),
    (
        '"We have sent fifty tonnes of aid to Libya," Algeria\'s foreign minister told reporters.',
        "DZA",
        "LBY",
        "073",
        ASSERTED,
    ),
    # 08 yield
    ("Forty Senegalese fishermen were released by Mauritanian authorities on Thursday.", "MRT", "SEN", "084", ASSERTED),
    (
        "The release of three Kenyan hostages by al-Shabaab was confirmed by officials in Nairobi.",
        "SOM",
        "KEN",
        "084",
        ASSERTED,
    ),
    (
        "Eritrean troops have withdrawn from the Tigray region of Ethiopia, the African Union said.",
        "ERI",
        "ETH",
        "087",
        ASSERTED,
    ),
    ("Venezuela lifts ban on flights to Panama", "VEN", "PAN", "081", ASSERTED),
    # 09 investigate
    (
        "Allegations of abuse by Congolese peacekeepers are being investigated by the United Nations.",
        "IGO",
        "COD",
        "090",
        ASSERTED,
    ),
    (
        "A UN panel began investigating the killing of protesters by Sudanese security forces.",
        "IGO",
        "SDN",
        "090",
        ASSERTED,
    ),
    (
        "Mexico opened an inquiry into the deaths of Guatemalan migrants in a fire at a detention centre.",
        "MEX",
        "GTM",
        "090",
        ASSERTED,
    ),
    (
        "On March 3, the International Criminal Court opened an investigation into alleged crimes in Venezuela.",
        "IGO",
        "VEN",
        "090",
        ASSERTED,
    ),
    # 10 demand
    ("Algeria demanded an apology from Morocco over the remarks of its envoy.", "DZA", "MAR", "100", ASSERTED),
    ("The withdrawal of Ugandan troops from Ituri was demanded by Congo's parliament.", "COD", "UGA", "100", ASSERTED),
    (
        "Nigeria insisted that Niger release the detained Nigerian soldiers, the foreign ministry said on Monday.",
        "NGA",
        "NER",
        "100",
        ASSERTED,
    ),
    ("Iraq demands Turkey halt air strikes in Kurdistan region", "IRQ", "TUR", "100", ASSERTED),
    # 11 disapprove
    (
        "Kenya was accused by Ugandan officials of mistreating truck drivers at the border.",
        "UGA",
        "KEN",
        "112",
        ASSERTED,
    ),
    ("ECOWAS condemned the coup in Guinea, calling it unacceptable.", "IGO", "GIN", "111", ASSERTED),
    ("Pakistan slams India over water treaty suspension", "PAK", "IND", "111", ASSERTED),
    (
        "Bangladeshi protesters, who marched through Dhaka on Friday, denounced India over killings at the border.",
        "BGD",
        "IND",
        "111",
        ASSERTED,
    ),
    # 12 reject
    ("Ethiopia rejected a proposal by Egypt on the filling of the dam.", "ETH", "EGY", "120", ASSERTED),
    ("The Saudi peace plan was rejected by the Houthis on Sunday.", "YEM", "SAU", "120", ASSERTED),
    ("Guatemala refused to accept deportation flights from the United States.", "GTM", "USA", "120", ASSERTED),
    ("Mali rejects ECOWAS sanctions", "MLI", "IGO", "120", ASSERTED),
    # 13 threaten
    ("Sanctions were threatened against Eritrea by the UN Security Council.", "IGO", "ERI", "130", ASSERTED),
    (
        "Venezuela warned Guyana that it would take action if drilling continued in the disputed area.",
        "VEN",
        "GUY",
        "130",
        ASSERTED,
    ),
    ("The Houthis threatened to attack Saudi oil facilities if the blockade continued.", "YEM", "SAU", "138", ASSERTED),
    ("India threatens to suspend trade with Maldives", "IND", "MDV", "131", ASSERTED),
    # 14 protest
    ("Sri Lankan fishermen protested outside the Indian high commission in Colombo.", "LKA", "IND", "141", ASSERTED),
    (
        "A hunger strike by Palestinian prisoners in Israeli jails entered its third week.",
        "PSE",
        "ISR",
        "142",
        ASSERTED,
    ),
    (
        "Thousands of Kenyan protesters marched on parliament in Nairobi on Tuesday against a new tax bill.",
        "KEN",
        "KEN",
        "141",
        ASSERTED,
    ),
    ("Argentine farmers block highways in protest against government export taxes", "ARG", "ARG", "144", ASSERTED),
    # 15 exhibit force posture
    ("Troops were deployed by Kenya along its border with Somalia.", "KEN", "SOM", "152", ASSERTED),
    (
        "The deployment of Rwandan troops near the Burundian border alarmed officials in Gitega.",
        "RWA",
        "BDI",
        "152",
        ASSERTED,
    ),
    ("Venezuela mobilized troops near the border with Guyana on Monday.", "VEN", "GUY", "152", ASSERTED),
    ("Iranian navy stages drills near UAE-claimed islands", "IRN", "ARE", "150", ASSERTED),
    # 16 reduce relations
    ("Niger's junta suspended military cooperation with Benin in August.", "NER", "BEN", "160", ASSERTED),
    ("The Venezuelan ambassador was expelled by Peru on Wednesday.", "PER", "VEN", "166", ASSERTED),
    (
        "Algeria's severing of diplomatic ties with Morocco in 2021 hurt trade across the region.",
        "DZA",
        "MAR",
        "161",
        ASSERTED,
    ),
    ("Burkina Faso expels French military attache", "BFA", "FRA", "166", ASSERTED),
    # 17 coerce
    ("Dozens of Nigerian traders were arrested by Ghanaian police in Accra on Monday.", "GHA", "NGA", "173", ASSERTED),
    (
        "The seizure of an Indian fishing boat by the Sri Lankan navy angered politicians in Chennai.",
        "LKA",
        "IND",
        "171",
        ASSERTED,
    ),
    (
        "Police in Zimbabwe fired tear gas at opposition supporters who had gathered in Harare.",
        "ZWE",
        "ZWE",
        "175",
        ASSERTED,
    ),
    ("Kuwait deports hundreds of Egyptian workers", "KWT", "EGY", "174", ASSERTED),
    # 18 assault
    ("Two Kenyan aid workers were kidnapped by al-Shabaab near the Somali border.", "SOM", "KEN", "181", ASSERTED),
    ("A suicide bombing by Boko Haram killed twenty Nigerian soldiers in Borno state.", "NGA", "NGA", "183", ASSERTED),
    (
        "Malian jihadists, who abducted three Chinese workers last month, demanded a ransom.",
        "MLI",
        "CHN",
        "181",
        ASSERTED,
    ),
    ("Pakistani militants kill five Chinese engineers in suicide attack", "PAK", "CHN", "183", ASSERTED),
    # 19 fight
    ("Ethiopian army positions were shelled by Eritrean troops on Sunday.", "ERI", "ETH", "194", ASSERTED),
    (
        "Clashes between Indian and Chinese troops in the Galwan valley left twenty soldiers dead.",
        "IND",
        "CHN",
        "190",
        ASSERTED,
    ),
    (
        "Houthi rebels fired missiles at an American warship in the Red Sea on January 12.",
        "YEM",
        "USA",
        "190",
        ASSERTED,
    ),
    ("Colombian army battles ELN rebels near Venezuelan border", "COL", "COL", "190", ASSERTED),
    # 20 use unconventional mass violence
    (
        "Thousands of Rohingya were massacred by the Myanmar army in 2017, a UN report said.",
        "MMR",
        "MMR",
        "202",
        ASSERTED,
    ),
    (
        "The ethnic cleansing of Masalit civilians in Darfur by the Rapid Support Forces was documented by Human "
        "Rights Watch.",
        "SDN",
        "SDN",
        "203",
        ASSERTED,
    ),
    (
        "Sudanese government forces, which used chemical weapons against Darfur rebels in 2016, denied the report.",
        "SDN",
        "SDN",
        "204",
        ASSERTED,
    ),
    ("Syrian army accused of gas attack on rebels in Douma", "SYR", "SYR", "204", ASSERTED),
]

# sentences with no event between two parties
SHORT8_NO_EVENT: list[str] = [
    "The Kenyan police said on Monday that the weather had delayed the opening of the border post.",
    "Nigeria's central bank governor, who took office in 2023, said inflation would fall next year.",
]

# rows the coder still misses, each with why it is left (docs/events.md rule 135)
XFAIL: dict[str, str] = {
    "A hunger strike by Palestinian prisoners in Israeli jails entered its third week.": "the protest's target is "
    "only the owner of the protesters' place ('in Israeli jails'); a place is no protest target (rule 29)",
    "Argentine farmers block highways in protest against government export taxes": "the bare 'government' of a "
    "headline is not resolved to Argentina's government (no country in its phrase), so the protest has no target",
    "The deployment of Rwandan troops near the Burundian border alarmed officials in Gitega.": "the parser reads "
    "'alarmed' as an adjective of 'officials', making 'the Burundian border alarmed officials' one noun phrase",
    "Thousands of Rohingya were massacred by the Myanmar army in 2017, a UN report said.": "the resolver codes the "
    "Rohingya with Myanmar's own code (MMR), so the army (MMRMIL) and its victims are one state, no domestic pair",
    "Syrian army accused of gas attack on rebels in Douma": "an accused act is hypothetical by the coder's "
    "convention and 'gas attack' is generic force (190; 'gas' is no chemical domain word, since 'tear gas' is not)",
}


@pytest.mark.parametrize(("text", "source", "target", "code", "mode"), table_cases(SHORT8_SENTENCES, XFAIL))
def test_short8_sentence_codes_its_event(
    rules_nlp: Language, text: str, source: str, target: str, code: str, mode: str
) -> None:
    found = {(s, t, c[:2], m) for s, t, c, m in events_of(rules_nlp, text)}
    assert (source, target, code[:2], mode) in found


@pytest.mark.parametrize("text", SHORT8_NO_EVENT)
def test_short8_sentence_without_event(rules_nlp: Language, text: str) -> None:
    assert events_of(rules_nlp, text) == set()


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in SHORT8_SENTENCES}


def test_table_covers_every_root_four_times() -> None:
    per_root: dict[str, int] = {}
    for *_, code, _ in SHORT8_SENTENCES:
        per_root[code[:2]] = per_root.get(code[:2], 0) + 1
    assert per_root == {f"{n:02d}": 4 for n in range(1, 21)}


def found_roots(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    """(source, target, CAMEO root, mode) of every event of ``text``."""
    return {(s, t, c[:2], m) for s, t, c, m in events_of(nlp, text)}


# -- rule 135a: a headline's comma-listed subject ("Oman, Iran sign deal") is a coordination -------------------------


@pytest.mark.parametrize(
    ("text", "pair", "root"),
    [
        ("Oman, Iran sign maritime cooperation deal", ("OMN", "IRN"), "05"),
        ("Rwanda, Congo sign peace deal in Washington", ("RWA", "COD"), "05"),
        ("Kenya, Somalia hold talks on border", ("KEN", "SOM"), "04"),
        ("Xi, Putin meet in Moscow", ("CHN", "RUS"), "04"),
    ],
)
def test_rule135a_listed_subject_both_ways(rules_nlp: Language, text: str, pair: tuple[str, str], root: str) -> None:
    a, b = pair
    assert {(a, b, root, ASSERTED), (b, a, root, ASSERTED)} <= found_roots(rules_nlp, text)


def test_rule135a_apposition_with_closing_comma_kept(rules_nlp: Language) -> None:
    # an apposition set off by two commas, with a singular verb, names one actor: no event toward Russia
    found = found_roots(
        rules_nlp, "Sergei Lavrov, Russia's foreign minister, says Moscow will retaliate against Ukraine"
    )
    assert not any("RUS" == t for _, t, _, _ in found)


# -- rule 135b: relief goods flown, shipped or trucked to a party are aid ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Food and medicine were flown to Malawi by the United Arab Emirates.", ("ARE", "MWI", "07", ASSERTED)),
        ("The UAE shipped food to Malawi.", ("ARE", "MWI", "07", ASSERTED)),
        ("Turkey trucked tents and blankets to Syria.", ("TUR", "SYR", "07", ASSERTED)),
        ("The US shipped weapons to Ukraine.", ("USA", "UKR", "07", ASSERTED)),
    ],
)
def test_rule135b_conveyed_aid(rules_nlp: Language, text: str, expected: tuple[str, str, str, str]) -> None:
    found = found_roots(rules_nlp, text)
    assert expected in found
    assert not any(root == "04" for _, _, root, _ in found)  # no visit by the sender


def test_rule135b_journey_and_other_goods_unchanged(rules_nlp: Language) -> None:
    assert ("RUS", "CHN", "04", ASSERTED) in found_roots(rules_nlp, "Putin flew to Beijing.")
    # revised by rule 364 (session 36, trade1; written no event): energy carried is trade, 061 as "supplied oil"
    assert found_roots(rules_nlp, "China shipped oil to India.") == {("CHN", "IND", "06", ASSERTED)}
    assert found_roots(rules_nlp, "China shipped steel to India.") == set()


# -- rule 135c: a thing acted on named through its owner; 135d: goods named through their giver ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The seizure of an Indian fishing boat by the Sri Lankan navy angered politicians in Chennai.",
            ("LKA", "IND", "17", ASSERTED),
        ),
        ("The arrest of a French journalist by Russian police angered Paris.", ("RUS", "FRA", "17", ASSERTED)),
        ("The seizure of a British tanker by Iran was condemned.", ("IRN", "GBR", "17", ASSERTED)),
        ("The delivery of UN food aid to Haiti resumed on Monday.", ("IGO", "HTI", "07", ASSERTED)),
    ],
)
def test_rule135cd_owner_of_the_of_object(rules_nlp: Language, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in found_roots(rules_nlp, text)


def test_rule135c_no_doer_no_event(rules_nlp: Language) -> None:
    # the patient's owner alone makes no event: nobody is named as the doer
    assert events_of(rules_nlp, "The seizure of an Indian fishing boat angered politicians in Chennai.") == set()


# -- rule 135e: a gerund used as a noun is its verb's act -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Algeria's severing of diplomatic ties with Morocco in 2021 hurt trade across the region.",
            {("DZA", "MAR", "16", ASSERTED)},
        ),
        (
            "The signing of a security pact between Kenya and Haiti took place in Nairobi on Friday.",
            {("KEN", "HTI", "05", ASSERTED), ("HTI", "KEN", "05", ASSERTED)},
        ),
    ],
)
def test_rule135e_nominal_gerund(rules_nlp: Language, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert expected <= found_roots(rules_nlp, text)


def test_rule135e_gerund_verb_spelling() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from detente.nlp.events.triggers import gerund_verb

    words = ["severing", "closing", "cutting", "ring", "meeting"]
    doc = Doc(Vocab(), words=words, tags=["NN"] * len(words))
    verbs = {"sever", "close", "cut", "meet"}
    assert [gerund_verb(t, verbs) for t in doc] == ["sever", "close", "cut", None, "meet"]


def test_rule135e_casualty_gerund_not_read(rules_nlp: Language) -> None:
    # the lexicon reads casualties through their victims and doers, not a "killing" noun (rules 43, 70, 79):
    # the gerund reading leaves casualty verbs alone, so only the condemnation is coded here
    found = found_roots(rules_nlp, "Kenya condemned the killing of Kenyan fishermen by Somali militants.")
    assert ("KEN", "SOM", "11", ASSERTED) in found
    assert not any(root == "19" for _, _, root, _ in found)


def test_rule135e_standing_pact_still_no_event(rules_nlp: Language) -> None:
    # a standing treaty no making word governs stays no event (rule 13's standing references)
    assert events_of(rules_nlp, "The pact between Kenya and Haiti angered opposition politicians.") == set()


# -- rule 135f: a headline attitude held by a role noun ---------------------------------------------------------------


def test_rule135f_role_noun_headline_attitude(rules_nlp: Language) -> None:
    found = found_roots(rules_nlp, "Kuwaiti minister optimistic about border talks with Iraq")
    assert ("KWT", "IRQ", "01", ASSERTED) in found


# -- rule 135g: a passive with no agent on a "between" pair -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Diplomatic relations between Bolivia and Peru were restored on Tuesday.", "05"),
        ("Ties between Bolivia and Peru were cut.", "16"),
    ],
)
def test_rule135g_passive_between_pair(rules_nlp: Language, text: str, root: str) -> None:
    assert {("BOL", "PER", root, ASSERTED), ("PER", "BOL", root, ASSERTED)} <= found_roots(rules_nlp, text)


def test_rule135g_agent_keeps_its_reading(rules_nlp: Language) -> None:
    assert ("CAN", "IRN", "16", ASSERTED) in found_roots(rules_nlp, "Relations with Iran were downgraded by Canada.")


# -- rule 135h: headline verbs the tagger misread ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colombian army battles ELN rebels near Venezuelan border", ("COL", "COL", "19", ASSERTED)),
        ("Venezuela lifts ban on flights to Panama", ("VEN", "PAN", "08", ASSERTED)),
        ("Russia lifts ban on Georgian wine", ("RUS", "GEO", "08", ASSERTED)),
    ],
)
def test_rule135h_misread_headline_verb(rules_nlp: Language, text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in found_roots(rules_nlp, text)


def test_rule135h_real_auxiliaries_untouched(rules_nlp: Language) -> None:
    assert ("KEN", "SOM", "17", ASSERTED) in found_roots(rules_nlp, "Kenya has banned flights to Somalia")
