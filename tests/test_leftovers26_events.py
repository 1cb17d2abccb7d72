"""Leftovers of the humanitarian tables (issue 14, session 32, branch leftovers26; docs/events.md rule 276).

Each sentence is our own construction in the style of 2025 news, none copied from an evaluation set or the news
excerpts. The expected codes were written from the CAMEO codebook (/work/shared/data) before the coder ran:
(a) people held or the bodies of the dead received from a party are that party's return, as "returned the bodies
to Y" is (084 bodies, 0841 persons; "return, release"), not a visit hosted (043); (b) patients evacuated "from X to
Y" are humanitarian aid (073) to X, whose people they are, not to the destination; (c) aid workers let in are
international involvement allowed (086, "allow international involvement"), an appeal for it 0255 ("appeal for
target to allow international involvement"); (d) two parties that "each" released people held, no recipient named,
release them to each other (0841 both ways); (e) protection or asylum offered to refugees is the intent to give
material aid of no sub-code, 033 ("express intent to provide material aid"), since asylum (075) has no intent
sub-code and 0334 is military protection. Controls keep their readings.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


LEFTOVERS26_SENTENCES: list[tuple[str, Events]] = [
    # (a) the returned received from a party: the giver's return
    ("Israel received the remains of two hostages from Hamas.", {("PSE", "ISR", "084")}),
    ("Kyiv received the bodies of 909 fallen soldiers from Moscow.", {("RUS", "UKR", "084")}),
    ("Ukraine received 150 prisoners of war from Russia.", {("RUS", "UKR", "0841")}),
    ("Armenia received four detainees from Azerbaijan.", {("AZE", "ARM", "0841")}),
    # (b) patients evacuated from X to Y: aid to X
    ("Italy airlifted 20 wounded children from Gaza to Rome.", {("ITA", "PSE", "073")}),
    ("The UAE evacuated 60 sick Palestinians from Gaza to Abu Dhabi.", {("ARE", "PSE", "073")}),
    ("The WHO evacuated 25 patients from Sudan to Egypt.", {("IGO", "SDN", "073")}),
    # (c) aid workers let in, and appeals for it
    ("Egypt allowed aid workers into Gaza.", {("EGY", "PSE", "086")}),
    ("The UN urged Sudan to allow humanitarian workers into Darfur.", {("IGO", "SDN", "0255")}),
    ("The EU called on Israel to let aid workers into Gaza.", {("IGO", "ISR", "0255")}),
    # (d) each side released people held, no recipient named
    ("Armenia and Azerbaijan each released 32 detainees.", both("ARM", "AZE", "0841")),
    ("Russia and Ukraine each released 150 prisoners of war on Friday.", both("RUS", "UKR", "0841")),
    ("Israel and Hamas each freed dozens of captives.", both("ISR", "PSE", "0841")),
    # (e) protection offered to refugees: intent to give material aid (033)
    ("Germany offered protection to 50,000 Ukrainian refugees.", {("DEU", "UKR", "033")}),
    ("Canada offered protection to thousands of Afghan refugees.", {("CAN", "AFG", "033")}),
    ("Spain offered asylum to 500 Venezuelan refugees.", {("ESP", "VEN", "033")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS26_SENTENCES, XFAIL))
def test_leftovers26_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: goods received, refugees received, soldiers evacuated, workers of no aid, releases with a recipient -

LEFTOVERS26_CONTROLS: list[tuple[str, Events]] = [
    ("Ukraine received air defence systems from Germany.", {("DEU", "UKR", "072")}),
    ("Poland received 2,000 refugees from Ukraine.", set()),
    ("Ukraine received the bodies on Friday, officials said.", set()),
    ("Poland evacuated its citizens from Israel to Warsaw.", set()),
    ("Qatar allowed migrant workers to change jobs.", {("QAT", "QAT", "080")}),
    ("Russia and Ukraine exchanged 84 prisoners.", both("RUS", "UKR", "0841")),
    ("France and Germany each sent aid to Ukraine.", {("FRA", "UKR", "070"), ("DEU", "UKR", "070")}),
    ("The United States offered protection to Taiwan.", {("USA", "TWN", "0334")}),
]


@pytest.mark.parametrize(("text", "expected"), LEFTOVERS26_CONTROLS)
def test_leftovers26_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
