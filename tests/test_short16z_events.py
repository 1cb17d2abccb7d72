"""Short constructed sentences, one actor, one verb, one target, two or more for each of the 20 CAMEO roots (42
rows; issue 14, session 35, branch short16z; docs/events.md rule 355).

The kind of sentence a coder's validation suite is made of ("Israel attacked Hamas.", "The Pope visited
Lebanon."), with the actor written in the forms wire copy uses: a country, a capital, a leader by surname, a
ministry or a seat of government ("the Kremlin", "the Pentagon"), a militant group, an adjective and a role noun
("Iranian officials", "Russian troops"). Every sentence is our own invention, none copied from an evaluation set or
a peer coder's suite. The expected codes were written from the CAMEO code list (/work/shared/data) before the coder
ran; eight were refined after the run by the codebook itself, never to the coder's liking alone: the coder's deeper
code is the codebook's sub-code of the act (0232 military aid asked for, 073 food sent, 0841 prisoners released,
0872 a blockade lifted, 1312 sanctions threatened, 2041 chemical weapons), diplomats expelled are 161 (the manual's
166 note: "When diplomats are withdrawn or expelled, use 161"; docs/events.md rule 133d, where 174 was written),
and a protest in a country with no other party is the domestic pair (rule 10). The test compares the whole set of
asserted events, actors on their primary codes.

Before rule 355: 33 of the 42 rows; after: 34 ("urged Y to show restraint": an appeal to de-escalate, 0256, not the
bare appeal 020). ``XFAIL`` keeps the rest, in two groups: a one-party act with no target (the coder codes dyads
only: a denial, a refusal, a mobilization with no party named give no event), and an attack by unnamed gunmen
(rule 52a: no source).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


SHORT16Z_SENTENCES: list[tuple[str, Events]] = [
    # 01 make public statement
    ("Iran denied the allegations.", {("IRN", "", "016")}),
    ("The Kremlin declined to comment.", {("RUS", "", "011")}),
    # 05 (praise) and 04 (visit) in the brief's style
    ("Beijing praised Pakistan.", {("CHN", "PAK", "051")}),
    ("The Pope visited Lebanon.", {("VAT", "LBN", "042")}),
    # 06 material cooperation
    ("Jordan shared intelligence with Israel.", {("JOR", "ISR", "064")}),
    ("France trained Ukrainian pilots.", {("FRA", "UKR", "062")}),
    # 02 appeal
    ("Japan urged China to show restraint.", {("JPN", "CHN", "0256")}),
    ("Kyiv appealed to NATO for more air defence.", {("UKR", "IGO", "0232")}),
    # 03 express intent to cooperate
    ("Turkey offered to mediate between Russia and Ukraine.", {("TUR", "RUS", "039"), ("TUR", "UKR", "039")}),
    ("Tehran said it was ready to resume talks with Washington.", {("IRN", "USA", "036")}),
    # 04 consult
    ("Erdogan met Putin in Sochi.", both("TUR", "RUS", "040")),
    ("Macron hosted Modi in Paris.", {("FRA", "IND", "043")}),
    # 05 diplomatic cooperation
    ("Germany signed a trade agreement with Kenya.", both("DEU", "KEN", "057")),
    ("Sweden apologized to Finland.", {("SWE", "FIN", "055")}),
    # 07 provide aid
    ("India sent rice to Sri Lanka.", {("IND", "LKA", "073")}),
    ("Washington sent weapons to Kyiv.", {("USA", "UKR", "072")}),
    # 08 yield
    ("Russia released two Ukrainian prisoners.", {("RUS", "UKR", "0841")}),
    ("Israel lifted its blockade of Gaza.", {("ISR", "PSE", "0872")}),
    # 09 investigate
    ("Poland opened an investigation into the Russian embassy.", {("POL", "RUS", "090")}),
    ("The UN investigated war crimes in Sudan.", {("IGO", "SDN", "094")}),
    # 10 demand
    ("Israel demanded the release of the hostages.", {("ISR", "", "1053")}),
    ("Seoul demanded that Pyongyang withdraw its troops.", {("KOR", "PRK", "106")}),
    # 11 disapprove
    ("Iranian officials condemned the United States.", {("IRN", "USA", "111")}),
    ("Hamas accused Israel of violating the truce.", {("PSE", "ISR", "112")}),
    # 12 reject
    ("Russia rejected the peace plan.", {("RUS", "", "127")}),
    ("Venezuela refused to extradite the suspects.", {("VEN", "", "120")}),
    # 13 threaten
    ("Lukashenko threatened Lithuania.", {("BLR", "LTU", "130")}),
    ("China threatened Japan with sanctions.", {("CHN", "JPN", "1312")}),
    # 14 protest
    ("Students protested against the government in Serbia.", {("SRB", "SRB", "141")}),
    ("Farmers blocked roads in France.", {("FRA", "FRA", "144")}),
    # 15 exhibit force posture
    ("North Korea mobilized its troops.", {("PRK", "", "154")}),
    ("The Pentagon put its forces on high alert.", {("USA", "", "152")}),
    # 16 reduce relations
    ("Lithuania expelled Russian diplomats.", {("LTU", "RUS", "161")}),
    ("Canada imposed sanctions on Russia.", {("CAN", "RUS", "163")}),
    # 17 coerce
    ("Beijing seized two Japanese fishing boats.", {("CHN", "JPN", "171")}),
    ("Police arrested an Afghan journalist.", {("AFG", "AFG", "173")}),
    # 18 assault
    ("Al-Shabaab abducted three Kenyan soldiers.", {("SOM", "KEN", "181")}),
    ("Gunmen assassinated a Colombian mayor.", {("", "COL", "186")}),
    # 19 fight
    ("Israel attacked Hamas.", {("ISR", "PSE", "190")}),
    ("Russian troops shelled Kharkiv.", {("RUS", "UKR", "194")}),
    # 20 unconventional mass violence
    ("The Sudanese army massacred civilians in Darfur.", {("SDN", "SDN", "202")}),
    ("Assad used chemical weapons against civilians.", {("SYR", "SYR", "2041")}),
]

_NO_TARGET = "a one-party act with no target: the coder codes dyads only, so no event (the largest group left)"

XFAIL: dict[str, str] = {
    "Iran denied the allegations.": _NO_TARGET,
    "The Kremlin declined to comment.": _NO_TARGET,
    "Israel demanded the release of the hostages.": _NO_TARGET,
    "Russia rejected the peace plan.": _NO_TARGET,
    "Venezuela refused to extradite the suspects.": _NO_TARGET,
    "North Korea mobilized its troops.": _NO_TARGET,
    "The Pentagon put its forces on high alert.": _NO_TARGET,
    "Gunmen assassinated a Colombian mayor.": "unnamed attackers take no country from their victims (rule 52a): "
    "no source, no event",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(SHORT16Z_SENTENCES, XFAIL))
def test_short16z_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: restraint shown on one's own, praised or asked for by other words; other appeals stay 020 ----------

SHORT16Z_CONTROLS: list[tuple[str, Events]] = [
    ("The Indian army showed restraint toward Pakistani troops.", {("IND", "PAK", "087")}),
    ("Iran vowed to exercise restraint toward Israel.", {("IRN", "ISR", "0356")}),
    ("Berlin praised Warsaw for its restraint.", {("DEU", "POL", "051")}),
    ("Japan urged China to show flexibility.", {("JPN", "CHN", "020")}),
    ("Turkey urged Greece to exercise its rights.", {("TUR", "GRC", "020")}),
    ("Israel showed restraint.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SHORT16Z_CONTROLS)
def test_short16z_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
