"""Eight more wire shapes over the CAMEO roots (issue 14, session 40, branch roots5; docs/events.md rule 426).

A peer coder's validation suite (76 real-news and short constructed sentences, which we do not hold) scores us at dyad
F1 0.47, while session 38-39's breadth tables (rules 401, 405, 414, 419: tests/test_roots1_events.py to
tests/test_roots4_events.py) passed most of their rows. This table writes the wire shapes they lacked, three or more
sentences each over many roots: (1) title-case headlines that open with a leader's surname or title ("Ruto Hosts
Somali President In Nairobi"); (2) a participial opener before the subject ("Citing espionage concerns, Poland
expelled ..."); (3) an attribution after the clause (", Ukraine's army said", ", according to state media"): the
speaker is no party of the act told; (4) an apposition or a relative clause between the subject and its verb; (5) an
act noun heading the clause or the object of "announced" ("Iran's seizure of a Greek tanker", "the expulsion of ... by
Norway"): the noun's act is coded as the verb's would be; (6) a partner named by a "with" phrase of the act noun, also
in a second conjoined act ("held talks with Bhutan and signed an energy pact with Nepal"); (7) a quote before its
speaker; (8) an infinitive complement of a finite verb that is itself the act or a stated intent ("moved to expel"
is the expulsion; "threatened to cut ties" a threat, 13x, by its complement: 1313, 1312, 138; "offered to mediate"
and "agreed to provide" intents, 03x, rule 6). Each sentence is our own construction, none copied from an evaluation
set, the seeds or the news excerpts; the expected events were written from the code list
(/work/shared/data/cameo-eventcodes.tsv) and the project's conventions (docs/events.md) before the coder ran: a host's
visitor 043 from the host (rule 93), talks and a signed pact 04 / 057 both ways, a visit 042 to the place visited, an
IGO the party "IGO" and Hezbollah its country's party, as the scorer compares them. The rows compare CAMEO roots on
primary codes, as the scorer does, and the whole set of asserted events: a spurious extra event fails a row as a
missed one does. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``); the texts are dated 2024-05-01, so the leaders named are those in office then.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, roots, table_cases

Events = set[tuple[str, str, str]]


ROOTS5_SHAPES: dict[str, list[tuple[str, Events]]] = {
    "a title-case headline opening with a surname or a title": [
        ("Ruto Hosts Somali President In Nairobi", {("KEN", "SOM", "043")}),
        ("Modi Praises Bhutan's Support For Regional Trade Plan", {("IND", "BTN", "051")}),
        ("Erdogan Accuses Israel Of Genocide In Gaza", {("TUR", "ISR", "112")}),
        ("President Tinubu Visits Ghana For Security Talks", {("NGA", "GHA", "042")}),
        ("Macron Condemns Iran's Detention Of French Citizens", {("FRA", "IRN", "111"), ("IRN", "FRA", "173")}),
        ("Lula Criticises Venezuela Over Disputed Vote", {("BRA", "VEN", "111")}),
        # second batch, written before its own run (the first batch held 32 of 35 on START)
        ("Ramaphosa Slams Israel Over Rafah Offensive", {("ZAF", "ISR", "111")}),
        ("Prime Minister Modi Welcomes Sri Lankan President To New Delhi", {("IND", "LKA", "043")}),
        ("Erdogan Warns Greece Against Arming Aegean Islands", {("TUR", "GRC", "130")}),
    ],
    "a participial opener": [
        ("Citing espionage concerns, Poland expelled three Belarusian diplomats.", {("POL", "BLR", "166")}),
        (
            "Speaking in Cairo on Monday, Egypt's foreign minister accused Ethiopia of endangering the Nile.",
            {("EGY", "ETH", "112")},
        ),
        (
            "Addressing reporters in Manila, the Philippine president criticised China's coast guard.",
            {("PHL", "CHN", "111")},
        ),
        (
            "Visiting Nairobi on Thursday, the Turkish president praised Kenya's role in Somalia.",
            {("TUR", "KEN", "042"), ("TUR", "KEN", "051")},
        ),
        # second batch, written before its own run (the first batch held 32 of 35 on START)
        (
            "Accusing Azerbaijan of violating the ceasefire, Armenia recalled its envoy from Baku.",
            {("ARM", "AZE", "112"), ("ARM", "AZE", "161")},
        ),
        (
            "Acting on an intelligence tip, Spanish police arrested two Moroccan nationals in Malaga.",
            {("ESP", "MAR", "173")},
        ),
        (
            "Speaking after a cabinet meeting, the Greek prime minister urged Turkey to halt drilling near Crete.",
            {("GRC", "TUR", "020")},
        ),
    ],
    "an attribution after the clause": [
        (
            "Russian forces shelled Ukrainian positions near Kherson overnight, Ukraine's army said.",
            {("RUS", "UKR", "194")},
        ),
        ("Iran detained a French national in Tehran, according to state media.", {("IRN", "FRA", "173")}),
        (
            "Israel struck a Hezbollah weapons depot in southern Lebanon, the Lebanese army said on Sunday.",
            {("ISR", "LBN", "190")},
        ),
        ("Algeria expelled twelve French embassy staff, the foreign ministry in Paris said.", {("DZA", "FRA", "166")}),
        # second batch, written before its own run (the first batch held 32 of 35 on START)
        (
            "Venezuelan troops seized a Guyanese fishing boat on the Cuyuni river, Guyana's foreign ministry said in a "
            "statement.",
            {("VEN", "GUY", "171")},
        ),
        (
            "Mali's junta arrested two French security officials, according to a statement read on state television.",
            {("MLI", "FRA", "173")},
        ),
        (
            "Serbia and Hungary signed an energy pact in Belgrade on Monday, officials from both countries said.",
            both("SRB", "HUN", "057"),
        ),
    ],
    "an apposition or a relative clause between subject and verb": [
        (
            "Wang Yi, China's top diplomat since 2013, met the South Korean foreign minister in Beijing.",
            both("CHN", "KOR", "040"),
        ),
        ("Kenya's president, who took office in 2022, visited Ethiopia on Tuesday.", {("KEN", "ETH", "042")}),
        (
            "Viktor Orban, Hungary's prime minister since 2010, criticised the European Commission.",
            {("HUN", "IGO", "111")},
        ),
        (
            "Colombia's defence minister, who spoke at a rally on Friday, accused Venezuela of sheltering rebels.",
            {("COL", "VEN", "112")},
        ),
        # second batch, written before its own run (the first batch held 32 of 35 on START)
        (
            "Egypt's foreign minister, a veteran diplomat, hosted his Jordanian counterpart in Cairo on Sunday.",
            {("EGY", "JOR", "043")},
        ),
        (
            "Ramaphosa, speaking at a summit in Luanda, urged Rwanda to withdraw its troops from Congo.",
            {("ZAF", "RWA", "020")},
        ),
        (
            "The Polish president, whose term ends next year, praised Lithuania's defence spending.",
            {("POL", "LTU", "051")},
        ),
    ],
    "an act noun heading the clause": [
        ("Iran's seizure of a Greek tanker in the Gulf angered Athens.", {("IRN", "GRC", "171")}),
        ("The expulsion of four Russian diplomats by Norway was announced on Monday.", {("NOR", "RUS", "166")}),
        (
            "Pakistan announced the launch of air strikes on militant hideouts in Afghanistan.",
            {("PAK", "AFG", "195")},
        ),
        ("Sudan's shelling of refugee camps near the Chadian border drew condemnation.", {("SDN", "SDN", "194")}),
        # second batch, written before its own run (the first batch held 32 of 35 on START)
        ("Germany announced the expulsion of two Iranian diplomats over the plot.", {("DEU", "IRN", "166")}),
        # rule 436 (session 41, nomev1): London's outrage is aimed at the arrest's doer, GBR -> GEO 110, beside the
        # arrest; the row held the arrest alone and was a strict xfail (the outrage read GBR -> GBR)
        (
            "The arrest of a British journalist by Georgian police sparked outrage in London.",
            {("GEO", "GBR", "173"), ("GBR", "GEO", "110")},
        ),
        ("Russia's bombardment of Odesa's port continued for a third night.", {("RUS", "UKR", "195")}),
    ],
    "a partner in a 'with' phrase": [
        ("Vietnam signed a trade deal with Australia on Wednesday.", both("VNM", "AUS", "057")),
        (
            "India held talks with Bhutan and signed an energy pact with Nepal.",
            both("IND", "BTN", "040") | both("IND", "NPL", "057"),
        ),
        ("Chile broke off diplomatic relations with Nicaragua.", {("CHL", "NIC", "161")}),
        ("Egypt resumed negotiations with Ethiopia over the dam.", both("EGY", "ETH", "046")),
        # second batch, written before its own run (the first batch held 32 of 35 on START)
        (
            "Armenia signed a border protocol with Azerbaijan and opened talks with Turkey.",
            both("ARM", "AZE", "057") | both("ARM", "TUR", "040"),
        ),
        ("Colombia cut diplomatic ties with Israel over the war in Gaza.", {("COL", "ISR", "161")}),
        ("Kazakhstan signed a nuclear cooperation accord with France during the visit.", both("KAZ", "FRA", "057")),
    ],
    "a quote before its speaker": [
        ("'We will respond with force,' the Iranian army chief warned Israel on Tuesday.", {("IRN", "ISR", "138")}),
        (
            "'We thank Qatar for its tireless mediation,' Israel's prime minister said on Sunday.",
            {("ISR", "QAT", "051")},
        ),
        (
            "'Pakistan is sheltering terrorists,' India's foreign minister told reporters in New Delhi.",
            {("IND", "PAK", "112")},
        ),
        (
            "'This is a violation of our airspace,' Estonia's foreign minister told the Russian ambassador.",
            {("EST", "RUS", "114")},
        ),
        # second batch, written before its own run (the first batch held 32 of 35 on START)
        ("'Our patience has limits,' the Chinese defence minister warned Taiwan on Friday.", {("CHN", "TWN", "130")}),
        (
            "'Russia must pull its troops out of Moldova,' the Romanian foreign minister said on Monday.",
            {("ROU", "RUS", "106")},
        ),
        (
            # corrected after the run: written with the army chief's one-way visit (042), but "meeting" a party is
            # talks both ways (040) in the project's convention (tests/test_roots4_events.py "met ... in Damascus")
            "'We are grateful to Egypt,' the Sudanese army chief said after meeting the Egyptian president in Cairo.",
            {("SDN", "EGY", "051")} | both("SDN", "EGY", "040"),
        ),
    ],
    "an infinitive complement that is the act": [
        ("Latvia moved to expel two Russian diplomats on Thursday.", {("LVA", "RUS", "166")}),
        ("Mali threatened to cut ties with Algeria over the drone incident.", {("MLI", "DZA", "1313")}),
        ("China threatened to impose sanctions on Lithuania.", {("CHN", "LTU", "1312")}),
        ("Turkey offered to mediate between Russia and Ukraine.", {("TUR", "RUS", "039"), ("TUR", "UKR", "039")}),
        ("Japan agreed to provide Vietnam with patrol boats.", {("JPN", "VNM", "0332")}),
        # second batch, written before its own run (the first batch held 32 of 35 on START)
        ("Ecuador decided to expel the Mexican ambassador after the embassy dispute.", {("ECU", "MEX", "166")}),
        ("Russia threatened to halt gas deliveries to Moldova.", {("RUS", "MDA", "131")}),
        ("Nigeria refused to extradite the former oil minister to Britain.", {("NGA", "GBR", "124")}),
    ],
}

ROOTS5_SENTENCES: list[tuple[str, Events]] = [row for rows in ROOTS5_SHAPES.values() for row in rows]

# on START 53 of 59 rows held (first batch 32 of 35, second 21 of 24; the shapes' counts in BENCHMARKS.md, session
# 40 roots5; one second-batch expectation corrected after the run, see its row below). The largest failing shape was
# the quote before its speaker (4 of 7): rule 426a reads "grateful / thankful to Y" as praise (5 of 7), and rule 426b
# re-hangs a "told" speaker clause after an opening quotation as rule 105b does a "said" one (its rows among the
# controls). What is left, one reason each:
XFAIL: dict[str, str] = {
    "Sudan's shelling of refugee camps near the Chadian border drew condemnation.": (
        "unnamed camps near a border name no party (the country adjective is the border's, not the camps'), so the "
        "act noun has no target; the row's own reading (the camps in Sudan) is not the only one"
    ),
    "Kazakhstan signed a nuclear cooperation accord with France during the visit.": (
        "'during the visit' names no visitor or host, yet a KAZ -> FRA 042 visit is coded beside the accord"
    ),
    "'Pakistan is sheltering terrorists,' India's foreign minister told reporters in New Delhi.": (
        "a quoted charge with no verb of accusing ('is sheltering terrorists') is no act of the lexicon and is not "
        "read as the speaker's accusation (112)"
    ),
    "'This is a violation of our airspace,' Estonia's foreign minister told the Russian ambassador.": (
        "a quoted 'this is a violation' told to an envoy is not read as an official complaint (114) to the envoy's "
        "country"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(ROOTS5_SENTENCES, XFAIL))
def test_roots5_sentence_codes_its_roots(rules_nlp: Language, text: str, expected: Events) -> None:
    assert roots(asserted(rules_nlp, text)) == roots(expected)


# the shapes of the rows in a use that holds no event between two parties
ROOTS5_CONTROLS: list[tuple[str, Events]] = [
    ("Erdogan Speaks At Party Congress In Ankara", set()),
    ("Speaking in Ankara on Tuesday, the Turkish president praised his party's record.", set()),
    ("Prices rose sharply in March, the statistics office said.", set()),
    ("Wang Yi, China's top diplomat since 2013, arrived back in Beijing.", set()),
    ("The launch of the new weather satellite was delayed by a week.", set()),
    ("Vietnam signed the new budget into law on Wednesday.", set()),
    ("'We will not give up,' the coach told reporters after the match.", set()),
    ("Latvia moved to a new election date in October.", set()),
    # added with rules 426a / 426b, after the first run: gratitude needs its "to" party and no negation, an attributive
    # "grateful" is none; a "told reporters" speaker after a single closing quote and a possessive speaker is the
    # quoted "we"; a quote with no act stays empty
    ("Kenya was not grateful to Egypt.", set()),
    ("The grateful refugees thanked the volunteers.", set()),
    ("Kenya is thankful for the support.", set()),
    ("Sudan said it was grateful to Egypt.", {("SDN", "EGY", "051")}),
    ("'We thank Qatar,' Israel's prime minister told reporters.", {("ISR", "QAT", "051")}),
    ("'We condemn Russia,' Italy's prime minister told the French president.", {("ITA", "RUS", "111")}),
    ("'We will keep fighting,' Sudan's army chief told reporters.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROOTS5_CONTROLS)
def test_roots5_control_keeps_its_codes(rules_nlp: Language, text: str, expected: Events) -> None:
    assert roots(asserted(rules_nlp, text)) == roots(expected)
