"""October-November 2025 sanctions news (issue 14, session 30, branch sanctions2; docs/events.md rule 249).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set or the news
excerpts. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_pipeline``). A company is its state's business actor, so its events reduce to the state's code here
(``asserted`` keeps the primary code: Rosneft and Lukoil are RUS). Sanctions imposed and purchases halted are CAMEO
163; an exemption, waiver or relief from sanctions or tariffs granted is 085, asked for 0254, refused 1244 (rule
249: "a sanctions waiver", "sanctions relief" as a two-word noun is the easing, not a sanction). ``XFAIL`` keeps the
rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

SANCTIONS2_SENTENCES: list[tuple[str, Events]] = [
    # sanctions on the oil companies, the EU's 19th package, matching measures
    ("The United States imposed sanctions on Rosneft and Lukoil.", {("USA", "RUS", "163")}),
    ("The US Treasury sanctioned Rosneft and Lukoil on Wednesday.", {("USA", "RUS", "163")}),
    ("Britain imposed sanctions on Rosneft and Lukoil last week.", {("GBR", "RUS", "163")}),
    (
        "The EU adopted its 19th sanctions package against Russia, banning imports of Russian LNG.",
        {("IGO", "RUS", "163")},
    ),
    ("The EU's 19th package bans imports of Russian LNG from January 2027.", {("IGO", "RUS", "163")}),
    ("Tokyo joined Washington in sanctioning Russian oil companies.", {("JPN", "RUS", "163")}),
    # refiners cutting or pausing purchases
    ("Indian refiners halted purchases of Russian oil.", {("IND", "RUS", "163")}),
    ("Reliance Industries paused imports of Russian crude.", {("IND", "RUS", "163")}),
    ("Chinese state refiners suspended purchases of Russian oil.", {("CHN", "RUS", "163")}),
    ("Sinopec and PetroChina suspended seaborne purchases of Russian oil.", {("CHN", "RUS", "163")}),
    # rejections
    ("The US Treasury rejected Gunvor's bid for Lukoil's foreign assets.", {("USA", "CHE", "1211")}),
    ("Washington rejected Lukoil's proposal to sell its assets to Gunvor.", {("USA", "RUS", "1211")}),
    ("The United States rejected Hungary's request for a sanctions waiver.", {("USA", "HUN", "1244")}),
    ("The United States rejected Hungary's request for sanctions relief.", {("USA", "HUN", "1244")}),
    # waivers, exemptions, licences
    ("Washington granted Hungary a sanctions waiver.", {("USA", "HUN", "085")}),
    ("The US gave Hungary a sanctions exemption.", {("USA", "HUN", "085")}),
    ("The US granted Hungary a tariff exemption.", {("USA", "HUN", "085")}),
    ("Washington granted Hungary a waiver from sanctions on Russian oil.", {("USA", "HUN", "085")}),
    ("The United States exempted Hungary from sanctions on Russian oil and gas.", {("USA", "HUN", "085")}),
    ("Hungary asked Washington for a sanctions waiver.", {("HUN", "USA", "0254")}),
    ("Hungary requested a sanctions waiver from the United States.", {("HUN", "USA", "0254")}),
    ("Canada sought sanctions relief from Washington.", {("CAN", "USA", "0254")}),
    (
        "The US Treasury granted Lukoil a licence to wind down its operations in Bulgaria.",
        {("USA", "RUS", "085")},
    ),
    ("Britain granted Rosneft a licence to wind down its transactions.", {("GBR", "RUS", "085")}),
]

# "joined Washington in sanctioning", "sought sanctions relief from Y" and the two wind-down licences pass since
# rule 254 (session 31, sanctions3)
XFAIL: dict[str, str] = {
    "The US Treasury rejected Gunvor's bid for Lukoil's foreign assets.": (
        "Gunvor is not in the actor codebook; the target is taken from the assets' owner (USA -> RUS 120)"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(SANCTIONS2_SENTENCES, XFAIL))
def test_sanctions2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: trade that goes on, a sale under pressure, sanctions kept -----------------------------------------

SANCTIONS2_CONTROLS: list[tuple[str, Events]] = [
    ("India continued to buy Russian oil.", {("IND", "RUS", "061")}),
    ("China bought more Russian oil in October.", {("CHN", "RUS", "061")}),
    ("Lukoil was forced to sell its foreign assets.", set()),
    ("The EU renewed its sanctions against Russia.", {("IGO", "RUS", "163")}),
    ("The US imposed sanctions on Iran despite waiver requests.", {("USA", "IRN", "163")}),
    ("The sanctions waiver expired on Friday.", set()),
    ("The United States refused to lift sanctions on Russia.", {("USA", "RUS", "1244")}),
]


@pytest.mark.parametrize(("text", "expected"), SANCTIONS2_CONTROLS)
def test_sanctions2_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
