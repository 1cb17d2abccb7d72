"""Office-holders of 2025 news acting toward another party, in 2025 wire style (issue 14, session 37, branch
people2; docs/events.md rule 392, an actor-data change: `src/detente/data/actors/people.jsonl`).

Each sentence is our own construction, none copied from an evaluation set, the seeds or the news excerpts. The real
spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``), the text
published on ``DATE``, and the events are compared on their FULL actor codes (``coded(full_codes=True)``), so that a
person the codebook does not know (who leaves no actor, or only a country from a title) fails the row. The expected
codes follow the project's CAMEO convention (docs/actors.md): a person is coded with the country + role of the office
`people.jsonl` gives on the text's date (heads of state and government, ministers, envoys: ``GOV``; army chiefs and
commanders: ``MIL``; opposition leaders: ``OPP``; senators: ``LEG``), an IGO's officer with the IGO's code (``EU``,
``NATO``, ``UN``, ``IGOAFU``, ``IGOARL``, ``IGOOSC``), the Holy See's with ``VATGOV``.

CAMEO codes from the codebook: 111 criticize or denounce, 1121 / 1123 / 1124 accuse of crime / aggression / war
crimes, 112 accuse (not specified), 051 praise or endorse, 040 consult (a meeting, one event per side: ``both``), 042
make a visit (the project codes "X visited Y" as the visitor's 042 only). Nine expectations were corrected after the
first run, before any change was measured, to the codebook's accusation sub-code (the bare 112 had been written) and
to the project's single visit event (a host's 043 had been written). ``XFAIL`` keeps the rows the data change does not
fix, each with why.

Controls: a common word or a name part shared with an added person must not become that person ("Duma" stays the
Russian legislature, not Botswana's Duma Boko; "Costa Rica" is no António Costa; "Blair" is Tony Blair, out of office,
not Canada's Bill Blair; "Khan" is not the ICC's Karim Khan; a Barzani out of office keeps only the country; a "bar"
is no Ronen Bar).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import both, coded, table_cases

Events = set[tuple[str, str, str]]

DATE = "2025-11-02"


def full_events(nlp: Language, text: str) -> Events:
    """The asserted events of ``text`` published on ``DATE``, actors on their full codes, CAMEO codes whole."""
    return coded(nlp, text, full_codes=True, root=False, published=DATE)[1]


PEOPLE2_SENTENCES: list[tuple[str, Events]] = [
    # ---- Germany, Canada
    ("Interior Minister Alexander Dobrindt accused Russia of sabotage.", {("DEUGOV", "RUS", "112")}),
    ("Defence Minister David McGuinty praised Ukraine on Tuesday.", {("CANGOV", "UKR", "051")}),
    ("Pierre Poilievre criticized China over its tariffs on canola.", {("CANOPP", "CHN", "111")}),
    ("Dominic LeBlanc met Howard Lutnick in Washington.", both("CANGOV", "USAGOV", "040")),
    # ---- South Korea, Lebanon, Syria
    ("National security adviser Wi Sung-lac met Japanese officials in Tokyo.", both("KORGOV", "JPNGOV", "040")),
    ("Lebanese Foreign Minister Youssef Rajji accused Israel of violating the ceasefire.", {("LBNGOV", "ISR", "112")}),
    ("Army commander Rodolphe Haykal met Morgan Ortagus in Beirut.", both("LBNMIL", "USAGOV", "040")),
    ("Defence Minister Michel Menassa praised France.", {("LBNGOV", "FRA", "051")}),
    ("Murhaf Abu Qasra met Turkish officials in Ankara.", both("SYRGOV", "TURGOV", "040")),
    (
        "Syria's interior minister, Anas Khattab, accused Hezbollah of smuggling weapons.",
        {("SYRGOV", "LBNREB", "1121")},
    ),
    # ---- Ukraine's cabinet and Russia's negotiators
    ("Rustem Umerov met Steve Witkoff in Miami.", both("UKRGOV", "USAGOV", "040")),
    ("Defence Minister Denys Shmyhal praised Germany.", {("UKRGOV", "DEU", "051")}),
    ("Senator Grigory Karasin accused Ukraine of stalling the talks.", {("RUSLEG", "UKR", "112")}),
    ("Rodion Miroshnik accused Kyiv of war crimes.", {("RUSGOV", "UKR", "1124")}),
    # ---- the EU, NATO, the Holy See
    ("EU commissioner Dubravka Suica visited Egypt.", {("EU", "EGY", "042")}),
    ("Hadja Lahbib criticized Israel over the aid blockade.", {("EU", "ISR", "111")}),
    ("Admiral Giuseppe Cavo Dragone met Ukrainian commanders in Kyiv.", both("NATO", "UKRMIL", "040")),
    ("Pope Leo XIV met Volodymyr Zelensky at Castel Gandolfo.", both("VATGOV", "UKRGOV", "040")),
    ("Cardinal Pietro Parolin criticized Israel over the strike on the church.", {("VATGOV", "ISR", "111")}),
    # ---- Latin America
    ("Omar Garcia Harfuch met American officials in Mexico City.", both("MEXGOV", "USAGOV", "040")),
    ("Jose Raul Mulino accused the United States of threatening Panama.", {("PANGOV", "USA", "112")}),
    ("Luis Abinader met Marco Rubio in Santo Domingo.", both("DOMGOV", "USAGOV", "040")),
    ("Santiago Peña praised Javier Milei.", {("PRYGOV", "ARGGOV", "051")}),
    ("Vladimir Padrino López accused the United States of preparing an invasion.", {("VENGOV", "USA", "1123")}),
    # ---- Africa
    ("Daniel Chapo met Paul Kagame in Kigali.", both("MOZGOV", "RWAGOV", "040")),
    ("Prime Minister Ousmane Sonko criticized France over its military bases.", {("SENGOV", "FRA", "111")}),
    ("Mahmoud Ali Youssouf met Abdel Fattah al-Burhan in Port Sudan.", both("IGOAFU", "SDNMIL", "040")),
    ("Nasser Bourita met Kaja Kallas in Brussels.", both("MARGOV", "EU", "040")),
    ("Ahmed Attaf criticized France over the expulsion of diplomats.", {("DZAGOV", "FRA", "111")}),
    # ---- Asia
    ("Anura Kumara Dissanayake visited India.", {("LKAGOV", "IND", "042")}),
    ("Nirmala Sitharaman met Scott Bessent in Washington.", both("INDGOV", "USAGOV", "040")),
    ("Gilberto Teodoro accused China of harassing Filipino vessels.", {("PHLGOV", "CHN", "112")}),
    ("Pham Minh Chinh met Chinese Premier Li Qiang in Hanoi.", both("VNMGOV", "CHNGOV", "040")),
    # ---- the Middle East and the Gulf
    ("Defence Minister Aziz Nasirzadeh accused the United States of arming Israel.", {("IRNGOV", "USA", "112")}),
    ("Kazem Gharibabadi criticized the IAEA.", {("IRNGOV", "IGOIAE", "111")}),
    ("Khalid bin Salman met Pete Hegseth at the Pentagon.", both("SAUGOV", "USAGOV", "040")),
    ("Badr Albusaidi met Steve Witkoff in Muscat.", both("OMNGOV", "USAGOV", "040")),
    ("Ahmed Aboul Gheit condemned Israel.", {("IGOARL", "ISR", "111")}),
    ("Nechirvan Barzani met Recep Tayyip Erdogan in Ankara.", both("IRQGOV", "TURGOV", "040")),
    # ---- Europe and the UN
    ("Annalena Baerbock criticized Russia.", {("UN", "RUS", "111")}),
    ("Hanno Pevkur accused Russia of violating Estonian airspace.", {("ESTGOV", "RUS", "1123")}),
    ("Mihai Popsoi accused Russia of interfering in the election.", {("MDAGOV", "RUS", "112")}),
    # ---- a surname after a first mention
    ("Yusuf Tuggar visited Paris. Tuggar praised France.", {("NGAGOV", "FRA", "042"), ("NGAGOV", "FRA", "051")}),
]

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("text", "expected"), table_cases(PEOPLE2_SENTENCES, XFAIL))
def test_people2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert full_events(rules_nlp, text) == expected


PEOPLE2_CONTROLS: list[tuple[str, Events]] = [
    # "Boko" and "Duma" are parts of Duma Boko's name, never forms of it alone
    ("Nigeria accused Boko Haram of the attack on the school.", {("NGA", "NGAREB", "1123")}),
    ("The Duma criticized the European Union.", {("RUSLEG", "EU", "111")}),
    # "Costa" is no form of António Costa; Costa Rica stays the country
    ("Costa Rica criticized Nicaragua over the arrests.", {("CRI", "NIC", "111")}),
    # "Blair" alone is Tony Blair (out of office in 2025: the country only), not Canada's Bill Blair
    ("Tony Blair criticized Russia. Blair said the talks had failed.", {("GBR", "RUS", "111")}),
    # "Khan" is not the ICC prosecutor Karim Khan
    ("Imran Khan accused the United States of plotting against him.", {("PAKOPP", "USA", "112")}),
    # a Barzani out of office keeps only the country, not Nechirvan's or Masrour's office
    ("Masoud Barzani praised Turkey.", {("IRQ", "TUR", "051")}),
    # the title alone stays the Holy See's
    ("The Pope criticized Russia.", {("VATGOV", "RUS", "111")}),
    # a common noun "bar" is no Ronen Bar
    ("Lebanon's army accused Israel of shelling a bar in Tyre.", {("LBNMIL", "ISR", "1123")}),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE2_CONTROLS)
def test_people2_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert full_events(rules_nlp, text) == expected
