"""Issue 13 (code quality): the causal stage's switches and thresholds have ONE definition,
``causal_settings.CausalSettings``; ``classifier.json`` is checked against it on load, and the classifier and the
rule extractor read the same object, so a value set in the JSON reaches both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from detente.nlp.causal_extractor import CAUSAL_DIR, WEIGHTS_FILE, CausalExtractor
from detente.nlp.causal_rules import Extractor
from detente.nlp.causal_scorer import Classifier
from detente.nlp.causal_settings import MODEL_KEYS, CausalSettings, setting_names
from tests.conftest import only_sentence

# invented: two clauses coordinated in the effect of one marker
COORDINATED = "Because of the flood, three bridges collapsed and forty families were moved to the school."


def _shipped_json() -> dict[str, object]:
    return json.loads((CAUSAL_DIR / WEIGHTS_FILE).read_text(encoding="utf-8"))


def _data_copy(tmp_path: Path, **changes: object) -> Path:
    """The packaged causal data directory with classifier.json's ``changes`` (the other files linked)."""
    folder = tmp_path / "causal"
    folder.mkdir()
    for f in CAUSAL_DIR.iterdir():
        if f.name != WEIGHTS_FILE:
            (folder / f.name).symlink_to(f.resolve())
    data = _shipped_json() | changes
    (folder / WEIGHTS_FILE).write_text(json.dumps(data), encoding="utf-8")
    return folder


def test_every_key_of_the_shipped_json_is_a_setting_or_the_model() -> None:
    keys = set(_shipped_json()) - set(MODEL_KEYS)
    assert keys <= set(setting_names()), sorted(keys - set(setting_names()))
    clf = Classifier.load()
    for key in keys:  # each shipped value arrives (lists as tuples), none left at its default by a misspelt read
        value = _shipped_json()[key]
        assert getattr(clf.settings, key) == (tuple(value) if isinstance(value, list) else value), key


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"trim_dateline": True}, "trim_dateline"),  # a misspelt switch
        ({"trim_datelines": "yes"}, "trim_datelines"),  # a string for a bool
        ({"tag_min_score": True}, "tag_min_score"),  # a bool for a number
        ({"cause_end_trim": "time"}, "cause_end_trim"),  # a string for a list of classes
    ],
)
def test_a_bad_key_or_value_fails_naming_the_file(tmp_path: Path, change: dict[str, object], named: str) -> None:
    folder = _data_copy(tmp_path, **change)
    with pytest.raises(ValueError) as err:
        Classifier.load(folder)
    assert str(folder / WEIGHTS_FILE) in str(err.value) and named in str(err.value)


def test_a_setting_changed_in_the_json_reaches_classifier_and_extractor(parse: Language, tmp_path: Path) -> None:
    shipped = CausalExtractor(parse, "causal_extractor", scorer="linear")
    assert shipped.classifier.settings.split_clause_effects is False
    changed = CausalExtractor(
        parse, "causal_extractor", str(_data_copy(tmp_path, split_clause_effects=True)), scorer="linear"
    )
    assert changed.extractor.settings is changed.classifier.settings
    assert changed.classifier.settings.split_clause_effects and changed.extractor.settings.split_clause_effects
    sent = only_sentence(parse, COORDINATED)
    one = [c["effect"] for c in shipped.extractor.extract(sent)]
    two = [c["effect"] for c in changed.extractor.extract(sent)]
    assert len(one) == 1 and len(two) == 2, (one, two)


def test_settings_set_on_the_component_reach_both_and_a_misspelt_name_fails(linear_causal: Language) -> None:
    comp = linear_causal.get_pipe("causal_extractor")
    saved = comp.settings
    try:
        comp.settings = CausalSettings.from_mapping({"trim_reports": False}, "test", base=saved)
        assert comp.extractor.settings is comp.classifier.settings and not comp.extractor.settings.trim_reports
        with pytest.raises(AttributeError):
            comp.settings.trim_report = True  # type: ignore[attr-defined]  # slots: no new attribute
    finally:
        comp.settings = saved
    assert comp.extractor.settings is saved and saved.trim_reports


def test_a_bare_extractor_and_classifier_take_the_defaults() -> None:
    from detente.nlp.causal_markers import load_lexicon

    assert Extractor(load_lexicon()).settings == CausalSettings() == Classifier({"bias": 0.0}).settings
    # implicit and tagger thresholds follow the sentence threshold where a file sets only that
    loose = CausalSettings.from_mapping({"threshold": 0.3}, "test")
    assert loose.implicit_threshold == loose.tag_threshold == 0.3
