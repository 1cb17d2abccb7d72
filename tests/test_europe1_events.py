"""European politics of 2025 in wire style (issue 14, session 30, branch europe1; docs/events.md rule 236).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts; the codes were
written from the CAMEO codebook. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned
layer off (``rules_pipeline``). Hungary's and Slovakia's vetoes and blocks of EU sanctions packages and of
Ukraine's accession talks, Moldova's and Georgia's elections and their talks with the EU, Serbia's gas deal with
Russia, EU aid agreed at summits, pledges of troops and weapons for Ukraine, and the Baltic states leaving the Ottawa
convention. A veto is 129 toward the body whose measure it is (rule 134d); a block of a measure, a bid or talks is
a rejection (120, talks 125), not a blockade (rule 236a); a treaty named after a city names no party (rule 236b).
``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, both, table_cases

Events = set[tuple[str, str, str]]


EUROPE1_SENTENCES: list[tuple[str, Events]] = [
    # Hungary and Slovakia: vetoes and blocks of EU measures and of Ukraine's accession
    ("Hungary vetoed the EU's 18th sanctions package against Russia.", {("HUN", "IGO", "129")}),
    ("Slovakia vetoed the new EU sanctions package on Monday.", {("SVK", "IGO", "129")}),
    ("Hungary blocked the EU's new sanctions package against Russia.", {("HUN", "IGO", "120")}),
    ("Budapest blocked the EU's aid package for Ukraine.", {("HUN", "IGO", "120")}),
    ("Orban blocked the opening of accession talks with Ukraine.", {("HUN", "UKR", "125")}),
    ("Hungary blocked Ukraine's bid to join the European Union.", {("HUN", "UKR", "120")}),
    ("Fico threatened to veto the EU's 19th sanctions package.", {("SVK", "IGO", "130")}),
    ("Hungary lifted its veto on the EU's sanctions package.", {("HUN", "IGO", "080")}),
    ("Slovakia dropped its veto on the EU's 18th sanctions package.", {("SVK", "IGO", "080")}),
    # Brussels and the Commission
    ("Orban criticized Brussels over the migration pact.", {("HUN", "IGO", "111")}),
    ("The European Commission launched legal action against Slovakia.", {("IGO", "SVK", "115")}),
    ("The EU summit ended on Friday. The Commission froze funding for Hungary.", {("IGO", "HUN", "1621")}),
    ("The Commission froze billions of euros in funds for Hungary.", {("IGO", "HUN", "1621")}),
    # Moldova and Georgia: elections, interference, talks with the EU
    ("Moldova accused Russia of interfering in its parliamentary election.", {("MDA", "RUS", "112")}),
    ("Sandu accused Moscow of buying votes ahead of the election.", {("MDA", "RUS", "1121")}),
    ("The EU congratulated Moldova on the conduct of its election.", {("IGO", "MDA", "051")}),
    ("Georgia's government suspended talks on joining the European Union.", {("GEO", "IGO", "164")}),
    ("Georgia suspended negotiations on accession to the EU.", {("GEO", "IGO", "164")}),
    ("Brussels imposed sanctions on Georgian officials over the crackdown on protesters.", {("IGO", "GEO", "163")}),
    ("The EU condemned Georgia's crackdown on protesters.", {("IGO", "GEO", "111")}),
    # Serbia's gas deal with Russia
    ("Serbia signed a gas deal with Russia.", both("SRB", "RUS", "057")),
    ("Vucic signed a three-year gas contract with Putin.", both("SRB", "RUS", "057")),
    ("The US imposed sanctions on Serbia's oil company NIS.", {("USA", "SRB", "163")}),
    # EU aid agreed at summits
    ("EU leaders approved a 90 billion euro loan for Ukraine.", {("IGO", "UKR", "071")}),
    ("The European Council agreed to give Ukraine a loan of 90 billion euros.", {("IGO", "UKR", "0331")}),
    ("The EU pledged 3 billion euros in military aid to Ukraine.", {("IGO", "UKR", "0332")}),
    ("The European Commission proposed a reparations loan for Ukraine.", {("IGO", "UKR", "0331")}),
    # the coalition of the willing; troops and weapons pledged
    ("Britain pledged to send peacekeepers to Ukraine after a ceasefire.", {("GBR", "UKR", "0334")}),
    (
        "Britain and France pledged to send troops to Ukraine after a ceasefire.",
        {("GBR", "UKR", "0334"), ("FRA", "UKR", "0334")},
    ),
    ("The coalition of the willing pledged security guarantees for Ukraine.", {("IGO", "UKR", "0334")}),
    ("Germany promised Ukraine four more Patriot systems.", {("DEU", "UKR", "0332")}),
    # the Baltic states and the Ottawa convention
    ("Russia criticized Lithuania's decision to leave the Ottawa convention.", {("RUS", "LTU", "111")}),
]

# "Britain and France pledged to send troops to Ukraine after a ceasefire" passes since rule 255c (session 31,
# alliance1: troops sent after a ceasefire are peacekeeping)
XFAIL: dict[str, str] = {
    "The Commission froze billions of euros in funds for Hungary.": "a bare 'the Commission' is the EU's only in a "
    "document that names the EU (rule 236d), and 'funds' is goods, no aid noun the reduce wrapper cuts",
    # "Sandu accused Moscow of buying votes ..." passes since rule 256 (session 31, cyber2: "buy vote" is 1121)
    # "Britain and France pledged to send troops to Ukraine after a ceasefire." passes since rule 255c (alliance1)
    "The coalition of the willing pledged security guarantees for Ukraine.": "the coalition has no actor code "
    "(docs/actors.md: some thirty states the text does not list, no body with a membership); 'Britain and France "
    "pledged security guarantees to Ukraine' is 0334 each",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(EUROPE1_SENTENCES, XFAIL))
def test_europe1_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected


# -- controls: pledges with no other party, treaties left, elections held, talks between two sides ---------------

EUROPE1_CONTROLS: list[tuple[str, Events]] = [
    ("Germany pledged to raise its defence spending to 3.5 percent of GDP.", set()),
    ("Poland will spend 4.7 percent of its GDP on defence next year.", set()),
    ("Lithuania withdrew from the Ottawa convention on landmines.", set()),
    ("Estonia, Latvia and Lithuania announced their withdrawal from the Ottawa treaty.", set()),
    ("Moldova held parliamentary elections on Sunday.", set()),
    ("The EU summit ended late on Friday in Brussels.", set()),
    ("Ukraine and Moldova held talks on EU membership.", both("UKR", "MDA", "040")),
    ("Israel blocked the delivery of aid to Gaza.", {("ISR", "PSE", "191")}),
    ("Kyiv and Moscow signed the Istanbul agreement.", both("UKR", "RUS", "057")),
]


@pytest.mark.parametrize(("text", "expected"), EUROPE1_CONTROLS)
def test_europe1_control_keeps_its_reading(rules_nlp: Language, text: str, expected: Events) -> None:
    assert asserted(rules_nlp, text) == expected
