# ruff: noqa: E501  (one news sentence a line: a table to read, not code)
"""Pages in the languages added in session 7 are identified: by script (Devanagari, Bengali, Thai,
Serbian and Macedonian Cyrillic beside Russian), or by their stop words and then lingua weighing the
stop words' leader beside the 18 Latin-script languages it always weighs (one model more, not nine).

Each sentence was written for this test (the same news sentence in each language: "The president
said on Monday that the government would monitor the situation closely and urged calm"). Albanian
and Azerbaijani have tables but no stop words in stopwords-iso: they are read with ``--lang`` only.
"""

from __future__ import annotations

import pytest

from liveblog.pipeline import detect_language

SENTENCES = {
    "id": "Presiden Joko Widodo mengatakan pada hari Senin bahwa pemerintah akan terus memantau situasi di wilayah itu dan meminta warga untuk tetap tenang. 3 jam yang lalu",
    "hi": "प्रधानमंत्री ने सोमवार को कहा कि सरकार स्थिति पर नजर रखेगी और लोगों से शांत रहने की अपील की। 3 घंटे पहले",
    "fi": "Presidentti sanoi maanantaina, että hallitus seuraa tilannetta tarkasti ja pyytää kansalaisia pysymään rauhallisina. 3 tuntia sitten",
    "cs": "Prezident v pondělí uvedl, že vláda bude situaci pečlivě sledovat a vyzval občany, aby zůstali v klidu. před 3 hodinami",
    "sk": "Prezident v pondelok povedal, že vláda bude situáciu pozorne sledovať a vyzval občanov, aby zostali pokojní. pred 3 hodinami",
    "hr": "Predsjednik je u ponedjeljak rekao da će vlada pažljivo pratiti situaciju i pozvao građane da ostanu mirni.",
    "sr": "Председник је у понедељак рекао да ће влада пажљиво пратити ситуацију и позвао грађане да остану мирни.",
    "ru": "Президент в понедельник заявил, что правительство будет внимательно следить за ситуацией и призвал граждан сохранять спокойствие.",
    "bg": "Президентът заяви в понеделник, че правителството ще следи внимателно ситуацията и призова гражданите да запазят спокойствие.",
    "uk": "Президент у понеділок заявив, що уряд уважно стежитиме за ситуацією та закликав громадян зберігати спокій.",
    "th": "ประธานาธิบดีกล่าวเมื่อวันจันทร์ว่ารัฐบาลจะติดตามสถานการณ์อย่างใกล้ชิด",
    "bn": "প্রধানমন্ত্রী সোমবার বলেছেন যে সরকার পরিস্থিতির উপর নজর রাখবে।",
    "pl": "Prezydent powiedział w poniedziałek, że rząd będzie uważnie śledził sytuację i wezwał obywateli do zachowania spokoju.",
    "sl": "Predsednik je v ponedeljek dejal, da bo vlada pozorno spremljala razmere in pozval državljane, naj ostanejo mirni.",
    "et": "President ütles esmaspäeval, et valitsus jälgib olukorda tähelepanelikult ja kutsus kodanikke üles rahulikuks jääma.",
    "sw": "Rais alisema Jumatatu kwamba serikali itafuatilia hali hiyo kwa karibu na kuwataka wananchi kuwa watulivu.",
    "lt": "Prezidentas pirmadienį sakė, kad vyriausybė atidžiai stebės padėtį, ir paragino piliečius išlikti ramiems.",
    "lv": "Prezidents pirmdien sacīja, ka valdība rūpīgi uzraudzīs situāciju, un aicināja iedzīvotājus saglabāt mieru.",
    "sq": "Presidenti tha të hënën se qeveria do ta ndjekë nga afër situatën dhe u bëri thirrje qytetarëve të qëndrojnë të qetë.",
    "az": "Prezident bazar ertəsi bildirib ki, hökumət vəziyyəti diqqətlə izləyəcək və vətəndaşları sakit olmağa çağırıb.",
    "en": "The president said on Monday that the government would monitor the situation closely and urged citizens to remain calm.",
    "de": "Der Präsident sagte am Montag, die Regierung werde die Lage genau beobachten, und rief die Bürger auf, ruhig zu bleiben.",
    "fr": "Le président a déclaré lundi que le gouvernement suivrait la situation de près et a appelé les citoyens au calme.",
    "es": "El presidente dijo el lunes que el gobierno seguirá de cerca la situación y pidió a los ciudadanos mantener la calma.",
    "nl": "De president zei maandag dat de regering de situatie nauwlettend zal volgen en riep burgers op kalm te blijven.",
    "pt": "O presidente disse na segunda-feira que o governo vai acompanhar a situação de perto e pediu calma aos cidadãos.",
    "it": "Il presidente ha detto lunedì che il governo seguirà da vicino la situazione e ha invitato i cittadini alla calma.",
    "tr": "Cumhurbaşkanı pazartesi günü hükümetin durumu yakından takip edeceğini söyledi ve vatandaşları sakin olmaya çağırdı.",
    "hu": "Az elnök hétfőn azt mondta, hogy a kormány szorosan figyelemmel kíséri a helyzetet, és nyugalomra intette a polgárokat.",
    "ro": "Președintele a declarat luni că guvernul va urmări îndeaproape situația și i-a îndemnat pe cetățeni să rămână calmi.",
    "sv": "Presidenten sade på måndagen att regeringen kommer att följa situationen noga och uppmanade medborgarna att hålla sig lugna.",
    "vi": "Tổng thống cho biết hôm thứ Hai rằng chính phủ sẽ theo dõi chặt chẽ tình hình và kêu gọi người dân giữ bình tĩnh.",
}

# Session 7 misread four of these one-sentence pages (Slovak as Czech, Estonian as Polish, Albanian
# as French, Azerbaijani as Turkish); the letters only their orthographies write ("ľ", "õ", "ë",
# "ə") and Czech's and Slovak's shared stop words now bring their models in (lead8).
KNOWN_MISSES: dict[str, str] = {}

# Pages of a language that borrows one such letter in a name stay what they are.
BORROWED = [
    ("en", "The Citroën plant near Paris closed on Tuesday, the company said in a statement."),
    ("pt", "O governo aprovou as informações na terça-feira, disseram as autoridades locais."),
    ("fr", "Les fêtes de Noël ont été annulées dans la ville, a annoncé le maire lundi soir."),
]


@pytest.mark.parametrize(("lang", "text"), BORROWED, ids=[b[0] for b in BORROWED])
def test_a_borrowed_letter_changes_nothing(lang: str, text: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("lang", [k for k in SENTENCES if k not in KNOWN_MISSES])
def test_page_language(lang: str) -> None:
    assert detect_language(SENTENCES[lang]) == lang
