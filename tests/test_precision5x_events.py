"""A speaker's own "as he ..." clause after a recalled that-clause (issue 14, session 34, branch precision5x;
docs/events.md rule 323).

Wire copy of 2025 reports a leader's act and the history he cites in one sentence: "Erdogan recalled that Greece had
occupied Izmir a century ago as he accused Athens of arming its islands". The small English model hangs the trailing
"as he ..." clause inside the recalled clause (on its last verb), so the act the sentence reports reads as part of the
recalled history: background (rule 185) beside nothing, or under a negated infinitive ("had promised not to expand
eastward as he criticised the alliance": no event at all), and the lone-event convention then keeps the recalled act
(GRC -> TUR 192). The old tables hold two such rows (tests/test_precision3_events.py, HISTORY). Each sentence below
is our own construction in the style of 2025 news, none copied from an evaluation set or the news excerpts, and each
row's codes were written before the coder ran on it. The real spaCy model, ``actor_resolver`` and ``event_coder``
run with the learned layer off (``rules_pipeline``). A ``SPEAKER`` row must code its expected events and no other
asserted event; a ``CONTROL`` row (the act in the main clause, an "as" clause of the recalled clause's own parties,
a that-clause of "said") must keep its expected events, its other events not counted. An expected code matches a
coded one as a prefix, actors on their primary codes. ``XFAIL`` keeps the rows left, each with why.
"""

from __future__ import annotations

from spacy.language import Language

from .event_sentences import asserted, both, prefix_hit, table_test

Expected = set[tuple[str, str, str]]

SPEAKER, CONTROL = "speaker", "control"


# (sentence, kind, {(source, target, CAMEO code or its prefix)} chosen beforehand)
PRECISION5X_SENTENCES: list[tuple[str, str, Expected]] = [
    (
        "Macron recalled that Russia had promised to respect Ukraine's borders as he condemned Moscow on Tuesday.",
        SPEAKER,
        {("FRA", "RUS", "11")},
    ),
    (
        "Erdogan noted that Sweden had sheltered Kurdish militants for years as he criticised Stockholm in Ankara.",
        SPEAKER,
        {("TUR", "SWE", "11")},
    ),
    (
        "Lula recalled that Washington had backed the 1964 coup as he accused the United States of meddling in "
        "Brazil's elections.",
        SPEAKER,
        {("BRA", "USA", "112")},
    ),
    (
        "Zelensky recalled that Moscow had broken every ceasefire as he urged Washington to send more air defences.",
        SPEAKER,
        {("UKR", "USA", "02")},
    ),
    (
        "Sanchez noted that Israel had killed thousands of civilians in Gaza as he condemned the Israeli government.",
        SPEAKER,
        {("ESP", "ISR", "11")},
    ),
    (
        "Merz recalled that Germany had invaded Poland in 1939 as he thanked Warsaw for its help with Ukrainian "
        "refugees.",
        SPEAKER,
        {("DEU", "POL", "051")},
    ),
    (
        "Aliyev reminded reporters that Armenia had occupied Karabakh for three decades as he accused Yerevan of "
        "stalling the peace treaty.",
        SPEAKER,
        {("AZE", "ARM", "112")},
    ),
    (
        "Meloni recalled that Libya had promised to stop the migrant boats as she urged Tripoli to keep its word.",
        SPEAKER,
        {("ITA", "LBY", "02")},
    ),
    (
        "Xi noted that Japan had invaded China in 1937 as he criticised Tokyo's new defence budget.",
        SPEAKER,
        {("CHN", "JPN", "11")},
    ),
    (
        "Ramaphosa recalled that Washington had sanctioned South Africa in the 1980s as he met Trump at the White "
        "House.",
        SPEAKER,
        both("ZAF", "USA", "04"),
    ),
    (
        "Sheinbaum recalled that the United States had seized half of Mexico's territory in 1848 while she "
        "criticised Trump's threat of strikes on cartels.",
        SPEAKER,
        {("MEX", "USA", "11")},
    ),
    (
        "Starmer noted that Russia had promised not to target civilians as he criticised the Kremlin over a strike "
        "on Kyiv.",
        SPEAKER,
        {("GBR", "RUS", "11")},
    ),
    # controls: the act in the main clause, an "as" clause of the recalled clause's own parties, a said-clause
    (
        "Putin criticised NATO on Thursday as he recalled the alliance's promise not to expand eastward.",
        CONTROL,
        {("RUS", "IGO", "11")},
    ),
    (
        "Zelensky thanked Denmark for new F-16 jets as he recalled that Russia had attacked Ukraine in 2014.",
        CONTROL,
        {("UKR", "DNK", "051")},
    ),
    (
        "Erdogan accused Greece of arming its islands as he spoke to reporters in Izmir on Saturday.",
        CONTROL,
        {("TUR", "GRC", "112")},
    ),
    (
        "Modi recalled that Pakistan had attacked India in 1999 as the two armies fought in Kargil.",
        CONTROL,
        {("PAK", "IND", "19")},
    ),
    (
        "Starmer said that Russia had attacked Kyiv again as he met Zelensky in London.",
        CONTROL,
        both("GBR", "UKR", "04"),
    ),
]

XFAIL: dict[str, str] = {
    "Sanchez noted that Israel had killed thousands of civilians in Gaza as he condemned the Israeli government.": (
        "missed ESP -> ISR 11, ISR -> PSE 190 kept: the surname 'Sanchez' alone is no actor (data/actors/people.jsonl "
        "names 'Pedro Sanchez' only), so 'he' names no one, the clause stays where the parser hung it and the "
        "recalled killing is the lone event (actor data, not the construction)"
    ),
}


def check_row(rules_nlp: Language, text: str, kind: str, expected: Expected) -> None:
    found = asserted(rules_nlp, text)
    assert all(prefix_hit(found, want) for want in expected), found
    if kind == SPEAKER:
        assert all(any(prefix_hit({event}, want) for want in expected) for event in found), found


test_precision5x_speaker_as_clauses = table_test(PRECISION5X_SENTENCES, check_row, XFAIL)
