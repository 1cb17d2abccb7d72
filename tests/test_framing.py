"""framing_tagger: narrative markers, persuasion techniques and text-quality signals, on the real model."""

from __future__ import annotations

from pathlib import Path

import spacy

from detente.analysis.framing_profile import profile_from_hits
from detente.nlp.framing_tagger import FramingTagger, debris_signals, raw_text_signals, spacing_signals
from tests.conftest import need_shared


def _seed(prefix: str) -> str:
    folder = need_shared("corpus", "seeds")
    return next(folder.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_seed_003_is_dominated_by_kremlin_markers(nlp) -> None:
    doc = nlp(_seed("003"))
    profile = profile_from_hits(doc._.framing, len(doc.text.split()))
    assert profile["dominant_narrative"] == "kremlin"
    kremlin = profile["narratives"]["kremlin"]
    others = [v["count"] for k, v in profile["narratives"].items() if k != "kremlin"]
    assert kremlin["count"] > max(others, default=0)
    assert kremlin["per_1000"] > 5
    phrases = {p["phrase"] for p in kremlin["phrases"]}
    for expected in (
        "Kyiv regime",
        "Special Military Operation",
        "vassals",
        "neo-Nazi",
        "sanctions from hell",
        "Ukrainian terrorists",
        "Western-backed",
    ):
        assert expected in phrases, expected
    # "collective Western  underwent": the marker is found across the double space
    assert "collective Western" in phrases


def test_hits_carry_exact_offsets(nlp) -> None:
    doc = nlp(_seed("003"))
    assert doc._.framing
    for hit in doc._.framing:
        assert doc.text[hit["start"] : hit["end"]] == hit["phrase"]
        assert set(hit) == {"phrase", "narrative", "technique", "note", "start", "end"}


def test_western_framings_and_merged_phrase(nlp) -> None:
    doc = nlp(_seed("004"))
    hawkish = [h["phrase"] for h in doc._.framing if h["narrative"] == "western_hawkish"]
    assert "Russia’s aggression against Ukraine" in hawkish
    doc = nlp(
        "Critics called it an unprovoked, brutal invasion and warned against appeasement. "
        "The senator preached peace through strength, while others pushed for peace talks and "
        "a diplomatic solution to find common ground."
    )
    by_narrative: dict[str, set[str]] = {}
    for h in doc._.framing:
        by_narrative.setdefault(h["narrative"] or "-", set()).add(h["phrase"].lower())
    assert {"unprovoked", "brutal invasion", "appeasement", "peace through strength"} <= by_narrative["western_hawkish"]
    assert {"peace talks", "diplomatic solution", "common ground"} <= by_narrative["western_dovish"]


def test_case_spacing_and_hyphen_tolerance(nlp) -> None:
    doc = nlp("The KYIV   Regime, backed by the Collective\u00a0West and its western backed neo Nazi friends.")
    found = {(h["narrative"], h["phrase"]) for h in doc._.framing}
    assert ("kremlin", "KYIV   Regime") in found
    assert ("kremlin", "Collective\u00a0West") in found
    assert ("kremlin", "western backed") in found
    assert ("kremlin", "neo Nazi") in found


def test_neutral_text_has_no_narrative_markers(nlp) -> None:
    doc = nlp(
        "The finance ministers met in Brussels on Tuesday to discuss the budget for next year. "
        "The meeting lasted three hours and ended with a joint statement."
    )
    assert [h for h in doc._.framing if h["narrative"]] == []


def test_seed_000_spun_text_and_quality_signals(nlp) -> None:
    raw = _seed("000")
    doc = nlp(raw)
    by_signal: dict[str, list[str]] = {}
    for q in doc._.quality:
        assert doc.text[q["start"] : q["end"]] == q["evidence"]
        by_signal.setdefault(q["signal"], []).append(q["evidence"])
    assert {"This growth", "further intricate", "meaningful decline", "basic divergence"} <= set(by_signal["spun_text"])
    assert "As a seasoned foreign policy analyst" in by_signal["anonymous_authority"]
    assert "its a" in by_signal["its_for_its"]
    assert {"russia", "budapest", "kyiv"} <= set(by_signal["lowercase_name"])
    assert "breakdown" in by_signal["lowercase_start"]
    spacing = {s["evidence"] for s in spacing_signals(raw)}
    assert {"2,2025,04:28:01,the", "U.S.President", "growth,following", "goodwill.The"} <= spacing


def test_clean_prose_has_no_quality_signals(nlp) -> None:
    text = (
        "According to a Gallup poll published in May, 72% of Americans support the treaty. "
        "It's a significant development, and it is further complicated by the election. "
        "The President met his counterpart in Geneva."
    )
    doc = nlp(text)
    assert doc._.quality == []
    assert spacing_signals(text) == []


def test_unsourced_statistic_needs_no_named_source(nlp) -> None:
    doc = nlp("Some 72% of voters now oppose the deal, and $40 billion has already been spent.")
    stats = [q["evidence"] for q in doc._.quality if q["signal"] == "unsourced_statistic"]
    assert "72%" in stats and any("$40 billion" in s for s in stats)
    doc = nlp("Some 72% of voters now oppose the deal, according to the Pew Research Center.")
    assert not [q for q in doc._.quality if q["signal"] == "unsourced_statistic"]


def test_anonymous_authority_generic(nlp) -> None:
    doc = nlp("Experts say the talks will fail. Reports from Western intelligence agencies suggest otherwise.")
    ev = [q["evidence"] for q in doc._.quality if q["signal"] == "anonymous_authority"]
    assert "Experts say" in ev
    assert "Reports from Western intelligence agencies" in ev


def test_raw_signals_on_debris() -> None:
    raw3, raw4, raw1 = _seed("003"), _seed("004"), _seed("001")
    assert any(s["note"] == "hash line" for s in debris_signals(raw3))
    shop = [s for s in debris_signals(raw4) if s["note"] == "shop widget"]
    assert shop and raw4[shop[0]["start"] : shop[0]["end"]] == "No products in the cart."
    assert "Popular posts from this blog" in {s["evidence"] for s in raw_text_signals(raw1)}
    for s in raw_text_signals(raw1):
        assert raw1[s["start"] : s["end"]] == s["evidence"]


def test_custom_data_path_and_round_trip(tmp_path: Path) -> None:
    (tmp_path / "lexicon.yml").write_text(
        "- phrases: [blue widgets]\n  narrative: test_narrative\n  technique: slogans\n  note: a test\n",
        encoding="utf-8",
    )
    (tmp_path / "quality.yml").write_text("spinner: []\n", encoding="utf-8")
    blank = spacy.blank("en")
    blank.add_pipe("framing_tagger", config={"data_path": str(tmp_path)})
    doc = blank("We sell Blue  Widgets and the Kyiv regime.")
    assert [(h["phrase"], h["narrative"]) for h in doc._.framing] == [("Blue  Widgets", "test_narrative")]
    out = tmp_path / "saved"
    tagger = blank.get_pipe("framing_tagger")
    assert isinstance(tagger, FramingTagger)
    tagger.to_disk(out)
    again = FramingTagger(spacy.blank("en"), data_path=str(out))
    assert again.lexicon == tagger.lexicon


def test_pipe_batches(nlp) -> None:
    texts = ["The Kyiv regime fell silent.", "Peace talks resumed.", "Nothing to see here."]
    docs = list(nlp.pipe(texts, batch_size=2))
    assert [len([h for h in d._.framing if h["narrative"]]) for d in docs] == [1, 1, 0]
