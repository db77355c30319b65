"""Benchmark: the date of a saved page read from the clue it gives, in 15 languages.

Each page is a short dump written for the project (menus, a headline, one
date clue, a lead of four sentences, a teaser): the same Belarus story in
en, de, nl, fr, it, es, pt, ru, uk, pl, lt, hr, sl, ar and ja, dated 13
April 2025, a Sunday. The clues are the shapes saved pages give: a date line
at the top, one led by its weekday, a labelled line ("Published: ..."), a
byline with its date, a numeric line ("13.04.2025 11:20"), a labelled line
at the foot, a year-less dateline with the copyright line's year, a
year-less dateline with a month the page states with its year ("since July
2024"), a year-less head line with its weekday ("zondag 13 april, 11:20"),
then more forms of date lines per language (abbreviations, Roman months,
year-first dates, other scripts' digits).

The pages were written to develop the page-date rules, so the figure is a
development figure: it says which clue shapes are read, not how often real
pages are dated right (``benchmarks/docdate.py`` on the extraction bench, and
the page sets of ``benchmarks/pages.py``, measure that).

Usage::

    python benchmarks/page_date_shapes.py            # table of shapes x languages, misses
"""

from __future__ import annotations

import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pages  # noqa: E402

DAY = "2025-04-13"
MENU = "Home | World | Europe | Business | Sport\n\n"
FOOT = "\n\nRelated\nOther story about the weather\n\n"

#: Per language: the clue lines of the first table and the lead.
LANGS = {
 "en": dict(d="13 April 2025", dw="Sunday, 13 April 2025", dy="Sunday 13 April, 11:20", num="13/04/2025 11:20",
            pub="Published: 13 April 2025, 11:20", upd="Last updated: 13 April 2025", by="By Anna Green | 13 April 2025",
            dl="MINSK, 13 April (Eastwire) - ", cp="© 2025 Northfield Media", since="It was the third such release since July 2024.",
            body="Belarus released 18 political prisoners on Saturday, the presidential press service said. The group included four women. Rights groups welcomed the move but said more than 1,100 people remain behind bars. Officials in Vilnius confirmed that the freed prisoners had crossed the border."),
 "de": dict(d="13. April 2025", dw="Sonntag, 13. April 2025", dy="Sonntag, 13. April, 11:20 Uhr", num="13.04.2025 11:20",
            pub="Veröffentlicht am 13.04.2025, 11:20 Uhr", upd="Zuletzt aktualisiert: 13. April 2025", by="Von Anna Grün | 13.04.2025",
            dl="MINSK, 13. April (Ostdienst) - ", cp="© 2025 Nordfeld Medien", since="Es war die dritte Freilassung dieser Art seit Juli 2024.",
            body="Belarus hat am Samstag 18 politische Gefangene freigelassen, wie der Pressedienst des Präsidenten mitteilte. Unter ihnen waren vier Frauen. Menschenrechtler begrüßten den Schritt, sagten aber, dass mehr als 1100 Menschen weiter in Haft seien. Behörden in Vilnius bestätigten, dass die Freigelassenen die Grenze überquert hatten."),
 "nl": dict(d="13 april 2025", dw="zondag 13 april 2025", dy="zondag 13 april, 11:20", num="13-04-2025 11:20",
            pub="Gepubliceerd: 13 april 2025 11:20", upd="Laatst bijgewerkt: 13 april 2025", by="Door Anna Groen | 13 april 2025",
            dl="MINSK, 13 april (Oostpers) - ", cp="© 2025 Noordveld Media", since="Het was de derde vrijlating sinds juli 2024.",
            body="Belarus heeft zaterdag 18 politieke gevangenen vrijgelaten, meldde de persdienst van de president. Onder hen waren vier vrouwen. Mensenrechtengroepen verwelkomden de stap, maar zeiden dat nog meer dan 1100 mensen vastzitten. Functionarissen in Vilnius bevestigden dat de vrijgelaten gevangenen de grens waren overgestoken."),
 "fr": dict(d="13 avril 2025", dw="dimanche 13 avril 2025", dy="dimanche 13 avril, 11h20", num="13/04/2025 11:20",
            pub="Publié le 13 avril 2025 à 11h20", upd="Mis à jour le 13/04/2025", by="Par Anne Vert | 13 avril 2025",
            dl="MINSK, 13 avril (Estpresse) - ", cp="© 2025 Nordchamp Médias", since="C'est la troisième libération de ce type depuis juillet 2024.",
            body="Le Bélarus a libéré samedi 18 prisonniers politiques, a annoncé le service de presse de la présidence. Le groupe comprenait quatre femmes. Les défenseurs des droits humains ont salué ce geste mais rappelé que plus de 1 100 personnes restent derrière les barreaux. Les autorités de Vilnius ont confirmé que les prisonniers libérés avaient franchi la frontière."),
 "it": dict(d="13 aprile 2025", dw="domenica 13 aprile 2025", dy="domenica 13 aprile, 11:20", num="13/04/2025 11:20",
            pub="Pubblicato il 13/04/2025 ore 11:20", upd="Ultimo aggiornamento: 13 aprile 2025", by="di Anna Verdi | 13 aprile 2025",
            dl="MINSK, 13 aprile (Estpress) - ", cp="© 2025 Campo Nord Media", since="È la terza liberazione di questo tipo da luglio 2024.",
            body="La Bielorussia ha liberato sabato 18 prigionieri politici, ha reso noto l'ufficio stampa della presidenza. Nel gruppo c'erano quattro donne. Le organizzazioni per i diritti umani hanno accolto con favore la decisione, ma ricordano che oltre 1.100 persone restano in carcere. Le autorità di Vilnius hanno confermato che i detenuti liberati hanno attraversato il confine."),
 "es": dict(d="13 de abril de 2025", dw="domingo, 13 de abril de 2025", dy="domingo 13 de abril, 11:20", num="13/04/2025 11:20",
            pub="Publicado el 13 abr 2025 - 11:20 CEST", upd="Actualizado: 13/04/2025", by="Por Ana Verde | 13 de abril de 2025",
            dl="MINSK, 13 abr (Estpress) - ", cp="© 2025 Campo Norte Medios", since="Es la tercera liberación de este tipo desde julio de 2024.",
            body="Bielorrusia liberó el sábado a 18 presos políticos, informó el servicio de prensa de la presidencia. En el grupo había cuatro mujeres. Las organizaciones de derechos humanos celebraron la medida, pero recordaron que más de 1.100 personas siguen en prisión. Las autoridades de Vilna confirmaron que los presos liberados cruzaron la frontera."),
 "pt": dict(d="13 de abril de 2025", dw="domingo, 13 de abril de 2025", dy="domingo, 13 de abril, 11h20", num="13/04/2025 11h20",
            pub="Publicado em 13/04/2025 às 11h20", upd="Atualizado em 13 de abril de 2025", by="Por Ana Verde | 13 de abril de 2025",
            dl="MINSK, 13 abr (Lestepress) - ", cp="© 2025 Campo Norte Media", since="Foi a terceira libertação deste tipo desde julho de 2024.",
            body="A Bielorrússia libertou no sábado 18 presos políticos, informou o serviço de imprensa da presidência. No grupo havia quatro mulheres. As organizações de direitos humanos saudaram a medida, mas lembraram que mais de 1.100 pessoas continuam presas. As autoridades de Vilnius confirmaram que os presos libertados atravessaram a fronteira."),
 "ru": dict(d="13 апреля 2025", dw="Воскресенье, 13 апреля 2025", dy="воскресенье, 13 апреля, 11:20", num="13.04.2025 11:20",
            pub="Опубликовано: 13.04.2025 11:20", upd="Обновлено 13 апреля 2025", by="Анна Зеленова | 13 апреля 2025",
            dl="МИНСК, 13 апреля (Востокинформ) - ", cp="© 2025 Северное поле", since="Это третье подобное освобождение с июля 2024 года.",
            body="Беларусь в субботу освободила 18 политических заключенных, сообщила пресс-служба президента. В группе были четыре женщины. Правозащитники приветствовали этот шаг, но напомнили, что за решеткой остаются более 1100 человек. Власти в Вильнюсе подтвердили, что освобожденные пересекли границу."),
 "uk": dict(d="13 квітня 2025", dw="Неділя, 13 квітня 2025", dy="неділя, 13 квітня, 11:20", num="13.04.2025 11:20",
            pub="Опубліковано: 13.04.2025 11:20", upd="Оновлено 13 квітня 2025", by="Анна Зелена | 13 квітня 2025",
            dl="МІНСЬК, 13 квітня (Сходінформ) - ", cp="© 2025 Північне поле", since="Це третє подібне звільнення з липня 2024 року.",
            body="Білорусь у суботу звільнила 18 політичних в'язнів, повідомила пресслужба президента. У групі були чотири жінки. Правозахисники привітали цей крок, але нагадали, що за ґратами залишаються понад 1100 людей. Влада у Вільнюсі підтвердила, що звільнені перетнули кордон."),
 "pl": dict(d="13 kwietnia 2025", dw="niedziela, 13 kwietnia 2025", dy="niedziela, 13 kwietnia, 11:20", num="13.04.2025 11:20",
            pub="Opublikowano: 13.04.2025, 11:20", upd="Aktualizacja: 13 kwietnia 2025", by="Anna Zielińska | 13 kwietnia 2025",
            dl="MIŃSK, 13 kwietnia (Wschodpress) - ", cp="© 2025 Północne Pole", since="To trzecie takie uwolnienie od lipca 2024 roku.",
            body="Białoruś uwolniła w sobotę 18 więźniów politycznych, poinformowała służba prasowa prezydenta. W grupie były cztery kobiety. Obrońcy praw człowieka z zadowoleniem przyjęli ten krok, ale przypomnieli, że za kratami pozostaje ponad 1100 osób. Władze w Wilnie potwierdziły, że uwolnieni przekroczyli granicę."),
 "lt": dict(d="2025 m. balandžio 13 d.", dw="2025 m. balandžio 13 d., sekmadienis", dy="balandžio 13 d., sekmadienis, 11:20", num="2025-04-13 11:20",
            pub="Paskelbta: 2025-04-13 11:20", upd="Atnaujinta 2025 m. balandžio 13 d.", by="Ana Žalia | 2025-04-13",
            dl="MINSKAS, balandžio 13 d. (Rytinfo) - ", cp="© 2025 Šiaurės laukas", since="Tai trečias toks paleidimas nuo 2024 m. liepos.",
            body="Baltarusija šeštadienį paleido 18 politinių kalinių, pranešė prezidento spaudos tarnyba. Grupėje buvo keturios moterys. Žmogaus teisių gynėjai palankiai įvertino šį žingsnį, tačiau priminė, kad už grotų tebėra daugiau nei 1100 žmonių. Vilniaus pareigūnai patvirtino, kad paleisti kaliniai kirto sieną."),
 "hr": dict(d="13. travnja 2025.", dw="nedjelja, 13. travnja 2025.", dy="nedjelja, 13. travnja, 11:20", num="13.04.2025. 11:20",
            pub="Objavljeno: 13.04.2025. u 11:20", upd="Ažurirano 13. travnja 2025.", by="Ana Zelić | 13. travnja 2025.",
            dl="MINSK, 13. travnja (Istokpres) - ", cp="© 2025 Sjeverno polje", since="To je treće takvo puštanje od srpnja 2024.",
            body="Bjelorusija je u subotu pustila na slobodu 18 političkih zatvorenika, priopćila je predsjednička služba za tisak. U skupini su bile četiri žene. Organizacije za ljudska prava pozdravile su taj korak, ali su podsjetile da je iza rešetaka i dalje više od 1100 ljudi. Vlasti u Vilniusu potvrdile su da su oslobođeni zatvorenici prešli granicu."),
 "sl": dict(d="13. april 2025", dw="nedelja, 13. april 2025", dy="nedelja, 13. april, 11.20", num="13. 4. 2025 11.20",
            pub="Objavljeno: 13. 4. 2025 ob 11.20", upd="Posodobljeno 13. aprila 2025", by="Ana Zelen | 13. 4. 2025",
            dl="MINSK, 13. aprila (Vzhodpres) - ", cp="© 2025 Severno polje", since="To je tretja takšna izpustitev od julija 2024.",
            body="Belorusija je v soboto izpustila 18 političnih zapornikov, je sporočila predsedniška tiskovna služba. V skupini so bile štiri ženske. Organizacije za človekove pravice so pozdravile korak, a opozorile, da za rešetkami ostaja več kot 1100 ljudi. Oblasti v Vilniusu so potrdile, da so izpuščeni zaporniki prestopili mejo."),
 "ar": dict(d="13 أبريل 2025", dw="الأحد 13 أبريل 2025", dy="الأحد 13 أبريل، 11:20", num="2025/04/13 11:20",
            pub="نشر في: 13 أبريل 2025 - 11:20", upd="آخر تحديث: 13 أبريل 2025", by="أنا الأخضر | 13 أبريل 2025",
            dl="مينسك، 13 أبريل (وكالة الشرق) - ", cp="© 2025 الحقل الشمالي", since="وهذا ثالث إفراج من نوعه منذ يوليو 2024.",
            body="أفرجت بيلاروسيا يوم السبت عن 18 سجينا سياسيا، بحسب ما أعلنت الخدمة الصحفية للرئاسة. وكان بين المفرج عنهم أربع نساء. ورحبت منظمات حقوق الإنسان بالخطوة، لكنها ذكرت أن أكثر من 1100 شخص ما زالوا خلف القضبان. وأكدت السلطات في فيلنيوس أن السجناء المفرج عنهم عبروا الحدود."),
 "ja": dict(d="2025年4月13日", dw="2025年4月13日(日)", dy="4月13日(日) 11:20", num="2025/04/13 11:20",
            pub="公開日：2025年4月13日 11時20分", upd="最終更新：2025年4月13日", by="緑川アンナ | 2025年4月13日",
            dl="【ミンスク＝東方通信】4月13日 ", cp="© 2025 北野メディア", since="2024年7月以降、同様の釈放は3回目となる。",
            body="ベラルーシは土曜日、政治犯18人を釈放したと大統領府の報道部が発表した。釈放された人の中には女性4人が含まれていた。人権団体はこの措置を歓迎したが、1100人以上が依然として収監されていると指摘した。ビリニュスの当局は、釈放された人々が国境を越えたことを確認した。"),
}
#: More date lines per language, each under the headline of a page of its own.
MORE = {
 "en": ["Anna Green, 13 April 2025", "Sun 13 Apr 2025 11.20 BST", "13 Apr. 2025 11:20 AM", "April 13, 2025 at 11:20 a.m. EDT", "Posted: Sunday April 13, 2025 11:20 am", "2025-04-13T11:20:00+02:00", "Vilnius, 13.04.2025", "This article is more than 1 year old | 13 April 2025"],
 "de": ["Anna Grün, 13.04.2025", "So., 13.04.2025, 11:20 Uhr", "13.04.2025 | 11:20 Uhr", "Aktualisiert am Sonntag, 13. April 2025, 11:20 Uhr", "Stand: 13.04.2025 11:20 Uhr", "Berlin, 13. Apr. 2025"],
 "nl": ["Anna Groen, 13-04-25, 11:20", "13 apr 2025 om 11:20", "zo 13 apr 2025, 11:20", "Bijgewerkt op 13 april 2025 om 11:20", "Den Haag, 13 april 2025"],
 "fr": ["Anne Vert, le 13 avril 2025", "Publié le dimanche 13 avril 2025 à 11h20", "Le 13/04/2025 à 11:20", "13 avr. 2025 à 11h20", "Mis à jour le 13 avr. 2025 à 11h20"],
 "it": ["Anna Verdi, 13 aprile 2025", "13 apr 2025 - 11:20", "Domenica 13 Aprile 2025, 11:20", "13/04/2025 - 11:20", "Roma, 13 apr. 2025"],
 "es": ["Ana Verde, 13 de abril de 2025", "13 abr. 2025 - 11:20 h.", "Domingo, 13 de abril de 2025, 11:20", "Madrid, 13 abr (Estpress).", "Actualizado 13/04/2025 11:20 h"],
 "pt": ["Ana Verde, 13 de abril de 2025", "13 abr 2025 11h20", "Domingo, 13 de Abril de 2025 às 11:20", "13.abr.2025 às 11h20", "Lisboa, 13 abr 2025"],
 "ru": ["Анна Зеленова, 13 апреля 2025", "13 апреля 2025 г., 11:20", "13 апр. 2025, 11:20", "Воскресенье, 13 апреля 2025 г.", "Москва, 13.04.2025"],
 "uk": ["Анна Зелена, 13 квітня 2025", "13 квітня 2025 р., 11:20", "13 квіт. 2025, 11:20", "Неділя, 13 квітня 2025 року", "Київ, 13.04.2025"],
 "pl": ["Anna Zielińska, 13.04.2025", "13 kwi 2025, 11:20", "13.04.2025 r., 11:20", "niedziela, 13 kwietnia 2025 r.", "Warszawa, 13 kwietnia 2025 r.", "13.IV.2025"],
 "lt": ["Ana Žalia, 2025-04-13", "2025 04 13 11:20", "2025-04-13 11:20, atnaujinta 2025-04-13 12:00", "Vilnius, 2025 m. balandžio 13 d."],
 "hr": ["Ana Zelić, 13. 4. 2025.", "13.4.2025. u 11:20", "nedjelja, 13. travnja 2025. u 11:20", "Zagreb, 13. travnja 2025.", "13. IV. 2025."],
 "sl": ["Ana Zelen, 13. 4. 2025", "13. april 2025 ob 11:20", "nedelja, 13. aprila 2025", "Ljubljana, 13. 4. 2025"],
 "ar": ["أنا الأخضر، 13 أبريل 2025", "١٣ أبريل ٢٠٢٥", "الأحد 13 نيسان/أبريل 2025", "13 أبريل، 2025 - 11:20 ص", "2025-04-13 11:20", "13/04/2025"],
 "ja": ["緑川アンナ 2025年4月13日", "2025年4月13日 11:20", "2025.04.13", "2025/4/13 11:20", "2025年04月13日 11時20分 更新"],
}


def _shapes(v: dict[str, str]) -> dict[str, str]:
    title, body = v["body"].split(".")[0][:70], v["body"]
    return {
        "top_line": f"{MENU}{title}\n\n{v['d']}\n\n{body}{FOOT}",
        "top_weekday": f"{MENU}{v['dw']}\n\n{title}\n\n{body}{FOOT}",
        "labelled": f"{MENU}{title}\n\n{v['pub']}\n\n{body}{FOOT}",
        "byline": f"{MENU}{title}\n\n{v['by']}\n\n{body}{FOOT}",
        "numeric": f"{MENU}{title}\n\n{v['num']}\n\n{body}{FOOT}",
        "footer_updated": f"{MENU}{title}\n\n{body}\n\n{v['upd']}{FOOT}",
        "dateline_copyright": f"{MENU}{title}\n\n{v['dl']}{body}{FOOT}{v['cp']}\n",
        "dateline_since": f"{MENU}{title}\n\n{v['dl']}{body} {v['since']}{FOOT}",
        "yearless_weekday_line": f"{MENU}{v['dy']}\n\n{title}\n\n{body} {v['since']}{FOOT}",
    }


def items() -> list[dict]:
    """Every page of the benchmark as a page item (``benchmarks/pages.py`` format)."""
    out = []
    for lang, v in LANGS.items():
        for shape, text in _shapes(v).items():
            out.append({"id": f"{lang}-{shape}", "lang": lang, "published": None,
                        "page_date": DAY, "text": text, "events": [], "split": "dev"})
        title = v["body"].split(".")[0][:70]
        for k, line in enumerate(MORE.get(lang, [])):
            out.append({"id": f"{lang}-more{k}", "lang": lang, "published": None, "page_date": DAY,
                        "text": f"{MENU}{title}\n\n{line}\n\n{v['body']}{FOOT}", "events": [],
                        "split": "dev", "line": line})
    return out


def main() -> None:
    pd.set_option("display.width", 250)
    pd.set_option("display.max_columns", 30)
    pages_ = items()
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = pages._articles(pages_, Path(tmp))
    table: dict[str, dict[str, str]] = {}
    misses = []
    for item in pages_:
        row = next(articles[articles["item_id"] == item["id"]].itertuples())
        got = pages._page_date(row)
        lang, shape = item["id"].split("-", 1)
        ok = got == DAY
        if shape.startswith("more"):
            if not ok:
                misses.append(f"{lang:3} {got or 'none':10} {item['line']!r}")
            table.setdefault("more_date_lines", {})[lang] = table.get("more_date_lines", {}).get(lang, "")
            table["more_date_lines"][lang] += "+" if ok else "-"
        else:
            table.setdefault(shape, {})[lang] = "ok" if ok else (got or "none")
    print(pd.DataFrame(table).T.fillna(""))
    right = sum(1 for i in pages_ for r in [next(articles[articles["item_id"] == i["id"]].itertuples())]
                if pages._page_date(r) == DAY)
    print(f"\npages dated right: {right} of {len(pages_)}")
    print("more date lines not read:" if misses else "", *misses, sep="\n")


if __name__ == "__main__":
    main()
