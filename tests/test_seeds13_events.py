"""Parties left implicit by their construction (issue 14, session 18; docs/events.md rule 67): an agentless act in an
absolute "with" clause, a victim's report of an attack, a wish stated in talks, an act called part of a party's
policy, an act one was compelled to do; and a meeting announced for the future as both parties' stated intent.

Each sentence is our own construction, none copied from the seeds, ConfliBERT, PLOVER or any evaluation set. The
real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). Each class
gave no event, or only one side's, before rule 67; the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted

# -- 67a: a meeting announced with "will" is coded both ways ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Germany will meet Poland next week .",
        "The German chancellor will hold talks with the Polish president in Berlin .",
        "Germany will hold a summit with Poland in May .",
        "The German chancellor will talk with the Polish president on Friday .",
    ],
)
def test_announced_meeting_is_both_parties_intent(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == {("DEU", "POL", "036"), ("POL", "DEU", "036")}  # before: DEU -> POL only


@pytest.mark.parametrize(
    "text",
    [
        "Germany will maintain contact with Poland .",  # keeping contact: one side's stated intent (rule 18)
        "Germany wants to meet Poland .",  # a wish
        "Germany plans to meet Poland .",  # a plan
        "Germany will seek talks with Poland .",  # talks sought, not held
        "Germany will meet Poland if Poland lifts the sanctions .",  # a conditional offer
        "German officials said they would meet Poland 's president .",  # a reported "would"
    ],
)
def test_one_sided_intents_stay_one_way(rules_nlp: Language, text: str) -> None:
    events = asserted(rules_nlp, text)
    assert ("DEU", "POL", "036") in events
    assert not any(s == "POL" for s, _, _ in events)


def test_meeting_held_stays_mutual(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Germany met Poland on Monday .") == {("DEU", "POL", "040"), ("POL", "DEU", "040")}


# -- 67b: the agentless acts of an absolute "with" clause ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner of the policy the governing clause names
        (
            "The war hardened British policy , with weapons shipped to Ukraine and sanctions imposed on Russia .",
            {("GBR", "UKR", "072"), ("GBR", "RUS", "163")},
        ),
        (
            "The crisis shifted Japanese policy , with new sanctions announced against North Korea .",
            {("JPN", "PRK", "163")},
        ),
        # else the governing verb's named subject
        ("Germany toughened its stance , with sanctions imposed on Iran .", {("DEU", "IRN", "163")}),
    ],
)
def test_absolute_clause_act_is_the_policy_owners(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected  # before: no event


def test_absolute_clause_target_is_never_its_source(rules_nlp: Language) -> None:
    # the governing subject is the Russian invasion; Russia, the target, is not the sanctions' source
    text = "The Russian invasion of Georgia hardened Canadian policy , with sanctions leveled at Moscow ."
    events = asserted(rules_nlp, text)
    assert ("CAN", "RUS", "163") in events
    assert not any(s == t for s, t, _ in events)


@pytest.mark.parametrize(
    "text",
    [
        "Germany met with officials sent to Iran .",  # no comma: "with" names a partner, no absolute clause
        "Iran 's economy collapsed , with sanctions imposed on Iraq .",  # the subject names no agent itself
        "Germany toughened its stance with sanctions on Iran .",  # no participle: the instrument, as before
    ],
)
def test_no_absolute_clause_source(rules_nlp: Language, text: str) -> None:
    assert not any(c.startswith("16") for _, _, c in asserted(rules_nlp, text))
    assert not any(c.startswith("07") for _, _, c in asserted(rules_nlp, text))


# -- 67c: a wish for cooperation stated in talks with a party is addressed to it ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Germany signaled during talks with Poland that it wants negotiations on trade .",
        "Germany pursued a policy of restraint , signaling through talks with Poland that it wants ceasefire"
        " negotiations in Ukraine .",
    ],
)
def test_wish_stated_in_talks_is_addressed_to_the_partner(rules_nlp: Language, text: str) -> None:
    events = asserted(rules_nlp, text)
    assert ("DEU", "POL", "036") in events  # before: the talks alone
    assert ("DEU", "UKR", "036") not in events  # a place of the negotiations is no partner (rule 28)


def test_wish_without_talks_names_no_partner(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Germany said that it wants negotiations on trade .") == set()


def test_wish_for_force_in_talks_stays_hypothetical(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Germany said in talks with Poland that it wants to impose sanctions .")
    assert not any(c.startswith(("03", "13", "16")) for _, _, c in events)


# -- 67d: a nominal act called part of a party's policy is that party's --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The resumption of dialogue with Iran emerged as a shift in French foreign policy .",
        "Dialogue with Iran became a pillar of French policy .",
    ],
)
def test_act_called_part_of_a_policy_is_the_owners(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == {("FRA", "IRN", "040"), ("IRN", "FRA", "040")}  # before: no event


@pytest.mark.parametrize(
    "text",
    [
        "The war with Iran was a disaster for French policy .",  # "for": what it harmed, not whose it is
        "Talks with Iran were a failure .",  # no policy named
    ],
)
def test_no_policy_owner(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()


# -- 67e: the one compelled to act is the act's agent ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia was forced to withdraw its troops from Syria .", ("RUS", "SYR", "0874")),
        ("Russia was compelled to launch an offensive against Ukraine .", ("RUS", "UKR", "190")),
        (
            "Russia was compelled to take drastic measures , including an offensive against Ukraine .",
            ("RUS", "UKR", "190"),
        ),
        # the one who compelled it keeps its own act (170), and is not the agent of the withdrawal
        ("Russia was forced by the United States to withdraw its troops from Syria .", ("RUS", "SYR", "0874")),
    ],
)
def test_compelled_party_is_the_agent(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    events = asserted(rules_nlp, text)
    assert expected in events  # before: no event
    assert not any(s == "USA" and c != "170" for s, _, c in events)


def test_urged_party_is_no_agent(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Iran was urged to halt attacks on Israel .") == set()  # asked, not done
