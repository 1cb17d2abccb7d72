"""Pre-tokenised text (Penn-Treebank style) given its normal spacing by the ingest cleaner (issue 14, session 36,
branch spacing1; docs/architecture.md "Offsets and provenance", ``tokenized_spacing`` in
``detente/data/ingest/cleaning.yml``).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set, the seeds or the news
excerpts. A document written the tokenised way ("Turkey 's army would n't leave , officials said .", "( AFP )",
"-LRB- AFP -RRB-", "`` quoted ''", "a two - year deal", "$ 3 . 5 billion") is cleaned into the text a wire writes
("Turkey's army wouldn't leave, officials said.") by deletions of spaces and replacements of the Treebank's bracket
and quote tokens only (brackets keep their spaces, "( AFP )": joined, the spaCy model parsed an acronym in brackets
worse on the ConfliBERT train sentences), so every character left maps back to the raw character it came from. Each
row gives the raw sentence, the cleaned text expected, and the events (CAMEO codes as the codebook gives them) that
the rules-only coder must assert on the cleaned text; ``XFAIL`` keeps, with why, the rows whose events the cleaning
does not put right. ``SPACING1_CONTROLS`` are ordinary prose (and prose with Treebank quotes but normal spacing, as
the PLOVER texts are): cleaning leaves them byte-identical.
"""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from detente.ingest.clean import clean
from detente.ingest.segment import split_sentences

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

# (raw pre-tokenised text, the cleaned text expected, the events asserted on it)
SPACING1_SENTENCES: list[tuple[str, str, Events]] = [
    (
        "Turkey 's defence ministry accused Greece of violating its airspace on Tuesday , officials said .",
        "Turkey's defence ministry accused Greece of violating its airspace on Tuesday, officials said.",
        {("TUR", "GRC", "1123")},
    ),
    (
        "Brazil 's president visited Argentina on Friday .",
        "Brazil's president visited Argentina on Friday.",
        {("BRA", "ARG", "042")},
    ),
    (
        "Canada imposed new sanctions on Iran 's Revolutionary Guards on Monday , the foreign ministry said .",
        "Canada imposed new sanctions on Iran's Revolutionary Guards on Monday, the foreign ministry said.",
        {("CAN", "IRN", "163")},
    ),
    (
        "Israel ’ s air force struck targets in southern Lebanon overnight , the army said .",
        "Israel's air force struck targets in southern Lebanon overnight, the army said.",
        {("ISR", "LBN", "195")},
    ),
    (
        "Germany pledged $ 3 . 5 billion in humanitarian aid to Ukraine -LRB- Reuters -RRB- .",
        "Germany pledged $3.5 billion in humanitarian aid to Ukraine ( Reuters ).",
        {("DEU", "UKR", "0333")},
    ),
    (
        "Japan signed a two - year defence pact with the Philippines on Thursday ( AFP ) .",
        "Japan signed a two-year defence pact with the Philippines on Thursday ( AFP ).",
        {("JPN", "PHL", "057"), ("PHL", "JPN", "057")},
    ),
    (
        "`` We will not tolerate this , '' Iran 's foreign minister said after Israel attacked Tehran .",
        '"We will not tolerate this," Iran\'s foreign minister said after Israel attacked Tehran.',
        {("ISR", "IRN", "190")},
    ),
    (
        "Ethiopia 's government accused Eritrea of backing rebels in Tigray , a charge Asmara denied .",
        "Ethiopia's government accused Eritrea of backing rebels in Tigray, a charge Asmara denied.",
        {("ETH", "ERI", "112")},
    ),
    (
        "Police in Nairobi arrested two Ugandan opposition activists on Sunday , the interior ministry said .",
        "Police in Nairobi arrested two Ugandan opposition activists on Sunday, the interior ministry said.",
        {("KEN", "UGA", "173")},
    ),
    (
        "Mr . Macron praised India 's role in the talks , calling it `` indispensable '' .",
        'Mr. Macron praised India\'s role in the talks, calling it "indispensable".',
        {("FRA", "IND", "051")},
    ),
    (
        "Pakistan 's army said on Wednesday it had killed 12 militants near the Afghan border .",
        "Pakistan's army said on Wednesday it had killed 12 militants near the Afghan border.",
        {("PAK", "PAK", "190")},
    ),
    (
        "China 's coast guard fired water cannon at a Philippine supply vessel , Manila said .",
        "China's coast guard fired water cannon at a Philippine supply vessel, Manila said.",
        {("CHN", "PHL", "190")},
    ),
    (
        "South Korea 's president hosted Indonesia 's president in Seoul on Monday .",
        "South Korea's president hosted Indonesia's president in Seoul on Monday.",
        {("KOR", "IDN", "043"), ("IDN", "KOR", "042")},
    ),
    (
        "Venezuela expelled Argentina 's diplomats and accused Buenos Aires of meddling , state media said .",
        "Venezuela expelled Argentina's diplomats and accused Buenos Aires of meddling, state media said.",
        {("VEN", "ARG", "161"), ("VEN", "ARG", "112")},
    ),
    (
        "Hungary 's prime minister criticised the European Commission 's migration plan on Friday .",
        "Hungary's prime minister criticised the European Commission's migration plan on Friday.",
        {("HUN", "IGO", "111")},
    ),
    (
        "Sudan 's army shelled Rapid Support Forces positions in Omdurman , witnesses said .",
        "Sudan's army shelled Rapid Support Forces positions in Omdurman, witnesses said.",
        {("SDN", "SDN", "194")},
    ),
    (
        "Nigeria 's air force bombed a Boko Haram camp in Borno state -LRB- AP -RRB- .",
        "Nigeria's air force bombed a Boko Haram camp in Borno state ( AP ).",
        {("NGA", "NGA", "195")},
    ),
    (
        "Qatar released three detained Americans on Saturday , the U.S. State Department said .",
        "Qatar released three detained Americans on Saturday, the U.S. State Department said.",
        {("QAT", "USA", "0841")},
    ),
    # abbreviations and initials split from their point: "Mr . X", "U . S ."
    (
        "The U . S . imposed sanctions on Nicaragua 's vice president on Tuesday .",
        "The U.S. imposed sanctions on Nicaragua's vice president on Tuesday.",
        {("USA", "NIC", "163")},
    ),
    (
        "The U . K . expelled two Russian diplomats on Thursday , the Foreign Office said .",
        "The U.K. expelled two Russian diplomats on Thursday, the Foreign Office said.",
        {("GBR", "RUS", "161")},
    ),
    (
        "Mr . Erdogan accused Israel of war crimes in Gaza on Wednesday .",
        "Mr. Erdogan accused Israel of war crimes in Gaza on Wednesday.",
        {("TUR", "ISR", "1124")},
    ),
    ("Mr . Lula visited China on Tuesday .", "Mr. Lula visited China on Tuesday.", {("BRA", "CHN", "042")}),
    (
        "Poland ’ s foreign minister condemned Russia ’ s drone incursion into Polish airspace .",
        "Poland's foreign minister condemned Russia's drone incursion into Polish airspace.",
        {("POL", "RUS", "111")},
    ),
    (
        "Egypt ’ s president hosted Jordan ’ s king in Cairo on Sunday .",
        "Egypt's president hosted Jordan's king in Cairo on Sunday.",
        {("EGY", "JOR", "043")},
    ),
    (
        "Gen . Burhan rejected a U . S . proposal for a ceasefire in Sudan , officials said .",
        "Gen. Burhan rejected a U.S. proposal for a ceasefire in Sudan, officials said.",
        {("SDN", "USA", "1246")},
    ),
    (
        "Kenya 's President William Ruto met U . N . Secretary - General Antonio Guterres in Nairobi .",
        "Kenya's President William Ruto met U.N. Secretary-General Antonio Guterres in Nairobi.",
        {("KEN", "IGO", "040"), ("IGO", "KEN", "040")},
    ),
]

# the rows the cleaning does not put right: each fails the same way on the raw text (before) and the cleaned one
XFAIL: dict[str, str] = {
    "Japan signed a two - year defence pact with the Philippines on Thursday ( AFP ) .": "the credit line "
    "'( AFP )' is resolved as France, which joins the signing (057 both ways), raw and cleaned alike",
    "Ethiopia 's government accused Eritrea of backing rebels in Tigray , a charge Asmara denied .": "no accusation "
    "coded before the appositive 'a charge Asmara denied', raw and cleaned alike",
    "Pakistan 's army said on Wednesday it had killed 12 militants near the Afghan border .": "'the Afghan border' "
    "makes the unnamed militants' target Afghanistan, raw and cleaned alike",
    "China 's coast guard fired water cannon at a Philippine supply vessel , Manila said .": "water cannon is "
    "coded 175 (violent repression) against a foreign vessel, raw and cleaned alike",
    "South Korea 's president hosted Indonesia 's president in Seoul on Monday .": "the host's 043 only, the "
    "guest's 042 is not coded, raw and cleaned alike",
    "Poland ’ s foreign minister condemned Russia ’ s drone incursion into Polish airspace .": "the incursion noun "
    "adds a Russia -> Poland event beside the condemnation (195 raw, 150 cleaned)",
}


@pytest.mark.parametrize(("raw", "cleaned", "events"), SPACING1_SENTENCES)
def test_spacing1_raw_text_is_cleaned_to_normal_spacing(raw: str, cleaned: str, events: Events) -> None:
    assert clean(raw).text == cleaned


# a Treebank token replaced by the character it stands for: the only characters that differ from their raw one
TOKENS = {"(": ("-LRB-",), ")": ("-RRB-",), '"': ("``", "''")}


@pytest.mark.parametrize(("raw", "cleaned", "events"), SPACING1_SENTENCES)
def test_spacing1_every_clean_character_maps_back_to_its_raw_character(raw: str, cleaned: str, events: Events) -> None:
    mapped = clean(raw)
    assert mapped.to_raw == sorted(mapped.to_raw) and len(mapped.to_raw) == len(mapped.text) + 1
    for i, ch in enumerate(mapped.text):
        r = mapped.to_raw[i]
        if raw[r] == ch or (ch == "'" and raw[r] == "’"):
            continue
        assert any(raw.startswith(token, r) for token in TOKENS.get(ch, ())), (i, ch, raw[r : r + 5])
    # every word of the cleaned text is the raw text at the span it maps to
    for word_start, word_end in ((m.start(), m.end()) for m in re.finditer(r"\w+", mapped.text)):
        s, e = mapped.raw_span(word_start, word_end)
        assert raw[s:e] == mapped.text[word_start:word_end]


@pytest.mark.parametrize(("raw", "cleaned", "events"), table_cases(SPACING1_SENTENCES, XFAIL))
def test_spacing1_cleaned_sentence_codes_its_events(
    rules_nlp: Language, raw: str, cleaned: str, events: Events
) -> None:
    assert asserted(rules_nlp, clean(raw).text) == events


SPACING1_CONTROLS: list[str] = [
    "Turkey's defence ministry accused Greece of violating its airspace on Tuesday, officials said.",
    "Germany pledged $3.5 billion to Ukraine (Reuters). Kyiv welcomed the aid - its largest this year.",
    "A two - year truce - agreed in Doha - held, officials said.",
    "Iraq said it would allow inspectors in ``without conditions'' to ``remove any doubts.''",
    'The minister said: "We won\'t leave." Then he left .',
    "Talks resumed on Monday , officials said. The delegations met in Geneva, Oslo and Vienna, and agreed to meet.",
    "Japan's exports rose 1.5% in May, the ministry said.\n\nAnalysts expected a 2.0% rise.",
    "Police arrested 1,044 protesters in Lima, Peru, on May 5, 2025.",
]


@pytest.mark.parametrize("text", SPACING1_CONTROLS)
def test_spacing1_control_prose_is_left_byte_identical(text: str) -> None:
    mapped = clean(text)
    assert mapped.text == text
    assert mapped.to_raw == list(range(len(text) + 1))


def test_spacing1_cleaned_document_keeps_its_sentences() -> None:
    raw = "Kenya 's president arrived in Kampala on Monday , officials said . He met Uganda 's president .\n"
    mapped = clean(raw)
    sentences = [mapped.text[s:e] for s, e in split_sentences(mapped.text)]
    assert sentences == [
        "Kenya's president arrived in Kampala on Monday, officials said.",
        "He met Uganda's president.",
    ]
    s, e = mapped.raw_span(*split_sentences(mapped.text)[1])
    assert raw[s:e] == "He met Uganda 's president ."
