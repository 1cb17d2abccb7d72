"""A state's administrative act on its own people, in 2025 wire style (issue 14, session 33, branch short15x;
docs/events.md rule 289).

A curfew or a state of emergency imposed, declared, lifted or ended, and a political party banned, suspended or
dissolved, name no other party: the government acts on its own population (CAMEO 1723 "impose curfew", 1724 "impose
state of emergency or martial law", 0813 / 0814 their ease, 1722 "ban political parties or politicians"). CAMEO codes
them as domestic events, the state toward its own country (``KENGOV -> KEN``); the coder coded no event, as a
trigger with a source and no target gives none (the five one-party rows of ``test_short13_events``).

Every sentence is our own invention, none copied from an evaluation set. The expected {(source, target, code)}
(actors on their primary codes, the whole code) were chosen from the CAMEO codebook before the coder ran. A row
marked ``EXACT`` must give exactly its set (the controls: no domestic pair beside a named foreign target, none
none without a doer, none for a hedged or negated act); the others must contain it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]
EXACT, CONTAINS = "exact", "contains"

SHORT15X_SENTENCES: list[tuple[str, Events, str]] = [
    # curfews imposed, declared, lifted, relaxed
    (
        "Pakistani authorities imposed a curfew in Quetta on Sunday after deadly clashes.",
        {("PAK", "PAK", "1723")},
        CONTAINS,
    ),
    ("Kenyan police imposed a night curfew in Nakuru on Tuesday.", {("KEN", "KEN", "1723")}, CONTAINS),
    ("Sri Lanka declared an island-wide curfew on Monday.", {("LKA", "LKA", "1723")}, CONTAINS),
    ("Bangladesh's interim government lifted the nationwide curfew on Wednesday.", {("BGD", "BGD", "0813")}, CONTAINS),
    ("Syrian authorities relaxed the curfew in Latakia on Saturday.", {("SYR", "SYR", "0813")}, CONTAINS),
    # states of emergency declared, lifted, ended
    ("Nepal declared a state of emergency after violent protests in Kathmandu.", {("NPL", "NPL", "1724")}, CONTAINS),
    (
        "Ecuador's president declared a state of emergency in three provinces on Friday.",
        {("ECU", "ECU", "1724")},
        CONTAINS,
    ),
    ("Peru's government has lifted the state of emergency in Lima.", {("PER", "PER", "0814")}, CONTAINS),
    ("Serbia ended the state of emergency it had declared in March.", {("SRB", "SRB", "0814")}, CONTAINS),
    # parties banned, suspended, dissolved
    ("Mali's military junta dissolved all political parties in May.", {("MLI", "MLI", "1722")}, CONTAINS),
    ("Algeria's interior ministry suspended an opposition party on Thursday.", {("DZA", "DZA", "1722")}, CONTAINS),
    ("A Bangladeshi court banned the opposition Jamaat party on Tuesday.", {("BGD", "BGD", "1722")}, CONTAINS),
    # controls: a foreign party named stays the target, and no domestic pair is added beside it
    ("Israel imposed a curfew on the Palestinian town of Jenin on Sunday.", {("ISR", "PSE", "1723")}, EXACT),
    # expected 020 before the first run; the codebook's 0251 "appeal for easing of administrative sanctions" is finer
    ("Kenya urged Somalia to lift its curfew.", {("KEN", "SOM", "0251")}, EXACT),
    ("The United States lifted sanctions on Syria on Friday.", {("USA", "SYR", "085")}, EXACT),
    # control: a doer that is no state keeps the place as its target (CODREB -> COD, coded so before rule 289; the
    # expected set was empty before the first run, which the domestic convention does not support), no CVL pair
    ("M23 rebels imposed a curfew in Goma on Saturday.", {("COD", "COD", "1723")}, EXACT),
    # martial law, no event by rule 245's convention when this table was written, is a state of emergency toward the
    # country's people since rule 313 (session 34, martial1x)
    ("Pakistan's army chief declared martial law on Sunday.", {("PAK", "PAK", "1724")}, EXACT),
    # controls: no doer, a hedged or negated act: no asserted event
    ("The curfew in Colombo was lifted on Monday.", set(), EXACT),
    ("Nepal's state of emergency ended on Sunday.", set(), EXACT),
    ("Peru may declare a state of emergency in Lima, the premier said.", set(), EXACT),
    ("Pakistan has not imposed a curfew in Quetta, officials said.", set(), EXACT),
]

# rows the rule does not fix, each with why
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected", "how"), table_cases(SHORT15X_SENTENCES, XFAIL))
def test_short15x_sentence(rules_nlp: Language, text: str, expected: Events, how: str) -> None:
    found = asserted(rules_nlp, text)
    assert found == expected if how == EXACT else expected <= found


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in SHORT15X_SENTENCES}
