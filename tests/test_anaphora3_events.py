

# -- 74c: a noun the object's parties are brought together as is their act with each other -----------------------


def test_brought_together_as_allies_is_both_ways(rules_nlp: Language) -> None:
    events = asserted(rules_nlp, "The crisis brought Greece and Turkey together as allies against Iran .")
    assert {("GRC", "TUR", "062"), ("TUR", "GRC", "062")} <= events  # before: no event
    assert not any("IRN" in (s, t) for s, t, _ in events)  # what they joined against is no partner


def test_them_together_as_allies_takes_the_previous_pair(rules_nlp: Language) -> None:
    text = "For decades Greece kept Turkey at a distance . The crisis finally brought them together as allies ."
    events = asserted(rules_nlp, text)
    assert {("GRC", "TUR", "062"), ("TUR", "GRC", "062")} <= events  # before: no event


def test_allies_without_together_keep_their_reading(rules_nlp: Language) -> None:
    # no joint adverb: rule 74c does not apply, the object is not made the pair
    events = asserted(rules_nlp, "The crisis brought Greece into the war as an ally of Turkey .")
    assert ("GRC", "TUR", "062") not in events or ("TUR", "GRC", "062") not in events
