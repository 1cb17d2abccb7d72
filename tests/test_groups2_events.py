"""Non-state armed groups, militias and gangs of 2024-2025 news acting toward a state or another group (issue 14,
session 37, branch groups2; docs/events.md rule 391).

Each sentence is our own construction, none copied from an evaluation set or the news excerpts. The real spaCy
model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``). The events are
compared on the FULL actor codes, not the primary ones: the point is that the group is named as a group of its
country (CAMEO: country + ``REB`` for armed rebels and militias, ``CRM`` for criminal gangs and cartels, as
``ngos.jsonl`` codes Hamas ``PSEREB``, the Sinaloa cartel ``MEXCRM``, Tren de Aragua ``VENCRM``), so that an attack
on the state's forces is a domestic event (``SDNREB`` -> ``SDNMIL``), not a state acting on itself or a sourceless
verb. Each group carries the country of its base, as the project codes the Islamic State (``IRQREB``), ISKP
(``AFGREB``) and ISWAP (``NGAREB``): IS Sahel Province and JNIM ``MLIREB``, the Islamic State Mozambique Province
``MOZREB``, Russian volunteer units fighting Russia ``RUSREB``. The codes of the verbs follow the codebook
(``/work/shared/data/cameo-eventcodes.tsv``): attack 190, rockets 194 (the project's convention), accuse 112 and its
refinements (1121 crime or corruption, 1123 aggression, 1124 war crimes), criticize 111, threaten force 138. Five
expectations were first written as a bare 112 and corrected to the codebook's refinement that the coder gives (war
crimes 1124, rigging a vote 1121, deploying troops or airstrikes 1123). ``XFAIL`` keeps the rows the data does not
fix, each with why. The controls keep their codes: an acronym left out because it is another body's or a common word
("PDF", "KIA", "AFC"), Reporters Without Borders' "RSF", and the groups whose names the new longer names contain
(the Islamic State, Hezbollah, the Taliban, the Muslim Brotherhood).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import coded, table_cases

Events = set[tuple[str, str, str]]


def full_events(nlp: Language, text: str) -> Events:
    """(source, target, CAMEO code) of the asserted events of ``text``, actors on their full codes."""
    return coded(nlp, text, full_codes=True, root=False)[1]


GROUPS2_SENTENCES: list[tuple[str, Events]] = [
    # Africa: DR Congo, the Sahel, Nigeria, Mozambique, CAR, Ethiopia
    ("Wazalendo fighters attacked Rwandan troops near Goma on Sunday.", {("CODREB", "RWAMIL", "190")}),
    ("The Congo River Alliance accused Burundi of sending troops into South Kivu.", {("CODREB", "BDI", "112")}),
    (
        "Jama'at Nusrat al-Islam wal-Muslimin attacked a Malian army convoy near Timbuktu.",
        {("MLIREB", "MLIMIL", "190")},
    ),
    ("Islamic State Sahel Province fighters attacked Nigerien soldiers near Menaka.", {("MLIREB", "NERMIL", "190")}),
    ("The Azawad Liberation Front accused Bamako of war crimes.", {("MLIREB", "MLI", "1124")}),
    ("Ansarul Islam attacked a Burkinabe army base on Thursday.", {("BFAREB", "BFAMIL", "190")}),
    ("Lakurawa militants attacked Nigerian soldiers in Sokoto state.", {("NGAREB", "NGAMIL", "190")}),
    ("Ansaru condemned the Nigerian government over the airstrikes.", {("NGAREB", "NGAGOV", "111")}),
    ("The Islamic State Mozambique Province attacked Rwandan troops in Cabo Delgado.", {("MOZREB", "RWAMIL", "190")}),
    (
        "The Coalition of Patriots for Change accused the Central African government of rigging the vote.",
        {("CAFREB", "CAFGOV", "1121")},
    ),
    ("The Tigray Defense Forces accused Eritrea of deploying troops along the border.", {("ETHREB", "ERI", "1123")}),
    # the Middle East
    ("Ansarallah threatened to attack American warships in the Red Sea.", {("YEMREB", "USAMIL", "138")}),
    ("The Al-Quds Brigades fired rockets at Israel on Friday.", {("PSEREB", "ISR", "194")}),
    ("Saraya al-Quds condemned Egypt over the closure of the Rafah crossing.", {("PSEREB", "EGY", "111")}),
    ("The Popular Resistance Committees accused Israel of violating the ceasefire.", {("PSEREB", "ISR", "112")}),
    ("PIJ fighters attacked Israeli troops in Jenin.", {("PSEREB", "ISRMIL", "190")}),
    ("Hay'at Tahrir al-Sham fighters attacked Syrian government forces near Aleppo.", {("SYRREB", "SYRMIL", "190")}),
    ("The Syrian National Army condemned Russia over the airstrikes in Idlib.", {("SYRREB", "RUS", "111")}),
    ("Jaish al-Islam accused Iran of war crimes.", {("SYRREB", "IRN", "1124")}),
    ("YPJ fighters attacked Turkish troops near Kobani.", {("SYRREB", "TURMIL", "190")}),
    ("Hashd al-Shaabi condemned the United States over the strike in Baghdad.", {("IRQREB", "USA", "111")}),
    ("The PMF threatened to attack American forces in Iraq.", {("IRQREB", "USAMIL", "138")}),
    ("Asaib Ahl al-Haq accused Washington of violating Iraqi sovereignty.", {("IRQREB", "USA", "112")}),
    ("Kata'ib Hezbollah attacked American troops in eastern Syria.", {("IRQREB", "USAMIL", "190")}),
    ("Harakat al-Nujaba condemned Israel over the strikes in Lebanon.", {("IRQREB", "ISR", "111")}),
    ("PJAK fighters attacked Iranian Revolutionary Guards near the border.", {("IRNREB", "IRNMIL", "190")}),
    ("Jaish al-Adl accused Tehran of executing Baluch prisoners.", {("IRNREB", "IRN", "112")}),
    # South and Central Asia
    (
        "Tehreek-e-Taliban Pakistan fighters attacked Pakistani soldiers in North Waziristan.",
        {("PAKREB", "PAKMIL", "190")},
    ),
    ("The Balochistan Liberation Army accused China of exploiting Baloch resources.", {("PAKREB", "CHN", "112")}),
    ("The BLA condemned China over the Gwadar port project.", {("PAKREB", "CHN", "111")}),
    (
        "The National Resistance Front of Afghanistan accused Pakistan of sheltering militants.",
        {("AFGREB", "PAK", "112")},
    ),
    # Myanmar
    ("The TNLA attacked Myanmar junta troops near Lashio.", {("MMRREB", "MMRMIL", "190")}),
    ("The MNDAA accused China of blocking the border trade.", {("MMRREB", "CHN", "112")}),
    (
        "The Three Brotherhood Alliance accused the Myanmar military of bombing civilians.",
        {("MMRREB", "MMRMIL", "112")},
    ),
    (
        "The Karen National Liberation Army attacked a Myanmar army outpost near Myawaddy.",
        {("MMRREB", "MMRMIL", "190")},
    ),
    ("The United Wa State Army condemned Thailand over the border closure.", {("MMRREB", "THA", "111")}),
    ("People's Defence Forces attacked Myanmar police in Sagaing.", {("MMRREB", "MMRCOP", "190")}),
    # the Americas
    (
        "Segunda Marquetalia accused the Colombian government of betraying the peace deal.",
        {("COLREB", "COLGOV", "112")},
    ),
    ("The Estado Mayor Central attacked Colombian soldiers in Cauca.", {("COLREB", "COLMIL", "190")}),
    ("Viv Ansanm attacked the Haitian police in Port-au-Prince.", {("HTICRM", "HTICOP", "190")}),
    ("Gran Grif gunmen attacked Kenyan police officers in the Artibonite.", {("HTICRM", "KENCOP", "190")}),
    ("Los Chapitos attacked Mexican soldiers in Culiacan.", {("MEXCRM", "MEXMIL", "190")}),
    ("La Familia Michoacana attacked Mexican police in Michoacan.", {("MEXCRM", "MEXCOP", "190")}),
    ("MS-13 condemned the Salvadoran government over the mass trials.", {("SLVCRM", "SLVGOV", "111")}),
    ("Los Choneros attacked Ecuadorian soldiers in Guayaquil.", {("ECUCRM", "ECUMIL", "190")}),
    ("The Comando Vermelho attacked Brazilian police in Rio de Janeiro.", {("BRACRM", "BRACOP", "190")}),
    # Russians fighting Russia
    ("The Freedom of Russia Legion attacked Russian troops in the Belgorod region.", {("RUSREB", "RUSMIL", "190")}),
    ("The Russian Volunteer Corps accused the Kremlin of lying about the incursion.", {("RUSREB", "RUSGOV", "112")}),
]

XFAIL: dict[str, str] = {
    "Hay'at Tahrir al-Sham fighters attacked Syrian government forces near Aleppo.": (
        "'Syrian government forces' resolves to SYRGOV, not SYRMIL (the role of 'government forces', not the group)"
    ),
    "The Russian Volunteer Corps accused the Kremlin of lying about the incursion.": (
        "the accused clause's 'incursion' makes the accusation one of aggression (1123); lying is a plain 112"
    ),
}


@pytest.mark.parametrize(("text", "expected"), table_cases(GROUPS2_SENTENCES, XFAIL))
def test_groups2_sentence_codes_its_events(rules_nlp: Language, text: str, expected: Events) -> None:
    assert full_events(rules_nlp, text) == expected


GROUPS2_CONTROLS: list[tuple[str, Events]] = [
    # Reporters Without Borders keeps "RSF" where no Sudan is named (rule 238e)
    ("Reporters Without Borders (RSF) condemned Russia over the jailing of a journalist.", {("NGO", "RUS", "111")}),
    # the groups whose names the longer new names contain keep their own codes
    ("Islamic State fighters attacked Iraqi soldiers near Kirkuk.", {("IRQREB", "IRQMIL", "190")}),
    ("Hezbollah fired rockets at northern Israel.", {("LBNREB", "ISR", "194")}),
    ("The Taliban accused Pakistan of airstrikes in Khost.", {("AFGREB", "PAK", "1123")}),
    ("The Muslim Brotherhood condemned the Egyptian government.", {("EGYOPP", "EGYGOV", "111")}),
    # acronyms left out: a file format, "killed in action", a football confederation
    ("The ministry published the report as a PDF on Monday.", set()),
    ("Two soldiers were listed as KIA after the ambush.", set()),
    ("The AFC fined Iran over crowd trouble.", set()),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS2_CONTROLS)
def test_groups2_control_keeps_its_code(rules_nlp: Language, text: str, expected: Events) -> None:
    assert full_events(rules_nlp, text) == expected
