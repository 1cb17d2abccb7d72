"""International bodies, companies and their staff as actors (issue 14, session 25; docs/events.md rule 154).

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set. The verbs are
plain ones the earlier tables code; what varies is the party that is an international body (UN organs and agencies,
regional bodies, lenders), a non-governmental organisation, a company, or the staff of one of these ("UN
peacekeepers", "EU monitors", "ICC prosecutors", "IMF staff", "Red Cross workers"), acting or acted on.

Each row gives both actors as full codes (the codes of ``igos.jsonl`` / ``ngos.jsonl``: ``UN``, ``EU``, ``NATO``,
``IGOIAE``, ``IGOICC``, ``NGO``; a company as its home country + ``BUS``, the project's business role, as "the Chinese
telecoms giant Huawei" is ``CHNBUS``) and the CAMEO code, written before the coder ran; the test compares the full
codes and the CAMEO root of the asserted events.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc

from .event_sentences import table_cases

# (sentence, source, target, CAMEO code chosen beforehand); actors as full codes
ORGS1_SENTENCES: list[tuple[str, str, str, str]] = [
    # UN organs and agencies acting
    ("The UN Security Council condemned North Korea's missile launch.", "UN", "PRK", "111"),
    ("The UN General Assembly demanded that Russia withdraw its troops from Ukraine.", "UN", "RUS", "100"),
    ("The UN refugee agency sent tents and blankets to Sudan.", "UN", "SDN", "073"),
    ("The World Food Programme delivered food aid to Yemen.", "UN", "YEM", "073"),
    ("The WHO praised Rwanda for its vaccination campaign.", "IGOWHO", "RWA", "051"),
    ("The IAEA criticised Iran for blocking its inspectors.", "IGOIAE", "IRN", "111"),
    ("The ICC issued an arrest warrant for the Russian president.", "IGOICC", "RUSGOV", "173"),
    ("The International Court of Justice rejected Colombia's claim.", "IGOICJ", "COL", "120"),
    ("The UN chief criticised Ethiopia for expelling aid workers.", "UN", "ETH", "111"),
    # regional bodies acting
    ("The European Commission fined Google.", "EU", "USABUS", "172"),
    ("The African Union suspended Mali's membership after the coup.", "IGOAFU", "MLI", "160"),
    ("ECOWAS imposed sanctions on Niger.", "IGOWAS", "NER", "163"),
    ("ASEAN leaders urged Myanmar to end the violence.", "IGOSEA", "MMR", "020"),
    ("The Arab League condemned the Israeli air strikes on Lebanon.", "IGOARL", "ISR", "111"),
    ("Gulf Cooperation Council ministers met Iranian officials.", "IGOGCC", "IRNGOV", "040"),
    ("The Organization of American States criticised Venezuela's election.", "IGOOAS", "VEN", "111"),
    ("NATO accused Russia of violating Romanian airspace.", "NATO", "RUS", "112"),
    ("The EU's foreign policy chief met Iran's foreign minister.", "EU", "IRNGOV", "040"),
    ("NATO's secretary general visited Ukraine.", "NATO", "UKR", "042"),
    ("The IAEA chief visited Russia.", "IGOIAE", "RUS", "042"),
    # lenders acting
    ("The IMF approved a loan to Pakistan.", "IGOIMF", "PAK", "071"),
    ("The World Bank suspended lending to Afghanistan.", "IGOWBK", "AFG", "162"),
    # NGOs acting
    ("Amnesty International accused Saudi Arabia of torturing detainees.", "NGO", "SAU", "112"),
    ("Human Rights Watch criticised Egypt's crackdown on journalists.", "NGO", "EGY", "111"),
    ("The Red Cross delivered medical supplies to Gaza.", "IGOMSF", "PSE", "073"),
    ("Doctors Without Borders accused Sudan of blocking aid.", "NGO", "SDN", "112"),
    # staff of bodies acting
    ("IAEA inspectors arrived in Iran on Sunday.", "IGOIAE", "IRN", "042"),
    ("EU monitors arrived in Armenia.", "EU", "ARM", "042"),
    ("ICC prosecutors accused Sudan's former president of genocide.", "IGOICC", "SDNGOV", "112"),
    ("IMF staff praised Ghana's reforms.", "IGOIMF", "GHA", "051"),
    ("Red Cross workers visited Ukraine.", "IGOMSF", "UKR", "042"),
    ("UN inspectors visited Iraq.", "UN", "IRQ", "042"),
    ("WHO experts arrived in China to investigate the outbreak.", "IGOWHO", "CHN", "042"),
    ("UN investigators accused Myanmar's army of genocide.", "UN", "MMRMIL", "112"),
    ("EU negotiators met British officials.", "EU", "GBRGOV", "040"),
    ("NATO commanders met Turkish generals.", "NATO", "TURMIL", "040"),
    ("African Union troops killed ten al-Shabaab militants.", "IGOAFU", "SOMREB", "190"),
    ("IMF staff met Sri Lankan officials.", "IGOIMF", "LKAGOV", "040"),
    ("Amnesty researchers accused Israel of war crimes.", "NGO", "ISR", "112"),
    # bodies and their staff acted on
    ("Israel criticised the UN Security Council.", "ISR", "UN", "111"),
    ("Poland asked the EU for financial aid.", "POL", "EU", "023"),
    ("Serbia thanked the European Union for its support.", "SRB", "EU", "051"),
    ("Mali expelled UN peacekeepers.", "MLI", "UN", "166"),
    ("South Sudanese soldiers attacked UN peacekeepers.", "SSDMIL", "UN", "190"),
    ("Russia expelled OSCE monitors.", "RUS", "IGOOSC", "166"),
    ("Ethiopia expelled Red Cross workers.", "ETH", "IGOMSF", "166"),
    ("Russia banned Amnesty International.", "RUS", "NGO", "172"),
    ("Russia accused NATO of provoking the war.", "RUS", "NATO", "112"),
    ("Argentina signed an agreement with the IMF.", "ARG", "IGOIMF", "057"),
    ("India criticised the Shanghai Cooperation Organisation.", "IND", "IGOSCO", "111"),
    ("Venezuela withdrew from the Organization of American States.", "VEN", "IGOOAS", "160"),
    ("Iran barred IAEA inspectors from the site.", "IRN", "IGOIAE", "166"),
    ("The ICC charged Libyan militia leaders.", "IGOICC", "LBYREB", "173"),
    # companies
    ("The Chinese telecoms giant Huawei sued the US government.", "CHNBUS", "USAGOV", "115"),
    ("Gazprom cut gas supplies to Moldova.", "RUSBUS", "MDA", "160"),
    ("Russia seized the assets of Shell.", "RUS", "GBRBUS", "171"),
]

# sentences with no event between two parties (a single party, or a body the codebook deliberately leaves out)
ORGS1_NO_EVENT: list[str] = [
    "OPEC members agreed to cut output.",
    "BRICS leaders met in Johannesburg.",
    "UN peacekeepers patrolled the buffer zone.",
    "Red Cross workers distributed food.",
]

# rows the coder still misses, each with why it is left (docs/events.md rule 154)
XFAIL: dict[str, str] = {
    "Iran barred IAEA inspectors from the site.": "coded 172 (a restriction), a defensible reading of barring; 166 "
    "(1662) was chosen beforehand for inspectors kept out, but CAMEO's 1662 names expelling or withdrawing them",
    "The ICC charged Libyan militia leaders.": "'charge' is an accusation (112) in the trigger lexicon whoever "
    "charges; CAMEO's 173 (charge with legal action) for a court or prosecutor would need the source's kind",
    "Russia seized the assets of Shell.": "bare 'Shell' is left out of the company block (rule 154d): at a "
    "sentence's start ('Shell casings littered the street') the cased form would name the company",
}


def full_events_of(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO root) of the asserted events of ``text``, actors as full codes."""
    doc = nlp(make_doc(nlp, text, published="2024-05-01"))
    found: list[dict[str, Any]] = doc._.events or []
    return {
        (str(e["source"] or ""), str(e["target"] or ""), str(e["cameo"])[:2])
        for e in found
        if not e["negated"] and not e["hypothetical"]
    }


@pytest.mark.parametrize(("text", "source", "target", "code"), table_cases(ORGS1_SENTENCES, XFAIL))
def test_orgs1_body_sentence(rules_nlp: Language, text: str, source: str, target: str, code: str) -> None:
    assert (source, target, code[:2]) in full_events_of(rules_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(t, marks=pytest.mark.xfail(reason=XFAIL[t], strict=True)) if t in XFAIL else t
        for t in ORGS1_NO_EVENT
    ],
)
def test_orgs1_no_event(rules_nlp: Language, text: str) -> None:
    assert full_events_of(rules_nlp, text) == set()


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in ORGS1_SENTENCES} | set(ORGS1_NO_EVENT)


def test_table_sentences_are_distinct() -> None:
    texts = [row[0] for row in ORGS1_SENTENCES] + ORGS1_NO_EVENT
    assert len(set(texts)) == len(texts) >= 50
    for _, source, target, code in ORGS1_SENTENCES:
        assert code.isdigit() and len(code) == 3 and source and target


def actors_of(nlp: Language, text: str) -> dict[str, str]:
    """The actor mentions of ``text``: text -> full code."""
    doc = nlp(make_doc(nlp, text, published="2024-05-01"))
    return {m.text: m.label_ for m in doc.spans["actors"]}


# -- rule 154a: inspection staff arriving in a place visit it -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IAEA inspectors arrived in Iran on Sunday.", ("IGOIAE", "IRN", "04")),
        ("Chinese experts arrived in Iran.", ("CHN", "IRN", "04")),  # any sender's staff
        ("OSCE observers have arrived in Georgia.", ("IGOOSC", "GEO", "04")),
        ("British troops arrived in Mali.", ("GBRMIL", "MLI", "15")),  # soldiers keep their deployment (rule 40)
    ],
)
def test_rule154a_inspection_staff_arrival(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in full_events_of(rules_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "UN monitors remained in Syria.",  # staying is no visit
        "EU monitors served in Georgia for a year.",
        "The delegation arrived in Iran.",  # a bare arrival of anyone else stays no event (rule 40)
    ],
)
def test_rule154a_no_visit(rules_nlp: Language, text: str) -> None:
    assert not {e for e in full_events_of(rules_nlp, text) if e[2] == "04"}


# -- rule 154b: "lending" is a loan -----------------------------------------------------------------------------------


def test_rule154b_suspended_lending_is_reduced_aid(rules_nlp: Language) -> None:
    assert ("IGOWBK", "AFG", "16") in full_events_of(rules_nlp, "The World Bank suspended lending to Afghanistan.")


# -- rule 154c: "fined" lemmatized "fin"; "fine" an administrative sanction (172) as in the CAMEO verb dictionary ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Russian court fined a Ukrainian journalist.", ("RUSJUD", "UKRMED", "17")),
        ("The European Commission fined Google.", ("EU", "USABUS", "17")),
    ],
)
def test_rule154c_fined(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in full_events_of(rules_nlp, text)


# -- rule 154d: multinational companies named alone ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("The European Commission fined Google.", "Google", "USABUS"),
        ("Gazprom cut gas supplies to Moldova.", "Gazprom", "RUSBUS"),
        ("Samsung opened a factory in Vietnam.", "Samsung", "KORBUS"),
        ("The Chinese telecoms giant Huawei sued the US government.", "Chinese telecoms giant Huawei", "CHNBUS"),
    ],
)
def test_rule154d_company_named_alone(rules_nlp: Language, text: str, mention: str, code: str) -> None:
    assert actors_of(rules_nlp, text).get(mention) == code


@pytest.mark.parametrize(
    "text",
    [
        "He ate an apple in Kenya.",  # "Apple" matches only as written
        "Shell casings littered the street in Kharkiv.",  # bare "Shell" is left out
        "Russia blocked Facebook.",  # a platform is no party
    ],
)
def test_rule154d_words_name_no_company(rules_nlp: Language, text: str) -> None:
    assert not {c for c in actors_of(rules_nlp, text).values() if c.endswith("BUS")}


# -- rule 154e: leaving an international organisation is reduced relations with it ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Venezuela withdrew from the Organization of American States.", ("VEN", "IGOOAS", "16")),
        ("Mali left ECOWAS.", ("MLI", "IGOWAS", "16")),
        ("Niger quit the African Union.", ("NER", "IGOAFU", "16")),
        ("The United States pulled out of the WHO.", ("USA", "IGOWHO", "16")),  # "of" hung on "out"
        # a retreat from a place stays one
        ("Russian troops withdrew from Kherson.", ("RUSMIL", "UKR", "08")),
        ("Russia pulled out of Kherson.", ("RUS", "UKR", "08")),
    ],
)
def test_rule154e_leaving_an_organisation(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in full_events_of(rules_nlp, text)
