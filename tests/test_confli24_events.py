"""A party named inside the object of a verb is not the verb's target (issue 14, session 22; docs/events.md rule
116).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). Before rule 116 the
party inside the warned-against act (116a) or inside the act clause "its" owns (116b) was taken as the target.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, roots

# -- 116a: an advisory verb "against" an act warns whoever would do the act, not a party inside its object -------


@pytest.mark.parametrize(
    "text",
    [
        "Germany warned against scrapping the agreement with Iran .",
        "Britain warned against abandoning the truce with Hamas .",
        "Japan warned against ending the ceasefire with North Korea .",
        "Turkey warned against lifting the sanctions on Syria .",
    ],
)
def test_warning_against_an_act_takes_no_party_inside_the_act(rules_nlp: Language, text: str) -> None:
    # before: a 13x warning toward the party named in the act's object (DEU 131 IRN)
    assert not any(c.startswith("13") for _, _, c in asserted(rules_nlp, text))


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Germany warned Iran against scrapping the deal .", ("DEU", "IRN")),
        ("Britain warned Syria against abandoning the truce .", ("GBR", "SYR")),
        ("Japan warned North Korea against ending the ceasefire .", ("JPN", "PRK")),
    ],
)
def test_a_named_addressee_is_still_the_target(rules_nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    # the one warned, the verb's object, stays the target of the warning (13x), as before
    assert any((s, t) == dyad and c.startswith("13") for s, t, c in asserted(rules_nlp, text))


# -- 116b: a verb on a noun "its" owns does not reach inside the noun's act clause --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "France supports its decision to expel Iran's diplomats .",
        "Japan backs its decision to expel China's envoy .",
        "Spain backs their decision to expel Cuba's diplomats .",
    ],
)
def test_support_for_an_owned_decision_takes_no_party_inside_it(rules_nlp: Language, text: str) -> None:
    # before: a 050 support toward the party inside the decision's clause (FRA 050 IRNGOV)
    assert not any(c.startswith("05") for _, _, c in roots(asserted(rules_nlp, text)))


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("France supports Iran's decision to expel the diplomats .", ("FRA", "IRN")),
        ("Japan backs China's decision to reopen the border .", ("JPN", "CHN")),
        ("Italy supports Egypt's plan to host the talks .", ("ITA", "EGY")),
    ],
)
def test_a_named_owner_is_still_the_target(rules_nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    # the decision's named owner stays the target of the support, as before
    assert any((s, t) == dyad and c.startswith("05") for s, t, c in asserted(rules_nlp, text))
