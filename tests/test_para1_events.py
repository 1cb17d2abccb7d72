"""Paraphrases of the seeds gold events: does the coder code the same event when the sentence is reworded?
(issue 14, session 27; docs/events.md rule 178).

The seeds gold (``shared/gold/events.jsonl``) is our own training set and the coder was tuned on it (event F1
0.86), far above what it scores on unseen news. A direct test of over-fitting: for 30 gold events, two sentences of
our own each that keep the event's meaning and CAMEO root but change the surface: other country pairs, active <->
passive, tense, a nominalization, a reporting frame, a headline form, a longer wire-copy sentence with a time
phrase and an attribution. The seed each row rewrites is named by its gold id; no seed sentence is copied. The
expected codes are the gold's root with the new actors (both directions where the gold codes both), written before
the coder ran. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import assert_codes_none_of, assert_codes_only, coded, table_cases, table_test

# (sentence, paraphrase kind, gold id rewritten, expected events "SOURCE TARGET ROOT" that must all be
# asserted, actors on their primary code as the scorer compares them: the EU and the UN are IGO)
PARAPHRASES: list[tuple[str, str, str, tuple[str, ...]]] = [
    # 000-03 talks between two ministers (04 both ways)
    (
        "The talks between French Foreign Minister Jean-Noel Barrot and Algerian Foreign Minister Ahmed Attaf last "
        "week produced little progress .",
        "nominal",
        "000-03",
        ("FRA DZA 04", "DZA FRA 04"),
    ),
    (
        "Indian and Pakistani diplomats held discussions in Geneva on Tuesday .",
        "country",
        "000-03",
        ("IND PAK 04", "PAK IND 04"),
    ),
    # 000-09 a phone conversation (041)
    (
        "Brazilian President Luiz Inacio Lula da Silva spoke by phone with Argentine President Javier Milei on "
        "Monday , "
        "the Brazilian presidency said in a statement .",
        "wire",
        "000-09",
        ("BRA ARG 04", "ARG BRA 04"),
    ),
    (
        "Japanese , Chinese foreign ministers hold phone call on trade",
        "headline",
        "000-09",
        ("JPN CHN 04", "CHN JPN 04"),
    ),
    # 000-10 a rejection of a request (12) and the request (02)
    ("Germany's rejection of Poland's request for more tanks angered Warsaw .", "nominal", "000-10", ("DEU POL 12",)),
    ("Poland's request for more tanks was rejected by Germany .", "passive", "000-10", ("DEU POL 12",)),
    (
        "Taiwan has repeatedly asked the United States for more air defence systems .",
        "tense",
        "000-10",
        ("TWN USA 02",),
    ),
    ("Ethiopia was asked by Somalia to supply emergency grain .", "passive", "000-10", ("SOM ETH 02",)),
    # 000-19 expanded sanctions (16)
    (
        "Sanctions were imposed on Iranian officials by the European Union on Monday .",
        "passive",
        "000-19",
        ("IGO IRN 16",),
    ),
    (
        "Officials said Britain has expanded sanctions targeting Belarusian banks .",
        "reporting",
        "000-19",
        ("GBR BLR 16",),
    ),
    # 000-20 military exercises with a partner (06)
    ("Japan held joint military exercises with Australia in the Pacific .", "country", "000-20", ("JPN AUS 06",)),
    (
        "Joint naval drills were conducted by India and France off the coast of Goa .",
        "passive",
        "000-20",
        ("IND FRA 06",),
    ),
    # 000-22 trade relationships (06)
    ("Turkey expanded its trade relationship with Qatar last year .", "country", "000-22", ("TUR QAT 06",)),
    (
        "Turkey is diversifying its trade relationships with Qatar and Kuwait , the trade minister said on Wednesday .",
        "wire",
        "000-22",
        ("TUR QAT 06", "TUR KWT 06"),
    ),
    # 000-24 an energy deal finalized (05)
    ("Egypt and Saudi Arabia finalized an energy deal in March .", "country", "000-24", ("EGY SAU 05", "SAU EGY 05")),
    (
        "An energy deal between Azerbaijan and Turkey was finalized in Baku on Friday .",
        "passive",
        "000-24",
        ("AZE TUR 05", "TUR AZE 05"),
    ),
    # 001-04 diplomatic contacts begun (05)
    (
        "Vietnam and the United States began diplomatic contacts in the 1990s .",
        "country",
        "001-04",
        ("VNM USA 05", "USA VNM 05"),
    ),
    (
        "The establishment of diplomatic relations between Chile and China in 1970 was a milestone .",
        "nominal",
        "001-04",
        ("CHL CHN 05", "CHN CHL 05"),
    ),
    # 001-06 formal recognition (054)
    ("Palestine was formally recognized by Spain in 2024 .", "passive", "001-06", ("ESP PSE 05",)),
    (
        "France formally recognized the State of Palestine on Monday , the Elysee Palace said .",
        "wire",
        "001-06",
        ("FRA PSE 05",),
    ),
    # 001-16 an annexation (19)
    ("Iraq's 1990 annexation of Kuwait triggered a war in the Gulf .", "country", "001-16", ("IRQ KWT 19",)),
    ("Kuwait was annexed by Iraq in August 1990 .", "passive", "001-16", ("IRQ KWT 19",)),
    # 001-22 sanctions against a capital (16)
    ("Canada slaps new sanctions on Venezuela", "headline", "001-22", ("CAN VEN 16",)),
    (
        "The United States on Thursday imposed fresh sanctions on North Korean shipping firms , the Treasury "
        "Department said in a statement .",
        "wire",
        "001-22",
        ("USA PRK 16",),
    ),
    # 001-26 an invasion (19) and aid sent (07)
    ("Ethiopia's invasion of Somalia in 2006 hardened opinion in Mogadishu .", "country", "001-26", ("ETH SOM 19",)),
    ("Somalia was invaded by Ethiopia in 2006 .", "passive", "001-26", ("ETH SOM 19",)),
    ("Japan sent $5 billion in aid to the Philippines last year .", "tense", "001-26", ("JPN PHL 07",)),
    ("Over $2 billion in aid was sent to Jordan by the United States .", "passive", "001-26", ("USA JOR 07",)),
    # 001-28 talks with a leader (04)
    (
        "The Indian prime minister held talks with the Pakistani prime minister in Astana .",
        "country",
        "001-28",
        ("IND PAK 04", "PAK IND 04"),
    ),
    (
        "Chinese officials said talks with Japan on the disputed islands had begun .",
        "reporting",
        "001-28",
        ("CHN JPN 04", "JPN CHN 04"),
    ),
    # 001-30 frustration expressed (11)
    (
        "The Algerian president expressed frustration with France over the visa dispute .",
        "country",
        "001-30",
        ("DZA FRA 11",),
    ),
    (
        "Pakistan voiced anger at India on Tuesday over the dam project , its foreign ministry said .",
        "wire",
        "001-30",
        ("PAK IND 11",),
    ),
    # 001-31 diplomatic channels restored (05) and a UN resolution opposed (12)
    ("Saudi Arabia restored diplomatic ties with Iran in 2023 .", "country", "001-31", ("SAU IRN 05",)),
    (
        "Diplomatic relations between Qatar and Egypt were restored in 2021 .",
        "passive",
        "001-31",
        ("QAT EGY 05", "EGY QAT 05"),
    ),
    ("Brazil opposed a United Nations resolution on Venezuela .", "country", "001-31", ("BRA IGO 12",)),
    ("China opposes UN resolution on Myanmar", "headline", "001-31", ("CHN IGO 12",)),
    # 002-04 arms shipments (07)
    ("Germany increased arms shipments to Israel in 2023 .", "country", "002-04", ("DEU ISR 07",)),
    # revised by rule 364 (session 36, trade1; written 07): "under a new contract" makes the shipment a sale, military
    # cooperation 062 as arms sold are (rule 157c), not the seed's aid; the row no longer keeps the seed's root
    ("Weapons were shipped to Armenia by India under a new contract .", "passive", "002-04", ("IND ARM 06",)),
    # 002-13 restrictions tightened (16)
    ("Japan tightened export restrictions on South Korea in 2019 .", "country", "002-13", ("JPN KOR 16",)),
    ("China's tightening of restrictions on Australian wine hurt Canberra .", "nominal", "002-13", ("CHN AUS 16",)),
    # 003-14 dialogue refused (12)
    ("Armenia refused to engage in dialogue with Azerbaijan .", "country", "003-14", ("ARM AZE 12",)),
    ("Officials said North Korea has rejected dialogue with South Korea .", "reporting", "003-14", ("PRK KOR 12",)),
    # 003-25 a visit (042)
    ("The Japanese prime minister visited China in October .", "tense", "003-25", ("JPN CHN 04",)),
    ("The Brazilian president's visit to Argentina took place in March .", "nominal", "003-25", ("BRA ARG 04",)),
    # 003-26 disdain expressed (11)
    ("The Greek prime minister expressed contempt for Turkey .", "country", "003-26", ("GRC TUR 11",)),
    ("Turkey was harshly criticized by Greece over the drilling .", "passive", "003-26", ("GRC TUR 11",)),
    # 003-39 dialogue resumed (04)
    (
        "The resumption of dialogue between India and China in 2024 eased tensions .",
        "nominal",
        "003-39",
        ("IND CHN 04", "CHN IND 04"),
    ),
    ("India and China resumed their dialogue last year .", "tense", "003-39", ("IND CHN 04", "CHN IND 04")),
    # 003-44 a regular dialogue established (04)
    ("Egypt , Ethiopia launch regular dialogue on Nile dam", "headline", "003-44", ("EGY ETH 04", "ETH EGY 04")),
    (
        "By early 2024 , Cairo and Ankara had established a regular diplomatic dialogue , officials said .",
        "wire",
        "003-44",
        ("EGY TUR 04", "TUR EGY 04"),
    ),
    # 003-49 a peace plan agreed (05)
    ("Armenia agreed a peace plan with Azerbaijan in Washington .", "country", "003-49", ("ARM AZE 05", "AZE ARM 05")),
    ("A peace deal was agreed by Ethiopia and Eritrea in 2018 .", "passive", "003-49", ("ETH ERI 05", "ERI ETH 05")),
    # 003-52 persuasion (02)
    ("Qatar persuaded Iran to release the prisoners .", "country", "003-52", ("QAT IRN 02",)),
    ("Iran was persuaded by Qatar to release the prisoners .", "passive", "003-52", ("QAT IRN 02",)),
    # 003-54 a meeting (04)
    (
        "Following his meeting with the Egyptian president , the Sudanese army chief returned to Port Sudan .",
        "country",
        "003-54",
        ("SDN EGY 04", "EGY SDN 04"),
    ),
    ("Japanese PM meets South Korean president in Seoul", "headline", "003-54", ("JPN KOR 04", "KOR JPN 04")),
    # 004-13 aggression (19)
    ("Azerbaijan's aggression against Armenia drew wide condemnation .", "country", "004-13", ("AZE ARM 19",)),
    (
        "Rwandan forces attacked Congolese army positions near Goma on Sunday , the Congolese army said .",
        "wire",
        "004-13",
        ("RWA COD 19",),
    ),
    # 004-14 support (05)
    ("Continued French support for Lebanon created goodwill in Beirut .", "country", "004-14", ("FRA LBN 05",)),
    # 003-35 resources allocated (07)
    ("The European Union is allocating substantial resources to Moldova .", "country", "003-35", ("IGO MDA 07",)),
    ("Substantial resources were allocated to Moldova by the European Union .", "passive", "003-35", ("IGO MDA 07",)),
    # 001-25 energy partnerships (06)
    (
        "Vietnam's energy partnership with South Korea is reshaping regional markets .",
        "nominal",
        "001-25",
        ("VNM KOR 06",),
    ),
]
PARAPHRASE_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "kind", "seed", "expected"), table_cases(PARAPHRASES, PARAPHRASE_XFAIL))  # type: ignore[misc]
def test_a_reworded_seed_event_keeps_its_code(
    rules_nlp: Language, text: str, kind: str, seed: str, expected: tuple[str, ...]
) -> None:
    events = coded(rules_nlp, text)[1]
    assert {tuple(e.split()) for e in expected} <= events


# controls, reworded like the seeds that code nothing (or only what is named): no asserted event of these codes
CONTROLS: list[tuple[str, tuple[str, ...]]] = [
    ("Relations between India and Pakistan remain fraught with tension .", ()),
    ("Economic sanctions imposed after the war have hurt Brazil and Argentina .", ()),
    ("Some experts believe Japan should push to bring China into future arms talks .", ()),
    ("Japan needs to strengthen ties with South Korea .", ()),
    ("The Egyptian president's visit to Ethiopia did not take place .", ()),
    ("France did not impose sanctions on Algeria .", ()),
]
CONTROL_XFAIL: dict[str, str] = {}


test_a_reworded_non_event_codes_nothing = table_test(CONTROLS, assert_codes_only, CONTROL_XFAIL)


# The general causes the failing paraphrases showed, each on sentences of its own (docs/events.md rule 178a-f;
# written after the fixes, to pin that each is general, not the one table row): expected events that must be coded
RULE_ROWS: list[tuple[str, tuple[str, ...]]] = [
    # 178a contempt, as scorn
    ("Iran voiced contempt for the United States .", ("IRN USA 11",)),
    # 178b an agreement noun as the object of "agree"
    ("Sudan and South Sudan agreed a border deal on Tuesday .", ("SDN SSD 05", "SSD SDN 05")),
    ("A new trade agreement was agreed by Kenya and Uganda .", ("KEN UGA 05", "UGA KEN 05")),
    # 178c an act noun in the "of" phrase of a making or imposing noun has that noun's parties
    ("The imposition of sanctions on Syria by the Arab League angered Damascus .", ("IGO SYR 16",)),
    ("Britain's tightening of export controls on Russia was welcomed in Kyiv .", ("GBR RUS 16",)),
    ("Poland's expansion of sanctions on Belarus hurt Minsk .", ("POL BLR 16",)),
    (
        "The restoration of diplomatic ties between Morocco and Israel surprised observers .",
        ("MAR ISR 05", "ISR MAR 05"),
    ),
    # 178d a reported meeting with a partner and no owner is the speaker's
    ("Talks with Egypt have resumed , Ethiopian officials said .", ("ETH EGY 04", "EGY ETH 04")),
    ("Turkey said negotiations with Greece had made progress .", ("TUR GRC 04", "GRC TUR 04")),
    ("Vietnamese officials said the meeting with China was productive .", ("VNM CHN 04", "CHN VNM 04")),
    # 178e a headline's comma list of nationality adjectives; a phone call's topic
    ("Russian , Ukrainian negotiators meet in Istanbul", ("RUS UKR 04", "UKR RUS 04")),
    ("Saudi , Iranian ministers hold talks in Beijing", ("SAU IRN 04", "IRN SAU 04")),
    ("Japan and China held a phone call on trade .", ("JPN CHN 04", "CHN JPN 04")),
    # 178f what talks are about is no party to them
    ("Russia and the United States held talks on Ukraine .", ("RUS USA 04", "USA RUS 04")),
    ("Japan held a phone call with South Korea on North Korea .", ("JPN KOR 04", "KOR JPN 04")),
]
RULE_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(RULE_ROWS, RULE_XFAIL))  # type: ignore[misc]
def test_a_general_cause_is_fixed_beyond_its_row(rules_nlp: Language, text: str, expected: tuple[str, ...]) -> None:
    assert {tuple(e.split()) for e in expected} <= coded(rules_nlp, text)[1]


# controls of the rules: events that must not be coded
RULE_CONTROLS: list[tuple[str, tuple[str, ...]]] = [
    # a plan with a to-infinitive is the planned act's (030), not an agreement made
    ("Colombia agreed a plan to hold talks with Venezuela .", ("COL VEN 05", "VEN COL 05")),
    # a lifting undoes the sanctions: no sanction imposed
    ("The lifting of sanctions on Iran by the EU pleased Tehran .", ("IGO IRN 16",)),
    # the speaker of a report on others' talks is no party
    (
        "Egypt said talks between Sudan and Ethiopia had begun .",
        ("EGY SDN 04", "EGY ETH 04", "SDN EGY 04", "ETH EGY 04"),
    ),
    # an appeal "on" a party stays an appeal
    ("Japan renewed its call on China to release the detainees .", ("JPN CHN 04",)),
    # the topic of talks is no party
    ("Russia and the United States held talks on Ukraine .", ("RUS UKR 04", "UKR RUS 04", "USA UKR 04", "UKR USA 04")),
    ("Japan and South Korea held a phone call on North Korea .", ("JPN PRK 04", "KOR PRK 04", "PRK JPN 04")),
]
RULE_CONTROL_XFAIL: dict[str, str] = {}


test_a_rule_control_codes_none_of_its_forbidden_events = table_test(
    RULE_CONTROLS, assert_codes_none_of, RULE_CONTROL_XFAIL
)
