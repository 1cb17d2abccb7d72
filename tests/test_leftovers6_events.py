"""Leftovers of round 2 in 2025 wire style (issue 14, session 29, branch leftovers6; docs/events.md rule 219).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts; the codes were
written from the CAMEO codebook before the coder was run on the fresh rows. The real spaCy model, ``actor_resolver``
and ``event_coder`` run with the learned layer off (``rules_pipeline``). Three general causes:

- a halt of talks after a name in a line the tagger gives no finite verb: "Trump(nsubj) suspended(VBN, amod)
  negotiations(ROOT) with Canada" had the talks noun code 046 both ways; the past tense is made the verb as rule 204
  makes "relaxed" one (164, halt negotiations);
- a veto noun under a light verb ("cast its veto against the resolution") reads its "against" / "on" measure as the
  verb "veto" reads its object (rule 134d), and a measure's venue ("the resolution in the UN Security Council")
  names the body whose measure it is, for a veto (129) and for a vote (rule 211a: 120 / 051);
- a bare "the administration" takes no country from its own sentence ("The administration imposed sanctions on
  Rosneft" was RUSGOV -> RUSBUS): only the previous sentence's, as a sentence-initial bare role does.

``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

ROWS: list[tuple[str, Events]] = [
    # halt of talks, the past tense read as a participle after a name (164)
    ("Trump suspended trade negotiations with Canada.", {("USA", "CAN", "164")}),
    ("Trump suspended negotiations with Canada.", {("USA", "CAN", "164")}),
    ("Milei suspended trade negotiations with Brazil.", {("ARG", "BRA", "164")}),
    ("Erdogan suspended negotiations with Greece over the dispute.", {("TUR", "GRC", "164")}),
    ("Modi halted negotiations with Pakistan.", {("IND", "PAK", "164")}),
    ("Trump halted trade talks with India.", {("USA", "IND", "164")}),
    ("India suspended talks with Pakistan.", {("IND", "PAK", "164")}),
    ("Trump ended trade negotiations with Canada over a television advert.", {("USA", "CAN", "164")}),
    # a veto noun under a light verb, a measure's venue (129; votes 120 / 051)
    ("Washington cast its veto against the resolution in the UN Security Council.", {("USA", "IGO", "129")}),
    ("Russia cast its veto against the draft resolution in the Security Council.", {("RUS", "IGO", "129")}),
    ("China used its veto on the resolution at the United Nations.", {("CHN", "IGO", "129")}),
    ("The United States exercised its veto against the Security Council resolution.", {("USA", "IGO", "129")}),
    ("Russia vetoed the resolution in the UN Security Council.", {("RUS", "IGO", "129")}),
    ("Russia vetoed a resolution on Ukraine in the Security Council.", {("RUS", "IGO", "129")}),
    ("France voted against the resolution in the UN General Assembly.", {("FRA", "IGO", "120")}),
    ("Brazil voted in favour of the resolution at the United Nations.", {("BRA", "IGO", "051")}),
    ("Russia cast its veto against a resolution on Ukraine.", {("RUS", "UKR", "129")}),
    ("France vetoed the NATO proposal on Turkey.", {("FRA", "IGO", "129")}),
    # a bare "the administration": the document's government, not its sentence's one country
    ("The administration imposed sanctions on Rosneft.", set()),
    ("The administration imposed new sanctions on Lukoil and Rosneft.", set()),
    ("The administration froze the assets of Gazprom.", set()),
    (
        "The White House said it was losing patience. The administration then imposed sanctions on Lukoil.",
        {("USA", "RUS", "163")},
    ),
    ("The Trump administration imposed sanctions on Rosneft.", {("USA", "RUS", "163")}),
    ("The government arrested opposition leaders in Kenya.", {("KEN", "KEN", "173")}),
    # controls: no halt, no veto, no actor
    ("The suspended negotiations with Canada resumed in May.", set()),
    ("The talks ended on Friday.", set()),
    ("China voted against the resolution in New York.", set()),
    ("The veto power of the permanent members was debated.", set()),
]

# "Trump halted trade talks with India" passes since rule 237a (session 30, americas1: the name root's participle
# over a noun with its own modifiers is made the verb)
XFAIL: dict[str, str] = {
    "Trump ended trade negotiations with Canada over a television advert.": "'end' + talks is left uncoded (talks"
    " ended may have concluded: tariffs1's reason); rule 219 does not add 'ended' to the past forms, as with it the"
    " talks noun was read as held (046 both ways)",
    "Russia cast its veto against a resolution on Ukraine.": "a veto noun with no owner or venue named keeps no"
    " target: the topic party ('on Ukraine') is read only for the verb (rule 134d)",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(ROWS, XFAIL))
def test_leftovers6_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


def test_xfail_rows_are_in_the_table() -> None:
    assert set(XFAIL) <= {row[0] for row in ROWS}
