"""Generic event sentences about any countries and agents (issue 14): actor codes, event root and direction.

The sentences are our own short constructions in the style of a news wire ("Country A's police arrested B's
protesters"), about countries, organisations and agents far from the US-Russia news the coder was built on;
none is taken from an evaluation set. The real spaCy model, the real ``actor_resolver`` (the packaged
codebook) and the real ``event_coder`` run; the learned layer is off, so that what is checked is the
codebook and the trigger lexicon (``docs/actors.md``, ``docs/events.md``), not weights that a retraining
may move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc

from .event_sentences import coded

run = coded  # mentions, and events with actors on their primary code and the CAMEO root


# text, the mentions it must resolve (text -> full code), the event (source, target, root) it must assert
CASES: list[tuple[str, dict[str, str], tuple[str, str, str]]] = [
    # agents of a country: insurgents, gunmen, criminals, students, unions, farmers, clergy, doctors
    (
        "Nigerian troops killed twelve Cameroonian militants near Maroua.",
        {"Cameroonian militants": "CMRINS"},
        ("NGA", "CMR", "19"),
    ),
    ("Rwandan gunmen ambushed a convoy of Burundian soldiers.", {"Rwandan gunmen": "RWAUAF"}, ("RWA", "BDI", "19")),
    (
        "Indian police arrested Nepalese smugglers at the border.",
        {"Indian police": "INDCOP", "Nepalese smugglers": "NPLCRM"},
        ("IND", "NPL", "17"),
    ),
    (
        "Thousands of Chilean students demonstrated against Bolivia in Santiago.",
        {"Chilean students": "CHLEDU"},
        ("CHL", "BOL", "14"),
    ),
    (
        "Egyptian clerics condemned Danish newspapers.",
        {"Egyptian clerics": "EGYREL", "Danish newspapers": "DNKMED"},
        ("EGY", "DNK", "11"),
    ),
    (
        "Peruvian farmers protested against a Canadian mining company.",
        {"Canadian mining company": "CANBUS"},
        ("PER", "CAN", "14"),  # farmers' protest is a demonstration (rule 68a; 11 before)
    ),
    # a place's agents are its country's
    ("Darfur rebels attacked Chadian troops near the border.", {"Darfur rebels": "SDNREB"}, ("SDN", "TCD", "19")),
    # international and regional bodies, armed groups
    ("The WHO sent medical supplies to Yemen.", {"WHO": "IGOWHO"}, ("IGO", "YEM", "07")),
    ("SADC urged Zimbabwe to release the detained journalists.", {"SADC": "IGOSAD"}, ("IGO", "ZWE", "02")),
    (
        "Boko Haram fighters abducted forty Chadian fishermen.",
        {"Boko Haram fighters": "NGAREB", "Chadian fishermen": "TCDAGR"},
        ("NGA", "TCD", "18"),
    ),
    # verbs and light-verb constructions that had no trigger
    (
        "Kenyan police dispersed Ugandan demonstrators with tear gas.",
        {"Ugandan demonstrators": "UGAOPP"},
        ("KEN", "UGA", "17"),
    ),
    (
        "Israeli police used tear gas against Jordanian pilgrims.",
        {"Jordanian pilgrims": "JORCVL"},
        ("ISR", "JOR", "17"),
    ),
    (
        "An Iranian court sentenced a Swedish tourist to eight years in prison.",
        {"Iranian court": "IRNJUD"},
        ("IRN", "SWE", "11"),
    ),
    (
        "Nicaragua banned Costa Rican journalists from the country.",
        {"Costa Rican journalists": "CRIMED"},
        ("NIC", "CRI", "17"),
    ),
    (
        "Gambia lodged a protest with Senegal over the border incident.",
        {"Gambia": "GMB", "Senegal": "SEN"},
        ("GMB", "SEN", "11"),
    ),
    (
        "The Cambodian government repatriated Vietnamese migrants.",
        {"Vietnamese migrants": "VNMREF"},
        ("KHM", "VNM", "17"),
    ),
    (
        "The Tunisian president granted amnesty to Libyan fishermen.",
        {"Tunisian president": "TUNGOV"},
        ("TUN", "LBY", "05"),
    ),
    (
        "The Malian army declared a ceasefire with Algerian militants.",
        {"Algerian militants": "DZAINS"},
        ("MLI", "DZA", "08"),
    ),
    ("Sudanese militiamen torched villages in Chad.", {"Sudanese militiamen": "SDNREB"}, ("SDN", "TCD", "17")),
    ("Georgia summoned the Armenian envoy.", {"Armenian envoy": "ARMGOV"}, ("GEO", "ARM", "11")),
    ("Albanian police cracked down on Serbian protesters.", {"Serbian protesters": "SRBOPP"}, ("ALB", "SRB", "17")),
    (
        "Malaysian workers staged a hunger strike against Singapore.",
        {"Malaysian workers": "MYSCVL"},
        ("MYS", "SGP", "14"),
    ),
    ("Ethiopian rebels violated the ceasefire with Eritrea.", {"Ethiopian rebels": "ETHREB"}, ("ETH", "ERI", "19")),
]


@pytest.mark.parametrize(("text", "actors", "event"), CASES, ids=[c[0][:40] for c in CASES])
def test_generic_sentence(rules_nlp: Language, text: str, actors: dict[str, str], event: tuple[str, str, str]) -> None:
    mentions, found = run(rules_nlp, text)
    for form, code in actors.items():
        assert mentions.get(form) == code, (form, mentions)
    assert event in found, found
    source, target, root = event
    assert (target, source, root) not in found, f"reversed direction coded too: {found}"


def test_demonstrate_with_an_object_is_no_protest(rules_nlp: Language) -> None:
    """ "demonstrate" codes a protest only without an object: "demonstrated its resolve" is none."""
    _, found = run(rules_nlp, "Peru demonstrated its resolve against Ecuador.")
    assert not any(root == "14" for _, _, root in found), found
    _, found = run(rules_nlp, "Peruvian students demonstrated against Ecuador.")
    assert ("PER", "ECU", "14") in found, found


def test_strike_kind_sets_the_code(rules_nlp: Language) -> None:
    """The modifier of "strike" says which event it is: an air strike is aerial force (195), a hunger
    strike a protest (142)."""
    for text, code in (
        ("Turkish warplanes carried out an air strike on Syrian rebels.", "195"),
        ("Malaysian workers staged a hunger strike against Singapore.", "142"),
    ):
        doc = rules_nlp(make_doc(rules_nlp, text))
        codes = {e["cameo"] for e in doc._.events or [] if not e["negated"] and not e["hypothetical"]}
        assert code in codes, (text, codes)


def test_domestic_role_in_a_place_takes_its_country(rules_nlp: Language) -> None:
    """ "police in Uganda" is Uganda's police; troops "in" a country are not coded as that country's."""
    mentions, found = run(rules_nlp, "Police in Uganda arrested Kenyan protesters.")
    assert mentions.get("Police in Uganda") == "UGACOP", mentions
    assert ("UGA", "KEN", "17") in found, found
    mentions, _ = run(rules_nlp, "French troops in Mali clashed with rebels.")
    assert mentions.get("French troops") == "FRAMIL", mentions
    assert not any(code.startswith("MLIMIL") for code in mentions.values()), mentions


def test_coordinated_demonyms_share_the_role(rules_nlp: Language) -> None:
    mentions, _ = run(rules_nlp, "Sudanese and Chadian officials met in Doha.")
    assert mentions.get("Sudanese") == "SDNGOV", mentions
    assert mentions.get("Chadian officials") == "TCDGOV", mentions


def test_a_backer_is_not_the_actor(rules_nlp: Language) -> None:
    """ "Iranian-backed militias", "a Qatar-brokered deal": the country backs or brokers; it does not act."""
    mentions, found = run(rules_nlp, "Iranian-backed militias attacked Kuwaiti soldiers.")
    assert "Iranian" not in mentions, mentions
    assert not any(source == "IRN" for source, _, _ in found), found
    mentions, _ = run(rules_nlp, "A London-based rights group accused Bahrain of torture.")
    assert "London" not in mentions, mentions
