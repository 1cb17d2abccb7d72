"""Martial law, emergency rule and curfews, in 2025 wire style (issue 14, session 34, branch martial1x;
docs/events.md rule 313).

One convention for a state's emergency powers over its own people: martial law declared, imposed or extended is
CAMEO 1724 "impose state of emergency or martial law", as a state of emergency or emergency rule is, and a curfew
1723 "impose curfew"; lifting or ending them is 0814 "ease state of emergency or martial law" / 0813 "ease curfew".
With no second party named, each is toward the state's own people (``XXXGOV -> XXXCVL``, rule 289), martial law
included (rules 245 and 260 had left it no event). A foreign state urging another to lift it is an appeal for the
easing of administrative sanctions (0251) toward that state. An "emergency decree" alone is a decree, no state of
emergency; martial arts, a party's own "state of emergency" and metaphors are no event.

Every sentence is our own invention, none copied from an evaluation set. The expected {(source, target, code)}
(actors on their primary codes, the whole code) were chosen from the CAMEO codebook (/work/shared/data) before the
coder ran. A row marked ``EXACT`` must give exactly its set; the others must contain it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]
EXACT, CONTAINS = "exact", "contains"

MARTIAL1X_SENTENCES: list[tuple[str, Events, str]] = [
    # martial law declared, imposed, extended
    ("Myanmar's junta declared martial law in 63 townships on Friday.", {("MMR", "MMR", "1724")}, CONTAINS),
    ("Bangladesh's army chief imposed martial law across the country on Monday.", {("BGD", "BGD", "1724")}, CONTAINS),
    ("Ukrainian lawmakers extended martial law until November.", {("UKR", "UKR", "1724")}, CONTAINS),
    # martial law lifted, ended
    ("The Philippine president lifted martial law in Mindanao on Thursday.", {("PHL", "PHL", "0814")}, CONTAINS),
    ("Thailand's military government ended martial law in the southern provinces.", {("THA", "THA", "0814")}, CONTAINS),
    ("South Korea's president lifted martial law hours after declaring it.", {("KOR", "KOR", "0814")}, CONTAINS),
    # emergency rule and states of emergency in a region
    (
        "Ethiopia's government declared emergency rule in the Amhara region on Sunday.",
        {("ETH", "ETH", "1724")},
        CONTAINS,
    ),
    (
        "Sri Lanka's president imposed emergency rule after violent protests in Colombo.",
        {("LKA", "LKA", "1724")},
        CONTAINS,
    ),
    ("Nigeria's president lifted emergency rule in Rivers State on Wednesday.", {("NGA", "NGA", "0814")}, CONTAINS),
    (
        "Mozambique's government extended the state of emergency in Cabo Delgado by 30 days.",
        {("MOZ", "MOZ", "1724")},
        CONTAINS,
    ),
    # curfews after riots, and lifted
    (
        "Kenyan authorities imposed a dusk-to-dawn curfew in Nairobi after riots on Tuesday.",
        {("KEN", "KEN", "1723")},
        CONTAINS,
    ),
    ("Togo's government imposed a curfew in Lome after two nights of rioting.", {("TGO", "TGO", "1723")}, CONTAINS),
    ("The Pakistani government lifted the curfew in Karachi on Saturday.", {("PAK", "PAK", "0813")}, CONTAINS),
    # a threat of martial law toward the state's own people
    ("Moldova's president threatened to impose martial law.", {("MDA", "MDA", "1324")}, CONTAINS),
    # a foreign state urging another to lift martial law: an appeal toward that state, no domestic pair beside it
    ("Japan urged Thailand to lift martial law.", {("JPN", "THA", "0251")}, EXACT),
    ("The United States called on Myanmar's military to end martial law.", {("USA", "MMR", "0251")}, EXACT),
    # controls: no doer, martial arts, a party's own emergency, metaphors, an emergency decree
    ("Ukraine has been under martial law since February 2022.", set(), EXACT),
    ("Chinese martial arts schools reopened in Beijing on Monday.", set(), EXACT),
    ("Britain's Conservative Party declared a state of emergency in the party after its defeat.", set(), EXACT),
    ("Critics said the new security law amounts to martial law by another name.", set(), EXACT),
    ("The coach imposed a curfew on his players before the final.", set(), EXACT),
    ("Peru's government issued an emergency decree on fuel prices.", set(), EXACT),
]

# rows the rule does not fix, each with why
# "South Korea's president lifted martial law hours after declaring it." passes since rule 341 (session 35,
# martial2x): the parser's "martial law hours", headed by "hours", reads as martial law (0814)
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected", "how"), table_cases(MARTIAL1X_SENTENCES, XFAIL))
def test_martial1x_sentence(rules_nlp: Language, text: str, expected: Events, how: str) -> None:
    found = asserted(rules_nlp, text)
    assert found == expected if how == EXACT else expected <= found


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in MARTIAL1X_SENTENCES}
