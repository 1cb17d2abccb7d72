"""Issue 14 (session 9, actors4): bare role nouns that a count or an indefinite article used to keep from their
sentence's one country ("killed 40 villagers", "a rebel leader surrendered"), and role nouns whose owner is said
after them ("a spokesman for the insurgents"). All sentences are constructed; the real spaCy model and the real
``actor_resolver`` run (``resolver`` fixture of conftest)."""

from __future__ import annotations

from spacy.language import Language

from .actor_mentions import found


def codes(nlp: Language, text: str) -> dict[str, str]:
    return dict(found(nlp, text))


# ---- a count before a bare role says how many, not whose -------------------------------------------------


def test_counted_role_nouns_take_the_sentence_country(resolver: Language) -> None:
    got = codes(resolver, "Malian troops killed 40 villagers near Mopti.")
    assert got["villagers"] == "MLICVL"
    got = codes(resolver, "Police in Lima detained 12 protesters on Friday.")
    assert got["protesters"] == "PEROPP"
    got = codes(resolver, "Chadian soldiers freed more than 300 civilians.")
    assert got["civilians"] == "TCDCVL"


def test_a_name_entity_before_the_role_still_blocks_it(resolver: Language) -> None:
    # "Kurdish rebels": a group the codebook cannot take a country for from the sentence
    got = codes(resolver, "Zapatista rebels clashed with Mexican police.")
    assert "rebels" not in got


def test_two_countries_still_leave_a_counted_role_uncoded(resolver: Language) -> None:
    got = codes(resolver, "Ethiopian troops killed 30 civilians near the border with Eritrea.")
    assert "civilians" not in got


# ---- an indefinite article makes a singular role noun a described actor ---------------------------------


def test_indefinite_singular_role_takes_the_sentence_country(resolver: Language) -> None:
    got = codes(resolver, "A rebel commander surrendered to Ugandan troops.")
    assert got.get("rebel commander") == "UGAREB"
    got = codes(resolver, "A senior rebel leader was captured by the Colombian army.")
    assert got.get("rebel leader") == "COLREB"


def test_singular_role_without_article_stays_uncoded(resolver: Language) -> None:
    # a count noun with no article is no actor ("banning assembly of five persons")
    got = codes(resolver, "Kenyan police banned rebel activity in Nairobi.")
    assert "rebel" not in got


# ---- whose the role is is said after it ------------------------------------------------------------------


def test_role_with_for_or_of_after_it_keeps_no_sentence_country(resolver: Language) -> None:
    got = codes(resolver, "A spokesman for the insurgents said they attacked Afghan troops.")
    assert "spokesman" not in got
    # beside a non-state actor of one country a state role takes it ("the spokesman said Bolivian students
    # ..." -> BOLGOV), but not when "for"/"of" names its owner
    got = codes(resolver, "The spokesman for the strikers said Bolivian students would join them.")
    assert got.get("Bolivian students") == "BOLEDU"
    assert "spokesman" not in got


def test_non_state_role_with_of_after_it_keeps_the_sentence_country(resolver: Language) -> None:
    # "of" names the owner of an office ("the president of the union"), not of a worker or a resident
    got = codes(resolver, "Peruvian police detained workers of a mining company.")
    assert got.get("workers") == "PERCVL"
    got = codes(resolver, "The president of the union said Chilean miners would strike.")
    assert "president" not in got
