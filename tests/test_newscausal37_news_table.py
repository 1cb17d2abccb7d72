"""Issue 13, session 31, newscausal37 (docs/causal.md round 78): a tenth table of made-up sentences in the style of
2025 news, this one on the news ways of stating a cause that a sentence detector may miss: a fronted participle or an
"after" clause stated as the reason ("Fearing reprisals, ...", "resigned after an audit exposed fraud"), "prompting",
"sparking", "triggered", "in response to", "in retaliation for", "drove", "forced X to", "left X without", a nominal
"the blockade's impact on", and a fronted "Citing X, Y". Each row has the cause -> effect pairs a careful reader would
mark, written before the stage was run; the controls must give no claim: a temporal "after" with no causal reading,
lists, a quoted or reported intention, and a fronted "Citing" of a source. None is copied from an evaluation set. A
row passes when every expected pair is matched by one claim and no claim is left over, a match being the scorer's
(``../shared/eval/score.py``: token Jaccard >= 0.5 on both the cause and the effect). Rows the shipped stage does not
get are strict xfails with the general reason. Round 78's rule (``fronted_citing``: a sentence-initial "Citing X, Y"
gives the actor's reason X for the main clause Y, as the trailing "Y, citing X" has since round 7, with the same
sources left out) takes the two fronted "Citing" rows. The before and after counts are in docs/causal.md round 78 and
BENCHMARKS.md.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .causal_sentences import (
    claim_pairs,
    news_table_tests,
    settings_set,
)

CAUSAL: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Fearing reprisals, thousands of residents fled the town overnight.",
        [("Fearing reprisals", "thousands of residents fled the town overnight")],
    ),
    (
        "The defence minister resigned after an audit exposed fraud in drone purchases.",
        [("an audit exposed fraud in drone purchases", "The defence minister resigned")],
    ),
    (
        "Israel struck targets in southern Lebanon, prompting Hezbollah to fire rockets at Haifa.",
        [("Israel struck targets in southern Lebanon", "Hezbollah to fire rockets at Haifa")],
    ),
    (
        "The killing of a student protester sparked riots across the capital.",
        [("The killing of a student protester", "riots across the capital")],
    ),
    (
        "Police fired tear gas at the crowd, sparking clashes that lasted into the night.",
        [("Police fired tear gas at the crowd", "clashes that lasted into the night")],
    ),
    (
        "A drone strike on the power plant triggered blackouts across Kharkiv.",
        [("A drone strike on the power plant", "blackouts across Kharkiv")],
    ),
    (
        "The court's decision to jail the mayor triggered mass protests in Istanbul.",
        [("The court's decision to jail the mayor", "mass protests in Istanbul")],
    ),
    (
        "In response to the new tariffs, Beijing imposed export controls on rare earths.",
        [("the new tariffs", "Beijing imposed export controls on rare earths")],
    ),
    (
        "India launched missile strikes on Pakistan in retaliation for the massacre of tourists.",
        [("the massacre of tourists", "India launched missile strikes on Pakistan")],
    ),
    (
        "Soaring bread prices drove thousands of people onto the streets of Nairobi.",
        [("Soaring bread prices", "thousands of people onto the streets of Nairobi")],
    ),
    (
        "The fighting has driven more than 100,000 people from their homes in North Kivu.",
        [("The fighting", "more than 100,000 people from their homes in North Kivu")],
    ),
    (
        "The pilots' strike forced the airline to cancel 300 flights.",
        [("The pilots' strike", "the airline to cancel 300 flights")],
    ),
    (
        "Heavy shelling forced residents of the village to flee to Zaporizhzhia.",
        [("Heavy shelling", "residents of the village to flee to Zaporizhzhia")],
    ),
    (
        "The attack on the grid left two million people without power.",
        [("The attack on the grid", "two million people without power")],
    ),
    (
        "Aid agencies warned of the blockade's impact on food supplies in Gaza.",
        [("the blockade", "food supplies in Gaza")],
    ),
    (
        "Students marched in Belgrade after the collapse of a railway station canopy killed 16 people.",
        [
            ("the collapse of a railway station canopy killed 16 people", "Students marched in Belgrade"),
            ("the collapse of a railway station canopy", "16 people"),
        ],
    ),
    (
        "Angered by the election result, opposition supporters set fire to a police station.",
        [("Angered by the election result", "opposition supporters set fire to a police station")],
    ),
    (
        "Citing security concerns, the embassy suspended visa services.",
        [("security concerns", "the embassy suspended visa services")],
    ),
    (
        "Citing a lack of progress, Hamas pulled its negotiators out of the talks in Doha.",
        [("a lack of progress", "Hamas pulled its negotiators out of the talks in Doha")],
    ),
    (
        "The ceasefire collapsed on Sunday, prompting fears of a wider war.",
        [("The ceasefire collapsed on Sunday", "fears of a wider war")],
    ),
    (
        "Dock workers walked out in response to the planned layoffs.",
        [("the planned layoffs", "Dock workers walked out")],
    ),
    (
        "The tariffs drove up prices for American consumers.",
        [("The tariffs", "prices for American consumers")],
    ),
]

CONTROLS: list[str] = [
    "The president arrived in Kyiv after a ten-hour train journey.",
    "After the meeting, the two foreign ministers held a joint press conference.",
    "The summit will take place after the elections in March.",
    "The talks covered trade, security, migration and energy.",
    "Sanctions, tariffs and export controls are all on the table, officials said.",
    '"We will respond to any attack," the defence minister said.',
    "The government said it plans to raise fuel subsidies next year.",
    "The prime minister vowed to rebuild the hospital within a year.",
    "Citing unnamed officials, the newspaper said the talks had stalled.",
]
XFAIL_CAUSAL: dict[int, str] = {
    15: "a causal verb inside an 'after' clause of reason ('the collapse ... killed 16 people'): the span tagger's"
    " pair takes the clause's subject as the cause of the main clause and no claim is drawn for 'killed' (with or"
    " without round 78)",
}
XFAIL_CONTROLS: dict[int, str] = {}


TestNewsTable = news_table_tests(CAUSAL, CONTROLS, XFAIL_CAUSAL, XFAIL_CONTROLS, size=31, switches=("fronted_citing",))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Citing security concerns, the embassy suspended visa services.",
            ("security concerns", "the embassy suspended visa services"),
        ),
        (
            "Citing health reasons, the president cancelled his trip to Brussels.",
            ("health reasons", "the president cancelled his trip to Brussels"),
        ),
    ],
)
def test_a_fronted_citing_gives_its_reason_only_when_on(causal_nlp: Language, text: str, want: tuple[str, str]) -> None:
    with settings_set(causal_nlp, fronted_citing=False):
        assert claim_pairs(causal_nlp, text) == []
    with settings_set(causal_nlp, fronted_citing=True):
        assert claim_pairs(causal_nlp, text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # a source cited, not a reason: the trailing rule's sources (a named one, or a noun of `citing_sources`)
        "Citing unnamed officials, the newspaper said the talks had stalled.",
        "Citing Reuters, the agency said two ships were hit.",
        "Citing data from the central bank, analysts said inflation slowed in May.",
        # the trailing "Y, citing X" is read as before
        "The embassy suspended visa services, citing security concerns.",
    ],
)
def test_a_cited_source_and_a_trailing_citing_stay(causal_nlp: Language, text: str) -> None:
    with settings_set(causal_nlp, fronted_citing=False):
        off = claim_pairs(causal_nlp, text)
    with settings_set(causal_nlp, fronted_citing=True):
        assert claim_pairs(causal_nlp, text) == off
