"""Four readings left at the end of session 31 (issue 14, session 32, branch leftovers27; docs/events.md rule 277).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set or the news
excerpts; the codes were written from the CAMEO codebook (../shared/data/cameo-eventcodes.tsv) before the coder was
run. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``).
277a: a leader's name written in lower case as the object ("Trump criticised zelenskiy", "Merz met zelensky in
Berlin"), which the tagger read as a common-noun root or an adverb. 277b: praise or criticism of another's stance
"on" a topic is aimed at the stance's owner; the topic ("the talks", "the sanctions") is no act of its own. 277c:
"triggered the snapback of UN sanctions on Y": the subjects impose the sanctions, the UN names the regime. 277d: an
appeal to press or sanction a third party ("urged allies to keep up pressure on Moscow") asks the addressee to yield
nothing: 020, not 025; a halt asked ("to stop harassing") stays 025. ``XFAIL`` keeps the rows the change does not fix.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


def each(sources: tuple[str, ...], target: str, code: str) -> Events:
    """The same act by each of several sources."""
    return {(s, target, code) for s in sources}


LEFTOVERS27_SENTENCES: list[tuple[str, Events]] = [
    # -- 277a: a lower-case name as the object
    ("Trump criticised zelenskiy.", {("USA", "UKR", "111")}),
    ("Merz met zelensky in Berlin.", both("DEU", "UKR", "040")),
    ("Erdogan hosted putin in Ankara.", {("TUR", "RUS", "043")}),
    ("Macron phoned putin on Sunday.", {("FRA", "RUS", "041")}),
    ("Starmer praised zelensky on Monday.", {("GBR", "UKR", "051")}),
    ("Poland condemned lukashenko.", {("POL", "BLR", "111")}),
    # -- 277b: praise or criticism of another's stance on a topic
    ("The Kremlin praised Washington's stance on the talks.", {("RUS", "USA", "051")}),
    ("China praised Brazil's position on the war in Ukraine.", {("CHN", "BRA", "051")}),
    ("Zelensky praised Germany's stance on the sanctions.", {("UKR", "DEU", "051")}),
    ("Hungary praised Slovakia's position on the gas talks.", {("HUN", "SVK", "051")}),
    ("Iran criticised France's stance on the talks.", {("IRN", "FRA", "111")}),
    # -- 277c: a measure under another's name put in force by the subject
    (
        "Britain, France and Germany triggered the snapback of UN sanctions on Iran.",
        each(("GBR", "FRA", "DEU"), "IRN", "163"),
    ),
    ("The E3 triggered the snapback of UN sanctions on Iran.", each(("GBR", "FRA", "DEU"), "IRN", "163")),
    ("France and Britain reimposed UN sanctions on Iran.", each(("FRA", "GBR"), "IRN", "163")),
    ("Germany triggered the return of UN sanctions on Iran.", {("DEU", "IRN", "163")}),
    ("France imposed EU sanctions on Iran.", {("FRA", "IRN", "163")}),
    ("Britain reimposed UN sanctions on Tehran on Sunday.", {("GBR", "IRN", "163")}),
    # -- 277d: an appeal to press or sanction a third party
    (
        "Zelensky urged Germany and France to keep up pressure on Moscow.",
        {("UKR", "DEU", "020"), ("UKR", "FRA", "020")},
    ),
    ("Zelensky urged Trump to put pressure on Putin.", {("UKR", "USA", "020")}),
    ("Sybiha urged Washington to increase pressure on Russia.", {("UKR", "USA", "020")}),
    ("Israel called on the United States to boycott Iran.", {("ISR", "USA", "020")}),
    ("Zelensky urged allies to keep up pressure on Moscow.", set()),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS27_SENTENCES, XFAIL))
def test_leftovers27_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: capitalised names, a stance with no topic, the UN's own sanctions, halts asked, other appeals --------

LEFTOVERS27_CONTROLS: list[tuple[str, Events]] = [
    ("Trump criticised Zelenskiy.", {("USA", "UKR", "111")}),
    ("Russia struck ukraine again.", {("RUS", "UKR", "190")}),
    ("The Kremlin praised Washington's stance.", {("RUS", "USA", "051")}),
    ("Peskov criticized Trump's statements on Ukraine.", {("RUS", "USA", "111")}),
    ("The UN Security Council reimposed sanctions on Iran.", {("IGO", "IRN", "163")}),
    ("Russia condemned US sanctions on Iran.", {("RUS", "USA", "111")}),
    ("The United States imposed new sanctions on Iran's oil exports.", {("USA", "IRN", "163")}),
    ("The Philippines asked China to stop harassing Filipino fishermen.", {("PHL", "CHN", "025")}),
    ("China urged the United States to stop pressuring Chinese firms.", {("CHN", "USA", "025")}),
    ("Macron urged Russia to halt its offensive.", {("FRA", "RUS", "0256")}),
    ("Zelensky urged Germany to send more air defence systems.", {("UKR", "DEU", "0232")}),
]


@pytest.mark.parametrize(("text", "expected"), LEFTOVERS27_CONTROLS)
def test_leftovers27_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
