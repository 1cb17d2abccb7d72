"""Paraphrases of ConfliBERT train sentences: does the coder code the same event when a real news sentence is
reworded? (issue 14, session 27; docs/events.md rule 184).

The ConfliBERT ``cameo_class`` / ``cameo_ner`` train sentences (``benchmarks/eval_events.py --conflibert train``)
are real news the coder was tuned on (dyad F1 0.868). For 42 of them whose gold source, target and class are clear,
spread over the five classes and many event kinds, including sentences the coder gets right and some it misses,
two sentences of our own each keep the event and change the surface: other actors, active <-> passive, tense, a
nominalization, a reporting frame, a headline form, a shorter or longer wire-copy sentence. No train sentence is
copied; each group is headed by the event it rewrites, in our words. The expected codes (CAMEO roots consistent
with the gold class and the event, with the new actors; ``18|19`` accepts either root) were written before the
coder ran. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import assert_codes_none_of, assert_codes_only, coded, table_cases, table_test

# ConfliBERT classes: 0 statement / appeal, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict. (sentence, paraphrase kind, class, expected events "SOURCE TARGET ROOT[|ROOT]" that must
# all be asserted, actors on their primary code as the scorer compares them)
PARAPHRASES: list[tuple[str, str, int, tuple[str, ...]]] = [
    # class 0: an embassy asks a government for consular access (02)
    (
        "The Canadian embassy has requested consular access to a detained engineer from the Chinese authorities .",
        "country",
        0,
        ("CAN CHN 02",),
    ),
    (
        "Consular access to the jailed journalist was sought from the Iranian government by Australia 's embassy .",
        "passive",
        0,
        ("AUS IRN 02",),
    ),
    # class 0: a head of state sends condolences to another after an attack (01)
    (
        "Jordan 's King Abdullah sent a message of condolence to the Egyptian president after the bombing in Cairo .",
        "country",
        0,
        ("JOR EGY 01",),
    ),
    ("Qatari emir sends condolences to Turkish president after deadly quake", "headline", 0, ("QAT TUR 01",)),
    # class 0: two states call on a third to lift sanctions (02)
    ("France and Germany urged Turkey to lift its sanctions on Armenia .", "country", 0, ("FRA TUR 02", "DEU TUR 02")),
    (
        "An appeal by India to the United States to ease its sanctions on Venezuela went unanswered .",
        "nominal",
        0,
        ("IND USA 02",),
    ),
    # class 0: a state considers sending aid to another (01)
    ("South Korea is weighing sending food aid to North Korea after the floods .", "country", 0, ("KOR PRK 01",)),
    (
        "Germany was considering sending humanitarian aid to Syria , officials said on Monday .",
        "reporting",
        0,
        ("DEU SYR 01",),
    ),
    # class 0: a leader expresses condolences to a government and people over floods (01)
    (
        "Indonesia 's foreign minister expressed condolences to the government of the Philippines over the typhoon .",
        "country",
        0,
        ("IDN PHL 01",),
    ),
    (
        "The Chilean president offered his condolences to the people of Ecuador on Sunday after deadly floods , his "
        "office said in a statement .",
        "wire",
        0,
        ("CHL ECU 01",),
    ),
    # class 0: a government denies charges made by another (01)
    (
        "The government of Pakistan denied charges by India that it had armed the militants .",
        "country",
        0,
        ("PAK IND 01",),
    ),
    ("Russia on Friday denied US accusations that it had meddled in the election .", "short", 0, ("RUS USA 01",)),
    # class 0: a diplomat voices hope that a new government of another state helps relations (01)
    (
        "Egypt 's foreign minister voiced hope that the new government in Sudan would improve relations with Cairo .",
        "country",
        0,
        ("EGY SDN 01",),
    ),
    (
        "Greece was hopeful that the new Turkish government would ease tensions , a Greek diplomat said .",
        "reporting",
        0,
        ("GRC TUR 01",),
    ),
    # class 0: a state expresses pessimism about another's standoff (01)
    ("Japan voiced pessimism about the chances of a peace deal with Russia .", "country", 0, ("JPN RUS 01",)),
    ("Britain has expressed pessimism over the nuclear talks with Iran .", "tense", 0, ("GBR IRN 01",)),
    # class 1: a state offers to send troops to help another's army (03)
    (
        "New Zealand has offered to send police officers to help the Solomon Islands restore order .",
        "country",
        1,
        ("NZL SLB 03",),
    ),
    ("Turkey offers to send troops to help Azerbaijan", "headline", 1, ("TUR AZE 03",)),
    # class 1: a leader accepts an invitation to meet or visit (03)
    (
        "Chinese President Xi Jinping has accepted an invitation to visit Brazil next year .",
        "country",
        1,
        ("CHN BRA 03",),
    ),
    (
        "An invitation to meet Indian Prime Minister Narendra Modi was accepted by Pakistan 's prime minister .",
        "passive",
        1,
        ("PAK IND 03",),
    ),
    # class 1: diplomatic ties established (05)
    (
        "Bhutan has established diplomatic relations with Germany , the foreign ministry said on Friday .",
        "wire",
        1,
        ("BTN DEU 05",),
    ),
    ("Oman , Maldives establish diplomatic ties", "headline", 1, ("OMN MDV 05", "MDV OMN 05")),
    # class 1: a leader will hold talks with another during a visit (03)
    (
        "French President Emmanuel Macron will hold talks with Nigerian President Bola Tinubu in Abuja next week .",
        "country",
        1,
        ("FRA NGA 03", "NGA FRA 03"),
    ),
    ("Modi to hold talks with Japanese prime minister in Tokyo", "headline", 1, ("IND JPN 03",)),
    # class 1: two states sign a trade agreement (05)
    ("Vietnam and South Korea signed a free trade agreement on Friday .", "country", 1, ("VNM KOR 05", "KOR VNM 05")),
    (
        "A defence cooperation agreement was signed by Ghana and Togo in Accra .",
        "passive",
        1,
        ("GHA TGO 05", "TGO GHA 05"),
    ),
    # class 1: two foreign ministers hold talks (04)
    (
        "Chinese Foreign Minister Wang Yi met his Egyptian counterpart Sameh Shoukry in Beijing on Monday .",
        "country",
        1,
        ("CHN EGY 04", "EGY CHN 04"),
    ),
    (
        "Talks between the Indonesian and Australian defence ministers were held in Jakarta .",
        "nominal",
        1,
        ("IDN AUS 04", "AUS IDN 04"),
    ),
    # class 1: a leader praises another's decision (05)
    (
        "Hungarian Prime Minister Viktor Orban praised Italy 's decision to tighten its border controls .",
        "country",
        1,
        ("HUN ITA 05",),
    ),
    ("Kenya 's decision to send police to Haiti was praised by the United States .", "passive", 1, ("USA KEN 05",)),
    # class 1: a government says it will allow UN agencies access for aid (03)
    ("Ethiopia said it would allow UN agencies access to Tigray for humanitarian aid .", "country", 1, ("ETH IGO 03",)),
    (
        "Yemen 's government has pledged to allow United Nations inspectors access to the port of Hodeidah .",
        "tense",
        1,
        ("YEM IGO 03",),
    ),
    # class 2: a state returns artifacts to another (08)
    ("Germany returned dozens of looted bronzes to Nigeria on Tuesday .", "country", 2, ("DEU NGA 08",)),
    ("Stolen paintings were handed back to Italy by the Netherlands , officials said .", "passive", 2, ("NLD ITA 08",)),
    # class 2: a military gives medical equipment to another state (07)
    ("The Japanese army donated medical supplies to Laos .", "country", 2, ("JPN LAO 07",)),
    ("Medical equipment was delivered to Honduras by the Mexican navy last week .", "passive", 2, ("MEX HND 07",)),
    # class 2: a state sends aid to another (07)
    ("Britain is once again sending aid to Somalia .", "country", 2, ("GBR SOM 07",)),
    ("Canada 's delivery of humanitarian aid to Haiti resumed on Monday .", "nominal", 2, ("CAN HTI 07",)),
    # class 2: a military gives weapons to another's forces (07)
    ("Russia delivered 500 rifles to the Malian army last month .", "country", 2, ("RUS MLI 07",)),
    (
        "The Turkish military gave armoured vehicles to Somali forces to help them fight al Shabaab , the Turkish "
        "defence ministry said .",
        "wire",
        2,
        ("TUR SOM 07",),
    ),
    # class 2: peacekeepers arrive in a country (07)
    (
        "About 200 Indian peacekeepers arrived in Lebanon on Friday for a United Nations mission .",
        "country",
        2,
        ("IND LBN 07",),
    ),
    ("Bangladeshi peacekeepers have been deployed to the Central African Republic .", "passive", 2, ("BGD CAF 07",)),
    # class 2: a state lifts its blockade of another (08)
    ("The United Arab Emirates lifted its blockade of Qatar on Tuesday .", "country", 2, ("ARE QAT 08",)),
    ("Azerbaijan 's lifting of its blockade of Armenia was welcomed by the EU .", "nominal", 2, ("AZE ARM 08",)),
    # class 2: prosecutors share evidence with another state's investigators (06)
    (
        "Italian prosecutors have shared evidence with Spanish investigators in a drugs inquiry .",
        "country",
        2,
        ("ITA ESP 06",),
    ),
    ("Evidence was shared with French police by Belgian prosecutors .", "passive", 2, ("BEL FRA 06",)),
    # class 2: several states send emergency supplies to a stricken one (07)
    (
        "China , Japan and South Korea have sent emergency supplies and rescue teams to Turkey .",
        "country",
        2,
        ("CHN TUR 07", "JPN TUR 07", "KOR TUR 07"),
    ),
    ("Germany and France flew emergency supplies to Morocco on Sunday .", "short", 2, ("DEU MAR 07", "FRA MAR 07")),
    # class 2: a government's assistance package of relief supplies for another (07)
    ("Japan 's aid package to Sri Lanka included $ 10 million in relief supplies .", "nominal", 2, ("JPN LKA 07",)),
    (
        "South Korea gave Myanmar an assistance package of $ 5 million in relief supplies .",
        "verbal",
        2,
        ("KOR MMR 07",),
    ),
    # class 2: an agency returns smuggled animals to a country (08)
    ("Thailand returned to Cambodia 14 ancient statues last week .", "country", 2, ("THA KHM 08",)),
    ("Australia returned 20 smuggled orangutans to Indonesia .", "short", 2, ("AUS IDN 08",)),
    # class 3: a state refuses to lift a ban on another's media (12)
    ("China refused to lift its ban on Australian wine imports .", "country", 3, ("CHN AUS 12",)),
    ("Russia refuses to lift ban on Georgian wine", "headline", 3, ("RUS GEO 12",)),
    # class 3: a prime minister rejects a foreign proposal (12)
    (
        "Tunisia 's president rejected a French proposal for migrant centres in his country .",
        "country",
        3,
        ("TUN FRA 12",),
    ),
    ("A British proposal for a buffer zone was rejected by Somalia on Monday .", "passive", 3, ("SOM GBR 12",)),
    # class 3: a state summons another's ambassador to complain (11)
    ("Latvia summoned the Belarusian ambassador to protest over border incidents .", "country", 3, ("LVA BLR 11",)),
    (
        "The German envoy has been summoned by Poland 's foreign ministry over the remarks .",
        "passive",
        3,
        ("POL DEU 11",),
    ),
    # class 3: a state accuses another of sending forces (11)
    ("Armenia accuses Azerbaijan of shelling border villages", "headline", 3, ("ARM AZE 11",)),
    (
        "The Congolese government accused Rwanda on Tuesday of backing the M23 rebels , a government spokesman said .",
        "wire",
        3,
        ("COD RWA 11",),
    ),
    # class 3: a government rejects UN findings (12)
    ("Israel rejected the findings of a United Nations inquiry into the war .", "country", 3, ("ISR IGO 12",)),
    ("The UN 's findings were dismissed by the Sri Lankan government .", "passive", 3, ("LKA IGO 12",)),
    # class 3: a leader threatens sanctions against another state (13)
    ("The European Union has threatened new sanctions against Belarus .", "country", 3, ("IGO BLR 13",)),
    ("Washington threatens Turkey with sanctions over missile purchase", "headline", 3, ("USA TUR 13",)),
    # class 3: a lawsuit filed against a foreign leader or state (11)
    (
        "The Gambia filed a lawsuit against Myanmar at the International Court of Justice .",
        "country",
        3,
        ("GMB MMR 11",),
    ),
    (
        "A lawsuit was filed against the Russian government by Ukraine at the European Court of Human Rights .",
        "passive",
        3,
        ("UKR RUS 11",),
    ),
    # class 3: authorities open an investigation into foreign people (09)
    ("Spanish prosecutors have opened an investigation into a Moroccan diplomat .", "country", 3, ("ESP MAR 09",)),
    ("French authorities launch probe into Russian embassy staff", "headline", 3, ("FRA RUS 09",)),
    # class 4: forces impose a blockade on another people's towns (19)
    ("Azerbaijani forces imposed a blockade on Armenian villages in Karabakh .", "country", 4, ("AZE ARM 19",)),
    ("A naval blockade of Qatar was imposed by Saudi Arabia .", "passive", 4, ("SAU QAT 19",)),
    # class 4: a state bans another's newspapers (17)
    ("Russia has banned all Ukrainian television channels .", "country", 4, ("RUS UKR 17",)),
    ("India 's ban on Chinese apps angered Beijing .", "nominal", 4, ("IND CHN 17",)),
    # class 4: missiles fired by a military strike another's depot (19)
    ("Rockets fired by the Turkish army hit a base of the Syrian army overnight .", "country", 4, ("TUR SYR 19",)),
    ("Iranian missiles struck a US military base in Iraq on Wednesday .", "short", 4, ("IRN USA 19",)),
    # class 4: immigration authorities deport another state's migrants (17)
    ("Thailand deported 300 Cambodian workers on Monday .", "country", 4, ("THA KHM 17",)),
    ("Hundreds of Afghan migrants have been deported by Iran .", "passive", 4, ("IRN AFG 17",)),
    # class 4: gunmen of a group kill students in another country (18 or 19)
    ("Taliban gunmen killed 12 Pakistani soldiers near the border .", "country", 4, ("AFG PAK 18|19",)),
    (
        "Ten Kenyan police officers were killed by al Shabaab gunmen near the Somali border .",
        "passive",
        4,
        ("SOM KEN 18|19",),
    ),
    # class 4: an army intensifies its bombardment of a neighbourhood (19)
    ("The Russian army intensified its shelling of Ukrainian towns on Friday .", "country", 4, ("RUS UKR 19",)),
    ("Israel 's bombardment of Lebanese villages continued for a third day .", "nominal", 4, ("ISR LBN 19",)),
    # class 4: an army demolishes the home of a man of another people (17)
    ("Israeli troops demolished the homes of two Palestinian militants in Jenin .", "tense", 4, ("ISR PSE 17",)),
    ("The house of a Palestinian gunman was demolished by the Israeli army on Monday .", "passive", 4, ("ISR PSE 17",)),
    # class 4: a group holds civilians as human shields or hostages (18)
    ("Hamas is holding dozens of Israeli civilians as hostages .", "country", 4, ("PSE ISR 18",)),
    ("Dozens of Thai workers are being held hostage by Hamas .", "passive", 4, ("PSE THA 18",)),
]
XFAIL: dict[str, str] = {
    "Egypt 's foreign minister voiced hope that the new government in Sudan would improve relations with Cairo .": (
        "the hope's party named only inside its that-clause"
    ),
    "India 's ban on Chinese apps angered Beijing .": (
        "the noun ban is coded as an embargo (163), the verb as 172: expectation arguable, left"
    ),
}


def _met(expected: str, events: set[tuple[str, str, str]]) -> bool:
    source, target, roots = expected.split()
    return any((source, target, root) in events for root in roots.split("|"))


@pytest.mark.parametrize(("text", "kind", "quad", "expected"), table_cases(PARAPHRASES, XFAIL))  # type: ignore[misc]
def test_a_reworded_train_sentence_keeps_its_event(
    rules_nlp: Language, text: str, kind: str, quad: int, expected: tuple[str, ...]
) -> None:
    events = coded(rules_nlp, text)[1]
    assert all(_met(e, events) for e in expected), sorted(events)


# controls: reworded sentences of the same kinds that report no act (a hope, a denial of an act, a relation)
CONTROLS: list[tuple[str, tuple[str, ...]]] = [
    ("Relations between Thailand and Cambodia have been strained for years .", ()),
    ("Germany did not send aid to Syria .", ()),
    ("The Turkish army has not fired rockets at Syrian positions .", ()),
    ("Analysts say Japan could one day establish diplomatic ties with North Korea .", ()),
]
CONTROL_XFAIL: dict[str, str] = {}


test_a_reworded_non_event_codes_nothing = table_test(CONTROLS, assert_codes_only, CONTROL_XFAIL)


# The general causes the failing paraphrases showed, each on sentences of its own (docs/events.md rule 184a-f;
# written after the fixes, to pin that each is general, not the one table row): expected events that must be coded
RULE_ROWS: list[tuple[str, tuple[str, ...]]] = [
    # 184a condolences or sympathy offered
    ("Kenya offered condolences to Ethiopia over the bus crash .", ("KEN ETH 01",)),
    ("The Pope offered his sympathy to the people of Haiti after the earthquake .", ("VAT HTI 01",)),
    # 184b access sought; access allowed to a party (also said or pledged)
    ("The Dutch embassy sought access to the detained sailors from Venezuela .", ("NLD VEN 02",)),
    ("Syria allowed UN agencies access to Idlib .", ("SYR IGO 08",)),
    # 184c a passive's object predicate and particle
    ("Two Kenyan teachers were held hostage by al Shabaab .", ("SOM KEN 18",)),
    ("Looted artefacts were handed back to Greece by Britain .", ("GBR GRC 08",)),
    # 184d a headline's to-infinitive after a person's name read as a verb
    ("Modi to visit Japan", ("IND JPN 03",)),
    ("Lula to host Xi in Brasilia", ("BRA CHN 03",)),
    # 184e a headline's comma pair of names before a base-form verb
    ("Iran , Egypt establish diplomatic ties", ("IRN EGY 05", "EGY IRN 05")),
    # 184f a subject's reduced relative read as the root
    ("Rockets fired by the Israeli army hit a camp of the Lebanese army overnight .", ("ISR LBN 19",)),
]
RULE_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(RULE_ROWS, RULE_XFAIL))  # type: ignore[misc]
def test_a_general_cause_is_fixed_beyond_its_row(rules_nlp: Language, text: str, expected: tuple[str, ...]) -> None:
    events = coded(rules_nlp, text)[1]
    assert all(_met(e, events) for e in expected), sorted(events)


# controls of the rules: events that must not be coded
RULE_CONTROLS: list[tuple[str, tuple[str, ...]]] = [
    # hope with no party and no act named is no comment on anyone
    ("Hopes for a peace deal between Sudan and Chad faded .", ("SDN TCD 01", "TCD SDN 01")),
    # access denied or refused is no access allowed
    ("Ethiopia denied UN agencies access to Tigray .", ("ETH IGO 08",)),
    ("Syria refused to allow UN inspectors access to the site .", ("SYR IGO 08", "SYR IGO 03")),
    # a summit held somewhere by its host is no hostage-taking
    ("The summit was held in Doha by Qatar .", ("QAT QAT 18",)),
]
RULE_CONTROL_XFAIL: dict[str, str] = {}


test_a_rule_control_codes_none_of_its_forbidden_events = table_test(
    RULE_CONTROLS, assert_codes_none_of, RULE_CONTROL_XFAIL
)
