"""The analysis piece's own voice, 2025 news style (issue 14, session 34, branch newsprec11; docs/events.md rule 321).

Each sentence is our own construction in the style of 2025 analysis pieces and op-eds, none copied from an
evaluation set or the news excerpts; its asserted events were written from the CAMEO codebook before the coder ran
(CAMEO roots; a careful coder asserts no event or exactly one). An analysis piece speaks in its own voice -- "the
author contends", "the writer argues", "the editors write", "the essay argues", "this writer maintains" -- and what
that voice says will happen, or is happening, is the piece's view: no party stated it and no act is reported
(rule 200 reads a commentator's clause so; rule 321 counts the piece and its author among commentators, and
"contend" among the verbs that report a claim). A past act the piece tells stays as coded, as rule 200 keeps an
analyst's; a party that contends keeps its claim (rule 60b: "X contended Y was behind the attack" is 112). The real
spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``).
``NEWSPREC11_XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

from spacy.language import Language

from .event_sentences import coded, table_test

Roots = set[tuple[str, str, str]]

NONE: Roots = set()

# -- the piece's own voice on what will happen or is happening: no event ---------------------------------------------

NEWSPREC11_VOICE: list[tuple[str, Roots]] = [
    ("Moscow will escalate its attacks on Ukraine's power grid this winter, the author argues.", NONE),
    ("Washington will eventually lift sanctions on Russia, the writer contends.", NONE),
    ("The author argues that Russia will attack Moldova next.", NONE),
    ("The authors contend that Washington will cut military aid to Ukraine.", NONE),
    ("Russia is preparing a new offensive in Zaporizhzhia, the author believes.", NONE),
    ("China will keep supplying drone parts to Russia, the writer predicts.", NONE),
    ("Beijing is quietly arming Moscow, the editors write.", NONE),
    ("Trump will pressure Zelensky to give up the Donbas, the essay contends.", NONE),
    ("The article argues that European troops will deploy to Ukraine after a ceasefire.", NONE),
    ("Putin will invade the Baltic states if he wins in Ukraine, this writer maintains.", NONE),
    ("Washington will sell Tomahawk missiles to Kyiv before the summer, the editorial argues.", NONE),
]

# -- controls: a past act the piece tells, and a party that contends ------------------------------------------------

NEWSPREC11_CONTROLS: list[tuple[str, Roots]] = [
    (
        "Ukraine struck an oil refinery in Russia's Volgograd region on Saturday, the writer notes.",
        {("UKR", "RUS", "19")},
    ),
    ("Washington imposed sanctions on Rosneft and Lukoil in October, the authors write.", {("USA", "RUS", "16")}),
    ("Poland expelled a Russian diplomat on Friday, a move the author calls overdue.", {("POL", "RUS", "16")}),
    ("Zelensky contended on Monday that Russia was behind the drone incursion into Poland.", {("UKR", "RUS", "11")}),
    ("Lavrov contended on Tuesday that Kyiv was to blame for the collapse of the talks.", {("RUS", "UKR", "11")}),
]

NEWSPREC11_XFAIL: dict[str, str] = {
    "China will keep supplying drone parts to Russia, the writer predicts.": (
        "parser: 'the writer predicts' is tagged a noun compound ('predicts' NNS), the object of 'keep', so there is "
        "no speech verb and no speaker; with 'the analyst predicts' the model parses a verb and the view codes nothing"
    ),
    "Lavrov contended on Tuesday that Kyiv was to blame for the collapse of the talks.": (
        "'to blame for' names a culprit only for a coded act or an incident noun (rule 60b); 'the collapse of the "
        "talks' is neither, so no 112 -- the same with 'said', so not a matter of 'contend'"
    ),
}


def check_roots(nlp: Language, text: str, expected: Roots) -> None:
    assert coded(nlp, text)[1] == expected


test_newsprec11_voice = table_test(NEWSPREC11_VOICE, check_roots, NEWSPREC11_XFAIL)
test_newsprec11_controls = table_test(NEWSPREC11_CONTROLS, check_roots, NEWSPREC11_XFAIL)
