"""Requests and refusals whose act is a noun or hangs elsewhere; the target after a set-off date (issue 14, session
14; docs/events.md rule 45).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Beside the fixed
classes, the readings the shared helper ``to_infinitive_modifier`` gave its callers (``TriggerMatcher.wrapped`` and
``TriggerMatcher.wrapped_by``) before rule 44 widened it are pinned, and the helper itself on parsed clauses.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from detente.nlp.events.triggers import to_infinitive_modifier

from .event_sentences import asserted, roots

# -- a refusal of a request whose act is a noun: refined by the act, toward whom it concerns (fixed) -------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Canada rejected calls for the lifting of sanctions on Iran .", ("CAN", "IRN")),
        ("Japan rebuffed requests for the easing of sanctions on North Korea .", ("JPN", "PRK")),
        ("Sweden turned down demands for the removal of sanctions on Belarus .", ("SWE", "BLR")),
        ("France spurned appeals for the lifting of the embargo on Cuba .", ("FRA", "CUB")),
        ("Britain brushed aside calls for the relaxation of sanctions on Syria .", ("GBR", "SYR")),
    ],
)
def test_a_refused_nominal_act_is_a_refusal_to_ease(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    # before: no event (the nominal "lifting" named no act); now as "rejected calls to lift sanctions on Y"
    events = asserted(rules_nlp, text)
    # rule 155: codebook 1244 "Refuse to ease economic sanctions, boycott, or embargo" (was 124)
    assert events == {(pair[0], pair[1], "1244")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Poland called for the lifting of sanctions on Belarus .", ("POL", "BLR")),
        ("Spain pressed for the removal of sanctions on Cuba .", ("ESP", "CUB")),
    ],
)
def test_a_call_for_a_nominal_act_is_an_appeal(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    # the appeal is refined by the act named ("called for lifting sanctions on Y" gave the same)
    # rule 155: codebook 0254 "Appeal for easing of economic sanctions, boycott, or embargo" (was 025)
    assert asserted(rules_nlp, text) == {(pair[0], pair[1], "0254")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wrapper verb's own object reached the sanctions noun before and keeps its finer code
        ("Canada demanded the lifting of sanctions on Iran .", {("CAN", "IRN", "1054")}),
        ("Canada opposed the lifting of sanctions on Iran .", {("CAN", "IRN", "1244")}),
        # no request or refusal governs the noun: nobody named lifts
        ("The lifting of sanctions on Iran angered Israel .", set()),
    ],
)
def test_nominal_acts_outside_a_for_phrase_are_unchanged(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- a request's infinitive the parser hangs on the verb: the request codes it (fixed) ----------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Canada renewed its calls to lift sanctions on Iran .", ("CAN", "IRN")),
        ("France repeated its calls to lift the embargo on Cuba .", ("FRA", "CUB")),
        ("Norway reiterated its appeals to ease sanctions on Belarus .", ("NOR", "BLR")),
        ("Canada issued new calls to lift sanctions on Iran .", ("CAN", "IRN")),
    ],
)
def test_a_renewed_call_is_an_appeal_not_the_act(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    # before: the lift was coded as done (085); now one appeal, one way (no phone call between the two)
    # rule 155: codebook 0254 "Appeal for easing of economic sanctions, boycott, or embargo" (was 025)
    assert asserted(rules_nlp, text) == {(pair[0], pair[1], "0254")}


def test_a_call_that_asks_for_an_act_is_one_way(rules_nlp: Language) -> None:
    # "calls" with its own infinitive was a phone call both ways (025 both ways) before
    # rule 155: codebook 0254 "Appeal for easing of economic sanctions, boycott, or embargo" (was 025)
    assert asserted(rules_nlp, "Canada 's calls to lift sanctions on Iran grew louder .") == {("CAN", "IRN", "0254")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the infinitive is the purpose of "used", and "veto" is no request noun
        # (blocking a measure is rejecting it, rule 68b: 120, was 144)
        ("Russia used its veto to block sanctions on Syria .", {("RUS", "SYR", "120")}),
        # calls made to someone: phone calls and why, as before
        ("Canada made calls to Iran to discuss the deal .", {("CAN", "IRN", "041"), ("IRN", "CAN", "041")}),
        (
            # an offer to mediate: CAMEO 039 "express intent to mediate" (rule 107c; before, 036)
            "Turkey renewed its offer to mediate between Armenia and Azerbaijan .",
            {("TUR", "ARM", "039"), ("TUR", "AZE", "039")},
        ),
        ("Canada lifted sanctions on Iran .", {("CAN", "IRN", "085")}),
    ],
)
def test_infinitives_that_are_no_request_keep_their_reading(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


# -- the target after a date set off by commas (fixed) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hamas refuses to lift the ban that it imposed , 3 May 2012 , on aid agencies .", ("PSE", "NGO")),
        ("Iran refuses to lift the ban that it imposed , 9 July 2016 , on British ships .", ("IRN", "GBR")),
    ],
)
def test_the_target_after_a_set_off_date(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    # before: no event (the parser hangs "on Y" on the date, out of the relative clause)
    assert (pair[0], pair[1], "12") in roots(asserted(rules_nlp, text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia refuses to lift the embargo that it imposed , 2 August 2014 , on Polish apples .", ("RUS", "POL")),
        ("Russia refuses to lift the embargo that it imposed in August 2014 on Polish apples .", ("RUS", "POL")),
        ("Britain refused to lift the embargo that it imposed , in March 2011 , on Libya .", ("GBR", "LBY")),
        ("Syria refuses to lift the siege that it imposed , 4 April 2013 , on Turkish towns .", ("SYR", "TUR")),
    ],
)
def test_targets_found_before_stay(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert (pair[0], pair[1], "12") in roots(asserted(rules_nlp, text))


def test_no_target_after_a_set_off_date_without_a_phrase(rules_nlp: Language) -> None:
    # a clause, not a phrase, follows the date: nothing to take
    text = "Russia refuses to lift the embargo that it imposed , 2 August 2014 , as tensions rose ."
    assert asserted(rules_nlp, text) == set()


# -- a request noun's that-clause: asked of the clause's subject (fixed; the largest train class left) ------------


@pytest.mark.parametrize(
    ("text", "pair", "code"),
    [
        # rule 155: codebook 1054 "Demand easing of economic sanctions, boycott, or embargo" (was 105)
        ("Iran renewed its demand that the United States lift sanctions .", ("IRN", "USA"), "1054"),
        # rule 155: codebook 1053 "Demand release of persons or property" (was 105)
        ("Iran repeated its demand that Britain release the tanker .", ("IRN", "GBR"), "1053"),
        # rule 155: codebook 106 "Demand withdrawal" (was 105)
        ("Pakistan made a demand that India withdraw troops from Kashmir .", ("PAK", "IND"), "106"),
        ("China repeated its call that Japan apologize for the war .", ("CHN", "JPN"), "022"),
    ],
)
def test_a_demand_that_someone_act_is_made_of_them(
    rules_nlp: Language, text: str, pair: tuple[str, str], code: str
) -> None:
    # before: no event (the act in the clause is not asserted, and the noun wrapped nothing)
    assert asserted(rules_nlp, text) == {(pair[0], pair[1], code)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia rejected the demand that Ukraine withdraw its troops .", ("RUS", "UKR")),
        ("Israel dismissed calls that Egypt open the border .", ("ISR", "EGY")),
        ("China rejected the proposal that Japan hold talks with Taiwan .", ("CHN", "JPN")),
    ],
)
def test_a_rejected_demand_that_someone_act(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    # no requester named: the rejection goes toward the one asked to act (rule 44's "whom the act concerns")
    assert roots(asserted(rules_nlp, text)) == {(pair[0], pair[1], "12")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a proposal only welcomed asserts no talks (before: the talks were coded as held, both ways)
        ("Egypt welcomed the proposal that Israel and Hamas hold talks .", set()),
        # that-clauses of other nouns keep their readings
        ("Iran expressed concern that Israel would attack .", {("IRN", "ISR", "111")}),
        ("The report that Russia attacked Georgia angered Europe .", {("RUS", "GEO", "190")}),
    ],
)
def test_other_that_clauses(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


# -- a lawsuit by other names (fixed) ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The European Commission launched legal proceedings against Hungary .", ("IGO", "HUN")),
        ("Canada took legal action against China over the detentions .", ("CAN", "CHN")),
        ("Mexico mounted a legal challenge against the United States over the wall .", ("MEX", "USA")),
        ("Ukraine filed a court case against Russia .", ("UKR", "RUS")),
    ],
)
def test_legal_action_is_a_lawsuit(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    # before: no event, or an accusation (112) for the "case"
    assert asserted(rules_nlp, text) == {(pair[0], pair[1], "115")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran threatened legal action against Britain .", {("IRN", "GBR", "130")}),
        ("Russia rejected the legal action by Ukraine .", {("RUS", "UKR", "120")}),
        ("The legal action against Poland was dropped .", set()),
        ("Germany considered military action against Syria .", set()),
    ],
)
def test_legal_action_neighbours(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert asserted(rules_nlp, text) == expected


# -- to_infinitive_modifier and its callers (rule 44 widened it; pinned, with its narrowing in rule 45) ---------


def infinitive(rules_nlp: Language, text: str, word: str) -> Token:
    doc = rules_nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Turkey announced its readiness to mediate between Armenia and Azerbaijan .", "mediate", True),
        ("China made an offer to send aid to Nepal .", "send", True),
        ("Canada rejected calls to lift sanctions on Iran .", "lift", True),
        # a relative clause further down is not this clause's subject (rule 45)
        ("Canada rejected calls to lift the sanctions that it imposed on Iran .", "lift", True),
        ("Israel rejected the offer that Egypt made to Hamas .", "made", False),
        ("Canada renewed its calls to lift sanctions on Iran .", "lift", False),
    ],
)
def test_to_infinitive_modifier(rules_nlp: Language, text: str, word: str, expected: bool) -> None:
    assert to_infinitive_modifier(infinitive(rules_nlp, text, word)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `wrapped`: a wrapper noun takes its to-infinitive's act (rule 25)
        (
            "Turkey announced its readiness to mediate between Armenia and Azerbaijan .",
            {("TUR", "ARM", "039"), ("TUR", "AZE", "039")},  # 039, rule 107c
        ),
        ("Iran announced its refusal to meet Israeli officials .", {("IRN", "ISR", "125")}),
        ("China made an offer to send aid to Nepal .", {("CHN", "NPL", "033")}),
        ("Russia issued a threat to attack Georgia .", {("RUS", "GEO", "138")}),
        # `wrapped_by` one step down: the deal inside the refused signing is not asserted on its own
        ("Russia announced its refusal to sign a deal with Georgia .", {("RUS", "GEO", "120")}),
        # a relative clause with a subject of its own is no to-infinitive of the noun
        ("Israel rejected the offer that Egypt made to Hamas .", {("ISR", "PSE", "120")}),
        ("Iran welcomed the decision by Iraq to expel the militants .", {("IRN", "IRQ", "051")}),
    ],
)
def test_the_other_callers_behave_as_before(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert asserted(rules_nlp, text) == expected


def test_a_rejected_call_to_lift_sanctions_one_imposed_itself(rules_nlp: Language) -> None:
    # before: no event (the relative clause's subject, further down, hid the infinitive from the noun)
    text = "Canada rejected calls to lift the sanctions that it imposed on Iran ."
    # rule 155: codebook 1244 "Refuse to ease economic sanctions, boycott, or embargo" (was 124)
    assert asserted(rules_nlp, text) == {("CAN", "IRN", "1244")}
