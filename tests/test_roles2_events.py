"""Receiving constructions and rejected claims: who gives, who receives, whose claim is rejected (issue 14, session 25;
docs/events.md rule 145).

Each sentence is our own invention, none copied from ConfliBERT, PLOVER, CAMEO or any evaluation set. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The expected
events (source, target, whole CAMEO code, actors on their primary codes; asserted events only) were written from the
CAMEO code descriptions before the coder ran on the table; rows the change cannot fix stay ``XFAIL`` with a reason.
First run on integ: 18 of 54 rows (20 with the two 016 rows revised after it, marked below); after rule 145: 52.

CAMEO codes the giving, not the receiving: "Kenya received helicopters from the United States" is the United States'
military aid to Kenya (072), not Kenya's act; the class of the thing received picks the aid code (arms 072, money 071,
food or medicine 073). A country that modifies a rejected claim, demand or plan ("Cameroon claims") is the target
of the rejection, as the possessor in "Egypt's demands" already was.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc

from .event_sentences import asserted, table_cases

Events = set[tuple[str, str, str]]

# (sentence, expected asserted events: (source, target, CAMEO code)), written before the coder ran
ROLES2_SENTENCES: list[tuple[str, Events]] = [
    # -- goods received "from Y": Y's aid to the receiver, the code from the goods' class
    ("Kenya received helicopters from the United States.", {("USA", "KEN", "072")}),
    ("Ghana got two patrol boats from China last year.", {("CHN", "GHA", "072")}),
    ("Taiwan has acquired fighter jets from the United States.", {("USA", "TWN", "072")}),
    ("Poland took delivery of tanks from South Korea on Monday.", {("KOR", "POL", "072")}),
    ("Armenia obtained armed drones from Iran, officials said.", {("IRN", "ARM", "072")}),
    ("Serbia accepted a shipment of missiles from Russia.", {("RUS", "SRB", "072")}),
    ("Philippines receives patrol ships from Japan", {("JPN", "PHL", "072")}),
    ("Nigeria had received ammunition from Pakistan before the offensive.", {("PAK", "NGA", "072")}),
    ("Mozambique is receiving armoured vehicles from Rwanda.", {("RWA", "MOZ", "072")}),
    ("Egypt received a $3 billion loan from Saudi Arabia.", {("SAU", "EGY", "071")}),
    ("Pakistan obtained fresh funds from China to shore up its reserves.", {("CHN", "PAK", "071")}),
    ("Sudan received grants worth $200 million from Qatar.", {("QAT", "SDN", "071")}),
    ("Zambia got $50 million from the United States last month.", {("USA", "ZMB", "071")}),
    ("Yemen received food from Saudi Arabia.", {("SAU", "YEM", "073")}),
    ("Haiti received medicine from Cuba after the storm.", {("CUB", "HTI", "073")}),
    ("Somalia received relief supplies from Turkey.", {("TUR", "SOM", "073")}),
    ("India received a shipment of vaccines from Russia.", {("RUS", "IND", "073")}),
    ("Bangladesh got rice from Myanmar.", {("MMR", "BGD", "073")}),
    ("Ecuador accepted a donation of medical supplies from Peru.", {("PER", "ECU", "073")}),
    ("Nepal gets earthquake relief from India", {("IND", "NPL", "073")}),
    ("Cuba received oil from Venezuela.", {("VEN", "CUB", "070")}),
    # -- the recipient-subject passive of give / supply / send: the "by" agent gives
    ("Israel was given a shipment of bombs by the United States.", {("USA", "ISR", "072")}),
    ("Kenya was given helicopters by the United States.", {("USA", "KEN", "072")}),
    ("Ukraine was supplied with artillery shells by Germany.", {("DEU", "UKR", "072")}),
    ("Lebanon was sent food aid by France.", {("FRA", "LBN", "073")}),
    ("Mali was supplied with rice by Senegal.", {("SEN", "MLI", "073")}),
    ("Somalia was given a $100 million grant by Qatar.", {("QAT", "SOM", "071")}),
    ("Jordan has been sent wheat by Russia.", {("RUS", "JOR", "073")}),
    # -- rule 68d's trigger nouns: unchanged readings
    ("Georgia received weapons from Lithuania.", {("LTU", "GEO", "072")}),
    ("Kenya received US aid.", {("USA", "KEN", "070")}),
    ("Sri Lanka obtained a loan from China.", {("CHN", "LKA", "071")}),
    ("Tunisia accepted financial aid from Algeria.", {("DZA", "TUN", "071")}),
    # -- persons and words received: not goods
    ("Kenya received a delegation from Uganda.", {("KEN", "UGA", "043")}),
    ("Turkey received the Iranian foreign minister in Ankara.", {("TUR", "IRN", "043")}),
    ("Colombia received a call from Venezuela.", {("VEN", "COL", "041")}),
    ("Hungary received criticism from Austria over the law.", {("AUT", "HUN", "111")}),
    ("Lithuania received threats from Belarus.", {("BLR", "LTU", "130")}),
    ("South Korea received an apology from Japan.", {("JPN", "KOR", "055")}),
    # -- no giver, negated, nothing given: no asserted event
    ("Kenya received helicopters last year.", set()),
    ("Iraq did not receive weapons from Iran.", set()),
    ("Iraq was not given any weapons by Iran.", set()),
    ("Germany received refugees from Syria.", set()),
    ("China received the news calmly.", set()),
    # -- a rejected claim, demand or plan: its country modifier is the target
    ("Nigeria rejects Cameroon claims over the border.", {("NGA", "CMR", "120")}),
    ("Nigeria rejected Cameroonian claims over the border.", {("NGA", "CMR", "120")}),
    # these two were written 120 before the run; revised after it to rule 63a's reading, CAMEO 016 "deny
    # responsibility" for an accusation dismissed or denied (the codebook's code, which the table first missed)
    ("Kenya dismissed Somali accusations of meddling.", {("KEN", "SOM", "016")}),
    ("Russia denied Ukrainian accusations that it shelled the plant.", {("RUS", "UKR", "016")}),
    ("Kenya rejected the Somali proposal.", {("KEN", "SOM", "120")}),
    ("Iran rejected the US offer of talks.", {("IRN", "USA", "125")}),
    ("Armenia rejects Azerbaijan peace plan", {("ARM", "AZE", "127")}),
    ("Sudan rejected Egypt's demands.", {("SDN", "EGY", "120")}),
    ("Nigeria rejected claims by Cameroon over the border.", {("NGA", "CMR", "120")}),
    ("Nigeria did not reject Cameroon claims over the border.", set()),
    ("Nigeria rejected claims over the border.", set()),
]

XFAIL: dict[str, str] = {
    # "Germany received refugees from Syria." passes since rule 158 (roles3, `received_nonvisit_nouns`): mark removed
    # "Armenia rejects Azerbaijan peace plan" passes since rule 208 (newsevents17: a rejected peace plan is 127)
}


@pytest.mark.parametrize(("text", "expected"), table_cases(ROLES2_SENTENCES, XFAIL))
def test_roles2_sentence(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


def test_xfail_names_only_table_sentences() -> None:
    assert set(XFAIL) <= {row[0] for row in ROLES2_SENTENCES}


# -- rule tests: what each part of rule 145 reads ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the class from a container's "of" object, over the container's own 072 ("shipment")
        ("Peru received a shipment of wheat from Chile.", {("CHL", "PER", "073")}),
        # an energy shipment is trade (rule 224, as "an oil shipment" is, rule 163e): 061, before 070
        ("Peru received a shipment of oil from Chile.", {("CHL", "PER", "061")}),
        ("Peru received a shipment of rifles from Chile.", {("CHL", "PER", "072")}),
        # a modifier's class before the noun's, an owner as the giver
        ("Peru received Chilean patrol boats.", {("CHL", "PER", "072")}),
        ("Peru received Chilean military aid.", {("CHL", "PER", "072")}),
        # "took delivery of": the receipt noun's "of" object is the goods
        ("Peru took delivery of Chilean helicopters.", {("CHL", "PER", "072")}),
        # an amount's "in" / "of" contents: the amount is the object, its aid noun no act of the receiver's
        ("Peru received $5 million in aid from Chile.", {("CHL", "PER", "071")}),  # before: PER -> CHL 043 and 070
        ("Peru received tons of rice from Chile.", {("CHL", "PER", "073")}),
        ("Peru received a warning from Chile.", {("CHL", "PER", "130")}),  # before: PER -> CHL 043
    ],
)
def test_goods_class_and_giver(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


@pytest.mark.parametrize(
    ("passive", "receiving"),
    [
        ("Peru was given helicopters by Chile.", "Peru received helicopters from Chile."),
        ("Peru was sent medicine by Chile.", "Peru received medicine from Chile."),
        ("Peru was supplied with loans by Chile.", "Peru obtained loans from Chile."),
    ],
)
def test_recipient_passive_and_receiving_agree(rules_nlp: Language, passive: str, receiving: str) -> None:
    assert asserted(rules_nlp, passive) == asserted(rules_nlp, receiving) != set()


def test_negated_receipt_is_a_negated_gift(rules_nlp: Language) -> None:
    doc = rules_nlp(make_doc(rules_nlp, "Peru did not receive helicopters from Chile .", published="2024-05-01"))
    events = {(e["source"], e["target"], e["cameo"], e["negated"]) for e in doc._.events or []}
    assert events == {("CHL", "PER", "072", True)}  # before: PER -> CHL 043, negated


def test_headline_object_read_as_verb_is_a_noun(rules_nlp: Language) -> None:
    """Rule 145c: "Cameroon claims" parsed as a clause (claims a VBZ direct object) is retagged a noun phrase."""
    doc = rules_nlp(make_doc(rules_nlp, "Nigeria rejects Cameroon claims over the border.", published="2024-05-01"))
    claims = next(t for t in doc if t.lower_ == "claims")
    assert (claims.pos_, claims.tag_, doc[claims.i - 1].dep_) == ("NOUN", "NNS", "compound")


def test_real_clause_keeps_its_verb(rules_nlp: Language) -> None:
    doc = rules_nlp(make_doc(rules_nlp, "Nigeria says Cameroon claims the border town .", published="2024-05-01"))
    assert next(t for t in doc if t.lower_ == "claims").pos_ == "VERB"  # a clause with an object of its own


@pytest.mark.parametrize(
    "text",
    [
        "Peru received the Chilean ambassador .",
        # a group of people is no container: its members' modifier names no goods
        "Peru received a delegation of medical experts from Chile .",
    ],
)
def test_person_received_is_still_hosted(rules_nlp: Language, text: str) -> None:
    assert asserted(rules_nlp, text) == {("PER", "CHL", "043")}
