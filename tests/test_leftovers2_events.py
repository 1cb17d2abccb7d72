"""Leftover general constructions of issue 14 (session 27, branch leftovers2; docs/events.md rule 190).

Three constructions the session's tables left as strict xfails, each in new invented rows: a noun of cutting
("a suspension of flights to Y", "the cancellation of flights to Y") whose relation is a service, not a relation
noun; peacekeepers named by a compound ("Ugandan peacekeeping troops") as the object of a phrase written for the
noun "peacekeeper" ("received", "expelled", "withdrew"); and an act noun owned by its doer ("Kenya's lifting of its
ban on Y's imports") read as the (verb, object) phrase its verb makes. Each sentence is our own construction,
none copied from ConfliBERT, PLOVER or any evaluation set; the codes were written from
``../shared/data/cameo-eventcodes.tsv`` and the conventions of docs/events.md before the coder changed. A code of
two digits is compared at the root; longer codes are compared whole. The real spaCy model, ``actor_resolver`` and
``event_coder`` run with the learned layer off.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, rules_pipeline, table_cases

Event = tuple[str, str, str]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return rules_pipeline()


# (sentence, events that must be asserted, events that must not be: a two-digit code is a root)
ROWS: list[tuple[str, list[Event], list[Event]]] = [
    # a noun of cutting whose "of" object is flights: the air links cut (160) toward the "to" / "with" party, as the
    # verb "suspended flights to Y" (rule 179a) and the noun "a suspension of air links with Y" (rule 23) are
    ("Kuwait announced a suspension of flights to Lebanon on Monday .", [("KWT", "LBN", "160")], []),
    ("Egypt ordered the suspension of all flights to Libya after the clashes .", [("EGY", "LBY", "160")], []),
    ("Jordan has announced a temporary suspension of flights with Syria .", [("JOR", "SYR", "160")], []),
    ("Morocco announced a freeze of flights to Algeria , state media said .", [("MAR", "DZA", "160")], []),
    ("Turkey confirmed the cancellation of flights to Iran on Friday .", [("TUR", "IRN", "160")], []),
    # controls: no partner, no cut, another cut kept
    ("Egypt announced the suspension of its aid to Sudan .", [("EGY", "SDN", "162")], []),
    ("Kuwait announced new flights to Lebanon .", [], [("KWT", "LBN", "16")]),
    # peacekeepers named by a compound: the phrase written for "peacekeeper" (0861 received, 1661 expelled or
    # withdrawn), not a visit hosted (043), a welcome (051) or a retreat (0874)
    ("Somalia welcomed Ugandan peacekeeping troops on Tuesday .", [("SOM", "UGA", "0861")], [("SOM", "UGA", "051")]),
    ("Lebanon received Indonesian peacekeeping forces last month .", [("LBN", "IDN", "0861")], []),
    ("South Sudan accepted Kenyan peacekeeping troops .", [("SSD", "KEN", "0861")], []),
    ("Mali has expelled Chadian peacekeeping soldiers .", [("MLI", "TCD", "1661")], []),
    ("Burundi withdrew its peacekeeping troops from Somalia .", [("BDI", "SOM", "1661")], [("BDI", "SOM", "0874")]),
    # controls: troops without the compound keep their readings; peacekeepers sent stay 074
    ("Burundi withdrew its troops from Somalia .", [("BDI", "SOM", "0874")], []),
    ("Kenya sent peacekeeping troops to Somalia .", [("KEN", "SOM", "074")], []),
    ("Somalia received Ugandan troops .", [], [("SOM", "UGA", "0861")]),
    # an act noun owned by its doer ("X's lifting of ..."): the (verb, object) phrase of the noun's verb, as the verb
    # "X lifted its ban on Y's imports" and a request's "calls for the lifting of ..." (rule 45) read
    ("Kenya 's lifting of its ban on Ugandan imports angered farmers .", [("KEN", "UGA", "081")], []),
    ("The EU welcomed Turkey 's lifting of sanctions on Armenia .", [("TUR", "ARM", "085")], []),
    ("Israel 's lifting of its blockade of Gaza was welcomed by Egypt .", [("ISR", "PSE", "0872")], []),
    ("China 's easing of its restrictions on Japanese seafood was announced on Monday .", [("CHN", "JPN", "081")], []),
    ("Washington praised Hanoi 's lifting of its tariffs on American cars .", [("VNM", "USA", "085")], []),
    # controls: no doer named (rule 45 keeps a bare act noun uncoded); the doer's possessive pronoun names no one
    ("The lifting of sanctions on Iran angered Israel .", [], [("IRN", "IRN", "08"), ("ISR", "IRN", "08")]),
]

# the two welcomed / praised rows were strict xfails until rule 195g (leftovers3) coded the act beside the praise
XFAIL: dict[str, str] = {}


def _matches(event: Event, events: set[Event]) -> bool:
    s, t, code = event
    return any(s == es and t == et and (ec == code or (len(code) == 2 and ec[:2] == code)) for es, et, ec in events)


@pytest.mark.parametrize(("sentence", "wanted", "unwanted"), table_cases(ROWS, XFAIL))
def test_leftovers2_row(nlp: Language, sentence: str, wanted: list[Event], unwanted: list[Event]) -> None:
    events = asserted(nlp, sentence)
    assert all(_matches(e, events) for e in wanted), events
    assert not any(_matches(e, events) for e in unwanted), events


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in ROWS}
