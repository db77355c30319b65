"""Second vocabulary and construction sweep of French, Italian, Spanish and Portuguese.

Constructions: prisoners taken to or across a border ("reconduits à la frontière",
"ont franchi la frontière", "expulsés vers la Lituanie"), an exchange named first and
each side's count after it ("Échange de prisonniers : chacune des deux capitales a
relâché 90 militaires"; "si sono restituiti a vicenda 60 soldati ciascuno"), acts of
clemency ("provvedimento di clemenza", "medida de gracia", "medida de clemência"),
designations by the US Treasury ("l'OFAC a désigné", "il Tesoro ha designato"),
sanctions licences ("a accordé une licence", "ha concesso una licenza"), liberty
regained with a date between verb and noun ("recobraron el jueves la libertad"),
repatriation after captivity, listings of private persons ("particulares") and ship
owners ("armateurs"), "the largest exchange since ..." (no running total), "in
exchange for the lifting of sanctions" (a condition, not an easing), "no longer on the
list since Tuesday" (taken off that day), demands with
"instar ... a pôr em liberdade", talks that "are to continue" (expected), and
look-alikes (a taxi licence, the maintenance of aircraft, funds freed).

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from eventcases import stated

S, F, J, W, T, M = ("2025-12-13", "2025-12-12", "2025-12-11", "2025-12-10", "2025-12-09",
                    "2025-12-08")
R, P, SI, SE, SL, TK = ("release", "pardon", "sanctions_imposed", "sanctions_eased",
                        "sanctions_lifted", "talks")

# (language, sentence, sorted (type, count, date) of the events stated; the date is None
# where the sentence states none)
CORE = [
    # ---- French
    ("fr", "Quatorze prisonniers politiques ont recouvré la liberté samedi.", [(R, 14, S)]),
    ("fr", "Le journaliste a été remis en liberté vendredi.", [(R, None, F)]),
    ("fr", "Le régime a fait sortir de prison 12 opposants mercredi.", [(R, 12, W)]),
    ("fr", "Les 52 détenus ont franchi la frontière lituanienne samedi.", [(R, 52, S)]),
    ("fr", "Les deux Français sont rentrés en France vendredi après trois ans de détention.",
     [(R, 2, F)]),
    ("fr", "La libération de 31 Ukrainiens a eu lieu samedi.", [(R, 31, S)]),
    ("fr", "Moscou et Kiev ont procédé samedi à un échange de 84 prisonniers.", [(R, 84, S)]),
    ("fr", "Le militant est sorti de sa colonie pénitentiaire jeudi.", [(R, None, J)]),
    ("fr", "Minsk a expulsé vers la Lituanie 14 prisonniers samedi.", [(R, 14, S)]),
    ("fr", "Loukachenko a signé jeudi un décret graciant 16 personnes.", [(P, 16, J)]),
    ("fr", "Seize condamnés ont bénéficié d'une grâce présidentielle jeudi.", [(P, 16, J)]),
    ("fr", "Le chef de l'État a accordé sa grâce à 25 détenus mardi.", [(P, 25, T)]),
    ("fr", "Loukachenko a commué mardi la peine de 10 condamnés.", [(P, 10, T)]),
    ("fr", "L'UE a adopté mardi un nouveau train de sanctions contre le Bélarus.",
     [(SI, None, T)]),
    ("fr", "Washington a sanctionné vendredi 19 personnes et 14 entités.", [(SI, 33, F)]),
    ("fr", "Le Royaume-Uni a ajouté jeudi 12 personnes à sa liste de sanctions.",
     [(SI, 12, J)]),
    ("fr", "Ottawa a inscrit mardi 21 particuliers sur sa liste noire.", [(SI, 21, T)]),
    ("fr", "Les États-Unis ont gelé vendredi les avoirs de 9 entreprises.", [(SI, 9, F)]),
    ("fr", "Le Trésor a désigné lundi 8 navires de la flotte fantôme.", [(SI, 8, M)]),
    ("fr", "L'UE a frappé de sanctions jeudi 28 juges bélarusses.", [(SI, 28, J)]),
    ("fr", "De nouvelles sanctions sont entrées en vigueur lundi.", [(SI, None, M)]),
    ("fr", "Washington a levé vendredi les sanctions visant Belavia.", [(SL, None, F)]),
    ("fr", "Les sanctions contre la potasse bélarusse ont été levées samedi.",
     [(SL, None, S)]),
    ("fr", "Le Trésor a retiré jeudi Belavia de la liste des entités sanctionnées.",
     [(SL, None, J)]),
    ("fr", "Les États-Unis ont assoupli mardi les sanctions contre le secteur de la potasse.",
     [(SE, None, T)]),
    ("fr", "L'OFAC a délivré lundi une licence générale autorisant les transactions avec "
           "Belavia.", [(SE, None, M)]),
    ("fr", "Washington a suspendu samedi une partie des sanctions contre Belaruskali.",
     [(SE, None, S)]),
    ("fr", "La levée des sanctions sur la potasse a été annoncée samedi.", [(SL, None, S)]),
    ("fr", "Loukachenko s'est entretenu samedi avec l'émissaire américain John Coale.",
     [(TK, None, S)]),
    ("fr", "Les présidents russe et bélarusse se sont parlé au téléphone mardi.",
     [(TK, None, T)]),
    ("fr", "Emmanuel Macron a eu mardi un échange téléphonique avec Vladimir Poutine.",
     [(TK, None, T)]),
    ("fr", "Des négociations se sont tenues jeudi à Minsk entre les États-Unis et le Bélarus.",
     [(TK, None, J)]),
    ("fr", "Le président bélarusse a reçu vendredi à Minsk une délégation américaine.",
     [(TK, None, F)]),
    ("fr", "John Coale a rencontré Loukachenko samedi.", [(TK, None, S)]),
    # ---- Italian
    ("it", "Il giornalista è uscito dal carcere venerdì.", [(R, None, F)]),
    ("it", "Dodici detenuti hanno riacquistato la libertà giovedì.", [(R, 12, J)]),
    ("it", "Sabato Mosca e Kiev hanno effettuato uno scambio di 84 prigionieri.",
     [(R, 84, S)]),
    ("it", "I 31 ucraini sono stati restituiti a Kiev sabato.", [(R, 31, S)]),
    ("it", "Le autorità hanno rilasciato mercoledì 18 attivisti.", [(R, 18, W)]),
    ("it", "Il cooperante è stato rimpatriato venerdì dopo due anni di detenzione.",
     [(R, None, F)]),
    ("it", "Sono stati rimessi in libertà sabato 14 prigionieri politici.", [(R, 14, S)]),
    ("it", "Lukashenko ha firmato giovedì un decreto di grazia per 16 persone.",
     [(P, 16, J)]),
    ("it", "Sedici condannati hanno ottenuto la grazia giovedì.", [(P, 16, J)]),
    ("it", "Il presidente ha concesso la grazia a 25 detenuti martedì.", [(P, 25, T)]),
    ("it", "L'Ue ha varato martedì il diciannovesimo pacchetto di sanzioni contro la Russia.",
     [(SI, None, T)]),
    ("it", "Washington ha sanzionato venerdì 19 persone e 14 entità.", [(SI, 33, F)]),
    ("it", "Il Regno Unito ha inserito giovedì 12 persone nella sua lista delle sanzioni.",
     [(SI, 12, J)]),
    ("it", "Il Tesoro ha designato lunedì 8 navi della flotta ombra.", [(SI, 8, M)]),
    ("it", "Gli Stati Uniti hanno congelato venerdì i beni di 9 aziende.", [(SI, 9, F)]),
    ("it", "Le nuove sanzioni sono entrate in vigore lunedì.", [(SI, None, M)]),
    ("it", "Il Tesoro ha tolto venerdì le sanzioni a Belavia.", [(SL, None, F)]),
    ("it", "Washington ha allentato sabato le sanzioni sul potassio bielorusso.",
     [(SE, None, S)]),
    ("it", "L'Ofac ha rilasciato lunedì una licenza generale per Belavia.", [(SE, None, M)]),
    ("it", "Belavia è stata cancellata giovedì dalla lista nera del Tesoro.",
     [(SL, None, J)]),
    ("it", "La revoca delle sanzioni sul potassio è stata annunciata sabato.",
     [(SL, None, S)]),
    ("it", "Lukashenko ha incontrato sabato l'inviato americano John Coale.",
     [(TK, None, S)]),
    ("it", "I presidenti russo e bielorusso si sono sentiti al telefono martedì.",
     [(TK, None, T)]),
    ("it", "Meloni ha avuto martedì un colloquio telefonico con Zelensky.", [(TK, None, T)]),
    ("it", "Si sono svolti giovedì a Minsk i negoziati tra Stati Uniti e Bielorussia.",
     [(TK, None, J)]),
    ("it", "Il presidente bielorusso ha ricevuto venerdì a Minsk una delegazione americana.",
     [(TK, None, F)]),
    # ---- Spanish
    ("es", "Catorce presos políticos salieron de prisión el sábado.", [(R, 14, S)]),
    ("es", "El periodista fue puesto en libertad el viernes.", [(R, None, F)]),
    ("es", "Doce detenidos recuperaron la libertad el jueves.", [(R, 12, J)]),
    ("es", "Los 52 presos fueron trasladados a Lituania el sábado.", [(R, 52, S)]),
    ("es", "Rusia y Ucrania intercambiaron el sábado 84 prisioneros.", [(R, 84, S)]),
    ("es", "Las autoridades soltaron el miércoles a 18 activistas.", [(R, 18, W)]),
    ("es", "El cooperante fue repatriado el viernes tras dos años de cautiverio.",
     [(R, None, F)]),
    ("es", "Minsk excarceló el jueves a 12 opositores.", [(R, 12, J)]),
    ("es", "Fueron liberados en la madrugada del sábado 20 presos.", [(R, 20, S)]),
    ("es", "Lukashenko firmó el jueves un decreto de indulto para 16 personas.",
     [(P, 16, J)]),
    ("es", "Dieciséis condenados recibieron el indulto el jueves.", [(P, 16, J)]),
    ("es", "El presidente concedió el indulto a 25 presos el martes.", [(P, 25, T)]),
    ("es", "La UE aprobó el martes el decimonoveno paquete de sanciones contra Rusia.",
     [(SI, None, T)]),
    ("es", "Washington sancionó el viernes a 19 personas y 14 entidades.", [(SI, 33, F)]),
    ("es", "El Reino Unido incluyó el jueves a 12 personas en su lista de sanciones.",
     [(SI, 12, J)]),
    ("es", "El Tesoro designó el lunes a 8 buques de la flota fantasma.", [(SI, 8, M)]),
    ("es", "EE.UU. congeló el viernes los activos de 9 empresas.", [(SI, 9, F)]),
    ("es", "Las nuevas sanciones entraron en vigor el lunes.", [(SI, None, M)]),
    ("es", "Washington levantó el viernes las sanciones contra Belavia.", [(SL, None, F)]),
    ("es", "EE.UU. alivió el sábado las sanciones al potasio bielorruso.", [(SE, None, S)]),
    ("es", "La OFAC emitió el lunes una licencia general para Belavia.", [(SE, None, M)]),
    ("es", "Belavia fue retirada el jueves de la lista negra del Tesoro.", [(SL, None, J)]),
    # the day of the announcement does not date the lifting (es labels)
    ("es", "El levantamiento de las sanciones al potasio se anunció el sábado.",
     [(SL, None, None)]),
    ("es", "Lukashenko se reunió el sábado con el enviado estadounidense John Coale.",
     [(TK, None, S)]),
    ("es", "Los presidentes ruso y bielorruso hablaron por teléfono el martes.",
     [(TK, None, T)]),
    ("es", "Sánchez mantuvo el martes una conversación telefónica con Zelenski.",
     [(TK, None, T)]),
    ("es", "Las negociaciones entre Estados Unidos y Bielorrusia se celebraron el jueves "
           "en Minsk.", [(TK, None, J)]),
    ("es", "El presidente bielorruso recibió el viernes en Minsk a una delegación "
           "estadounidense.", [(TK, None, F)]),
    # ---- Portuguese
    ("pt", "Catorze presos políticos saíram da prisão no sábado.", [(R, 14, S)]),
    ("pt", "O jornalista foi posto em liberdade na sexta-feira.", [(R, None, F)]),
    ("pt", "Doze detidos recuperaram a liberdade na quinta-feira.", [(R, 12, J)]),
    ("pt", "Os 52 presos foram levados para a Lituânia no sábado.", [(R, 52, S)]),
    ("pt", "A Rússia e a Ucrânia trocaram no sábado 84 prisioneiros.", [(R, 84, S)]),
    ("pt", "As autoridades soltaram na quarta-feira 18 ativistas.", [(R, 18, W)]),
    ("pt", "O cooperante foi repatriado na sexta-feira após dois anos de cativeiro.",
     [(R, None, F)]),
    ("pt", "Minsk libertou na quinta-feira 12 opositores.", [(R, 12, J)]),
    ("pt", "Lukashenko assinou na quinta-feira um decreto de indulto para 16 pessoas.",
     [(P, 16, J)]),
    ("pt", "Dezasseis condenados receberam o indulto na quinta-feira.", [(P, 16, J)]),
    ("pt", "O presidente concedeu o perdão a 25 presos na terça-feira.", [(P, 25, T)]),
    ("pt", "A UE aprovou na terça-feira o 19.º pacote de sanções contra a Rússia.",
     [(SI, None, T)]),
    ("pt", "Washington sancionou na sexta-feira 19 pessoas e 14 entidades.", [(SI, 33, F)]),
    ("pt", "O Reino Unido incluiu na quinta-feira 12 pessoas na sua lista de sanções.",
     [(SI, 12, J)]),
    ("pt", "O Tesouro designou na segunda-feira 8 navios da frota fantasma.", [(SI, 8, M)]),
    ("pt", "Os EUA congelaram na sexta-feira os ativos de 9 empresas.", [(SI, 9, F)]),
    ("pt", "As novas sanções entraram em vigor na segunda-feira.", [(SI, None, M)]),
    ("pt", "Washington levantou na sexta-feira as sanções contra a Belavia.",
     [(SL, None, F)]),
    ("pt", "Os EUA aliviaram no sábado as sanções ao potássio bielorrusso.", [(SE, None, S)]),
    ("pt", "A OFAC emitiu na segunda-feira uma licença geral para a Belavia.",
     [(SE, None, M)]),
    ("pt", "A Belavia foi retirada na quinta-feira da lista negra do Tesouro.",
     [(SL, None, J)]),
    ("pt", "Lukashenko reuniu-se no sábado com o enviado norte-americano John Coale.",
     [(TK, None, S)]),
    ("pt", "Os presidentes russo e bielorrusso falaram por telefone na terça-feira.",
     [(TK, None, T)]),
    ("pt", "Lula teve na terça-feira uma conversa telefónica com Putin.", [(TK, None, T)]),
    ("pt", "As negociações entre os EUA e a Bielorrússia decorreram na quinta-feira em Minsk.",
     [(TK, None, J)]),
    ("pt", "O presidente bielorrusso recebeu na sexta-feira em Minsk uma delegação "
           "americana.", [(TK, None, F)]),
]

FORMS = [
    # headlines in the present tense
    ("fr", "Minsk relâche 18 prisonniers politiques", [(R, 18, None)]),
    ("fr", "Le Bélarus gracie 25 condamnés à la veille de la fête nationale", [(P, 25, None)]),
    ("fr", "Washington lève ses sanctions contre Belavia", [(SL, None, None)]),
    ("fr", "Bruxelles durcit ses sanctions contre Minsk", [(SI, None, None)]),
    ("it", "Minsk scarcera 18 prigionieri politici", [(R, 18, None)]),
    ("it", "Bruxelles inasprisce le sanzioni contro Minsk", [(SI, None, None)]),
    ("it", "Washington revoca le sanzioni contro Belavia", [(SL, None, None)]),
    ("es", "Minsk excarcela a 18 presos políticos", [(R, 18, None)]),
    ("es", "Bruselas endurece las sanciones contra Minsk", [(SI, None, None)]),
    ("es", "Washington levanta las sanciones a Belavia", [(SL, None, None)]),
    ("pt", "Minsk liberta 18 presos políticos", [(R, 18, None)]),
    ("pt", "Bruxelas endurece as sanções contra Minsk", [(SI, None, None)]),
    ("pt", "Washington levanta sanções à Belavia", [(SL, None, None)]),
    # passives and participles
    ("fr", "Dix-huit opposants, libérés samedi, ont gagné la Lituanie.", [(R, 18, S)]),
    ("fr", "Vingt condamnés ont été amnistiés vendredi.", [(P, 20, F)]),
    ("fr", "Les avoirs de 12 oligarques ont été gelés mardi.", [(SI, 12, T)]),
    ("fr", "Belavia a été radiée mardi de la liste SDN.", [(SL, None, T)]),
    ("it", "Diciotto oppositori, liberati sabato, hanno raggiunto la Lituania.", [(R, 18, S)]),
    ("it", "Venti condannati sono stati amnistiati venerdì.", [(P, 20, F)]),
    ("it", "I beni di 12 oligarchi sono stati congelati martedì.", [(SI, 12, T)]),
    ("it", "Belavia è stata rimossa martedì dalla lista SDN.", [(SL, None, T)]),
    ("es", "Dieciocho opositores, liberados el sábado, llegaron a Lituania.", [(R, 18, S)]),
    ("es", "Veinte condenados fueron amnistiados el viernes.", [(P, 20, F)]),
    ("es", "Los activos de 12 oligarcas fueron congelados el martes.", [(SI, 12, T)]),
    ("es", "Belavia fue excluida el martes de la lista SDN.", [(SL, None, T)]),
    ("pt", "Dezoito opositores, libertados no sábado, chegaram à Lituânia.", [(R, 18, S)]),
    ("pt", "Vinte condenados foram amnistiados na sexta-feira.", [(P, 20, F)]),
    ("pt", "Os ativos de 12 oligarcas foram congelados na terça-feira.", [(SI, 12, T)]),
    ("pt", "A Belavia foi removida na terça-feira da lista SDN.", [(SL, None, T)]),
    # nominalisations with a date
    ("fr", "La remise en liberté de 14 détenus samedi a surpris les observateurs.",
     [(R, 14, S)]),
    ("fr", "L'allègement des sanctions annoncé mardi concerne la potasse.", [(SE, None, T)]),
    ("it", "La scarcerazione di 14 detenuti sabato ha sorpreso gli osservatori.",
     [(R, 14, S)]),
    ("es", "La excarcelación de 14 presos el sábado sorprendió a los observadores.",
     [(R, 14, S)]),
    ("es", "La flexibilización de las sanciones anunciada el martes afecta al potasio.",
     [(SE, None, T)]),
    ("pt", "A libertação de 14 presos no sábado surpreendeu os observadores.", [(R, 14, S)]),
    ("pt", "O alívio das sanções anunciado na terça-feira abrange o potássio.",
     [(SE, None, T)]),
    # idioms of letting go
    ("fr", "Le régime a laissé partir samedi 14 prisonniers.", [(R, 14, S)]),
    ("it", "Il regime ha lasciato partire sabato 14 detenuti.", [(R, 14, S)]),
    ("es", "Catorce presos abandonaron la cárcel el sábado.", [(R, 14, S)]),
    ("es", "El régimen dejó en libertad el sábado a 14 presos.", [(R, 14, S)]),
    ("pt", "Catorze presos deixaram a prisão no sábado.", [(R, 14, S)]),
    ("pt", "O regime pôs em liberdade no sábado 14 presos.", [(R, 14, S)]),
    ("pt", "Catorze presos foram postos em liberdade no sábado.", [(R, 14, S)]),
    # calls
    ("fr", "Emmanuel Macron s'est entretenu par téléphone jeudi avec Vladimir Poutine.",
     [(TK, None, J)]),
    ("it", "Giorgia Meloni ha sentito al telefono giovedì Volodymyr Zelensky.",
     [(TK, None, J)]),
    ("es", "Pedro Sánchez conversó por teléfono el jueves con Volodímir Zelenski.",
     [(TK, None, J)]),
    ("pt", "Lula conversou por telefone na quinta-feira com Vladimir Putin.", [(TK, None, J)]),
]

CONSTRUCTIONS = [
    # taken across the border after a pardon: a release as well
    ("fr", "Les 40 condamnés graciés jeudi ont été reconduits à la frontière polonaise.",
     [(P, 40, J), (R, 40, J)]),
    ("fr", "Vingt détenus ont été libérés mardi et conduits jusqu'à la frontière "
           "lettone.", [(R, 20, T)]),
    # the exchange named first, then each side's count
    ("fr", "Échange de prisonniers à la frontière : chacune des deux capitales a relâché "
           "mardi 90 militaires.", [(R, 90, T)]),
    ("it", "Scambio di prigionieri mediato dal Qatar: martedì Mosca e Kiev si sono "
           "restituiti a vicenda 60 soldati ciascuna.", [(R, 60, T)]),
    # clemency
    ("it", "Venti detenute hanno beneficiato dell'atto di clemenza firmato martedì.",
     [(P, 20, T)]),
    ("fr", "Une mesure de clémence a touché jeudi 22 condamnés.", [(P, 22, J)]),
    ("es", "Los 18 presos a los que Lukashenko otorgó el martes la medida de gracia "
           "llegaron a Vilna.", [(P, 18, T)]),
    ("pt", "Lukashenko assinou na terça-feira uma medida de clemência para 18 presos.",
     [(P, 18, T)]),
    # Treasury designations; private persons and ship owners listed
    ("es", "La OFAC designó el martes a 11 personas y cuatro entidades.", [(SI, 15, T)]),
    ("fr", "L'OFAC a désigné mardi 11 personnes et quatre entités.", [(SI, 15, T)]),
    ("it", "Il Tesoro ha designato martedì 11 persone e quattro entità.", [(SI, 15, T)]),
    ("pt", "A OFAC designou na terça-feira 11 pessoas e quatro entidades.", [(SI, 15, T)]),
    ("es", "Ottawa sancionó el martes a 12 particulares y tres empresas.", [(SI, 15, T)]),
    ("fr", "Londres a gelé jeudi les avoirs de sept armateurs grecs.", [(SI, 7, J)]),
    ("pt", "Bruxelas alargou em 3 de março a lista negra a 12 responsáveis.",
     [(SI, 12, "2025-03-03")]),
    # a sanctions licence
    ("fr", "Washington a accordé jeudi à la compagnie une licence lui permettant d'acheter "
           "des pièces.", [(SE, None, J)]),
    ("it", "Washington ha concesso giovedì alla compagnia una licenza che le consente di "
           "acquistare ricambi.", [(SE, None, J)]),
    # liberty regained, the date between verb and noun
    ("es", "Nueve presos políticos recobraron el jueves la libertad.", [(R, 9, J)]),
    ("pt", "Nove presos políticos recuperaram na quinta-feira a liberdade.", [(R, 9, J)]),
    ("it", "Nove prigionieri politici hanno riacquistato giovedì la libertà.", [(R, 9, J)]),
    # "the largest exchange since ...": a record, not a running total
    ("es", "Rusia y Ucrania canjearon el jueves 150 prisioneros por bando, el mayor "
           "intercambio desde el inicio de la guerra.", [(R, 150, J)]),
    ("pt", "A Rússia e a Ucrânia trocaram na quinta-feira 150 prisioneiros cada uma, a maior "
           "troca desde o início da guerra.", [(R, 150, J)]),
    # "in exchange for the lifting of sanctions": a condition, no easing of its own
    ("pt", "Em troca do levantamento das sanções, Lukashenko indultou na quinta-feira 18 "
           "presos.", [(P, 18, J)]),
    ("es", "A cambio del levantamiento de las sanciones, Lukashenko indultó el jueves a 18 "
           "presos.", [(P, 18, J)]),
    ("fr", "En échange de la levée des sanctions, Loukachenko a gracié jeudi 18 détenus.",
     [(P, 18, J)]),
    # "no longer on the list (since Tuesday)": taken off the list that day
    ("fr", "La compagnie ne figure plus depuis mardi sur la liste des entités sanctionnées.",
     [(SL, None, T)]),
    ("pt", "A companhia deixou de figurar na terça-feira na lista de entidades sancionadas.",
     [(SL, None, T)]),
    ("es", "Desde el martes, la aerolínea ya no figura en la lista de entidades sancionadas.",
     [(SL, None, None)]),
    ("it", "La compagnia non figura più nella lista delle entità sanzionate.",
     [(SL, None, None)]),
]

QUIET = [
    ("fr", "La préfecture a accordé lundi une licence de taxi à 12 chauffeurs."),
    ("fr", "L'entretien des routes a coûté cher à la commune."),
    ("fr", "Le gouvernement a libéré 3 milliards d'euros pour les hôpitaux."),
    ("fr", "Le club a libéré son gardien en fin de contrat samedi."),
    ("fr", "La banque centrale a levé ses restrictions sur les retraits lundi."),
    ("it", "Il comune ha concesso lunedì una licenza edilizia a 12 famiglie."),
    ("it", "Il divieto di transito per i camion scatta lunedì."),
    ("it", "La Juventus ha liberato il centrocampista a parametro zero."),
    ("es", "El ayuntamiento concedió el lunes una licencia de obras a 12 vecinos."),
    ("es", "El Gobierno liberó 300 millones de euros para la reconstrucción."),
    ("es", "El club dejó salir al delantero rumbo a Italia."),
    ("pt", "A câmara concedeu na segunda-feira uma licença de obras a 12 moradores."),
    ("pt", "O governo libertou verbas de 30 milhões para as escolas."),
    ("pt", "O clube trocou o treinador no sábado."),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), CORE + FORMS + CONSTRUCTIONS)
def test_sweep(language: str, sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, language) == sorted(expected, key=str)


@pytest.mark.parametrize(("language", "sentence"), QUIET)
def test_other_senses_stay_quiet(language: str, sentence: str) -> None:
    assert stated(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # talks that "are to continue": expected, beside the talks held
        ("fr", "Le ministre s'est entretenu jeudi avec son homologue bélarusse ; les "
               "discussions doivent se poursuivre ce samedi.",
         [(TK, None, J, "reported"), (TK, None, S, "expected")]),
        # urging Minsk to set free: a demand
        ("pt", "As ONG voltaram a instar Minsk a pôr em liberdade todos os presos políticos.",
         [(R, None, None, "demanded")]),
        ("es", "Las ONG instaron de nuevo a Minsk a poner en libertad a todos los presos "
               "políticos.", [(R, None, None, "demanded")]),
    ],
)
def test_moods(language: str, sentence: str, expected: list[tuple]) -> None:
    assert stated(sentence, language, modality=True) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("language", "sentence", "modality"),
    [
        ("fr", "L'UE exhorte Minsk à relâcher sans délai les prisonniers politiques.", "demanded"),
        ("fr", "Les ONG réclament la remise en liberté de tous les détenus.", "demanded"),
        ("fr", "Minsk pourrait gracier d'autres détenus d'ici la fin de l'année.", "expected"),
        ("fr", "Washington envisage d'alléger les sanctions contre Belavia.", "expected"),
        ("it", "L'Ue esorta Minsk a scarcerare subito i prigionieri politici.", "demanded"),
        ("it", "Le ong chiedono la liberazione di tutti i detenuti.", "demanded"),
        ("it", "Minsk potrebbe graziare altri detenuti entro fine anno.", "expected"),
        ("it", "Washington valuta di allentare le sanzioni contro Belavia.", "expected"),
        ("es", "La UE insta a Minsk a excarcelar sin demora a los presos políticos.", "demanded"),
        ("es", "Las ONG reclaman la liberación de todos los detenidos.", "demanded"),
        ("es", "Minsk podría indultar a más presos antes de fin de año.", "expected"),
        ("es", "Washington estudia aliviar las sanciones contra Belavia.", "expected"),
        ("pt", "A UE exorta Minsk a libertar sem demora os presos políticos.", "demanded"),
        ("pt", "As ONG reclamam a libertação de todos os detidos.", "demanded"),
        ("pt", "Minsk poderá indultar mais presos até ao fim do ano.", "expected"),
        ("pt", "Washington pondera aliviar as sanções contra a Belavia.", "expected"),
    ],
)
def test_demands_and_plans(language: str, sentence: str, modality: str) -> None:
    moods = {row[-1] for row in stated(sentence, language, modality=True)}
    assert moods == {modality}
