"""Mediation taken up in noun phrasing, hosting offered as a noun-tagged verb, and a second act conjoined under one
doer (issue 14, session 23; docs/events.md rule 120).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The fixed shapes
gave no event, a false asserted meeting or the bare 036 / 125 before rule 120; the neighbours pin readings that must
not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.events.parse_repair import retag_infinitive_nouns
from detente.nlp.pipeline import make_doc

from .event_sentences import asserted, before_stage

# -- 120a: "host" tagged a noun after infinitive "to" is the verb ----------------------------------------------------


def test_host_after_an_offer_noun_is_made_the_infinitive(rules_nlp: Language) -> None:
    doc = before_stage(
        rules_nlp, "Armenia accepted Egypt's offer to host talks between Armenia and Azerbaijan .", "parse_repair"
    )
    host = next(t for t in doc if t.lower_ == "host")
    if host.pos_ == "VERB":
        pytest.skip("the model tags the verb itself")
    assert retag_infinitive_nouns(doc, frozenset({"host"}), frozenset({"offer"})) == 1
    talks = doc[host.i + 1]
    assert (host.pos_, host.tag_, host.dep_, host.head.lower_) == ("VERB", "VB", "acl", "offer")
    assert (talks.dep_, talks.head.i) == ("dobj", host.i)
    assert (doc[host.i - 1].dep_, doc[host.i - 1].head.i) == ("aux", host.i)


@pytest.mark.parametrize(
    "text",
    [
        "Jordan sent aid to host communities in Syria .",  # no infinitive-taking noun before "to"
        "Refugees returned to the host country from Lebanon .",  # the noun has its article
    ],
)
def test_host_as_a_noun_stays_a_noun(rules_nlp: Language, text: str) -> None:
    doc = before_stage(rules_nlp, text, "parse_repair")
    assert retag_infinitive_nouns(doc, frozenset({"host"}), frozenset({"offer", "plan"})) == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hosting talks between two others offered is the host's intent to mediate (rule 107c), not 036
        ("Turkey offered to host talks between Russia and Ukraine .", {("TUR", "RUS", "039"), ("TUR", "UKR", "039")}),
        # another's offer to host talks between the accepter and a third party, taken up: the mediation accepted
        ("Armenia accepted Egypt's offer to host talks between Armenia and Azerbaijan .", {("ARM", "EGY", "038")}),
    ],
)
def test_hosting_offered_codes_as_mediation(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv welcomed Turkey's offer to host talks .",
        "Ukraine accepted Turkey's offer to host talks with Russia .",
        "Armenia welcomed Egypt's offer to host talks between Armenia and Azerbaijan .",
    ],
)
def test_talks_only_offered_are_not_asserted(rules_nlp: Language, text: str) -> None:
    # before: "to host talks" read as a phrase "to ... talks", the talks asserted between the parties both ways
    assert not any(code.startswith("04") for _, _, code in asserted(rules_nlp, text))


# -- 120b, 120c: a third party's mediation taken up or rejected in noun phrasing ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sudan agreed to mediation by Egypt .", {("SDN", "EGY", "038")}),  # "by" hung on "agreed": before, nothing
        ("Sudan agreed to a mediation by Egypt .", {("SDN", "EGY", "038")}),
        ("Sudan accepted mediation by Egypt .", {("SDN", "EGY", "038")}),
        ("Armenia accepted Egypt's offer to mediate .", {("ARM", "EGY", "038")}),
        ("Serbia rejected mediation by Hungary .", {("SRB", "HUN", "126")}),  # before: 125, a meeting refused
        ("Serbia rejected Hungary's mediation .", {("SRB", "HUN", "126")}),
    ],
)
def test_mediation_taken_up_or_rejected(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


def test_negated_mediation_taken_up_is_the_negated_038(rules_nlp: Language) -> None:
    doc = rules_nlp(make_doc(rules_nlp, "Sudan did not agree to mediation by Egypt .", published="2024-05-01"))
    assert [(e["source"], e["target"], e["cameo"], e["negated"]) for e in doc._.events] == [("SDN", "EGY", "038", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt offered to mediate between Sudan and Ethiopia .", {("EGY", "SDN", "039"), ("EGY", "ETH", "039")}),
        ("Serbia rejected talks with Kosovo .", {("SRB", "XKX", "125")}),  # a meeting refused stays 125
        # an offer welcomed by a party to it: taken up, as accepted (rule 131a; before: 051, praise)
        ("Ukraine welcomed Turkey's offer to mediate .", {("UKR", "TUR", "038")}),
        ("Mali welcomed mediation by Algeria .", {("MLI", "DZA", "051")}),  # welcome stays praise (rules 94, 100)
        ("Sudan agreed to talks by Friday .", set()),  # a "by" of time, no party
    ],
)
def test_neighbours_keep_their_reading(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


# -- 120d: a second act conjoined under one doer, with no party of its own --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first verb's phrase trigger aims "on" / "with" a party: the conjoined act goes on acting on it
        (
            "The US imposed sanctions on Belarus and accused it of fraud .",
            {
                ("USA", "BLR", "163"),
                ("USA", "BLR", "1121"),
            },  # rule 165: codebook 1121 "Accuse of crime, corruption" (was 112)
        ),
        (
            # rule 155: codebook 1053 "Demand release of persons or property" (was 105)
            "Poland imposed sanctions on Belarus and demanded the release of prisoners .",
            {("POL", "BLR", "163"), ("POL", "BLR", "1053")},
        ),
        # a target only at home ("in Gdansk", Poland's own) is none: rule 113d's first object is the party; the
        # two acts share root 16, so one event per pair and root stays (the scorer compares roots)
        (
            "Poland expelled three Russian diplomats and closed the consulate in Gdansk .",
            {("POL", "RUS", "161")},  # diplomats expelled: 161 (rule 133d; before 166)
        ),
        (
            "Germany criticized Russia and expelled two Russian diplomats .",
            {("DEU", "RUS", "111"), ("DEU", "RUS", "161")},
        ),
    ],
)
def test_conjoined_second_act_on_the_first_acts_party(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act the first verb judges is no party it goes on acting on ("praised the army": whose army?); since
        # rule 213a the party the attack falls on is not the one condemned either (before: EGY -> ISR 111)
        ("Egypt condemned the attack on Israel and praised the army .", set()),
        # a conjunct with its own party keeps it (the condemnation, rule 213a: no FRA -> MLI 111)
        (
            "France condemned the attack on Mali and recalled its ambassador from Algeria .",
            {("FRA", "DZA", "161")},
        ),
    ],
)
def test_conjoined_act_neighbours(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected
