"""A state's political reform of its own country, in 2025 wire style (issue 14, session 34, branch cameotune2;
docs/events.md rule 332).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). A government
or leader that democratizes its own country, or promises to (CAMEO 0811 / 034), names its own country as the
reformed party; a state and its bare country are one party, so before this rule nothing was coded. The reform is
toward the country's people (``XXXCVL``, a domestic pair as rule 289's curfew), which scores as ``XXX -> XXX``.
Controls: a reform urged on or promised to another country keeps that country; a curfew keeps rule 289's code.
``XFAIL`` keeps the rows the change does not fix, each with why.

Session 37 (branch cameotune2, docs/events.md rule 389; the ``TUNE37_`` tables below): three general classes behind
misses of the tuning half of the CAMEO-manual examples, in our own sentences (none copied or paraphrased from the
manual's examples):

- 389a: a state that expands, enhances, broadens, widens or restores political freedoms (or civil liberties) eases
  restrictions on political freedoms (CAMEO 0811 "ease restrictions on political freedoms"), toward its own people
  as "restricted press freedom" (1721, rule 367d) is: the mirror of the restriction phrases.
- 389b: an appeal for help with an act ("asked Y to help finance Z") asks for the helped act (0231 "appeal for
  economic aid" for financing), not for bare aid (023): a helping verb with no object of its own is no act of its
  own (`NonEventTests.helping`), inside a wrapper as outside one.
- 389c: signing a petition is no formal agreement (057): its signers ask, and the petition's own "demanding"
  clause codes the demand (a petition is a message noun, as a letter is).

Its controls: the restriction phrases, a plain appeal for funding, help asked with no act named, and agreements
signed keep their codes.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]

CAMEOTUNE2_SENTENCES: list[tuple[str, Events]] = [
    # promised / pledged / vowed to democratize the country (034)
    ("Armenia's prime minister promised to democratize Armenia after the June vote.", {("ARM", "ARM", "034")}),
    ("Uzbekistan's president vowed on Monday to democratise Uzbekistan by 2027.", {("UZB", "UZB", "034")}),
    ("The Gabonese junta pledged to democratize Gabon before the 2025 election.", {("GAB", "GAB", "034")}),
    ("Kazakh President Tokayev promised to democratize Kazakhstan's political system.", {("KAZ", "KAZ", "034")}),
    ("The Tunisian government promised the democratization of Tunisia.", {("TUN", "TUN", "034")}),
    ("Guinea's military rulers said they would democratize Guinea within two years.", {("GIN", "GIN", "034")}),
    # democratized the country (0811)
    ("Bhutan's king democratized Bhutan in 2008.", {("BTN", "BTN", "0811")}),
    ("The Mongolian government began to democratize Mongolia's local councils.", {("MNG", "MNG", "0811")}),
    # eased restrictions on political freedoms in the country (0811)
    ("Sri Lanka's president eased restrictions on political freedoms in Sri Lanka.", {("LKA", "LKA", "0811")}),
    ("The Kyrgyz government eased restrictions on political freedoms.", {("KGZ", "KGZ", "0811")}),
]

# rule 336 (session 34, freedoms1x) codes restrictions on political freedoms eased (0811) toward the people
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(CAMEOTUNE2_SENTENCES, XFAIL))
def test_cameotune2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: a reform urged on, or promised with, another party keeps that party; rule 289 is as it was -----------

CAMEOTUNE2_CONTROLS: list[tuple[str, Events]] = [
    ("The European Union urged Georgia to democratize.", {("IGO", "GEO", "024")}),
    ("Armenia's prime minister urged Azerbaijan to democratize.", {("ARM", "AZE", "024")}),
    ("Kenyan authorities imposed a curfew in Mombasa.", {("KEN", "KEN", "1723")}),
    ("Belarus eased restrictions on Lithuanian truckers.", {("BLR", "LTU", "081")}),
    ("Serbia's president met Hungary's prime minister in Belgrade.", {("SRB", "HUN", "040"), ("HUN", "SRB", "040")}),
]


@pytest.mark.parametrize(("text", "expected"), CAMEOTUNE2_CONTROLS)
def test_cameotune2_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- session 37 (rule 389): freedoms widened, help asked for an act, a petition signed ------------------------------


TUNE37_SENTENCES: list[tuple[str, Events]] = [
    # 389a: political freedoms expanded, enhanced, broadened, widened or restored: 0811 toward the state's people
    ("The Uzbek government expanded press freedoms last year.", {("UZB", "UZB", "0811")}),
    ("Ethiopia's prime minister has enhanced political freedoms since taking office.", {("ETH", "ETH", "0811")}),
    ("Tunisian authorities restored civil liberties on Tuesday.", {("TUN", "TUN", "0811")}),
    ("The Cambodian government took steps to broaden political freedoms in Cambodia.", {("KHM", "KHM", "0811")}),
    ("Belarusian authorities widened freedom of assembly ahead of the vote.", {("BLR", "BLR", "0811")}),
    ("Kyrgyzstan's parliament restored press freedoms on Monday.", {("KGZ", "KGZ", "0811")}),
    # 389b: asked / urged / appealed to Y to help finance, fund or train: the helped act is what is asked
    ("Kenya asked Germany to help finance a new railway.", {("KEN", "DEU", "0231")}),
    ("Nepal will ask India to help fund the rebuilding of its schools.", {("NPL", "IND", "0231")}),
    ("Moldova urged Romania to help finance its gas imports.", {("MDA", "ROU", "0231")}),
    ("Malawi has appealed to Britain to help finance road repairs.", {("MWI", "GBR", "0231")}),
    ("Somalia asked Turkey to help train its army.", {("SOM", "TUR", "0212")}),
    # 389c: a petition signed is no agreement; its "demanding" clause is the demand
    (
        "Opposition supporters in Serbia signed a petition demanding the resignation of the Serbian government.",
        {("SRB", "SRB", "1041")},
    ),
    (
        "More than 10,000 Greek doctors have signed a petition demanding higher wages from the government.",
        {("GRC", "GRC", "1031")},
    ),
]

TUNE37_XFAIL: dict[str, str] = {
    "Somalia asked Turkey to help train its army.": "the appeal has no sub-code for training's 150 (its 062 is set"
    " after the appeal reads its inner code), so rule 389b keeps the help (023); 'asked Y to train its army' is 020",
    "More than 10,000 Greek doctors have signed a petition demanding higher wages from the government.": "wages are"
    " no coded aid noun: the demand stays 100, as 'demanded higher wages from the government' does",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(TUNE37_SENTENCES, TUNE37_XFAIL))
def test_tune37_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


TUNE37_CONTROLS: list[tuple[str, Events]] = [
    # restrictions keep 1721 / 1321, eased restrictions 0811
    ("Belarus restricted press freedom.", {("BLR", "BLR", "1721")}),
    ("Hungary threatened to restrict press freedom.", {("HUN", "HUN", "1321")}),
    ("Jordan eased restrictions on the press.", {("JOR", "JOR", "0811")}),
    # a plain appeal for funding, help asked with no act named
    ("Peru asked Japan to fund a new port.", {("PER", "JPN", "0231")}),
    ("Ghana asked Japan to help.", {("GHA", "JPN", "023")}),
    # agreements signed stay 057
    ("Chile signed a trade deal with Peru.", both("CHL", "PER", "057")),
    ("Serbia and Hungary signed an agreement on gas supplies.", both("SRB", "HUN", "057")),
]


@pytest.mark.parametrize(("text", "expected"), TUNE37_CONTROLS)
def test_tune37_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
