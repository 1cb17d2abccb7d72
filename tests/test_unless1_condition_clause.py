"""One condition-clause search and one condition party for rules 28, 82b and 84c (issue 14, session 21, branch
unless1; docs/events.md rules 82b and 84c).

``syntax.condition_clauses`` finds the "unless" / "until" / "if" clauses on a list of heads; ``ArgumentFinder.
condition_party`` reads whom the first of them falls on. Rule 84c reads it with `condition_party_marks` on the trigger
verb's `condition_heads` (and, since this branch, on a noun trigger's clause chain), rule 82b with `threat_marks` on a
threat's clause chain. Each sentence is our own construction, none copied from an evaluation set; the real spaCy model,
``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from detente.nlp.syntax import condition_clauses

from .event_sentences import coded


def events(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """The asserted events of ``text`` with their whole codes and actors as coded."""
    return coded(nlp, text, full_codes=True, root=False)[1]


def word(doc: Doc, text: str) -> Token:
    """The first token of ``doc`` spelled ``text``."""
    return next(t for t in doc if t.text == text)


def tok_actor(doc: Doc) -> dict[int, Span]:
    """Each token's actor mention, as the coder builds it."""
    found: dict[int, Span] = {}
    for span in doc.spans["actors"]:
        for i in range(span.start, span.end):
            found.setdefault(i, span)
    return found


def labelled(doc: Doc, label: str) -> list[Span]:
    return [s for s in doc.spans["actors"] if s.label_ == label]


# -- the shared search: clauses by their mark, on the heads each rule gives ----------------------------------------


def test_condition_clauses_by_mark(rules_nlp: Language) -> None:
    coder = rules_nlp.get_pipe("event_coder")
    threat = rules_nlp("Egypt will boycott the summit unless Israel halts its strikes .")
    chain = coder.modality.clause_chain(word(threat, "boycott"))
    assert [c.text for c in condition_clauses(chain, coder.lex.threat_marks)] == ["halts"]
    assert condition_clauses(chain, {"if"}) == []
    refusal = rules_nlp("Cuban doctors refused to end their strike until the government raises their pay .")
    heads = coder.arguments.condition_heads(word(refusal, "end"))
    assert [t.text for t in heads] == ["end", "refused"]  # the infinitive and the refusal above it
    assert [c.text for c in condition_clauses(heads, coder.lex.condition_party_marks)] == ["raises"]
    assert condition_clauses(heads, coder.lex.threat_marks) == []  # "until" states no threat


def test_condition_party_serves_both_rules(rules_nlp: Language) -> None:
    coder = rules_nlp.get_pipe("event_coder")
    arguments = coder.arguments
    # rule 84c: the refusal's condition clause on the verb's heads, "until" counted
    doc = rules_nlp("Cuban doctors refused to end their strike until the government raises their pay .")
    heads = arguments.condition_heads(word(doc, "end"))
    sources = labelled(doc, "CUBHLH")
    party = arguments.condition_party(heads, tok_actor(doc), sources, "082", coder.lex.condition_party_marks)
    assert [a.label_ for a in party] == ["CUBGOV"]
    # rule 82b: the threat's "unless" clause on its clause chain, the passive agent its party
    doc = rules_nlp("Pakistan will boycott the talks unless the prisoners are released by India .")
    chain = coder.modality.clause_chain(word(doc, "boycott"))
    party = arguments.condition_party(chain, tok_actor(doc), labelled(doc, "PAK"), "161", coder.lex.threat_marks)
    assert [a.label_ for a in party] == ["IND"]
    # the sources' own actors are no party of their own condition
    doc = rules_nlp("Pakistan will boycott the talks unless Pakistan gets guarantees .")
    chain = coder.modality.clause_chain(word(doc, "boycott"))
    assert arguments.condition_party(chain, tok_actor(doc), labelled(doc, "PAK"), "161", coder.lex.threat_marks) == []


# -- both uses through the coder -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 82b: a boycott threatened unless Y acts is a threat toward Y; the clause's subject, conjuncts, passive agent
        # rule 155: codebook 134 "Threaten to halt negotiations" (was 131)
        ("Egypt will boycott the summit unless Israel halts its strikes .", {("EGY", "ISR", "134")}),
        # rule 155: codebook 134 "Threaten to halt negotiations" (was 131)
        (
            "Pakistan will boycott the talks unless India and Afghanistan release the prisoners .",
            {("PAK", "IND", "134"), ("PAK", "AFG", "134")},
        ),
        # rule 155: codebook 134 "Threaten to halt negotiations" (was 131)
        ("Pakistan will boycott the talks unless the prisoners are released by India .", {("PAK", "IND", "134")}),
        # rule 155: codebook 1312 "Threaten to boycott, embargo, or sanction" (was 131)
        ("Serbia said it would boycott the conference unless Kosovo withdraws its police .", {("SRB", "XKX", "1312")}),
        # rule 28: a threat's if / unless clause, through the same search
        # rule 155: codebook 1313 "Threaten to reduce or break relations" (was 131)
        (
            "Iran threatened to expel its own diplomats unless the United States apologizes .",
            {("IRN", "USA", "1313")},
        ),
        # 84c: a refused yield with no target is directed at whom its condition falls on, "unless" or "until"
        (
            "Ghanaian teachers will not call off their strike unless the government raises salaries .",
            {("GHAEDU", "GHAGOV", "1242")},
        ),
        (
            "Cuban doctors will not end their strike until their demands are met by the government .",
            {("CUBHLH", "CUBGOV", "1242")},
        ),
    ],
)
def test_threat_and_refusal_take_the_condition_party(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert events(rules_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun trigger's condition clause hangs on the verb above it, which rule 82b's clause chain reached and
        # rule 84c's verb heads did not (before: no event, no target)
        ("Hamas will continue its rocket attacks until Israel ends the blockade .", {("PSEREB", "ISR", "138")}),
        (
            "Nigerian doctors will stay on strike until the government pays their salaries .",
            {("NGAHLH", "NGAGOV", "133")},
        ),
        # the doers' own goal: whom the clause acts on (rule 88a), now for a noun trigger too
        ("Hamas will continue its rocket attacks until they capture Israeli towns .", {("PSEREB", "ISR", "138")}),
        # a passive subject of the condition is no party: still no event
        ("Nigerian doctors will stay on strike until their salaries are paid .", set()),
    ],
)
def test_noun_trigger_takes_the_condition_party(
    rules_nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert events(rules_nlp, text) == expected
