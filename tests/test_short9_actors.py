"""A table of invented event sentences whose difficulty is the actors (issue 14, session 24; docs/events.md rule 136).

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set. The
event verbs are plain ones the earlier tables (``test_short2_sentences`` .. ``test_short7_events``) already code;
what varies is how the parties are named: leaders' names in lower case or misspelled ("putin", "zelenskyy",
"Netanyhu"), capitals standing for their governments ("Ankara", "New Delhi", "Addis Ababa"), state institutions
("the Bundestag", "the Knesset", "Pakistan's army", "the Kremlin", "the Pentagon"), officials named by a country
adjective ("the Indian foreign minister", "a Chinese envoy"), group actors (rebels, protesters, police, militants)
and international bodies (UN Security Council, African Union, NATO, EU, IAEA, ECOWAS).

Each row gives the full CAMEO actor codes (country + role as ``roles.yml`` and ``institutions.jsonl`` code them;
``IGO`` stands for any international body, compared on the primary code as the scorer does), the CAMEO code and
the mode, chosen before the coder ran. The test compares both actors' full codes, the CAMEO root and the mode.

First run on integ, 72 rows: 53 on the primary codes, 41 on the full codes. Expectations revised after that run,
none of them an actor's country: five event codes (an expelled diplomat is CAMEO 166 "expel or withdraw" in its
diplomatic context, not 174, three rows; tear gas fired at protesters is 175 violent repression, not 180; restored
diplomatic ties are 05, 064 was a slip; carriers sent to back an ally are a show of force, 15) and four role
suffixes to the codebook's own conventions ("the defence ministry" is MIL, "government troops" GOV as "government
forces", "Russian positions" the country, "Kurdish fighters" KURREB). With them integ codes 59 of 72. Rule 136a (a
leader's name written in lower case) makes it 66 of 72. Four rows were then added for institutions that probing
names found missing from the codebook and that rule 136's data block adds (Carabinieri, Seimas, JSDF, Frontex):
70 of 76 (integ 59 of 76). Two rows with a lower-case country after "to" ("aid to ukraine", read by the tagger as
an infinitive) were added with rule 136b: 72 of 78 (integ 59 of 78). The rows still missed are in ``XFAIL`` with a
reason each.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc
from detente.reference.actors import is_igo

from .event_sentences import table_cases
from .test_short2_sentences import ASSERTED

IGO = "IGO"  # any international body: the scorer compares IGOs on this primary code

# (sentence, source, target, CAMEO code chosen beforehand, mode); actors as full codes
SHORT9_SENTENCES: list[tuple[str, str, str, str, str]] = [
    # leaders named in lower case or misspelled
    ("putin threatened to cut gas supplies to Moldova.", "RUSGOV", "MDA", "138", ASSERTED),
    ("Putn met the Chinese foreign minister in Moscow.", "RUSGOV", "CHNGOV", "040", ASSERTED),
    ("zelenskyy thanked Canada for its military aid.", "UKRGOV", "CAN", "051", ASSERTED),
    ("Zelenskiy accused Hungary of blocking EU aid to Ukraine.", "UKRGOV", "HUN", "112", ASSERTED),
    ("erdogan criticised Sweden over the Koran burning.", "TURGOV", "SWE", "111", ASSERTED),
    ("Erdogan hosted the Hungarian prime minister in Ankara.", "TURGOV", "HUNGOV", "043", ASSERTED),
    ("netanyahu rejected a ceasefire proposal from Egypt.", "ISRGOV", "EGY", "125", ASSERTED),
    ("Netanyhu thanked Germany for its support.", "ISRGOV", "DEU", "051", ASSERTED),
    ("macron telephoned the Algerian president on Monday.", "FRAGOV", "DZAGOV", "041", ASSERTED),
    ("modi visited Sri Lanka for talks on fishing rights.", "INDGOV", "LKA", "042", ASSERTED),
    ("xi jinping praised Brazil for its stance on Ukraine.", "CHNGOV", "BRA", "051", ASSERTED),
    ("Lukashenka accused Poland of massing troops on the border.", "BLRGOV", "POL", "112", ASSERTED),
    ("biden imposed new sanctions on Venezuela.", "USAGOV", "VEN", "163", ASSERTED),
    ("Khamenei condemned the Israeli strikes on Syria.", "IRNGOV", "ISR", "111", ASSERTED),
    # a country in lower case after "to" (rule 136b)
    ("The EU pledged humanitarian aid to ukraine.", IGO, "UKR", "033", ASSERTED),
    ("the pentagon sent more weapons to ukraine.", "USAMIL", "UKR", "072", ASSERTED),
    # capitals standing for their governments
    ("Ankara recalled its ambassador from the Netherlands.", "TUR", "NLD", "161", ASSERTED),
    ("Tehran accused Washington of sabotaging the nuclear talks.", "IRN", "USA", "112", ASSERTED),
    ("New Delhi expelled a Pakistani diplomat.", "IND", "PAKGOV", "166", ASSERTED),
    ("Addis Ababa signed a peace deal with the Tigrayan rebels.", "ETH", "ETHREB", "057", ASSERTED),
    ("Islamabad blamed Kabul for the cross-border attacks.", "PAK", "AFG", "112", ASSERTED),
    ("Seoul protested to Tokyo over the disputed islands.", "KOR", "JPN", "114", ASSERTED),
    ("Riyadh restored diplomatic ties with Tehran.", "SAU", "IRN", "050", ASSERTED),
    ("Pyongyang fired a missile toward Japan.", "PRK", "JPN", "195", ASSERTED),
    ("Nairobi offered to mediate between Khartoum and the Sudanese rebels.", "KEN", "SDN", "039", ASSERTED),
    ("Caracas expelled the Colombian ambassador.", "VEN", "COLGOV", "166", ASSERTED),
    ("Kyiv asked Berlin for more air defence systems.", "UKR", "DEU", "021", ASSERTED),
    ("Baghdad condemned the Turkish air strikes in the north.", "IRQ", "TUR", "111", ASSERTED),
    # state institutions
    ("The Bundestag approved arms deliveries to Israel.", "DEULEG", "ISR", "072", ASSERTED),
    ("The Knesset condemned the Irish recognition of Palestine.", "ISRLEG", "IRL", "111", ASSERTED),
    ("Pakistan's army accused India of violating the ceasefire.", "PAKMIL", "IND", "112", ASSERTED),
    ("The Iranian foreign ministry summoned the British ambassador.", "IRNGOV", "GBRGOV", "111", ASSERTED),
    ("The Kremlin rejected the French peace plan.", "RUSGOV", "FRA", "125", ASSERTED),
    ("The Pentagon sent two aircraft carriers to support Israel.", "USAMIL", "ISR", "150", ASSERTED),
    ("The Duma approved a treaty with North Korea.", "RUSLEG", "PRK", "057", ASSERTED),
    ("The Verkhovna Rada appealed to the UN for help.", "UKRLEG", IGO, "020", ASSERTED),
    ("The Turkish parliament approved Finland's bid to join NATO.", "TURLEG", "FIN", "050", ASSERTED),
    ("Egypt's intelligence service mediated between Hamas and Israel.", "EGYSPY", "PSEREB", "045", ASSERTED),
    ("The Israeli army bombed Hezbollah positions in southern Lebanon.", "ISRMIL", "LBNREB", "195", ASSERTED),
    ("Chinese state media accused the United States of spreading disinformation.", "CHNMED", "USA", "112", ASSERTED),
    ("The Russian defence ministry accused Ukraine of shelling the nuclear plant.", "RUSMIL", "UKR", "112", ASSERTED),
    ("The Nigerian military killed dozens of Boko Haram fighters.", "NGAMIL", "NGAREB", "190", ASSERTED),
    ("The Carabinieri arrested three Albanian nationals.", "ITACOP", "ALBCVL", "173", ASSERTED),
    ("The Seimas condemned the Belarusian crackdown on protesters.", "LTULEG", "BLR", "111", ASSERTED),
    ("The JSDF held joint drills with the Australian navy.", "JPNMIL", "AUSMIL", "062", ASSERTED),
    # officials named by a country adjective
    ("The Indian foreign minister met his Chinese counterpart in Moscow.", "INDGOV", "CHNGOV", "040", ASSERTED),
    ("A Chinese envoy visited Kabul for talks with the Taliban.", "CHNGOV", "AFG", "042", ASSERTED),
    ("The Saudi crown prince hosted the Syrian president in Riyadh.", "SAUGOV", "SYRGOV", "043", ASSERTED),
    ("The Greek prime minister criticised Turkish drilling near Cyprus.", "GRCGOV", "TUR", "111", ASSERTED),
    ("A Russian diplomat was expelled by Estonia.", "EST", "RUSGOV", "166", ASSERTED),
    ("The Japanese defence minister visited the Philippines.", "JPNGOV", "PHL", "042", ASSERTED),
    ("The Brazilian president praised China for its peace proposal.", "BRAGOV", "CHN", "051", ASSERTED),
    ("The Qatari emir called on Israel to stop the bombing of Gaza.", "QATGOV", "ISR", "020", ASSERTED),
    ("The British foreign secretary urged Iran to release the detained journalist.", "GBRGOV", "IRN", "020", ASSERTED),
    ("A senior Iraqi official accused Iran of arming the militias.", "IRQGOV", "IRN", "112", ASSERTED),
    # group actors
    ("Syrian rebels attacked government troops near Idlib.", "SYRREB", "SYRGOV", "190", ASSERTED),
    ("Kenyan police fired tear gas at opposition protesters in Nairobi.", "KENCOP", "KENOPP", "175", ASSERTED),
    ("Protesters in Tbilisi demonstrated against the Georgian government.", "GEOOPP", "GEOGOV", "140", ASSERTED),
    ("Somali militants attacked an African Union base.", "SOMINS", IGO, "190", ASSERTED),
    ("Houthi rebels fired missiles at a British ship.", "YEMREB", "GBR", "190", ASSERTED),
    ("Palestinian militants fired rockets into Israel.", "PSEINS", "ISR", "190", ASSERTED),
    ("Afghan refugees asked Germany for asylum.", "AFGREF", "DEU", "020", ASSERTED),
    ("Indian police arrested two Pakistani nationals.", "INDCOP", "PAKCVL", "173", ASSERTED),
    ("Ukrainian forces shelled Russian positions near Bakhmut.", "UKRMIL", "RUS", "190", ASSERTED),
    ("Kurdish fighters clashed with Turkish troops in northern Iraq.", "KURREB", "TURMIL", "190", ASSERTED),
    # international bodies
    ("The UN Security Council condemned North Korea's missile launch.", IGO, "PRK", "111", ASSERTED),
    ("The African Union suspended Niger after the coup.", IGO, "NER", "160", ASSERTED),
    ("NATO accused Russia of jamming GPS signals.", IGO, "RUS", "112", ASSERTED),
    ("The EU imposed sanctions on Iranian drone makers.", IGO, "IRN", "163", ASSERTED),
    ("The IAEA criticised Iran for restricting inspections.", IGO, "IRN", "111", ASSERTED),
    ("The International Monetary Fund approved a loan to Pakistan.", IGO, "PAK", "071", ASSERTED),
    ("The Arab League welcomed Syria back into the organisation.", IGO, "SYR", "050", ASSERTED),
    ("ECOWAS threatened military intervention in Niger.", IGO, "NER", "138", ASSERTED),
    ("The European Commission fined Apple for breaking competition rules.", IGO, "USABUS", "163", ASSERTED),
    ("The World Health Organization sent medical supplies to Gaza.", IGO, "PSE", "073", ASSERTED),
    ("The ICC issued an arrest warrant for Putin.", IGO, "RUSGOV", "173", ASSERTED),
    ("UN peacekeepers were attacked by Congolese rebels.", "CODREB", IGO, "190", ASSERTED),
    ("Frontex accused the Libyan authorities of firing on a migrant boat.", IGO, "LBYGOV", "112", ASSERTED),
]

# rows the coder still misses, each with why it is left (docs/events.md rule 136)
XFAIL: dict[str, str] = {
    "Putn met the Chinese foreign minister in Moscow.": "a misspelt name: no fuzzy matching of names (one edit "
    "away would also turn 'Perez' into Shimon Peres); a variant spelling belongs in people.jsonl",
    "modi visited Sri Lanka for talks on fishing rights.": "the tagger reads lower-case 'modi' as an auxiliary "
    "(the sentence has no subject), so rule 136a's noun test refuses it",
    "The European Commission fined Apple for breaking competition rules.": "both actors are found since rules "
    "154c/154d (EU -> USABUS: 'fined' read as 'fine', 'Apple' a company of the codebook) and coded 172, an "
    "administrative sanction as the CAMEO verb dictionary codes 'fine'; 163 (economic sanctions) was chosen here",
}


def full_events_of(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    """(source, target, CAMEO root, mode) of every event of ``text``, actors as full codes but any IGO as ``IGO``."""
    doc = nlp(make_doc(nlp, text, published="2024-05-01"))
    found: list[dict[str, Any]] = doc._.events or []

    def actor(code: str | None) -> str:
        return IGO if is_igo(code) else str(code or "")

    return {
        (
            actor(e["source"]),
            actor(e["target"]),
            str(e["cameo"])[:2],
            "negated" if e["negated"] else "hypothetical" if e["hypothetical"] else ASSERTED,
        )
        for e in found
    }


def actors_of(nlp: Language, text: str) -> dict[str, str]:
    """The actor mentions of ``text``: text -> full code."""
    doc = nlp(make_doc(nlp, text, published="2024-05-01"))
    return {m.text: m.label_ for m in doc.spans["actors"]}


@pytest.mark.parametrize(("text", "source", "target", "code", "mode"), table_cases(SHORT9_SENTENCES, XFAIL))
def test_short9_sentence_codes_its_actors(
    rules_nlp: Language, text: str, source: str, target: str, code: str, mode: str
) -> None:
    assert (source, target, code[:2], mode) in full_events_of(rules_nlp, text)


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in SHORT9_SENTENCES}


def test_table_sentences_are_distinct_and_actor_codes_well_formed() -> None:
    assert len({row[0] for row in SHORT9_SENTENCES}) == len(SHORT9_SENTENCES) >= 70
    for _, source, target, code, _ in SHORT9_SENTENCES:
        for actor in (source, target):
            assert actor == IGO or (actor.isupper() and len(actor) in (3, 6)), actor
        assert code.isdigit() and len(code) == 3


# -- rule 136a: a leader's name written in lower case --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("putin threatened to cut gas supplies to Moldova.", "putin", "RUSGOV"),  # a WordNet noun, tagged PROPN
        ("zelenskyy thanked Canada for its military aid.", "zelenskyy", "UKRGOV"),  # no English word, tagged NOUN
        ("xi jinping praised Brazil for its stance on Ukraine.", "xi jinping", "CHNGOV"),  # one unknown word
        ("Officials said erdogan would visit Iraq.", "erdogan", "TURGOV"),
        ("Putin threatened to cut gas supplies to Moldova.", "Putin", "RUSGOV"),  # as written, as before
    ],
)
def test_rule136_lower_case_leader(rules_nlp: Language, text: str, mention: str, code: str) -> None:
    assert actors_of(rules_nlp, text).get(mention) == code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an English verb or adjective stays a word in lower case, whatever the tagger says
        ("The minister played his trump card in the talks with Russia.", "trump"),
        ("Farmers cleared the bush near the border with Kenya.", "bush"),
        ("The Greek letter xi appeared on the Russian banknote.", "xi"),
        # a word known only as a noun must be a PERSON entity and a subject (the model tags "kohl" PERSON)
        ("She bought kohl and musk in a market in Cairo.", "kohl"),
        # never inside a hyphenated word
        ("Qatar's petro-dollar revenues rose.", "petro"),
    ],
)
def test_rule136_lower_case_word_names_nobody(rules_nlp: Language, text: str, word: str) -> None:
    assert word not in actors_of(rules_nlp, text)


# -- rule 136b: a one-word actor name the tagger read as a bare infinitive after "to" ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada sent more weapons to ukraine.", ("CAN", "UKR", "07", ASSERTED)),
        ("Japan promised support to ukraine.", ("JPN", "UKR", "03", ASSERTED)),
        ("Canada sent more weapons to Ukraine.", ("CAN", "UKR", "07", ASSERTED)),  # as before
    ],
)
def test_rule136_lower_case_name_after_to(rules_nlp: Language, text: str, expected: tuple[str, ...]) -> None:
    assert expected in full_events_of(rules_nlp, text)


def test_rule136_name_read_as_infinitive_becomes_object_of_to(rules_nlp: Language) -> None:
    doc = rules_nlp(make_doc(rules_nlp, "The EU pledged aid to ukraine.", published="2024-05-01"))
    to, name = doc[4], doc[5]
    assert (to.dep_, to.head.text, name.dep_, name.head.i, name.pos_) == ("prep", "pledged", "pobj", to.i, "PROPN")


def test_rule136_real_infinitive_is_left(rules_nlp: Language) -> None:
    # a verb after "to" that names no actor keeps its reading
    doc = rules_nlp(make_doc(rules_nlp, "Japan promised aid to rebuild Ukraine.", published="2024-05-01"))
    assert doc[4].pos_ == "VERB" and doc[3].dep_ == "aux"
