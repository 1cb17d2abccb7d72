"""The argument search as named steps (issue 14, refactor10): ``ArgumentFinder.arguments`` runs ordered phases of
named steps; each step names its rule in docs/events.md, docs/events.md lists the steps in the order they run, and
single steps do what their docstrings say on constructed sentences (not taken from any evaluation set).

Actors are given explicitly, as the spans ``actor_resolver`` would write; the real spaCy model parses.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from detente.nlp.event_coder import EventCoder
from detente.nlp.events.arguments import ArgumentFinder, ArgumentSearch, ArgumentStep
from detente.nlp.events.triggers import Trigger

DOCS = Path(__file__).resolve().parents[1] / "docs" / "events.md"
PHASES = (
    *("VERB_STEPS", "ADJECTIVE_STEPS", "NOUN_STEPS"),  # each kind's own steps
    *("WRAPPED_ACT_STEPS", "WHOLE_ACT_STEPS", "FALLBACK_TARGET_STEPS", "FINAL_STEPS"),  # shared by every kind
)


def all_steps() -> list[tuple[str, ArgumentStep]]:
    """(phase, step) in the order ``arguments`` runs them for each kind's own phase, then the shared ones."""
    return [(phase, step) for phase in PHASES for step in getattr(ArgumentFinder, phase)]


def documented_rules() -> set[str]:
    """The numbered rules of docs/events.md: top-level "N." items and lettered "**Nx." sub-rules."""
    text = DOCS.read_text()
    top = set(re.findall(r"^(\d+)\. ", text, flags=re.M))
    lettered = set(re.findall(r"^\s+- \*\*(\d+[a-z])\. ", text, flags=re.M))
    return top | lettered


def prepared(base: Language, text: str, actors: dict[str, str]) -> tuple[Doc, dict[int, Span]]:
    """Parse ``text`` and mark each form of ``actors`` with its code, as the coder's ``tok_actor`` index."""
    doc = base(text)
    tok_actor: dict[int, Span] = {}
    for form, label in actors.items():
        start = text.find(form)
        assert start >= 0, form
        span = doc.char_span(start, start + len(form), label=label, alignment_mode="expand")
        assert span is not None, form
        for i in range(span.start, span.end):
            tok_actor.setdefault(i, span)
    return doc, tok_actor


def trigger_at(coder: EventCoder, doc: Doc, word: str) -> Trigger:
    """The trigger the coder's lexicon finds on ``word`` (its first occurrence)."""
    tok = next(t for t in doc if t.text == word)
    trig = coder.triggers.trigger(tok)
    assert trig is not None, word
    return trig


def run_until(finder: ArgumentFinder, search: ArgumentSearch, steps: tuple[ArgumentStep, ...], last: str) -> None:
    """Run ``steps`` in order up to and including the one named ``last``."""
    names = [s.__name__ for s in steps]
    assert last in names, last
    for step in steps[: names.index(last) + 1]:
        step(finder, search)


def labels(spans: list[Span]) -> list[str]:
    return [s.label_ for s in spans]


@pytest.fixture(scope="module")
def finder(coder: EventCoder) -> ArgumentFinder:
    return coder.arguments


# -- the steps are named, documented and listed in docs/events.md in the order they run -----------------------


def test_every_step_names_a_documented_rule() -> None:
    rules = documented_rules()
    for phase, step in all_steps():
        doc = step.__doc__ or ""
        cited = re.match(r"Rules? ([\dA-Za-z, and]+?)[,(:]", doc)
        assert cited, f"{phase}.{step.__name__}: no rule named first in its docstring"
        numbers = re.findall(r"\d+[a-z]?", cited.group(1))
        assert numbers and all(n in rules for n in numbers), (step.__name__, numbers)


def test_every_strategy_gives_an_example_and_filters_say_so() -> None:
    for _, step in all_steps():
        doc = step.__doc__ or ""
        if "(filter)" in doc:
            continue  # a filter drops what other steps found
        assert re.search(r'"[^"]+"', doc), f"{step.__name__}: no quoted example"


def test_step_names_are_unique_and_shadow_no_helper() -> None:
    names = [step.__name__ for _, step in all_steps()]
    assert len(names) == len(set(names)), names
    for name in names:
        assert getattr(ArgumentFinder, name).__qualname__ == f"ArgumentFinder.{name}"


def test_docs_list_the_steps_in_the_order_they_run() -> None:
    text = DOCS.read_text()
    section = text.split("### The argument search", 1)[1].split("\n#", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \| `(\w+)` \|", section, flags=re.M)
    assert rows == [(phase, step.__name__) for phase, step in all_steps()]


def test_driver_runs_own_kind_then_shared_phases(finder: ArgumentFinder) -> None:
    shared = (
        finder.WRAPPED_ACT_STEPS,
        finder.WHOLE_ACT_STEPS,
        finder.FALLBACK_TARGET_STEPS,
        finder.FINAL_STEPS,
    )
    assert finder.step_phases("verb") == (finder.VERB_STEPS, *shared)
    assert finder.step_phases("adj") == (finder.ADJECTIVE_STEPS, *shared)
    assert finder.step_phases("noun") == (finder.NOUN_STEPS, *shared)


# -- single steps on constructed sentences --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "attacker", "victims"),
    [
        ("Shelling by Turkish forces killed two Syrian farmers.", "Turkish forces", "Syrian farmers"),
        ("Shelling by Russian forces wounded five Ukrainian soldiers.", "Russian forces", "Ukrainian soldiers"),
    ],
)
def test_gerund_force_source_takes_the_by_agent(
    base: Language, coder: EventCoder, finder: ArgumentFinder, text: str, attacker: str, victims: str
) -> None:
    """Rule 47b: before the step the gerund subject has no source; the step takes its "by" agent and the casualty
    verb's object."""
    doc, tok_actor = prepared(base, text, {attacker: "AAAMIL", victims: "BBBMIL"})
    trig = trigger_at(coder, doc, "Shelling")
    search = ArgumentSearch(trig, None, trig.token, tok_actor, finder.is_reciprocal(trig, None))
    run_until(finder, search, finder.VERB_STEPS, "verb_object_targets")
    assert (search.sources, search.targets) == ([], [])
    finder.gerund_force_source(search)
    assert (labels(search.sources), labels(search.targets)) == (["AAAMIL"], ["BBBMIL"])
    sources, targets, _ = finder.arguments(trig, None, tok_actor)
    assert (labels(sources), labels(targets)) == (["AAAMIL"], ["BBBMIL"])


def test_removal_origin_source_reads_the_from_phrase(base: Language, coder: EventCoder, finder: ArgumentFinder) -> None:
    """Rule 31: a passive expulsion with no agent: the country expelled from is the source."""
    actors = {"Chilean envoy": "CHLGOV", "Peru": "PER"}
    doc, tok_actor = prepared(base, "The Chilean envoy was expelled from Peru on Monday.", actors)
    trig = trigger_at(coder, doc, "expelled")
    search = ArgumentSearch(trig, None, trig.token, tok_actor, finder.is_reciprocal(trig, None))
    run_until(finder, search, finder.VERB_STEPS, "custody_place_source")
    assert labels(search.sources) == ["PER"]
    assert labels(search.targets) == ["CHLGOV"]


def test_mediation_between_settles_the_answer(base: Language, coder: EventCoder, finder: ArgumentFinder) -> None:
    """Rules 11 and 31: the possessor mediates between both parties; no later step runs."""
    actors = {"Norway": "NOR", "Colombia": "COL", "Ecuador": "ECU"}
    doc, tok_actor = prepared(base, "Norway's mediation between Colombia and Ecuador produced a truce.", actors)
    trig = trigger_at(coder, doc, "mediation")
    search = ArgumentSearch(trig, None, trig.token, tok_actor, finder.is_reciprocal(trig, None))
    run_until(finder, search, finder.NOUN_STEPS, "mediation_between")
    assert search.done
    assert (labels(search.sources), labels(search.targets), search.reciprocal) == (["NOR"], ["COL", "ECU"], False)
    sources, targets, reciprocal = finder.arguments(trig, None, tok_actor)
    assert (labels(sources), labels(targets), reciprocal) == (["NOR"], ["COL", "ECU"], False)


def test_each_other_makes_the_subjects_mutual(base: Language, coder: EventCoder, finder: ArgumentFinder) -> None:
    """Rule 34: "accused each other of arming Z" is no act toward Z."""
    actors = {"Sudan": "SDN", "Chad": "TCD", "Libyan militias": "LBYREB"}
    doc, tok_actor = prepared(base, "Sudan and Chad accused each other of arming Libyan militias.", actors)
    trig = trigger_at(coder, doc, "accused")
    sources, targets, reciprocal = finder.arguments(trig, None, tok_actor)
    assert (labels(sources), targets, reciprocal) == (["SDN", "TCD"], [], True)


def test_one_sided_verb_ends_the_reciprocal_reading(base: Language, coder: EventCoder, finder: ArgumentFinder) -> None:
    """Rule 21: an agreement ratified with a named partner is one side's act; the step turns it one-way."""
    actors = {"Kenya": "KEN", "Uganda": "UGA"}
    doc, tok_actor = prepared(base, "Kenya ratified a trade agreement with Uganda.", actors)
    trig = trigger_at(coder, doc, "ratified")
    trig_at = {tok.i: found for tok in doc if (found := coder.triggers.trigger(tok)) is not None}
    inner = coder.triggers.wrapped(trig, trig_at)
    search = ArgumentSearch(trig, inner, trig.token, tok_actor, True)
    search.sources, search.targets = [tok_actor[doc[0].i]], [tok_actor[doc[len(doc) - 2].i]]
    finder.one_sided_verb(search)
    assert search.reciprocal is False
    sources, targets, reciprocal = finder.arguments(trig, inner, tok_actor)
    assert (labels(sources), labels(targets), reciprocal) == (["KEN"], ["UGA"], False)


def test_drop_sources_from_targets_is_a_filter(base: Language, coder: EventCoder, finder: ArgumentFinder) -> None:
    """Rule 1: a span reached as both source and target stays the source only."""
    doc, tok_actor = prepared(base, "Ghana condemned the attack.", {"Ghana": "GHA"})
    trig = trigger_at(coder, doc, "condemned")
    ghana = tok_actor[0]
    search = ArgumentSearch(trig, None, trig.token, tok_actor, False, sources=[ghana], targets=[ghana])
    finder.drop_sources_from_targets(search)
    assert search.targets == [] and search.sources == [ghana]
