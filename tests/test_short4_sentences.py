"""A third table of invented sentences, in the wire-service styles the first two (``test_short1_events``,
``test_short2_sentences``) lack (issue 14, session 22; docs/events.md rule 105).

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set. The styles:
attribution ("X said on Tuesday it would ...", "according to X, Y ...", "X's foreign ministry said in a statement
that ..."); quoted speech before its speaker ("'We will respond,' Lavrov told reporters, warning ..."); dates and
places between the verb and its object ("met in Riyadh on Wednesday with ..."); relative clauses on an actor
("Russia, which invaded Ukraine in 2022, ..."); appositive actors ("Sergei Lavrov, Russia's foreign minister,
met ..."); conjoined verbs and subjects ("Britain condemned and sanctioned Belarus"); event nouns as subjects
("Talks between Serbia and Kosovo resumed ..."); and sentences with no event between two parties. The expected
source, target, CAMEO code and mode were chosen from the CAMEO code descriptions before the coder was run; the test
compares the root, actors on their primary codes as the scorer compares them. Three expected codes were revised
after the first run because they broke the table's own convention that a stated future act is an intent (03x)
when cooperative and a threat (13x) when hostile ("Japan said it would send aid" 033): "Canada said it would impose
new sanctions" 163 -> 1312, "Norway said it would recognise a Palestinian state" 054 -> 032, "Saudi Arabia has
agreed to restore ties with Iran" 057 -> 030 (an agreement to act later, no signed accord). Rows the coder still
misses are in ``XFAIL`` with a one-line reason each.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.events.parse_repair import packaged_data, rehang_quote_speakers

from .event_sentences import asserted, before_stage, table_cases
from .test_short2_sentences import ASSERTED, HYPOTHETICAL, NEGATED, events_of

# (sentence, source, target, CAMEO code chosen beforehand, mode); a sentence with two events has two rows
SHORT4_SENTENCES: list[tuple[str, str, str, str, str]] = [
    # attribution: "X said on <day> it would / had ..."
    ("Japan said on Tuesday it would send emergency aid to the Philippines.", "JPN", "PHL", "033", ASSERTED),
    ("Germany said on Monday it had expelled four Russian diplomats.", "DEU", "RUS", "166", ASSERTED),
    ("Canada said on Monday it would impose new sanctions on Iran.", "CAN", "IRN", "1312", ASSERTED),
    ("Norway said on Wednesday it would recognise a Palestinian state.", "NOR", "PSE", "032", ASSERTED),
    ("Spain said on Tuesday it had granted asylum to a Venezuelan opposition leader.", "ESP", "VEN", "075", ASSERTED),
    ("Algeria said on Wednesday that it had cut diplomatic ties with Morocco.", "DZA", "MAR", "161", ASSERTED),
    ("Beijing said on Friday it had lodged a formal protest with Tokyo.", "CHN", "JPN", "111", ASSERTED),
    (
        "Iran's foreign ministry spokesman said on Monday that Tehran was ready to resume talks with Washington.",
        "IRN",
        "USA",
        "036",
        ASSERTED,
    ),
    (
        "The White House said on Friday that Biden would host the Kenyan president next month.",
        "USA",
        "KEN",
        "036",
        ASSERTED,
    ),
    ("Officials in Kyiv said Russian drones attacked the port of Odesa on Wednesday.", "RUS", "UKR", "195", ASSERTED),
    ("Brazil said it might recognize the new government in Caracas.", "BRA", "VEN", "054", HYPOTHETICAL),
    # "X's foreign ministry said in a statement that ..."
    (
        "Egypt's foreign ministry said in a statement that it strongly condemned the Israeli raid.",
        "EGY",
        "ISR",
        "111",
        ASSERTED,
    ),
    (
        "Jordan's foreign ministry said in a statement that it rejected the Israeli decision.",
        "JOR",
        "ISR",
        "120",
        ASSERTED,
    ),
    (
        "Morocco's foreign ministry said in a statement that it had recalled its ambassador to Algeria.",
        "MAR",
        "DZA",
        "161",
        ASSERTED,
    ),
    (
        "The Indian foreign ministry said in a statement that New Delhi welcomed the agreement with Bangladesh.",
        "IND",
        "BGD",
        "051",
        ASSERTED,
    ),
    # "according to X, Y ..."
    ("According to Ukrainian officials, Russian forces shelled Kharkiv overnight.", "RUS", "UKR", "190", ASSERTED),
    ("Russian forces shelled Kharkiv overnight, according to Ukraine's military.", "RUS", "UKR", "190", ASSERTED),
    ("According to Syrian state media, Israeli jets struck Damascus airport on Sunday.", "ISR", "SYR", "190", ASSERTED),
    ("According to the Pentagon, Iran supplied drones to Russia.", "IRN", "RUS", "072", ASSERTED),
    (
        "Saudi Arabia has agreed to restore ties with Iran, according to a joint statement.",
        "SAU",
        "IRN",
        "030",
        ASSERTED,
    ),
    ("According to diplomats, Qatar is mediating between Israel and Hamas.", "QAT", "ISR", "045", ASSERTED),
    # quoted speech
    (
        "'We will respond,' Lavrov told reporters, warning Washington against new sanctions.",
        "RUS",
        "USA",
        "130",
        ASSERTED,
    ),
    (
        "'We will never accept this,' a Chinese foreign ministry spokesman said, accusing Japan of provocation.",
        "CHN",
        "JPN",
        "112",
        ASSERTED,
    ),
    (
        "'The door to dialogue remains open,' Erdogan told reporters after meeting Putin in Ankara.",
        "TUR",
        "RUS",
        "040",
        ASSERTED,
    ),
    (
        "'Our troops will not withdraw,' Netanyahu said, rejecting a US call for a ceasefire.",
        "ISR",
        "USA",
        "120",
        ASSERTED,
    ),
    (
        "'We are ready to negotiate,' the Iranian president told his French counterpart by phone.",
        "IRN",
        "FRA",
        "041",
        ASSERTED,
    ),
    (
        "'Pyongyang will pay a heavy price,' Seoul's defence minister warned after the missile launch.",
        "KOR",
        "PRK",
        "130",
        ASSERTED,
    ),
    (
        "'Armenia has chosen war,' Aliyev said, accusing Yerevan of shelling Azerbaijani positions.",
        "AZE",
        "ARM",
        "112",
        ASSERTED,
    ),
    (
        "'Russia must withdraw all its troops,' Scholz said in Berlin, urging Moscow to negotiate.",
        "DEU",
        "RUS",
        "020",
        ASSERTED,
    ),
    ("Zelensky thanked Germany for its support, saying the tanks would arrive soon.", "UKR", "DEU", "051", ASSERTED),
    ("The Kremlin warned on Thursday that it would retaliate if Finland joined NATO.", "RUS", "FIN", "130", ASSERTED),
    ("'We do not want war with Iran,' the Israeli prime minister told CNN.", "ISR", "IRN", "190", NEGATED),
    # dates and places between verb and object
    ("India and Pakistan exchanged fire on Saturday along the Line of Control.", "IND", "PAK", "190", ASSERTED),
    ("Russia launched on Sunday a massive missile attack on Ukrainian cities.", "RUS", "UKR", "190", ASSERTED),
    ("Blinken met in Riyadh on Wednesday with Saudi Crown Prince Mohammed bin Salman.", "USA", "SAU", "040", ASSERTED),
    ("Macron arrived in Beijing on Wednesday for a three-day state visit to China.", "FRA", "CHN", "042", ASSERTED),
    ("The Israeli army struck on Tuesday night targets in southern Lebanon.", "ISR", "LBN", "190", ASSERTED),
    ("Egypt signed in Cairo on Thursday a gas deal with Israel.", "EGY", "ISR", "057", ASSERTED),
    ("Ethiopia and Eritrea signed in Riyadh on Sunday a peace agreement.", "ETH", "ERI", "057", ASSERTED),
    ("Iraq received in Baghdad on Friday a delegation from Iran.", "IRQ", "IRN", "043", ASSERTED),
    ("Serbia's president met in Belgrade on Monday with the Hungarian prime minister.", "SRB", "HUN", "040", ASSERTED),
    ("Vietnam accused on Thursday China of ramming its fishing boats.", "VNM", "CHN", "112", ASSERTED),
    ("Poland will send next month more troops to its border with Belarus.", "POL", "BLR", "150", ASSERTED),
    # relative clauses
    (
        "Russia, which invaded Ukraine in 2022, accused the United States of prolonging the war.",
        "RUS",
        "USA",
        "112",
        ASSERTED,
    ),
    ("Iran, which backs Hezbollah, denied any role in the attack on Israel.", "IRN", "ISR", "016", ASSERTED),
    ("Turkey, which is a NATO member, bought air defence missiles from Russia.", "TUR", "RUS", "062", ASSERTED),
    (
        "Colombia, whose president took office in August, restored diplomatic relations with Venezuela.",
        "COL",
        "VEN",
        "050",
        ASSERTED,
    ),
    (
        "Houthi rebels, who control northern Yemen, attacked a British ship in the Red Sea.",
        "YEM",
        "GBR",
        "190",
        ASSERTED,
    ),
    (
        "Venezuela, which claims the Essequibo region, threatened Guyana with military action.",
        "VEN",
        "GUY",
        "138",
        ASSERTED,
    ),
    (
        "Ukraine's president, who visited Washington last week, thanked Congress for the new aid.",
        "UKR",
        "USA",
        "051",
        ASSERTED,
    ),
    (
        "Japan, which occupied Korea until 1945, apologised to South Korea for forced labour.",
        "JPN",
        "KOR",
        "055",
        ASSERTED,
    ),
    ("The ceasefire that Egypt brokered between Israel and Hamas collapsed on Friday.", "EGY", "ISR", "045", ASSERTED),
    # appositive actors
    (
        "Sergei Lavrov, Russia's foreign minister, met his Chinese counterpart in Beijing.",
        "RUS",
        "CHN",
        "040",
        ASSERTED,
    ),
    (
        "Antony Blinken, the US secretary of state, criticized Israel over civilian deaths in Gaza.",
        "USA",
        "ISR",
        "111",
        ASSERTED,
    ),
    ("Wang Yi, China's top diplomat, warned Japan against interfering in Taiwan.", "CHN", "JPN", "130", ASSERTED),
    ("The Turkish president, Recep Tayyip Erdogan, accused Israel of genocide.", "TUR", "ISR", "112", ASSERTED),
    ("Annalena Baerbock, Germany's foreign minister, visited Kyiv on Monday.", "DEU", "UKR", "042", ASSERTED),
    (
        "Narendra Modi, the Indian prime minister, congratulated Sri Lanka's new president.",
        "IND",
        "LKA",
        "051",
        ASSERTED,
    ),
    ("Kim Jong Un, North Korea's leader, threatened South Korea with a nuclear attack.", "PRK", "KOR", "138", ASSERTED),
    (
        "Mohammed bin Salman, Saudi Arabia's crown prince, received the Iranian foreign minister in Riyadh.",
        "SAU",
        "IRN",
        "043",
        ASSERTED,
    ),
    ("Ali Khamenei, Iran's supreme leader, praised the Houthis for attacking ships.", "IRN", "YEM", "051", ASSERTED),
    (
        "The head of the IAEA, Rafael Grossi, visited the Zaporizhzhia nuclear plant in Ukraine.",
        "IGO",
        "UKR",
        "042",
        ASSERTED,
    ),
    ("Lula, Brazil's president, called on Russia and Ukraine to negotiate.", "BRA", "RUS", "020", ASSERTED),
    ("Lula, Brazil's president, called on Russia and Ukraine to negotiate.", "BRA", "UKR", "020", ASSERTED),
    ("Mark Rutte, the Dutch prime minister, did not meet the Chinese envoy.", "NLD", "CHN", "040", NEGATED),
    # conjoined verbs
    ("Britain condemned and sanctioned Belarus.", "GBR", "BLR", "111", ASSERTED),
    ("Britain condemned and sanctioned Belarus.", "GBR", "BLR", "163", ASSERTED),
    ("Israel detained and interrogated two Palestinian journalists.", "ISR", "PSE", "173", ASSERTED),
    ("Russia welcomed and praised the Chinese peace plan.", "RUS", "CHN", "051", ASSERTED),
    ("China criticized and warned the Philippines over the clash.", "CHN", "PHL", "111", ASSERTED),
    ("China criticized and warned the Philippines over the clash.", "CHN", "PHL", "130", ASSERTED),
    ("India condemned the attack and blamed Pakistan.", "IND", "PAK", "112", ASSERTED),
    ("Kenya welcomed the Somali delegation and signed a security pact with Somalia.", "KEN", "SOM", "057", ASSERTED),
    ("Turkey arrested and deported dozens of Syrian refugees.", "TUR", "SYR", "173", ASSERTED),
    ("The United States and Britain struck Houthi targets in Yemen.", "USA", "YEM", "190", ASSERTED),
    ("The United States and Britain struck Houthi targets in Yemen.", "GBR", "YEM", "190", ASSERTED),
    ("France and Germany urged Serbia to resume dialogue.", "FRA", "SRB", "020", ASSERTED),
    ("France and Germany urged Serbia to resume dialogue.", "DEU", "SRB", "020", ASSERTED),
    ("Pakistan summoned the Afghan envoy and demanded action against militants.", "PAK", "AFG", "100", ASSERTED),
    # event nouns as subjects
    ("Talks between Serbia and Kosovo resumed in Brussels on Thursday.", "SRB", "XKX", "040", ASSERTED),
    ("A meeting between Xi and Biden took place in San Francisco.", "CHN", "USA", "040", ASSERTED),
    ("Clashes between Armenian and Azerbaijani troops erupted on the border.", "ARM", "AZE", "190", ASSERTED),
    ("Russian shelling killed three civilians in Kherson.", "RUS", "UKR", "190", ASSERTED),
    ("An Israeli airstrike hit a school in Gaza.", "ISR", "PSE", "190", ASSERTED),
    ("A Ukrainian drone attack set fire to an oil refinery in southern Russia.", "UKR", "RUS", "190", ASSERTED),
    ("Chinese cyberattacks targeted Taiwan's banks.", "CHN", "TWN", "190", ASSERTED),
    ("Israeli strikes on Lebanon killed a Hezbollah commander.", "ISR", "LBN", "190", ASSERTED),
    ("Negotiations between Ethiopia and Egypt over the dam ended on Monday.", "ETH", "EGY", "040", ASSERTED),
]

# sentences with no event between two parties (a domestic act, a statement about no other party)
SHORT4_NO_EVENT: list[str] = [
    "Peru's president, who took office in December, said on Monday she would not resign.",
    "Chinese state media said on Tuesday the economy grew by 5 percent.",
    "According to the Japanese weather agency, a typhoon will hit Okinawa on Friday.",
    "Germany's economy minister, Robert Habeck, visited a factory in Bavaria.",
    "Mexico's president, who was elected in June, took office on Tuesday.",
    "'We have nothing to hide,' the Kenyan president said on Monday.",
    "Argentina's central bank, which raised rates in May, cut them on Thursday.",
    "Heavy rain, according to Indian officials, flooded parts of Kerala.",
]

# rows the coder still misses, each with why it is left (docs/events.md rule 105)
XFAIL: dict[str, str] = {
    "'Pyongyang will pay a heavy price,' Seoul's defence minister warned after the missile launch.": "the parser "
    "hangs the speaker clause on the quoted object noun ('price'); re-hung, a warning whose party is only the "
    "subject of its clause is still no event ('warned that Pyongyang would pay a heavy price': none either)",
    "Poland will send next month more troops to its border with Belarus.": "'send troops to Y' reads as a threat of "
    "force toward Y (138, as in the short2 table); a show of force (150) needs more than the sentence's words",
    "A Ukrainian drone attack set fire to an oil refinery in southern Russia.": "the verb codes (set fire: 1712, "
    "destroy property, a CAMEO reading too); the attack the subject noun names is not coded beside it",
    "Chinese cyberattacks targeted Taiwan's banks.": "neither 'cyberattack' nor 'target' is a trigger; 'target' as "
    "an attack verb would also read 'sanctions targeted Russian banks' as force",
}


@pytest.mark.parametrize(("text", "source", "target", "code", "mode"), table_cases(SHORT4_SENTENCES, XFAIL))
def test_short4_sentence_codes_its_event(
    rules_nlp: Language, text: str, source: str, target: str, code: str, mode: str
) -> None:
    found = {(s, t, c[:2], m) for s, t, c, m in events_of(rules_nlp, text)}
    assert (source, target, code[:2], mode) in found


@pytest.mark.parametrize("text", SHORT4_NO_EVENT)
def test_short4_sentence_without_event(rules_nlp: Language, text: str) -> None:
    assert events_of(rules_nlp, text) == set()


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in SHORT4_SENTENCES}


def test_table_covers_the_modes() -> None:
    assert {mode for *_, mode in SHORT4_SENTENCES} == {ASSERTED, NEGATED, HYPOTHETICAL}


# -- 105a: a progressive read as "be" + a participle predicate (fixed) ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: no event ("is" the root, "mediating" its attr)
        ("According to diplomats, Qatar is mediating between Israel and Hamas.", {("QAT", "ISR", "045")}),
        ("Qatar is mediating between Israel and Egypt.", {("QAT", "ISR", "045"), ("QAT", "EGY", "045")}),
        ("Egypt is mediating between Israel and Hamas.", {("EGY", "ISR", "045"), ("EGY", "PSE", "045")}),
    ],
)
def test_progressive_read_as_predicate(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= asserted(rules_nlp, text)


def test_progressive_repair_makes_the_participle_the_verb(rules_nlp: Language) -> None:
    from detente.nlp.pipeline import make_doc

    doc = rules_nlp(make_doc(rules_nlp, "Qatar is mediating between Israel and Egypt.", published="2024-05-01"))
    assert [(t.lower_, t.dep_) for t in doc if t.lower_ in ("is", "mediating")] == [
        ("is", "aux"),
        ("mediating", "ROOT"),
    ]


def test_participle_predicate_of_a_non_actor_stays_as_parsed(rules_nlp: Language) -> None:
    # "the aim is mediating a truce": the subject names no actor, no mediation by anyone
    assert asserted(rules_nlp, "The aim is mediating a truce between Israel and Hamas.") == set()


# -- 105b: a speaker clause after a quotation the parser made the quotation's complement (fixed) --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: no event ("accusing" a clause of the quoted "chosen", its subject Armenia)
        (
            "'Armenia has chosen war,' Aliyev said, accusing Yerevan of shelling Azerbaijani positions.",
            ("AZE", "ARM", "11"),
        ),
        ("'We will never accept this,' a Chinese spokesman said, accusing Japan of provocation.", ("CHN", "JPN", "11")),
    ],
)
def test_speaker_after_quotation(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = {(s, t, c[:2], m) for s, t, c, m in events_of(rules_nlp, text)}
    assert (*expected, ASSERTED) in found


def test_quotation_speaker_naming_no_actor_is_not_rehung(rules_nlp: Language) -> None:
    text = "'Armenia has chosen war,' Aliyev said, accusing Yerevan of shelling Azerbaijani positions."
    doc = before_stage(rules_nlp, text, "parse_repair")
    assert [t.lower_ for t in doc if t.dep_ == "ROOT"] == ["chosen"]  # the model's parse
    verbs = packaged_data().final_speaker_verbs
    assert rehang_quote_speakers(doc, verbs, frozenset()) == 0  # no actor in the speaker's phrase: left
    speaker = frozenset(t.i for t in doc if t.text == "Aliyev")
    assert rehang_quote_speakers(doc, verbs, speaker) == 1
    assert [(t.lower_, t.dep_, t.head.lower_) for t in doc if t.lower_ in ("said", "chosen", "accusing")] == [
        ("chosen", "ccomp", "said"),
        ("said", "ROOT", "said"),
        ("accusing", "advcl", "said"),
    ]


# -- 105c: a denied part in an act is a denial of the act (fixed) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran, which backs Hezbollah, denied any role in the attack on Israel.",
            ("IRN", "ISR", "016"),
        ),  # before: 1246
        ("Iran denied any role in the attack on Israel.", ("IRN", "ISR", "016")),
        ("Turkey denied any role in the bombing of the Syrian convoy.", ("TUR", "SYR", "016")),  # before: 120
        ("Pakistan denied any part in the attack on India.", ("PAK", "IND", "016")),
    ],
)
def test_denied_part_is_a_denial(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    found = asserted(rules_nlp, text)
    assert expected in found
    assert not any(c.startswith("12") for _, _, c in found)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        # the phrase key "deny involvement" codes the verb; the act is no longer asserted beside it (before: asserted)
        ("Russia denied involvement in the attack on Ukraine.", ("RUS", "UKR", "190")),
        ("Syria denied involvement in the attack on the Turkish convoy.", ("SYR", "TUR", "190")),
    ],
)
def test_act_the_denier_had_no_part_in_is_not_asserted(
    rules_nlp: Language, text: str, denied: tuple[str, str, str]
) -> None:
    found = {(s, t, c[:3], m) for s, t, c, m in events_of(rules_nlp, text)}
    assert (*denied, NEGATED) in found
    assert (*denied, ASSERTED) not in found


def test_a_part_praised_is_not_denied(rules_nlp: Language) -> None:
    # only a denial verb's object: a role praised leaves the act under it as it was
    found = events_of(rules_nlp, "Russia praised Ukraine's role in the attack on Israel.")
    assert not any(m == NEGATED for *_, m in found)


def test_role_withheld_from_a_party_stays_a_refusal(rules_nlp: Language) -> None:
    # "denied Israel a role": a dative, the role refused to Israel (125), no denial of an act
    assert asserted(rules_nlp, "Iran denied Israel a role in the talks.") == {("IRN", "ISR", "125")}


# -- 105d: "told Y by phone" is a telephone conversation with Y (fixed) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: no event
        (
            "'We are ready to negotiate,' the Iranian president told his French counterpart by phone.",
            ("IRN", "FRA", "041"),
        ),
        ("Erdogan told Putin by phone that Turkey wanted peace.", ("TUR", "RUS", "041")),
    ],
)
def test_told_by_phone(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted(rules_nlp, text)


def test_told_without_phone_or_party_is_no_call(rules_nlp: Language) -> None:
    assert not any(c == "041" for *_, c in asserted(rules_nlp, "Erdogan told Putin that Turkey wanted peace."))
    assert asserted(rules_nlp, "Erdogan told reporters by phone that Turkey wanted peace.") == set()
