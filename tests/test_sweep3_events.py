# ruff: noqa: E501
"""Invented sentences for docs/events.md rule 192 (issue 14, session 28, branch sweep3): a sweep of every sub-code of
CAMEO roots 01 (make public statement), 02 (appeal), 04 (consult) and 05 (engage in diplomatic cooperation).

For each of the 52 sub-codes of those roots in ``cameo-eventcodes.tsv`` (its name only), three sentences of our own
in 2025 international news style, with two country actors named in varied ways (leaders by name, capitals,
ministries, "the Kremlin"; verbal and nominal forms). The expected event (source, target, sub-code) was written from
the codebook before the coder ran; a row passes when an asserted event of the pair has the sub-code's root (what the
scorer compares); the sub-code itself is not tested, BENCHMARKS.md records how many rows also carry it. Actors are
compared on their primary codes. The real spaCy model, ``actor_resolver`` and ``event_coder`` run with the learned
layer off (``rules_pipeline``). ``XFAIL`` keeps the rows the change does not fix, each with why.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from .event_sentences import asserted, root_row_passes, table_cases

# (sentence, source, target, expected CAMEO sub-code)
Row = tuple[str, str, str, str]

ROWS: list[Row] = [
    # 010 make statement, not specified below
    ("Macron commented on Germany's new budget on Tuesday.", "FRA", "DEU", "010"),
    ("The Kremlin said on Monday that Finland's border closure was a matter for Helsinki.", "RUS", "FIN", "010"),
    (
        "India's foreign ministry issued a statement on Pakistan's election, a spokesman in New Delhi said.",
        "IND",
        "PAK",
        "010",
    ),
    # 011 decline comment
    ("The Kremlin declined to comment on Finland's new defence pact.", "RUS", "FIN", "011"),
    ("Beijing refused to comment on Japan's plans for a naval base.", "CHN", "JPN", "011"),
    (
        "A spokesman for Egypt's foreign ministry declined to comment on Ethiopia's dam on Wednesday.",
        "EGY",
        "ETH",
        "011",
    ),
    # 012 make pessimistic comment
    ("Erdogan expressed pessimism about talks with Greece.", "TUR", "GRC", "012"),
    ("Seoul voiced doubts about North Korea's willingness to negotiate.", "KOR", "PRK", "012"),
    (
        "Poland's foreign minister said on Thursday he was pessimistic about relations with Belarus.",
        "POL",
        "BLR",
        "012",
    ),
    # 013 make optimistic comment
    ("Lula expressed optimism about trade talks with Argentina.", "BRA", "ARG", "013"),
    ("Tokyo was upbeat about its relations with Seoul.", "JPN", "KOR", "013"),
    (
        "Indonesia's foreign ministry said on Monday it was optimistic about a maritime deal with Malaysia.",
        "IDN",
        "MYS",
        "013",
    ),
    # 014 consider policy option
    ("Germany is considering Poland's request for reparations.", "DEU", "POL", "014"),
    ("Canada is weighing new tariffs on Chinese steel, Carney said.", "CAN", "CHN", "014"),
    (
        "The Japanese government said on Friday it was studying South Korea's proposal for a joint fishing zone.",
        "JPN",
        "KOR",
        "014",
    ),
    # 015 acknowledge or claim responsibility
    ("Israel admitted responsibility for the strike on a Lebanese army post.", "ISR", "LBN", "015"),
    ("Russia acknowledged that its drone had crashed in Romania.", "RUS", "ROU", "015"),
    (
        "Pakistan's army claimed responsibility on Tuesday for the air strikes in Afghanistan, officials in Islamabad said.",
        "PAK",
        "AFG",
        "015",
    ),
    # 016 deny responsibility
    ("Moscow denied responsibility for the drone incursion into Poland.", "RUS", "POL", "016"),
    ("Rwanda denied backing the rebels in Congo.", "RWA", "COD", "016"),
    (
        "Iran's foreign ministry on Sunday denied any role in the attack on an Israeli ship, state media said.",
        "IRN",
        "ISR",
        "016",
    ),
    # 017 engage in symbolic act
    ("Modi laid a wreath at a war memorial in Paris.", "IND", "FRA", "017"),
    ("Germany returned looted bronzes to Nigeria in a ceremony.", "DEU", "NGA", "017"),
    ("The Polish president lit candles for Ukrainian victims at a memorial in Kyiv on Sunday.", "POL", "UKR", "017"),
    # 018 make empathetic comment
    ("Xi Jinping sent condolences to Myanmar after the earthquake.", "CHN", "MMR", "018"),
    ("Japan expressed sympathy to Turkey over the floods.", "JPN", "TUR", "018"),
    (
        "The French foreign ministry on Monday offered its condolences to Morocco for the victims of the storm.",
        "FRA",
        "MAR",
        "018",
    ),
    # 019 express accord
    ("Spain agreed with Portugal's position on migration.", "ESP", "PRT", "019"),
    ("Meloni said she shared Greece's view on the Mediterranean.", "ITA", "GRC", "019"),
    (
        "Kazakhstan's foreign ministry said on Thursday it fully agreed with Uzbekistan on water sharing.",
        "KAZ",
        "UZB",
        "019",
    ),
    # 020 appeal, not specified below
    ("Kenya appealed to Ethiopia on Monday.", "KEN", "ETH", "020"),
    ("Zelensky urged Hungary to act.", "UKR", "HUN", "020"),
    (
        "The Philippine foreign ministry made an appeal to China on Wednesday, a spokesman in Manila said.",
        "PHL",
        "CHN",
        "020",
    ),
    # 021 appeal for material cooperation, not specified below
    ("Serbia called on Hungary to cooperate on joint projects.", "SRB", "HUN", "021"),
    ("Ruto asked Tanzania for cooperation on the new railway.", "KEN", "TZA", "021"),
    (
        "Peru's foreign ministry urged Chile on Friday to work together on the lithium project, officials in Lima said.",
        "PER",
        "CHL",
        "021",
    ),
    # 0211 appeal for economic cooperation
    ("Egypt urged Saudi Arabia to invest in its ports.", "EGY", "SAU", "0211"),
    ("Sheinbaum called on Canada to expand trade with Mexico.", "MEX", "CAN", "0211"),
    (
        "Vietnam's trade ministry on Tuesday asked South Korea to deepen economic cooperation, state media said.",
        "VNM",
        "KOR",
        "0211",
    ),
    # 0212 appeal for military cooperation
    ("Lithuania asked Germany for joint military exercises.", "LTU", "DEU", "0212"),
    ("Marcos urged Japan to deepen defence cooperation.", "PHL", "JPN", "0212"),
    (
        "Armenia's defence ministry called on France on Monday to expand military cooperation, officials in Yerevan said.",
        "ARM",
        "FRA",
        "0212",
    ),
    # 0213 appeal for judicial cooperation
    ("Turkey asked Sweden to extradite the suspects.", "TUR", "SWE", "0213"),
    ("Bangladesh requested the extradition of its former prime minister from India.", "BGD", "IND", "0213"),
    (
        "Colombia's justice ministry on Thursday asked Spain for judicial cooperation in a corruption case.",
        "COL",
        "ESP",
        "0213",
    ),
    # 0214 appeal for intelligence
    ("Iraq asked Jordan to share intelligence on militants.", "IRQ", "JOR", "0214"),
    ("Tusk urged Britain to share intelligence about sabotage.", "POL", "GBR", "0214"),
    (
        "Nigeria's government called on France on Wednesday to provide intelligence on jihadist groups in the Sahel.",
        "NGA",
        "FRA",
        "0214",
    ),
    # 022 appeal for diplomatic cooperation, such as policy support
    ("Ukraine urged Brazil to support its peace plan.", "UKR", "BRA", "022"),
    ("Erdogan sought Qatar's backing for his Gaza proposal.", "TUR", "QAT", "022"),
    (
        "Morocco's foreign ministry asked Spain on Monday to support its autonomy plan for Western Sahara.",
        "MAR",
        "ESP",
        "022",
    ),
    # 023 appeal for aid, not specified below
    ("Lebanon appealed to Qatar for assistance.", "LBN", "QAT", "023"),
    ("Haiti asked Canada for help.", "HTI", "CAN", "023"),
    (
        "Sri Lanka's president on Tuesday called on India to provide aid after the cyclone, officials in Colombo said.",
        "LKA",
        "IND",
        "023",
    ),
    # 0231 appeal for economic aid
    ("Pakistan asked China for a new loan.", "PAK", "CHN", "0231"),
    ("Egypt appealed to the United Arab Emirates for financial aid.", "EGY", "ARE", "0231"),
    (
        "Argentina's economy ministry on Friday sought a currency swap line from the United States, officials in Buenos Aires said.",
        "ARG",
        "USA",
        "0231",
    ),
    # 0232 appeal for military aid
    ("Zelensky asked Germany for more air defence systems.", "UKR", "DEU", "0232"),
    ("Taiwan requested weapons from the United States.", "TWN", "USA", "0232"),
    (
        "Kyiv on Monday appealed to Britain for long-range missiles, the Ukrainian defence ministry said.",
        "UKR",
        "GBR",
        "0232",
    ),
    # 0233 appeal for humanitarian aid
    ("Sudan appealed to Egypt for humanitarian aid.", "SDN", "EGY", "0233"),
    ("Myanmar asked Thailand for food and medicine after the earthquake.", "MMR", "THA", "0233"),
    (
        "Afghanistan's government on Wednesday called on Iran to send emergency relief supplies to flood victims.",
        "AFG",
        "IRN",
        "0233",
    ),
    # 0234 appeal for military protection or peacekeeping
    ("Haiti asked Kenya to send more police officers.", "HTI", "KEN", "0234"),
    ("Congo called on Burundi to deploy peacekeepers.", "COD", "BDI", "0234"),
    (
        "Somalia's president on Thursday asked Egypt to send troops to protect Mogadishu, officials said.",
        "SOM",
        "EGY",
        "0234",
    ),
    # 024 appeal for political reform, not specified below
    ("The European Union urged Georgia to carry out political reforms.", "IGO", "GEO", "024"),
    ("Washington called on Tunisia to restore democratic reforms.", "USA", "TUN", "024"),
    (
        "Britain's foreign office on Tuesday urged Pakistan to pursue political reform, a spokesman in London said.",
        "GBR",
        "PAK",
        "024",
    ),
    # 0241 appeal for change in leadership
    ("Trump called on Maduro to step down.", "USA", "VEN", "0241"),
    ("Paris urged Mali's junta to hand power to civilians.", "FRA", "MLI", "0241"),
    (
        "Ecuador's government on Monday called for the resignation of Venezuela's president, officials in Quito said.",
        "ECU",
        "VEN",
        "0241",
    ),
    # 0242 appeal for policy change
    ("China urged Japan to change its Taiwan policy.", "CHN", "JPN", "0242"),
    ("Albanese called on Indonesia to review its death penalty policy.", "AUS", "IDN", "0242"),
    (
        "Germany's foreign ministry on Friday asked Italy to reconsider its migration policy, officials in Berlin said.",
        "DEU",
        "ITA",
        "0242",
    ),
    # 0243 appeal for rights
    ("Canada urged Iran to respect women's rights.", "CAN", "IRN", "0243"),
    ("Sweden called on Belarus to guarantee press freedom.", "SWE", "BLR", "0243"),
    (
        "The Dutch foreign ministry urged Azerbaijan on Tuesday to protect the rights of its ethnic minorities.",
        "NLD",
        "AZE",
        "0243",
    ),
    # 0244 appeal for change in institutions, regime
    ("Washington called for regime change in Venezuela.", "USA", "VEN", "0244"),
    ("Brussels urged Serbia to reform its judiciary.", "IGO", "SRB", "0244"),
    (
        "Ukraine's foreign ministry on Thursday called on Georgia to restore the independence of its courts.",
        "UKR",
        "GEO",
        "0244",
    ),
    # 025 appeal to yield
    ("Greece urged Turkey to back down.", "GRC", "TUR", "025"),
    ("Pashinyan called on Azerbaijan to make concessions.", "ARM", "AZE", "025"),
    ("Beijing on Monday urged Manila to give in to its demands over the shoal, state media said.", "CHN", "PHL", "025"),
    # 0251 appeal for easing of administrative sanctions
    ("Russia urged Latvia to lift its visa restrictions.", "RUS", "LVA", "0251"),
    ("Qatar called on Bahrain to end its travel ban.", "QAT", "BHR", "0251"),
    (
        "India's external affairs ministry asked Canada on Wednesday to ease its curbs on Indian students.",
        "IND",
        "CAN",
        "0251",
    ),
    # 0252 appeal for easing of popular dissent
    ("Serbia urged Kosovo Serbs to end their protests.", "SRB", "XKX", "0252"),
    ("Belgrade called on Bosnian Serbs to call off their strike.", "SRB", "BIH", "0252"),
    (
        "Russia's foreign ministry on Friday urged Georgian protesters to stop their demonstrations in Tbilisi.",
        "RUS",
        "GEO",
        "0252",
    ),
    # 0253 appeal for release of persons or property
    ("Washington urged Moscow to release the American journalist.", "USA", "RUS", "0253"),
    ("Australia called on China to free Yang Hengjun.", "AUS", "CHN", "0253"),
    (
        "France's foreign ministry on Saturday asked Algeria to release the French writer Boualem Sansal.",
        "FRA",
        "DZA",
        "0253",
    ),
    # 0254 appeal for easing of economic sanctions, boycott, or embargo
    ("Iran urged the United States to lift its sanctions.", "IRN", "USA", "0254"),
    ("Lukashenko called on Poland to end its trade embargo.", "BLR", "POL", "0254"),
    (
        "Cuba's foreign minister on Tuesday asked the European Union to ease economic sanctions on Havana.",
        "CUB",
        "IGO",
        "0254",
    ),
    # 0255 appeal for target to allow international involvement (non-mediation)
    ("Britain urged Israel to allow aid agencies into Gaza.", "GBR", "ISR", "0255"),
    ("Tokyo called on Pyongyang to let UN inspectors back in.", "JPN", "PRK", "0255"),
    (
        "The German foreign ministry urged Sudan on Monday to allow international observers into Darfur.",
        "DEU",
        "SDN",
        "0255",
    ),
    # 0256 appeal for de-escalation of military engagement
    ("China urged India to exercise restraint.", "CHN", "IND", "0256"),
    ("Macron called on Russia to withdraw its troops from Ukraine.", "FRA", "RUS", "0256"),
    (
        "Thailand's foreign ministry on Friday urged Cambodia to de-escalate tensions on the border, officials in Bangkok said.",
        "THA",
        "KHM",
        "0256",
    ),
    # 026 appeal to others to meet or negotiate
    ("Japan urged China to resume talks.", "JPN", "CHN", "026"),
    ("Erdogan called on Zelensky to return to negotiations.", "TUR", "UKR", "026"),
    (
        "Qatar's foreign ministry on Sunday urged Israel to come back to the negotiating table, officials in Doha said.",
        "QAT",
        "ISR",
        "026",
    ),
    # 027 appeal to others to settle dispute
    ("Chile urged Bolivia to settle the border dispute.", "CHL", "BOL", "027"),
    ("Vucic called on Croatia to resolve the dispute over the border.", "SRB", "HRV", "027"),
    (
        "Ethiopia's foreign ministry on Tuesday urged Egypt to settle their dispute over the Nile, officials in Addis Ababa said.",
        "ETH",
        "EGY",
        "027",
    ),
    # 028 appeal to others to engage in or accept mediation
    ("Kenya urged Somalia to accept mediation.", "KEN", "SOM", "028"),
    ("Guterres called on Congo to accept Qatar's mediation.", "IGO", "COD", "028"),
    (
        "Turkey on Wednesday asked Sudan to agree to African Union mediation, the foreign ministry in Ankara said.",
        "TUR",
        "SDN",
        "028",
    ),
    # 040 consult, not specified below
    ("Germany consulted with France on the budget.", "DEU", "FRA", "040"),
    ("Starmer held consultations with Carney.", "GBR", "CAN", "040"),
    (
        "Beijing and Moscow held consultations on Korea on Tuesday, the Chinese foreign ministry said.",
        "CHN",
        "RUS",
        "040",
    ),
    # 041 discuss by telephone
    ("Putin spoke by phone with Erdogan.", "RUS", "TUR", "041"),
    ("Modi held a phone call with Prabowo.", "IND", "IDN", "041"),
    ("Saudi Arabia's crown prince telephoned the Iranian president on Friday, state media said.", "SAU", "IRN", "041"),
    # 042 make a visit
    ("Zelensky visited Warsaw.", "UKR", "POL", "042"),
    ("Xi Jinping paid a state visit to Vietnam.", "CHN", "VNM", "042"),
    ("The Indian prime minister arrived in Tokyo on Thursday for a two-day official visit.", "IND", "JPN", "042"),
    # 043 host a visit
    ("Egypt hosted the Turkish president.", "EGY", "TUR", "043"),
    ("Meloni welcomed Milei to Rome.", "ITA", "ARG", "043"),
    (
        "Beijing received the Pakistani prime minister on Monday for talks, the Chinese foreign ministry said.",
        "CHN",
        "PAK",
        "043",
    ),
    # 044 meet at a third location
    ("Trump met Putin in Alaska.", "USA", "RUS", "044"),
    ("The Armenian and Azerbaijani leaders met in Abu Dhabi.", "ARM", "AZE", "044"),
    (
        "Indian and Chinese diplomats met in Geneva on Wednesday, the Indian external affairs ministry said.",
        "IND",
        "CHN",
        "044",
    ),
    # 045 mediate
    ("Qatar mediated between Israel and Hamas.", "QAT", "ISR", "045"),
    ("Turkey brokered talks between Russia and Ukraine.", "TUR", "RUS", "045"),
    ("Saudi Arabia on Tuesday acted as mediator between Washington and Moscow, diplomats said.", "SAU", "USA", "045"),
    # 046 engage in negotiation
    ("Iran negotiated with the United States.", "IRN", "USA", "046"),
    ("Japan held talks with South Korea on the fishing dispute.", "JPN", "KOR", "046"),
    ("Kyiv and Moscow on Friday opened a new round of negotiations in Istanbul, officials said.", "UKR", "RUS", "046"),
    # 050 engage in diplomatic cooperation, not specified below
    ("France cooperated with Germany at the United Nations.", "FRA", "DEU", "050"),
    ("Brazil and India agreed to coordinate their positions at the climate summit.", "BRA", "IND", "050"),
    (
        "Kazakhstan's foreign ministry said on Monday it worked closely with Uzbekistan on regional diplomacy.",
        "KAZ",
        "UZB",
        "050",
    ),
    # 051 praise or endorse
    ("Trump praised Erdogan.", "USA", "TUR", "051"),
    ("Paris welcomed Algeria's decision to resume dialogue.", "FRA", "DZA", "051"),
    (
        "China's foreign ministry on Tuesday hailed Pakistan's support for Beijing, a spokesman said.",
        "CHN",
        "PAK",
        "051",
    ),
    # 052 defend verbally
    ("Russia defended Iran at the Security Council.", "RUS", "IRN", "052"),
    ("Orban defended Slovakia against criticism from Brussels.", "HUN", "SVK", "052"),
    (
        "Beijing on Thursday spoke out in defence of North Korea's missile programme, state media said.",
        "CHN",
        "PRK",
        "052",
    ),
    # 053 rally support on behalf of
    ("France rallied support for Lebanon.", "FRA", "LBN", "053"),
    ("Ramaphosa lobbied on behalf of Zimbabwe at the summit.", "ZAF", "ZWE", "053"),
    (
        "Turkey on Wednesday campaigned for Azerbaijan's bid to host the talks, officials in Ankara said.",
        "TUR",
        "AZE",
        "053",
    ),
    # 054 grant diplomatic recognition
    ("France recognised Palestine.", "FRA", "PSE", "054"),
    ("Israel established diplomatic relations with Somaliland.", "ISR", "SOM", "054"),
    ("Canada on Sunday formally recognised the State of Palestine, Carney said in Ottawa.", "CAN", "PSE", "054"),
    # 055 apologize
    ("Japan apologised to South Korea.", "JPN", "KOR", "055"),
    ("Merz apologised to Namibia for the colonial killings.", "DEU", "NAM", "055"),
    (
        "Pakistan's foreign ministry on Monday issued an apology to China for the attack on Chinese engineers.",
        "PAK",
        "CHN",
        "055",
    ),
    # 056 forgive
    ("Rwanda forgave Burundi.", "RWA", "BDI", "056"),
    ("Armenia said it had forgiven Turkey's past insults.", "ARM", "TUR", "056"),
    (
        "Vietnam's president on Friday said Hanoi had forgiven the United States for the war, state media reported.",
        "VNM",
        "USA",
        "056",
    ),
    # 057 sign formal agreement
    ("Armenia signed a peace agreement with Azerbaijan.", "ARM", "AZE", "057"),
    ("Starmer and Modi signed a free trade agreement.", "GBR", "IND", "057"),
    ("Japan and the Philippines on Tuesday signed a defence pact in Manila, officials said.", "JPN", "PHL", "057"),
]

_SAY = 'speech verb: a statement reported by "said" or a statement noun is no trigger (it stands beside most acts reported)'
_SANCTION = "rule 61: a sanction or tariff weighed stays hypothetical (`deliberation_roots` has no 16)"
_ADMIT = "claim: an admission is read only over an act of force (`claimed_act_roots` 17-20); a crash is no act coded"
_SYMBOL = "vocabulary: a symbolic act other than a wreath laid has no trigger (candles lit, artefacts handed back)"
_LOOTED = 'word sense: "looted" on the object is read as the returner\'s seizure (171); a return is 0842 at best'
_INTENT = (
    "code choice: an act agreed to is an intent (03x, the intent wrapper); coordinating is read as a meeting (036)"
)
_WORK = 'vocabulary: "work (closely) with" is no trigger (too common a phrase; rule 189 left "work together" too)'

# "Argentina's economy ministry on Friday sought a currency swap line from the United States, ..." passes since rule
# 291c (session 33, americas2: a swap line is credit, so the sought thing names an aid noun, 0231)
XFAIL: dict[str, str] = {
    "The Kremlin said on Monday that Finland's border closure was a matter for Helsinki.": _SAY,
    "India's foreign ministry issued a statement on Pakistan's election, a spokesman in New Delhi said.": _SAY,
    "Canada is weighing new tariffs on Chinese steel, Carney said.": _SANCTION,
    "Russia acknowledged that its drone had crashed in Romania.": _ADMIT,
    "Germany returned looted bronzes to Nigeria in a ceremony.": _LOOTED,
    "The Polish president lit candles for Ukrainian victims at a memorial in Kyiv on Sunday.": _SYMBOL,
    "Brazil and India agreed to coordinate their positions at the climate summit.": _INTENT,
    "Kazakhstan's foreign ministry said on Monday it worked closely with Uzbekistan on regional diplomacy.": _WORK,
}

# rule 192: the fixes on sentences of other countries (source, target, exact sub-code)
RULE192_ROWS: list[Row] = [
    ("Kenya sought Uganda's backing for its candidate.", "KEN", "UGA", "022"),
    ("Chile is considering Argentina's offer of gas.", "CHL", "ARG", "014"),
    ("Warsaw voiced doubts about Minsk's promises.", "POL", "BLR", "012"),
    ("Norway shared Denmark's assessment of the threat.", "NOR", "DNK", "019"),
    ("Austria agreed with Germany's view on energy.", "AUT", "DEU", "019"),
    ("Erdogan commented on Greece's new defence budget.", "TUR", "GRC", "010"),
    ("Oman has served as mediator between Iran and the United States.", "OMN", "IRN", "045"),
    ("Sisi welcomed the Jordanian king to Cairo.", "EGY", "JOR", "043"),
    ("Senegal lobbied on behalf of Gambia at the summit.", "SEN", "GMB", "053"),
    ("Moscow spoke out in defence of Venezuela at the United Nations.", "RUS", "VEN", "052"),
]

# (sentence, source, target, CAMEO code the pair must not have; no source: no event at all)
RULE192_CONTROLS: list[Row] = [
    # a welcome with no place is praise, no visit hosted
    ("France welcomed Algeria's decision to resume dialogue.", "FRA", "DZA", "043"),
    # lobbying a party on behalf of another stays the appeal to the one lobbied
    ("Hungary lobbied Brussels on behalf of Slovakia.", "HUN", "SVK", "053"),
    # an agreement reached with a party is no accord expressed
    ("Spain agreed with Portugal on a new fishing deal.", "ESP", "PRT", "019"),
    # a comment not made is no statement; the comment noun is none
    ("The Kremlin did not immediately comment on the Ukrainian strike.", "", "", ""),
    ("Russia's embassy in Washington did not respond to a request for comment.", "", "", ""),
    # a defence ministry is no verbal defence
    ("The Israeli defence minister spoke in Washington about Iran.", "", "", ""),
    # a view shared by coordinated subjects is mutual; one side's accord with another is one way
    ("Meloni said she shared Greece's view on the Mediterranean.", "GRC", "ITA", "019"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), table_cases(ROWS, XFAIL))
def test_sweep3_roots_01_02_04_05(rules_nlp: Language, text: str, source: str, target: str, code: str) -> None:
    found = asserted(rules_nlp, text)
    assert root_row_passes(found, source, target, code), sorted(found)


@pytest.mark.parametrize(("text", "source", "target", "code"), RULE192_ROWS)
def test_rule192_codes_the_sub_code(rules_nlp: Language, text: str, source: str, target: str, code: str) -> None:
    found = asserted(rules_nlp, text)
    assert (source, target, code) in found, sorted(found)


@pytest.mark.parametrize(("text", "source", "target", "code"), RULE192_CONTROLS)
def test_rule192_controls(rules_nlp: Language, text: str, source: str, target: str, code: str) -> None:
    found = asserted(rules_nlp, text)
    if not source:
        assert not found
    else:
        assert (source, target, code) not in found, sorted(found)


def test_sweep3_covers_every_subcode() -> None:
    subcodes = {code for _, _, _, code in ROWS}
    assert len(subcodes) == 52
    assert {c[:2] for c in subcodes} == {"01", "02", "04", "05"}
    assert all(sum(row[3] == code for row in ROWS) == 3 for code in subcodes)
    assert set(XFAIL) <= {row[0] for row in ROWS}
    assert len({row[0] for row in ROWS}) == len(ROWS)
