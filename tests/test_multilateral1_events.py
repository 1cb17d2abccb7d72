"""Multilateral diplomacy in 2025 wire style (issue 14, session 29, branch multilateral1; docs/events.md rule 211).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). Expected codes
were written from the CAMEO codebook before the coder ran. An international body is compared on its full code
(``UN`` for the Security Council, the General Assembly and the Human Rights Council, ``EU``, ``NATO``, ``IGOIAE``,
``IGOG7``, ``IGOSCO``, ``IGOOSC``, ``IGOAFU``, ``IGOWAS``, ``IGOWHO`` of ``igos.jsonl``), a state on its country.

Decisions (rule 211):

- a resolution a body adopts, passes or votes says what the body does: the body is the source and the party the
  resolution condemns, censures, sanctions or makes demands of the target (rule 68f);
- a veto by one member is that member's 129 toward the body whose draft it blocks (rule 134d), one event per
  vetoing member; a vote against a body's resolution is a rejection of it (120 toward the body), a vote for it an
  endorsement (051); an abstention is no event;
- a joint statement by several states is each named issuer's act toward its target; the issuers code nothing
  among themselves (a statement is no signed agreement);
- a summit communique or declaration is its body's act, BRICS's too (coded ``IGOBRC`` since actors14, session 29;
  uncoded when this table was written); a meeting of one body's members is one party, no event;
- a sanctions package the EU or its member states agree or adopt is EU -> target 163, lifted 085 (rule 202);
- recognising a state or government is 054 toward it; a refusal to recognise is a rejection, 120;
- a body suspending a member, or a state leaving or suspending its membership, reduces relations (160, as rule
  154's AU row); joining an alliance accedes to its treaty (057);
- an envoy to the UN speaks for the envoy's state; the UN forum where the envoy speaks is no target.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from detente.nlp.pipeline import make_doc
from detente.reference.actors import primary_code

from .event_sentences import both, table_cases

Events = set[tuple[str, str, str]]


def each(sources: str, target: str, code: str) -> Events:
    """One event from each of several issuers (a joint statement, a joint veto) toward one target."""
    return {(s, target, code) for s in sources.split()}


MULTILATERAL1_SENTENCES: list[tuple[str, Events]] = [
    # resolutions adopted, passed or voted by a body against a state
    ("The UN Security Council adopted a resolution condemning North Korea's missile tests.", {("UN", "PRK", "111")}),
    (
        "The UN General Assembly adopted a resolution demanding that Russia withdraw its troops from Ukraine.",
        {("UN", "RUS", "106")},
    ),
    (
        "The IAEA Board of Governors passed a resolution censuring Iran for failing to cooperate with inspectors.",
        {("IGOIAE", "IRN", "111")},
    ),
    (
        "The UN General Assembly voted overwhelmingly to condemn Russia's annexation of Ukrainian regions.",
        {("UN", "RUS", "111")},
    ),
    ("The Security Council passed a resolution imposing an arms embargo on South Sudan.", {("UN", "SSD", "163")}),
    ("The UN Security Council voted to reimpose sanctions on Iran.", {("UN", "IRN", "163")}),
    (
        "The UN Human Rights Council adopted a resolution accusing Israel of war crimes in Gaza.",
        {("UN", "ISR", "1124")},
    ),
    ("The UN Security Council adopted a resolution endorsing Trump's peace plan for Gaza.", {("UN", "USA", "051")}),
    ("The IAEA board found Iran in breach of its non-proliferation obligations.", {("IGOIAE", "IRN", "112")}),
    # vetoes by one member (or two)
    (
        "The United States vetoed a UN Security Council resolution demanding a ceasefire in Gaza.",
        {("USA", "UN", "129")},
    ),
    ("Russia vetoed a Security Council draft on Ukraine.", {("RUS", "UN", "129")}),
    ("Russia and China vetoed a Security Council resolution on Syria.", each("RUS CHN", "UN", "129")),
    ("Hungary vetoed the EU's 18th sanctions package against Russia.", {("HUN", "EU", "129")}),
    ("Washington cast its veto against the resolution in the UN Security Council.", {("USA", "UN", "129")}),
    # votes for and against
    ("Russia voted against the UN General Assembly resolution on Ukraine.", {("RUS", "UN", "120")}),
    (
        "The United States voted against the UN resolution calling for a Gaza ceasefire.",
        {("USA", "UN", "120")},
    ),
    ("Germany voted in favour of the UN resolution on Palestinian statehood.", {("DEU", "UN", "051")}),
    # summits and communiques
    ("The G7 summit communique criticised China's export controls on rare earths.", {("IGOG7", "CHN", "111")}),
    ("G7 foreign ministers urged China to stop supplying Russia with weapons components.", {("IGOG7", "CHN", "020")}),
    ("G7 leaders issued a joint statement calling on Iran to return to talks.", {("IGOG7", "IRN", "026")}),
    ("SCO leaders criticised Israel in their final declaration.", {("IGOSCO", "ISR", "111")}),
    ("The OSCE criticised Azerbaijan for barring its election observers.", {("IGOOSC", "AZE", "111")}),
    ("Modi and Xi met on the sidelines of the SCO summit in Tianjin.", both("IND", "CHN", "040")),
    ("NATO allies accused Russia of violating Estonian airspace at the summit in The Hague.", {("NATO", "RUS", "112")}),
    # joint statements by several states
    (
        "Britain, France and Germany issued a joint statement condemning Iran's nuclear escalation.",
        each("GBR FRA DEU", "IRN", "111"),
    ),
    (
        "In a joint statement, Japan, South Korea and the United States condemned North Korea's missile launch.",
        each("JPN KOR USA", "PRK", "111"),
    ),
    (
        "Australia, Canada and New Zealand jointly urged Israel to allow aid into Gaza.",
        each("AUS CAN NZL", "ISR", "020"),
    ),
    (
        "Russia and China issued a joint statement criticising US missile deployments in Asia.",
        each("RUS CHN", "USA", "111"),
    ),
    (
        "The foreign ministers of Egypt, Jordan and Qatar jointly condemned Israel's expansion of settlements.",
        each("EGY JOR QAT", "ISR", "111"),
    ),
    # EU sanctions packages
    ("EU member states agreed the 19th package of sanctions against Russia.", {("EU", "RUS", "163")}),
    ("The European Union adopted its 18th sanctions package on Russia on Friday.", {("EU", "RUS", "163")}),
    ("EU ambassadors approved new sanctions on Belarus.", {("EU", "BLR", "163")}),
    ("EU foreign ministers imposed sanctions on Iranian officials over the crackdown.", {("EU", "IRN", "163")}),
    ("The EU lifted sanctions on Syria's central bank.", {("EU", "SYR", "085")}),
    # recognition
    ("Britain, Canada and Australia recognised the State of Palestine on Sunday.", each("GBR CAN AUS", "PSE", "054")),
    ("France formally recognised a Palestinian state at the UN General Assembly.", {("FRA", "PSE", "054")}),
    ("Russia became the first country to recognise the Taliban government.", {("RUS", "AFG", "054")}),
    ("The United States refused to recognise Maduro's election victory.", {("USA", "VEN", "120")}),
    # membership suspended, left, joined
    ("The African Union suspended Guinea-Bissau's membership after the coup.", {("IGOAFU", "GNB", "160")}),
    ("ECOWAS suspended Mali from the bloc.", {("IGOWAS", "MLI", "160")}),
    ("Mali, Burkina Faso and Niger withdrew from ECOWAS.", each("MLI BFA NER", "IGOWAS", "160")),
    ("The United States withdrew from the World Health Organization.", {("USA", "IGOWHO", "160")}),
    ("Sweden joined NATO in March 2024.", {("SWE", "NATO", "057")}),
    # envoys to the UN
    ("Russia's UN ambassador Vassily Nebenzia accused Ukraine of attacking civilians.", {("RUS", "UKR", "112")}),
    ("China's envoy to the UN condemned the United States for its strikes on Iran.", {("CHN", "USA", "111")}),
    ("Israel's ambassador to the UN denounced the UN vote as shameful.", {("ISR", "UN", "111")}),
    ("Ukraine's envoy accused Russia at the Security Council of bombing civilians.", {("UKR", "RUS", "112")}),
    ("Speaking at the Security Council, Iran's UN envoy accused Israel of aggression.", {("IRN", "ISR", "1123")}),
    # BRICS is coded since actors14 (session 29, IGOBRC): written as controls while it was uncoded, these two rows
    # now expect the body's act and a state's accession, as for the G7 and NATO rows above
    ("BRICS leaders condemned the US tariffs at their summit in Rio de Janeiro.", {("IGOBRC", "USA", "111")}),
    ("Indonesia joined BRICS as a full member.", {("IDN", "IGOBRC", "057")}),
]

# -- controls: multilateral wording that codes no event -------------------------------------------------------------

MULTILATERAL1_CONTROLS: list[tuple[str, Events]] = [
    ("China and India abstained in the vote on the UN resolution.", set()),
    ("Hungary abstained when EU ministers voted on the sanctions.", set()),
    ("G20 leaders met in Johannesburg on Saturday.", set()),
    ("NATO leaders agreed at the summit to raise defence spending to five percent.", set()),
    ("Germany said it would not recognise a Palestinian state for now.", set()),
    ("The Security Council will vote on the draft resolution next week.", set()),
]

# rows the coder still misses, each with why it is left (docs/events.md rule 211)
# "EU foreign ministers imposed sanctions on Iranian officials over the crackdown." passes since rule 279b (session
# 32, asia2: a sanction's "over" phrase names the grievance); "EU member states agreed the 19th package of sanctions
# against Russia." passes since rule 294 (session 33, leftovers32: a sanction noun agreed is the measure adopted, 163)
XFAIL: dict[str, str] = {
    "The UN General Assembly voted overwhelmingly to condemn Russia's annexation of Ukrainian regions.": "the "
    "condemned act noun codes its own event beside the condemnation (RUS -> UKR 192, rule 185's background act), a "
    "defensible reading of an annexation the sentence reports as done",
    "The IAEA board found Iran in breach of its non-proliferation obligations.": "'breach' codes 128 (defy norms) "
    "with the finder as source; a finding of breach as the finder's accusation (112) needs a verb + prepositional "
    "predicate phrase the lexicon has no form for",
    "G7 foreign ministers urged China to stop supplying Russia with weapons components.": "coded 025 (appeal to "
    "yield: to stop an act), a defensible sub-code; 020 was chosen beforehand",
    "NATO allies accused Russia of violating Estonian airspace at the summit in The Hague.": "coded 1123 (accuse of "
    "aggression: an airspace violation), a defensible sub-code; 112 was chosen beforehand",
    "Australia, Canada and New Zealand jointly urged Israel to allow aid into Gaza.": "coded 0255 (appeal to allow "
    "international involvement), a defensible sub-code; 020 was chosen beforehand",
    "The United States refused to recognise Maduro's election victory.": "coded 1231 (the reject wrapper's "
    "refinement of a recognition refused: reject a change in leadership); 120 was chosen beforehand",
    "Russia's UN ambassador Vassily Nebenzia accused Ukraine of attacking civilians.": "coded 1123 (accuse of "
    "aggression: an attack), a defensible sub-code; 112 was chosen beforehand",
    "Germany said it would not recognise a Palestinian state for now.": "coded DEU -> PSE 120: a cooperative act "
    "negated under an intent is a refusal (`negated_intent_roots`, the project's convention); the control expected "
    "no event",
}


def multilateral_events(nlp: Language, text: str) -> Events:
    """(source, target, CAMEO code) of the asserted events of ``text``: an international body on its full code, any
    other actor on its primary code (the country)."""
    doc = nlp(make_doc(nlp, text, published="2025-10-01"))
    found: list[dict[str, Any]] = doc._.events or []

    def actor(code: str) -> str:
        return code if primary_code(code) == "IGO" else primary_code(code)

    return {
        (actor(str(e["source"])), actor(str(e["target"])), str(e["cameo"]))
        for e in found
        if not e["negated"] and not e["hypothetical"]
    }


@pytest.mark.parametrize(("text", "expected"), table_cases(MULTILATERAL1_SENTENCES, XFAIL))
def test_multilateral1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert multilateral_events(rules_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), table_cases(MULTILATERAL1_CONTROLS, XFAIL))
def test_multilateral1_control_codes_nothing(rules_nlp: Language, text: str, expected: Events) -> None:
    assert multilateral_events(rules_nlp, text) == expected


def test_multilateral1_table_is_well_formed() -> None:
    texts = [row[0] for row in MULTILATERAL1_SENTENCES + MULTILATERAL1_CONTROLS]
    assert len(set(texts)) == len(texts) >= 45
    assert set(XFAIL) <= set(texts)
