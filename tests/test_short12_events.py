"""A twelfth table of invented sentences, wire-news style, about the LESS-COVERED verbal CAMEO codes, the ones the
earlier tables name only by their root: appeals (021-028: for aid, for reform, to yield, for a ceasefire, to
negotiate), intents (031-039: to give aid, to meet, to mediate), consultation (041 by telephone, 042 visit, 043 host,
044 meet at a third place, 045 mediate, 046 negotiate), diplomatic cooperation (051-057: praise, defend verbally,
rally support, recognize, apologize, forgive, sign), demands (101-108 and 1011-1014), disapproval (111-116:
criticize, the five accusations 1121-1125, rally opposition, complain officially, sue, find guilty), rejections
(1211-1246, 125-129), and two protests (142, 144) and the coercion codes 171-175 (issue 14, session 25;
docs/events.md rule 149). Countries: East and Southern Africa, West and Central Africa, Latin America and the
Caribbean, Central and South-East Asia, Central and Eastern Europe.

The constructions are new to the tables: wire datelines before the lead ("NAIROBI (Reuters) -", "MANILA (AP) -"),
present-tense headlines of acts ("Hungarian foreign minister travels to Bratislava for talks ..."), "called for Y to
...", "rallied its partners against Y's plan", "brokered talks between A and B in <capital>", "pulled troops back
from ...", a protest noun staged outside an embassy ("staged a hunger strike outside the Chinese embassy"), and a
match score after a contest verb ("beat Uruguay 2-0").

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set, and none
repeats a sentence of the earlier tables. The expected source, target and full CAMEO code of each row were chosen
from the CAMEO code descriptions (/work/shared/data/cameo-eventcodes.tsv) before the coder ran; every row is
asserted. The table test compares the root and the actors on their primary codes; ``test_short12_sub_code`` then
compares the first three digits of the code for the rows whose sub-code the coder does not yet reach
(``SUB_CODE_GAPS`` lists them, each with the code it gives). Before rule 149: 67 of the 78 rows at the root (49 at
three digits); after: 74 (56). ``XFAIL`` keeps the rest, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import table_cases
from .test_short2_sentences import ASSERTED, events_of

# (sentence, source, target, CAMEO code chosen beforehand); all asserted
SHORT12_SENTENCES: list[tuple[str, str, str, str]] = [
    # 02 appeal
    (
        "NAIROBI (Reuters) - Kenya appealed to Uganda for emergency food aid on Tuesday after floods displaced "
        "thousands.",
        "KEN",
        "UGA",
        "0233",
    ),
    ("Mozambique asks Zimbabwe for military help against insurgents in Cabo Delgado", "MOZ", "ZWE", "0232"),
    ("Poland urged Hungary on Monday to respect the independence of its courts.", "POL", "HUN", "024"),
    ("Lithuania called for Belarus to free the opposition activists jailed after the election.", "LTU", "BLR", "0253"),
    (
        "Argentina is pressing Uruguay to lift restrictions on Argentine trucks at the border crossing.",
        "ARG",
        "URY",
        "0251",
    ),
    (
        "MANILA (AP) - The Philippines appealed to Myanmar's military for a ceasefire in Rakhine state on Sunday.",
        "PHL",
        "MMR",
        "0256",
    ),
    (
        "DAKAR (AFP) - Senegal's president on Wednesday urged the Gambian government to open negotiations over "
        "the fishing dispute.",
        "SEN",
        "GMB",
        "026",
    ),
    (
        "Chad requested financial assistance from Cameroon to cope with the influx of Sudanese refugees.",
        "TCD",
        "CMR",
        "0231",
    ),
    ("Moldova sought Romania's help in securing gas supplies for the winter.", "MDA", "ROU", "021"),
    ("Laos is seeking Vietnamese support for its bid to chair the regional bloc.", "LAO", "VNM", "022"),
    # 03 express intent to cooperate
    ("LUSAKA (Reuters) - Zambia pledged $5 million in drought relief to Malawi on Friday.", "ZMB", "MWI", "0331"),
    ("Brazil promises to help Paraguay rebuild flood-hit towns", "BRA", "PRY", "033"),
    ("Spain offered to send firefighting planes to Portugal as wildfires raged in the north.", "ESP", "PRT", "033"),
    ("Mongolia agreed to meet Kazakhstan's foreign minister next month to discuss rail links.", "MNG", "KAZ", "036"),
    ("Cuba expressed its willingness to cooperate with Mexico on migration.", "CUB", "MEX", "030"),
    ("Tanzania vowed to release the Kenyan truck drivers detained at the border.", "TZA", "KEN", "0353"),
    (
        "Uruguay is ready to mediate between Argentina and Brazil in the trade row, its foreign minister said.",
        "URY",
        "ARG",
        "039",
    ),
    (
        "Uruguay is ready to mediate between Argentina and Brazil in the trade row, its foreign minister said.",
        "URY",
        "BRA",
        "039",
    ),
    (
        "CARACAS (Reuters) - Venezuela agreed on Thursday to resume talks with Guyana over the Essequibo region.",
        "VEN",
        "GUY",
        "036",
    ),
    ("Indonesia plans to supply warships to the Philippines under a defence agreement.", "IDN", "PHL", "0332"),
    # 04 consult
    (
        "HANOI (Reuters) - The Vietnamese and Laotian prime ministers discussed border security by telephone on "
        "Monday.",
        "VNM",
        "LAO",
        "041",
    ),
    ("Kenyan president phones Ugandan leader over fuel pipeline", "KEN", "UGA", "041"),
    ("The Zimbabwean president arrived in Maputo on Thursday for a two-day state visit.", "ZWE", "MOZ", "042"),
    ("Hungarian foreign minister travels to Bratislava for talks on the Danube dam", "HUN", "SVK", "042"),
    ("Senegal hosted the president of Mauritania in Dakar on Saturday.", "SEN", "MRT", "043"),
    (
        "The Cambodian defence minister was received in Vientiane by his Laotian counterpart on Wednesday.",
        "LAO",
        "KHM",
        "043",
    ),
    ("The foreign ministers of Rwanda and Burundi met in Dar es Salaam on Tuesday.", "RWA", "BDI", "044"),
    (
        "Angola brokered talks between the Democratic Republic of Congo and Rwanda in Luanda last week.",
        "AGO",
        "COD",
        "045",
    ),
    (
        "Angola brokered talks between the Democratic Republic of Congo and Rwanda in Luanda last week.",
        "AGO",
        "RWA",
        "045",
    ),
    ("Guyana and Venezuela negotiated for three days in Brasilia without reaching a deal.", "GUY", "VEN", "046"),
    ("Brunei is negotiating with Malaysia over the Limbang border.", "BRN", "MYS", "046"),
    # 05 engage in diplomatic cooperation
    ("Uganda commended Tanzania for its handling of the Lake Victoria ferry disaster.", "UGA", "TZA", "051"),
    ("ULAANBAATAR (Reuters) - Mongolia thanked Japan on Monday for its help after the blizzards.", "MNG", "JPN", "051"),
    ("Slovakia defended Hungary's veto of the EU sanctions package.", "SVK", "HUN", "052"),
    ("Cuba came to the defence of Venezuela at the OAS meeting in Washington.", "CUB", "VEN", "052"),
    (
        "Cameroon lobbied African governments to back Chad's candidate for the African Union commission.",
        "CMR",
        "TCD",
        "053",
    ),
    ("DUBLIN (Reuters) - Ireland formally recognised the State of Palestine on Tuesday.", "IRL", "PSE", "054"),
    ("Mexico issued a formal apology to Cuba for the search of its diplomats' luggage.", "MEX", "CUB", "055"),
    ("Chad said it had forgiven Cameroon for the shelling of a border village.", "TCD", "CMR", "056"),
    ("Kenya and Tanzania signed a deal on Wednesday to build a cross-border power line.", "KEN", "TZA", "057"),
    ("Poland, Lithuania sign air defence pact", "POL", "LTU", "057"),
    # 10 demand
    ("Uganda demanded that Kenya share intelligence on the Kampala bomb plot.", "UGA", "KEN", "1014"),
    (
        "ASUNCION (Reuters) - Paraguay demanded on Friday that Argentina extradite a former police chief.",
        "PRY",
        "ARG",
        "1013",
    ),
    ("Haiti demanded more aid from the Dominican Republic after the hurricane.", "HTI", "DOM", "103"),
    ("Romania demanded that Moldova hold fresh elections.", "ROU", "MDA", "104"),
    ("Tanzania demanded that Mozambique free 12 fishermen arrested off Mtwara.", "TZA", "MOZ", "1053"),
    ("Guyana demanded the immediate withdrawal of Venezuelan troops from the border area.", "GUY", "VEN", "106"),
    ("Burundi demanded that Rwanda agree to a ceasefire in eastern Congo.", "BDI", "RWA", "107"),
    ("Moldova demanded negotiations with Russia on the future of its troops in Transnistria.", "MDA", "RUS", "108"),
    ("Cuba demanded Mexico's support for a UN resolution against the embargo.", "CUB", "MEX", "102"),
    (
        "Zimbabwe demanded that South Africa investigate the killing of Zimbabwean migrants in Johannesburg.",
        "ZWE",
        "ZAF",
        "101",
    ),
    # 11 disapprove
    ("Poland slammed Hungary's decision to block military aid to Ukraine.", "POL", "HUN", "111"),
    ("Venezuela accused Guyana of corruption in the award of offshore oil licences.", "VEN", "GUY", "1121"),
    (
        "KIGALI (Reuters) - Rwanda on Tuesday accused Burundian police of torturing Rwandan refugees.",
        "RWA",
        "BDI",
        "1122",
    ),
    ("Guyana accused Venezuela of aggression after its soldiers crossed the Cuyuni river.", "GUY", "VEN", "1123"),
    (
        "Laos accused Myanmar's military of war crimes against civilians fleeing across the border.",
        "LAO",
        "MMR",
        "1124",
    ),
    ("Lithuania accused Belarus of spying on its border guards.", "LTU", "BLR", "1125"),
    ("Poland rallied its EU partners against Hungary's plan to veto the budget.", "POL", "HUN", "113"),
    ("Argentina filed a formal complaint with Uruguay over pollution from the pulp mill.", "ARG", "URY", "114"),
    ("The Gambia brought a genocide case against Myanmar at the International Court of Justice.", "GMB", "MMR", "115"),
    ("A Tanzanian court convicted four Kenyan nationals of smuggling ivory on Thursday.", "TZA", "KEN", "116"),
    # 12 reject
    ("Brazil refused Argentina's request for a loan to cover its import bills.", "BRA", "ARG", "1221"),
    ("Zambia declined a Zimbabwean request for military assistance on Monday.", "ZMB", "ZWE", "1222"),
    ("Belarus rejected Lithuania's demand for a new presidential election.", "BLR", "LTU", "1231"),
    ("Mozambique refused to release the Malawian trucks seized at the border.", "MOZ", "MWI", "1243"),
    ("Venezuela refuses to pull troops back from Guyana border", "VEN", "GUY", "1246"),
    (
        "VIENNA (Reuters) - Austria refused on Thursday to lift its objection to Romania joining the Schengen area.",
        "AUT",
        "ROU",
        "1241",
    ),
    ("Myanmar's junta rebuffed an Indonesian offer to mediate.", "MMR", "IDN", "126"),
    ("Venezuela snubbed Guyana's invitation to talks in Brasilia.", "VEN", "GUY", "125"),
    ("Paraguay rejected a Bolivian plan to settle the dispute over the Pilcomayo river.", "PRY", "BOL", "127"),
    ("Hungary vetoed the opening of membership talks with Ukraine on Thursday.", "HUN", "UKR", "129"),
    # 14 protest
    (
        "Polish farmers blocked border crossings with Ukraine on Friday in protest at grain imports.",
        "POL",
        "UKR",
        "144",
    ),
    ("Filipino fishermen staged a hunger strike outside the Chinese embassy in Manila.", "PHL", "CHN", "142"),
    # 17 coerce
    ("Nicaragua confiscated property belonging to the Mexican embassy in Managua.", "NIC", "MEX", "171"),
    ("Poland banned Belarusian trucks from its roads on Monday.", "POL", "BLR", "172"),
    ("Rwanda has arrested a Burundian journalist accused of spying, police said.", "RWA", "BDI", "173"),
    ("SANTO DOMINGO (AP) - The Dominican Republic deported 3,000 Haitians last week.", "DOM", "HTI", "174"),
    ("Belarusian riot police violently dispersed a rally of Polish minority activists in Grodno.", "BLR", "POL", "175"),
]

SHORT12_NO_EVENT: list[str] = [
    "KAMPALA (Reuters) - Uganda's central bank kept its main lending rate unchanged on Wednesday.",
    "Paraguay beat Uruguay 2-0 in a World Cup qualifier in Asuncion on Tuesday.",
]

# rows the coder still misses at the root, each with why it is left (docs/events.md rule 149)
XFAIL: dict[str, str] = {
    "Cuba came to the defence of Venezuela at the OAS meeting in Washington.": "the idiom 'came to the defence "
    "of Y' has no verb of the lexicon ('come' names no act) and 'defence' is no 052 noun: as a noun it names a "
    "ministry, a pact or a budget far more often than a verbal defence",
    "Cameroon lobbied African governments to back Chad's candidate for the African Union commission.": "the "
    "appeal to third parties is coded through its infinitive ('to back Y's candidate', support) as diplomatic "
    "cooperation toward Chad (032); rallying support on someone's behalf (053) from lobbying others is not told "
    "apart. The expectation chosen beforehand is kept",
    "Tanzania demanded that Mozambique free 12 fishermen arrested off Mtwara.": "parse: 'free' is read as an "
    "adjective ('Mozambique free 12 fishermen' a noun phrase, the subject of 'arrested'), so there is no release "
    "verb to demand; 'demanded that Mozambique release 12 fishermen ...' codes TZA -> MOZ 10",
}

# rows right at the root whose sub-code the coder does not reach: the code it gives, and why
SUB_CODE_GAPS: dict[str, str] = {
    # rule 155 (session 25, subcode1) reaches eleven rows that stood here: the MANILA ceasefire appeal (0256), the
    # HANOI telephone discussion (041), the Dar es Salaam meeting (044), both negotiations (046), the demanded
    # withdrawal (106), negotiations (108) and investigation (101), the case brought (115), the rebuffed mediation
    # offer (126) and the veto (129); they are now checked by ``test_short12_sub_code``
    "Poland urged Hungary on Monday to respect the independence of its courts.": "020: respecting courts is no "
    "lexicon reform act",
    "Moldova sought Romania's help in securing gas supplies for the winter.": "023: 'help' is aid; 021 (material "
    "cooperation) is a fine line",
    "Romania demanded that Moldova hold fresh elections.": "100: elections held are no lexicon reform act",
    "Burundi demanded that Rwanda agree to a ceasefire in eastern Congo.": "100: 'agree to a ceasefire' is "
    "intent, which a demand does not refine to 107",
    "Belarus rejected Lithuania's demand for a new presidential election.": "120: an election demanded is no "
    "lexicon reform act",
    "Venezuela snubbed Guyana's invitation to talks in Brasilia.": "120: an invitation noun is not refined to 125",
    # rule 331 (session 34, ploverdev2) reaches the Bolivian plan to settle the dispute (127), now checked by
    # ``test_short12_sub_code``
    # rule 306 (session 33, para5x): the refusal wraps the objection and reads "to Romania" on "lift" as its target
    "VIENNA (Reuters) - Austria refused on Thursday to lift its objection to Romania joining the Schengen "
    "area.": "120: an objection lifted is no lexicon act ('lift' eases sanctions, bans and tariffs in `phrases`), so "
    "the refusal is not refined to 1241",
}


@pytest.mark.parametrize(("text", "source", "target", "code"), table_cases(SHORT12_SENTENCES, XFAIL))
def test_short12_sentence_codes_its_event(rules_nlp: Language, text: str, source: str, target: str, code: str) -> None:
    found = {(s, t, c[:2], m) for s, t, c, m in events_of(rules_nlp, text)}
    assert (source, target, code[:2], ASSERTED) in found


@pytest.mark.parametrize(
    ("text", "source", "target", "code"),
    [row for row in SHORT12_SENTENCES if row[0] not in XFAIL and row[0] not in SUB_CODE_GAPS],
)
def test_short12_sub_code(rules_nlp: Language, text: str, source: str, target: str, code: str) -> None:
    found = {(s, t, c[:3]) for s, t, c, m in events_of(rules_nlp, text) if m == ASSERTED}
    assert (source, target, code[:3]) in found


@pytest.mark.parametrize("text", SHORT12_NO_EVENT)
def test_short12_sentence_without_event(rules_nlp: Language, text: str) -> None:
    assert events_of(rules_nlp, text) == set()


def test_lists_name_only_table_sentences() -> None:
    rows = {row[0] for row in SHORT12_SENTENCES}
    assert set(XFAIL) <= rows
    assert set(SUB_CODE_GAPS) <= rows
    assert not set(XFAIL) & set(SUB_CODE_GAPS)


def test_table_covers_the_verbal_roots() -> None:
    roots = {code[:2] for *_, code in SHORT12_SENTENCES}
    assert roots == {"02", "03", "04", "05", "10", "11", "12", "14", "17"}
    assert len({code for *_, code in SHORT12_SENTENCES}) >= 60


def found_roots(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO root) of every asserted event of ``text``."""
    return {(s, t, c[:2]) for s, t, c, m in events_of(nlp, text) if m == ASSERTED}


# -- rule 149a: a verb of rallying with an "against" party rallies opposition against it (113) ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya rallied African states against Uganda.",
        "Kenya rallied its neighbours against Uganda's plan to build the dam.",
    ],
)
def test_rule149a_rallied_against(rules_nlp: Language, text: str) -> None:
    found = found_roots(rules_nlp, text)
    assert ("KEN", "UGA", "11") in found
    assert not any(root == "05" for _, _, root in found)


def test_rule149a_rallied_support_stays_053(rules_nlp: Language) -> None:
    assert ("POL", "UKR", "053") in {
        (s, t, c) for s, t, c, _ in events_of(rules_nlp, "Poland rallied support for Ukraine.")
    }


# -- rule 149b: a place phrase does not stop a mediator's "between" pair --------------------------------------------


def test_rule149b_brokered_talks_in_a_capital(rules_nlp: Language) -> None:
    found = found_roots(rules_nlp, "Angola brokered talks between Zambia and Malawi in Luanda on Friday.")
    assert {("AGO", "ZMB", "04"), ("AGO", "MWI", "04"), ("ZMB", "MWI", "04")} <= found


# -- rule 149c: a headline's present journey with no date is a visit ------------------------------------------------


def test_rule149c_headline_journey(rules_nlp: Language) -> None:
    assert ("HUN", "SVK", "04") in found_roots(rules_nlp, "Hungarian foreign minister travels to Bratislava")


def test_rule149c_dated_present_journey_is_a_schedule(rules_nlp: Language) -> None:
    found = found_roots(rules_nlp, "Hungarian foreign minister travels to Bratislava next week")
    assert not any(root == "04" for _, _, root in found)


# -- rule 149d: "called for Y to ..." asks Y ------------------------------------------------------------------------


def test_rule149d_called_for_subject_to(rules_nlp: Language) -> None:
    assert ("KEN", "UGA", "02") in found_roots(rules_nlp, "Kenya called for Uganda to withdraw its troops.")


def test_rule149d_called_for_noun_no_addressee(rules_nlp: Language) -> None:
    assert events_of(rules_nlp, "Kenya called for calm.") == set()


# -- rule 149e: a protest noun staged outside an embassy is aimed at the embassy's state ----------------------------


def test_rule149e_staged_protest_noun(rules_nlp: Language) -> None:
    found = found_roots(rules_nlp, "Kenyan students staged a hunger strike outside the Ugandan embassy.")
    assert any(s == "KEN" and t == "UGA" and root == "14" for s, t, root in found)


# -- rule 149f: a phrase on a direction adverb is the verb's own ----------------------------------------------------


def test_rule149f_pulled_back_from(rules_nlp: Language) -> None:
    assert ("VEN", "GUY", "08") in found_roots(rules_nlp, "Venezuela pulled troops back from the Guyana border.")


# -- rule 149g: a match score after a contest verb is a game, not an assault ----------------------------------------


def test_rule149g_score_no_assault(rules_nlp: Language) -> None:
    assert events_of(rules_nlp, "Zambia defeated Malawi 3-1 in Lusaka on Sunday.") == set()


def test_rule149g_beating_without_score_stays(rules_nlp: Language) -> None:
    found = found_roots(rules_nlp, "Ugandan soldiers beat two Kenyan traders at the border.")
    assert any(s == "UGA" and t == "KEN" and root == "18" for s, t, root in found)
