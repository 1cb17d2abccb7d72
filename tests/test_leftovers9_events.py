"""Session 29's leftovers: an occupied place reached through a participle, aid in a road carrier, and "its" on an
attack's object in a report (issue 14, session 30, branch leftovers9; docs/events.md rule 234).

Each sentence is our own construction in 2025 wire style, none copied from an evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Expected codes
are from the CAMEO codebook (/work/shared/data). (a) A place named after its occupier ("Russian-occupied Crimea")
under the participle of the object ("the elections held in ...") is reached through the occupier, as the place
alone is reached through its own state (rule 223). (b) Aid that a convoy, truck or lorry carries is humanitarian
aid (073). (c) A singular "its" on the object of an act done to another ("Ukraine attacked its energy sites",
said by Russia) is not the doer's own: it refers above, to the speaker. Controls: the place alone, the occupier's
own act, aid of no carrier, military goods, "its own", a subject's own troops. ``XFAIL`` keeps the rows the change
does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]


LEFTOVERS9_SENTENCES: list[tuple[str, Events]] = [
    # (a) an occupied place in a participle phrase of the object: the occupier (111 criticize or denounce)
    ("Turkey criticized the elections held in Russian-occupied Crimea.", {("TUR", "RUS", "111")}),
    ("France condemned the referendum held in Russian-occupied Kherson.", {("FRA", "RUS", "111")}),
    ("Syria denounced the settlements built in the Israeli-occupied Golan Heights.", {("SYR", "ISR", "111")}),
    ("Germany condemned the vote organised in Russian-occupied Zaporizhzhia.", {("DEU", "RUS", "111")}),
    ("Poland criticized the sham polls staged in Moscow-annexed regions.", {("POL", "RUS", "111")}),
    # controls: the place alone is its state in law; the occupier's own act in its holding is no event
    ("Turkey criticized the elections held in Crimea.", {("TUR", "UKR", "111")}),
    ("Russia condemned the referendum held in Russian-occupied Kherson.", set()),
    ("Russia held elections in Russian-occupied Crimea.", set()),
    # (b) aid carried by a convoy, truck or lorry: humanitarian aid (073)
    ("Egypt sent three more aid convoys to Gaza.", {("EGY", "PSE", "073")}),
    ("Turkey sent 40 aid trucks to northern Syria.", {("TUR", "SYR", "073")}),
    ("Jordan dispatched an aid convoy to Gaza.", {("JOR", "PSE", "073")}),
    ("Saudi Arabia sent a convoy of aid trucks to Sudan.", {("SAU", "SDN", "073")}),
    ("Qatar sent aid lorries to Lebanon.", {("QAT", "LBN", "073")}),
    # controls: aid of no carrier stays unspecified (070), military goods 072, a blocked convoy the block (191)
    ("The US sent aid to Ukraine.", {("USA", "UKR", "070")}),
    ("Turkey sent military trucks to Syria.", {("TUR", "SYR", "072")}),
    ("Israel blocked aid convoys from entering Gaza.", {("ISR", "PSE", "191")}),
    # (c) "its" on an attack's object in a report: the speaker's (190 conventional force, 194 artillery)
    ("Russia says Ukraine attacked its energy sites", {("UKR", "RUS", "190")}),
    ("Iran says Israel attacked its nuclear facilities", {("ISR", "IRN", "190")}),
    ("Turkey said Syria shelled its border posts.", {("SYR", "TUR", "194")}),
    ("Ukraine said Russia struck its power plants overnight.", {("RUS", "UKR", "190")}),
    ("China said the Philippines rammed its coast guard vessel.", {("PHL", "CHN", "190")}),
    # controls: "its own", a subject's own troops, no speaker above
    ("Ukraine attacked its own energy sites, Russia said.", set()),
    ("Russia said Ukraine withdrew its troops.", set()),
    ("Israel attacked its nuclear facilities.", set()),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(LEFTOVERS9_SENTENCES, XFAIL))
def test_leftovers9_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= set(row[0] for row in LEFTOVERS9_SENTENCES)
