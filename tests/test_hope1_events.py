"""A table of invented sentences for docs/events.md rule 380 (issue 14, session 36, branch hope1): a party that
expresses or voices hope FOR (or about) something with another party ("Egypt voiced hope for better ties with Sudan",
"Japan expressed hope for closer cooperation with South Korea") makes an optimistic comment about that party (CAMEO
013 "make optimistic comment"), as "expressed optimism about its ties with Y" already is. Before, "hope" was a
trigger only before a that-clause (rule 31, `hope_nouns`), so that "hopes of a deal" stays no event; rule 380 adds the
noun "hope" as the object of an expressing verb (`hope_express_verbs`) with a "for" / "about" phrase
(`hope_for_preps`). The party's own ties, talks or cooperation named as the hope's topic stay no act of their own
(rule 377).

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO, the seeds, the news or any
evaluation set; the expected codes were written from the CAMEO code descriptions before the coder changed. Rows
compare the whole set of asserted events, actors on their primary codes. ``XFAIL`` keeps the rows that rule 380 does
not fix, each with why; ``HOPE1_CONTROLS`` must keep their codes.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


HOPE1_SENTENCES: list[tuple[str, Events]] = [
    # voiced / expressed hope for better ties, relations, cooperation with Y: 013 toward Y
    ("Egypt voiced hope for better ties with Sudan.", {("EGY", "SDN", "013")}),
    ("Japan expressed hope for closer cooperation with South Korea.", {("JPN", "KOR", "013")}),
    ("The Polish president voiced hope for improved relations with Lithuania.", {("POL", "LTU", "013")}),
    ("Kenya's foreign minister expressed hope for renewed dialogue with Somalia.", {("KEN", "SOM", "013")}),
    ("Indonesia has expressed hope for stronger trade links with Malaysia.", {("IDN", "MYS", "013")}),
    ("Chile voiced hope for progress in its talks with Argentina.", {("CHL", "ARG", "013")}),
    ("Nigeria expressed hope for lasting peace with Cameroon.", {("NGA", "CMR", "013")}),
    ("Turkey on Monday voiced hope for a new chapter in relations with Armenia.", {("TUR", "ARM", "013")}),
    ("Germany expressed its hope for a stable partnership with France.", {("DEU", "FRA", "013")}),
    ("Vietnam voiced hope for continued cooperation with Laos.", {("VNM", "LAO", "013")}),
    ("Saudi Arabia expressed hope for warmer ties with Iran.", {("SAU", "IRN", "013")}),
    ("Pakistan expressed hope for normal relations with India.", {("PAK", "IND", "013")}),
    ("Morocco's king voiced hope for closer ties with Algeria.", {("MAR", "DZA", "013")}),
    ("Australia expressed hope about its relationship with China.", {("AUS", "CHN", "013")}),
    ("The Thai prime minister expressed hope for better relations with Myanmar.", {("THA", "MMR", "013")}),
    ("Colombia expressed hope for deeper economic ties with Venezuela.", {("COL", "VEN", "013")}),
    ("Ghana's president voiced hope for a fruitful partnership with Togo.", {("GHA", "TGO", "013")}),
    ("Serbia expressed hope for good neighbourly relations with Croatia.", {("SRB", "HRV", "013")}),
    ("Ethiopia voiced hope for a peaceful settlement with Eritrea.", {("ETH", "ERI", "013")}),
    ("Greece voiced hope for a fair deal with Turkey.", {("GRC", "TUR", "013")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(HOPE1_SENTENCES, XFAIL))
def test_hope1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


HOPE1_CONTROLS: list[tuple[str, Events]] = [
    # a hope with a that-clause keeps its 013 (rule 31)
    ("Hungary expressed hope that Slovakia would reopen the border.", {("HUN", "SVK", "013")}),
    # a hope about one's own process with no partner named is no event (rule 377)
    ("Norway expressed hope for its own economy.", set()),
    # a hope with no party as its topic is no event
    ("Iraq voiced hope for a quick recovery.", set()),
    # hopes that no party expresses stay no event (rule 31's "hopes of a deal")
    ("Hopes of a deal between Israel and Lebanon faded.", set()),
    # the verb "hope" states an intent: today's code
    ("Spain hoped to meet Portugal's prime minister next week.", {("ESP", "PRT", "036")}),
    # declining to comment stays 011; a negated comment is no event
    ("Ireland declined to comment on Britain's plan.", {("IRL", "GBR", "011")}),
    ("Sweden did not comment on Finland's proposal.", set()),
    # optimism expressed keeps its 013
    ("Brazil expressed optimism about Argentina's economy.", {("BRA", "ARG", "013")}),
]


@pytest.mark.parametrize(("text", "expected"), HOPE1_CONTROLS)
def test_hope1_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
