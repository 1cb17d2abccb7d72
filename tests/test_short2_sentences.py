"""A second table of short constructed sentences, in the styles the first (``test_short1_events``) lacks
(issue 14, session 21; docs/events.md rule 102).

Every sentence is our own invention. The styles: present-tense headlines ("Israel bombs Gaza.") and the headline
infinitive ("Russia to send troops to Syria."); definite descriptions and pronouns as actors ("The president",
"its army"); the passive with and without "by"; capitals and institutions for states ("Moscow", "the Kremlin",
"Downing Street", "the Pentagon"); group actors ("Kurdish rebels", "Hamas militants", "Iraqi police", "the UN
Security Council"); negation and modality ("did not attack", "refused to meet", "may impose"); two targets;
CAMEO sub-codes across all 20 roots. The expected CAMEO code of each sentence was chosen from the CAMEO code
descriptions before the coder was run; the test compares the root, actors on their primary codes as the scorer
compares them, and the event's mode (asserted, negated or hypothetical). Sentences the coder still misses are in
``XFAIL`` with a one-line reason each.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc
from detente.reference.actors import primary_code

from .event_sentences import asserted, coded, table_cases

ASSERTED, NEGATED, HYPOTHETICAL = "asserted", "negated", "hypothetical"

# (sentence, source, target, CAMEO code chosen beforehand, mode); a sentence with two targets has two rows
SHORT2_SENTENCES: list[tuple[str, str, str, str, str]] = [
    # 01 make public statement
    ("Moscow denies British accusations of spying.", "RUS", "GBR", "016", ASSERTED),
    ("The Iranian foreign ministry declined to comment on the Israeli report.", "IRN", "ISR", "011", ASSERTED),
    # 02 appeal
    ("Ukraine urges Germany to send more tanks.", "UKR", "DEU", "021", ASSERTED),
    ("The Palestinian Authority appealed to the UN Security Council for protection.", "PSE", "IGO", "023", ASSERTED),
    ("Kurdish rebels called on Turkey to release their leader.", "KUR", "TUR", "025", ASSERTED),
    ("Downing Street urged Israel and Hamas to agree a ceasefire.", "GBR", "ISR", "027", ASSERTED),
    ("Downing Street urged Israel and Hamas to agree a ceasefire.", "GBR", "PSE", "027", ASSERTED),
    # 03 express intent to cooperate
    ("Russia to send troops to Syria.", "RUS", "SYR", "031", ASSERTED),
    ("Japan pledges aid to Turkey after the earthquake.", "JPN", "TUR", "033", ASSERTED),
    ("Washington says it is ready to talk to Tehran.", "USA", "IRN", "036", ASSERTED),
    ("Qatar offers to mediate between Israel and Hamas.", "QAT", "ISR", "039", ASSERTED),
    ("Qatar offers to mediate between Israel and Hamas.", "QAT", "PSE", "039", ASSERTED),
    # 04 consult
    ("Blinken visits Beijing.", "USA", "CHN", "042", ASSERTED),
    ("Putin hosts Kim Jong Un in Moscow.", "RUS", "PRK", "043", ASSERTED),
    ("The French president spoke by phone with his Ukrainian counterpart.", "FRA", "UKR", "041", ASSERTED),
    ("Erdogan and Putin hold talks in Sochi.", "TUR", "RUS", "040", ASSERTED),
    ("Egypt is mediating between Israel and Hamas.", "EGY", "ISR", "045", ASSERTED),
    (
        "French President Emmanuel Macron arrived in Algiers on Sunday. The president met his Algerian counterpart.",
        "FRA",
        "DZA",
        "040",
        ASSERTED,
    ),
    # 05 engage in diplomatic cooperation
    ("Beijing praises Pakistan's support.", "CHN", "PAK", "051", ASSERTED),
    ("Israel and the UAE sign a normalisation deal.", "ISR", "ARE", "057", ASSERTED),
    ("The Vatican recognized the State of Palestine.", "VAT", "PSE", "054", ASSERTED),
    ("Japan apologised to South Korea for wartime abuses.", "JPN", "KOR", "055", ASSERTED),
    ("Iran's supreme leader praised Hamas.", "IRN", "PSE", "051", ASSERTED),
    # 06 engage in material cooperation
    ("The United States and the Philippines held joint military exercises.", "USA", "PHL", "062", ASSERTED),
    ("Jordan shares intelligence with Israel.", "JOR", "ISR", "064", ASSERTED),
    # 07 provide aid
    ("The Pentagon sends more weapons to Ukraine.", "USA", "UKR", "072", ASSERTED),
    ("Humanitarian aid was delivered to Gaza by Egypt.", "EGY", "PSE", "073", ASSERTED),
    ("Sweden grants asylum to an Iranian dissident.", "SWE", "IRN", "075", ASSERTED),
    ("The World Bank lends Pakistan 2 billion dollars.", "IGO", "PAK", "071", ASSERTED),
    # 08 yield
    ("Hamas frees two Israeli hostages.", "PSE", "ISR", "084", ASSERTED),
    ("Three Thai hostages were released by Hamas.", "PSE", "THA", "084", ASSERTED),
    ("The US eases sanctions on Venezuela.", "USA", "VEN", "085", ASSERTED),
    ("Iran allowed UN inspectors to visit the nuclear site.", "IRN", "IGO", "086", ASSERTED),
    ("Russia pulls its troops out of Kherson.", "RUS", "UKR", "087", ASSERTED),
    # 09 investigate
    ("The ICC is investigating war crimes in Ukraine.", "IGO", "UKR", "094", ASSERTED),
    ("Turkish prosecutors opened an investigation into two Swedish activists.", "TUR", "SWE", "091", ASSERTED),
    # 10 demand
    ("Moscow demands the withdrawal of NATO troops from the Baltics.", "RUS", "IGO", "106", ASSERTED),
    ("The UN Security Council demands an immediate ceasefire in Sudan.", "IGO", "SDN", "107", ASSERTED),
    ("Seoul demands an apology from Tokyo.", "KOR", "JPN", "100", ASSERTED),
    ("Palestinian protesters demand an end to the Israeli occupation.", "PSE", "ISR", "100", ASSERTED),
    # 11 disapprove
    ("Beijing slams US arms sales to Taiwan.", "CHN", "USA", "111", ASSERTED),
    ("The Iraqi government accused Turkey of bombing civilians.", "IRQ", "TUR", "112", ASSERTED),
    ("Israel was condemned by the Arab League over the raid.", "IGO", "ISR", "111", ASSERTED),
    ("Ukraine sues Russia at the International Court of Justice.", "UKR", "RUS", "115", ASSERTED),
    ("Washington blames Tehran for the drone attack.", "USA", "IRN", "112", ASSERTED),
    ("The Kremlin accused Kyiv of terrorism.", "RUS", "UKR", "112", ASSERTED),
    ("China's foreign ministry criticised the Philippines.", "CHN", "PHL", "111", ASSERTED),
    ("The UN Security Council condemned the coup in Niger.", "IGO", "NER", "111", ASSERTED),
    ("Tokyo lodged a protest with Beijing.", "JPN", "CHN", "114", ASSERTED),
    ("China condemned Japan and the Philippines.", "CHN", "JPN", "111", ASSERTED),
    ("China condemned Japan and the Philippines.", "CHN", "PHL", "111", ASSERTED),
    ("China refused to condemn Russia.", "CHN", "RUS", "111", NEGATED),
    # 12 reject
    ("Tehran refused to meet US negotiators.", "IRN", "USA", "125", ASSERTED),
    ("India refused to meet the Pakistani delegation.", "IND", "PAK", "125", ASSERTED),
    ("The Kremlin rejected Ukraine's peace plan.", "RUS", "UKR", "127", ASSERTED),
    ("Russia vetoed the UN resolution on Syria.", "RUS", "IGO", "129", ASSERTED),
    # 13 threaten
    ("China threatens to impose sanctions on Lithuania.", "CHN", "LTU", "132", ASSERTED),
    ("North Korea warns of a nuclear strike on the US.", "PRK", "USA", "138", ASSERTED),
    ("Hezbollah threatened Israel with war.", "LBN", "ISR", "138", ASSERTED),
    # 14 protest
    ("Thousands of Israelis protest against the government in Tel Aviv.", "ISR", "ISR", "141", ASSERTED),
    ("Palestinian protesters rallied against Israel in Ramallah.", "PSE", "ISR", "141", ASSERTED),
    # 15 exhibit force posture
    ("China sends warships near Taiwan.", "CHN", "TWN", "150", ASSERTED),
    ("North Korea mobilized troops along the border with South Korea.", "PRK", "KOR", "154", ASSERTED),
    ("Russia massed troops near the Ukrainian border.", "RUS", "UKR", "154", ASSERTED),
    # 16 reduce relations
    ("The EU imposes new sanctions on Russia.", "IGO", "RUS", "163", ASSERTED),
    ("Beijing sanctions US defence firms.", "CHN", "USA", "163", ASSERTED),
    ("Niger suspends cooperation with France.", "NER", "FRA", "160", ASSERTED),
    ("The US cut aid to the Palestinian Authority.", "USA", "PSE", "162", ASSERTED),
    ("Iran halted nuclear talks with the EU.", "IRN", "IGO", "164", ASSERTED),
    ("Moscow expels German and French diplomats.", "RUS", "DEU", "161", ASSERTED),
    ("Moscow expels German and French diplomats.", "RUS", "FRA", "161", ASSERTED),
    ("The United States imposed sanctions on Iran and North Korea.", "USA", "IRN", "163", ASSERTED),
    ("The United States imposed sanctions on Iran and North Korea.", "USA", "PRK", "163", ASSERTED),
    ("Two Iranian diplomats were expelled from Germany.", "DEU", "IRN", "161", ASSERTED),
    ("The EU may impose sanctions on Iran.", "IGO", "IRN", "163", HYPOTHETICAL),
    ("Washington may impose new sanctions on Beijing.", "USA", "CHN", "163", HYPOTHETICAL),
    # 17 coerce
    ("Iraqi police arrest two Iranian nationals in Basra.", "IRQ", "IRN", "173", ASSERTED),
    ("Two American journalists were detained by Russian authorities.", "RUS", "USA", "173", ASSERTED),
    ("Germany deports Afghan migrants.", "DEU", "AFG", "174", ASSERTED),
    ("Israeli forces demolished a Palestinian school.", "ISR", "PSE", "171", ASSERTED),
    # 18 assault
    ("Hamas militants kidnap Israeli civilians.", "PSE", "ISR", "181", ASSERTED),
    ("A Palestinian man stabbed two Israeli soldiers in Jerusalem.", "PSE", "ISR", "182", ASSERTED),
    ("Taliban fighters abducted three Pakistani soldiers.", "AFG", "PAK", "181", ASSERTED),
    # 19 fight
    ("Israel bombs Gaza.", "ISR", "PSE", "195", ASSERTED),
    ("Russian jets strike Aleppo.", "RUS", "SYR", "195", ASSERTED),
    ("Saudi warplanes struck Houthi positions in Yemen.", "SAU", "YEM", "195", ASSERTED),
    ("Kurdish rebels attack Turkish troops.", "KUR", "TUR", "190", ASSERTED),
    ("Houthi rebels attacked a British ship.", "YEM", "GBR", "190", ASSERTED),
    ("Hamas militants fired rockets at Israel.", "PSE", "ISR", "190", ASSERTED),
    ("Egypt imposed a blockade on Gaza.", "EGY", "PSE", "191", ASSERTED),
    ("Russia occupies Crimea.", "RUS", "UKR", "192", ASSERTED),
    ("Ukraine was attacked by Russia overnight.", "RUS", "UKR", "190", ASSERTED),
    ("Israel said its army had struck Hezbollah positions in Lebanon.", "ISR", "LBN", "190", ASSERTED),
    ("Turkey says its jets bombed Kurdish militants in Iraq.", "TUR", "KUR", "195", ASSERTED),
    ("The Israeli army did not attack Lebanon.", "ISR", "LBN", "190", NEGATED),
    ("North Korea did not attack South Korea.", "PRK", "KOR", "190", NEGATED),
    # 20 use unconventional mass violence
    ("Syria used chemical weapons against its own people.", "SYR", "SYR", "204", ASSERTED),
    ("Sudanese militias massacred hundreds of civilians in Darfur.", "SDN", "SDN", "202", ASSERTED),
    ("Russia may use nuclear weapons against Ukraine.", "RUS", "UKR", "204", HYPOTHETICAL),
]

# sentences the coder still misses, each with why it is left (docs/events.md rule 102; "French President ... arrived
# in Algiers ... The president met his Algerian counterpart." left in session 22 with rule 106f, "Russia to send
# troops to Syria." with rule 107d)
XFAIL: dict[str, str] = {
    "Turkey says its jets bombed Kurdish militants in Iraq.": "the codebook puts a country named with a group "
    "first ('Kurdish militants in Iraq' -> IRQKUR, docs/actors.md); our KUR was the other convention",
}


def events_of(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    """(source, target, CAMEO code, mode) of every event of ``text``, actors on their primary codes."""
    doc = nlp(make_doc(nlp, text, published="2024-05-01"))
    found: list[dict[str, Any]] = doc._.events or []
    return {
        (
            primary_code(e["source"]),
            primary_code(e["target"]),
            str(e["cameo"]),
            NEGATED if e["negated"] else HYPOTHETICAL if e["hypothetical"] else ASSERTED,
        )
        for e in found
    }


@pytest.mark.parametrize(("text", "source", "target", "code", "mode"), table_cases(SHORT2_SENTENCES, XFAIL))
def test_short2_sentence_codes_its_event(
    rules_nlp: Language, text: str, source: str, target: str, code: str, mode: str
) -> None:
    found = {(s, t, c[:2], m) for s, t, c, m in events_of(rules_nlp, text)}
    assert (source, target, code[:2], mode) in found


def test_table_covers_every_cameo_root_and_mode() -> None:
    assert {code[:2] for *_, code, _ in SHORT2_SENTENCES} == {f"{n:02d}" for n in range(1, 21)}
    assert {mode for *_, mode in SHORT2_SENTENCES} == {ASSERTED, NEGATED, HYPOTHETICAL}


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in SHORT2_SENTENCES}


# -- 102b: headline verbs the parser read as nouns (fixed) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan pledges aid to Turkey.", ("JPN", "TUR", "03")),  # before: "pledges" the subject of "aid"
        ("Egypt pledges aid to Sudan.", ("EGY", "SDN", "03")),  # before: "pledges" a compound of "aid"
        ("Thousands of Israelis protest against the government.", ("ISR", "ISR", "14")),  # before: noun root
        ("Students march against the government in Nairobi.", ("KEN", "KEN", "14")),
        ("Hamas militants fire rockets into Israel.", ("PSE", "ISR", "19")),  # before: "militants" the root verb
    ],
)
def test_headline_verb_read_as_noun_is_the_verb(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(rules_nlp, text)[1]


def test_the_noun_with_a_determiner_stays_a_noun(rules_nlp: Language) -> None:
    doc = rules_nlp(make_doc(rules_nlp, "The protest against the government in Nairobi.", published="2024-05-01"))
    assert [t.pos_ for t in doc if t.lower_ == "protest"] == ["NOUN"]


def test_a_real_verb_before_a_listed_noun_stays_the_verb(rules_nlp: Language) -> None:
    # only a listed plural noun for people is turned back from a verb: "blames" is a verb, "fire" its object
    doc = rules_nlp(make_doc(rules_nlp, "Iran blames fire on Israel.", published="2024-05-01"))
    assert [(t.lower_, t.dep_) for t in doc if t.dep_ == "ROOT"] == [("blames", "ROOT")]
    assert ("IRN", "ISR", "11") in coded(rules_nlp, "Iran blames fire on Israel.")[1]


# -- 102c: "declined / refused to comment" is CAMEO's 011, not a rejection (fixed) --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran declined to comment on the Israeli report.", ("IRN", "ISR", "011")),  # before: 120
        ("The Kremlin refused to comment on the British accusations.", ("RUS", "GBR", "011")),  # before: 120
    ],
)
def test_declining_to_comment_is_011(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted(rules_nlp, text)


def test_refusing_to_meet_stays_a_rejection(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Iran refused to meet Israel.") == {("IRN", "ISR", "125")}
