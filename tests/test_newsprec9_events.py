"""Analyst commentary in 2025 US-Russia-Ukraine analysis pieces (issue 14, session 33, branch newsprec9;
docs/events.md rule 304).

Event precision on unseen 2025 news is our weakest figure: analysis pieces name acts they do not report. Each
sentence is our own construction in the style of such pieces, none copied from an evaluation set or the news
excerpts; its asserted events were written from the CAMEO codebook and the conventions of docs/events.md before
the coder ran (CAMEO roots; a careful coder asserts no event or exactly one). Commentary, critics' and economists'
views, forecasts, advice and a party's long-standing aims code nothing (rules 180, 196); a conditional act is
hypothetical (rule 180c); a yes/no question reports no act (rule 180a); an opinion headline reports none. History
recalled ("In 2014 Russia annexed Crimea") is one event, kept by the seeds' convention (rule 185) and flagged
background with the year the text gives. Beside them, rows with a real act for balance. The real spaCy model,
``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). ``NEWSPREC9_XFAIL``
keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc
from detente.reference.actors import primary_code

from .event_sentences import coded, table_cases

Roots = set[tuple[str, str, str]]

NONE: Roots = set()

NEWSPREC9_SENTENCES: list[tuple[str, Roots]] = [
    # commentary, views and forecasts: no event
    ("Critics say the summit would reward Moscow for its aggression.", NONE),
    ("Sanctions have failed to change Russia's behaviour, economists argue.", NONE),
    ("If talks collapse, Washington may send Tomahawks to Kyiv.", NONE),
    ("The Kremlin has long sought to split NATO.", NONE),
    ("Many analysts believe Russia will launch a new offensive against Ukraine in the spring.", NONE),
    ("A ceasefire would allow Russia to rearm, European officials fear.", NONE),
    ("Putin is betting that Western support for Ukraine will fade.", NONE),
    ("Some diplomats worry that Washington could lift sanctions on Russia without concessions.", NONE),
    ("Ukraine's allies should send more air defence systems to Kyiv, the think tank argues.", NONE),
    ("Moscow has often used gas supplies as a weapon against Europe.", NONE),
    ("Russia rarely honours the ceasefires it signs, critics note.", NONE),
    ("Washington could impose secondary tariffs on Chinese buyers of Russian oil, analysts say.", NONE),
    ("The real question is whether Europe can replace American military aid to Ukraine.", NONE),
    # questions and opinion headlines: no event
    ("Will Trump abandon Ukraine?", NONE),
    ("Could a Trump-Putin summit end the war in Ukraine?", NONE),
    ("Why Europe must stop appeasing Putin", NONE),
    ("Opinion: The West should arm Ukraine now", NONE),
    # more analysis prose (second batch, written before the coder ran on it)
    ("Moscow's playbook is to negotiate while bombing Ukrainian cities.", NONE),
    ("Trump's threat to send Tomahawks is a bluff, Russian commentators say.", NONE),
    ("Europe's security depends on whether Washington keeps supplying weapons to Kyiv.", NONE),
    ("Appeasing Putin only encourages him to attack again, history shows.", NONE),
    ("Experts warn that Russia could test NATO's resolve in the Baltic.", NONE),
    ("Western officials privately concede that Ukraine cannot retake Crimea by force.", NONE),
    ("Trump should meet Zelensky before any summit with Putin, former diplomats say.", NONE),
    ("Russia will keep attacking Ukrainian cities as long as the West hesitates, the author contends.", NONE),
    ("Washington's reluctance to confront Moscow has emboldened the Kremlin.", NONE),
    ("The Tomahawk debate shows how far Washington is willing to go to pressure Moscow.", NONE),
    ("Is Europe ready to defend itself against Russia?", NONE),
    ("How Trump's peace plan could reward Russian aggression", NONE),
    ("What a ceasefire in Ukraine would mean for Europe", NONE),
    ("The sanctions on Russian oil are unlikely to end the war, analysts in Kyiv say.", NONE),
    ("Ukraine needs more Patriot batteries to protect its cities from Russian missiles.", NONE),
    ("Beijing's support for Moscow has helped Russia evade Western sanctions.", NONE),
    ("A deal that lets Russia keep occupied territory would set a dangerous precedent.", NONE),
    # one reported act beside commentary
    (
        "Russia expelled two British diplomats on Tuesday, a move analysts say will deepen the rift with London.",
        {("RUS", "GBR", "16")},
    ),
    (
        "Zelensky accused Moscow on Monday of stalling the peace talks, though some analysts doubt a deal is near.",
        {("UKR", "RUS", "11")},
    ),
    ("Zelensky's visit to Washington on Friday, critics say, produced little.", {("UKR", "USA", "04")}),
    (
        "Ukraine struck a Russian oil terminal on Sunday, in what analysts called a sign of its growing reach.",
        {("UKR", "RUS", "19")},
    ),
    # real acts, for balance
    ("Ukrainian drones struck an oil refinery in Russia's Samara region overnight.", {("UKR", "RUS", "19")}),
    ("Washington imposed new sanctions on Rosneft and Lukoil on Wednesday.", {("USA", "RUS", "16")}),
    ("Russia launched a massive missile attack on Kyiv overnight.", {("RUS", "UKR", "19")}),
    ("Poland expelled a Russian diplomat over the sabotage of a railway line.", {("POL", "RUS", "16")}),
    ("Putin accused Britain of helping Ukraine attack Russian airfields.", {("RUS", "GBR", "11")}),
    ("Lavrov and Rubio held talks in Budapest on Thursday.", {("RUS", "USA", "04"), ("USA", "RUS", "04")}),
]

NEWSPREC9_XFAIL: dict[str, str] = {
    "The Tomahawk debate shows how far Washington is willing to go to pressure Moscow.": (
        "'willing to' + an act of pressure is read as a stated posture (131); the degree question 'how far' under "
        "'shows' is not read as an indirect question (rule 180a takes yes/no questions only)"
    ),
    "Ukraine needs more Patriot batteries to protect its cities from Russian missiles.": (
        "the purpose infinitive of a need ('needs X to protect ... from Y') is read as a supply of arms (072) "
        "against the party named in its 'from' phrase; a need is no act"
    ),
    "Beijing's support for Moscow has helped Russia evade Western sanctions.": (
        "the possessed noun 'support' and the verb 'helped' are each read as aid (050, 070): an analyst's summary "
        "of a standing relation, not a reported act; left (a generic present-perfect of help is coded elsewhere)"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(NEWSPREC9_SENTENCES, NEWSPREC9_XFAIL))
def test_newsprec9_sentence(rules_nlp: Language, text: str, expected: Roots) -> None:
    assert coded(rules_nlp, text)[1] == expected


# recalled history: one event, flagged background with the year the text gives (docs/dates.md)
NEWSPREC9_HISTORY: list[tuple[str, tuple[str, str, str], str]] = [
    ("In 2014 Russia annexed Crimea.", ("RUS", "UKR", "19"), "2014"),
    (
        "Russia annexed Crimea in 2014, and critics say the West's weak response invited more aggression.",
        (
            "RUS",
            "UKR",
            "19",
        ),
        "2014",
    ),
]

NEWSPREC9_HISTORY_XFAIL: dict[str, str] = {
    "In 2014 Russia annexed Crimea.": (
        "parser: with no comma after 'In 2014' the model tags 'annexed' an adjective in one noun phrase ('Russia "
        "annexed Crimea' as ROOT 'Crimea'), so there is no verb and no event; with a comma the act is coded"
    ),
    "Russia annexed Crimea in 2014, and critics say the West's weak response invited more aggression.": (
        "convention (docs/dates.md, `dates.event_date`): a main verb's own stated year stays date_how 'text' "
        "('In 2022 the United States hardened its policy'); 'history' is for a relative clause or a noun's own "
        "phrase. The event and its 2014 date are right; flagging a main clause background is a dates decision"
    ),
}


@pytest.mark.parametrize(("text", "event", "year"), table_cases(NEWSPREC9_HISTORY, NEWSPREC9_HISTORY_XFAIL))
def test_newsprec9_history_is_one_background_event(
    rules_nlp: Language, text: str, event: tuple[str, str, str], year: str
) -> None:
    doc = rules_nlp(make_doc(rules_nlp, text, published="2025-10-20"))
    events: list[dict[str, Any]] = [e for e in doc._.events or [] if not e["negated"] and not e["hypothetical"]]
    assert {(primary_code(e["source"]), primary_code(e["target"]), str(e["cameo"])[:2]) for e in events} == {event}
    assert all(e["date"] == year and e["date_how"] == "history" for e in events)


# rule 304: an attendant clause of a design's complement; controls keep the acts a clause reports
NEWSPREC9_RULE304: list[tuple[str, Roots]] = [
    ("Russia's tactic is to exhaust Ukraine's air defences before striking Kyiv.", NONE),
    ("The Kremlin's approach has been to talk peace while shelling Kharkiv.", NONE),
    ("Washington's policy remains to supply weapons to Kyiv.", NONE),
    (
        "Russia negotiated with Ukraine while bombing Ukrainian cities.",
        {("RUS", "UKR", "04"), ("UKR", "RUS", "04"), ("RUS", "UKR", "19")},
    ),
    ("Russia bombed Kyiv on Monday as part of a strategy to break civilian morale.", {("RUS", "UKR", "19")}),
]


@pytest.mark.parametrize(("text", "expected"), NEWSPREC9_RULE304)
def test_newsprec9_design_rule(rules_nlp: Language, text: str, expected: Roots) -> None:
    assert coded(rules_nlp, text)[1] == expected
