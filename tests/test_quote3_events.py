"""Direct and indirect quotations in 2025 wire copy on international relations (issue 14, session 28, branch
quote3; docs/events.md rule 200).

An invented-sentence table (none copied from an evaluation set) whose expected codes were written from the CAMEO
codebook before the coder was run on it: threats, rejections, appeals, demands and accusations uttered inside a
quotation; a quotation split around its attribution ('"...," X said, "..."'); the attribution first ('X said:
"..."'); "according to" attributions; "I" / "we" / "our" resolved to the speaker's state; an act whose doer is
named inside the quotation (the quoted doer, not the speaker, is its source). Controls: a quotation that reports
nothing codable, and a speaker who is a journalist or analyst (no state act). Events are compared at the CAMEO
root, actors on their primary code. Rows the change does not fix stay strict XFAIL with their reason.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import both, coded, table_cases

E = set[tuple[str, str, str]]


ROWS: list[tuple[str, E]] = [
    # -- threats and warnings uttered in a quotation (13) ---------------------------------------------------------
    ('"We will respond to any aggression," Peskov said of NATO.', {("RUS", "IGO", "13")}),
    ('"Iran will pay a heavy price," Netanyahu said.', {("ISR", "IRN", "13")}),
    ('"Tehran will face severe consequences," the Israeli defence minister said.', {("ISR", "IRN", "13")}),
    ('"We will impose new sanctions on Venezuela," Rubio said.', {("USA", "VEN", "13")}),
    ('Netanyahu said: "Israel will strike Iran again if necessary."', {("ISR", "IRN", "13")}),
    ('"We will cut gas supplies to Moldova," the Russian energy minister said.', {("RUS", "MDA", "13")}),
    ('"Washington threatened to cut off aid to Colombia," Petro said.', {("USA", "COL", "13")}),
    (
        '"This is unacceptable," Zakharova said, "and Washington will bear responsibility."',
        {("RUS", "USA", "13")},
    ),
    # -- rejections (12) ------------------------------------------------------------------------------------------
    ('"Russia will never accept troops in Ukraine," Lavrov told reporters in Moscow.', set()),
    ('"Russia will never accept NATO troops in Ukraine," Lavrov told reporters in Moscow.', {("RUS", "IGO", "12")}),
    ('"We reject Washington\'s proposal," the Iranian foreign minister said.', {("IRN", "USA", "12")}),
    ('"China firmly rejects the Philippines\' claims," Wang Yi said.', {("CHN", "PHL", "12")}),
    ('Zelensky said: "We will never accept Russia\'s ultimatum."', {("UKR", "RUS", "12")}),
    ('"Our country will not accept Washington\'s demands," the Venezuelan president said.', {("VEN", "USA", "12")}),
    ('"Hungary will block Ukraine\'s membership talks," Orban said.', {("HUN", "UKR", "12")}),
    (
        'According to a spokesman for the Iranian foreign ministry, "we will never negotiate with Washington under '
        'pressure."',
        {("IRN", "USA", "12")},
    ),
    (
        'According to Turkish media, Erdogan said: "We will not allow Israel to use our airspace."',
        {("TUR", "ISR", "12")},
    ),
    # -- appeals (02) and demands (10) ----------------------------------------------------------------------------
    ('"I urge China to stop," Rubio said.', {("USA", "CHN", "02")}),
    ('"We call on Israel to allow aid into Gaza," the Egyptian foreign minister said.', {("EGY", "ISR", "02")}),
    ('"We ask Germany to send more air defence systems," Zelensky said.', {("UKR", "DEU", "02")}),
    ('"I call on Moscow to release the journalists," the French president said.', {("FRA", "RUS", "02")}),
    ('The Polish prime minister said: "We urge Belarus to end the provocations."', {("POL", "BLR", "02")}),
    (
        '"We condemn this attack," the Turkish foreign minister said, "and we urge Israel to stop."',
        {("TUR", "ISR", "02")},
    ),
    ('"The United States," Wang Yi said, "must stop arming Taiwan."', {("CHN", "USA", "10")}),
    ('"Pakistan must hand over the attackers," the Indian foreign minister said.', {("IND", "PAK", "10")}),
    ('The Japanese prime minister said: "China must release our citizens."', {("JPN", "CHN", "10")}),
    # -- accusations and criticism (11) ---------------------------------------------------------------------------
    ('"Warsaw," Zakharova said, "is lying to its citizens."', {("RUS", "POL", "11")}),
    ('"Israel has violated the ceasefire," the Lebanese president said.', {("LBN", "ISR", "11")}),
    ('"Iran is a threat to the whole region," the Saudi foreign minister said.', {("SAU", "IRN", "11")}),
    ('The Chinese foreign ministry said: "We strongly condemn the US arms sales to Taiwan."', {("CHN", "USA", "11")}),
    ('According to the Ukrainian foreign minister, "Russia is lying about the ceasefire."', {("UKR", "RUS", "11")}),
    ('"They are lying," Zakharova said of the British government.', {("RUS", "GBR", "11")}),
    # corrected after the first run: the condemned act noun is a reported event of its own, as the project codes
    # "condemned Russia's strikes on Y" outside quotations (the table had written only the condemnation)
    (
        '"We condemn Russia\'s drone strikes on Kyiv," the Canadian foreign minister said.',
        {("CAN", "RUS", "11"), ("RUS", "UKR", "19")},
    ),
    ('"Beijing is lying," the Taiwanese defence minister said, "and the world knows it."', {("TWN", "CHN", "11")}),
    # -- an act whose doer is named inside the quotation ----------------------------------------------------------
    ('Zelensky said: "Russia launched two hundred drones at our cities overnight."', {("RUS", "UKR", "19")}),
    (
        '"Russian forces shelled Kharkiv overnight," the Ukrainian military said, according to Ukrinform.',
        {("RUS", "UKR", "19")},
    ),
    ('"China sent warships into our waters," the Philippine president said.', {("CHN", "PHL", "15")}),
    ('"Russia expelled two of our diplomats," the Estonian foreign minister said.', {("RUS", "EST", "16")}),
    # -- cooperation, intent and praise ---------------------------------------------------------------------------
    ('Lavrov said: "We are ready to negotiate with Kyiv."', {("RUS", "UKR", "03")}),
    ('Macron said on Tuesday: "France will recognise the State of Palestine."', {("FRA", "PSE", "03")}),
    ('"We will provide Ukraine with another billion euros," the Dutch prime minister said.', {("NLD", "UKR", "03")}),
    ('"I will visit Beijing next month," the Brazilian president said.', {("BRA", "CHN", "03")}),
    (
        '"We will send more tanks," the German chancellor said, "to help Ukraine defend itself."',
        {("DEU", "UKR", "03")},
    ),
    ('"We are sending humanitarian aid to Sudan," the Emirati foreign minister said.', {("ARE", "SDN", "07")}),
    ('"We thank Japan for its support," the Philippine president said.', {("PHL", "JPN", "05")}),
    ('"We praise Qatar for its mediation," the US envoy said.', {("USA", "QAT", "05")}),
    ('"We have recalled our ambassador from Algeria," the French foreign minister said.', {("FRA", "DZA", "16")}),
    (
        '"I met the Chinese foreign minister in Beijing today," the German foreign minister said.',
        both("DEU", "CHN", "04"),
    ),
    ('"I spoke with Modi this morning," Trump said.', both("USA", "IND", "04")),
    (
        '"We have signed a trade agreement with Vietnam," the Australian prime minister said.',
        both("AUS", "VNM", "05"),
    ),
    (
        'Erdogan told reporters: "Turkey is ready to host talks between Russia and Ukraine."',
        {("TUR", "RUS", "03"), ("TUR", "UKR", "03")},
    ),
    # -- the speaker's "my" / "our" as the speaker's state --------------------------------------------------------
    ('"My government will send troops to help Haiti," the Kenyan president said.', {("KEN", "HTI", "03")}),
    ('"Our army will defend Armenia," the Russian defence minister said.', {("RUS", "ARM", "03")}),
    (
        '"Our country condemns Pakistan\'s support for terrorists," the Indian prime minister said.',
        {("IND", "PAK", "11")},
    ),
    # -- controls: nothing codable in the quotation ---------------------------------------------------------------
    ('"Our troops will stay in Syria," the Turkish defence minister said.', set()),
    ('"The weather was terrible," Lavrov said.', set()),
    ('"We had a good lunch," the Italian prime minister said.', set()),
    ('"The talks lasted three hours," Peskov said.', set()),
    ('"The United States is the strongest country in the world," Trump said.', set()),
    ('Rubio said: "I have nothing to add."', set()),
    # -- controls: a journalist or analyst speaks (no state act) --------------------------------------------------
    ('"Russia will attack NATO within five years," a German analyst said.', set()),
    ('"China is preparing to invade Taiwan," a Washington-based analyst said.', set()),
    ('"The sanctions are not working," a Reuters correspondent wrote.', set()),
    ('"Iran is weeks away from a bomb," an analyst at the think tank said.', set()),
    ('"I was born in Kyiv," the journalist said.', set()),
    ('"Washington will never change," a Russian political scientist told the newspaper.', set()),
    ('A journalist asked: "Will China invade Taiwan?"', set()),
    ('"We will win," the football coach said.', set()),
]

# '"Hungary will block Ukraine's membership talks," Orban said.' passes since rule 236a (session 30, europe1: talks
# blocked are a meeting refused, 125, not a blockade read as a stated threat)
XFAIL: dict[str, str] = {
    '"Russia will never accept troops in Ukraine," Lavrov told reporters in Moscow.': "since rule 218b ('accept "
    "troop' 086, refused 1245) the place 'in Ukraine' is the target, as 'will never accept peacekeepers in Ukraine' "
    "already was (RUS -> UKR 1245); the table wrote no event for troops of no named party",
    'Zelensky said: "We will never accept Russia\'s ultimatum."': "the ultimatum noun codes Russia's 13 and its "
    "refused acceptance is not read (outside quotations too)",
    'The Chinese foreign ministry said: "We strongly condemn the US arms sales to Taiwan."': "the sale's recipient "
    "is a second target of the condemnation (outside quotations too)",
    'According to the Ukrainian foreign minister, "Russia is lying about the ceasefire."': "'according to X' is no "
    "report verb of the deceit claim",
    '"We will send more tanks," the German chancellor said, "to help Ukraine defend itself."': "the purpose "
    "after the split attribution is not re-hung on the quoted verb",
    '"My government will send troops to help Haiti," the Kenyan president said.': "the purpose 'to help Haiti' "
    "is coded 07 beside the intent (outside quotations too)",
    '"Our troops will stay in Syria," the Turkish defence minister said.': "troops staying in a place is coded "
    "as a threat to it (outside quotations too)",
}


@pytest.mark.parametrize(("text", "expected"), table_cases(ROWS, XFAIL))
def test_quote3_sentence_codes_its_events(rules_nlp: Language, text: str, expected: E) -> None:
    assert coded(rules_nlp, text)[1] == expected
