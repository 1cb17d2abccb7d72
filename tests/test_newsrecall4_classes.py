"""Recall on real news, round 4 (issue 14, session 9; docs/events.md rule 32), one test per class.

Each sentence is our own construction, about countries far from the news the classes were counted on; none is
copied from the news excerpts, PLOVER or any evaluation set. The real spaCy model, ``actor_resolver`` and
``event_coder`` run with the learned layer off. Each case asserts the event the class must now give (or no
longer give) and, beside it, the neighbouring construction that must keep its old reading.
"""

from __future__ import annotations

from spacy.language import Language

from detente.nlp.pipeline import make_doc
from detente.reference.actors import primary_code

from .event_sentences import asserted, roots


def test_an_appeal_a_clause_answers_was_made_to_its_subject(rules_nlp: Language) -> None:
    # "despite Y's requests": Y asked the clause's subject (rule 24's answered acts, now appeals too)
    assert ("PER", "CHL", "02") in roots(
        asserted(rules_nlp, "Despite Peru's repeated requests, Chile kept its border closed.")
    )
    assert ("PER", "CHL", "02") in roots(asserted(rules_nlp, "Chile sold the jets to Bolivia despite Peru's appeals."))
    # an act of another root that a clause follows is not aimed at the clause's subject
    events = asserted(rules_nlp, "After Peru's meeting with Bolivia, Chile closed its border.")
    assert not any(t == "CHL" for _, t, _ in events)


def flagged(rules_nlp: Language, text: str) -> set[tuple[str, str, str]]:
    """Every event of ``text``, asserted or not, as (source, target, code) on primary codes."""
    doc = rules_nlp(make_doc(rules_nlp, text, published="2024-05-01"))
    return {(primary_code(e["source"]), primary_code(e["target"]), str(e["cameo"])) for e in doc._.events or []}


def test_its_in_a_time_frame_under_a_wish_names_the_clause_above(rules_nlp: Language) -> None:
    # "eager to sell gas as sales shrink after its invasion of Y": the time frame is no part of the wish, and "its"
    # is not the plural "exports", so the clause above names the invader
    assert ("PER", "CHL", "190") in flagged(
        rules_nlp, "Peru is eager to sell copper as exports shrink after its invasion of Chile."
    )
    # a singular subject of its own clause may be what "its" stands for: no guess
    assert ("PER", "CHL", "190") not in flagged(
        rules_nlp, "Peru is eager to sell copper as the market shrinks after its invasion of Chile."
    )
    # the act a wish wraps stays wished, not done
    assert ("PER", "CHL", "19") not in roots(asserted(rules_nlp, "Peru is eager to invade Chile."))


def test_a_summit_one_meets_on_the_sidelines_of_is_no_party(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Chile and Peru met on the margins of the NATO summit.")
    assert ("CHL", "PER", "040") in events and ("PER", "CHL", "040") in events
    assert not any("IGO" in (s, t) for s, t, _ in events)
    events = asserted(rules_nlp, "Chile met Peru on the sidelines of the African Union summit.")
    assert ("CHL", "PER", "040") in events
    assert not any("IGO" in (s, t) for s, t, _ in events)
    # a meeting with the organisation itself stays one
    assert ("CHL", "IGO", "04") in roots(asserted(rules_nlp, "Chile met NATO officials in Brussels."))


def test_a_gerund_of_means_has_the_clause_subject(rules_nlp: Language) -> None:
    # "By hosting Y, X ...": X hosts Y (043)
    assert ("CHL", "PER", "043") in asserted(
        rules_nlp, "By hosting the Peruvian president in Santiago, Chile angered Bolivia."
    )
    assert ("CHL", "PER", "043") in asserted(rules_nlp, "Chile angered Bolivia by hosting the Peruvian president.")
    # other prepositions keep their gerund subjectless (rule 23 measured a false positive), but for a contact
    # gerund under "after" / "before" (rule 113a: "After meeting the Peruvian president, Chile ..." is CHL <-> PER)
    assert ("CHL", "PER", "19") not in roots(
        asserted(rules_nlp, "After attacking the Peruvian border post, Chile angered Bolivia.")
    ) - roots(asserted(rules_nlp, "Chile angered Bolivia."))


def test_should_not_have_is_a_reproach(rules_nlp: Language) -> None:
    # "X said Y should not have done Z": disapproval of a past act (111), no demand
    events = asserted(rules_nlp, "Chile said Peru should not have expelled its diplomats.")
    assert ("CHL", "PER", "111") in events
    assert not any(c[:2] == "10" for _, _, c in events)
    assert ("CHL", "PER", "111") in asserted(
        rules_nlp, "Chile remarked that Peru should have consulted its neighbours."
    )
    # a passive names the one the act was (not) done to, not the one blamed
    assert ("CHL", "PER", "111") not in asserted(rules_nlp, "Chile said Peru should have been invited to the talks.")
    # an obligation for the future stays a demand
    assert ("CHL", "PER", "10") in roots(asserted(rules_nlp, "Chile said Peru should expel the diplomats."))


def test_a_contact_before_a_past_act_is_asserted(rules_nlp: Language) -> None:
    # "had wanted to meet Y following a phone call with Y": the call took place, the meeting is wished
    events = asserted(rules_nlp, "Norway had wanted to meet Chile following a phone call with the Chilean leader.")
    assert ("NOR", "CHL", "041") in events and ("CHL", "NOR", "041") in events
    # in a sentence about the future, what comes "after" is still to come
    events = asserted(rules_nlp, "Norway wants to meet Chile after talks with Peru.")
    assert ("NOR", "PER", "040") not in events


def test_an_offer_is_made_to_whom_a_conjoined_appeal_is_addressed(rules_nlp: Language) -> None:
    # "X proposes a pact, calls on Y to reciprocate": the proposal is made to Y (03), beside the appeal (02)
    events = asserted(rules_nlp, "Peru proposes a new trade pact, calls on Chile to reciprocate.")
    assert ("PER", "CHL", "030") in events and ("PER", "CHL", "020") in events
    # rule 187: a truce offered is the intent to de-escalate (0356, 030 refined)
    assert ("PER", "CHL", "0356") in asserted(rules_nlp, "Peru offered a truce and urged Chile to accept it.")
    # an appeal with a subject of its own is someone else's: the offer names no one
    events = asserted(rules_nlp, "Peru offered a truce, and Bolivia urged Chile to accept it.")
    assert not any(s == "PER" for s, _, _ in events)
    # an offer that names its addressee keeps it
    events = asserted(rules_nlp, "Peru proposed a ceasefire to Chile and urged Bolivia to join.")
    assert ("PER", "CHL", "0356") in events and ("PER", "BOL", "0356") not in events
