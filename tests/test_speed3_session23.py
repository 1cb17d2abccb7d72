"""Speed without output change (issue 14 item 5, session 23, speed3): the lexicons' YAML read by libyaml's
parser, and the causal scorer's features and marker rules making one Token per token. Invented sentences."""

from __future__ import annotations

import yaml
from spacy.language import Language

from detente.nlp.causal_markers import load_lexicon
from detente.nlp.causal_rules import Extractor
from detente.nlp.causal_scorer import sentence_features
from detente.nlp.lexicons import SAFE_LOADER, read_yaml
from detente.paths import data_file

from .causal_sentences import pairs, sentence


def _packaged_yaml() -> list:
    root = data_file("events", "event_patterns.yml").parent.parent
    return sorted([*root.rglob("*.yml"), *root.rglob("*.yaml")])


def test_libyaml_loader_used_when_present() -> None:
    # the pinned PyYAML wheel carries libyaml: the C loader is the one used (else the pure-Python SafeLoader)
    expected = yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else yaml.SafeLoader
    assert SAFE_LOADER is expected


def test_every_packaged_yaml_file_reads_the_same() -> None:
    files = _packaged_yaml()
    assert len(files) >= 10  # event patterns, parse repairs, causal markers, framing, actors ...
    for path in files:
        text = path.read_text(encoding="utf-8")
        fast, slow = read_yaml(text), yaml.safe_load(text)
        assert fast == slow, path
        assert repr(fast) == repr(slow), path  # key order and value types too


def test_read_yaml_is_safe() -> None:
    # a safe loader: no Python object is built from a tag
    try:
        read_yaml("!!python/object/apply:os.system ['true']")
    except yaml.YAMLError:
        pass
    else:  # pragma: no cover - a loader that built the object would have run it
        raise AssertionError("read_yaml built a Python object from a tag")


def _reference_features(sent, lex) -> list[str]:  # type: ignore[no-untyped-def]
    """The n-gram part of ``sentence_features`` written from the sentence's text alone: the words and bigrams
    must be the very tokens the features read (one Token per token now, the same tokens)."""
    words = [t.lower_ for t in sent]
    out, prev = [], "<s>"
    for tok, w in zip(sent, words, strict=True):
        if not tok.is_punct:
            out.append("w:" + w)
        out.append("b:" + prev + "_" + w)
        prev = w
    return out


def test_sentence_features_read_every_token_once_in_order(parse: Language) -> None:
    lex = load_lexicon()
    sent = sentence(parse, "Grain prices rose sharply because the long drought cut the harvest in the north.")
    feats = sentence_features(sent, lex)
    ngrams = [f for f in feats if f.startswith(("w:", "b:"))]
    assert ngrams[:-1] == _reference_features(sent, lex)  # the last is the closing bigram
    assert feats[-3] == "b:._</s>"
    assert "advcl:because" in feats  # the reason clause's marker
    assert "v:cut" in feats and "v:rise" in feats
    marked = sentence_features(sentence(parse, "Grain prices rose sharply because of the long drought."), lex)
    assert "mc:because of" in marked and "mc_any" in marked  # a two-word connective matched over the words
    assert feats[-1] == "len:" + str(min(len(sent) // 8, 8))


def test_marker_rules_unchanged_on_invented_sentences(parse: Language, extractor: Extractor) -> None:
    found = pairs(parse, extractor, "The ferry service was suspended because of the storm.")
    assert [(cause, signal) for cause, _, signal in found] == [("the storm", "because of")]
    found = pairs(parse, extractor, "The strike closed the port, so exporters moved their cargo to rail.")
    assert found and found[0][2] == "so"
    assert pairs(parse, extractor, "The minister visited the port on Tuesday.") == []
