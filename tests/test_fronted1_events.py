"""Fronted contact gerunds, a host's clause read as a noun phrase, and a conjoined verb acting on the first verb's
object (issue 14, session 22, branch fronted1; docs/events.md rule 113).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Every fixed class
gave no event (or lacked the one asserted here) before rule 113; the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.events.parse_repair import rehang_modifier_subjects, rehang_past_modifier_verbs

from .event_sentences import asserted, before_stage

# -- 113a: a contact gerund under "after" / "before" has the clause's subject (fixed) ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After meeting Erdogan in Ankara, Putin flew to Tehran.", {("RUS", "TUR", "040"), ("TUR", "RUS", "040")}),
        ("After visiting Kyiv, Scholz travelled to Warsaw.", {("DEU", "UKR", "042")}),
        ("After hosting Modi, Biden left for Japan.", {("USA", "IND", "043")}),
        ("Modi returned home after hosting the Japanese prime minister.", {("IND", "JPN", "043")}),
        # the participle hung on the subject noun it says something of
        ("Macron, speaking after meeting Xi, said trade must be fair.", {("FRA", "CHN", "040"), ("CHN", "FRA", "040")}),
    ],
)
def test_contact_gerund_after_takes_the_clause_subject(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= asserted(rules_nlp, text)  # before: no contact event (the gerund had no subject)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # not a contact: rule 23 measured any gerund under any preposition as a false positive; it stays out
        ("After attacking the convoy, the Taliban fled into Pakistan.", ("AFG", "PAK")),
        # a contact with no party named
        ("After meeting reporters, Putin flew to Pyongyang.", ("RUS", "PRK")),
    ],
)
def test_other_gerunds_and_unnamed_partners_stay_out(rules_nlp: Language, text: str, unwanted: tuple[str, str]) -> None:
    events = asserted(rules_nlp, text)
    assert not any(c.startswith(("04", "19")) and (s, t) == unwanted and c != "042" for s, t, c in events)
    assert not any(c.startswith("19") for _, _, c in events)


def test_means_gerund_unchanged(rules_nlp: Language) -> None:
    # rule 32's "by" gerund, the sibling
    assert ("CHN", "BRA", "043") in asserted(rules_nlp, "By hosting Lula in Beijing, Xi gave him a platform.")


# -- 113b, 113c: a host's clause the parser read as a noun phrase, or with no subject (fixed) ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump hosted Putin in Washington.", {("USA", "RUS", "043")}),
        ("Ruto hosted Museveni in Nairobi.", {("KEN", "UGA", "043")}),
        ("Trump hosts Putin in Washington", {("USA", "RUS", "043")}),
        ("Lula hosts Milei in Brasilia", {("BRA", "ARG", "043")}),
        ("Xi hosts Lula in Beijing", {("CHN", "BRA", "043")}),
    ],
)
def test_host_clause_read_as_a_noun_phrase(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event


def test_past_modifier_verb_is_rehung_as_root(rules_nlp: Language) -> None:
    doc = before_stage(rules_nlp, "Trump hosted Putin in Washington.", "event_coder")
    # the parse_repair stage ran already; the verb is the root, the name its subject, the guest its object
    hosted = doc[1]
    assert hosted.dep_ == "ROOT" and hosted.pos_ == "VERB"
    assert (doc[0].dep_, doc[0].head.i) == ("nsubj", 1)
    assert (doc[2].dep_, doc[2].head.i) == ("dobj", 1)
    assert rehang_past_modifier_verbs(doc, frozenset({0, 2, 4})) == 0  # nothing left to repair


def test_subject_repair_leaves_a_verb_with_a_subject(rules_nlp: Language) -> None:
    doc = before_stage(rules_nlp, "Macron hosted Scholz in Paris on Tuesday.", "event_coder")
    assert rehang_modifier_subjects(doc, frozenset({0, 2, 4})) == 0


@pytest.mark.parametrize(
    "text",
    [
        "The arrested Russian spies in Poland.",  # a participle on a plain noun, no name before it
        "The detained Russian journalists in Ukraine.",
    ],
)
def test_participle_on_a_noun_is_no_clause(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()


# -- 113d: a conjoined verb with no target acts on the party the first verb's object names (fixed) --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey summoned the Afghan envoy and demanded action.", ("TUR", "AFG", "10")),
        ("Germany summoned the Iranian ambassador and demanded an explanation.", ("DEU", "IRN", "10")),
        ("Poland expelled the Russian diplomats and threatened further measures.", ("POL", "RUS", "13")),
        ("Brazil has criticized the Argentine president and cancelled a planned trip.", ("BRA", "ARG", "16")),
    ],
)
def test_conjoined_verb_takes_the_first_object(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    events = asserted(rules_nlp, text)
    assert any((s, t, c[:2]) == expected for s, t, c in events)  # before: the second act had no target


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # the first object is an act, not a party
        ("France criticized the Russian move and demanded a ceasefire.", ("FRA", "RUS", "10")),
        # a second clause with a subject of its own
        ("Israel struck Hezbollah positions and Lebanon demanded an end to the raids.", ("LBN", "LBN", "10")),
        ("Turkey summoned the Afghan envoy and Ankara demanded action.", ("TUR", "AFG", "10")),
        # a progressive conjoined to another form is a clause of its own
        ("Egypt has released a French journalist but is still detaining several local bloggers.", ("EGY", "FRA", "17")),
        # an object naming the source's own party too is a pair, not the one acted on
        (
            "Kyiv needs the U.S., which would put the United States and Russia in direct confrontation and destroy"
            " any progress.",
            ("USA", "RUS", "17"),
        ),
    ],
)
def test_conjoined_verb_neighbours(rules_nlp: Language, text: str, unwanted: tuple[str, str, str]) -> None:
    assert not any((s, t, c[:2]) == unwanted for s, t, c in asserted(rules_nlp, text))


def test_conjoined_appeal_with_its_own_object_unchanged(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Japan condemned the test and urged North Korea to stop.")
    assert ("JPN", "PRK", "111") in events and any(c.startswith("02") for s, t, c in events if t == "PRK")
