"""An act noun whose doer is named by its "of" phrase while another phrase names its target, in 2025 wire style
(issue 14, session 38, branch newsread15; docs/events.md rule 399).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). Wire copy often puts
the doer of a sanctions, visit, threat or demand noun after it, in an "of" phrase, where a possessive would stand
before it: "the new sanctions of the European Union against Belarus", "the first Iran-related sanctions action of
the Biden administration" (the compound trigger's head noun holds the phrase), "the state visit of the Saudi crown
prince to Washington". CAMEO codes the act from its doer to the party the act is aimed at, as it codes "the EU's
sanctions against Belarus" (163), "the crown prince's visit to Washington" (042), "North Korea's threats against
Seoul" (130). Before, the "of" actor was no argument, so the noun had a target and no source, and nothing was coded.

The reading is kept to acts whose "of" phrase cannot name the one acted on once another phrase names a target: the
codes of `of_doer_codes` (consult 04, support and praise 050-053, apology 055, demand 10, threaten 13, sanctions
163). A target phrase the parser hangs on the "of" noun itself ("the threats of North Korea against Seoul") is the
act's. An expulsion, an
extradition, a release, a recognition or a criticism names its patient by "of" ("the expulsion of Russian diplomats
from Poland", "criticism of China by the US"), so those roots are left out; the controls hold them, an "of" noun
with no target, and the possessive and "by" forms that were already coded. ``XFAIL`` keeps the rows the change does
not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


NEWSREAD15_SENTENCES: list[tuple[str, Events]] = [
    # sanctions, tariffs and embargoes (163): the "of" phrase on the noun or on a compound trigger's head noun
    ("The new sanctions of the European Union against Belarus took effect on Friday.", {("IGO", "BLR", "163")}),
    ("It was the first Iran-related sanctions action of the Biden administration.", {("USA", "IRN", "163")}),
    (
        "This is the second Venezuela-related sanctions action of the Trump administration this year.",
        {("USA", "VEN", "163")},
    ),
    (
        "The Myanmar-related sanctions package of the British government was announced on Tuesday.",
        {("GBR", "MMR", "163")},
    ),
    ("The fresh sanctions of Canada on Nicaragua target twelve officials.", {("CAN", "NIC", "163")}),
    ("The latest tariffs of the Mexican government on Chinese steel took effect on Monday.", {("MEX", "CHN", "163")}),
    ("The arms embargo of the United Nations on Libya remains in force.", {("IGO", "LBY", "163")}),
    ("The toughest sanctions of Japan against North Korea since 2017 were unveiled in Tokyo.", {("JPN", "PRK", "163")}),
    # visits (042): the "of" phrase names the visitor, the "to" phrase where the visit goes
    ("The visit of the Indian prime minister to Moscow drew wide attention.", {("IND", "RUS", "042")}),
    ("The state visit of the Saudi crown prince to Washington lasted three days.", {("SAU", "USA", "042")}),
    ("The two-day visit of Kenya's president to Addis Ababa ended on Friday.", {("KEN", "ETH", "042")}),
    (
        "The first visit of a Japanese foreign minister to Seoul since 2018 began on Sunday.",
        {("JPN", "KOR", "042")},
    ),
    ("Protesters gathered during the visit of the Chinese defence minister to Hanoi.", {("CHN", "VNM", "042")}),
    # threats (130) and demands (100): the "of" phrase names who makes them, "against" / "on" whom they aim at
    ("The repeated threats of North Korea against Seoul alarmed investors.", {("PRK", "KOR", "130")}),
    ("The threats of the Venezuelan government against Guyana grew louder in March.", {("VEN", "GUY", "130")}),
    ("The demands of Beijing on Manila grew louder this week.", {("CHN", "PHL", "100")}),
    # rows added after the first run (expected codes written before they ran): a meeting "with", an apology "to",
    # a threat and sanctions whose phrase the parser may hang on the "of" noun
    (
        "The meeting of the Egyptian foreign minister with his Qatari counterpart lasted two hours.",
        both("EGY", "QAT", "040"),
    ),
    ("The apology of the Dutch government to Indonesia was read out on Monday.", {("NLD", "IDN", "055")}),
    ("The veiled threats of the Azerbaijani president against Armenia raised alarm.", {("AZE", "ARM", "130")}),
    ("The sanctions of the Australian government on Iranian officials target six people.", {("AUS", "IRN", "163")}),
    # support (050, the code the possessive "Hungary's strong support for Serbia" takes; 051 was written first): the
    # "of" phrase names who gives it, "for" whom
    ("The strong support of Hungary for Serbia was on display at the summit.", {("HUN", "SRB", "050")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(NEWSREAD15_SENTENCES, XFAIL))
def test_newsread15_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# controls that keep their code: the possessive and "by" forms, an "of" noun with no target
NEWSREAD15_CONTROLS: list[tuple[str, Events]] = [
    ("Russia's sanctions on Estonia took effect on Monday.", {("RUS", "EST", "163")}),
    ("The sanctions imposed on Iran by the European Union took effect.", {("IGO", "IRN", "163")}),
    ("The visit of the Indian prime minister drew wide attention.", set()),
    ("The sanctions of the European Union took effect on Friday.", set()),
    ("The Saudi crown prince's visit to Washington lasted three days.", {("SAU", "USA", "042")}),
]


@pytest.mark.parametrize(("text", "expected"), NEWSREAD15_CONTROLS)
def test_newsread15_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# controls whose "of" phrase names the one acted on: that party never becomes the doer toward the other phrase's party
NEWSREAD15_PATIENT_CONTROLS: list[tuple[str, tuple[str, str]]] = [
    ("The expulsion of Russian diplomats from Poland angered Moscow.", ("RUS", "POL")),
    ("The extradition of a Russian businessman to the United States angered Moscow.", ("RUS", "USA")),
    ("The recognition of Palestine by Spain angered Israel.", ("PSE", "ISR")),
    ("The criticism of China by the United States grew sharper this week.", ("CHN", "USA")),
    ("The release of two Israeli hostages to the Red Cross in Gaza was confirmed.", ("ISR", "PSE")),
    # added after a probe of the first draft read them so: an "of" act noun whose modifier names a party is a danger
    # named, not that party's threat
    ("The threat of Russian attacks on Poland worries NATO planners.", ("RUS", "POL")),
    ("The threat of Iranian retaliation against Israel remains high.", ("IRN", "ISR")),
    ("The arrest of two Chinese nationals in the Philippines was confirmed on Monday.", ("CHN", "PHL")),
    ("The invitation of the Ukrainian president to Washington was confirmed on Friday.", ("UKR", "USA")),
    ("The deportation of Afghan refugees to Kabul from Pakistan resumed on Monday.", ("AFG", "PAK")),
]


@pytest.mark.parametrize(("text", "pair"), NEWSREAD15_PATIENT_CONTROLS)
def test_newsread15_patient_of_phrase_is_no_doer(rules_nlp: Language, text: str, pair: tuple[str, str]) -> None:
    assert not any((s, t) == pair for s, t, _ in asserted(rules_nlp, text))
