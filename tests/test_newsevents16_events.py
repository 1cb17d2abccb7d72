"""A reporter or accuser coded as the doer of the act noun it reports (issue 14, session 20; docs/events.md rule
92): an act noun's "by" agent, hung by the parser on the reporting verb or left uncoded, and the party an
accusation charges with an act noun.

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Neighbours pin
the readings that must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, roots, unnegated_roots


def sources_of(nlp: Language, text: str, root: str) -> set[str]:
    """The sources of the events of ``text`` with CAMEO root ``root``, asserted or not."""
    return {s for s, _, code, _ in unnegated_roots(nlp, text) if code == root}


# -- 92a (1): the act noun's "by" agent -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # the parser hangs "by government forces" on "documented"; the uncoded forces are the doers (before: NGO ->
        # SYR 182, the reporter torturing the detainees)
        ("Human Rights Watch documented the torture of Syrian detainees by government forces.", "18"),
        # "by security forces" on the noun itself, uncoded (before: NGO -> IRN 173)
        ("Human Rights Watch reported the arrest of Iranian journalists by security forces.", "17"),
        ("Amnesty documented the detention of Chinese activists by police.", "17"),
    ],
)
def test_uncoded_agent_is_not_the_reporter(rules_nlp: Language, text: str, root: str) -> None:
    assert "NGO" not in sources_of(rules_nlp, text, root)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "by" hung on "documented" (before: NGO -> SYR 182, the reporter as the torturer)
        ("Human Rights Watch documented the torture of Syrian detainees by Syrian troops.", ("SYR", "SYR", "18")),
        ("The United Nations documented the abduction of Ukrainian children by Russian forces.", ("RUS", "UKR", "18")),
        # the coded agent on the phrase's object (before: the same, by rule 31 for acts of force only)
        ("Human Rights Watch documented the detention of Chinese activists by Chinese police.", ("CHN", "CHN", "17")),
    ],
)
def test_coded_agent_is_the_source(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    events = roots(asserted(rules_nlp, text))
    assert expected in events
    assert not any(s in ("NGO", "UN") and code == expected[2] for s, _, code in events)


def test_coordination_shares_its_by_agent(rules_nlp: Language) -> None:
    # "by Chinese police" hangs on "assault"; the harassment is the police's (before: NGO -> CHN 170, hypothetical)
    text = "Amnesty condemned the alleged assault and harassment of Uyghur women by Chinese police."
    assert "NGO" not in sources_of(rules_nlp, text, "17")
    assert ("NGO", "CHN", "11") in roots(asserted(rules_nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "by" phrase naming no one stays the verb's: the subject's own act
        ("Russia imposed sanctions on Ukraine by decree.", ("RUS", "UKR", "16")),
        ("Israel launched an attack on Gaza by drones.", ("ISR", "PSE", "19")),
    ],
)
def test_by_phrase_naming_no_one(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in roots(asserted(rules_nlp, text))


# -- 92a (2): the party an accusation charges with an act noun ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "accuser", "accused", "root"),
    [
        # before: NGO -> EGY 202 asserted beside the accusation
        ("Amnesty accused the Egyptian army of mass killings.", "NGO", "EGY", "20"),
        # before: NGO -> SYR 182 asserted
        ("Human Rights Watch accused Syrian forces of torture.", "NGO", "SYR", "18"),
        # before: EGYOPP -> EGYCOP 182 asserted
        ("Egyptian activists accused the police of torture.", "EGY", "EGY", "18"),
    ],
)
def test_accuser_keeps_only_its_accusation(
    rules_nlp: Language, text: str, accuser: str, accused: str, root: str
) -> None:
    events = unnegated_roots(rules_nlp, text)
    assert (accuser, accused, "11", False) in events
    assert not any(code == root and not hyp for _, _, code, hyp in events)
    assert accuser not in sources_of(rules_nlp, text, root) or accuser == accused


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the accused party's act, alleged (as rule 75a's "alleged that Y attacked Z"); before: the 112 only
        ("Ukraine accused Russia of attacks on Ukrainian civilians.", ("RUS", "UKR", "19", True)),
        ("Kyiv accused Moscow of the abduction of Ukrainian children.", ("RUS", "UKR", "18", True)),
        # passive: the subject is accused
        ("Israel was accused of attacks on Lebanese civilians.", ("ISR", "LBN", "19", True)),
    ],
)
def test_accused_act_is_the_accused_partys_alleged_act(
    rules_nlp: Language, text: str, expected: tuple[str, str, str, bool]
) -> None:
    events = unnegated_roots(rules_nlp, text)
    assert expected in events
    assert not any(code == expected[2] and not hyp for _, _, code, hyp in events)


def test_accusation_itself_unchanged(rules_nlp: Language) -> None:
    assert ("UKR", "RUS", "11") in roots(
        asserted(rules_nlp, "Ukraine accused Russia of attacks on Ukrainian civilians.")
    )


def test_condemned_act_keeps_its_coded_doer(rules_nlp: Language) -> None:
    # the condemnation is the reporter's; the abduction is the soldiers' (unchanged neighbour)
    events = roots(
        asserted(rules_nlp, "Human Rights Watch described the abduction of Ukrainian children by Russian soldiers.")
    )
    assert ("RUS", "UKR", "18") in events


# -- 92c: a walkout with no meeting left, against a party ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # before: no event ("walked out" coded only out of a meeting, rule 86b)
        ("Kenyan teachers walked out against the government.", ("KEN", "KEN", "143")),
        # the walkout's aim picks the sub-code (rule 188e): over a policy, 1432
        ("Kenyan teachers walked out over the government's pay cuts.", ("KEN", "KEN", "1432")),
        ("The Iranian delegation walked out over the Israeli speech.", ("IRN", "ISR", "143")),
    ],
)
def test_walkout_against_a_party(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert asserted(rules_nlp, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Workers walked out over pay.",  # no target: no event
        "The president walked out onto the stage.",  # no grievance
        "Russian diplomats walked out of the room.",  # "of" a place, no meeting (rule 86b)
    ],
)
def test_walkout_neighbours(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == set()


def test_walkout_from_talks_unchanged(rules_nlp: Language) -> None:
    assert asserted(rules_nlp, "North Korea stormed out of the negotiations with South Korea.") == {
        ("PRK", "KOR", "143")
    }
