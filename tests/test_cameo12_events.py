"""Labour strikes, a role "of" a province, one unnamed state of a region (issue 14, session 19; docs/events.md
rule 78).

Each sentence is our own construction, none copied from the CAMEO manual, ConfliBERT, PLOVER or any evaluation set.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_nlp``). The
fixed classes were coded as an attack (190) or not coded at all before rule 78; the neighbours pin readings that
must not move.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import coded

# -- 78a/b: a strike by workers or other non-state groups of people is a labour strike (143) ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 78a: the doers decide the strike's sense (before: 190, an attack)
        ("Hungarian nurses launched a strike against the government .", ("HUNHLH", "HUNGOV", "143")),
        ("French workers struck against the government 's pension reform .", ("FRACVL", "FRAGOV", "1432")),
        ("Kenyan teachers began a strike against the government .", ("KENEDU", "KENGOV", "143")),
        # 78b: a work stoppage, "went on / are on strike" (before: no event), "called a strike" (before: 020)
        ("Nigerian workers stopped work to protest a tax law passed by the government .", ("NGACVL", "NGAGOV", "1432")),
        ("Kenyan teachers went on strike against the government .", ("KENEDU", "KENGOV", "143")),
        ("Kenyan doctors are on strike against the government 's health policy .", ("KENHLH", "KENGOV", "1432")),
        ("Nigerian unions called a strike against the government .", ("NGALAB", "NGAGOV", "143")),
    ],
)
def test_strike_by_non_state_people_is_a_labour_strike(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert coded(rules_nlp, text, full_codes=True, root=False)[1] == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels launched a strike on the army base in Chad .", ("TCD", "TCD", "190")),
        ("Israel launched a strike against Hamas .", ("ISR", "PSE", "190")),
        ("Israeli jets carried out a strike on Hamas .", ("ISR", "PSE", "190")),
    ],
)
def test_strike_by_a_state_or_an_armed_group_stays_an_attack(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert coded(rules_nlp, text, root=False)[1] == {expected}


def test_hunger_strike_keeps_its_own_code(rules_nlp: Language) -> None:
    events = coded(rules_nlp, "Kurdish prisoners went on hunger strike to protest against Turkey .", root=False)[1]
    assert all(code != "143" for _, _, code in events)


# -- 78c: a role "of" a province or region is its country's ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("The government of Sindh criticized India .", "government of Sindh", "PAKGOV"),
        ("The government of Sindh province criticized India .", "government of Sindh", "PAKGOV"),
        ("The police of Kosovo arrested two Serbian smugglers .", "police of Kosovo", "XKXCOP"),
        ("The people of Darfur protested against the government .", "people of Darfur", "SDNCVL"),
    ],
)
def test_role_of_a_province_is_its_countrys(rules_nlp: Language, text: str, mention: str, code: str) -> None:
    assert coded(rules_nlp, text, full_codes=True)[0].get(mention) == code  # before: the bare place (PAK) or none


def test_role_of_a_country_unchanged(rules_nlp: Language) -> None:
    assert coded(rules_nlp, "The government of Kenya criticized Uganda .", full_codes=True)[0] == {
        "government of Kenya": "KENGOV",
        "Uganda": "UGA",
    }


# -- 78d: "an Arab country", "another African nation": one unnamed state of a region or people ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Libya offered to hand over two suspects to an Arab country .", ("LBY", "ARB", "03")),
        ("Libya offered to hand over two suspects to a neighbouring Arab country .", ("LBY", "ARB", "03")),
        ("Egypt sent aid to a friendly African nation .", ("EGY", "AFR", "07")),
    ],
)
def test_one_unnamed_state_of_a_region(rules_nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert coded(rules_nlp, text)[1] == {expected}  # before: the target unresolved, no event


@pytest.mark.parametrize(
    "text",
    [
        "The Arab country criticized Israel .",  # no indefinite article: which country is meant is known
        "European leaders criticized Russia .",  # a region's people stay uncoded (as before)
    ],
)
def test_region_without_an_indefinite_state_noun_stays_uncoded(rules_nlp: Language, text: str) -> None:
    assert coded(rules_nlp, text)[1] == set()


# -- 78e: a bare non-state role takes the country its act's direct object is "in" ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels attacked a UN base in Congo .", ("CODREB", "UN", "190")),
        ("The rebels attacked UN peacekeepers in Congo .", ("CODREB", "UN", "190")),
        ("The rebels attacked a UN base in northern Congo on Monday .", ("CODREB", "UN", "190")),
    ],
)
def test_bare_role_takes_the_place_of_its_acts_object(
    rules_nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    assert coded(rules_nlp, text, full_codes=True, root=False)[1] == {expected}  # before: "rebels" uncoded


@pytest.mark.parametrize(
    "text",
    [
        "Troops attacked a UN base in Congo .",  # troops abroad are not the place's: a state role stays uncoded
        "Officials criticized the UN mission in Mali .",
    ],
)
def test_state_role_does_not_take_the_objects_place(rules_nlp: Language, text: str) -> None:
    assert coded(rules_nlp, text)[1] == set()
