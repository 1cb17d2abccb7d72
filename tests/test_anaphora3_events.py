"""A plural pronoun for the two parties of the previous sentence (issue 14, session 18; docs/events.md rule 74).

Each sentence is our own construction, none copied from the news excerpts, the seeds, PLOVER, ConfliBERT or any
evaluation set. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off
(``rules_nlp``). Before rule 74 each resolved pronoun was left unresolved (said per test); the neighbours pin
readings that must not move.
"""

from __future__ import annotations

from spacy.language import Language

from .event_sentences import asserted, coded


def pronoun_codes(nlp: Language, text: str, pronoun: str) -> set[str]:
    """The actor codes the resolver puts on ``pronoun`` (its text) in ``text``."""
    mentions: set[str] = set()
    from detente.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, text, published="2024-05-01"))
    for span in doc.spans["actors"]:
        if span.text == pronoun:
            mentions.add(span.label_)
    return mentions


# -- 74a: a coordinated pair as the previous sentence's subject, "they" as this one's ------------------------


def test_they_after_a_coordinated_pair_is_both(rules_nlp: Language) -> None:
    text = "France and Germany signed a treaty . They pledged to cooperate against Russia ."
    assert pronoun_codes(rules_nlp, text, "They") == {"FRA", "DEU"}
    events = asserted(rules_nlp, text)
    # before: "They" unresolved, no pledge coded
    assert {("FRA", "RUS", "030"), ("DEU", "RUS", "030")} <= events


def test_they_after_a_coordinated_pair_of_leaders(rules_nlp: Language) -> None:
    text = "Macron and Scholz met in Paris on Monday . They agreed to condemn Iran ."
    assert len(pronoun_codes(rules_nlp, text, "They")) == 2


def test_their_after_a_coordinated_pair_is_left_alone(rules_nlp: Language) -> None:
    # a possessive names a standing relation more often than an act ("Their agreements are ...")
    text = "Spain and Portugal hold most of the fishing rights . Their agreements are old ."
    assert pronoun_codes(rules_nlp, text, "Their") == set()


# -- 74b: a joint act takes the previous sentence's two parties ------------------------------------------------


def test_them_together_takes_the_two_parties(rules_nlp: Language) -> None:
    text = "For decades Greece kept Turkey at a distance . The crisis finally brought them together ."
    assert pronoun_codes(rules_nlp, text, "them") == {"GRC", "TUR"}  # before: unresolved


# -- neighbours that must not move ------------------------------------------------------------------------------


def test_them_without_a_joint_word_stays_unresolved(rules_nlp: Language) -> None:
    text = "Russia attacked Ukraine . The war brought them to the brink ."
    assert pronoun_codes(rules_nlp, text, "them") == set()


def test_people_nouns_are_a_nearer_candidate(rules_nlp: Language) -> None:
    text = "France and Germany condemned the arrests . Protesters said they would march together ."
    assert pronoun_codes(rules_nlp, text, "they") == set()


def test_a_pair_across_a_paragraph_break_is_out_of_reach(rules_nlp: Language) -> None:
    text = "France and Germany signed a treaty .\n\nThey pledged to cooperate against Russia ."
    assert pronoun_codes(rules_nlp, text, "They") == set()


def test_a_subject_pair_with_a_third_party_object_stays_unresolved_for_a_joint_them(rules_nlp: Language) -> None:
    # three parties in the previous sentence: "them" together is ambiguous
    text = "France and Germany warned Russia . The talks brought them together ."
    assert pronoun_codes(rules_nlp, text, "them") == set()


def test_single_subject_they_keeps_the_one_party_reading(rules_nlp: Language) -> None:
    mentions, events = coded(rules_nlp, "Russian forces shelled Kharkiv . They also attacked Ukraine .")
    assert ("RUS", "UKR", "19") in events or ("RUS", "UKR", "18") in events


# -- 74c: a noun the object's parties are brought together as is their act with each other -----------------------


def test_brought_together_as_allies_is_both_ways(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "The crisis brought Greece and Turkey together as allies against Iran .")
    assert {("GRC", "TUR", "062"), ("TUR", "GRC", "062")} <= events  # before: no event
    assert not any("IRN" in (s, t) for s, t, _ in events)  # what they joined against is no partner


def test_them_together_as_allies_takes_the_previous_pair(rules_nlp: Language) -> None:
    text = "For decades Greece kept Turkey at a distance . The crisis finally brought them together as allies ."
    events = asserted(rules_nlp, text)
    assert {("GRC", "TUR", "062"), ("TUR", "GRC", "062")} <= events  # before: no event


def test_one_party_brought_in_as_an_ally_is_not_a_pair(rules_nlp: Language) -> None:
    # no joint adverb and one party as the object: rule 74c does not apply
    events = asserted(rules_nlp, "The crisis brought Greece into the war as an ally of Turkey .")
    assert ("TUR", "GRC", "062") not in events


def test_a_singular_role_is_the_bringers_not_the_pairs(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "Qatar brought Israel and Egypt together as a mediator .")
    assert ("ISR", "EGY", "062") not in events and ("ISR", "EGY", "043") not in events


def test_both_on_an_object_is_no_joint_word(rules_nlp: Language) -> None:
    # "both" belongs to the object's pair, not to the subject pronoun
    text = "Russia warned Ukraine . They condemned both France and Spain ."
    assert pronoun_codes(rules_nlp, text, "They") == set()


def test_each_other_takes_the_previous_pair(rules_nlp: Language) -> None:
    text = "Greece kept Turkey at a distance for years . Then they met each other in Vienna ."
    assert pronoun_codes(rules_nlp, text, "they") == {"GRC", "TUR"}  # before: unresolved


# -- 74d: a pair phrase after a coordinated subject pair and a third party ------------------------------------------


def test_two_countries_after_a_pair_and_a_third_party(rules_nlp: Language) -> None:
    text = "Estonia and Latvia have condemned Russia . The two countries also criticized Belarus ."
    events = asserted(rules_nlp, text)
    assert {("EST", "BLR", "111"), ("LVA", "BLR", "111")} <= events  # before: no actor, no event


def test_two_countries_after_an_object_pair_takes_that_pair(rules_nlp: Language) -> None:
    # rule 75e (session 19, newsevents12): before, left unresolved; now the one object pair is the antecedent
    text = "Russia warned Estonia and Latvia . The two countries criticized Belarus ."
    events = {(s, t) for s, t, _ in asserted(rules_nlp, text) if t == "BLR"}
    assert events == {("EST", "BLR"), ("LVA", "BLR")}
