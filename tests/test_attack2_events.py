"""A force verb acting on a policy, a decision or an utterance is criticism, not force (issue 14, session 24;
docs/events.md rule 138, the follow-up of rule 130b).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). Before rule 138,
"attacked Y's decision" was force (190), and "hit out at Y" coded nothing.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

# -- a policy, a decision or an utterance as what is attacked: criticism, 111 ----------------------------------------

CRITICISM = [
    ("Germany attacked Poland's decision .", {("DEU", "POL", "111")}),  # before: 190
    ("Egypt attacked Ethiopia's plan to fill the dam .", {("EGY", "ETH", "111")}),
    ("Kenya attacked Uganda's comments .", {("KEN", "UGA", "111")}),
    ("Iran attacked Israel's rhetoric .", {("IRN", "ISR", "111")}),
    ("Vietnam attacked China's stance on the sea .", {("VNM", "CHN", "111")}),
    ("The US senator attacked China's trade policy .", {("USA", "CHN", "111")}),
    ("Turkey attacked the Greek government's policy .", {("TUR", "GRC", "111")}),
    ("Poland's decision was attacked by Germany .", {("DEU", "POL", "111")}),  # a doer, no means
    ("Germany attacked Poland's decision with harsh words .", {("DEU", "POL", "111")}),  # words: no means of force
    ("Canada struck at Beijing's decision .", {("CAN", "CHN", "111")}),  # "at" object
    ("Brazil hit out at Argentina's decision .", {("BRA", "ARG", "111")}),  # before: none
    ("Nigeria hit out at Ghana's policy .", {("NGA", "GHA", "111")}),
    ("Japan lashed out at South Korea's ruling .", {("JPN", "KOR", "111")}),  # as before, pinned
    ("India slammed Pakistan's remarks .", {("IND", "PAK", "111")}),  # as before, pinned
    ("China's attack on the US decision drew criticism .", {("CHN", "USA", "111")}),  # the noun: before 190
    # left: "assault" is a physical assault (182), a specific code the domain step does not refine
    ("Morocco assaulted Algeria's claims .", {("MAR", "DZA", "111")}),
    # left: "hit" with no means is no event at all (rule 124a), so there is no force code to refine
    ("Mexico hit Washington's proposal .", {("MEX", "USA", "111")}),
]
CRITICISM_LEFT = {
    "Morocco assaulted Algeria's claims .": "assault codes 182, which rule 138 (generic 190 only) does not refine",
    "Mexico hit Washington's proposal .": "'hit' with no means codes nothing (rule 124a); no 111 either",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(CRITICISM, CRITICISM_LEFT))
def test_attack_on_a_policy_or_utterance_is_criticism(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- a physical object, a means of force, or a physical object conjoined: force as before -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan attacked India's army posts .", {("PAK", "IND", "190")}),
        ("Israel attacked Iran's nuclear facilities .", {("ISR", "IRN", "190")}),
        ("Russia attacked Ukraine's energy grid .", {("RUS", "UKR", "190")}),
        # rule 273: a missile or rocket is CAMEO 194 (was 190)
        ("Russia attacked Ukraine's policy with missiles .", {("RUS", "UKR", "194")}),  # a means of force
        ("Russia attacked Ukraine's plan in a drone strike .", {("RUS", "UKR", "195")}),  # an aerial strike
        ("Saudi Arabia attacked Qatar's policy and its border posts .", {("SAU", "QAT", "190")}),  # a post too
        ("China and Vietnam struck a deal .", {("CHN", "VNM", "057"), ("VNM", "CHN", "057")}),  # a phrase: 057
    ],
)
def test_attack_on_a_physical_object_stays_force(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


def test_attack_on_a_policy_by_no_country_codes_no_force(rules_nlp: Language) -> None:
    # a bare role with no country: no source, and in no case force
    assert not any(c[:2] == "19" for _, _, c in asserted(rules_nlp, "The senator attacked China's trade policy ."))
