"""ConfliBERT train error classes, round 8 (issue 14, session 19; docs/events.md rule 76).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). Before rule 76 the
training of another country's soldiers was a show of force (150), a call for sanctions against Y an appeal to Y
to yield (025), "agreed to cut tariffs on Y" a threat (138), a freed diplomat a visit (042), forces offered "to help
Y" had no target, a list of parties hung on its first name as an apposition gave only that name, and "war games"
held by two parties were no event; the neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_test

# -- 76a/b: help given through forces is cooperation or aid, not a show of force (fixed) -----------------------------


def _a_purpose_not_a_show_of_force(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    events = asserted(rules_nlp, text)
    assert expected in events  # before: 150
    assert not any(code.startswith("15") for _, _, code in events)


TRAINING = [
    ("The British army trains Kenyan soldiers every year .", ("GBR", "KEN", "062")),
    ("France has trained thousands of Malian soldiers since 2013 .", ("FRA", "MLI", "062")),
    ("The Turkish military is training Somali officers in Mogadishu .", ("TUR", "SOM", "062")),
]
test_training_another_countrys_people_is_military_cooperation = table_test(TRAINING, _a_purpose_not_a_show_of_force)

DEPLOYED_TO_HELP = [
    ("Forty Canadian soldiers deployed to Jordan to train Jordanian troops for six weeks .", ("CAN", "JOR", "062")),
    ("Troops and aircraft from Japan have arrived in Haiti to help deliver aid .", ("JPN", "HTI", "070")),
    ("Japanese troops have arrived in Haiti to help deliver aid .", ("JPN", "HTI", "070")),
]
test_deployment_for_training_or_aid_takes_its_purpose = table_test(DEPLOYED_TO_HELP, _a_purpose_not_a_show_of_force)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada deployed troops to Latvia .", ("CAN", "LVA", "150")),
        ("France sent troops to Mali to fight the insurgents .", ("FRA", "MLI", "150")),
    ],
)
def test_show_of_force_without_help_unchanged(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted(rules_nlp, text)


def test_training_unnamed_people_is_no_cooperation(rules_nlp: Language) -> None:
    text = "Iran has trained hundreds of hackers capable of launching attacks against Israel ."
    assert not any(code.startswith("06") for _, _, code in asserted(rules_nlp, text))


# -- 76c: a measure called for against a party is disapproval of it (fixed) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dutch foreign minister called for sanctions against Belarus .", ("NLD", "BLR", "111")),
        ("Lithuania on Friday called for new sanctions against Russia .", ("LTU", "RUS", "111")),
        ("Lithuania urged new sanctions against Russia .", ("LTU", "RUS", "111")),
    ],
)
def test_call_for_sanctions_is_disapproval(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted(rules_nlp, text)  # before: 025 (an appeal to yield)


def test_call_on_another_party_to_sanction_keeps_its_appeal(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Poland called on the European Union to impose sanctions on Belarus .")
    assert ("POL", "IGO", "020") in events  # 025 before rule 277d (session 32): sanctions asked, no yielding
    assert not any(code == "111" for _, _, code in events)


# -- 76d: a reduction wrapped by an intent reads as what it eases (fixed) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule 155: codebook 0354 "Express intent to ease economic sanctions, boycott, or embargo" (was 035)
        ("Mexico agreed to cut tariffs on American goods .", ("MEX", "USA", "0354")),
        # rule 155: codebook 0354 "Express intent to ease economic sanctions, boycott, or embargo" (was 035)
        ("Japan agreed to suspend sanctions on Iran .", ("JPN", "IRN", "0354")),
        # rule 155: codebook 0354 "Express intent to ease economic sanctions, boycott, or embargo" (was 035)
        ("Chile and Peru agreed to lift retaliatory tariffs on Bolivian products .", ("CHL", "BOL", "0354")),
        ("The European Union lifted tariffs on American whiskey .", ("IGO", "USA", "085")),
    ],
)
def test_eased_measure_under_intent(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    events = asserted(rules_nlp, text)
    assert expected in events  # before: 138 (a threat), or no event for "lifted tariffs"
    assert not any(code.startswith("13") for _, _, code in events)


def test_reduced_aid_under_refusal_unchanged(rules_nlp: Language) -> None:
    # rule 166: a refused cut (16x) is the cut not done, negated toward Y, as "refused to impose sanctions on Y" is
    # (before: 1244, "refuse to ease economic sanctions", the reject wrapper's root-16 entry, the opposite act)
    assert not asserted(rules_nlp, "The EU refused to suspend aid to Ethiopia .")


# -- 76e: a freed diplomat is released, not sent (fixed) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran freed a British diplomat it had arrested .", ("IRN", "GBR", "0841")),
        ("Russia has released an American diplomat it detained last year .", ("RUS", "USA", "0841")),
    ],
)
def test_freed_diplomat_is_released(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted(rules_nlp, text)  # before: 042, a visit


def test_sent_envoy_is_still_a_visit(rules_nlp: Language) -> None:
    assert ("FRA", "DZA", "042") in asserted(rules_nlp, "France sent its foreign minister to Algeria .")


# -- 76f: forces offered or sent to help someone go to that someone (fixed) ------------------------------------------


def test_troops_offered_to_help_a_party(rules_nlp: Language) -> None:
    text = "New Zealand has offered to send troops to help the Fijian army ."
    assert ("NZL", "FJI", "0312") in asserted(rules_nlp, text)  # before: no target, no event


# -- 76g: a list of parties hung on its first name as an apposition (fixed) ------------------------------------------


def test_apposed_list_of_parties_are_all_sources(rules_nlp: Language) -> None:
    text = (
        "The United States , Canada , Brazil , Mexico and other governments have sent emergency supplies and doctors "
        "to Haiti ."
    )
    events = asserted(rules_nlp, text)  # before: the United States alone
    assert {("USA", "HTI", "070"), ("CAN", "HTI", "070"), ("BRA", "HTI", "070"), ("MEX", "HTI", "070")} <= events


def test_restating_apposition_unchanged(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Moscow , the Russian capital , hosted talks with Belarus .")
    assert all(src == "RUS" or tgt == "RUS" for src, tgt, _ in events)


# -- 76h: war games held together are an exercise (fixed) ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru held joint war games in October .",
        "The war game was staged by Chilean marines and Peruvian armed forces .",
    ],
)
def test_joint_war_games_are_military_cooperation(rules_nlp: Language, text: str) -> None:
    events = asserted(rules_nlp, text)
    assert {("CHL", "PER", "062"), ("PER", "CHL", "062")} <= events  # before: no event


def test_war_games_near_a_party_stay_a_show_of_force(rules_nlp: Language) -> None:
    assert ("CHN", "TWN", "150") in asserted(rules_nlp, "China held war games near Taiwan .")


def test_football_game_is_no_event(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "Brazil and Argentina played a football game in October .") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UN directed Israel to halt the operation .", ("IGO", "ISR", "1056")),
        ("Russia refused to halt its offensive against Ukraine .", ("RUS", "UKR", "1246")),
        ("France urged Russia to halt its offensive against Ukraine .", ("FRA", "RUS", "0256")),
        ("Russia promised to halt its offensive against Ukraine .", ("RUS", "UKR", "0356")),
    ],
)
def test_halted_offensive_under_a_wrapper_is_de_escalation(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in asserted(rules_nlp, text)  # before: 1054, 1244, 025, 138
