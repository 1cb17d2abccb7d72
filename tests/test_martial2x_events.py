"""Restrictions on a state's own people lifted, eased, ended, relaxed or scrapped, in 2025 wire style (issue 14,
session 35, branch martial2x; docs/events.md rule 341).

CAMEO's 081 family names what is eased: 0811 "ease restrictions on political freedoms" (the press, assembly), 0812
"ease ban on political parties or politicians", 0813 "ease curfew", 0814 "ease state of emergency or martial law".
A ban lifted on parties or politicians is 0812 toward the country's opposition (its own code, where "lift ban" alone
is the bare 081), a ban on rallies or on the press 0811; "ease / scrap" a curfew or a state of emergency read as
"lift" / "end" do. With no second party named each is toward the state's own people (rules 289, 313, 336). Lifting
sanctions or trade restrictions on another state stays 085 (rule 317); a trophy or spirits lifted are no event.

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

MARTIAL2X_SENTENCES: list[tuple[str, Events, str]] = [
    # a ban on parties or politicians lifted or scrapped: 0812
    ("Tanzania's government lifted the ban on opposition parties on Tuesday.", {("TZA", "TZA", "0812")}, EXACT),
    ("Guinea's junta lifted its ban on political parties ahead of the vote.", {("GIN", "GIN", "0812")}, EXACT),
    ("Burkina Faso's junta scrapped the ban on political parties in March.", {("BFA", "BFA", "0812")}, EXACT),
    ("Mali's military government eased its ban on party politics.", {("MLI", "MLI", "0812")}, EXACT),
    ("Thailand's election commission lifted the ban on opposition politicians.", {("THA", "THA", "0812")}, EXACT),
    # a ban on a freedom lifted: 0811
    ("Zimbabwe's government lifted a ban on opposition rallies in Harare.", {("ZWE", "ZWE", "0811")}, EXACT),
    ("Ethiopia's government lifted the ban on independent media on Friday.", {("ETH", "ETH", "0811")}, EXACT),
    # curfews eased or scrapped: 0813
    ("The Nepali government eased the curfew in Kathmandu on Wednesday.", {("NPL", "NPL", "0813")}, EXACT),
    ("Bangladesh's interim government scrapped the curfew in Dhaka.", {("BGD", "BGD", "0813")}, EXACT),
    # states of emergency and martial law eased or scrapped: 0814
    ("Peru's government scrapped the state of emergency in Lima.", {("PER", "PER", "0814")}, EXACT),
    ("Ecuador's president eased the state of emergency in Guayaquil.", {("ECU", "ECU", "0814")}, EXACT),
    ("Sri Lanka's president scrapped emergency rule on Friday.", {("LKA", "LKA", "0814")}, EXACT),
    ("Yoon Suk Yeol lifted martial law hours after declaring it.", {("KOR", "KOR", "0814")}, CONTAINS),
    ("Serbia's government relaxed restrictions on public assembly.", {("SRB", "SRB", "0811")}, EXACT),
    # controls: sanctions and trade restrictions on another state (085, rule 317), a trade ban scrapped, a trophy and
    # spirits lifted
    ("The United States lifted sanctions on Syria.", {("USA", "SYR", "085")}, EXACT),
    ("China eased its trade restrictions on Australian barley.", {("CHN", "AUS", "085")}, EXACT),
    ("India scrapped its ban on rice exports to Bangladesh.", {("IND", "BGD", "085")}, EXACT),
    ("The Argentine captain lifted the trophy in Doha.", set(), EXACT),
    ("The victory lifted spirits in Kyiv.", set(), EXACT),
]

# rows the rule does not fix, each with why
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected", "how"), table_cases(MARTIAL2X_SENTENCES, XFAIL))
def test_martial2x_sentence(rules_nlp: Language, text: str, expected: Events, how: str) -> None:
    found = asserted(rules_nlp, text)
    assert found == expected if how == EXACT else expected <= found


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in MARTIAL2X_SENTENCES}
