"""Trade restrictions eased in 2025 wire style (issue 14, session 34, branch americas4; docs/events.md rule 317).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). A restriction or
ban whose compound modifier names trade ("export restrictions", "trade restrictions", "an import ban") is an
economic measure: eased, lifted, relaxed, loosened or removed it is CAMEO 085 "ease economic sanctions, boycott,
embargo", as "eased sanctions" and "eased export controls" are, not the administrative easing (081) the head noun's
own phrase names ("eased restrictions"). Visa rules and restrictions on people keep 081. Expected codes were written
from the CAMEO codebook before the coder ran. Controls: tensions, prices and figures that ease are no act.
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


AMERICAS4_SENTENCES: list[tuple[str, Events]] = [
    # a restriction whose compound names trade, eased by an easing verb: 085 toward the country it applies to
    ("Tokyo relaxed its export restrictions on semiconductor chemicals to Seoul.", {("JPN", "KOR", "085")}),
    ("Washington loosened export restrictions on AI chips to the United Arab Emirates.", {("USA", "ARE", "085")}),
    ("The Trump administration eased export restrictions on Nvidia chips to China.", {("USA", "CHN", "085")}),
    ("Beijing lifted its trade restrictions on Australian barley.", {("CHN", "AUS", "085")}),
    ("India eased import restrictions on Chinese electronics in March.", {("IND", "CHN", "085")}),
    ("Ankara eased trade restrictions on Armenian goods.", {("TUR", "ARM", "085")}),
    ("Japan removed its export restrictions on South Korea.", {("JPN", "KOR", "085")}),
    # a ban whose compound names trade is an embargo: lifted, in part or whole, 085
    ("Russia lifted its export ban on gasoline to Belarus.", {("RUS", "BLR", "085")}),
    ("China partly lifted its import ban on Japanese seafood.", {("CHN", "JPN", "085")}),
    ("Seoul eased its import ban on American beef.", {("KOR", "USA", "085")}),
    ("China eased its ban on Japanese seafood imports.", {("CHN", "JPN", "085")}),
    # sanctions and export controls eased: 085 already (rules 202, 204), pinned
    ("Washington loosened sanctions on Syria.", {("USA", "SYR", "085")}),
    ("The US relaxed its export controls on chip tools to China.", {("USA", "CHN", "085")}),
    # visa rules and restrictions on people are administrative: 081, unchanged
    ("Germany eased visa rules for Indian workers.", {("DEU", "IND", "081")}),
    ("Japan relaxed visa restrictions for Chinese tourists.", {("JPN", "CHN", "081")}),
    ("Israel eased restrictions on Palestinian workers.", {("ISR", "PSE", "081")}),
]

XFAIL: dict[str, str] = {
    "Washington loosened export restrictions on AI chips to the United Arab Emirates.": (
        "the parser reads 'loosened' as a participle modifying 'restrictions' (amod) and 'restrictions' as the root,"
        " so no verb acts on the restrictions (with 'its' before them the row passes)"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(AMERICAS4_SENTENCES, XFAIL))
def test_americas4_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: tensions, prices and figures that ease are no act ------------------------------------------------------

AMERICAS4_CONTROLS: list[str] = [
    "Tensions between India and Pakistan eased after the talks.",
    "Oil prices eased on Friday.",
    "Inflation in Brazil eased in October.",
    "The Mexican peso eased against the dollar.",
    "Japanese exports to South Korea eased in June.",
    "Trade restrictions were discussed at the summit.",
]


@pytest.mark.parametrize("text", AMERICAS4_CONTROLS)
def test_americas4_control_codes_nothing(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()
