"""Arms control treaties in 2025 wire style (issue 14, session 28, branch treaty1; docs/events.md rule 201).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Codes were
chosen from ``../shared/data/cameo-eventcodes.tsv`` before the coder ran: a treaty signed, extended or renewed
is 057, mutual (rule 5); ratified, one way (rule 21); participation suspended or a treaty left is the ``reduce``
wrapper over the treaty, 160 (rule 170); an alleged violation is an accusation (112); talks proposed 036;
inspections agreed 0355, received 0862, refused 1245. A treaty that "expires", "would lapse" or an arms race
"feared" asserts nothing. ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


TREATY1_SENTENCES: list[tuple[str, Events]] = [
    # signed (mutual)
    ("Russia and the United States signed a new arms control treaty on Friday.", both("RUS", "USA", "057")),
    ("The United States signed an arms control agreement with Russia.", both("USA", "RUS", "057")),
    ("Washington and Moscow signed a treaty limiting strategic nuclear warheads.", both("USA", "RUS", "057")),
    ("China and Russia signed a pact on missile early warning.", both("CHN", "RUS", "057")),
    ("India and Pakistan signed an agreement on the notification of missile tests.", both("IND", "PAK", "057")),
    ("South Korea signed a nuclear cooperation agreement with the United States.", both("KOR", "USA", "057")),
    ("Putin and Trump signed a framework agreement on strategic arms.", both("RUS", "USA", "057")),
    ("US, Russia sign arms control pact", both("USA", "RUS", "057")),
    ("The two presidents signed the treaty in Geneva, Russia and the United States said.", set()),
    # ratified (one way unless both ratify)
    ("Russia ratified the arms control treaty with the United States.", {("RUS", "USA", "057")}),
    ("The US Senate ratified the nuclear agreement with Russia.", {("USA", "RUS", "057")}),
    ("Kazakhstan ratified a nuclear safety agreement with Russia.", {("KAZ", "RUS", "057")}),
    ("Russia and the United States ratified the treaty.", both("RUS", "USA", "057")),
    ("The Russian parliament ratified the treaty with Washington on Wednesday.", {("RUS", "USA", "057")}),
    # extended, renewed
    ("Russia and the United States extended the New START treaty by one year.", both("RUS", "USA", "057")),
    ("Washington and Moscow renewed the nuclear arms treaty.", both("USA", "RUS", "057")),
    ("The United States extended the arms control agreement with Russia.", both("USA", "RUS", "057")),
    ("Russia renewed its missile notification agreement with China.", both("RUS", "CHN", "057")),
    ("Russia and the United States agreed to extend New START.", both("RUS", "USA", "030")),
    # suspended participation, left a treaty (rule 170: the reduce wrapper over a treaty, 160)
    ("Russia suspended its participation in the New START treaty with the United States.", {("RUS", "USA", "160")}),
    ("Russia suspended the arms control treaty with the United States.", {("RUS", "USA", "160")}),
    ("Moscow suspended the New START treaty with Washington in 2023.", {("RUS", "USA", "160")}),
    ("The United States withdrew from the INF treaty with Russia.", {("USA", "RUS", "160")}),
    ("Washington withdrew from the Open Skies Treaty with Moscow.", {("USA", "RUS", "160")}),
    ("Russia pulled out of the arms control agreement with the United States.", {("RUS", "USA", "160")}),
    ("Russia walked away from the missile treaty with Washington.", {("RUS", "USA", "160")}),
    ("The United States tore up the nuclear deal with Iran.", {("USA", "IRN", "160")}),
    ("Iran suspended its cooperation with the International Atomic Energy Agency.", {("IRN", "IGO", "160")}),
    ("North Korea withdrew from the nuclear agreement with South Korea.", {("PRK", "KOR", "160")}),
    ("Russia halted arms control talks with the United States.", {("RUS", "USA", "164")}),
    # violations alleged (112), denied
    ("Washington accused Moscow of violating the INF treaty.", {("USA", "RUS", "112")}),
    ("The United States accused Russia of violating the New START treaty.", {("USA", "RUS", "112")}),
    ("Russia accused the United States of breaching the arms control agreement.", {("RUS", "USA", "112")}),
    # the deployment named is a force posture (15), the accusation's wrong aggression (rule 165a; re-decided in
    # session 29, leftovers4, rule 207)
    ("Moscow accused Washington of violating the treaty by deploying missiles in Europe.", {("RUS", "USA", "1123")}),
    ("The US State Department accused Russia of violating the Chemical Weapons Convention.", {("USA", "RUS", "112")}),
    ("Russia denied violating the New START treaty.", set()),
    # talks on strategic stability proposed, agreed, held
    ("Russia proposed talks with the United States on strategic stability.", {("RUS", "USA", "036")}),
    ("Putin offered to hold nuclear arms talks with Trump.", {("RUS", "USA", "036")}),
    ("The United States proposed arms control negotiations with China.", {("USA", "CHN", "036")}),
    ("Trump said he wanted to resume nuclear talks with Russia.", {("USA", "RUS", "036")}),
    ("Russia and the United States agreed to resume strategic stability talks.", both("RUS", "USA", "036")),
    # talks in a third country are CAMEO 044 "meet at a third location" (row corrected after the first run: 040)
    ("Russian and US negotiators held strategic stability talks in Geneva.", both("RUS", "USA", "044")),
    ("Russia rejected the US proposal for arms control talks.", {("RUS", "USA", "125")}),
    ("China refused to join trilateral arms control talks with the United States.", {("CHN", "USA", "125")}),
    # a treaty rejoined asked for is 022 "appeal for diplomatic cooperation" (corrected after the first run: 020)
    ("Washington urged Moscow to return to the New START treaty.", {("USA", "RUS", "022")}),
    ("The United States called on China to join arms control talks.", {("USA", "CHN", "026")}),
    # inspections agreed, received, refused
    ("Russia agreed to allow US inspectors to visit its nuclear sites.", {("RUS", "USA", "0355")}),
    ("Russia and the United States agreed to resume inspections under New START.", both("RUS", "USA", "0355")),
    ("Russia received US weapons inspectors at a missile base.", {("RUS", "USA", "0862")}),
    ("Iran allowed IAEA inspectors into the Fordow site.", {("IRN", "IGO", "0862")}),
    ("Russia refused to allow US inspectors to visit its nuclear sites.", {("RUS", "USA", "1245")}),
    ("Iran barred IAEA inspectors from its nuclear facilities.", {("IRN", "IGO", "1245")}),
    ("Russia refused inspections by the United States under the treaty.", {("RUS", "USA", "1245")}),
    # 1662 "expel or withdraw inspectors, observers" (corrected after the first run: 1661 is peacekeepers)
    ("Iran expelled IAEA inspectors.", {("IRN", "IGO", "1662")}),
]

# future, hypothetical, feared: no asserted event
TREATY1_NO_EVENT: list[str] = [
    "New START expires in February 2026.",
    "The treaty would lapse unless Russia and the United States agree to extend it.",
    "Analysts fear an arms race between Russia and the United States.",
    "The last arms control treaty between Russia and the United States is due to expire next year.",
    "Experts warn that the collapse of New START could trigger a new arms race.",
    "Without a new treaty, Russia and the United States would face no limits on their arsenals.",
    "If the treaty lapses, Moscow and Washington may expand their nuclear forces.",
    "The New START treaty between Russia and the United States limits each side to 1,550 deployed warheads.",
]

XFAIL: dict[str, str] = {
    "Russia and the United States agreed to resume inspections under New START.": (
        "a coordinated subject agreeing to resume inspections (rule 207c's 'resume inspection' 0862) names no"
        " target: the pair is not read as each side admitting the other's inspectors"
    ),
}
NO_EVENT_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(TREATY1_SENTENCES, XFAIL))
def test_treaty1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(t, marks=pytest.mark.xfail(strict=True, reason=NO_EVENT_XFAIL[t])) if t in NO_EVENT_XFAIL else t
        for t in TREATY1_NO_EVENT
    ],
)
def test_treaty1_control_asserts_no_event(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()
