"""A present-tense headline read as one noun phrase, and a negated refusal to disapprove (issue 14, session 21;
docs/events.md rule 104).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Before rule 104a
the headlines of the first test coded no event (the parser hung the plural subject noun and the verb both on the
object noun as compounds and made that noun the root); noun compounds that are no clause must keep their readings.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.events.parse_repair import rehang_compound_clauses
from detente.nlp.pipeline import make_doc

from .event_sentences import before_stage, coded, roots

# -- 104a: "<actor's plural people noun> <verb> <object> <prep> <party>" read as one noun phrase is a clause ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taliban fighters fire rockets at Kabul airport", {("AFG", "AFG", "19")}),
        ("Taliban fighters fire rockets at Kabul airport .", {("AFG", "AFG", "19")}),
        ("Pakistani troops fire shells at Indian posts", {("PAK", "IND", "19")}),
        ("Kurdish rebels fire mortars at Turkish base", {("KUR", "TUR", "19")}),
        ("Syrian rebels fire rockets at Israel", {("SYR", "ISR", "19")}),
    ],
)
def test_noun_phrase_headline_is_a_clause(rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert coded(rules_nlp, text)[1] == expected  # before: no event


def test_the_repair_makes_the_verb_the_root(rules_nlp: Language) -> None:
    doc = before_stage(rules_nlp, "Taliban fighters fire rockets at Kabul airport", "event_coder")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.lower_ == "fire" and root.pos_ == "VERB"
    assert {(c.lower_, c.dep_) for c in root.children} >= {("fighters", "nsubj"), ("rockets", "dobj"), ("at", "prep")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # noun compounds with no verb in them keep their readings (the same as before rule 104)
        ("Russia arms sales to India", {("RUS", "IND", "07")}),
        ("Israeli missile strikes on Syria", {("ISR", "SYR", "19")}),
        ("Japan trade talks with Korea", {("JPN", "KOR", "04"), ("KOR", "JPN", "04")}),
        # the headline the model already parses as a clause is unchanged
        ("Hamas militants launch rockets at Israel", {("PSE", "ISR", "19")}),
        ("Ukrainian forces retake villages from Russia", {("UKR", "RUS", "19")}),
    ],
)
def test_noun_compounds_and_parsed_clauses_keep_their_reading(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert roots(coded(rules_nlp, text, root=False)[1]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia arms sales to India",
        "Israeli missile strikes on Syria",
        "Japan trade talks with Korea",
        "Palestinian rocket fire on Israel",
    ],
)
def test_no_repair_of_a_noun_compound(rules_nlp: Language, text: str) -> None:
    doc = before_stage(rules_nlp, text, "parse_repair")
    actor_tokens = frozenset(i for span in doc.spans["actors"] for i in range(span.start, span.end))
    verbs = frozenset({"fire", "protest", "march", "rally"})
    assert rehang_compound_clauses(doc, verbs, actor_tokens) == 0


# -- 104b: a negated refusal to disapprove asserts the disapproval -----------------------------------------------


def test_negated_refusal_asserts_the_disapproval(rules_nlp: Language) -> None:
    assert coded(rules_nlp, "China did not refuse to condemn Russia .")[1] == {("CHN", "RUS", "11")}
    assert coded(rules_nlp, "China never refused to condemn Russia .")[1] == {("CHN", "RUS", "11")}


@pytest.mark.parametrize(
    "text",
    [
        "China refused to condemn Russia .",  # rule 103a: a negated 111, unchanged
        "China did not condemn Russia .",
    ],
)
def test_refusal_or_plain_negation_stays_negated(rules_nlp: Language, text: str) -> None:
    assert coded(rules_nlp, text)[1] == set()
    doc = rules_nlp(make_doc(rules_nlp, text, published="2024-05-01"))
    assert [(e["cameo"][:2], e["negated"]) for e in doc._.events] == [("11", True)]
