"""Issue 13, session 32, newscausal39 (docs/causal.md round 81): a twelfth table of made-up sentences in the style of
2025 news, on what newscausal38 left: verbs of destruction that state a damage ("The strike knocked out power to
200,000 homes", "Shelling destroyed hundreds of buildings"), plans and goals not yet covered ("aims to cut", "hopes to
boost exports", "has pledged to raise the minimum wage", "its aim is to ..."), and causal rows beside them that must
stay: a damage that is the effect of an event marked as such ("were destroyed when the earthquake struck", "after
shelling hit the power plant"), a damage act's own result participle ("..., leaving 50,000 homes without
electricity"), a plan's purpose and a plan's reason. Each row has the cause -> effect pairs a careful reader would
mark under the Causal News Corpus annotation, written before the stage was run; none is copied from an evaluation set.
A row passes when every expected pair is matched by one claim and no claim is left over (the scorer's match: token
Jaccard >= 0.5 on both sides). Rows the shipped stage does not get are strict xfails with the general reason.

The destruction verbs are controls, decided from CNC train's labels: of its 50 sentences with destroy, damage, wreck,
raze or knock out, 30 are not causal, and a doer's damage told as the act itself ("Maoist guerrillas damaged three
bridges", "The mob entered the depot and damaged at least 30 buses", "A house was destroyed in the gun battle") is
never marked; the causal ones mark the damage as the effect of a further event ("... were damaged when a landmine
exploded", "in the stone-pelting incident") or a reason beside it. Round 81's rule (``intent_forms``: a verb of intent
known by its form as well as by its lemma, and "aim", "seek", "strive" among the verbs of intent where the subject
names who acts) takes "it hopes to boost exports" (the lemmatizer reads "hopes" as "hop") and the "aims to" controls;
a thing's aim ("The new law aims to reduce plastic waste") is a causal row, as the seeds gold reads "US sanctions ...
aim to push back against Moscow's ambitions".
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.syntax import verb_lemmas

from .causal_sentences import (
    claim_pairs,
    news_table_tests,
    settings_set,
)

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Hundreds of buildings were destroyed when the earthquake struck the coastal city.",
        [("the earthquake struck the coastal city", "Hundreds of buildings were destroyed")],
    ),
    (
        "The power cut was caused by a drone strike on a substation, the grid operator said.",
        [("a drone strike on a substation", "The power cut")],
    ),
    (
        "Several homes were damaged in the storm, officials said.",
        [("the storm", "Several homes were damaged")],
    ),
    (
        "Thousands were left without electricity after shelling hit the city's main power plant.",
        [("shelling hit the city's main power plant", "Thousands were left without electricity")],
    ),
    (
        "Because the bridge was destroyed, aid convoys had to take a longer route.",
        [("the bridge was destroyed", "aid convoys had to take a longer route")],
    ),
    (
        "The airport was closed because of damage to the runway.",
        [("damage to the runway", "The airport was closed")],
    ),
    (
        "The central bank raised interest rates to curb inflation.",
        [("to curb inflation", "The central bank raised interest rates")],
    ),
    (
        "The union is seeking to raise wages because inflation has eaten into pay.",
        [("inflation has eaten into pay", "The union is seeking to raise wages")],
    ),
    (
        "The ministry plans to raise fuel prices to cut the budget deficit.",
        [("to cut the budget deficit", "The ministry plans to raise fuel prices")],
    ),
    (
        "Shelling knocked out power to the hospital, forcing doctors to operate by torchlight.",
        [("Shelling knocked out power to the hospital", "doctors to operate by torchlight")],
    ),
    (
        "The drone strike destroyed a fuel depot, causing a fire that burned for two days.",
        [("The drone strike destroyed a fuel depot", "a fire that burned for two days")],
    ),
    (
        "The storm damaged power lines, leaving 50,000 homes without electricity.",
        [("The storm damaged power lines", "50,000 homes without electricity")],
    ),
    # a thing's aim is the effect it is put in place for: the seeds gold marks "US sanctions and military alliances
    # aim to push back against Moscow's ambitions" as sanctions -| ambitions
    ("The new law aims to reduce plastic waste.", [("The new law", "plastic waste")]),
    ("The new rules aim to lower energy bills for households.", [("The new rules", "energy bills for households")]),
]

CONTROLS: list[str] = [
    "The government aims to cut waiting times in hospitals by next year.",
    "The ministry said it hopes to boost exports to Asia.",
    "The party has pledged to raise the minimum wage.",
    "Their goal is to reduce emissions by 40 percent.",
    "The coalition has promised to lower energy bills for households.",
    "The city intends to expand the metro network by 2030.",
    "The president vowed to reduce crime in the capital.",
    "The minister's aim is to attract more foreign investment.",
    "The agency aims to increase vaccination rates among children.",
    "The EU is seeking to reduce its dependence on Russian gas.",
    "Officials want to boost tourism with a new visa scheme.",
    "The regulator hopes to lower mobile phone bills.",
    "The airline is aiming to increase flights to Asia.",
    "The company has pledged to cut its carbon emissions to zero by 2040.",
    "Protesters damaged several police vehicles outside parliament.",
    "Militants destroyed a bridge on the main highway overnight, police said.",
    "The strike knocked out power to 200,000 homes.",
    "Shelling destroyed hundreds of buildings in the town.",
    "Rioters set fire to shops and damaged cars in the city centre.",
]
XFAIL_CAUSAL: dict[int, str] = {
    2: "a passive verb of damage with an event in its 'in' phrase ('were damaged in the storm'): no rule reads the"
    " phrase as the cause (CNC marks 'damaged in the stone-pelting incident' so)",
    11: "'damage' is a causal verb of the lexicon, so a non-actor subject ('The storm damaged power lines') gives its"
    " own pair beside the participle's, which CNC marks rarely (a doer's direct damage never)",
}
XFAIL_CONTROLS: dict[int, str] = {}


# control 2 ("The party has pledged to raise the minimum wage") passes since round 83 (``plan_tag_pairs``): the span
# tagger's pair "pledged to raise the minimum wage -> The party" gives way, a plan being no cause of who makes it
# controls 3 and 7 (a goal noun's copula with a to-infinitive: "Their goal is to reduce ...", "The minister's aim is
# to attract ...") pass since round 84 (``plan_statement_claims``): the goal and its infinitive are no cause and effect
TestNewsTable = news_table_tests(CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=33, switches=("intent_forms",))


@pytest.mark.parametrize(
    ("text", "off"),
    [
        ("The ministry said it hopes to boost exports to Asia.", [("The ministry", "exports to Asia")]),
        (
            "The agency aims to increase vaccination rates among children.",
            [("to increase vaccination rates among children", "The agency aims")],
        ),
    ],
)
def test_a_verb_of_intent_by_its_form_or_aim_gives_no_claim_only_when_on(
    causal_nlp: Language, text: str, off: list[tuple[str, str]]
) -> None:
    with settings_set(causal_nlp, intent_forms=False):
        assert claim_pairs(causal_nlp, text) == off
    with settings_set(causal_nlp, intent_forms=True):
        assert claim_pairs(causal_nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a hope's or an aim's own reason and a plan's purpose are read as before
        "The union is seeking to raise wages because inflation has eaten into pay.",
        "The ministry plans to raise fuel prices to cut the budget deficit.",
        # a thing's aim (no subject that names who acts) is read as before
        "The new law aims to reduce plastic waste.",
        "Meanwhile, US sanctions and military alliances aim to push back against Moscow's ambitions.",
        # "hopes" as a noun, and a causal verb under no verb of intent
        "Rising prices dashed hopes of a quick recovery.",
        "The new tariffs raised prices for consumers.",
    ],
)
def test_other_claims_stay(causal_nlp: Language, text: str) -> None:
    with settings_set(causal_nlp, intent_forms=False):
        off = claim_pairs(causal_nlp, text)
    with settings_set(causal_nlp, intent_forms=True):
        assert claim_pairs(causal_nlp, text) == off


@pytest.mark.parametrize(
    ("text", "index", "lemmas"),
    [
        ("The ministry said it hopes to boost exports.", 4, {"hope", "hop"}),
        ("The agency hoped to cut costs.", 2, {"hope", "hop"}),
        ("They are hoping to win.", 2, {"hope", "hop"}),
        ("The agency aims to grow.", 2, {"aim"}),
    ],
)
def test_verb_lemmas_read_the_regular_endings(parse: Language, text: str, index: int, lemmas: set[str]) -> None:
    assert lemmas <= verb_lemmas(parse(text)[index])
