"""A date on another event's noun does not date the acts of an absolute "with" clause (issue 14 item 6, session 18;
docs/dates.md "Background: recalled history").

Our own sentences, none from an evaluation set; the real spaCy model, ``actor_resolver`` and ``event_coder`` run
with the learned layer off. Once rule 67b coded the agentless acts of a "with" clause ("..., with sanctions leveled
at Moscow"), they took the year that the main clause's subject noun states for its own event ("the invasion of
Ukraine in 2022"), a date the text gives that act no support for.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from detente.nlp.pipeline import make_doc


def _dated(nlp: Language, text: str) -> dict[str, tuple[Any, Any]]:
    doc = nlp(make_doc(nlp, text, published="2025-05-01"))
    return {str(e["trigger"]): (e["date"], e["date_how"]) for e in doc._.events}


def test_attendant_act_of_a_dated_noun_is_background(rules_nlp: Language) -> None:
    dated = _dated(
        rules_nlp,
        "The Russian invasion of Ukraine in 2022 hardened US policy, with strict sanctions leveled at Moscow .",
    )
    assert dated["invasion"] == ("2022", "text")  # the year is the invasion's own
    assert dated["sanctions"] == (None, "background")  # before: 2022, "text"


def test_date_on_the_main_verb_still_dates_the_with_clause(rules_nlp: Language) -> None:
    dated = _dated(
        rules_nlp, "In 2022 the United States hardened its policy , with strict sanctions leveled at Moscow ."
    )
    assert dated["sanctions"] == ("2022", "text")


def test_a_trigger_outside_the_dated_noun_phrase_ends_the_search(rules_nlp: Language) -> None:
    # the walk up from the trigger reaches the root without meeting the dated noun: it must end there (the
    # first version compared Token objects by identity, which spaCy makes afresh, and never stopped)
    dated = _dated(
        rules_nlp,
        "Washington said it imposed sanctions on Moscow , and the invasion of Ukraine in 2022 was condemned .",
    )
    assert any("imposed" in trigger for trigger in dated)
