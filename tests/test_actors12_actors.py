"""Issue 14 (session 27, actors12): 2025 office-holders in invented news sentences, one mention per row, and the
code the resolver gives it on a 2025 date. Each person is named in full, by surname alone after a first mention,
after a title ("Russian envoy Kirill Dmitriev"), and in lower case or another spelling ("Zelenskyy", "Erdoğan").

The expected code is the project's CAMEO convention (docs/actors.md): country + role as `people.jsonl` writes it
(ministers, envoys, central bankers: `GOV`; army chiefs: `MIL`; opposition leaders: `OPP`; armed-group leaders:
their group's code), `NATO` / `EU` / `UN` for those bodies' officers. A person whose term ended before the row's date
keeps only the country. ``xfail`` rows carry the reason. All sentences are invented; the real spaCy model and
``actor_resolver`` (``resolver`` fixture) run."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.event_sentences import actor_code_at, table_cases

DATE = "2025-06-15"


TABLE = [
    # ---- the United States
    ("Steve Witkoff flew to Moscow on Thursday.", "Steve Witkoff", "USAGOV", DATE),
    ("US envoy Steve Witkoff met Putin. Witkoff later briefed Trump.", "Witkoff", "USAGOV", DATE),
    ("Special envoy Keith Kellogg visited Kyiv. Kellogg met Zelensky.", "Kellogg", "USAGOV", DATE),
    ("Vice President JD Vance criticised European leaders.", "JD Vance", "USAGOV", DATE),
    ("Pete Hegseth ordered strikes on Yemen. Hegseth said they would continue.", "Hegseth", "USAGOV", DATE),
    ("Defense Secretary Pete Hegseth arrived in Manila.", "Pete Hegseth", "USAGOV", DATE),
    ("Secretary of State Marco Rubio met Sergei Lavrov in Riyadh.", "Marco Rubio", "USAGOV", DATE),
    ("Fed chair Jerome Powell warned that tariffs could lift prices.", "Jerome Powell", "USAGOV", DATE),
    ("Jerome Powell held rates steady. Powell said the economy was solid.", "Powell", "USAGOV", DATE),
    ("Border czar Tom Homan said deportations would rise.", "Tom Homan", "USAGOV", DATE),
    ("Massad Boulos, a senior adviser to Trump, visited Kinshasa.", "Massad Boulos", "USAGOV", DATE),
    ("Deputy envoy Morgan Ortagus met Lebanese leaders in Beirut.", "Morgan Ortagus", "USAGOV", DATE),
    # ---- Russia
    ("Russian envoy Kirill Dmitriev met Witkoff in Miami.", "Kirill Dmitriev", "RUSGOV", DATE),
    ("Kirill Dmitriev praised the talks. Dmitriev said sanctions hurt US firms.", "Dmitriev", "RUSGOV", DATE),
    ("Kremlin aide Yuri Ushakov said no date had been set.", "Yuri Ushakov", "RUSGOV", DATE),
    ("Yury Ushakov spoke to reporters. Ushakov ruled out a ceasefire.", "Ushakov", "RUSGOV", DATE),
    ("Sergei Lavrov accused Kyiv of sabotage.", "Sergei Lavrov", "RUSGOV", DATE),
    ("Sergey Lavrov met Wang Yi in Beijing.", "Sergey Lavrov", "RUSGOV", DATE),
    ("Security Council secretary Sergei Shoigu visited Pyongyang.", "Sergei Shoigu", "RUSGOV", DATE),
    ("Sergey Shoigu met Kim Jong Un. Shoigu thanked him for the troops.", "Shoigu", "RUSGOV", DATE),
    ("Kremlin spokesman Dmitry Peskov dismissed the report.", "Dmitry Peskov", "RUSGOV", DATE),
    ("Dmitri Peskov declined to comment. Peskov said talks would go on.", "Peskov", "RUSGOV", DATE),
    ("Dmitriy Peskov denied the claim.", "Dmitriy Peskov", "RUSGOV", DATE),
    ("Maria Zakharova condemned the sanctions. Zakharova called them illegal.", "Zakharova", "RUSGOV", DATE),
    ("Defence Minister Andrei Belousov inspected troops in Kursk.", "Andrei Belousov", "RUSGOV", DATE),
    ("Andrey Belousov met his Chinese counterpart. Belousov praised the ties.", "Belousov", "RUSGOV", DATE),
    ("General Valery Gerasimov said Russian forces had taken the town.", "Valery Gerasimov", "RUSMIL", DATE),
    ("Valeriy Gerasimov briefed Putin on the offensive.", "Valeriy Gerasimov", "RUSMIL", DATE),
    ("Elvira Nabiullina kept the key rate at 21 percent.", "Elvira Nabiullina", "RUSGOV", DATE),
    ("Central bank governor Elvira Nabiullina spoke. Nabiullina warned of inflation.", "Nabiullina", "RUSGOV", DATE),
    # ---- Ukraine
    ("Volodymyr Zelensky met Trump at the White House.", "Volodymyr Zelensky", "UKRGOV", DATE),
    ("Volodymyr Zelenskyy urged more sanctions on Moscow.", "Volodymyr Zelenskyy", "UKRGOV", DATE),
    ("President Zelenskiy thanked Denmark for the aid.", "Zelenskiy", "UKRGOV", DATE),
    ("Foreign Minister Andrii Sybiha met Kaja Kallas in Brussels.", "Andrii Sybiha", "UKRGOV", DATE),
    ("Andriy Sybiha called the strike a war crime. Sybiha urged a response.", "Sybiha", "UKRGOV", DATE),
    ("Andriy Yermak led the Ukrainian delegation in Jeddah.", "Andriy Yermak", "UKRGOV", DATE),
    ("Andrii Yermak spoke to Rubio. Yermak said the talks were useful.", "Yermak", "UKRGOV", DATE),
    ("Rustem Umerov headed the Ukrainian team in Istanbul.", "Rustem Umerov", "UKRGOV", DATE),
    ("Rustem Umerov met Witkoff in Miami. Umerov said progress was made.", "Umerov", "UKRGOV", "2025-11-30"),
    ("Prime Minister Yulia Svyrydenko met Scott Bessent.", "Yulia Svyrydenko", "UKRGOV", "2025-08-01"),
    ("Denys Shmyhal, the defence minister, visited Berlin.", "Denys Shmyhal", "UKRGOV", "2025-09-01"),
    ("General Oleksandr Syrskyi said the front was holding.", "Oleksandr Syrskyi", "UKRMIL", DATE),
    ("Kyrylo Budanov said Russia was preparing a new offensive.", "Kyrylo Budanov", "UKRSPY", DATE),
    # ---- Europe, NATO, the EU
    ("EU foreign policy chief Kaja Kallas warned Moscow.", "Kaja Kallas", "EU", DATE),
    ("Kaja Kallas met Wang Yi. Kallas raised the issue of drones.", "Kallas", "EU", DATE),
    ("NATO chief Mark Rutte urged allies to spend more.", "Mark Rutte", "NATO", DATE),
    ("Mark Rutte met Trump. Rutte called him daddy.", "Rutte", "NATO", DATE),
    ("European Council President Antonio Costa called Xi.", "Antonio Costa", "EU", DATE),
    ("António Costa met Modi in New Delhi.", "António Costa", "EU", DATE),
    ("Antonio Costa welcomed the deal. Costa said Europe was united.", "Costa", "EU", DATE),
    ("Ursula von der Leyen announced new sanctions on Russia.", "Ursula von der Leyen", "EU", DATE),
    ("ECB President Christine Lagarde warned about tariffs.", "Christine Lagarde", "IGOECB", DATE),
    ("Christine Lagarde cut rates. Lagarde said inflation was near target.", "Lagarde", "IGOECB", DATE),
    ("Chancellor Friedrich Merz visited Kyiv. Merz pledged more air defence.", "Merz", "DEUGOV", DATE),
    ("Keir Starmer hosted Zelensky in London. Starmer promised support.", "Starmer", "GBRGOV", DATE),
    ("Emmanuel Macron called Putin. Macron urged a ceasefire.", "Macron", "FRAGOV", DATE),
    ("macron said France would recognise Palestine.", "macron", "FRAGOV", DATE),
    ("Bank of England governor Andrew Bailey said rates would fall.", "Andrew Bailey", "GBRGOV", DATE),
    ("Chancellor Rachel Reeves met Bessent in Washington.", "Rachel Reeves", "GBRGOV", DATE),
    ("David Lammy, the deputy prime minister, met Vance.", "David Lammy", "GBRGOV", "2025-10-01"),
    ("Kemi Badenoch, the Conservative leader, attacked Starmer.", "Kemi Badenoch", "GBROPP", DATE),
    ("Viktor Orban blocked the EU sanctions package.", "Viktor Orban", "HUNGOV", DATE),
    ("Viktor Orbán met Trump. Orbán praised him.", "Orbán", "HUNGOV", DATE),
    ("Peter Magyar, the Hungarian opposition leader, led a rally in Budapest.", "Peter Magyar", "HUNOPP", DATE),
    ("Robert Fico travelled to Moscow. Fico met Putin.", "Fico", "SVKGOV", DATE),
    ("Alexander Lukashenko freed 14 prisoners.", "Alexander Lukashenko", "BLRGOV", DATE),
    ("Aliaksandr Lukashenka met Kellogg in Minsk.", "Aliaksandr Lukashenka", "BLRGOV", DATE),
    ("Sviatlana Tsikhanouskaya welcomed the release.", "Sviatlana Tsikhanouskaya", "BLROPP", DATE),
    ("Maia Sandu accused Moscow of vote buying. Sandu said Moldova would not yield.", "Sandu", "MDAGOV", DATE),
    ("Aleksandar Vucic met Xi Jinping. Vucic praised China.", "Vucic", "SRBGOV", DATE),
    ("Aleksandar Vučić rejected the protesters' demands.", "Aleksandar Vučić", "SRBGOV", DATE),
    ("Recep Tayyip Erdogan hosted the talks in Istanbul.", "Recep Tayyip Erdogan", "TURGOV", DATE),
    ("Recep Tayyip Erdoğan spoke to Putin. Erdoğan offered to mediate.", "Erdoğan", "TURGOV", DATE),
    ("Turkish Foreign Minister Hakan Fidan met Araghchi.", "Hakan Fidan", "TURGOV", DATE),
    ("Ilie Bolojan, the Romanian prime minister, unveiled tax rises.", "Ilie Bolojan", "ROUGOV", "2025-08-01"),
    ("Edi Rama met Meloni in Tirana.", "Edi Rama", "ALBGOV", DATE),
    ("Kyriakos Mitsotakis met Erdogan in Ankara.", "Kyriakos Mitsotakis", "GRCGOV", DATE),
    # ---- the Americas
    ("Mark Carney met Trump. Carney rejected the idea of a 51st state.", "Carney", "CANGOV", DATE),
    (
        "Claudia Sheinbaum sent troops to the border. Sheinbaum said Mexico would cooperate.",
        "Sheinbaum",
        "MEXGOV",
        DATE,
    ),
    ("Lula criticised the tariffs.", "Lula", "BRAGOV", DATE),
    ("Luiz Inacio Lula da Silva met Xi in Beijing.", "Luiz Inacio Lula da Silva", "BRAGOV", DATE),
    ("Javier Milei met Bessent. Milei thanked Washington.", "Milei", "ARGGOV", DATE),
    ("Maria Corina Machado called for new elections in Venezuela.", "Maria Corina Machado", "VENOPP", DATE),
    ("Nicolas Maduro accused Washington of plotting an invasion.", "Nicolas Maduro", "VENGOV", DATE),
    # ---- South Asia
    ("Narendra Modi spoke to Trump. Modi said India would not yield.", "Modi", "INDGOV", DATE),
    ("Prime Minister Shehbaz Sharif warned India.", "Shehbaz Sharif", "PAKGOV", DATE),
    ("Shahbaz Sharif thanked Trump for the ceasefire.", "Shahbaz Sharif", "PAKGOV", DATE),
    ("Field Marshal Asim Munir met Trump at the White House.", "Asim Munir", "PAKMIL", DATE),
    ("Defence Minister Khawaja Asif warned Kabul.", "Khawaja Asif", "PAKGOV", DATE),
    ("Khawaja Asif accused India of aggression. Asif said Pakistan would respond.", "Asif", "PAKGOV", DATE),
    # ---- the Middle East
    ("Abbas Araghchi met Witkoff in Muscat. Araghchi called the talks constructive.", "Araghchi", "IRNGOV", DATE),
    ("Abbas Araqchi said Iran would not give up enrichment.", "Abbas Araqchi", "IRNGOV", DATE),
    ("Masoud Pezeshkian visited Moscow.", "Masoud Pezeshkian", "IRNGOV", DATE),
    ("Massoud Pezeshkian called for unity.", "Massoud Pezeshkian", "IRNGOV", DATE),
    (
        "Ali Larijani, the head of Iran's Supreme National Security Council, visited Beirut.",
        "Ali Larijani",
        "IRNGOV",
        "2025-09-01",
    ),
    ("Foreign ministry spokesman Esmaeil Baghaei condemned the strikes.", "Esmaeil Baghaei", "IRNGOV", DATE),
    ("Ahmed al-Sharaa met Trump in Riyadh. Sharaa thanked him for lifting sanctions.", "Sharaa", "SYRGOV", DATE),
    ("Syrian President Ahmed al-Sharaa visited Paris.", "Ahmed al-Sharaa", "SYRGOV", DATE),
    ("Ahmad al-Sharaa met Erdogan in Ankara.", "Ahmad al-Sharaa", "SYRGOV", DATE),
    ("Mazloum Abdi, the SDF commander, met Syrian officials.", "Mazloum Abdi", "SYRREB", DATE),
    ("Benjamin Netanyahu met Trump. Netanyahu said Israel would finish the job.", "Netanyahu", "ISRGOV", DATE),
    ("Foreign Minister Gideon Saar met Kallas.", "Gideon Saar", "ISRGOV", DATE),
    ("Gideon Sa'ar accused France of rewarding terror.", "Gideon Sa'ar", "ISRGOV", DATE),
    ("Eyal Zamir, the military chief of staff, visited troops in Gaza.", "Eyal Zamir", "ISRMIL", DATE),
    ("Ron Dermer flew to Washington for talks on Gaza.", "Ron Dermer", "ISRGOV", DATE),
    ("Khalil al-Hayya said Hamas would not disarm.", "Khalil al-Hayya", "PSEREB", DATE),
    ("Houthi leader Abdul-Malik al-Houthi threatened US ships.", "Abdul-Malik al-Houthi", "YEMREB", DATE),
    ("Crown Prince Mohammed bin Salman hosted Trump in Riyadh.", "Mohammed bin Salman", "SAUGOV", DATE),
    ("Abdel Fattah al-Sisi met Macron in Cairo. Sisi rejected displacement of Gazans.", "Sisi", "EGYGOV", DATE),
    ("Abdel Fattah el-Sisi called Trump.", "Abdel Fattah el-Sisi", "EGYGOV", DATE),
    ("Sheikh Tamim bin Hamad Al Thani met Trump in Doha.", "Tamim bin Hamad Al Thani", "QATGOV", DATE),
    (
        "Sheikh Mohammed bin Abdulrahman Al Thani said the talks had stalled.",
        "Mohammed bin Abdulrahman Al Thani",
        "QATGOV",
        DATE,
    ),
    ("Sultan Haitham bin Tariq received Araghchi in Muscat.", "Haitham bin Tariq", "OMNGOV", DATE),
    ("King Hamad bin Isa Al Khalifa met Netanyahu's envoy.", "Hamad bin Isa Al Khalifa", "BHRGOV", DATE),
    # ---- East Asia
    ("Xi Jinping met Putin in Moscow. Xi called him a dear friend.", "Xi", "CHNGOV", DATE),
    ("Wang Yi met Lavrov. Wang said China was neutral.", "Wang Yi", "CHNGOV", DATE),
    ("PBOC governor Pan Gongsheng announced rate cuts.", "Pan Gongsheng", "CHNGOV", DATE),
    ("Lee Jae-myung met Trump. Lee said he would keep the alliance.", "Lee Jae-myung", "KORGOV", "2025-08-30"),
    ("Han Duck-soo, the acting president, called Trump.", "Han Duck-soo", "KORGOV", "2025-02-01"),
    ("Shigeru Ishiba met Trump. Ishiba promised investment.", "Ishiba", "JPNGOV", DATE),
    ("Sanae Takaichi met Xi. Takaichi raised Taiwan.", "Takaichi", "JPNGOV", "2025-11-02"),
    ("BOJ governor Kazuo Ueda kept rates on hold.", "Kazuo Ueda", "JPNGOV", DATE),
    ("Kim Jong Un oversaw a missile test.", "Kim Jong Un", "PRKGOV", DATE),
    ("Kim Jong-un met Putin in Beijing.", "Kim Jong-un", "PRKGOV", DATE),
    # ---- Africa and South-East Asia
    ("Paul Kagame met Felix Tshisekedi in Doha. Kagame said Rwanda wanted peace.", "Kagame", "RWAGOV", DATE),
    ("Félix Tshisekedi accused Rwanda of backing M23.", "Félix Tshisekedi", "CODGOV", DATE),
    ("William Ruto sent police to Haiti. Ruto said Kenya would stay.", "Ruto", "KENGOV", DATE),
    ("Cyril Ramaphosa met Trump. Ramaphosa rejected the genocide claim.", "Ramaphosa", "ZAFGOV", DATE),
    ("Anwar Ibrahim hosted the ASEAN summit.", "Anwar Ibrahim", "MYSGOV", DATE),
    ("Prabowo Subianto met Xi. Prabowo said Indonesia was non-aligned.", "Prabowo", "IDNGOV", DATE),
    ("Hun Manet accused Thailand of aggression.", "Hun Manet", "KHMGOV", DATE),
    (
        "Anutin Charnvirakul signed the peace accord. Anutin said Thailand wanted calm.",
        "Anutin",
        "THAGOV",
        "2025-10-26",
    ),
    # ---- the UN and other bodies
    ("Antonio Guterres condemned the attack.", "Antonio Guterres", "UN", DATE),
    ("UN aid chief Tom Fletcher warned of famine in Gaza.", "Tom Fletcher", "UN", DATE),
    ("Volker Turk, the UN human rights chief, condemned the executions.", "Volker Turk", "UN", DATE),
    ("Rafael Grossi said inspectors had no access.", "Rafael Grossi", "IGOIAE", DATE),
    # ---- terms that ended in 2025: the country only after the end
    ("Shigeru Ishiba met Xi in Lima.", "Shigeru Ishiba", "JPN", "2025-11-20"),
    ("Justin Trudeau met Zelensky in Kyiv.", "Justin Trudeau", "CAN", "2025-06-01"),
    ("Andrzej Duda met Trump in Warsaw.", "Andrzej Duda", "POLGOV", "2025-03-01"),
    ("Yoon Suk Yeol was taken into custody.", "Yoon Suk Yeol", "KOR", "2025-07-10"),
    ("Han Duck-soo was questioned by prosecutors.", "Han Duck-soo", "KOR", "2025-07-10"),
    ("Herzi Halevi said the army had failed on October 7.", "Herzi Halevi", "ISRMIL", "2025-01-22"),
    ("Ilie Bolojan, the interim president, called the vote.", "Ilie Bolojan", "ROUGOV", "2025-03-01"),
    ("Christine Lagarde said Greece needed more time.", "Christine Lagarde", "IGOIMF", "2015-02-01"),
    # ---- more office-holders of 2025 news
    ("Sergiy Kyslytsya led the Ukrainian experts in Istanbul.", "Sergiy Kyslytsya", "UKRGOV", DATE),
    ("GRU chief Igor Kostyukov joined the Russian delegation.", "Igor Kostyukov", "RUSSPY", DATE),
    ("Hostage envoy Adam Boehler met Hamas officials in Doha.", "Adam Boehler", "USAGOV", DATE),
    ("Kevin Hassett said the tariffs would stay.", "Kevin Hassett", "USAGOV", DATE),
    ("Bezalel Smotrich called for annexing the West Bank. Smotrich rejected the deal.", "Smotrich", "ISRGOV", DATE),
    ("Itamar Ben-Gvir visited the Temple Mount.", "Itamar Ben-Gvir", "ISRGOV", "2025-08-03"),
    ("Yair Lapid, the opposition leader, attacked Netanyahu.", "Yair Lapid", "ISROPP", DATE),
    ("Mossad chief David Barnea flew to Doha.", "David Barnea", "ISRSPY", DATE),
    ("Hussein al-Sheikh met Saudi officials in Riyadh.", "Hussein al-Sheikh", "PSEGOV", DATE),
    ("Prime Minister Mohammad Mustafa visited Cairo.", "Mohammad Mustafa", "PSEGOV", DATE),
    ("Mohammad Bagher Ghalibaf warned Washington.", "Mohammad Bagher Ghalibaf", "IRNLEG", DATE),
    ("General Mohammad Pakpour vowed revenge.", "Mohammad Pakpour", "IRNMIL", "2025-07-01"),
    ("Hossein Salami was killed in the strike.", "Hossein Salami", "IRNMIL", "2025-06-12"),
    ("Nabih Berri met the US envoy in Beirut.", "Nabih Berri", "LBNLEG", DATE),
    ("Ibrahim Kalin hosted Hamas officials in Ankara.", "Ibrahim Kalin", "TURSPY", DATE),
    ("Ozgur Ozel called for protests in Istanbul.", "Ozgur Ozel", "TUROPP", DATE),
    ("Foreign Secretary Vikram Misri briefed reporters in New Delhi.", "Vikram Misri", "INDGOV", DATE),
    ("Rahul Gandhi accused Modi of surrendering to Trump.", "Rahul Gandhi", "INDOPP", DATE),
    ("Vice Premier He Lifeng met Bessent in Geneva.", "He Lifeng", "CHNGOV", DATE),
    ("Shinjiro Koizumi, the defence minister, visited Canberra.", "Shinjiro Koizumi", "JPNGOV", "2025-11-20"),
    ("Ryosei Akazawa met Lutnick in Washington. Akazawa said a deal was close.", "Akazawa", "JPNGOV", DATE),
    ("Prime Minister Kim Min-seok met Chinese officials.", "Kim Min-seok", "KORGOV", "2025-09-01"),
    ("Lin Chia-lung met Japanese lawmakers in Tokyo.", "Lin Chia-lung", "TWNGOV", DATE),
    ("Corneille Nangaa said the rebels would march on Kinshasa.", "Corneille Nangaa", "CODREB", DATE),
    ("Diosdado Cabello accused the US of piracy.", "Diosdado Cabello", "VENGOV", DATE),
    ("Delcy Rodriguez met Chinese envoys in Caracas.", "Delcy Rodriguez", "VENGOV", DATE),
    ("Rodrigo Paz met Landau in La Paz.", "Rodrigo Paz", "BOLGOV", "2025-11-20"),
    ("Dina Boluarte declared a state of emergency in Lima.", "Dina Boluarte", "PERGOV", "2025-04-01"),
    ("Maros Sefcovic met Lutnick. Sefcovic said the EU was ready to retaliate.", "Sefcovic", "EU", DATE),
    ("Roberta Metsola visited Kyiv.", "Roberta Metsola", "EU", DATE),
    ("UNRWA chief Philippe Lazzarini warned of famine.", "Philippe Lazzarini", "UN", DATE),
    ("Ngozi Okonjo-Iweala warned of a trade war.", "Ngozi Okonjo-Iweala", "IGOWTO", DATE),
    ("Catherine Vautrin met Pistorius in Berlin.", "Catherine Vautrin", "FRAGOV", "2025-11-20"),
    ("Wladyslaw Kosiniak-Kamysz said drones had entered Polish airspace.", "Wladyslaw Kosiniak-Kamysz", "POLGOV", DATE),
    # ---- an undated text: the line whose role the title before the name spells (session 27)
    ("Pakistani Prime Minister Imran Khan cancelled a visit to Malaysia.", "Imran Khan", "PAKGOV", None),
    ("Imran Khan led a rally in Lahore.", "Imran Khan", "PAKOPP", None),
    ("Senator Marco Rubio criticised China.", "Marco Rubio", "USALEG", None),
    ("Marco Rubio criticised China.", "Marco Rubio", "USAGOV", None),
    ("Estonian Prime Minister Kaja Kallas met Zelensky.", "Kaja Kallas", "ESTGOV", None),
    ("Dutch Prime Minister Mark Rutte met Biden.", "Mark Rutte", "NLDGOV", None),
    ("NATO Secretary General Jens Stoltenberg visited Ankara.", "Jens Stoltenberg", "NATO", None),
    ("BJP president Amit Shah addressed a rally in Kolkata.", "Amit Shah", "INDPTY", None),
    ("Home Minister Amit Shah visited Srinagar.", "Amit Shah", "INDGOV", None),
    # ---- a surname that is another man's given name (session 27)
    ("Abbas Kiarostami won a prize in Paris.", "Abbas", None, DATE),
    ("Abbas Mousavi, a former diplomat, spoke to reporters.", "Abbas", None, DATE),
    # controls: the surname after the full name, two mentions side by side, a title-case headline
    ("Mahmoud Abbas met Macron. Abbas said the talks were useful.", "Abbas", "PSEGOV", DATE),
    ("The Trump Putin summit in Alaska ended without a deal.", "Trump", "USAGOV", DATE),
    ("Putin Warns West Over Missiles", "Putin", "RUSGOV", DATE),
    ("Netanyahu Vows To Crush Hamas", "Netanyahu", "ISRGOV", DATE),
]

XFAIL: dict[str, str] = {
    "Antonio Costa welcomed the deal. Costa said Europe was united.": "a common surname: the codebook holds no "
    "surname alone for it (people.jsonl policy)",
    "macron said France would recognise Palestine.": "lower case at the sentence start: the model reads no PERSON "
    "subject here (docs/events.md rule 136a)",
}
# session 38 (roots2, docs/events.md rule 405a): "Khawaja Asif ... Asif said" passes (a surname alone after a full
# first mention names the same party), so its strict xfail is gone


@pytest.mark.parametrize(("sentence", "mention", "code", "date"), table_cases(TABLE, XFAIL))
def test_office_holder_resolves(
    resolver: Language, sentence: str, mention: str, code: str | None, date: str | None
) -> None:
    assert actor_code_at(resolver, sentence, mention, date, last=True) == code
