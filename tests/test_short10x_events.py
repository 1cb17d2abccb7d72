"""The speaker's own country named by "his / her country" in a reported clause whose subject is another state
(issue 14, session 33, branch short10x; docs/events.md rule 311): "Ecuador's president said Peru had never
threatened his country". Rule 151 reads "his country" as the speaker's state, but left it uncoded whenever a
clause with an actor subject of its own stood between ("X said Y had betrayed his country": whose?). A person's
"his" / "her" cannot name a bare state ("Peru") or a plural ("Peruvian troops"), so such a subject no longer
makes the possessive ambiguous; a singular person, title or role subject still does, and "its" stays ambiguous
beside any actor subject.

Every sentence is our own invention in the style of 2025 wire news, none copied from an evaluation set. The
expected source, target, CAMEO root and mode were chosen from the CAMEO code descriptions
(/work/shared/data/cameo-eventcodes.tsv) before the coder ran; the test compares the root, the actors on their
primary codes, and the mode. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import table_cases
from .test_short2_sentences import ASSERTED, NEGATED, events_of

# (sentence, source, target, CAMEO code chosen beforehand, mode)
SHORT10X_SENTENCES: list[tuple[str, str, str, str, str]] = [
    ("The Armenian prime minister said Azerbaijan had attacked his country overnight.", "AZE", "ARM", "190", ASSERTED),
    ("Pakistan's defence minister said India had threatened his country with war.", "IND", "PAK", "130", ASSERTED),
    ("The Danish prime minister said the United States had threatened her country.", "USA", "DNK", "130", ASSERTED),
    ("Cambodia's prime minister said Thailand had invaded his country.", "THA", "KHM", "190", ASSERTED),
    ("Serbia's president said Croatia had criticized his government unfairly.", "HRV", "SRB", "111", ASSERTED),
    (
        "The Lithuanian foreign minister said Belarus had accused his government of provocation.",
        "BLR",
        "LTU",
        "112",
        ASSERTED,
    ),
    ("The Iranian foreign minister said Israel had attacked his country in June.", "ISR", "IRN", "190", ASSERTED),
    ("Kenya's president said Uganda had not threatened his country.", "UGA", "KEN", "130", NEGATED),
    (
        "Venezuela's foreign minister said Guyanese troops had attacked his country's border post.",
        "GUY",
        "VEN",
        "190",
        ASSERTED,
    ),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "source", "target", "code", "mode"), table_cases(SHORT10X_SENTENCES, XFAIL))
def test_short10x_his_country_after_a_state_subject(
    rules_nlp: Language, text: str, source: str, target: str, code: str, mode: str
) -> None:
    found = {(s, t, c[:2], m) for s, t, c, m in events_of(rules_nlp, text)}
    assert (source, target, code[:2], mode) in found


# -- controls: a subject between that could own the possessive keeps it ambiguous: nothing toward the speaker -----

SHORT10X_CONTROLS: list[tuple[str, str]] = [
    ("Ecuador's president said the Peruvian president had threatened his country.", "ECU"),
    ("Ecuador said Peru had threatened its country.", "ECU"),
    ("Ecuador said Peru had threatened his country.", "ECU"),
    ("The Armenian prime minister said the Azerbaijani leader had insulted his government.", "ARM"),
]


@pytest.mark.parametrize(("text", "speaker"), SHORT10X_CONTROLS)
def test_short10x_ambiguous_possessive_names_no_target(rules_nlp: Language, text: str, speaker: str) -> None:
    assert not any(t == speaker for _, t, _, _ in events_of(rules_nlp, text))


def test_short10x_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in SHORT10X_SENTENCES}
