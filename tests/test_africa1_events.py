"""Africa in 2025 wire style (issue 14, session 30, branch africa1; docs/events.md rule 238).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts: the DRC-Rwanda
peace deal signed in Washington and the Doha track with the M23, M23 offensives in the Kivus, Sudan's war (the
Rapid Support Forces, the army, El Fasher), the Sahel juntas leaving ECOWAS, expelling French troops and diplomats
and hiring Russia's Africa Corps, the US-South Africa row, Ethiopia-Eritrea tensions. The real spaCy model,
``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``); ``asserted`` gives
primary codes (M23 ``CODREB`` is ``COD``, the RSF ``SDNREB`` is ``SDN``, the Wagner Group and the Africa Corps
``RUSMIL`` are ``RUS``, ECOWAS is ``IGO``).

Rule 238: (a) a city or region named as the object of "seize" is taken by force, 190 as "captured Kherson" (not
property seized, 171); (b) a city before a noun of a document or track ("the Washington Accords", "the Doha
declaration", "the Algiers Agreement") names no party; (c) "declared Y persona non grata" expels Y (161);
(d) a mediator between a state and its own rebels mediates (045), as between two states; (e) a bare "RSF" in a
document naming Sudan is the Rapid Support Forces, not Reporters Without Borders; and the RSF and the Wagner Group
named with a fighting noun ("RSF fighters", "RSF drones", "Wagner fighters") are the armed groups.
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


AFRICA1_SENTENCES: list[tuple[str, Events]] = [
    # the peace deal and the Doha track: a city before the document's noun is no party (238b)
    ("Tshisekedi and Kagame signed the Washington Accords at the White House.", both("COD", "RWA", "057")),
    ("Kinshasa and Kigali signed the Washington agreement on Friday.", both("COD", "RWA", "057")),
    ("Congo and the M23 rebels signed the Doha declaration of principles.", {("COD", "COD", "057")}),
    ("Ethiopia and Eritrea signed the Algiers Agreement in 2000.", both("ETH", "ERI", "057")),
    ("Congo and Rwanda signed a peace agreement in Washington on Friday.", both("COD", "RWA", "057")),
    ("Rwanda accused Congo of violating the Washington agreement.", {("RWA", "COD", "112")}),
    # a mediator between a state and its own rebels (238d)
    ("Qatar mediated talks between Congo and the M23 rebels.", {("QAT", "COD", "045"), ("COD", "COD", "040")}),
    ("Qatar hosted talks between Kinshasa and the M23.", {("QAT", "COD", "045"), ("COD", "COD", "040")}),
    (
        "The African Union mediated talks between the Sudanese army and the RSF paramilitary.",
        {("IGO", "SDN", "045"), ("SDN", "SDN", "040")},
    ),
    # offensives: a city seized is taken by force (238a)
    ("M23 fighters seized Bukavu on Sunday.", {("COD", "COD", "190")}),
    ("The RSF paramilitary seized El Fasher after an 18-month siege.", {("SDN", "SDN", "190")}),
    ("M23 rebels captured Goma in January.", {("COD", "COD", "190")}),
    # the RSF and the Wagner Group named with a fighting noun
    ("RSF fighters attacked a camp near El Fasher.", {("SDN", "SDN", "190")}),
    ("The Sudanese army shelled RSF positions in Khartoum.", {("SDN", "SDN", "194")}),
    ("Sudan's army said RSF drones struck Port Sudan.", {("SDN", "SDN", "195")}),
    ("Wagner fighters killed dozens of civilians in central Mali.", {("RUS", "MLI", "190")}),
    ("Africa Corps troops attacked a village in central Mali.", {("RUS", "MLI", "190")}),
    ("The RSF accused the army of bombing civilians in Darfur.", {("SDN", "SDN", "1123")}),
    ("Sudan's army retook Khartoum from the RSF.", {("SDN", "SDN", "190")}),
    ("The RSF shelled El Fasher on Monday.", {("SDN", "SDN", "194")}),
    # persona non grata (238c)
    ("Washington declared South Africa's ambassador persona non grata.", {("USA", "ZAF", "161")}),
    ("Bamako declared the French ambassador persona non grata.", {("MLI", "FRA", "161")}),
    ("Algeria declared twelve French diplomats persona non grata.", {("DZA", "FRA", "161")}),
    ("The ambassador of France was declared persona non grata by Niger.", {("NER", "FRA", "161")}),
    # the Sahel juntas, the US-South Africa row, Ethiopia and Eritrea (passing before: kept as they are)
    ("Mali, Burkina Faso and Niger withdrew from ECOWAS.", {(c, "IGO", "160") for c in ("MLI", "BFA", "NER")}),
    ("Niger ordered French troops to leave the country.", {("NER", "FRA", "166")}),
    ("Kinshasa accused Kigali of backing the M23 rebels.", {("COD", "RWA", "112")}),
    ("Trump cut all US aid to South Africa.", {("USA", "ZAF", "162")}),
    ("Eritrea mobilised troops along its border with Ethiopia.", {("ERI", "ETH", "154")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(AFRICA1_SENTENCES, XFAIL))
def test_africa1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: what rule 238 leaves as it was --------------------------------------------------------------------

AFRICA1_CONTROLS: list[tuple[str, Events]] = [
    # a seized vessel, ships or assets stay property seized (171); a place noun stays 192 (rule 153c)
    ("Iran seized a British tanker in the Gulf.", {("IRN", "GBR", "171")}),
    ("Russia seized Ukrainian ships near Crimea.", {("RUS", "UKR", "171")}),
    ("Russian troops seized the town of Pokrovsk.", {("RUS", "UKR", "192")}),
    # a country's own name before the document's noun is a party; a city after "with" is one
    ("Trump withdrew from the Iran nuclear deal.", {("USA", "IRN", "160")}),
    # a bare RSF in a document naming no Sudanese place stays the press freedom group (238e)
    ("RSF condemned Algeria's arrest of a French journalist.", {("NGO", "DZA", "111"), ("DZA", "FRA", "173")}),
    ("RSF urged Iran to free the French journalist.", {("NGO", "IRN", "0253")}),
    # a mediator between two states is unchanged
    (
        "Qatar mediated talks between Congo and Rwanda.",
        {("QAT", "COD", "045"), ("QAT", "RWA", "045")} | both("COD", "RWA", "040"),
    ),
    # expelled diplomats without the Latin phrase keep 161
    ("Mali expelled the French ambassador.", {("MLI", "FRA", "161")}),
]


@pytest.mark.parametrize(("text", "expected"), AFRICA1_CONTROLS)
def test_africa1_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
