"""The act of a to-infinitive under an object-control verb is the controlled party's (issue 14, session 26,
control1; docs/events.md rule 175).

"X pushed Y to stop its attacks on Z" states X's pressure on Y; the stopping (a `reduce` wrapper) and any other act
in the infinitive is Y's, and not done: before, a wrapper or plain trigger in the infinitive inherited the main
clause's subject and was asserted (FRA -> UKR 087). The compulsion verbs (force, compel, oblige) entail the act, as
rule 67e reads their passive ("Russia was forced to withdraw"): the act is Y's and asserted beside X's coercion (170).
Appeal verbs (urge, ask, call on) keep their reading (the appeal toward Y wraps the act); subject-control verbs
(agree, decide, refuse) keep theirs (the act is the subject's).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import flagged_events, table_cases

Event = tuple[str, str, str, bool, bool]


# (sentence, events that must be there, dyads that must have no asserted event)
ROWS: list[tuple[str, list[Event], list[tuple[str, str]]]] = [
    # object-control verbs that are no trigger: the infinitive's act is the object's, not done
    ("France pushed Russia to stop its attacks on Ukraine .", [("RUS", "UKR", "087", False, True)], [("FRA", "UKR")]),
    ("France pushed Russia to end its attacks on Ukraine .", [("RUS", "UKR", "087", False, True)], [("FRA", "UKR")]),
    ("France pushed Russia to halt its attacks on Ukraine .", [("RUS", "UKR", "087", False, True)], [("FRA", "UKR")]),
    (
        "The United States pushed Israel to halt its offensive in Gaza .",
        [("ISR", "PSE", "087", False, True)],
        [("USA", "PSE")],
    ),
    (
        "France pushed Russia to attack Ukraine .",
        [("RUS", "UKR", "190", False, True)],
        [("FRA", "UKR"), ("RUS", "UKR")],
    ),
    (
        "The US pushed Japan to impose sanctions on North Korea .",
        [("JPN", "PRK", "163", False, True)],
        [("USA", "PRK"), ("JPN", "PRK")],
    ),
    (
        "France pushed Russia to take part in talks with Ukraine .",
        [("RUS", "UKR", "040", False, True)],
        [("FRA", "UKR"), ("RUS", "UKR")],
    ),
    ("Japan pushed China to hold talks with Taiwan .", [("CHN", "TWN", "040", False, True)], [("JPN", "TWN")]),
    # a passive infinitive's object presses for nothing: the threats in its phrase were made
    (
        "Britain ordered two warships to be deployed near Iran in response to threats from Tehran .",
        [("IRN", "GBR", "130", False, False)],
        [],
    ),
    # passives: the one pushed is the controlled party
    ("Russia was pushed to end its attacks on Ukraine .", [("RUS", "UKR", "087", False, True)], [("RUS", "UKR")]),
    ("Russia was pushed to stop its attacks on Ukraine .", [("RUS", "UKR", "087", False, True)], [("RUS", "UKR")]),
    # compulsion verbs entail the act (rule 67e): the object's act, asserted, beside the coercion
    (
        "France forced Russia to stop its attacks on Ukraine .",
        [("FRA", "RUS", "170", False, False), ("RUS", "UKR", "087", False, False)],
        [("FRA", "UKR")],
    ),
    (
        "France compelled Russia to end its attacks on Ukraine .",
        [("FRA", "RUS", "170", False, False), ("RUS", "UKR", "087", False, False)],
        [("FRA", "UKR")],
    ),
    (
        "France forced Russia to withdraw from Crimea .",
        [("FRA", "RUS", "170", False, False), ("RUS", "UKR", "0874", False, False)],
        [("FRA", "UKR")],
    ),
    ("Russia was forced to end its attacks on Ukraine .", [("RUS", "UKR", "087", False, False)], []),
    ("Russia was forced to withdraw from Crimea .", [("RUS", "UKR", "0874", False, False)], []),
    # object-control verbs that are triggers of their own keep their event toward the object
    ("France urged Russia to stop its attacks on Ukraine .", [("FRA", "RUS", "0256", False, False)], [("FRA", "UKR")]),
    ("France asked Russia to end its attacks on Ukraine .", [("FRA", "RUS", "0256", False, False)], [("FRA", "UKR")]),
    ("Egypt called on Israel to stop its raids on Gaza .", [("EGY", "ISR", "0256", False, False)], [("EGY", "PSE")]),
    (
        "France pressed Russia to end its attacks on Ukraine .",
        [("FRA", "RUS", "0256", False, False)],
        [("FRA", "UKR"), ("RUS", "UKR")],
    ),
    (
        "France pressured Russia to halt its attacks on Ukraine .",
        [("FRA", "RUS", "1056", False, False)],
        [("FRA", "UKR"), ("RUS", "UKR")],
    ),
    (
        "Germany pressured Serbia to lift its blockade of Kosovo .",
        [("DEU", "SRB", "1056", False, False)],
        [("DEU", "XKX"), ("SRB", "XKX")],
    ),
    (
        "France persuaded Russia to end its attacks on Ukraine .",
        [("FRA", "RUS", "0256", False, False)],
        [("FRA", "UKR"), ("RUS", "UKR")],
    ),
    # subject-control verbs keep their conventions: the act is the subject's
    ("Russia agreed to stop its attacks on Ukraine .", [("RUS", "UKR", "0356", False, False)], [("FRA", "UKR")]),
    ("Russia agreed to end its attacks on Ukraine .", [("RUS", "UKR", "0356", False, False)], []),
    ("Russia refused to stop its attacks on Ukraine .", [("RUS", "UKR", "1246", False, False)], []),
    ("Russia refused to halt its attacks on Ukraine .", [("RUS", "UKR", "1246", False, False)], []),
    ("Russia decided to stop its attacks on Ukraine .", [("RUS", "UKR", "087", False, False)], []),
    ("Russia stopped its attacks on Ukraine .", [("RUS", "UKR", "087", False, False)], []),
    # no object: "pushed to" is the subject's own push (rule 117b's control)
    ("France pushed to end its sanctions on Russia .", [("FRA", "RUS", "085", False, False)], []),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "present", "no_asserted"), table_cases(ROWS, XFAIL))
def test_object_control_infinitive(
    rules_nlp: Language, text: str, present: list[Event], no_asserted: list[tuple[str, str]]
) -> None:
    events = flagged_events(rules_nlp, text)
    for event in present:
        assert event in events, sorted(events)
    for dyad in no_asserted:
        assert not any((s, t) == dyad and not neg and not hyp for s, t, _, neg, hyp in events), sorted(events)
