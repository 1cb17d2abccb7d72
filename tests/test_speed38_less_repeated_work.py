"""Speed38 (issue 14 item 5): less repeated Python work, the same output.

- the actor resolver's event words and the quotation reader's speech verbs come from one read of the event patterns
  (``events.lexicon.patterns_lexicon``), not one read each;
- ``_titled_lines`` reads only the words before a name that a role can spell, not the whole text before each
  mention: the same lines picked at every position;
- ``_relative_side_ends`` returns a one-claim sentence as it is (either cut needs another claim);
- the span tagger's per-piece scores (``role_log_odds``, ``piece_scores``) come from one list per column: the same
  floats as one numpy scalar per piece;
- the lower-case line-start scan of the framing stage tests the word before from a column: the same signals.

Each helper is checked against the reading it replaces, written out here, on our own sentences.
"""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.language import Language

from detente.nlp import actor_quotes, actor_resolver
from detente.nlp.actor_resolver import _titled_lines, _us_spelling
from detente.nlp.causal_extractor import _relative_side_ends
from detente.nlp.causal_spans import piece_scores, role_log_odds
from detente.nlp.codebook import Actor, Alias
from detente.nlp.events.lexicon import patterns_lexicon

from .causal_sentences import claim_over, sentence


def test_event_patterns_read_once_for_the_resolver_and_the_quotes() -> None:
    actor_resolver._event_words.cache_clear()
    actor_quotes.speech_verbs.cache_clear()
    patterns_lexicon.cache_clear()
    verbs, nouns = actor_resolver._meeting_mediation_words(None)
    speech = actor_quotes.speech_verbs(None)
    assert patterns_lexicon.cache_info().misses == 1  # one read of event_patterns.yml for both
    assert patterns_lexicon.cache_info().hits == 1
    assert "say" in speech and {"broker", "mediate"} & verbs and nouns


def _titled_lines_whole_text(doc, start, aliases, date):  # type: ignore[no-untyped-def]
    """START's reading: every word before the name, for each mention."""
    if date or len({a.actor.role for a in aliases}) < 2:
        return aliases
    before = [_us_spelling(t.lower_) for t in doc[:start]]
    picked = tuple(
        a
        for a in aliases
        if a.actor.kind == "person"
        and a.actor.role
        and before[-len(a.actor.role.split()) :] == [_us_spelling(w) for w in a.actor.role.lower().split()]
    )
    return picked or aliases


def _alias(role: str | None, kind: str = "person", code: str = "XYZGOV") -> Alias:
    return Alias("Lena Varga", Actor(code, "Lena Varga", kind, role), "name", True, 0)


@pytest.mark.parametrize(
    "roles",
    [
        ("prime minister", "opposition leader"),
        ("defense minister", "deputy prime minister", "senator"),
        ("senator", None),
        ("prime minister", "   "),  # a role of spaces alone: no word to spell
    ],
)
def test_titled_lines_pick_the_same_lines_at_every_position(roles: tuple[str | None, ...]) -> None:
    nlp = spacy.blank("en")
    doc = nlp(
        "Former Defence Minister Lena Varga met Prime Minister Lena Varga in Budapest, and Senator Lena Varga said "
        "the deputy prime minister Lena Varga would visit Opposition Leader Lena Varga."
    )
    aliases = tuple(_alias(role) for role in roles) + (_alias("minister", kind="organisation", code="XYZ"),)
    for start in range(len(doc) + 1):
        for date in (None, "2025-03-04"):
            assert _titled_lines(doc, start, aliases, date) == _titled_lines_whole_text(doc, start, aliases, date)
    picked = _titled_lines(doc, 3, aliases, None)  # "Lena" after "Former Defence Minister"
    assert roles[0] != "defense minister" or [a.actor.role for a in picked] == ["defense minister"]


RELATIVE = "Export controls squeezed the chip makers, which in turn cut hundreds of jobs."


def test_one_claim_is_returned_as_it_is(parse: Language) -> None:
    sent = sentence(parse, RELATIVE)
    only = claim_over(RELATIVE, "Export controls", "the chip makers, which in turn cut hundreds of jobs")
    kept = dict(only)
    found = [only]
    assert _relative_side_ends(sent, found, participles=True) is found
    assert found == [kept]


def test_two_claims_still_cut_the_relative(parse: Language) -> None:
    sent = sentence(parse, RELATIVE)
    first = claim_over(RELATIVE, "Export controls", "the chip makers, which in turn cut hundreds of jobs")
    second = claim_over(RELATIVE, "Export controls squeezed the chip makers", "hundreds of jobs")
    found = _relative_side_ends(sent, [first, dict(second)], participles=True)
    assert (found[0]["effect"], found[0]["effect_end"]) == ("the chip makers", RELATIVE.index(","))
    assert found[1] == second


def _role_log_odds_scalars(probs, offsets):  # type: ignore[no-untyped-def]
    logp = np.log(np.maximum(probs, 1e-9))
    return [(a, b, float(logp[k, 1] - logp[k, 2])) for k, (a, b) in enumerate(offsets) if b > a]


def _piece_scores_scalars(probs, offsets):  # type: ignore[no-untyped-def]
    logp = np.log(np.maximum(probs, 1e-9))
    c = logp[:, 1] - np.maximum(logp[:, 0], logp[:, 2])
    e = logp[:, 2] - np.maximum(logp[:, 0], logp[:, 1])
    return [(a, b, float(c[k]), float(e[k])) for k, (a, b) in enumerate(offsets) if b > a]


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_piece_scores_are_the_scalar_values(dtype: type) -> None:
    rng = np.random.default_rng(38)
    for n in (2, 3, 17, 64):
        probs = rng.random((n, 3)).astype(dtype)
        probs[rng.random(n) < 0.2, 1] = 0.0  # the 1e-9 floor
        probs /= np.maximum(probs.sum(1, keepdims=True), 1e-9)
        offsets = [(0, 0)] + [(4 * i, 4 * i + 3) for i in range(n - 2)] + [(0, 0)]
        got, want = role_log_odds(probs, offsets), _role_log_odds_scalars(probs, offsets)
        assert got == want and all(type(v) is float for _, _, v in got)
        got2, want2 = piece_scores(probs, offsets), _piece_scores_scalars(probs, offsets)
        assert got2 == want2 and all(type(v) is float for _, _, c, e in got2 for v in (c, e))


def test_lower_case_line_starts_only_after_a_line_break() -> None:
    from detente.nlp.pipeline import build_pipeline

    nlp = build_pipeline()
    doc = nlp(
        "Port talks resumed in Mombasa on Monday.\n"
        "negotiators from both sides met for 12 hours, and 40 delegates attended.\n"
        "The ministry said talks would go on."
    )
    starts = [q["evidence"] for q in doc._.quality if q["signal"] == "lowercase_start"]
    assert starts == ["negotiators"]  # not "delegates" after a number, not "talks" after a word
