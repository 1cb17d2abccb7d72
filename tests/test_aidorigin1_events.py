"""Aid stopped by a third party, its giver named as the aid noun's modifier or possessor (issue 14, session 41,
branch aidorigin1; docs/events.md rule 443).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set or the news excerpts. The
real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).

The construction: "Hungary blocked EU military aid to Ukraine", "Austria froze the European Union's loan to Serbia",
"Poland halted German arms deliveries to Ukraine". The verb is the `reduce` wrapper (CAMEO 162x "reduce or stop
aid"), its object an aid noun whose giver is named as its compound, adjective or possessor, and whose recipient is
named by its "to" / "for" phrase. By CAMEO 162x and the project's convention for a stopped act (rule 55: the giver is
the source, the recipient the target; rule 442b: "Slovakia blocked a new tranche of European military aid to Ukraine"
SVK -> UKR 1622), the actor who stops the aid acts on the party that would receive it; the giver named beside the aid
is neither the blocker nor the one the aid was for, so it is no target (as a giver in a "from" phrase already was
not). Controls: the aid's own giver stopping it keeps its code (rule 54b); a possessor who is the applicant of a bid or
a measure's owner under a veto keeps its target (rule 134d, a veto aimed at the body); an aid noun whose modifier is
the only party named (no recipient) keeps its target; aid given, not stopped, keeps the giver's own act.
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


AIDORIGIN1_SENTENCES: list[tuple[str, Events]] = [
    # a demonym or acronym giver as the aid noun's modifier
    ("Hungary blocked EU military aid to Ukraine on Tuesday, diplomats in Brussels said.", {("HUN", "UKR", "1622")}),
    ("Hungary suspended EU military aid to Ukraine.", {("HUN", "UKR", "1622")}),
    (
        "Poland halted German arms deliveries to Ukraine through the Rzeszow hub, the defence ministry said on Monday.",
        {("POL", "UKR", "1622")},
    ),
    ("The Netherlands froze the IMF loan to Pakistan after the audit.", {("NLD", "PAK", "1621")}),
    ("Slovakia suspended European military assistance to Moldova last week.", {("SVK", "MDA", "1622")}),
    (
        "Bulgaria on Friday halted Russian fuel shipments to Serbia, citing the sanctions regime.",
        {("BGR", "SRB", "16")},
    ),
    ("Kenya froze World Bank loans to Somalia, according to a finance ministry statement.", {("KEN", "SOM", "1621")}),
    ("Croatia cut EU development aid to Bosnia.", {("HRV", "BIH", "1621")}),
    ("Romania withheld NATO military aid to Moldova for two weeks.", {("ROU", "MDA", "1622")}),
    ("Egypt blocked Qatari economic aid to Gaza in March, two officials said.", {("EGY", "PSE", "1621")}),
    # a possessive giver
    ("Austria withheld the European Union's financial aid to Serbia.", {("AUT", "SRB", "1621")}),
    ("Hungary blocked the EU's military aid to Ukraine for a third time.", {("HUN", "UKR", "1622")}),
    (
        "Turkey suspended Azerbaijan's military assistance to Georgia, Turkish officials said on Wednesday.",
        {("TUR", "GEO", "1622")},
    ),
    ("Italy froze France's economic aid to Tunisia.", {("ITA", "TUN", "1621")}),
    ("Greece cut the United States' military aid to Cyprus.", {("GRC", "CYP", "1622")}),
    # an acronym or name modifier on an amount or a loan
    (
        "Hungary on Thursday blocked a 6 billion euro tranche of EU military aid to Ukraine, three diplomats said.",
        {("HUN", "UKR", "1622")},
    ),
    ("Slovakia froze the IMF's loan to Ukraine.", {("SVK", "UKR", "1621")}),
    ("Lithuania halted Polish military supplies to Ukraine.", {("LTU", "UKR", "1622")}),
    # the giver in a "from" phrase (already no target)
    ("Hungary blocked military aid from the European Union to Ukraine.", {("HUN", "UKR", "1622")}),
    ("Pakistan suspended economic aid from China to Afghanistan.", {("PAK", "AFG", "1621")}),
    # "for" the recipient
    ("Israel froze Qatari funding for Gaza.", {("ISR", "PSE", "1621")}),
    ("Slovakia blocked EU military aid for Ukraine.", {("SVK", "UKR", "1622")}),
    # delayed
    ("Slovakia delayed NATO military assistance to Moldova.", {("SVK", "MDA", "1622")}),
    ("Hungary delayed the EU's military aid to Ukraine by a month.", {("HUN", "UKR", "1622")}),
    # added after the first run (probes of the rule's reach): a passive with its "by" agent, a stated intent, a threat
    ("EU military aid to Ukraine was suspended by Hungary.", {("HUN", "UKR", "1622")}),
    ("Slovakia said it would suspend EU military aid to Ukraine.", {("SVK", "UKR", "1311")}),
    ("Hungary threatened to block EU military aid to Ukraine.", {("HUN", "UKR", "1311")}),
]

XFAIL: dict[str, str] = {
    "Israel froze Qatari funding for Gaza.": 'the parser hangs "for Gaza" on the verb, where "for" names no target',
    "Slovakia delayed NATO military assistance to Moldova.": '"delay" is no `reduce` verb: a delay is no stop',
    "Hungary delayed the EU's military aid to Ukraine by a month.": '"delay" is no `reduce` verb: a delay is no stop',
    "Hungary threatened to block EU military aid to Ukraine.": "the threat wrapper finds the targets",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(AIDORIGIN1_SENTENCES, XFAIL))
def test_aidorigin1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    found = asserted(rules_nlp, text)
    # a root-only expectation ("16") accepts any code of that root, the same pair
    if any(len(c) == 2 for _, _, c in expected):
        found = {(s, t, c[:2]) for s, t, c in found}
    assert found == expected


AIDORIGIN1_CONTROLS: list[tuple[str, Events]] = [
    # the modifier is the target: an applicant's bid, a measure's owner under a veto (rule 134d)
    ("Hungary blocked Ukraine's membership of the EU.", {("HUN", "UKR", "120")}),
    ("Hungary vetoed the EU's sanctions on Russia.", {("HUN", "IGO", "120")}),
    # the aid's own giver stops it (rules 54b, 55)
    ("The United States suspended American military aid to Pakistan.", {("USA", "PAK", "1622")}),
    ("The United States suspended its military aid to Pakistan.", {("USA", "PAK", "1622")}),
    ("Japan froze Japanese loans to Myanmar.", {("JPN", "MMR", "1621")}),
    ("Congress cut US economic aid to Egypt.", {("USA", "EGY", "1621")}),
    ("Germany cut military aid to Niger.", {("DEU", "NER", "1622")}),
    # aid given, not stopped: the giver's own act, the recipient its target
    ("The EU approved new military aid to Ukraine.", {("IGO", "UKR", "072")}),
    ("Germany sent German military aid to Ukraine.", {("DEU", "UKR", "072")}),
    # the modifier the only party named: no recipient to take its place
    ("Hungary blocked the EU's military aid.", {("HUN", "IGO", "1622")}),
    # the owner is the recipient named as possessor
    ("The United States suspended Egypt's military aid.", {("USA", "EGY", "1622")}),
    # sanctions, not aid: the owner stays (a veto of a body's measure)
    ("Hungary blocked EU sanctions against Russia.", {("HUN", "IGO", "120")}),
]


@pytest.mark.parametrize(("text", "expected"), AIDORIGIN1_CONTROLS)
def test_aidorigin1_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
