"""ConfliBERT train error classes, round 11 (issue 14, session 21; docs/events.md rule 96).

Each sentence is our own construction, none copied from ConfliBERT, PLOVER or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``; events on primary
codes). Before rule 96a a passive expulsion of a diplomat "from" a country was no event: the phrase "expel
ambassador" (166, a root of reduced relations) made rule 55 read the expelled envoy as a reduced cooperative act
whose owner (his own country) was the source, with no target left; rule 31's own example ("the Saudi ambassador
was expelled from Canada") had stopped coding. 96b: "U . K" / "U . S" (spaced full stops) named no country. 96c: a
threat, demand or appeal in a participle clause on a letter sent "to" a party had no target. 96d: a bracketed
acronym after a name was read as a participle clause's subject. The neighbours pin readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted

# -- 96a: a party expelled "from" a country is the target of that country (fixed) -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # diplomats expelled: 161 since rule 133d (the CAMEO manual's code for them; before 166)
        ("The Saudi ambassador was expelled from Canada .", ("CAN", "SAU", "161")),
        ("The Chilean ambassador was expelled from Peru on Friday .", ("PER", "CHL", "161")),
        ("Two Dutch diplomats have been expelled from Turkey .", ("TUR", "NLD", "161")),
    ],
)
def test_envoy_expelled_from_a_country(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted(rules_nlp, text)  # before: no event


def test_expelled_envoy_is_no_source(rules_nlp: Language) -> None:
    # before the fix the envoy's own country was the source of the reduced "act"
    events = asserted(rules_nlp, "The Chilean ambassador was expelled from Peru on Friday .")
    assert not any(source == "CHL" for source, _, _ in events)


def test_inspectors_expelled_keep_their_organisation(rules_nlp: Language) -> None:
    # the removed party named in the subject's own phrase stays the target (as before the change)
    events = asserted(rules_nlp, "Two inspectors for the UN agency have been expelled from Iran .")
    assert ("IRN", "IGO", "1662") in {(s, "IGO" if t in {"UN", "IGO"} else t, c) for s, t, c in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three Egyptian journalists were deported from Qatar .", ("QAT", "EGY", "174")),  # deportation unchanged
        ("US aid to Egypt was suspended .", ("USA", "EGY", "162")),  # rule 55's reduced act unchanged
    ],
)
def test_neighbours_unchanged(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in asserted(rules_nlp, text)


def test_expelled_with_no_place_is_no_event(rules_nlp: Language) -> None:
    # no "from" phrase, no agent: nobody is named as the remover
    assert not asserted(rules_nlp, "American diplomats were expelled .")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whom the removed work for, named deep in the subject's "for" / "of" phrase (removal_member_preps)
        (
            "Two inspectors for the United Nations nuclear monitoring agency were expelled from Iran .",
            ("IRN", "IGO", "1662"),
        ),
        ("Ten staff of the Dutch embassy were expelled from Turkey on Monday .", ("TUR", "NLD", "166")),
    ],
)
def test_removed_party_named_by_whom_they_work_for(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in asserted(rules_nlp, text)  # before: no event


# -- 96b: country abbreviations written with spaced full stops (tokenized text) -------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Germany lifted its blockade of the U . K .", "U . K", "GBR"),
        ("U . S investigators met Indian officials this week .", "U . S", "USA"),
    ],
)
def test_spaced_abbreviation_names_the_country(rules_nlp: Language, text: str, name: str, code: str) -> None:
    doc = rules_nlp(text)
    assert (name, code) in {(m.text, m.label_) for m in doc.spans.get("actors", []) if m.label_}  # before: none


def test_spaced_abbreviation_takes_part_in_events(rules_nlp: Language) -> None:
    assert ("KEN", "GBR", "057") in asserted(rules_nlp, "Kenya signed a trade agreement with the U . K . on Monday .")


def test_plain_letters_are_no_country(rules_nlp: Language) -> None:
    # a lone capital letter is no abbreviation: only the spaced form with its full stop names the country
    doc = rules_nlp("Plan U is better than plan K , officials said .")
    assert not [m for m in doc.spans.get("actors", []) if m.label_ in {"GBR", "USA"}]


# -- 96c: an appeal, demand or threat in a message is made to the message's addressee (fixed) -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kenyan president sent a letter to Uganda threatening to close the border .", ("KEN", "UGA", "13")),
        (
            "The Kenyan president sent a letter to the head of the African Union threatening to cut Kenyan funding .",
            ("KEN", "IGO", "13"),
        ),
    ],
)
def test_threat_in_a_letter_is_made_to_its_addressee(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    got = {(s, "IGO" if t.startswith("IGO") or t == "AFU" else t, c[:2]) for s, t, c in asserted(rules_nlp, text)}
    assert expected in got  # before: no event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a message whose clause names its own target keeps it (unchanged)
        # (020 since rule 277d, session 32: a closure asked of Uganda asks it to yield nothing; was 025)
        ("The Kenyan president issued a statement urging Uganda to close the border .", ("KEN", "UGA", "020")),
        (
            # the return of property demanded is 1053 "demand release of persons or property" (rule 366a, session
            # 36; was the bare 100); the target, this row's point, is unchanged
            "The Kenyan president sent Uganda a letter demanding the return of the stolen cattle .",
            ("KEN", "UGA", "1053"),
        ),
    ],
)
def test_message_clauses_with_their_own_target_unchanged(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in asserted(rules_nlp, text)


def test_condemnation_in_a_letter_is_not_aimed_at_the_addressee(rules_nlp: Language) -> None:
    # only appeals, demands and threats are addressed acts; a condemnation of an attack is not aimed at the reader
    assert not asserted(rules_nlp, "The Kenyan president sent a letter to Uganda condemning the attack .")


def test_active_expulsion_from_a_country_unchanged(rules_nlp: Language) -> None:
    # active voice: "from Y" names whose diplomats they are; the subject expels (a first draft of 96a reversed it)
    events = asserted(rules_nlp, "Kenya said it had expelled diplomats from Uganda , Ethiopia and Sudan .")
    # diplomats expelled: 161 since rule 133d (before 166)
    assert {("KEN", "UGA", "161"), ("KEN", "ETH", "161"), ("KEN", "SDN", "161")} <= events
    assert not any(target == "KEN" for _, target, _ in events)


# -- 96d: a bracketed acronym after a name is no participle clause's subject (fixed) --------------------------------


def test_bracketed_acronym_is_not_the_threatener(rules_nlp: Language) -> None:
    text = (
        "The Kenyan president sent a letter to the head of the African Union ( AU ) threatening to cut Kenyan funding ."
    )
    events = {(s, t[:3], c[:2]) for s, t, c in asserted(rules_nlp, text)}
    assert ("KEN", "IGO", "13") in events  # the letter's sender threatens its addressee
    assert not any(s == "IGO" for s, _, _ in events)  # before: the acronym was the clause's subject


def test_bracketed_acronym_as_a_real_subject_unchanged(rules_nlp: Language) -> None:
    # not under a governing clause: the bracketed name's subject reading stands
    events = asserted(rules_nlp, "The African Union ( AU ) threatening to suspend Kenya is no surprise .")
    assert any(t == "KEN" and c.startswith("13") for _, t, c in events)
