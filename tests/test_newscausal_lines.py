"""News pages run a headline, a byline or a list label into the sentence on the next line, and spaCy parses the
two as one sentence (docs/causal.md, "Causal claims on real news"): the causal stage reads each line on its own
(``split_lines`` in classifier.json), and a claim's cause and effect stay inside the line they were read from.

Every text is made up for the test."""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.causal_extractor import _line_pieces


def claims(nlp: Language, text: str) -> list[tuple[int, str, str]]:
    return [(c["start"], c["cause"], c["effect"]) for c in nlp(text)._.causal]


def test_shipped_classifier_reads_lines_apart(causal_nlp: Language) -> None:
    assert causal_nlp.get_pipe("causal_extractor").classifier.settings.split_lines


def test_scored_units_never_cross_a_line_break(causal_nlp: Language) -> None:
    text = "Grain Talks Collapse In Geneva\nBread prices rose sharply because of the drought."
    doc = causal_nlp(text)
    units, _ = causal_nlp.get_pipe("causal_extractor")._scored_sentences(doc)
    assert [u.text for u in units] == text.split("\n")


def test_no_unit_ends_on_the_paragraph_break(causal_nlp: Language) -> None:
    text = "Bread prices rose sharply because of the drought.\n\nBakers closed their shops on Monday."
    units, _ = causal_nlp.get_pipe("causal_extractor")._scored_sentences(causal_nlp(text))
    assert [u.text for u in units] == [line for line in text.split("\n") if line]


def test_a_sentence_on_one_line_is_its_own_unit(causal_nlp: Language) -> None:
    doc = causal_nlp("Bread prices rose sharply because of the drought.")
    sent = next(iter(doc.sents))
    assert _line_pieces(sent) == [sent]


def test_claim_is_anchored_on_the_story_line_not_the_headline(causal_nlp: Language) -> None:
    text = "Grain Talks Collapse In Geneva\nBread prices rose sharply because of the drought."
    found = claims(causal_nlp, text)
    assert found == [(text.index("Bread"), "the drought", "Bread prices rose sharply")]


def test_headline_is_not_taken_as_the_subject_of_the_story_verb(causal_nlp: Language) -> None:
    # the parser hangs the headline on "raised" as its subject; a line is read on its own
    text = "Farm Ministers Meet Again\nWith the harvest ruined, the government raised import tariffs on wheat."
    assert not [c for c in claims(causal_nlp, text) if "Ministers" in c[1] or "Ministers" in c[2]]


def test_a_headline_that_states_a_cause_keeps_its_claim(causal_nlp: Language) -> None:
    found = claims(causal_nlp, "Drought Drives Prices Up\nBakers in the capital closed their shops on Monday.")
    assert (0, "Drought", "Prices") in found


def test_forward_marker_still_reaches_the_sentence_on_the_line_before(causal_nlp: Language) -> None:
    text = "Poor rains cut the wheat harvest.\nAs a result, bread prices rose sharply."
    assert (text.index("As"), "Poor rains cut the wheat harvest", "bread prices rose sharply") in claims(
        causal_nlp, text
    )
