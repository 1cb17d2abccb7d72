"""A ninth table of invented sentences, wire-news style, about VERBAL interaction only (CAMEO roots 01, 02, 05,
10, 11, 12 and 13: statements, appeals, praise and apologies, demands, disapproval and accusations, rejections,
threats) between country pairs the earlier tables use little: the Gulf (Qatar and the UAE, Bahrain and Iran,
Kuwait and Iraq), the Balkans (Serbia and Kosovo, Croatia and Bosnia, Greece and North Macedonia), the Horn of
Africa (Ethiopia and Eritrea, Somalia and Kenya, Sudan and South Sudan), Southeast Asia (Thailand and Cambodia,
Vietnam and Malaysia, Indonesia and Singapore) and the Andes (Peru, Bolivia, Ecuador, Colombia, Chile) (issue 14,
session 24; docs/events.md rule 139).

The constructions are the ones verbal news is written in: reported speech with varied reporting verbs ("told
reporters that", "insisted that", "was quoted as saying"), quotations with the speaker after the quote ('"...,"
the Bolivian president said'), "according to" attributions, the passive ("Kosovo was accused by Serbia of ..."),
headlines, negations ("has not asked", "did not criticize") and hypotheticals ("may file", "would reject").

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set, and none
repeats a sentence of the earlier tables (``test_short2_sentences`` .. ``test_short8_events``). The expected
source, target, CAMEO code and mode were chosen from the CAMEO code descriptions
(/work/shared/data/cameo-eventcodes.tsv) before the coder ran; the test compares the root, the actors on their
primary codes, and the mode.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import table_cases
from .test_short2_sentences import ASSERTED, HYPOTHETICAL, NEGATED, events_of

# (sentence, source, target, CAMEO code chosen beforehand, mode)
SHORT10_SENTENCES: list[tuple[str, str, str, str, str]] = [
    # 01 make public statement
    (
        "Kenya's foreign minister told reporters that Nairobi was satisfied with Ethiopia's explanation of the "
        "border incident.",
        "KEN",
        "ETH",
        "013",
        ASSERTED,
    ),
    (
        "Peru declined to comment on the Bolivian president's remarks about the sea dispute.",
        "PER",
        "BOL",
        "011",
        ASSERTED,
    ),
    (
        "Serbia denied that its police had entered Kosovo, the interior ministry in Belgrade said.",
        "SRB",
        "XKX",
        "016",
        ASSERTED,
    ),
    (
        '"Malaysia has always respected Indonesian sovereignty," the Malaysian prime minister said in Jakarta.',
        "MYS",
        "IDN",
        "010",
        ASSERTED,
    ),
    (
        "Ecuador's president insisted that his government had never supported Colombian guerrillas.",
        "ECU",
        "COL",
        "016",
        ASSERTED,
    ),
    ("Thai army chief optimistic about ceasefire talks with Cambodia", "THA", "KHM", "013", ASSERTED),
    # 02 appeal
    ("Somalia appealed to Kenya to withdraw its troops from the Gedo region.", "SOM", "KEN", "020", ASSERTED),
    ("Cambodia was urged by Thailand to hand over the suspects in the casino fraud.", "THA", "KHM", "020", ASSERTED),
    ("Croatia pleaded with Bosnia to speed up the return of refugees.", "HRV", "BIH", "020", ASSERTED),
    (
        "Vietnam asked Malaysia to release the 40 Vietnamese fishermen held in Sabah, according to state media.",
        "VNM",
        "MYS",
        "020",
        ASSERTED,
    ),
    ("Bolivia called on Chile to resume negotiations over access to the sea.", "BOL", "CHL", "020", ASSERTED),
    (
        "Bahrain has not asked Saudi Arabia for further financial support, the finance minister said.",
        "BHR",
        "SAU",
        "023",
        NEGATED,
    ),
    ("Djibouti urges Eritrea to free prisoners of war", "DJI", "ERI", "020", ASSERTED),
    # 05 engage in diplomatic cooperation
    ("Ethiopia praised Djibouti for keeping its port open during the crisis.", "ETH", "DJI", "051", ASSERTED),
    ("The Qatari emir was praised by Kuwait for his mediation efforts.", "KWT", "QAT", "051", ASSERTED),
    ("Montenegro apologized to Albania for the detention of Albanian journalists.", "MNE", "ALB", "055", ASSERTED),
    (
        "Ecuador voiced support for Colombia's bid for a seat on the Security Council.",
        "ECU",
        "COL",
        "051",
        ASSERTED,
    ),
    (
        '"Indonesia is a true friend and partner," the prime minister of Singapore said on Tuesday.',
        "SGP",
        "IDN",
        "051",
        ASSERTED,
    ),
    (
        "Serbia could recognize Kosovo if the European Union guaranteed its membership, a Serbian minister suggested.",
        "SRB",
        "XKX",
        "054",
        HYPOTHETICAL,
    ),
    ("Chile hails Peru's cooperation in fight against drug trafficking", "CHL", "PER", "051", ASSERTED),
    # 10 demand
    ("Eritrea demanded that Ethiopia withdraw its forces from Badme.", "ERI", "ETH", "100", ASSERTED),
    ("Kuwait demanded compensation from Iraq for the damage to its oil fields.", "KWT", "IRQ", "100", ASSERTED),
    ("Greece insisted that North Macedonia honour the Prespa agreement.", "GRC", "MKD", "100", ASSERTED),
    ('"Bangkok must return our soldiers," the Cambodian prime minister said.', "KHM", "THA", "100", ASSERTED),
    (
        "According to Sudanese state television, Khartoum has demanded an explanation from South Sudan over the "
        "pipeline shutdown.",
        "SDN",
        "SSD",
        "100",
        ASSERTED,
    ),
    ("Peru has not demanded an apology from Ecuador, the foreign ministry said.", "PER", "ECU", "100", NEGATED),
    ("Iran demands release of its nationals held in Bahrain", "IRN", "BHR", "100", ASSERTED),
    # 11 disapprove
    ("Qatar criticized the United Arab Emirates for its role in the war in Sudan.", "QAT", "ARE", "111", ASSERTED),
    ("Kosovo was accused by Serbia of persecuting ethnic Serbs in the north.", "SRB", "XKX", "112", ASSERTED),
    ("Sudan accuses UAE of arming paramilitary group", "SDN", "ARE", "112", ASSERTED),
    (
        "Somalia condemned Ethiopia's port deal with Somaliland as a violation of its sovereignty.",
        "SOM",
        "ETH",
        "111",
        ASSERTED,
    ),
    (
        "Bosnia complained to Croatia about the construction of a nuclear waste site near the border.",
        "BIH",
        "HRV",
        "114",
        ASSERTED,
    ),
    (
        '"The Peruvian government is meddling in our internal affairs," the Bolivian president said on Sunday.',
        "BOL",
        "PER",
        "112",
        ASSERTED,
    ),
    (
        "According to Vietnamese officials, Hanoi lodged a protest with the Philippines over the seizure of a "
        "fishing boat.",
        "VNM",
        "PHL",
        "114",
        ASSERTED,
    ),
    ("Myanmar's junta blamed Thailand for allowing rebels to cross the border.", "MMR", "THA", "112", ASSERTED),
    ("Oman did not criticize Iran over the seizure of the tanker.", "OMN", "IRN", "111", NEGATED),
    (
        "Albania may file a complaint against Greece at the European Court of Human Rights.",
        "ALB",
        "GRC",
        "115",
        HYPOTHETICAL,
    ),
    # 12 reject
    ("Ethiopia rejected Sudan's proposal for a joint border commission.", "ETH", "SDN", "120", ASSERTED),
    (
        "The Thai government refused a Cambodian request to reopen the border checkpoints.",
        "THA",
        "KHM",
        "120",
        ASSERTED,
    ),
    ("Ecuador's offer of mediation was turned down by Colombia.", "COL", "ECU", "120", ASSERTED),
    ("Serbia dismissed Croatia's demand for the return of stolen artworks.", "SRB", "HRV", "120", ASSERTED),
    ('"We reject the Iranian proposal," the Bahraini foreign minister said on Monday.', "BHR", "IRN", "120", ASSERTED),
    (
        "According to the Indonesian foreign ministry, Jakarta rejected Malaysia's claim to the Ambalat sea block.",
        "IDN",
        "MYS",
        "120",
        ASSERTED,
    ),
    ("Bolivia has not rejected Peru's invitation to the summit, officials said.", "BOL", "PER", "120", NEGATED),
    (
        "Eritrea would reject any plan by Ethiopia to build a naval base on the Red Sea, its information minister "
        "said.",
        "ERI",
        "ETH",
        "120",
        HYPOTHETICAL,
    ),
    # 13 threaten
    (
        "Kosovo threatened Serbia with sanctions over the detention of its police officers.",
        "XKX",
        "SRB",
        "130",
        ASSERTED,
    ),
    ("Cambodia was threatened by Thailand with a full closure of the border.", "THA", "KHM", "130", ASSERTED),
    ('"Kuwait will pay a heavy price for this," the Iraqi militia leader warned.', "IRQ", "KWT", "130", ASSERTED),
    ("Chile threatens to expel Venezuelan diplomats", "CHL", "VEN", "130", ASSERTED),
    ("Greece did not threaten Albania with a veto, the Greek prime minister insisted.", "GRC", "ALB", "130", NEGATED),
    ("Ecuador's president said Peru had never threatened his country.", "PER", "ECU", "130", NEGATED),
    (
        "Iran threatened to close the Strait of Hormuz to ships of the United Arab Emirates.",
        "IRN",
        "ARE",
        "130",
        ASSERTED,
    ),
]

SHORT10_NO_EVENT: list[str] = [
    "Thailand's prime minister said on Friday that tourism had recovered strongly this year.",
    "Bolivian farmers said the drought had destroyed half of the potato harvest.",
]

# rows the coder still misses, each with why it is left (docs/events.md rule 139; "Ecuador's president said Peru had
# never threatened his country" passes since rule 311, session 33, short10x)
XFAIL: dict[str, str] = {
    '"Malaysia has always respected Indonesian sovereignty," the Malaysian prime minister said in Jakarta.': "a "
    "quotation whose predicate is no act of the lexicon ('respected ... sovereignty'): a plain statement (010) is "
    "not coded from a speech verb alone, which would code every 'said'",
    '"Indonesia is a true friend and partner," the prime minister of Singapore said on Tuesday.': "praise carried "
    "by a copula and a noun ('is a true friend') inside a quotation: no praise verb, and a speech verb alone codes "
    "nothing",
    '"The Peruvian government is meddling in our internal affairs," the Bolivian president said on Sunday.': "an "
    "accusation made by the content of a quotation ('is meddling in our affairs'), with no accusation verb; the "
    "speaker's 'our' is not resolved to Bolivia",
    "Ecuador's president insisted that his government had never supported Colombian guerrillas.": "after rule "
    "139a the clause is reported speech, but 'supported guerrillas' is no lexicon act, so no denial (016) of it is "
    "read; rule 38 reads a denial from a denial verb only",
    "Eritrea would reject any plan by Ethiopia to build a naval base on the Red Sea, its information minister "
    "said.": "the coder's convention: will / would is a stated intent (`intent_modals`, rule 131b), coded "
    "asserted, not hypothetical; the expectation was chosen before the run and is kept",
}


@pytest.mark.parametrize(("text", "source", "target", "code", "mode"), table_cases(SHORT10_SENTENCES, XFAIL))
def test_short10_sentence_codes_its_event(
    rules_nlp: Language, text: str, source: str, target: str, code: str, mode: str
) -> None:
    found = {(s, t, c[:2], m) for s, t, c, m in events_of(rules_nlp, text)}
    assert (source, target, code[:2], mode) in found


@pytest.mark.parametrize("text", SHORT10_NO_EVENT)
def test_short10_sentence_without_event(rules_nlp: Language, text: str) -> None:
    assert events_of(rules_nlp, text) == set()


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in SHORT10_SENTENCES}


def test_table_is_verbal_only_and_has_every_mode() -> None:
    roots = {code[:2] for *_, code, _ in SHORT10_SENTENCES}
    assert roots == {"01", "02", "05", "10", "11", "12", "13"}
    assert {mode for *_, mode in SHORT10_SENTENCES} == {ASSERTED, NEGATED, HYPOTHETICAL}


def found_roots(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    """(source, target, CAMEO root, mode) of every event of ``text``."""
    return {(s, t, c[:2], m) for s, t, c, m in events_of(nlp, text)}


# -- rule 139a: "insist" with a stated clause is a statement, not a demand ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Greece did not threaten Albania with a veto, the Greek prime minister insisted.",
            ("GRC", "ALB", "13", NEGATED),
        ),
        ("Kenya insisted that Somali militants had attacked Kenyan border posts.", ("SOM", "KEN", "19", ASSERTED)),
    ],
)
def test_rule139a_insisted_statement_reports_its_clause(
    rules_nlp: Language, text: str, expected: tuple[str, str, str, str]
) -> None:
    found = found_roots(rules_nlp, text)
    assert expected in found
    assert not any(root == "10" for _, _, root, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Greece insisted that North Macedonia honour the Prespa agreement.",
        "Greece insisted that North Macedonia must honour the Prespa agreement.",
        "Greece insisted on North Macedonia honouring the agreement.",
    ],
)
def test_rule139a_insisted_demand_kept(rules_nlp: Language, text: str) -> None:
    assert ("GRC", "MKD", "10", ASSERTED) in found_roots(rules_nlp, text)


# -- rule 139b: a denied done act the lexicon does not code is a denial, not a refusal -------------------------------


def test_rule139b_denied_past_clause(rules_nlp: Language) -> None:
    found = found_roots(rules_nlp, "Serbia denied that its police had entered Kosovo.")
    assert ("SRB", "XKX", "01", ASSERTED) in found
    assert not any(root == "12" for _, _, root, _ in found)


def test_rule139b_denied_request_still_refusal(rules_nlp: Language) -> None:
    assert ("SRB", "XKX", "12", ASSERTED) in found_roots(rules_nlp, "Serbia denied Kosovo's request for talks.")


# -- rule 139c: "satisfied / pleased with Y" is a favourable comment (013) -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nairobi was satisfied with Ethiopia's explanation of the incident.",
        "Kenya is pleased with Ethiopia's cooperation on the border.",
    ],
)
def test_rule139c_satisfied_with(rules_nlp: Language, text: str) -> None:
    assert ("KEN", "ETH", "01", ASSERTED) in found_roots(rules_nlp, text)


def test_rule139c_satisfied_with_no_party_no_event(rules_nlp: Language) -> None:
    assert events_of(rules_nlp, "Kenya said it was pleased with the outcome of the vote.") == set()
