"""Ceasefires accepted, second round (issue 14, session 33, branch ceasefire2; docs/events.md rule 300).

2025 news on the US-Russia-Ukraine talks and the Middle East writes a truce that parties *accept*: "Israel and Iran
accepted a ceasefire announced by Trump", "Russia and Ukraine accepted an energy truce". Every sentence is our own
invention in that style, none copied from an evaluation or training set. The codes were chosen from the CAMEO codebook
before the coder ran, following the project's conventions for truces: a truce agreed to is 0356 "express intent to
de-escalate military engagement" (rule 187a), as a truce proposal taken up is (rule 107b, toward the proposer), not
0871 "declare truce, ceasefire" (the truce is taken up, not declared) nor 057 "sign formal agreement" (nothing is
signed); one way toward a named party, mutual between conjoined subjects. Controls: a truce declared (0871), signed
(057), violated (196) or rejected (1246) keeps its own code; a negated or hypothetical acceptance asserts nothing.

Each row: (sentence, the asserted events, exactly: (source, target, code), actors on their primary codes).
"""

from __future__ import annotations

from spacy.language import Language

from .event_sentences import asserted, both, table_test

Events = set[tuple[str, str, str]]


CEASEFIRE2: list[tuple[str, Events]] = [
    # a truce accepted: 0356, mutual between conjoined subjects, one way toward a named party
    ("Israel and Iran accepted a ceasefire announced by Trump on Monday.", both("ISR", "IRN", "0356")),
    ("Russia and Ukraine accepted a 30-day energy truce.", both("RUS", "UKR", "0356")),
    ("Israel and Hamas accepted the Gaza ceasefire on Thursday.", both("ISR", "PSE", "0356")),
    ("Hamas accepted the ceasefire with Israel.", {("PSE", "ISR", "0356")}),
    ("Kyiv accepted a truce with Moscow on strikes against energy infrastructure.", {("UKR", "RUS", "0356")}),
    ("Israel and Hamas accepted the ceasefire deal.", both("ISR", "PSE", "0356")),
    # a truce proposal taken up or turned down (rules 107b, 187d)
    ("Ukraine accepted the US proposal for a 30-day ceasefire.", {("UKR", "USA", "0356")}),
    ("Russia rejected a 30-day ceasefire with Ukraine.", {("RUS", "UKR", "1246")}),
    # controls: declared, signed, violated keep their codes
    ("Putin declared an Easter truce with Ukraine on Saturday.", {("RUS", "UKR", "0871")}),
    ("Israel and Hamas signed the ceasefire agreement in Sharm el-Sheikh.", both("ISR", "PSE", "057")),
    ("Russia violated the energy truce with Ukraine.", {("RUS", "UKR", "196")}),
    # controls: negated and hypothetical acceptances assert nothing
    ("Hamas did not accept the ceasefire with Israel.", set()),
    ("Russia may accept a ceasefire with Ukraine next month.", set()),
]

# rows the change leaves, each with why
XFAIL: dict[str, str] = {
    "Israel and Hamas accepted the ceasefire deal.": (
        "the parser makes 'deal' a clausal complement (ccomp) of 'accepted', not its object: no event"
    ),
    "Ukraine accepted the US proposal for a 30-day ceasefire.": (
        "the parser hangs 'for a 30-day ceasefire' on the verb, so the proposal names no truce: 030 (rule 99a)"
    ),
}


def check(nlp: Language, text: str, expected: Events) -> None:
    assert asserted(nlp, text) == expected


test_ceasefire2_sentences = table_test(CEASEFIRE2, check, XFAIL)


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in CEASEFIRE2}
