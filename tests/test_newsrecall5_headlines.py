"""Title-case headlines parsed in sentence case, and reciprocal objects (issue 14, session 9; docs/events.md
rule 34).

Every document is our own construction (countries far from the news the class was counted on); none is copied
from the news excerpts, PLOVER or any evaluation set. Documents are split into sentences as ingestion splits
them, so a headline line is its own sentence. The real spaCy model, ``title_case_parse``, ``actor_resolver``
and ``event_coder`` run with the learned layer off.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from detente.ingest.segment import split_sentences
from detente.nlp.pipeline import make_doc
from detente.nlp.title_case import BodyCasing, sentence_case, title_case
from detente.reference.actors import primary_code

DEAL_BODY = (
    "Officials in Santiago said the trade deals cover copper and fisheries. "
    "The agreements were prepared over two years of talks, and both governments expect new deals next year."
)
BREACH_BODY = (
    "Bolivian officials said the drones crossed the border twice. "
    "The government called it a deliberate breach of its airspace."
)


def parsed(rules_nlp: Language, text: str) -> Doc:
    return rules_nlp(make_doc(rules_nlp, text, "2024-05-01", [start for start, _ in split_sentences(text)]))


def headline_events(rules_nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO code) of the asserted events of the first line of ``text``."""
    doc = parsed(rules_nlp, text)
    end = text.index("\n")
    events: list[dict[str, Any]] = doc._.events or []
    return {
        (primary_code(e["source"]), primary_code(e["target"]), str(e["cameo"]))
        for e in events
        if e["start"] < end and not e["negated"] and not e["hypothetical"]
    }


def test_a_signed_deal_in_a_title_case_headline_is_coded_both_ways(rules_nlp: Language) -> None:
    # "Signs"/"Deals" tagged PROPN: one direction or nothing; in sentence case "deals with Peru" names the partner
    events = headline_events(rules_nlp, "Chile Signs Twelve Trade Deals With Peru\n" + DEAL_BODY)
    assert {("CHL", "PER", "057"), ("PER", "CHL", "057")} <= events
    # the same line in sentence case reads the same way (the re-parse only gives a headline what prose gets)
    assert {("CHL", "PER", "057"), ("PER", "CHL", "057")} <= headline_events(
        rules_nlp, "Chile signs twelve trade deals with Peru\n" + DEAL_BODY
    )


def test_an_all_capitalised_airspace_headline_gets_its_verb(rules_nlp: Language) -> None:
    events = headline_events(rules_nlp, "Peruvian Drones Breach Bolivian Airspace: A Regional Worry\n" + BREACH_BODY)
    assert any(source == "PER" and target == "BOL" for source, target, _ in events)


def test_the_text_and_offsets_stay_those_of_the_document(rules_nlp: Language) -> None:
    text = "Chile Signs Twelve Trade Deals With Peru\n" + DEAL_BODY
    doc = parsed(rules_nlp, text)
    assert doc.text == text
    signs = doc[1]
    assert signs.text == "Signs" and signs.lemma_ == "sign" and signs.pos_ == "VERB"
    # the sentences are still the ones ingestion split (the re-parse keeps the headline one sentence)
    assert [s.start_char for s in doc.sents] == [start for start, _ in split_sentences(text)]


def test_the_body_decides_which_capitalised_words_are_names(rules_nlp: Language) -> None:
    doc = parsed(rules_nlp, "Chile Signs Twelve Trade Deals With Peru\n" + DEAL_BODY + " Peru and Chile agreed.")
    sents = list(doc.sents)
    assert title_case(sents[0]) and not title_case(sents[1])
    body = BodyCasing(sents[1:], known=lambda word: word in {"sign", "signs", "twelve"})
    words = sentence_case(sents[0], body)
    assert words is not None
    # names the body capitalises stay; words it writes in lower case, and English words it never uses, do not;
    # a function word is lower case whatever the body holds ("With": rule 101e; before it, a word neither in the
    # body nor known kept its case)
    assert [w for w in words if w.strip()] == ["Chile", "signs", "twelve", "trade", "deals", "with", "Peru"]


def test_a_line_of_names_or_a_lone_sentence_keeps_the_models_parse(rules_nlp: Language) -> None:
    # the body capitalises every word of the line: these are names, not a title-case headline
    doc = parsed(
        rules_nlp,
        "Chilean President Gabriel Boric Visits Lima\n"
        "Chilean President Gabriel Boric arrived in Lima on Monday, and Boric met officials.",
    )
    sents = list(doc.sents)
    assert sentence_case(sents[0], BodyCasing(sents[1:], known=lambda word: True)) is None
    # one sentence, no body to learn the casing from and no capitalised function word: the model's reading stands
    # unless the sentence-case re-parse reads the line as a clause (rule 414, session 39: "Chile Signs Twelve Trade
    # Deals" now gets the verb "sign"; before, this row asserted the surface lemma "Signs")
    alone = parsed(rules_nlp, "Chile Signs Twelve Trade Deals")
    assert alone[1].lemma_ == "sign"
    noun_line = parsed(rules_nlp, "Chilean Copper Mining Industry Outlook")
    assert noun_line[2].lemma_ == "Mining"  # no clause in the re-parse either: left as the model parsed it
    # a capitalised function word ("With") is the line's own evidence, also alone (docs/events.md rule 108b)
    titled = parsed(rules_nlp, "Chile Signs Twelve Trade Deals With Peru")
    assert titled[1].lemma_ == "sign"


def test_nationalities_the_body_never_uses_keep_their_case(rules_nlp: Language) -> None:
    # "polish" is an English verb, but the model's entity recogniser marks "Polish" a nationality
    doc = parsed(rules_nlp, "Chile Signs Twelve Trade Deals With Polish Firms\n" + DEAL_BODY)
    sents = list(doc.sents)
    words = sentence_case(sents[0], BodyCasing(sents[1:], known=lambda word: True))
    assert words is not None and "Polish" in words and "signs" in words


def reciprocal_events(rules_nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO root) of the asserted events of one sentence."""
    doc = rules_nlp(make_doc(rules_nlp, text, published="2024-05-01"))
    events: list[dict[str, Any]] = doc._.events or []
    return {
        (primary_code(e["source"]), primary_code(e["target"]), str(e["cameo"])[:2])
        for e in events
        if not e["negated"] and not e["hypothetical"]
    }


def test_each_other_makes_any_act_go_both_ways_between_the_subjects(rules_nlp: Language) -> None:
    # "each other" / "one another" as the object: both ways between the subject's actors, whatever the verb
    assert {("CHL", "PER", "11"), ("PER", "CHL", "11")} <= reciprocal_events(
        rules_nlp, "Chile and Peru accused each other of violating the truce."
    )
    assert {("CHL", "PER", "05"), ("PER", "CHL", "05")} <= reciprocal_events(
        rules_nlp, "Chile and Peru praised one another."
    )
    # and to no one else: a third country in the reproach is what was done, not whom it is aimed at
    events = reciprocal_events(rules_nlp, "Chile and Peru accused each other of arming Bolivia.")
    assert ("CHL", "PER", "11") in events and not any("BOL" in (s, t) for s, t, _ in events)
    # one actor accusing another stays one way; officials of one country accusing each other is no dyad
    assert reciprocal_events(rules_nlp, "Chile accused Peru of violating the truce.") == {("CHL", "PER", "11")}
    assert reciprocal_events(rules_nlp, "Chilean officials accused each other of lying.") == set()
