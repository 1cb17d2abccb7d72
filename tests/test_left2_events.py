"""Constructions the session-26 tables left uncoded (issue 14, session 27, branch left2; docs/events.md rule 176).

Four general classes: relations sought or wooed ("China eyes closer ties with Brazil", "Turkey woos Gulf states"),
criticism "over" a topic whose name is only the topic's modifier ("Beijing blasts Washington over Taiwan remarks"),
a police raid on the opposition's premises whose country is the place phrase's ("Police raided opposition
headquarters in Kampala"), and phrasal giving with a number or persons as its object ("handed over 10 million doses
to Kenya", "handed over the prisoners to Ukraine").

Every sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set. The expected
events of each row were written before the coder changed (codes from /work/shared/data/cameo-eventcodes.tsv and the
conventions of earlier rules: court / woo 050 by rule 111a, a raid 190 by rules 162a / 172, goods by class by rules
158 / 168). An expected (source, target, code) matches an asserted event whose actor codes start with the given
ones and whose code starts with the given prefix; a forbidden one must match no asserted event. ``XFAIL`` keeps the
rows the change does not fix, each with why. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with
the learned layer off (``rules_nlp``).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import coded, prefix_hit, table_cases

Triple = tuple[str, str, str]


def _asserted(nlp: Language, text: str) -> set[Triple]:
    """(source, target, code) of the asserted events of ``text``, actors and codes as coded."""
    return coded(nlp, text, full_codes=True, root=False)[1]


# (sentence, events that must be asserted, events that must not be)
LEFT2_ROWS: list[tuple[str, list[Triple], list[Triple]]] = [
    # -- relations sought, eyed, wanted or pursued: an intent to cooperate (03), from the seeker to the partner --
    ("China eyes closer ties with Brazil", [("CHN", "BRA", "03")], []),
    ("Egypt seeks warmer relations with Iran", [("EGY", "IRN", "03")], []),
    ("India is seeking closer ties with Vietnam.", [("IND", "VNM", "03")], []),
    ("Argentina sought better relations with Britain after the election.", [("ARG", "GBR", "03")], []),
    ("Kenya wants stronger ties with Ethiopia, its foreign minister said.", [("KEN", "ETH", "03")], []),
    ("Indonesia is pursuing closer economic ties with Australia", [("IDN", "AUS", "03")], []),
    ("Nigeria has sought closer military ties with Ghana since March.", [("NGA", "GHA", "03")], []),
    ("Mexico and Canada eye deeper ties", [("MEX", "CAN", "03"), ("CAN", "MEX", "03")], []),
    ("Egypt wants to improve relations with Iran", [("EGY", "IRN", "03")], []),
    ("Seoul seeks to improve ties with Tokyo", [("KOR", "JPN", "03")], [("KOR", "JPN", "05")]),
    # -- courting and wooing: diplomatic cooperation (050, rule 111a's convention), active and passive --
    ("Japan courts India with investment pledge", [("JPN", "IND", "05")], []),
    ("Turkey woos Gulf states", [("TUR", "PGS", "05")], []),
    ("Germany has been courting Kazakhstan for years", [("DEU", "KAZ", "05")], []),
    ("Seoul is wooing Hanoi with trade deals", [("KOR", "VNM", "05")], []),
    ("Vietnam was courted by Japan", [("JPN", "VNM", "05")], []),
    # controls: other objects of the same verbs keep their readings
    ("China eyes sanctions on Brazil", [], [("CHN", "BRA", "")]),
    ("Egypt sought aid from Iran", [("EGY", "IRN", "023")], []),
    ("Saudi Arabia is seeking talks with Qatar", [("SAU", "QAT", "036")], []),
    ("India strengthened ties with Vietnam last year", [("IND", "VNM", "050")], []),
    ("Egypt cut ties with Iran", [("EGY", "IRN", "16")], []),
    ("Brazil seeks closer ties", [], [("BRA", "", "")]),
    ("The court in Ankara ruled against Sweden", [], [("TUR", "SWE", "05")]),
    # -- criticism over a topic: the criticised party is the verb's object, not a name modifying the topic --
    ("Beijing blasts Washington over Taiwan remarks", [("CHN", "USA", "111")], [("CHN", "TWN", "11")]),
    ("Iran slams Saudi Arabia over Yemen statements", [("IRN", "SAU", "111")], [("IRN", "YEM", "11")]),
    (
        "China's foreign ministry lashed out at Australia over its Taiwan comments",
        [("CHN", "AUS", "111")],
        [("CHN", "TWN", "11")],
    ),
    ("Greece hit out at Turkey over Libya maritime deal", [("GRC", "TUR", "111")], [("GRC", "LBY", "11")]),
    ("Poland has slammed Germany over Russia gas pipeline plans", [("POL", "DEU", "111")], [("POL", "RUS", "11")]),
    (
        "Japan criticised China over its Taiwan drills, the ministry said.",
        [("JPN", "CHN", "111")],
        [("JPN", "TWN", "")],
    ),
    ("Russia slams NATO over troop deployment", [("RUS", "NATO", "111")], []),
    ("Iran lashed out at Israel over the strike", [("IRN", "ISR", "111")], []),
    ("Turkey lashes out at Sweden over Quran burning", [("TUR", "SWE", "111")], []),
    ("India slams Pakistan over Kashmir comments", [("IND", "PAK", "111")], []),
    ("Moscow blasted Kyiv on Tuesday over the drone attacks on Crimea", [("RUS", "UKR", "111")], []),
    ("Venezuela blasts Colombia over border closure", [("VEN", "COL", "111")], []),
    ("The Philippines was blasted by China over its South China Sea remarks", [("CHN", "PHL", "111")], []),
    # controls: a complaint to an addressee is about its topic's party; a blast that is an explosion is no criticism
    ("Lebanon complained to the UN over Israeli raids", [("LBN", "ISR", "11")], [("LBN", "IGO", "")]),
    ("A bomb blast killed five people in Kabul", [], [("", "", "11")]),
    # -- raids on the opposition's premises: the police and the opposition of the place phrase's country (190) --
    ("Police raided opposition headquarters in Kampala", [("UGACOP", "UGAOPP", "19")], []),
    (
        "Police raided opposition headquarters in Kampala on Tuesday, seizing documents.",
        [("UGACOP", "UGAOPP", "19")],
        [],
    ),
    ("Ugandan police raided opposition headquarters.", [("UGACOP", "UGAOPP", "19")], []),
    ("Police raid opposition offices in Lusaka", [("ZMBCOP", "ZMBOPP", "19")], []),
    (
        "Security forces raided the headquarters of the main opposition party in Dhaka",
        [("BGD", "BGDOPP", "19")],
        [],
    ),
    ("Russian police raided the homes of Ukrainian activists in Crimea", [("RUSCOP", "UKR", "19")], []),
    ("Israeli troops raided Jenin", [("ISR", "PSE", "19")], []),
    # -- phrasal giving: goods by their class, people held released or returned (0841) --
    ("China handed over 10 million doses to Kenya", [("CHN", "KEN", "073")], []),
    ("The US handed over 2 million vaccine doses to Nigeria", [("USA", "NGA", "073")], []),
    ("China donated 10 million doses to Kenya", [("CHN", "KEN", "073")], []),
    ("Iran handed over 2,000 tonnes of rice to Afghanistan", [("IRN", "AFG", "073")], []),
    ("Russia handed over the prisoners to Ukraine", [("RUS", "UKR", "0841")], []),
    ("Ukraine handed over 50 prisoners of war to Russia", [("UKR", "RUS", "0841")], [("UKR", "RUS", "19")]),
    ("Russia released 50 prisoners of war to Ukraine", [("RUS", "UKR", "0841")], [("RUS", "UKR", "19")]),
    ("Armenia returned the prisoners to Azerbaijan on Friday.", [("ARM", "AZE", "0841")], []),
    ("Hamas handed over four hostages to Israel", [("PSE", "ISR", "0841")], []),
    ("Belarus turned over 20 detainees to Lithuania", [("BLR", "LTU", "0841")], []),
    # controls: the earlier readings of the same verbs
    ("France handed over 40 armoured vehicles to Ukraine", [("FRA", "UKR", "072")], []),
    ("Britain handed over the suspect to France", [("GBR", "FRA", "063")], []),
    ("Russia returned the seized tanker to Greece", [("RUS", "GRC", "0842")], []),
    ("Veterans of the war gathered in Kyiv", [], [("", "", "19")]),
    ("Russia attacked Ukraine during the war", [("RUS", "UKR", "19")], []),
]

XFAIL: dict[str, str] = {
    "Seoul seeks to improve ties with Tokyo": "050 asserted: 'seek' wraps meetings only (rule 172d); tried adding 05 "
    "to `seek_roots`, which made an appeal to seek rapprochement in the seeds 020 instead of 022 (the appeal refines "
    "by the wrapper's bare 030)",
}


@pytest.mark.parametrize(("text", "wanted", "unwanted"), table_cases(LEFT2_ROWS, XFAIL))
def test_left2_codes_its_events(rules_nlp: Language, text: str, wanted: list[Triple], unwanted: list[Triple]) -> None:
    found = _asserted(rules_nlp, text)
    assert all(prefix_hit(found, w) for w in wanted), found
    assert not any(prefix_hit(found, u) for u in unwanted), found


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in LEFT2_ROWS}
