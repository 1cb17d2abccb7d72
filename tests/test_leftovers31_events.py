"""A known person's surname written in lower case where the tagger reads a common noun (issue 14, session 33, branch
leftovers31; docs/events.md rule 287).

Each sentence is our own, in the style of 2025 wire copy written all in lower case, none copied from an evaluation
set. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``),
on a text published on 2 November 2025; events are compared on primary actor codes and whole CAMEO codes. A surname
that is also an English word ("trump", "tusk") stood as the object of a meeting, a phone call, a praise or a
criticism and named nobody (rule 136a reads a lower-case name only when the model tags it a proper noun or a PERSON
subject). Controls: the same words used as common words (a trump card, "security would trump trade", an elephant
tusk, rice offered, power cut) and a name inside a hyphenated word name nobody. The table was written, codes
included, before the change was run on it; rows that still fail are strict xfails with their reason.
"""

from __future__ import annotations

from spacy.language import Language

from .event_sentences import both, coded, table_test

DATE = "2025-11-02"

Events = set[tuple[str, str, str]]


LEFTOVERS31_SENTENCES: list[tuple[str, Events]] = [
    # a lower-case surname the tagger knows as an English word, as the object
    ("starmer met trump in scotland.", both("GBR", "USA", "040")),
    ("carney met trump in washington.", both("CAN", "USA", "040")),
    ("zelensky met tusk in warsaw.", both("UKR", "POL", "040")),
    ("netanyahu thanked trump for his support.", {("ISR", "USA", "051")}),
    ("putin praised trump for his peace efforts.", {("RUS", "USA", "051")}),
    ("merz criticised trump over tariffs.", {("DEU", "USA", "111")}),
    ("lula accused trump of meddling in brazil.", {("BRA", "USA", "112")}),
    ("erdogan hosted trump in ankara.", {("TUR", "USA", "043")}),
    ("macron hosted tusk in paris.", {("FRA", "POL", "043")}),
    ("zelensky and tusk met in warsaw.", both("UKR", "POL", "040")),
    # ... after a preposition
    ("zelensky met with trump in washington.", both("UKR", "USA", "040")),
    ("putin spoke by phone with trump.", both("RUS", "USA", "041")),
    ("zelensky held talks with trump in new york.", both("UKR", "USA", "040")),
    # ... as the subject
    ("trump met putin in alaska.", both("USA", "RUS", "040")),
    # lower-case names that are no English words (rule 136a, 277a): pinned
    ("putin met witkoff in moscow.", both("RUS", "USA", "040")),
    ("lavrov called rubio on sunday.", {("RUS", "USA", "041")}),
]

# (sentence, a country code no asserted event may hold: the common word's reading as a person)
LEFTOVERS31_CONTROLS: list[tuple[str, str]] = [
    ("the deal is a trump card for kyiv.", "USA"),
    ("netanyahu said hamas held all the trump cards.", "USA"),
    ("starmer said security would trump trade in the talks.", "USA"),
    ("rangers seized an elephant tusk at the border with uganda.", "POL"),
    ("putin said elephant tusk trade must end.", "POL"),
    ("the perfume maker imported musk from nepal.", "USA"),
    ("modi offered rice to sri lanka after the floods.", "USA"),
    ("zelensky said the strike cut power in kharkiv.", "USA"),
    ("kyiv rejected the rubio-style plan.", "USA"),
]

_NOUN_PHRASE_LINE = (
    "the small model parses the whole line as one noun phrase ('macron' an adverbial noun, 'hosted' a modifier of "
    "the root 'tusk'): no subject, so rule 136a reads no 'macron' and rule 287 has no evidence for 'tusk'"
)
_INTERJECTION = (
    "both names are read (rule 287 reads 'tusk', the subject), but the model tags 'zelensky' an interjection "
    "hung on the verb, not a conjunct of the subject, so the meeting has one party"
)
XFAIL: dict[str, str] = {
    "macron hosted tusk in paris.": _NOUN_PHRASE_LINE,
    "zelensky and tusk met in warsaw.": _INTERJECTION,
}


def check_row(rules_nlp: Language, text: str, expected: Events) -> None:
    assert coded(rules_nlp, text, root=False, published=DATE)[1] == expected


def check_control(rules_nlp: Language, text: str, country: str) -> None:
    assert not any(country in (s, t) for s, t, _ in coded(rules_nlp, text, root=False, published=DATE)[1])


test_leftovers31_lower_case_surname_codes_its_events = table_test(LEFTOVERS31_SENTENCES, check_row, XFAIL)
test_leftovers31_common_word_names_nobody = table_test(LEFTOVERS31_CONTROLS, check_control, XFAIL)


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in LEFTOVERS31_SENTENCES + LEFTOVERS31_CONTROLS}
