"""Precision on real news (issue 14, docs/events.md rule 26): error classes counted on the events detente
asserts on the news excerpts, the seeds and the PLOVER texts, each fixed by a general rule and tested here.

Sentences are constructed here (not taken from any evaluation set). Actors are given explicitly, as the
spans ``actor_resolver`` would write, so that the tests check the coder's rules; the real spaCy model runs.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from detente.nlp.event_coder import EventCoder

from .event_actors import asserted, code


def codes(events: list[dict[str, Any]]) -> set[str]:
    return {e["cameo"] for e in events if not e["negated"] and not e["hypothetical"]}


# -- a conjunct of a to-infinitive shares its governor's modality -----------------------------------------


def test_conjunct_of_an_appeal_is_not_done(base: Language, coder: EventCoder) -> None:
    events = code(
        base,
        coder,
        "Kenya called on Tanzania to unite and mobilize against Uganda.",
        {"Kenya": "KEN", "Tanzania": "TZA", "Uganda": "UGA"},
    )
    assert ("KEN", "UGA", "15") not in asserted(events)  # the mobilisation is asked for, not carried out
    assert ("KEN", "TZA", "02") in asserted(events)  # the appeal itself is


def test_conjunct_of_a_threat_is_not_done(base: Language, coder: EventCoder) -> None:
    actors = {"Germany": "DEU", "Iran": "IRN", "Syria": "SYR"}
    events = code(base, coder, "Germany threatened to cut ties with Iran and impose sanctions on Iran.", actors)
    assert asserted(events) == {("DEU", "IRN", "13")}
    # a plain coordination of two acts asserts both
    done = code(base, coder, "Germany imposed sanctions on Iran and cut ties with Syria.", actors)
    assert asserted(done) == {("DEU", "IRN", "16"), ("DEU", "SYR", "16")}


def test_conjunct_of_a_refusal_is_not_done_but_of_an_agreement_is(base: Language, coder: EventCoder) -> None:
    actors = {"Germany": "DEU", "Iran": "IRN"}
    refused = code(base, coder, "Germany refused to meet Iran and sign a deal with Iran.", actors)
    assert "057" not in codes(refused)
    assert ("DEU", "IRN", "12") in asserted(refused)
    # "agreed to meet and sign": the signing is agreed to as the meeting is (docs/events.md rule 134a; before, rule 23
    # kept it as a signed 057), so the pair has the agreement's 03x alone
    agreed = code(base, coder, "Germany agreed to meet Iran and sign a deal with Iran.", actors)
    assert "057" not in codes(agreed)
    assert ("DEU", "IRN", "03") in asserted(agreed)


def test_conjunct_under_an_aim_is_hypothetical(base: Language, coder: EventCoder) -> None:
    events = code(
        base,
        coder,
        "Chile backed a U.N. resolution that aims to expand sanctions and impose a blockade on Peru.",
        {"Chile": "CHL", "U.N.": "UN", "Peru": "PER"},
    )
    assert not any(t == "PER" for _, t, _ in asserted(events))  # neither the tariffs nor the embargo


# -- a negated cooperative act under an intent word is a refusal --------------------------------------------


def test_vowing_not_to_return_is_a_refusal(base: Language, coder: EventCoder) -> None:
    actors = {"Japan": "JPN", "Korea": "KOR"}
    events = code(base, coder, "Japan promised not to return the fishing boats to Korea.", actors)
    assert asserted(events) == {("JPN", "KOR", "12")}
    promised = code(base, coder, "Japan promised to return the fishing boats to Korea.", actors)
    assert asserted(promised) == {("JPN", "KOR", "03")}


# -- a reported request is an appeal, a reported demand a demand --------------------------------------------


def test_requested_that_is_an_appeal(base: Language, coder: EventCoder) -> None:
    actors = {"Ghana": "GHA", "Canada": "CAN", "Togo": "TOG"}
    events = code(base, coder, "Ghana requested that Canada send vaccines to Togo.", actors)
    assert ("GHA", "CAN", "02") in asserted(events)
    assert ("GHA", "CAN", "10") not in asserted(events)
    urged = code(base, coder, "Russia urged that Ukraine withdraw its troops.", {"Russia": "RUS", "Ukraine": "UKR"})
    assert asserted(urged) == {("RUS", "UKR", "02")}
    demanded = code(
        base, coder, "Russia demanded that Ukraine withdraw its troops.", {"Russia": "RUS", "Ukraine": "UKR"}
    )
    assert asserted(demanded) == {("RUS", "UKR", "10")}


# -- what talks are about, when the parser hangs it on the verb ---------------------------------------------


def test_topic_of_renewed_talks_is_not_done(base: Language, coder: EventCoder) -> None:
    events = code(
        base,
        coder,
        "Armenia and Azerbaijan resumed negotiations today on an Armenian withdrawal from Azerbaijan.",
        {"Armenia": "ARM", "Azerbaijan": "AZE", "Armenian": "ARM"},
    )
    assert asserted(events) == {("ARM", "AZE", "04"), ("AZE", "ARM", "04")}  # no withdrawal (08)


# -- a target is not borrowed from a clause with its own subject --------------------------------------------


def test_concern_about_whether_clause_borrows_no_target(base: Language, coder: EventCoder) -> None:
    actors = {"French officials": "FRAGOV", "French army": "FRAMIL", "Mali": "MLI"}
    events = code(
        base,
        coder,
        "French officials expressed concerns about whether the French army could control the use of the rifles "
        "by Mali.",
        actors,
    )
    assert asserted(events) == set()  # a worry about France's own oversight, not criticism of Mali
    # a plain nested target is still found
    plain = code(
        base,
        coder,
        "French diplomats voiced concern about the treatment of refugees in Chad.",
        {"French diplomats": "FRAGOV", "refugees in Chad": "TCDREF"},
    )
    assert asserted(plain) == {("FRA", "TCD", "11")}


# -- an act named by a compound on its carrier ("aid program") is what a wrapper acts on ---------------------


def test_halting_part_of_an_aid_programme_reduces_aid(base: Language, coder: EventCoder) -> None:
    events = code(
        base, coder, "Canada halted part of a food aid programme for Haiti.", {"Canada": "CAN", "Haiti": "HTI"}
    )
    assert asserted(events) == {("CAN", "HTI", "16")}  # less aid, not aid given
    assert codes(events) == {"1623"}  # food aid is humanitarian: the codebook's 1623 (rules 163f, 170; was 162)


# -- persons received are not the host's act ------------------------------------------------------------


def test_received_monitors_are_not_the_hosts(base: Language, coder: EventCoder) -> None:
    actors = {"Georgian president": "GEOGOV", "African Union": "IGOAFU"}
    events = code(
        base, coder, "The Georgian president received a delegation of monitors from the African Union.", actors
    )
    assert ("GEO", "IGO", "09") not in asserted(events)  # the host investigates nothing
    assert ("GEO", "IGO", "04") in asserted(events)  # hosting the delegation is still coded


# -- a target is not borrowed from a contrasted predicate with its own auxiliary ------------------------------


def test_no_target_from_a_predicate_with_its_own_auxiliary(base: Language, coder: EventCoder) -> None:
    events = code(
        base,
        coder,
        "Togo opened its borders today to most migrants expelled from Ghana, but was still refusing entry to "
        "Nigerians.",
        {"Togo": "TGO", "Ghana": "GHA", "Nigerians": "NGA"},
    )
    assert not any(e["cameo"].startswith("08") and e["target"] == "NGA" for e in events)  # Nigerians are refused
    assert ("TGO", "NGA", "12") in asserted(events)
