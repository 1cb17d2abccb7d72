"""2025 Americas news in wire style, second table (issue 14, session 33, branch americas2; docs/events.md rule 291).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The rows cover
US strikes on alleged drug boats off Venezuela, the US naval deployment in the Caribbean, Maduro's denunciations,
Colombia decertified and Petro's visa revoked, US tariffs on Brazil over Bolsonaro's trial, the US support package
for Argentina, the Panama Canal, Mexico's cartel cooperation and the suspended Canada-US trade talks. Expected codes
were written from the CAMEO codebook before the coder ran. Controls: the same words with no international act.
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


AMERICAS2_SENTENCES: list[tuple[str, Events]] = [
    # strikes on boats off Venezuela (190) and the deployment (150)
    ("US forces struck a suspected Venezuelan drug boat in the Caribbean on Monday.", {("USA", "VEN", "190")}),
    ("The US military carried out a strike on a Venezuelan boat in international waters.", {("USA", "VEN", "190")}),
    ("The Pentagon sent an aircraft carrier to the Caribbean to pressure Venezuela.", {("USA", "VEN", "150")}),
    ("Washington deployed eight warships and a submarine near Venezuelan waters.", {("USA", "VEN", "150")}),
    # Maduro's denunciations (111) and accusations (112, aggression 1123)
    ("Maduro denounced the US military buildup in the Caribbean.", {("VEN", "USA", "111")}),
    ("Caracas condemned the US strikes as extrajudicial executions.", {("VEN", "USA", "111")}),
    ("Maduro accused the United States of seeking a war to seize Venezuela's oil.", {("VEN", "USA", "1123")}),
    # Colombia: decertification and the revoked visa cut relations back (160, as "cancel visa" is); aid cut (162)
    ("Washington decertified Colombia as a partner in the fight against drugs.", {("USA", "COL", "160")}),
    ("The State Department revoked Petro's visa after he addressed a rally in New York.", {("USA", "COL", "160")}),
    ("The United States revoked the visa of Colombia's president.", {("USA", "COL", "160")}),
    ("Trump cut off all US aid to Colombia.", {("USA", "COL", "162")}),
    ("Washington imposed sanctions on Petro and his family.", {("USA", "COL", "163")}),
    # Brazil: tariffs over Bolsonaro's trial (163), the answer
    ("Trump slapped a 50 percent tariff on Brazilian goods over the trial of Jair Bolsonaro.", {("USA", "BRA", "163")}),
    ("Washington sanctioned the Brazilian judge overseeing Bolsonaro's trial.", {("USA", "BRA", "163")}),
    ("Lula rejected Trump's demand to drop the case against Bolsonaro.", {("BRA", "USA", "120")}),
    # Argentina: the support package (071) and the thanks (051)
    ("The US Treasury extended a 20 billion dollar currency swap line to Argentina.", {("USA", "ARG", "071")}),
    ("The United States bought Argentine pesos to prop up Milei's government.", {("USA", "ARG", "071")}),
    ("Milei thanked Trump for the financial support.", {("ARG", "USA", "051")}),
    # Panama Canal
    ("Panama signed a security agreement with the United States on the canal.", both("PAN", "USA", "057")),
    ("Hegseth visited Panama to discuss security at the canal.", {("USA", "PAN", "042")}),
    # Mexico: extraditions (063), cooperation (030), the troops offer refused (1212)
    ("Mexico extradited a Sinaloa cartel leader to the United States.", {("MEX", "USA", "063")}),
    ("Sheinbaum rejected Trump's offer to send US troops into Mexico.", {("MEX", "USA", "1212")}),
    # Canada: talks broken off (164), the apology (055), ready to resume (036)
    ("Washington broke off trade negotiations with Ottawa.", {("USA", "CAN", "164")}),
    ("Carney apologized to Trump for the advertisement.", {("CAN", "USA", "055")}),
    ("Ottawa said it was ready to resume trade talks with Washington.", {("CAN", "USA", "036")}),
]

# rule 291 (a visa revoked 160, a state decertified 160, a swap line extended 071) fixed four rows, rule 305 (a
# deployment's pressing purpose is its aim) the carrier row; these stay
XFAIL: dict[str, str] = {
    "The United States bought Argentine pesos to prop up Milei's government.": (
        "a currency bought is read as trade (061); the support its purpose names (071) is not read"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(AMERICAS2_SENTENCES, XFAIL))
def test_americas2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: Americas news with no international act -------------------------------------------------------------

AMERICAS2_CONTROLS: list[tuple[str, Events]] = [
    ("Venezuela's oil exports rose in September.", set()),
    ("Argentina's peso fell after the midterm elections.", set()),
    ("The Panama Canal authority raised transit fees.", set()),
    ("The swap line helped the peso recover.", set()),
    ("Canada's trade minister spoke to reporters about the talks.", set()),
    ("Brazil's coffee growers revoked their contracts with local buyers.", set()),
    # rule 291a/b: a visa revoked with no holder's state, a thing decertified that is no state
    ("The student's visa was revoked after his arrest.", set()),
    ("The agency decertified the aircraft after the crash.", set()),
]


@pytest.mark.parametrize(("text", "expected"), AMERICAS2_CONTROLS)
def test_americas2_control_codes_no_act(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
