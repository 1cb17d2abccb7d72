"""Short constructed sentences of the CAMEO-manual kind (issue 14, session 23, branch cameo14b; docs/events.md
rule 122).

Each sentence is our own construction, none copied from the CAMEO manual, ConfliBERT, PLOVER or any evaluation
set. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). Classes: 122a a democratizing verb (CAMEO 0811) refined by the wrapper around it (an appeal
024, a demand 104); 122b a willingness or readiness to forgive is the forgiving (056), not a bare 030; 122c a
court's verdict "found Y guilty / liable" (116), an object predicate the parser reads as a verbless clause.
Neighbours pin the readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc

from .event_sentences import asserted

# -- 122a: democratizing under an appeal or a demand is a call for political reform ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway urged Belarus to democratize .", {("NOR", "BLR", "024")}),
        ("The European Union pressed Azerbaijan to democratize .", {("IGO", "AZE", "024")}),
        ("Canada called on Venezuela to democratize its institutions .", {("CAN", "VEN", "024")}),
        ("Kenya urged Uganda to democratize .", {("KEN", "UGA", "024")}),
        ("Germany urged Serbia to democratise .", {("DEU", "SRB", "024")}),
        ("Japan asked Myanmar to democratize .", {("JPN", "MMR", "024")}),
        ("Sweden demanded that Belarus democratize .", {("SWE", "BLR", "104")}),
    ],
)
def test_democratizing_under_a_wrapper_is_political_reform(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: 020 / 100, a generic appeal or demand


# -- 122b: a party declaring itself willing or ready to forgive has forgiven ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivia said it is ready to forgive Chile .", {("BOL", "CHL", "056")}),
        ("Senegal is eager to forgive Gambia .", {("SEN", "GMB", "056")}),
        ("Mexico is willing to forgive Guatemala .", {("MEX", "GTM", "056")}),
        (
            "The Ghanaian opposition said it was prepared to forgive the Togolese government .",
            {("GHA", "TGO", "056")},
        ),
        ("Kenyan leaders said they are ready to forgive Uganda .", {("KEN", "UGA", "056")}),
        ("Vietnam promised to pardon the Cambodian fishermen .", {("VNM", "KHM", "056")}),
    ],
)
def test_willingness_to_forgive_is_forgiving(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: 030, a bare intent to cooperate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # other acts under the same wrappers keep their intent codes
        ("Chile said it is willing to talk with Bolivia .", {("CHL", "BOL", "036")}),
        # rule 155: codebook 032 "Express intent to provide diplomatic cooperation such as policy support" (was 030)
        ("Chile said it is willing to recognize Kosovo .", {("CHL", "XKX", "032")}),
        # rule 155: codebook 0353 "Express intent to release persons or property" (was 035)
        ("Ghana promised to release the Togolese prisoners .", {("GHA", "TGO", "0353")}),
    ],
)
def test_other_intents_unchanged(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 122c: a verdict "found Y guilty / liable" read as a verbless clause ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An Argentine court found Chilean officers guilty of torture .", {("ARG", "CHL", "116")}),
        ("A Spanish court found the Moroccan government liable for the deaths .", {("ESP", "MAR", "116")}),
        ("A Belgian court found Congolese rebels guilty of looting .", {("BEL", "COD", "116")}),
        ("A Kenyan court found Uganda guilty of torture .", {("KEN", "UGA", "116")}),
        ("A Ghanaian court found Togolese soldiers guilty of murder .", {("GHA", "TGO", "116")}),
        ("A Pakistani court found an Afghan commander guilty of kidnapping .", {("PAK", "AFG", "116")}),
        ("A Tanzanian tribunal found two Rwandan rebels guilty of genocide .", {("TZA", "RWA", "116")}),
        ("A Kenyan court found Ugandan officials liable for the deaths .", {("KEN", "UGA", "116")}),
    ],
)
def test_found_guilty_is_a_verdict(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event


@pytest.mark.parametrize(
    "text",
    [
        "A Peruvian court found Chilean officers not guilty .",  # an acquittal, the opposite verdict
        "The Argentine court found that Chilean officers were guilty .",  # a finding clause with its own verb
        "Brazil found the Argentine offer acceptable .",  # a judgement, no verdict
        "Ecuador found Colombia's proposal interesting .",
    ],
)
def test_no_verdict_without_the_phrase(rules_nlp: Language, text: str) -> None:
    assert not any(code == "116" for _, _, code in asserted(rules_nlp, text))


def test_negated_verdict_is_negated(rules_nlp: Language) -> None:
    doc = rules_nlp(
        make_doc(rules_nlp, "A Spanish court did not find the Moroccan government liable .", published="2024-05-01")
    )
    assert [(e["cameo"], e["negated"]) for e in doc._.events or []] == [("116", True)]


# -- neighbours that must not change --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A French court convicted Algerian militants of bombings .", {("FRA", "DZA", "116")}),
        ("Brazil held two Paraguayan fishermen captive .", {("BRA", "PRY", "181")}),
        ("Poland praised the democratization of Ukraine .", {("POL", "UKR", "051")}),
        (
            "Uganda accused the Kenyan president of corruption .",
            {("UGA", "KEN", "1121")},
        ),  # rule 165: codebook 1121 "Accuse of crime, corruption" (was 112)
        # rule 322 (session 34, headline5x): financing asked for is the appeal for economic aid (was 023)
        ("Kenya asked Japan to finance a new port .", {("KEN", "JPN", "0231")}),
        ("The Peruvian opposition party boycotted Chile's elections .", {("PER", "CHL", "143")}),
    ],
)
def test_neighbours_unchanged(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected
