"""Attribution in the languages added as data, on practice sentences.

The sentences below were written for these tests in the style of news
reporting (direct and indirect quotes, "according to", a spokesperson, an
agency); they are practice sentences, not corpus text. Each asserts the
speaker (as written and normalised), the speaker type and the cue. The
lookup knows no names, so only the language data classify the speakers.
Also: articles in a language without attribution data are reported in
``attrs["skipped_articles"]`` with a warning, on pandas and on Dask.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.sources.attribution import (
    NoAttributionDataWarning,
    attribution_languages,
    attributions_from_text,
    extract_attributions,
)


def _none(name: str) -> None:
    return None


def _rows(text: str, lang: str) -> list[tuple]:
    rows = attributions_from_text(text, lookup=_none, langs=[lang])
    return [(r["speaker_norm"], r["speaker_type"], r["cue"], r["direct"]) for r in rows]


# ------------------------------------------------------ skipped languages ---


def _articles() -> pd.DataFrame:
    return pd.DataFrame({
        "article_id": ["a-en", "a-xx", "a-none"],
        "outlet": ["x.example", "y.example", "x.example"],
        "language": ["en", "xx", None],
        "text": ["Anna Berg, a spokeswoman for Viasna, said the count went on.",
                 "Anna Berg sagaba du dialo.",
                 "Anna Berg, a spokeswoman for Viasna, said the count went on."],
    })


def test_an_article_in_a_language_without_data_is_reported() -> None:
    with pytest.warns(NoAttributionDataWarning, match=r"1 article\(s\) skipped.*xx: 1"):
        out = extract_attributions(_articles(), lookup=_none)
    assert out.attrs["skipped_articles"] == [
        {"article_id": "a-xx", "outlet": "y.example", "language": "xx",
         "reason": "no attribution data for language 'xx'"}]
    # an article without a language is read with every language's cues
    assert sorted(out["article_id"]) == ["a-en", "a-none"]


def test_languages_outside_langs_are_skipped_too() -> None:
    with pytest.warns(NoAttributionDataWarning):
        out = extract_attributions(_articles(), lookup=_none, langs=["ru"])
    assert {s["article_id"] for s in out.attrs["skipped_articles"]} == {"a-en", "a-xx"}


def test_skipped_articles_are_reported_over_dask() -> None:
    dd = pytest.importorskip("dask.dataframe")
    from toolkit.parallel import compute

    frame = dd.from_pandas(_articles(), npartitions=2)
    with pytest.warns(NoAttributionDataWarning, match="xx: 1"):
        lazy = extract_attributions(frame, lookup=_none)
    out = compute(lazy)
    assert [s["article_id"] for s in out.attrs["skipped_articles"]] == ["a-xx"]
    assert sorted(out["article_id"]) == ["a-en", "a-none"]


def test_the_added_languages_have_attribution_data() -> None:
    assert {"de", "en", "fr", "ru"} <= set(attribution_languages())


# ----------------------------------------------------------------- German ---


def test_german_direct_quote_then_speaker() -> None:
    text = ("„Wir werden weiter für die Freilassung aller politischen Gefangenen kämpfen“, sagte die "
            "Sprecherin der Menschenrechtsorganisation Wjasna, Anna Berg.")
    rows = attributions_from_text(text, lookup=_none, langs=["de"])
    assert [(r["speaker_norm"], r["speaker_type"], r["cue"], r["direct"]) for r in rows] == [
        ("Wjasna", "rights_group", "sagte", True)]
    assert rows[0]["quote"].startswith("Wir werden weiter")


def test_german_indirect_speech_and_envoy() -> None:
    text = "Der US-Sondergesandte John Coale sagte am Samstag, die Gespräche mit Minsk seien sehr produktiv gewesen."
    rows = attributions_from_text(text, lookup=_none, langs=["de"])
    assert [(r["speaker_norm"], r["speaker_type"], r["speaker_country"], r["cue"]) for r in rows] == [
        ("John Coale", "government", "US", "sagte")]
    assert rows[0]["quote"].startswith("die Gespräche mit Minsk")


def test_german_ministry_separable_verb_and_agency() -> None:
    assert _rows("Das belarussische Außenministerium teilte mit, 52 Häftlinge seien freigelassen worden.", "de") == [
        (None, "government", "teilte mit", False)]
    assert _rows("Laut der staatlichen Nachrichtenagentur Belta wurden die Gefangenen begnadigt.", "de") == [
        ("Belta", "state_media", "laut", False)]
    assert _rows("Ein Regierungssprecher sagte der Nachrichtenagentur dpa, man prüfe die Lage.", "de") == [
        (None, "government", "sagte der Nachrichtenagentur dpa", False)]


def test_german_inverted_after_a_time_and_so_cue() -> None:
    rows = attributions_from_text("Am Sonntag erklärte Oppositionsführerin Swjatlana Zichanouskaja, die Freilassung "
                                  "sei ein erster Schritt.", lookup=_none, langs=["de"])
    assert [(r["speaker_norm"], r["speaker_type"], r["cue"]) for r in rows] == [
        ("Swjatlana Zichanouskaja", "opposition", "erklärte")]
    assert rows[0]["quote"] == "die Freilassung sei ein erster Schritt"
    assert _rows("„Das ist kein Zeichen der Entspannung“, so ein Sprecher des Auswärtigen Amtes.", "de") == [
        (None, "government", "so", True)]
    assert _rows("Nach Angaben von Amnesty International sitzen noch mehr als 1000 Menschen in Haft.", "de") == [
        ("Amnesty International", "rights_group", "nach Angaben", False)]


def test_german_object_nouns_are_no_speakers() -> None:
    # "begrüßte die Freilassung": a capitalised noun after an article is the object
    assert _rows("Anna Berg begrüßte die Freilassung und forderte die Behörden auf, alle Gefangenen "
                 "freizulassen.", "de") == [("Anna Berg", "other", "begrüßte", False),
                                            ("Anna Berg", "other", "forderte", False)]


def test_german_pronoun_refers_to_the_last_named_speaker() -> None:
    text = ("Die Oppositionspolitikerin Maria Kalesnikava sagte, sie sei frei. "
            "Sie sagte, die Familien warteten seit Monaten auf Nachricht.")
    assert _rows(text, "de") == [("Maria Kalesnikava", "opposition", "sagte", False),
                                 ("Maria Kalesnikava", "opposition", "sagte", False)]


# ----------------------------------------------------------------- French ---


def test_french_direct_quote_then_speaker() -> None:
    text = "« Nous continuerons à compter chaque prisonnier », a déclaré Anna Berg, la porte-parole de Viasna."
    rows = attributions_from_text(text, lookup=_none, langs=["fr"])
    assert [(r["speaker_norm"], r["speaker_type"], r["cue"], r["direct"]) for r in rows] == [
        ("Anna Berg", "rights_group", "a déclaré", True)]


def test_french_indirect_speech_envoy_and_ministry() -> None:
    assert _rows("L'envoyé spécial américain John Coale a déclaré samedi que les discussions avaient été très "
                 "productives.", "fr") == [("John Coale", "government", "a déclaré", False)]
    rows = attributions_from_text("Le ministère lituanien des Affaires étrangères a indiqué dans un communiqué que "
                                  "52 détenus avaient franchi la frontière.", lookup=_none, langs=["fr"])
    assert [(r["speaker_type"], r["speaker_country"], r["cue"]) for r in rows] == [
        ("government", "Lithuania", "a indiqué dans un communiqué")]
    assert rows[0]["quote"] == "52 détenus avaient franchi la frontière"


def test_french_according_to_agency_spokesperson_and_pronoun() -> None:
    assert _rows("Selon l'agence officielle Belta, les prisonniers ont été graciés.", "fr") == [
        ("Belta", "state_media", "selon", False)]
    assert _rows("D'après Amnesty International, plus de 1 000 personnes restent détenues.", "fr") == [
        ("Amnesty International", "rights_group", "d'après", False)]
    assert _rows("Un porte-parole du gouvernement a déclaré à l'AFP que la situation restait tendue.", "fr") == [
        (None, "government", "a déclaré à l'AFP", False)]
    text = ("L'opposante en exil Svetlana Tikhanovskaïa a salué les libérations et a appelé à libérer tous les "
            "prisonniers. Elle a également affirmé que les familles attendaient des nouvelles.")
    assert _rows(text, "fr") == [("Svetlana Tikhanovskaïa", "opposition", "a salué", False),
                                 ("Svetlana Tikhanovskaïa", "opposition", "a appelé", False),
                                 ("Svetlana Tikhanovskaïa", "opposition", "affirmé", False)]


def test_german_statement_before_and_sentencing_is_no_speech() -> None:
    rows = attributions_from_text("Das teilte die Staatsführung in Minsk am Dienstag mit.", lookup=_none, langs=["de"])
    assert [(r["speaker"], r["speaker_type"], r["quote"]) for r in rows] == [("die Staatsführung", "government", None)]
    # "verurteilt" is sentenced here, not condemned; "vor Journalisten" is an audience
    assert _rows("Der 30-Jährige war im Juni wegen Terrorismus und Söldnertums verurteilt worden.", "de") == []
    assert _rows("Die Sanktionen fallen weg, wie Coale am Samstag vor Journalisten erklärte.", "de") == []


# ---------------------------------------------------------------- Spanish ---


def test_spanish_direct_quote_then_speaker() -> None:
    rows = attributions_from_text("«Seguiremos contando a cada preso», dijo Anna Berg, la portavoz de Viasna.",
                                  lookup=_none, langs=["es"])
    assert [(r["speaker_norm"], r["speaker_type"], r["cue"], r["direct"]) for r in rows] == [
        ("Anna Berg", "rights_group", "dijo", True)]
    assert rows[0]["quote"] == "Seguiremos contando a cada preso"


def test_spanish_indirect_speech_envoy_ministry_and_agency() -> None:
    assert _rows("El enviado especial estadounidense John Coale afirmó el sábado que las conversaciones fueron muy "
                 "productivas.", "es") == [("John Coale", "government", "afirmó", False)]
    rows = attributions_from_text("El Ministerio de Exteriores lituano informó en un comunicado que 52 detenidos "
                                  "cruzaron la frontera.", lookup=_none, langs=["es"])
    assert [(r["speaker_type"], r["speaker_country"], r["cue"], r["quote"]) for r in rows] == [
        ("government", "Lithuania", "informó en un comunicado", "52 detenidos cruzaron la frontera")]
    assert _rows("Según la agencia estatal Belta, los presos fueron indultados.", "es") == [
        ("Belta", "state_media", "según", False)]
    assert _rows("Un portavoz del Gobierno dijo a la agencia EFE que la situación seguía tensa.", "es") == [
        (None, "government", "dijo a la agencia EFE", False)]
    assert _rows("De acuerdo con Amnistía Internacional, más de 1.000 personas siguen detenidas.", "es") == [
        ("Amnistía Internacional", "rights_group", "de acuerdo con", False)]


def test_spanish_second_verb_and_pronoun() -> None:
    text = ("La líder opositora en el exilio Svetlana Tijanóvskaya celebró las liberaciones y pidió liberar a todos "
            "los presos. Ella también aseguró que las familias esperan noticias.")
    assert _rows(text, "es") == [("Svetlana Tijanóvskaya", "opposition", "celebró", False),
                                 ("Svetlana Tijanóvskaya", "opposition", "pidió", False),
                                 ("Svetlana Tijanóvskaya", "opposition", "aseguró", False)]


# ----------------------------------------------------------------- Polish ---


def test_polish_direct_quote_then_speaker() -> None:
    text = ("„Nie ustaniemy, dopóki wszyscy więźniowie nie wyjdą na wolność” – powiedziała rzeczniczka "
            "Centrum Praw Człowieka Wiasna Anna Berg.")
    rows = attributions_from_text(text, lookup=_none, langs=["pl"])
    assert [(r["speaker_norm"], r["speaker_type"], r["cue"], r["direct"]) for r in rows] == [
        ("Anna Berg", "rights_group", "powiedziała", True)]


def test_polish_spokesman_ministry_agency_and_envoy() -> None:
    rows = attributions_from_text("Rzecznik MSZ Paweł Wroński powiedział w sobotę, że granica pozostanie otwarta.",
                                  lookup=_none, langs=["pl"])
    assert [(r["speaker_norm"], r["speaker_type"], r["cue"], r["quote"]) for r in rows] == [
        ("Paweł Wroński", "government", "powiedział", "granica pozostanie otwarta")]
    rows = attributions_from_text("O tym poinformowało w komunikacie litewskie ministerstwo spraw zagranicznych.",
                                  lookup=_none, langs=["pl"])
    assert [(r["speaker_type"], r["speaker_country"], r["cue"], r["quote"]) for r in rows] == [
        ("government", "Lithuania", "poinformowało w komunikacie", None)]
    assert _rows("Według państwowej agencji Belta więźniowie zostali ułaskawieni.", "pl") == [
        ("Belta", "state_media", "według", False)]
    rows = attributions_from_text("Jak przekazał PAP specjalny wysłannik USA John Coale, rozmowy były bardzo owocne.",
                                  lookup=_none, langs=["pl"])
    assert [(r["speaker_norm"], r["speaker_type"], r["speaker_country"], r["cue"], r["quote"]) for r in rows] == [
        ("John Coale", "government", "US", "przekazał PAP", "rozmowy były bardzo owocne")]
    assert _rows("Amerykański Departament Stanu poinformował, że sankcje zostaną złagodzone.", "pl") == [
        (None, "government", "poinformował", False)]


# ------------------------------------------------------------- Ukrainian ---


def test_ukrainian_direct_quote_then_speaker() -> None:
    # (a quoted organisation name before the speaker's name, «Вясна» Анна Берг, is read into the name)
    text = "«Ми продовжимо рахувати кожного політв'язня», – сказала речниця правозахисного центру Анна Берг."
    rows = attributions_from_text(text, lookup=_none, langs=["uk"])
    assert [(r["speaker_norm"], r["speaker_type"], r["cue"], r["direct"]) for r in rows] == [
        ("Анна Берг", "rights_group", "сказала", True)]


def test_ukrainian_press_service_envoy_according_and_agency() -> None:
    rows = attributions_from_text("Про це повідомила прес-служба Міністерства закордонних справ Литви.",
                                  lookup=_none, langs=["uk"])
    assert [(r["speaker_type"], r["speaker_country"], r["cue"], r["quote"]) for r in rows] == [
        ("government", "Lithuania", "повідомила", None)]
    rows = attributions_from_text("Як заявив журналістам спецпосланець США Джон Коул, переговори були дуже "
                                  "продуктивними.", lookup=_none, langs=["uk"])
    assert [(r["speaker_norm"], r["speaker_type"], r["speaker_country"], r["cue"], r["quote"]) for r in rows] == [
        ("Джон Коул", "government", "US", "заявив журналістам", "переговори були дуже продуктивними")]
    assert _rows("За словами лідерки білоруської опозиції Світлани Тихановської, звільнення – лише перший крок.",
                 "uk") == [("Світлани Тихановської", "opposition", "за словами", False)]
    assert _rows("Білоруське державне агентство БелТА повідомило, що помилувано 123 особи.", "uk") == [
        ("БелТА", "state_media", "повідомило", False)]
    assert _rows("У МЗС України зазначили, що стежать за ситуацією.", "uk") == [
        (None, "government", "зазначили", False)]


# ------------------------------------------------- Italian and Portuguese ---


@pytest.mark.parametrize(("lang", "lines"), [
    ("it", [
        ("«Continueremo a contare ogni prigioniero», ha detto Anna Berg, la portavoce di Viasna.",
         ("Anna Berg", "rights_group", "ha detto", True)),
        ("L'inviato speciale statunitense John Coale ha dichiarato sabato che i colloqui sono stati molto produttivi.",
         ("John Coale", "government", "ha dichiarato", False)),
        ("Il ministero degli Esteri lituano ha riferito in una nota che 52 detenuti hanno attraversato il confine.",
         (None, "government", "ha riferito in una nota", False)),
        ("Secondo l'agenzia statale Belta, i prigionieri sono stati graziati.",
         ("Belta", "state_media", "secondo", False)),
        ("Un portavoce del governo ha detto all'ANSA che la situazione resta tesa.",
         (None, "government", "ha detto all'ANSA", False)),
    ]),
    ("pt", [
        ("«Vamos continuar a contar cada preso», disse Anna Berg, a porta-voz da Viasna.",
         ("Anna Berg", "rights_group", "disse", True)),
        ("O enviado especial norte-americano John Coale afirmou no sábado que as conversações foram muito produtivas.",
         ("John Coale", "government", "afirmou", False)),
        ("O Ministério dos Negócios Estrangeiros lituano informou em comunicado que 52 detidos atravessaram a "
         "fronteira.", (None, "government", "informou em comunicado", False)),
        ("Segundo a agência estatal Belta, os presos foram indultados.", ("Belta", "state_media", "segundo", False)),
        ("Um porta-voz do Governo disse à Lusa que a situação continua tensa.",
         (None, "government", "disse à Lusa", False)),
    ]),
])
def test_italian_and_portuguese_practice_sentences(lang: str, lines: list) -> None:
    for text, expected in lines:
        assert _rows(text, lang) == [expected], text


# ------------------------------------------------------------- Lithuanian ---


def test_lithuanian_practice_sentences() -> None:
    rows = attributions_from_text("„Mes toliau skaičiuosime kiekvieną politinį kalinį“, – sakė žmogaus teisių centro "
                                  "atstovė Ona Vaitkutė.", lookup=_none, langs=["lt"])
    assert [(r["speaker_norm"], r["speaker_type"], r["cue"], r["direct"]) for r in rows] == [
        ("Ona Vaitkutė", "rights_group", "sakė", True)]
    rows = attributions_from_text("Apie tai pranešė Lietuvos užsienio reikalų ministerija.", lookup=_none, langs=["lt"])
    assert [(r["speaker_type"], r["speaker_country"], r["cue"], r["quote"]) for r in rows] == [
        ("government", "Lithuania", "pranešė", None)]
    assert _rows("Pasak valstybinės naujienų agentūros Belta, kaliniai buvo pasigailėti.", "lt") == [
        ("Belta", "state_media", "pasak", False)]
    rows = attributions_from_text("Kaip pranešė BNS JAV specialusis pasiuntinys John Coale, derybos buvo labai "
                                  "produktyvios.", lookup=_none, langs=["lt"])
    assert [(r["speaker_norm"], r["speaker_country"], r["cue"], r["quote"]) for r in rows] == [
        ("John Coale", "US", "pranešė BNS", "derybos buvo labai produktyvios")]
    assert _rows("Opozicijos lyderė Sviatlana Cichanouskaja sakė, kad tai tik pirmas žingsnis.", "lt") == [
        ("Sviatlana Cichanouskaja", "opposition", "sakė", False)]


def test_an_opening_mark_never_closed_opens_no_quotation() -> None:
    # „Belavia" is closed by a straight quote: the sentence is reported speech, and the next one no quotation
    text = ("Po susitikimo Coale'as pranešė, kad JAV sušvelnina sankcijas aviakompanijai „Belavia\". "
            "Bendrovė galės įsigyti atsarginių dalių.")
    rows = attributions_from_text(text, lookup=_none, langs=["lt"])
    assert [(r["speaker_norm"], r["cue"], r["direct"], r["quote"]) for r in rows] == [
        ("Coale'as", "pranešė", False, "JAV sušvelnina sankcijas aviakompanijai „Belavia\"")]


def test_a_straight_quote_closes_a_typographic_opening_mark() -> None:
    text = ("„Für die Familien ist das ein Tag der Erleichterung, politisch aber noch keine Wende\", sagt Jonas Adler "
            "vom Osteuropa-Forum.")
    rows = attributions_from_text(text, lookup=_none, langs=["de"])
    assert [(r["speaker_norm"], r["cue"], r["direct"], r["quote"]) for r in rows] == [
        ("Jonas Adler", "sagt", True, "Für die Familien ist das ein Tag der Erleichterung, politisch aber noch keine Wende")]
