"""Generic event shapes seen in real news with no labelled sentence in our sets (issue 14, session 19; docs/events.md
rule 75): alleged acts, applications to join an organisation, acronym subjects the model misreads, casualties of a
named attack placed by the attack's "in" phrase, a pair phrase after an object pair.

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Each class is
tested on several actors and verbs; the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc
from detente.reference.actors import primary_code

from .event_sentences import asserted, coded, unnegated_events

# -- 75a: an act alleged by another party is the speaker's accusation; the act is not asserted ----------------------


@pytest.mark.parametrize(
    ("text", "accusation", "act"),
    [
        ("France claimed that Iran attacked Israel.", ("FRA", "IRN", "112"), ("IRN", "ISR", "190")),
        ("Ukraine claimed Russia had shelled Kharkiv.", ("UKR", "RUS", "112"), ("RUS", "UKR", "194")),
        ("Turkey charged that Syria bombed Iraqi villages.", ("TUR", "SYR", "112"), ("SYR", "IRQ", "195")),
        ("Israel alleged that Iran attacked Syria.", ("ISR", "IRN", "112"), ("IRN", "SYR", "190")),
        ("France suggested that Iran attacked Israel.", ("FRA", "IRN", "112"), ("IRN", "ISR", "190")),
    ],
)
def test_alleged_act_is_an_accusation_and_not_asserted(
    rules_nlp: Language, text: str, accusation: tuple[str, str, str], act: tuple[str, str, str]
) -> None:
    assert asserted(rules_nlp, text) == {accusation}  # before: the act asserted, and no 112 for claim
    assert (*act, True) in unnegated_events(rules_nlp, text)  # the act stays, as the speaker's allegation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain "said" reports the act, as CAMEO codes it (the reported event), unchanged
        ("Germany said that Russia attacked Ukraine.", {("RUS", "UKR", "190")}),
        # "accused Y of attacking Z" was the accusation alone already
        (
            "Germany accused Russia of attacking Ukraine.",
            {("DEU", "RUS", "1123")},
        ),  # rule 165: codebook 1123 "Accuse of aggression" (was 112)
        ("Japan accused China of harassing Vietnam.", {("JPN", "CHN", "112")}),
        # one's own act claimed is rule 61's claim of responsibility, the act asserted
        ("Russia claimed that it had attacked Ukraine.", {("RUS", "UKR", "190"), ("RUS", "UKR", "015")}),
    ],
)
def test_allegation_neighbours_keep_their_reading(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


def test_a_modal_claim_is_no_accusation(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "France claimed that Iran might attack Israel.") == set()


# -- 75b: applying to join an organisation is an appeal to it, not the joining -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine applied for membership of the European Union.", {("UKR", "EU", "020")}),
        ("Georgia applied for membership in NATO.", {("GEO", "NATO", "020")}),
        ("Serbia applied for EU membership.", {("SRB", "EU", "020")}),
        ("Sweden formally applied for NATO membership.", {("SWE", "NATO", "020")}),
        ("Finland applied to join NATO.", {("FIN", "NATO", "020")}),  # before: FIN -> NATO 057, the joining
        ("Ukraine submitted its application to join the European Union.", {("UKR", "EU", "020")}),
        ("Moldova filed an application for membership of the EU.", {("MDA", "EU", "020")}),
    ],
)
def test_membership_application_is_an_appeal(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert coded(rules_nlp, text, full_codes=True, root=False)[1] == expected  # before: no event (or 057)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Montenegro joined NATO.", {("MNE", "NATO", "057")}),  # rule 70d
        ("Ukraine will join NATO.", {("UKR", "NATO", "030")}),  # rule 70d's intent
        ("Serbia applied for a loan from the IMF.", set()),  # no membership
        ("Georgia has not applied for membership of NATO.", set()),  # negated
    ],
)
def test_membership_neighbours(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert coded(rules_nlp, text, full_codes=True, root=False)[1] == expected


# -- 75c: an organisation's acronym opening a sentence is its subject ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ECOWAS imposed sanctions on Mali.", {("IGOWAS", "MLI", "163")}),  # "ECOWAS" read as a verb before
        ("ECOWAS cut aid to Niger.", {("IGOWAS", "NER", "162")}),
        ("IGAD condemned Sudan.", {("IGOIGA", "SDN", "111")}),  # read as an auxiliary before
        ("IGAD criticized Ethiopia.", {("IGOIGA", "ETH", "111")}),
        ("UNICEF imposed sanctions on Mali.", {("UN", "MLI", "163")}),
        ("AU cut aid to Iran.", {("IGOAFU", "IRN", "162")}),
    ],
)
def test_acronym_subject(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert coded(rules_nlp, text, full_codes=True, root=False)[1] == expected  # before: no event


def test_acronym_keeps_its_text_and_lemma(rules_nlp: Language) -> None:
    doc = rules_nlp(make_doc(rules_nlp, "ECOWAS imposed sanctions on Mali.", published="2024-05-01"))
    assert doc[0].text == "ECOWAS" and doc[0].lemma_.lower() != "canada"  # the model's own lemma, not the stand-in's
    assert doc[0].dep_ == "nsubj" and doc[1].pos_ == "VERB"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO condemned Russia.", {("NATO", "RUS", "111")}),  # parsed right already, unchanged
        ("NATO leaders condemned Russia.", {("NATO", "RUS", "111")}),  # a compound stays a compound
        ("IAEA inspectors visited Iran.", {("IGOIAE", "IRN", "090"), ("IGOIAE", "IRN", "042")}),
    ],
)
def test_acronym_neighbours(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert coded(rules_nlp, text, full_codes=True, root=False)[1] == expected


# -- 75d: casualties with no named doer make no event; named victims beat the attack's place ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers were killed in a drone strike in Syria.",
        "Three Turkish soldiers were killed in a drone strike in Syria.",
        "Civilians of Ukraine died in shelling.",
        "Five Afghan civilians died in shelling near Kabul.",
        "Two Nigerian policemen were killed in an ambush in Niger.",
        "Six Pakistani soldiers died in a missile attack near the Afghan border.",
        "Ten Yemeni civilians were wounded in an air strike in Yemen.",
    ],
)
def test_doerless_casualties_make_no_event(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: PSEREB -> PSE 190, the attack's place as its target
        ("Israeli soldiers were killed in a Hamas attack in Gaza.", {("PSE", "ISR", "190")}),
        ("Turkish soldiers were killed in a PKK attack in Iraq.", {("TUR", "TUR", "190")}),
        ("Ukrainian civilians were killed in Russian shelling.", {("RUS", "UKR", "194")}),  # unchanged
    ],
)
def test_named_victims_beat_the_attack_place(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 75e: a pair phrase after an object pair takes that pair ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia warned Estonia and Latvia. The two countries also criticized Belarus.",
            {("EST", "BLR", "111"), ("LVA", "BLR", "111")},
        ),
        (
            "China imposed sanctions on Japan and South Korea. The two countries condemned China.",
            {("JPN", "CHN", "111"), ("KOR", "CHN", "111")},
        ),
        ("Germany urged Poland and Hungary to talk. Both sides agreed to meet.", {("POL", "HUN", "036")}),
    ],
)
def test_pair_phrase_after_object_pair(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    second = text.split(". ", 1)[0]
    found = asserted(rules_nlp, text) - asserted(rules_nlp, second + ".")
    assert expected <= found  # before: "the two countries" unresolved, no event


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a subject pair carries on (rule 74d), over an object pair
        ("France and Germany urged Poland and Hungary to talk. The two countries criticized Russia.", {"FRA", "DEU"}),
    ],
)
def test_pair_phrase_prefers_the_subject_pair(rules_nlp: Language, text: str, pair: set[str]) -> None:
    doc = rules_nlp(make_doc(rules_nlp, text, published="2024-05-01"))
    assert {primary_code(m.label_) for m in doc.spans["actors"] if m.text == "The two countries"} == pair


def test_two_object_pairs_are_ambiguous(rules_nlp: Language) -> None:
    text = "Russia warned Estonia and Latvia about Poland and Lithuania. The two countries criticized Belarus."
    doc = rules_nlp(make_doc(rules_nlp, text, published="2024-05-01"))
    assert not [m for m in doc.spans["actors"] if m.text == "The two countries"]
