"""``detente.nlp.token_scan``: the column filters the actor resolver uses instead of whole-document Token loops
give exactly the tokens of the plain loop, in order (issue 14 item 5)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp.token_scan import lemma_hits, lower_hits, text_hits

TEXT = (
    "Members of the ruling party met. They said it was over, and THEY left. Its members and a Member of "
    "parliament spoke; U.S.-Russia talks resumed as supporters of the rebels and Supporters gathered.\n\n"
    "It rained."
)


def _doc(parse: Language) -> Doc:
    return parse(TEXT)


def test_lower_hits_same_tokens_as_the_loop(parse: Language) -> None:
    doc = _doc(parse)
    words = frozenset({"it", "its", "they", "supporters"})
    want = [t.i for t in doc if t.lower_ in words]
    assert lower_hits(doc, words) == want
    # case-blind on the text: "THEY" and "It" count, the upper-case form in ``words`` never matches
    assert {doc[i].text for i in want} >= {"THEY", "It", "Its", "Supporters"}
    assert lower_hits(doc, frozenset({"They"})) == []


def test_lemma_hits_same_tokens_as_the_loop(parse: Language) -> None:
    doc = _doc(parse)
    words = frozenset({"member", "supporter"})
    want = [t.i for t in doc if t.lemma_.lower() in words]
    assert len(want) >= 3
    assert lemma_hits(doc, words) == want
    assert lemma_hits(doc, words) == want  # again, from the memo


def test_text_hits_with_and_without_memo(parse: Language) -> None:
    doc = _doc(parse)

    def glued(text: str) -> bool:
        return "-" in text and len(text) > 3

    want = [t.i for t in doc if glued(t.text)]
    memo: dict[int, bool] = {}
    assert text_hits(doc, glued) == want
    assert text_hits(doc, glued, memo) == want
    assert memo and any(memo.values())
    assert text_hits(doc, glued, memo) == want


def test_empty_inputs(parse: Language) -> None:
    empty = parse("")
    assert lower_hits(empty, frozenset({"it"})) == []
    assert lemma_hits(empty, frozenset({"member"})) == []
    assert text_hits(empty, lambda s: True) == []
    assert lower_hits(_doc(parse), frozenset()) == []


def test_sentence_pairs_rows_are_pair_features(parse: Language) -> None:
    """``sentence_pairs`` reads each mention's side once (``_side``); every row must be what ``pair_features``
    gives for that ordered pair on its own, with the features that depend on the pair's order and its verb."""
    import numpy as np

    from detente.nlp.event_coder import primary
    from detente.nlp.event_model import PAIR_NAMES, pair_features, sentence_pairs, trigger_roots
    from detente.nlp.pipeline import build_pipeline

    nlp = build_pipeline(stages=("actor_resolver", "event_coder"))
    coder = nlp.get_pipe("event_coder")
    doc = nlp("Russia said that France and Germany had warned the Kenyan government about talks with China.")
    mentions = [m for m in doc.spans["actors"] if m.label_]
    assert len({m.label_[:3] for m in mentions}) >= 4
    feats, pairs = sentence_pairs(doc[:], mentions, doc._.events, coder)
    assert feats.shape == (len(pairs), len(PAIR_NAMES)) and len(pairs) >= 12
    prims = {primary(m.label_) for m in mentions}
    rule_pairs = {(primary(e["source"]), primary(e["target"])) for e in doc._.events}
    _, trigger_tokens = trigger_roots(doc[:], coder)
    for row, (a, b) in zip(feats, pairs, strict=True):
        one = pair_features(doc[:], a, b, len(prims), rule_pairs, trigger_tokens, coder.lex.speech_verbs)
        assert np.array_equal(row, one)
    # the order matters: (a, b) and (b, a) differ in the first-mention feature
    first = PAIR_NAMES.index("src_first")
    assert {float(r[first]) for r in feats} == {0.0, 1.0}
