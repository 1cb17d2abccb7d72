"""Issue 14 (session 28, actors13): the names of 2025 news in other spellings, in lower case and misspelt, institutions
by their seat or nickname, demonyms before a force noun, and a second reference by title, read on invented sentences,
with the events they give (docs/actors.md, "Misspelt surnames, lower-case names, institutions and second references
in 2025 news", session 28).

Each sentence is our own, in the style of 2025 wire copy, none copied from ConfliBERT, PLOVER or any evaluation set.
The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned layer off (``rules_pipeline``), on a
text published on 15 June 2025 (who held which office then). Actor rows compare the code as the resolver writes it
(country + role, ``EU`` / ``NATO`` / ``UN`` / ``IGOxxx``); event rows compare primary codes (the scorer's: ``USAGOV``
is ``USA``, every IGO is ``IGO``) and CAMEO roots. The table was written, codes included, before the coder was run;
rows that failed then and still fail are strict xfails with their reason.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import actor_code_at, both, coded, table_cases

DATE = "2025-06-15"

Events = set[tuple[str, str, str]]


# (sentence, a mention's text in it, the code the resolver must give the mention overlapping it; None: no mention).
# A mention that occurs twice is read at its last occurrence (a second reference).
ACTOR_ROWS: list[tuple[str, str, str | None]] = [
    # -- transliterations and misspellings of 2025 names
    ("Zelenski met Merz in Berlin.", "Zelenski", "UKRGOV"),
    ("Zelenksy met Macron in Paris.", "Zelenksy", "UKRGOV"),
    ("President Zelenskyy thanked Denmark.", "Zelenskyy", "UKRGOV"),
    ("Lavorv said the talks would continue.", "Lavorv", "RUSGOV"),
    ("Sergei Lavorv met Rubio in Riyadh.", "Sergei Lavorv", "RUSGOV"),
    ("Dmitri Peskov said Moscow was ready for talks.", "Dmitri Peskov", "RUSGOV"),
    ("Dmitri Medvedev threatened Finland.", "Dmitri Medvedev", "RUSGOV"),
    ("Medvedev mocked the ultimatum. Medvedev called it theatre.", "Medvedev", "RUSGOV"),
    ("Steve Witkof flew to Moscow.", "Steve Witkof", "USAGOV"),
    ("Kirill Dmitriyev met Witkoff in Miami.", "Kirill Dmitriyev", "RUSGOV"),
    ("Retired General Keith Kellogg visited Kyiv.", "Keith Kellogg", "USAGOV"),
    ("J.D. Vance met Pope Leo at the Vatican.", "J.D. Vance", "USAGOV"),
    ("J.D. Vance met Pope Leo at the Vatican.", "Pope Leo", "VATGOV"),
    ("Pete Hegseth met Dong Jun in Kuala Lumpur.", "Dong Jun", "CHNGOV"),
    ("Andrii Yermak met Rubio in Geneva.", "Andrii Yermak", "UKRGOV"),
    ("Rustem Umerov met Witkoff in Florida.", "Rustem Umerov", "UKRGOV"),
    ("Kaja Kallas met Wang Yi in Brussels.", "Kaja Kallas", "EU"),
    ("Ursula Von der Leyen met Trump in Scotland.", "Ursula Von der Leyen", "EU"),
    ("Von der Leyen announced new sanctions on Russia.", "Von der Leyen", "EU"),
    ("Recep Tayyip Erdoğan hosted Putin in Istanbul.", "Recep Tayyip Erdoğan", "TURGOV"),
    ("Erdogan criticised Israel. Erdoğan called Netanyahu a butcher.", "Erdoğan", "TURGOV"),
    ("Benjamin Netanyahu met Trump at the White House.", "Benjamin Netanyahu", "ISRGOV"),
    ("Ayatollah Ali Khamenei rejected talks with Washington.", "Ayatollah Ali Khamenei", "IRNGOV"),
    ("Abbas Araqchi met Witkoff in Muscat.", "Abbas Araqchi", "IRNGOV"),
    ("Xi Jinping met Putin in Moscow.", "Xi Jinping", "CHNGOV"),
    ("Narendra Modi met Xi in Tianjin.", "Narendra Modi", "INDGOV"),
    ("S. Jaishankar met Wang Yi in New Delhi.", "S. Jaishankar", "INDGOV"),
    ("Kim Jong-un met Putin in Beijing.", "Kim Jong-un", "PRKGOV"),
    # controls: a letter dropped from a surname inside a longer name is not read (another man's name as often:
    # "Moraes" is not Morales), a swap is; since rule 425b (session 40) a letter dropped from a surname standing
    # alone is, when it makes one person's surname only ("Zelensy" was None)
    ("Judge Alexandre de Moraes ordered the arrest of Bolsonaro.", "Moraes", None),
    ("Zelensy met Macron in Paris.", "Zelensy", "UKRGOV"),
    ("Sergey Lavorv met Rubio.", "Sergey Lavorv", "RUSGOV"),
    # -- lower case
    ("putin met Trump in Alaska.", "putin", "RUSGOV"),
    ("Ukraine accused moscow of breaking the truce.", "moscow", "RUS"),
    ("Beijing criticised washington over the tariffs.", "washington", "USA"),
    ("Russian drones struck kyiv overnight.", "kyiv", "UKR"),
    ("The EU imposed sanctions on russia.", "russia", "RUS"),
    ("zelensky accused moscow of terror.", "zelensky", "UKRGOV"),
    ("Trump met netanyahu in Washington.", "netanyahu", "ISRGOV"),
    ("Witkoff met lavrov in Moscow.", "lavrov", "RUSGOV"),
    ("Rubio called erdogan on Monday.", "erdogan", "TURGOV"),
    ("The kremlin rejected the proposal.", "kremlin", "RUSGOV"),
    ("The pentagon sent more troops to Poland.", "pentagon", "USAMIL"),
    # -- institutions
    ("The Pentagon criticised Beijing's military drills.", "Pentagon", "USAMIL"),
    ("The State Duma condemned the EU's sanctions.", "State Duma", "RUSLEG"),
    ("The Duma condemned the EU's sanctions.", "Duma", "RUSLEG"),
    ("The Rada accused Moscow of genocide.", "Rada", "UKRLEG"),
    ("The Verkhovna Rada accused Moscow of genocide.", "Verkhovna Rada", "UKRLEG"),
    ("The Knesset condemned the UN Security Council.", "Knesset", "ISRLEG"),
    ("The Knesset condemned the UN Security Council.", "UN Security Council", "UN"),
    ("The Bundestag condemned Russia's attack.", "Bundestag", "DEULEG"),
    ("The State Department criticised Iran's nuclear programme.", "State Department", "USAGOV"),
    ("Foggy Bottom urged Israel to allow aid into Gaza.", "Foggy Bottom", "USAGOV"),
    ("The Élysée criticised Algeria.", "Élysée", "FRAGOV"),
    ("Downing Street criticised Moscow.", "Downing Street", "GBRGOV"),
    ("Zhongnanhai rejected Washington's demands.", "Zhongnanhai", "CHNGOV"),
    ("The IAEA criticised Iran for blocking inspectors.", "IAEA", "IGOIAE"),
    ("The European Commission criticised Hungary.", "European Commission", "EU"),
    ("NATO's secretary general met Zelenskyy in Kyiv.", "secretary general", "NATO"),
    ("The NATO secretary general met Zelenskyy in Kyiv.", "NATO secretary general", "NATO"),
    ("The White House criticised the court.", "White House", "USAGOV"),
    # -- demonyms and adjectives before a force or role noun
    ("Russian forces shelled Kharkiv.", "Russian forces", "RUSMIL"),
    ("Ukrainian drones struck a refinery in Russia.", "Ukrainian drones", "UKRMIL"),
    ("A Kremlin spokesman criticised the new US sanctions.", "Kremlin spokesman", "RUSGOV"),
    ("Israeli troops killed five Palestinians in Gaza.", "Israeli troops", "ISRMIL"),
    ("North Korean troops fought in Kursk.", "North Korean troops", "PRKMIL"),
    ("Iranian officials met IAEA inspectors in Tehran.", "Iranian officials", "IRNGOV"),
    # -- a second reference by title, no pronoun
    ("Zelenskyy arrived in Washington. The Ukrainian leader met Trump.", "Ukrainian leader", "UKRGOV"),
    ("Kaja Kallas spoke in Brussels. The EU's top diplomat criticised China.", "EU's top diplomat", "EU"),
    ("Mark Rutte arrived in Kyiv. The NATO chief met Zelenskyy.", "NATO chief", "NATO"),
    ("Dmitry Peskov spoke to reporters. The Kremlin spokesman criticised Kyiv.", "Kremlin spokesman", "RUSGOV"),
    ("Erdogan flew to Baku. The Turkish president met Aliyev.", "Turkish president", "TURGOV"),
    ("Netanyahu landed in Budapest. The Israeli premier met Orban.", "Israeli premier", "ISRGOV"),
    ("Wang Yi visited Berlin. China's top diplomat criticised the EU.", "China's top diplomat", "CHNGOV"),
    ("Pete Hegseth toured the base. The Pentagon chief criticised China.", "Pentagon chief", "USAMIL"),
    ("Khamenei spoke in Tehran. The supreme leader rejected talks with America.", "supreme leader", "IRNGOV"),
    ("Kim Jong Un inspected a factory. The North Korean leader threatened Seoul.", "North Korean leader", "PRKGOV"),
]

# (sentence, its asserted events as (source, target, CAMEO root) on primary codes; exact: the set must be equal,
# otherwise it must be included)
EVENT_ROWS: list[tuple[str, Events, bool]] = [
    # -- transliterations and misspellings of 2025 names
    ("Zelenskyy met Erdogan in Ankara on Tuesday.", both("UKR", "TUR", "04"), True),
    ("Zelenskiy accused Moscow of stalling the talks.", {("UKR", "RUS", "11")}, True),
    ("Zelenski thanked Denmark for its military aid.", {("UKR", "DNK", "05")}, False),
    ("Zelenksy met Macron in Paris.", both("UKR", "FRA", "04"), True),
    ("Peskov rejected the Ukrainian proposal.", {("RUS", "UKR", "12")}, True),
    ("Dmitry Peskov criticised the German chancellor.", {("RUS", "DEU", "11")}, True),
    ("Medvedev threatened Finland with nuclear weapons.", {("RUS", "FIN", "13")}, True),
    ("Dmitri Medvedev accused Britain of prolonging the war.", {("RUS", "GBR", "11")}, True),
    ("Lavorv met Rubio in Riyadh.", both("RUS", "USA", "04"), True),
    ("Sergei Lavorv accused NATO of provoking the conflict.", {("RUS", "IGO", "11")}, True),
    ("Lavrov met Wang Yi in Beijing.", both("RUS", "CHN", "04"), True),
    ("Witkoff met Putin in St Petersburg.", both("USA", "RUS", "04"), True),
    ("Steve Witkoff visited Moscow.", {("USA", "RUS", "04")}, True),
    ("Steve Witkof met Putin in the Kremlin.", both("USA", "RUS", "04"), True),
    ("Kirill Dmitriev met Witkoff in Miami.", both("RUS", "USA", "04"), True),
    ("Dmitriev praised Witkoff's efforts.", {("RUS", "USA", "05")}, True),
    ("Keith Kellogg visited Kyiv on Wednesday.", {("USA", "UKR", "04")}, True),
    ("Kellogg met Yermak in Kyiv.", both("USA", "UKR", "04"), True),
    ("JD Vance criticised Germany's government.", {("USA", "DEU", "11")}, True),
    ("J.D. Vance met Pope Leo at the Vatican.", both("USA", "VAT", "04"), True),
    ("Vance accused Denmark of neglecting Greenland.", {("USA", "DNK", "11")}, True),
    ("Pete Hegseth met his Chinese counterpart in Kuala Lumpur.", both("USA", "CHN", "04"), True),
    ("Hegseth threatened Venezuela with military strikes.", {("USA", "VEN", "13")}, True),
    ("Andriy Yermak met Rubio in Geneva.", both("UKR", "USA", "04"), True),
    ("Andrii Yermak accused Russia of stalling.", {("UKR", "RUS", "11")}, True),
    ("Rustem Umerov met Witkoff in Florida.", both("UKR", "USA", "04"), True),
    ("Kaja Kallas condemned Russia.", {("IGO", "RUS", "11")}, True),
    ("Kallas urged China to stop helping Russia.", {("IGO", "CHN", "02")}, False),
    ("Ursula von der Leyen met Trump in Scotland.", both("IGO", "USA", "04"), True),
    ("von der Leyen criticised China's export controls.", {("IGO", "CHN", "11")}, True),
    ("Mark Rutte praised Trump's leadership.", {("IGO", "USA", "05")}, True),
    ("Rutte met Zelenskyy in Kyiv.", both("IGO", "UKR", "04"), True),
    ("Erdoğan hosted Putin in Istanbul.", {("TUR", "RUS", "04")}, False),
    ("Erdogan criticised Israel over the war in Gaza.", {("TUR", "ISR", "11")}, True),
    ("Netanyahu met Trump at the White House.", both("ISR", "USA", "04"), True),
    ("Netanyahu accused Iran of building nuclear weapons.", {("ISR", "IRN", "11")}, True),
    ("Khamenei rejected talks with Washington.", {("IRN", "USA", "12")}, True),
    ("Ayatollah Khamenei threatened Israel with a harsh response.", {("IRN", "ISR", "13")}, True),
    ("Araghchi met Witkoff in Muscat.", both("IRN", "USA", "04"), True),
    ("Abbas Araghchi accused the IAEA of bias.", {("IRN", "IGO", "11")}, True),
    ("Xi met Putin in Moscow.", both("CHN", "RUS", "04"), True),
    ("Wang Yi met Jaishankar in New Delhi.", both("CHN", "IND", "04"), True),
    ("Modi criticised Pakistan over the Pahalgam attack.", {("IND", "PAK", "11")}, True),
    ("Jaishankar accused Pakistan of sponsoring terrorism.", {("IND", "PAK", "11")}, True),
    ("Kim Jong Un met Putin in Beijing.", both("PRK", "RUS", "04"), True),
    ("Kim Jong-un threatened South Korea with nuclear strikes.", {("PRK", "KOR", "13")}, True),
    # -- lower case
    ("putin met Trump in Alaska.", both("RUS", "USA", "04"), True),
    ("zelensky accused moscow of terror.", {("UKR", "RUS", "11")}, True),
    ("Ukraine accused moscow of breaking the truce.", {("UKR", "RUS", "11")}, True),
    ("Beijing criticised washington over the tariffs.", {("CHN", "USA", "11")}, True),
    ("Trump met netanyahu in Washington.", both("USA", "ISR", "04"), True),
    ("The EU imposed sanctions on russia.", {("IGO", "RUS", "16")}, True),
    ("Turkey criticised israel.", {("TUR", "ISR", "11")}, True),
    ("Witkoff met lavrov in Moscow.", both("USA", "RUS", "04"), True),
    ("The kremlin rejected the Ukrainian proposal.", {("RUS", "UKR", "12")}, True),
    # -- institutions
    ("The Pentagon criticised Beijing's military drills.", {("USA", "CHN", "11")}, True),
    ("The Duma condemned the EU's sanctions.", {("RUS", "IGO", "11")}, True),
    ("The Rada accused Moscow of genocide.", {("UKR", "RUS", "11")}, True),
    ("The Knesset condemned the UN Security Council.", {("ISR", "IGO", "11")}, True),
    ("The Bundestag condemned Russia's attack.", {("DEU", "RUS", "11")}, True),
    ("The State Department criticised Iran's nuclear programme.", {("USA", "IRN", "11")}, True),
    ("Foggy Bottom urged Israel to allow aid into Gaza.", {("USA", "ISR", "02")}, False),
    ("The Élysée criticised Algeria.", {("FRA", "DZA", "11")}, True),
    ("Downing Street criticised Moscow.", {("GBR", "RUS", "11")}, True),
    ("Zhongnanhai rejected Washington's demands.", {("CHN", "USA", "12")}, True),
    ("The IAEA criticised Iran for blocking inspectors.", {("IGO", "IRN", "11")}, True),
    ("The European Commission criticised Hungary.", {("IGO", "HUN", "11")}, True),
    ("NATO's secretary general met Zelenskyy in Kyiv.", both("IGO", "UKR", "04"), True),
    ("The UN Security Council condemned North Korea's missile launch.", {("IGO", "PRK", "11")}, True),
    ("The Kremlin rejected Kyiv's proposal.", {("RUS", "UKR", "12")}, True),
    # -- demonyms and adjectives
    ("Russian forces shelled Kharkiv.", {("RUS", "UKR", "19")}, True),
    ("Russian drones attacked Ukrainian power plants.", {("RUS", "UKR", "19")}, True),
    ("A Kremlin spokesman criticised the new US sanctions.", {("RUS", "USA", "11")}, True),
    ("Israeli troops killed five Palestinians in Gaza.", {("ISR", "PSE", "19")}, True),
    ("Iranian officials met IAEA inspectors in Tehran.", both("IRN", "IGO", "04"), True),
    ("Polish officials accused Belarusian guards of pushing migrants across the border.", {("POL", "BLR", "11")}, True),
    ("Chinese officials criticised the Philippine navy.", {("CHN", "PHL", "11")}, True),
    # -- a second reference by title, no pronoun
    ("Zelenskyy arrived in Washington. The Ukrainian leader met Trump.", both("UKR", "USA", "04"), False),
    ("Kaja Kallas spoke in Brussels. The EU's top diplomat criticised China.", {("IGO", "CHN", "11")}, True),
    ("Mark Rutte arrived in Kyiv. The NATO chief met Zelenskyy.", both("IGO", "UKR", "04"), False),
    ("Dmitry Peskov spoke to reporters. The Kremlin spokesman criticised Kyiv.", {("RUS", "UKR", "11")}, True),
    ("Erdogan flew to Baku. The Turkish president met Aliyev.", both("TUR", "AZE", "04"), False),
    ("Netanyahu landed in Budapest. The Israeli premier met Orban.", both("ISR", "HUN", "04"), False),
    ("Wang Yi visited Berlin. China's top diplomat criticised the EU.", {("CHN", "IGO", "11")}, False),
    ("Pete Hegseth toured the base. The Pentagon chief criticised China.", {("USA", "CHN", "11")}, True),
    ("Khamenei spoke in Tehran. The supreme leader rejected talks with America.", {("IRN", "USA", "12")}, True),
    ("Kim Jong Un inspected a factory. The North Korean leader threatened Seoul.", {("PRK", "KOR", "13")}, True),
    ("Witkoff landed in Moscow. The US envoy met Putin.", both("USA", "RUS", "04"), False),
]

ACTOR_XFAIL: dict[str, str] = {}
EVENT_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("sentence", "mention", "code"), table_cases(ACTOR_ROWS, ACTOR_XFAIL))
def test_actor_names_of_2025(rules_nlp: Language, sentence: str, mention: str, code: str | None) -> None:
    assert actor_code_at(rules_nlp, sentence, mention, DATE, last=True) == code


@pytest.mark.parametrize(("sentence", "expected", "exact"), table_cases(EVENT_ROWS, EVENT_XFAIL))
def test_events_of_2025_names(rules_nlp: Language, sentence: str, expected: Events, exact: bool) -> None:
    _, found = coded(rules_nlp, sentence, published=DATE)
    assert found == expected if exact else expected <= found


def test_xfail_names_only_table_sentences() -> None:
    assert set(ACTOR_XFAIL) <= {row[0] for row in ACTOR_ROWS}
    assert set(EVENT_XFAIL) <= {row[0] for row in EVENT_ROWS}
