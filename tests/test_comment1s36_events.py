"""A table of invented sentences for docs/events.md rule 377 (issue 14, session 36, branch comment1): a party's
OWN talks, negotiations, dialogue, relations, ties, partnership or cooperation named only as the object of its
optimistic or pessimistic comment ("Turkey was optimistic about its talks with Greece", "Chile voiced confidence in
its negotiations with Peru") are what the comment is about, not an act the sentence reports: the comment is coded
(CAMEO 013 "make optimistic comment", 012 "make pessimistic comment", toward the partner) and the process noun gives
no 04x consult / negotiate nor 050 cooperation of its own. Rule 56b dropped such a topic only when another party was
its actor; rule 377 extends it to the commenter's own process nouns below an optimistic or pessimistic comment. An
act the sentence asserts stays ("Turkey held talks with Greece and was optimistic": the 040 both ways).

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO, the seeds, the news or any
evaluation set; the expected codes were written from the CAMEO code descriptions before the coder changed. Rows
compare the whole set of asserted events, actors on their primary codes. ``XFAIL`` keeps the rows that rule 377 does
not fix, each with why; ``COMMENT1S36_CONTROLS`` must keep their codes. Before rule 377: 7 of the 26 rows,
controls 12 of 12; after: 23 of 26, controls 12 of 12; after rule 380 (hope1): 26 of 26.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]

COMMENT1S36_SENTENCES: list[tuple[str, Events]] = [
    # optimistic (013) about one's own process
    ("Turkey was optimistic about its talks with Greece.", {("TUR", "GRC", "013")}),
    ("Egypt said it was optimistic about negotiations with Ethiopia.", {("EGY", "ETH", "013")}),
    ("Japan was hopeful about its dialogue with China.", {("JPN", "CHN", "013")}),
    ("Kenya expressed optimism about its cooperation with Tanzania.", {("KEN", "TZA", "013")}),
    ("India voiced hope for its talks with Pakistan.", {("IND", "PAK", "013")}),
    ("Brazil expressed confidence in its partnership with Argentina.", {("BRA", "ARG", "013")}),
    ("Mexico is confident about its negotiations with the United States.", {("MEX", "USA", "013")}),
    ("Vietnam remained hopeful about its ties with the Philippines.", {("VNM", "PHL", "013")}),
    ("Ghana was confident about its cooperation with Nigeria.", {("GHA", "NGA", "013")}),
    ("Qatar voiced hope for dialogue with Iran.", {("QAT", "IRN", "013")}),
    ("South Korea expressed confidence in its relations with Japan.", {("KOR", "JPN", "013")}),
    ("Peru said on Tuesday it was optimistic about its talks with Bolivia.", {("PER", "BOL", "013")}),
    ("Morocco expressed optimism about its partnership with Spain.", {("MAR", "ESP", "013")}),
    ("Thailand said it was hopeful about its negotiations with Cambodia.", {("THA", "KHM", "013")}),
    ("Australia expressed optimism about trade talks with China.", {("AUS", "CHN", "013")}),
    ("Canada was confident about its dialogue with India.", {("CAN", "IND", "013")}),
    ("Ukraine voiced hope for its partnership with Poland.", {("UKR", "POL", "013")}),
    ("Jordan said it was optimistic about the talks with Israel.", {("JOR", "ISR", "013")}),
    ("Georgia expressed confidence in its cooperation with Armenia.", {("GEO", "ARM", "013")}),
    # pessimistic (012) about one's own process
    ("Poland was sceptical about its talks with Belarus.", {("POL", "BLR", "012")}),
    ("Armenia was doubtful about its negotiations with Azerbaijan.", {("ARM", "AZE", "012")}),
    ("Serbia expressed pessimism about its relations with Croatia.", {("SRB", "HRV", "012")}),
    ("Norway was doubtful about talks with Russia.", {("NOR", "RUS", "012")}),
    ("Sweden was pessimistic about its negotiations with Hungary.", {("SWE", "HUN", "012")}),
    ("Italy has been sceptical about negotiations with Libya.", {("ITA", "LBY", "012")}),
    ("Pakistan was pessimistic about its dialogue with Afghanistan.", {("PAK", "AFG", "012")}),
]

# rule 380 (session 36, hope1): "voiced hope for" is an optimistic comment; the three former strict xfails pass
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(COMMENT1S36_SENTENCES, XFAIL))
def test_comment1s36_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


COMMENT1S36_CONTROLS: list[tuple[str, Events]] = [
    # talks the sentence asserts stay, a comment beside them or not
    ("Turkey held talks with Greece and was optimistic.", both("TUR", "GRC", "040")),
    ("Japan held talks with China on Friday.", both("JPN", "CHN", "040")),
    ("Morocco and Spain held talks in Rabat.", both("MAR", "ESP", "040")),
    ("Peru held negotiations with Bolivia on Tuesday.", both("PER", "BOL", "046")),
    # another party's act below a comment: rule 56b as before
    ("Israel praised Egypt's decision to hold talks with Hamas.", {("ISR", "EGY", "051")}),
    # comments whose object is no process of one's own keep their code
    ("Mexico was optimistic about trade with the United States.", {("MEX", "USA", "013")}),
    ("Brazil expressed optimism about Argentina's economy.", {("BRA", "ARG", "013")}),
    ("Norway was sceptical about Russia's proposal.", {("NOR", "RUS", "012")}),
    ("Canada was optimistic about its economy.", set()),
    # other comments and acts
    ("Ghana praised Nigeria for its cooperation.", {("GHA", "NGA", "051")}),
    ("Poland criticised Belarus.", {("POL", "BLR", "111")}),
    ("Thailand was hopeful that Cambodia would reopen the border.", {("THA", "KHM", "013")}),
]


@pytest.mark.parametrize(("text", "expected"), COMMENT1S36_CONTROLS)
def test_comment1s36_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
