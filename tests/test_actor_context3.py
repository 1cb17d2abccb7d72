"""Issue 14 (session 8, branch actors3): place names several countries hold (the ``shared`` field of the
codebook), a bare "Security Council", and "rulers" as a government role. All sentences are constructed."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from detente.nlp.codebook import Codebook
from detente.nlp.lexicons import LexiconError

from .actor_mentions import found


def code_of(nlp: Language, text: str, form: str) -> list[str]:
    return [code for span, code in found(nlp, text) if span == form]


# ---- shared place names --------------------------------------------------------------------------------


def test_shared_city_takes_the_country_around_it(resolver: Language) -> None:
    # the codebook's first reading stays without other evidence or beside its own country
    assert code_of(resolver, "Fighting resumed in Tripoli on Sunday.", "Tripoli") == ["LBY"]
    assert code_of(resolver, "Libyan militias shelled the outskirts of Tripoli.", "Tripoli") == ["LBY"]
    # the other country's reading in the same sentence or the one before
    assert code_of(resolver, "Lebanese troops deployed in Tripoli after the clashes.", "Tripoli") == ["LBN"]
    text = "Gunmen fought in northern Lebanon overnight. Shops stayed shut in Tripoli."
    assert code_of(resolver, text, "Tripoli") == ["LBN"]


def test_shared_city_falls_back_to_the_document(resolver: Language) -> None:
    text = (
        "Beirut accused Hezbollah of stalling the talks. Lebanon's parliament met again. "
        "Nobody expected a deal this week. Protests spread to Tripoli."
    )
    assert code_of(resolver, text, "Tripoli") == ["LBN"]


def test_shared_city_other_reading_composes_roles(resolver: Language) -> None:
    text = "Lebanon's army said police in Tripoli arrested two men."
    assert ("police in Tripoli", "LBNCOP") in found(resolver, text)


def test_country_name_yields_only_to_the_other_countrys_places(resolver: Language) -> None:
    # a mention of the United States is not enough: the country Georgia
    assert code_of(resolver, "The US condemned Russian strikes in Georgia.", "Georgia") == ["GEO"]
    # a US state named beside it is
    assert code_of(resolver, "Voters in Georgia and Arizona queued for hours.", "Georgia") == ["USA"]


def test_demonym_of_two_countries_takes_the_one_named(resolver: Language) -> None:
    assert code_of(resolver, "Congolese troops crossed into Brazzaville.", "Congolese troops") == ["COGMIL"]
    assert code_of(resolver, "Congolese troops entered Kinshasa.", "Congolese troops") == ["CODMIL"]


def test_shared_field_is_validated(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text('{"code": "XAA", "names": ["Springfield"], "kind": "place", "shared": {"Springfield": ["XBB"]}}\n')
    book = Codebook.load([good], use_env=False)
    assert book.shared["springfield"] == ("XBB",)
    for shared in ('{"Elsewhere": ["XBB"]}', '{"Springfield": ["xbb"]}', '{"Springfield": ["XAA"]}', '["XBB"]'):
        bad = tmp_path / "bad.jsonl"
        bad.write_text('{"code": "XAA", "names": ["Springfield"], "kind": "place", "shared": ' + shared + "}\n")
        with pytest.raises((ValueError, LexiconError)):
            Codebook.load([bad], use_env=False)


# ---- bare "Security Council" --------------------------------------------------------------------------


def test_bare_security_council_is_the_uns(resolver: Language) -> None:
    assert ("Security Council", "UN") in found(resolver, "Ghana asked the Security Council to meet on Friday.")
    # a lower-case "security council" is anyone's: not coded by this rule
    assert ("security council", "UN") not in found(resolver, "The ministers asked the security council to meet.")


def test_national_security_council_in_reach_is_kept(resolver: Language) -> None:
    assert found(resolver, "Russia's Security Council met.") == [("Russia's Security Council", "RUSGOV")]
    text = "Russia's Security Council met on Monday. The Security Council discussed the border."
    assert found(resolver, text)[-1] == ("Security Council", "RUSGOV")
    text = "The UN Security Council met on Monday. The Security Council discussed the border."
    assert found(resolver, text)[-1] == ("Security Council", "UN")
    assert ("National Security Council", "USAGOV") in found(resolver, "The National Security Council met.")
    text = "Iran's Supreme National Security Council rejected the plan."
    assert ("Supreme National Security Council", "IRNGOV") in found(resolver, text)
    # a member of a national council named in the sentence
    assert ("Security Council", "UN") not in found(resolver, "Medvedev, deputy head of the Security Council, spoke.")


# ---- rulers ---------------------------------------------------------------------------------------------


def test_rulers_of_a_capital_or_country_are_its_government(resolver: Language) -> None:
    assert found(resolver, "Tehran's rulers rejected the offer.") == [("Tehran's rulers", "IRNGOV")]
    assert found(resolver, "Kabul's rulers closed the schools.") == [("Kabul's rulers", "AFGGOV")]
    assert found(resolver, "Syria's ruler flew to Moscow.")[0] == ("Syria's ruler", "SYRGOV")
    assert found(resolver, "The Kremlin's leaders rejected the offer.") == [("Kremlin's leaders", "RUSGOV")]
