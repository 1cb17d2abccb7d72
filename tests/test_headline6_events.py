"""2025 headline-style sentences, sixth round (issue 14, session 29, branch headline6; docs/events.md rule 221).

Headlines in the present tense for past acts ("Trump delays tariffs on Canada"), a bare to-infinitive for a planned
act ("Zelensky to meet Trump in Washington", rule 101c), headline speech verbs ("Russia says", "Kremlin slams",
"Putin hails", "EU eyes", "Moscow mulls") and a speaker's colon ("Peskov: no plans for a summit"). Every sentence is
our own invention in the style of 2025 wire headlines, none copied from an evaluation set. The expected
{(source, target, code)} of each row were written from the CAMEO codebook (/work/shared/data) before the coder ran;
an expected code matches the coded one as a prefix, asserted. ``XFAIL`` keeps the rows the change does not fix, each
with why. ``NO_EVENT`` are controls: headline questions and opinion headlines assert nothing.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

HEADLINE6_SENTENCES: list[tuple[str, Events]] = [
    # a tariff delayed is eased (085, rule 215a), present tense of a past act as the past
    ("Trump delays tariffs on Canada", {("USA", "CAN", "085")}),
    ("Trump delayed tariffs on Canada", {("USA", "CAN", "085")}),
    ("Trump delays tariffs on Mexico by a month", {("USA", "MEX", "085")}),
    ("Trump pauses tariffs on China", {("USA", "CHN", "085")}),
    # a headline's bare to-infinitive is a plan (rule 101c): a meeting planned 036, a visit planned 036 / 042
    ("Zelensky to meet Trump in Washington", {("UKR", "USA", "036")}),
    ("Modi to visit Moscow next month", {("IND", "RUS", "036")}),
    # "agree to" meet / talk: 036 (express intent to meet or negotiate) or 030
    ("US, Russia agree to hold talks in Saudi Arabia", {("USA", "RUS", "03"), ("RUS", "USA", "03")}),
    ("Israel, Hamas agree to ceasefire", {("ISR", "PSE", "03"), ("PSE", "ISR", "03")}),
    # a headline speech verb with its content
    ("Russia says Ukraine attacked its energy sites", {("RUS", "UKR", "112")}),
    ("Russia says Ukrainian drones hit Moscow", {("UKR", "RUS", "19")}),
    ("Kremlin slams new EU sanctions", {("RUS", "IGO", "111")}),
    ("Kremlin slams Zelensky", {("RUS", "UKR", "111")}),
    ("Kremlin slams Germany over Taurus missiles", {("RUS", "DEU", "111")}),
    ("Putin hails ties with China", {("RUS", "CHN", "051")}),
    ("Putin hails Trump's peace efforts", {("RUS", "USA", "051")}),
    ("Xi hails Putin as a dear friend", {("CHN", "RUS", "051")}),
    # "eyes" / "mulls" an option: sanctions eyed written as a threat (1312), talks mulled a policy option
    ("EU eyes new sanctions on Russia", {("IGO", "RUS", "1312")}),
    ("Moscow mulls response to new US sanctions", set()),
    # revised after the first run to the codebook's 014 "consider policy option" (written 036)
    ("Moscow mulls talks with Kyiv", {("RUS", "UKR", "014")}),
    # a speaker's colon: the quoted line is the speaker's statement
    ("Peskov: no plans for a Putin-Trump summit", set()),
    ("Zelensky: Russia attacked Kharkiv overnight", {("UKR", "RUS", "112")}),
    ("Lavrov: Russia ready for talks with Ukraine", {("RUS", "UKR", "03")}),
    # other present-tense headlines of past acts
    ("Trump meets Zelensky at the White House", {("USA", "UKR", "04"), ("UKR", "USA", "04")}),
    # revised after the first run: written 1663 / 1661, which the codebook gives to aid agencies and peacekeepers;
    # diplomats expelled or an ambassador recalled is 161 "reduce or break diplomatic relations"
    ("Russia expels two British diplomats", {("RUS", "GBR", "161")}),
    ("China condemns US arms sales to Taiwan", {("CHN", "USA", "111")}),
    ("Ukraine strikes Russian refinery", {("UKR", "RUS", "19")}),
    ("Poland recalls ambassador from Belarus", {("POL", "BLR", "161")}),
    ("Iran rejects US offer of talks", {("IRN", "USA", "12")}),
]

# controls: a headline question or an opinion headline asserts no event
NO_EVENT: list[str] = [
    "Will Trump delay tariffs on Canada?",
    "Is Putin ready to meet Zelensky?",
    "Opinion: Europe should arm Ukraine faster",
    "Why Russia will not agree to a ceasefire",
    "Trump tariffs: what you need to know",
]

XFAIL: dict[str, str] = {
    "Russia says Ukraine attacked its energy sites": (
        "the project codes a reported act, not the report: the attack UKR -> RUS 190, as the next row's ('its' on "
        "an attack's object is the speaker's since rule 234c; before, no event), not an accusation 112"
    ),
    "EU eyes new sanctions on Russia": (
        "decided, not changed: rule 101d reads 'eye' as weighing an option, so the sanctions (163) are hypothetical, "
        "not a threat (1312)"
    ),
    "Zelensky: Russia attacked Kharkiv overnight": (
        "the project codes the speaker's reported act (RUS -> UKR 190, asserted), not an accusation 112"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(HEADLINE6_SENTENCES, XFAIL))
def test_headline6_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    found = asserted(rules_nlp, text)
    assert all(any((s, t) == (a, b) and c.startswith(k) for s, t, c in found) for a, b, k in expected)
    if not expected:
        assert not found


@pytest.mark.parametrize("text", NO_EVENT)
def test_headline6_control_codes_nothing(rules_nlp: Language, text: str) -> None:
    assert not asserted(rules_nlp, text)


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= set(row[0] for row in HEADLINE6_SENTENCES)
