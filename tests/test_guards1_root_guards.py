"""Root guards compare tokens by index, never by identity (issue 14, session 19, guards1).

spaCy builds a new ``Token`` object every time a token is read (``doc[i]``, ``tok.head``, ``tok.children``), so
``tok.head is tok`` is false even for a sentence's root: such guards never fired. ``detente.nlp.syntax.is_root``
compares indices; a source scan keeps identity tests on ``.head`` (and on the other tree-walk attributes) out of
``src``. The behaviour tests are invented sentences where a guard that now fires changes what is read.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from spacy.language import Language

from detente.analysis.stance import _attached
from detente.nlp.model import cached_model
from detente.nlp.syntax import is_root

from .event_sentences import coded

SRC = Path(__file__).resolve().parent.parent / "src"
# attributes that give a token read fresh from the document: an identity test on one is never true
_TREE_ATTRS = frozenset({"head", "root", "left_edge", "right_edge"})


def _identity_on_tree_attr(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, source) of every ``a is b`` / ``a is not b`` where a side reads ``.head`` (or ``.root`` ...)."""
    hits = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare) or not any(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops):
            continue
        sides = [node.left, *node.comparators]
        if any(isinstance(s, ast.Constant) for s in sides):
            continue  # "model.head is None": a model's head, not a token
        if any(isinstance(s, ast.Attribute) and s.attr in _TREE_ATTRS for s in sides):
            hits.append((node.lineno, ast.unparse(node)))
    return hits


def test_no_module_compares_a_head_by_identity() -> None:
    found = [
        f"{path.relative_to(SRC)}:{line}: {text}"
        for path in sorted(SRC.rglob("*.py"))
        for line, text in _identity_on_tree_attr(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == [], "use detente.nlp.syntax.is_root(tok) or compare .i:\n" + "\n".join(found)


def test_the_scan_sees_the_old_guard_shapes() -> None:
    old = "a = tok.head is tok\nb = x.head is not x\nc = tok.head.head is not tok.head\nd = y is s.root\n"
    assert [line for line, _ in _identity_on_tree_attr(ast.parse(old))] == [1, 2, 3, 4]
    fixed = "a = is_root(tok)\nb = x.head.i != x.i\nc = model.head is None\n"
    assert _identity_on_tree_attr(ast.parse(fixed)) == []


@pytest.fixture(scope="module")
def parser() -> Language:
    return cached_model()


def test_is_root_finds_each_sentence_root_where_identity_never_does(parser: Language) -> None:
    doc = parser("Russia said it would talk to Ukraine. Kyiv refused.")
    roots = [tok.i for tok in doc if is_root(tok)]
    assert roots == [sent.root.i for sent in doc.sents] and len(roots) == 2
    assert not any(tok.head is tok for tok in doc)  # why the old guards were dead


def test_a_conjunct_is_not_given_its_first_conjuncts_modifiers(parser: Language) -> None:
    # the walk from "Russia" (conj) climbs to "China", the root; the old guard let it go on and read China's
    # "peaceful" as said of Russia
    doc = parser("A peaceful China and a hostile Russia.")
    russia = next(tok for tok in doc if tok.text == "Russia")
    attached = {tok.text for tok, _ in _attached(russia)}
    assert "hostile" in attached
    assert "peaceful" not in attached and "China" not in attached


def test_the_mention_is_not_read_as_a_qualifier_of_its_own_head(parser: Language) -> None:
    doc = parser("Washington strongly condemned Russia.")
    russia = next(tok for tok in doc if tok.text == "Russia")
    attached = {(tok.text, role) for tok, role in _attached(russia)}
    assert attached == {("condemned", "patient"), ("strongly", "patient")}


def test_a_root_mention_has_no_head_to_read(parser: Language) -> None:
    doc = parser("Russia, a reliable partner.")
    root = doc[0]
    assert is_root(root)
    assert {tok.text for tok, _ in _attached(root)} == {"a", "reliable", "partner"}  # its own modifiers only


@pytest.mark.parametrize(
    ("text", "mention", "word"),
    [
        # the compounds of a noun on the walk name what it is: read whether the noun is an object (where the old
        # dead identity test happened to reach them) or a subject (where it never did)
        ("Analysts condemned sophisticated Russian phishing campaigns.", "Russian", "phishing"),
        ("Russian phishing campaigns targeted American banks.", "Russian", "phishing"),
        ("Russia inks twenty partnership deals with China.", "China", "partnership"),
    ],
)
def test_the_compounds_of_a_noun_on_the_walk_are_read(parser: Language, text: str, mention: str, word: str) -> None:
    doc = parser(text)
    tok = next(t for t in doc if t.text == mention)
    assert word in {t.text for t, _ in _attached(tok)}


# -- rule 52a: who shares the attack's clause is no speaker -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "gunmen"),
    [
        # a co-subject of the attack is neither its victim nor who reports it: the sentence's country applies
        ("Pakistani soldiers and gunmen attacked the village on Monday .", "PAKUAF"),
        ("Chinese troops and gunmen attacked the village .", "CHNUAF"),
    ],
)
def test_a_subject_of_the_attack_itself_is_not_its_reporter(rules_nlp: Language, text: str, gunmen: str) -> None:
    mentions, _ = coded(rules_nlp, text, full_codes=True)
    assert mentions.get("gunmen") == gunmen  # before: uncoded, the co-subject read as the one reporting the attack


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kidnapped two Chinese engineers on Monday , China said .",
        "China said gunmen kidnapped two Chinese engineers .",
    ],
)
def test_victims_and_reporter_still_lend_no_country(rules_nlp: Language, text: str) -> None:
    mentions, _ = coded(rules_nlp, text, full_codes=True)
    assert not any(code.endswith("UAF") for code in mentions.values())
