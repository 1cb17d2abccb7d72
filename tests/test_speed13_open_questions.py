"""Issue 14 (session 30, speed13): the extractor reads a sentence's open-question clauses once
(``_open_question_clauses``) and tests each claim against them (``_in_clauses``); per claim, the same answer as
``_in_open_question``, which scanned the sentence for every claim."""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.causal_extractor import _in_clauses, _in_open_question, _open_question_clauses
from detente.nlp.causal_markers import load_lexicon

from .causal_sentences import claim_over, sentence

TEXT = "Because of the storm, officials asked whether the flights would leave and whether the port would close."


def test_one_clause_per_mark_in_order(parse: Language) -> None:
    sent = sentence(parse, TEXT)
    clauses = _open_question_clauses(sent, load_lexicon().question_marks)
    # the second clause is parsed a conjunct of the first, which so runs over it
    assert [TEXT[lo:hi] for lo, hi in clauses] == [
        "whether the flights would leave and whether the port would close",
        "whether the port would close",
    ]
    assert _open_question_clauses(sentence(parse, "The storm closed the port."), {"whether"}) == []


def test_the_clauses_answer_as_the_scan_did(parse: Language) -> None:
    marks = load_lexicon().question_marks
    sent = sentence(parse, TEXT)
    clauses = _open_question_clauses(sent, marks)
    claims = [
        claim_over(TEXT, "the storm", "officials asked whether the flights would leave"),
        claim_over(TEXT, "the flights", "leave"),
        claim_over(TEXT, "the port", "close"),
        claim_over(TEXT, "the flights would leave", "the port would close"),
    ]
    assert [_in_clauses(c, clauses) for c in claims] == [False, True, True, True]
    assert [_in_clauses(c, clauses) for c in claims] == [_in_open_question(sent, c, marks) for c in claims]
