"""US-Russia relations in late-2025 wire style (issue 14, session 31, branch usrussia2; docs/events.md rule 263).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Envoys' meetings,
leaders' calls, a summit planned or called off, missiles weighed or refused, treaty limits offered, sanctions on
oil companies, a peace plan drafted and presented, prisoner releases, ministers' talks and the Kremlin's reactions.
Rule 263a: a city compounded on a meeting noun that has its own "with" / "between" party names the venue, not a
party ("called off the Budapest summit with Putin" USA -> RUS 164, not USA -> HUN). Rule 263b: a plan to settle the
dispute (a peace word or numbered points) that a verb of proposing puts to a party is a proposal made, as "presented
a proposal to Y" is (030). Controls: speculation, commentary, denials and a plan with no recipient code nothing.
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


USRUSSIA2_SENTENCES: list[tuple[str, Events]] = [
    # envoys' meetings, visits and calls
    ("Witkoff met Dmitriev in Miami on Saturday.", both("USA", "RUS", "040")),
    ("Kirill Dmitriev held talks with Steve Witkoff in Florida.", both("RUS", "USA", "040")),
    ("Witkoff and Kushner met Putin at the Kremlin on Tuesday.", both("USA", "RUS", "040")),
    ("Putin received Witkoff in Moscow.", {("RUS", "USA", "043")}),
    ("Dmitriev travelled to Washington for talks with Witkoff.", both("RUS", "USA", "040")),
    ("Trump spoke by phone with Putin on Thursday.", both("USA", "RUS", "041")),
    ("Lavrov and Rubio held talks in Geneva.", both("RUS", "USA", "044")),
    ("Rubio met Lavrov on the sidelines of the summit.", both("USA", "RUS", "040")),
    # the summit agreed, called off (rule 263a: the city is the venue)
    ("Trump and Putin agreed to meet in Budapest.", both("USA", "RUS", "036")),
    ("Trump called off the Budapest summit with Putin.", {("USA", "RUS", "164")}),
    ("Trump cancelled the Budapest summit with Putin.", {("USA", "RUS", "164")}),
    ("Russia called off the Geneva talks with Ukraine.", {("RUS", "UKR", "164")}),
    ("Rubio praised the Istanbul talks with Russia.", {("USA", "RUS", "051")}),
    # missiles, treaty limits
    ("The United States was considering sending Tomahawk missiles to Ukraine.", {("USA", "UKR", "014")}),
    ("Trump refused to give Tomahawk missiles to Ukraine.", {("USA", "UKR", "1222")}),
    ("Putin offered to extend the New START limits with the United States.", {("RUS", "USA", "030")}),
    # sanctions on the oil companies, threats and reactions
    ("Washington imposed sanctions on Rosneft and Lukoil.", {("USA", "RUS", "163")}),
    ("The US Treasury sanctioned Rosneft and Lukoil on Wednesday.", {("USA", "RUS", "163")}),
    ("The Treasury imposed sanctions on Lukoil.", {("USA", "RUS", "163")}),
    ("Trump threatened Russia with new sanctions.", {("USA", "RUS", "1312")}),
    ("The Kremlin brushed off the new US sanctions.", {("RUS", "USA", "120")}),
    ("Russia criticized the US sanctions on its oil companies.", {("RUS", "USA", "111")}),
    # the peace plan presented (rule 263b), welcomed, rejected
    ("The United States presented the 28-point plan to Ukraine.", {("USA", "UKR", "030")}),
    ("Witkoff presented the peace plan to Zelensky.", {("USA", "UKR", "030")}),
    ("The United States proposed a peace plan to Ukraine.", {("USA", "UKR", "030")}),
    ("Witkoff presented Zelensky with the 28-point plan.", {("USA", "UKR", "030")}),
    ("The Kremlin welcomed the US peace plan.", {("RUS", "USA", "051")}),
    ("Peskov welcomed Trump's remarks on the talks.", {("RUS", "USA", "051")}),
    ("Zelensky rejected the US peace plan.", {("UKR", "USA", "127")}),
    ("Putin praised Trump's peace efforts.", {("RUS", "USA", "051")}),
    ("Moscow accused Washington of undermining the talks.", {("RUS", "USA", "112")}),
    ("Rubio urged Russia to accept a ceasefire.", {("USA", "RUS", "0256")}),
    # prisoners
    ("Russia released an American teacher in a prisoner swap with the United States.", {("RUS", "USA", "0841")}),
    ("Moscow freed a US citizen on Thursday.", {("RUS", "USA", "0841")}),
    ("The United States and Russia swapped prisoners on Friday.", both("USA", "RUS", "0841")),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(USRUSSIA2_SENTENCES, XFAIL))
def test_usrussia2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: speculation, commentary, denials, a plan with no recipient or no peace word ------------------------

USRUSSIA2_CONTROLS: list[tuple[str, Events]] = [
    ("Trump might meet Putin next month.", set()),
    ("Analysts said the summit could be postponed again.", set()),
    ("The Kremlin denied that the summit had been cancelled.", set()),
    ("The Kremlin said it had not received the plan.", set()),
    ("US senators introduced a bill to sanction Russia.", set()),
    ("The United States drafted a 28-point peace plan.", set()),
    ("Washington presented the plan to Ukraine.", set()),
    ("The Budapest summit between Trump and Putin was postponed.", set()),
]


@pytest.mark.parametrize(("text", "expected"), USRUSSIA2_CONTROLS)
def test_usrussia2_control_codes_nothing_new(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
