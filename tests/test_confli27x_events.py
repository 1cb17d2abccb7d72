"""ConfliBERT train error class, round confli27x (issue 14, session 34; docs/events.md rule 328).

Each sentence is our own construction in the style of 2025 news, none copied from ConfliBERT, PLOVER or any
evaluation set. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_nlp``). Rule 328: a giving or returning verb whose recipient "to" phrase comes first and whose object
follows a time phrase ("returned to Brazil last Wednesday 21 frogs", "delivered to Manila on Monday two boats") is
parsed with the object a time modifier, a date's noun or a participle's subject: the verb has no object, so a
needs-object verb ("return", "transfer") codes nothing. The object is given back to the verb. The controls pin the
travel reading ("the envoy returned to Beijing last Wednesday": no event) and the ordinary word order.
"""

from __future__ import annotations

from spacy.language import Language

from .event_sentences import asserted, table_test

# (sentence, expected (source, target, code) or None, True for a control with no giving or returning event)
ROWS: list[tuple[str, tuple[str, str, str] | None, bool]] = [
    # the object after the recipient and a time phrase: given back to the verb
    ("Germany returned to Nigeria last week 20 bronze sculptures looted in 1897 .", ("DEU", "NGA", "0842"), False),
    ("Britain returned to Ghana last month 32 gold and silver objects .", ("GBR", "GHA", "0842"), False),
    (
        "The U.S. Customs Service returned to Cambodia this week 30 stolen temple statues .",
        ("USA", "KHM", "0842"),
        False,
    ),
    ("Italy returned to Libya on Thursday 12 ancient statues .", ("ITA", "LBY", "0842"), False),
    ("Canada transferred to Poland last year four armoured vehicles .", ("CAN", "POL", "072"), False),
    ("Japan delivered to the Philippines on Monday 50 tonnes of rice .", ("JPN", "PHL", "073"), False),
    ("Norway gave to Sudan on Friday 3,000 tonnes of wheat .", ("NOR", "SDN", "073"), False),
    ("Russia returned to Ukraine last week 22 children taken from occupied areas .", ("RUS", "UKR", "0841"), False),
    ("Peru handed back to Bolivia last Tuesday 15 colonial paintings .", ("PER", "BOL", "0842"), False),
    ("Mexico returned to Guatemala this month 40 pre-Columbian artefacts .", ("MEX", "GTM", "0842"), False),
    # controls: travel, not a transfer; the ordinary word order
    ("The Chinese envoy returned to Beijing last Wednesday .", None, True),
    ("Thousands of Syrian refugees returned to Syria last year .", None, True),
    ("The Kenyan foreign minister returned to Kenya last week after talks in Paris .", None, True),
    ("The Kenyan president returned to Nairobi on Monday two days after the summit in Paris .", None, True),
    ("Germany returned 40 looted bronzes to Nigeria on Tuesday .", ("DEU", "NGA", "0842"), False),
    ("Japan sent 50 tonnes of rice to the Philippines on Monday .", ("JPN", "PHL", "073"), False),
]


def check(nlp: Language, text: str, expected: tuple[str, str, str] | None, control: bool) -> None:
    events = asserted(nlp, text)
    if expected is not None:
        assert expected in events  # before: the shifted rows coded nothing (the verb had no object)
    if control:
        assert not any(code.startswith(("07", "08")) for _, _, code in events)  # travel: no transfer


test_shifted_objects = table_test(ROWS, check, {})
