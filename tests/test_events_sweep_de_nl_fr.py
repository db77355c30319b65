"""Vocabulary and construction sweep of event recall in German, Dutch and French.

For each event type (release, pardon, exchange, sanctions imposed / eased / lifted, list
removal, talks) the ways the press of each language says it: verbs with their separable,
reflexive and passive forms, participles, nominalisations and idioms ("auf freien Fuß
gesetzt", "op vrije voeten gesteld", "remis en liberté", "gratie verleend", "a accordé sa
grâce"), and words with another sense that must stay quiet ("gibt Mittel frei", "verlengde
het contract", "libérer les énergies"). Renewing existing measures ("verlängert",
"verlengd", "prolongé", "reconduit") is not a new imposition, as the challenge labels have it.

Every sentence here was written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest
from eventcases import summary

from toolkit.events import events_from_text

PUB = pd.Timestamp("2025-09-12 15:00", tz="UTC")  # a Friday


def _rows(sentence: str, language: str) -> list[tuple]:
    """Sorted (type, count, modality) of the events, running totals left out."""
    return summary(sentence, language, ("event_type", "count", "modality"), published=PUB,
                   totals=False)


def _types(sentence: str, language: str) -> tuple[str, ...]:
    return tuple(sorted({row[0] for row in _rows(sentence, language)}))


GERMAN = [
    ("Am Donnerstag kamen 52 politische Gefangene frei.", ('release',)),
    ("Die 14 Häftlinge wurden am Samstag freigelassen.", ('release',)),
    ("Lukaschenko ließ am Donnerstag 52 Gefangene frei.", ('release',)),
    ("Der Journalist wurde am Mittwoch auf freien Fuß gesetzt.", ('release',)),
    ("Belarus setzte am Mittwoch drei Gefangene auf freien Fuß.", ('release',)),
    ("Lukaschenko begnadigte am Mittwoch 16 Gefangene.", ('pardon',)),
    ("Am Mittwoch wurden 16 Gefangene begnadigt.", ('pardon',)),
    ("Die USA haben am Donnerstag die Sanktionen gegen Belavia gelockert.", ('sanctions_eased',)),
    ("Die Sanktionen gegen Belavia wurden am Donnerstag gelockert.", ('sanctions_eased',)),
    ("Die Sanktionen gegen den Kalisektor wurden am Samstag aufgehoben.", ('sanctions_lifted',)),
    ("Washington hob am Samstag die Sanktionen gegen den Kalisektor auf.", ('sanctions_lifted',)),
    ("Der Aktivist wurde am Dienstag aus der Haft entlassen.", ('release',)),
    ("Nach fünf Jahren im Straflager durfte die Journalistin am Dienstag nach Hause.", ('release',)),
    ("Am Donnerstag kam der US-Bürger nach mehr als zwei Jahren Haft frei.", ('release',)),
    ("Die drei Gefangenen durften am Mittwoch das Land verlassen.", ('release',)),
    ("Die Gefangenen wurden am Samstag an Litauen übergeben.", ('release',)),
    ("Am Samstag ließ Minsk den Oppositionellen gehen.", ('release',)),
    ("Minsk hat den Oppositionellen am Samstag gehen lassen.", ('release',)),
    ("Der Blogger ist am Dienstag freigekommen.", ('release',)),
    ("Am Dienstag kam es zu einem Gefangenenaustausch zwischen Russland und der Ukraine.", ('release',)),
    ("Russland und die Ukraine tauschten am Freitag je 150 Kriegsgefangene aus.", ('release',)),
    ("Die Freilassung der 52 Gefangenen erfolgte am Donnerstag.", ('release',)),
    ("Die 52 Freigelassenen wurden am Donnerstag an die litauische Grenze gebracht.", ('release',)),
    ("Die Journalistin verließ am Montag das Gefängnis.", ('release',)),
    ("Nach vier Jahren hinter Gittern ist Ales Bjaljazki seit Samstag wieder in Freiheit.", ('release',)),
    ("Der Aktivist kam am Montag aus dem Gefängnis.", ('release',)),
    ("Die Behörden entließen am Montag 18 Häftlinge.", ('release',)),
    ("Der Präsident hat am Mittwoch 16 Gefangene begnadigt.", ('pardon',)),
    ("Lukaschenko erließ am Mittwoch eine Amnestie für 30 Häftlinge.", ('pardon',)),
    ("Lukaschenko gewährte am Mittwoch 16 Gefangenen Gnade.", ('pardon',)),
    ("Am Mittwoch erhielten 16 Gefangene eine Begnadigung.", ('pardon',)),
    ("Die Begnadigung von 16 Gefangenen wurde am Mittwoch bekanntgegeben.", ('pardon',)),
    ("Die EU verhängte am Donnerstag neue Sanktionen gegen Belarus.", ('sanctions_imposed',)),
    ("Gegen 25 Personen wurden am Donnerstag Sanktionen verhängt.", ('sanctions_imposed',)),
    ("Die EU setzte am Donnerstag 25 Personen auf ihre Sanktionsliste.", ('sanctions_imposed',)),
    ("Die EU hat am Donnerstag ein neues Sanktionspaket beschlossen.", ('sanctions_imposed',)),
    ("Die EU verschärfte am Donnerstag ihre Sanktionen gegen Belarus.", ('sanctions_imposed',)),
    ("Die USA froren am Donnerstag die Vermögen von zehn Personen ein.", ('sanctions_imposed',)),
    ("Die USA strichen Belavia am Dienstag von der Sanktionsliste.", ('sanctions_lifted',)),
    ("Belavia wurde am Dienstag von der SDN-Liste genommen.", ('sanctions_lifted',)),
    ("Die Aufhebung der Sanktionen wurde am Samstag verkündet.", ('sanctions_lifted',)),
    ("Die USA beendeten am Samstag ihre Sanktionen gegen den Kalisektor.", ('sanctions_lifted',)),
    ("Die Lockerung der Sanktionen gegen Belavia wurde am Donnerstag bekanntgegeben.", ('sanctions_eased',)),
    ("Das US-Finanzministerium erteilte am Donnerstag eine Generallizenz für Belavia.", ('sanctions_eased',)),
    ("Washington setzte am Donnerstag einen Teil der Sanktionen aus.", ('sanctions_eased',)),
    ("Lukaschenko traf sich am Donnerstag mit dem US-Gesandten.", ('talks',)),
    ("Am Donnerstag telefonierte Trump mit Lukaschenko.", ('talks',)),
    ("Lukaschenko empfing am Donnerstag den US-Gesandten John Coale.", ('talks',)),
    ("Die Präsidenten der USA und von Belarus führten am Donnerstag ein Telefonat.", ('talks',)),
    ("Die Delegationen der Ukraine und Russlands kamen am Donnerstag in Genf zu Gesprächen zusammen.", ('talks',)),
    ("Trump und Lukaschenko sprachen am Freitag miteinander am Telefon.", ('talks',)),
    ("In Minsk fanden am Donnerstag Gespräche zwischen den USA und Belarus statt.", ('talks',)),
    ("Trump dankt Lukaschenko für 16 freigelassene Gefangene.", ('release',)),
    ("Überraschend hat Machthaber Lukaschenko den prominenten Oppositionellen Sergej Tichanowski gehen lassen.", ('release',)),
    ("Die zweiundfünfzig Freigelassenen wurden am Donnerstag an die litauische Grenze gebracht.", ('release',)),
    ("Beobachter erwarten, dass Washington weitere Sanktionen lockert, falls Minsk weitere Häftlinge freilässt.", ('release', 'sanctions_eased')),
    ("Die Freilassung sämtlicher politischer Häftlinge bleibt eine zentrale Forderung der Opposition an das Regime in Minsk.", ('release',)),
    ("Die Übergabe von 31 ukrainischen Gefangenen an Kiew erfolgte am Samstag.", ('release',)),
    ("Die Ukraine hat am Freitag 150 Soldaten aus russischer Gefangenschaft zurückgeholt.", ('release',)),
    ("150 ukrainische Soldaten kehrten am Freitag aus russischer Gefangenschaft zurück.", ('release',)),
    ("Bei einem Gefangenenaustausch kamen am Freitag 150 Soldaten frei.", ('release',)),
    ("Russland und die Ukraine haben am Freitag Gefangene ausgetauscht.", ('release',)),
    ("Die Häftlinge wurden am Donnerstag in die Freiheit entlassen.", ('release',)),
    ("Der Journalist ist nach fünf Jahren Haft am Donnerstag freigelassen worden.", ('release',)),
    ("Der Journalist soll in den kommenden Tagen freigelassen werden.", ('release',)),
    ("Am Donnerstag ist die Journalistin Maryna Solatawa aus dem Gefängnis entlassen worden.", ('release',)),
    ("Die Sanktionen gegen Belavia sollen gelockert werden.", ('sanctions_eased',)),
    ("Die Strafmaßnahmen gegen Belavia wurden am Donnerstag ausgesetzt.", ('sanctions_eased',)),
    ("Die USA heben die Sanktionen gegen den Kalisektor auf.", ('sanctions_lifted',)),
    ("Die Aufhebung der Strafmaßnahmen gegen den Kalisektor wurde am Samstag verkündet.", ('sanctions_lifted',)),
    ("Die USA nahmen Belavia am Dienstag von der Sanktionsliste.", ('sanctions_lifted',)),
    ("Die EU hat am Donnerstag Sanktionen gegen 25 Personen beschlossen.", ('sanctions_imposed',)),
    ("Großbritannien verhängte am Donnerstag Einreiseverbote gegen zehn Richter.", ('sanctions_imposed',)),
    ("Die EU nahm am Donnerstag 25 Personen in ihre Sanktionsliste auf.", ('sanctions_imposed',)),
    ("Die Schweiz übernahm am Donnerstag die EU-Sanktionen gegen Belarus.", ('sanctions_imposed',)),
    ("Die Außenminister Russlands und der USA telefonierten am Freitag.", ('talks',)),
    ("Putin und Trump kamen am Freitag in Alaska zu einem Treffen zusammen.", ('talks',)),
    ("Das Treffen von Putin und Trump fand am Freitag in Alaska statt.", ('talks',)),
    ("Vertreter der USA und Russlands verhandelten am Freitag in Riad.", ('talks',)),
    ("Lukaschenko hat am Mittwoch ein Gnadengesuch der Journalistin angenommen.", ('pardon',)),
    ("Der Präsident unterzeichnete am Mittwoch die Begnadigung von 16 Gefangenen.", ('pardon',)),
    ("Die Journalistin wurde am Montag vorzeitig aus der Haft entlassen.", ('release',)),
]

DUTCH = [
    ("Belarus heeft donderdag 52 politieke gevangenen vrijgelaten.", ('release',)),
    ("De 14 gevangenen werden zaterdag vrijgelaten.", ('release',)),
    ("Loekasjenko liet donderdag 52 gevangenen vrij.", ('release',)),
    ("Donderdag kwamen 52 politieke gevangenen vrij.", ('release',)),
    ("De journalist is woensdag vrijgekomen.", ('release',)),
    ("De journalist kwam woensdag na vier jaar cel vrij.", ('release',)),
    ("Minsk heeft de Amerikaan woensdag vrijgelaten, meldde het Witte Huis.", ('release',)),
    ("Oppositieleider Sergej Tichanovski werd zaterdag op vrije voeten gesteld.", ('release',)),
    ("De vrijlating van de 52 gevangenen vond donderdag plaats.", ('release',)),
    ("De gevangenen werden zaterdag aan Litouwen overgedragen.", ('release',)),
    ("De gevangenen werden zaterdag naar Litouwen overgebracht.", ('release',)),
    ("Rusland en Oekraïne wisselden vrijdag elk 150 krijgsgevangenen uit.", ('release',)),
    ("Vrijdag vond een nieuwe gevangenenruil plaats tussen Rusland en Oekraïne.", ('release',)),
    ("Rusland en Oekraïne ruilden vrijdag 150 krijgsgevangenen.", ('release',)),
    ("De activist verliet maandag de gevangenis.", ('release',)),
    ("De drie gevangenen mochten woensdag het land verlaten.", ('release',)),
    ("De autoriteiten lieten maandag 18 gedetineerden gaan.", ('release',)),
    ("De 52 vrijgelaten gevangenen zijn donderdag naar de Litouwse grens gebracht.", ('release',)),
    ("Maandag werd de activist uit de gevangenis ontslagen.", ('release',)),
    ("De activist is maandag uit de gevangenis vrijgelaten.", ('release',)),
    ("Het regime zette maandag 18 gedetineerden vrij.", ('release',)),
    ("Loekasjenko verleende woensdag gratie aan 16 gevangenen.", ('pardon',)),
    ("Woensdag kregen 16 gevangenen gratie.", ('pardon',)),
    ("Zestien gevangenen is woensdag gratie verleend.", ('pardon',)),
    ("Loekasjenko heeft woensdag 16 gevangenen gratie verleend.", ('pardon',)),
    ("Loekasjenko begenadigde woensdag 16 gevangenen.", ('pardon',)),
    ("Woensdag werden 16 gevangenen begenadigd.", ('pardon',)),
    ("De president schonk woensdag 16 gevangenen gratie.", ('pardon',)),
    ("Loekasjenko kondigde woensdag amnestie af voor 30 gevangenen.", ('pardon',)),
    ("De VS hebben donderdag de sancties tegen Belavia versoepeld.", ('sanctions_eased',)),
    ("De sancties tegen Belavia werden donderdag versoepeld.", ('sanctions_eased',)),
    ("Washington versoepelde donderdag de sancties tegen Belavia.", ('sanctions_eased',)),
    ("De versoepeling van de sancties werd donderdag aangekondigd.", ('sanctions_eased',)),
    ("Het Amerikaanse ministerie van Financiën gaf donderdag een algemene vergunning af voor Belavia.", ('sanctions_eased',)),
    ("Washington schortte donderdag een deel van de sancties op.", ('sanctions_eased',)),
    ("De VS hebben zaterdag de sancties tegen de kalisector opgeheven.", ('sanctions_lifted',)),
    ("De sancties tegen de kalisector werden zaterdag opgeheven.", ('sanctions_lifted',)),
    ("Washington hief zaterdag de sancties tegen de kalisector op.", ('sanctions_lifted',)),
    ("De opheffing van de sancties werd zaterdag bekendgemaakt.", ('sanctions_lifted',)),
    ("Washington schrapte Belavia dinsdag van de sanctielijst.", ('sanctions_lifted',)),
    ("Belavia werd dinsdag van de sanctielijst gehaald.", ('sanctions_lifted',)),
    ("De VS hebben Belavia dinsdag van hun sanctielijst gehaald.", ('sanctions_lifted',)),
    ("De EU heeft donderdag nieuwe sancties tegen Belarus ingesteld.", ('sanctions_imposed',)),
    ("De EU legde donderdag nieuwe sancties op aan Belarus.", ('sanctions_imposed',)),
    ("Donderdag werden sancties opgelegd aan 25 personen.", ('sanctions_imposed',)),
    ("De EU heeft donderdag 25 personen op de sanctielijst gezet.", ('sanctions_imposed',)),
    ("De EU heeft donderdag een nieuw sanctiepakket aangenomen.", ('sanctions_imposed',)),
    ("De EU verscherpte donderdag de sancties tegen Belarus.", ('sanctions_imposed',)),
    ("De EU heeft donderdag nieuwe strafmaatregelen genomen tegen Belarus.", ('sanctions_imposed',)),
    ("De VS bevroren donderdag de tegoeden van tien personen.", ('sanctions_imposed',)),
    ("Loekasjenko ontmoette donderdag de Amerikaanse gezant.", ('talks',)),
    ("Trump voerde vrijdag een telefoongesprek met Loekasjenko.", ('talks',)),
    ("Trump sprak vrijdag telefonisch met Loekasjenko.", ('talks',)),
    ("Trump belde vrijdag met Loekasjenko.", ('talks',)),
    ("Loekasjenko ontving donderdag de Amerikaanse gezant John Coale.", ('talks',)),
    ("Donderdag vonden in Minsk gesprekken plaats tussen de VS en Belarus.", ('talks',)),
    ("Loekasjenko had donderdag een gesprek met de Amerikaanse gezant John Coale in Minsk.", ('talks',)),
    ("Oekraïne en Rusland onderhandelden vrijdag in Istanbul.", ('talks',)),
    ("De 52 vrijgelaten gevangenen, onder wie veertien buitenlanders, zijn met bussen naar de Litouwse grens gebracht.", ('release',)),
    ("Zaterdag verleende Loekasjenko gratie aan 31 Oekraïners, die vervolgens aan Oekraïne werden overgedragen.", ('pardon', 'release')),
    ("Het Amerikaanse ministerie van Financiën schrapte het bedrijf dinsdag van de zogeheten SDN-lijst, waardoor bevroren tegoeden weer vrijkomen.", ('sanctions_lifted',)),
    ("De activist mocht maandag na vijf jaar cel naar huis.", ('release',)),
    ("Oekraïne kreeg vrijdag 150 soldaten terug uit Russische krijgsgevangenschap.", ('release',)),
    ("150 Oekraïense soldaten keerden vrijdag terug uit Russische gevangenschap.", ('release',)),
    ("Bij een gevangenenruil kwamen vrijdag 150 soldaten vrij.", ('release',)),
    ("Rusland en Oekraïne hebben vrijdag gevangenen uitgewisseld.", ('release',)),
    ("De journalist is na vijf jaar cel donderdag vrijgelaten.", ('release',)),
    ("De journaliste Maryna Zolatava is donderdag uit de gevangenis vrijgelaten.", ('release',)),
    ("De sancties tegen Belavia worden versoepeld.", ('sanctions_eased',)),
    ("De strafmaatregelen tegen Belavia werden donderdag opgeschort.", ('sanctions_eased',)),
    ("De VS heffen de sancties tegen de kalisector op.", ('sanctions_lifted',)),
    ("Belavia werd dinsdag van de sanctielijst afgehaald.", ('sanctions_lifted',)),
    ("De EU heeft donderdag de sancties aangescherpt.", ('sanctions_imposed',)),
    ("Groot-Brittannië legde donderdag inreisverboden op aan tien rechters.", ('sanctions_imposed',)),
    ("Zwitserland nam donderdag de EU-sancties tegen Belarus over.", ('sanctions_imposed',)),
    ("De ministers van Buitenlandse Zaken van Rusland en de VS telefoneerden vrijdag.", ('talks',)),
    ("Poetin en Trump hadden vrijdag een ontmoeting in Alaska.", ('talks',)),
    ("De topontmoeting tussen Poetin en Trump vond vrijdag plaats in Alaska.", ('talks',)),
    ("Vertegenwoordigers van de VS en Rusland onderhandelden vrijdag in Riyad.", ('talks',)),
    ("Loekasjenko en de Amerikaanse gezant overlegden vrijdag in Minsk.", ('talks',)),
    ("Loekasjenko heeft woensdag het gratieverzoek van de journaliste ingewilligd.", ('pardon',)),
    ("De president ondertekende woensdag de gratie van 16 gevangenen.", ('pardon',)),
    ("Woensdag kregen 16 gevangenen amnestie.", ('pardon',)),
    ("De EU roept Minsk opnieuw op om alle politieke gevangenen onmiddellijk en zonder voorwaarden vrij te laten.", ('release',)),
    ("De stichting roept het kabinet op om bij de autoriteiten te blijven aandringen op de vrijlating van alle politieke gevangenen.", ('release',)),
    ("Loekasjenko besloot donderdag om 14 gevangenen vrij te laten.", ('release',)),
]

FRENCH = [
    ("Minsk a libéré jeudi 52 prisonniers politiques.", ('release',)),
    ("Les 14 prisonniers ont été libérés samedi.", ('release',)),
    ("Le journaliste a été remis en liberté mercredi.", ('release',)),
    ("Le régime a remis en liberté mercredi trois prisonniers.", ('release',)),
    ("Le journaliste a été relâché mercredi.", ('release',)),
    ("Minsk a relâché mercredi une ressortissante américaine.", ('release',)),
    ("Trois détenus ont été élargis mercredi.", ('release',)),
    ("Le régime a élargi mercredi trois détenus.", ('release',)),
    ("L'opposant a recouvré la liberté samedi.", ('release',)),
    ("L'opposant a retrouvé la liberté samedi après cinq ans de détention.", ('release',)),
    ("L'opposant est sorti de prison samedi.", ('release',)),
    ("Les trois détenus ont été remis aux autorités lituaniennes mercredi.", ('release',)),
    ("La Russie et l'Ukraine ont échangé vendredi 150 prisonniers de guerre.", ('release',)),
    ("Un nouvel échange de prisonniers a eu lieu vendredi entre Moscou et Kiev.", ('release',)),
    ("La libération des 52 prisonniers a eu lieu jeudi.", ('release',)),
    ("Les trois détenus ont pu quitter le pays mercredi.", ('release',)),
    ("Les 52 prisonniers libérés ont été conduits jeudi à la frontière lituanienne.", ('release',)),
    ("Les autorités ont laissé partir jeudi 18 détenus.", ('release',)),
    ("Le militant a été mis en liberté lundi.", ('release',)),
    ("Les autorités ont rendu la liberté lundi à 18 détenus.", ('release',)),
    ("Loukachenko a gracié mercredi 16 prisonniers.", ('pardon',)),
    ("Seize prisonniers ont été graciés mercredi.", ('pardon',)),
    ("Loukachenko a accordé sa grâce mercredi à 16 prisonniers.", ('pardon',)),
    ("Le président a accordé mercredi la grâce à 16 détenus.", ('pardon',)),
    ("Seize détenus ont bénéficié mercredi d'une grâce présidentielle.", ('pardon',)),
    ("Loukachenko a signé mercredi un décret de grâce pour 16 prisonniers.", ('pardon',)),
    ("Une amnistie a été décrétée mercredi pour 30 détenus.", ('pardon',)),
    ("La grâce de 16 prisonniers a été annoncée mercredi.", ('pardon',)),
    ("Les Etats-Unis ont assoupli jeudi les sanctions contre Belavia.", ('sanctions_eased',)),
    ("Les sanctions contre Belavia ont été assouplies jeudi.", ('sanctions_eased',)),
    ("Washington a allégé jeudi les sanctions visant Belavia.", ('sanctions_eased',)),
    ("L'allègement des sanctions contre Belavia a été annoncé jeudi.", ('sanctions_eased',)),
    ("L'assouplissement des sanctions a été annoncé jeudi.", ('sanctions_eased',)),
    ("Le Trésor américain a accordé jeudi une licence générale à Belavia.", ('sanctions_eased',)),
    ("Washington a suspendu jeudi une partie des sanctions.", ('sanctions_eased',)),
    ("Les Etats-Unis ont levé samedi les sanctions contre le secteur de la potasse.", ('sanctions_lifted',)),
    ("Les sanctions contre la potasse ont été levées samedi.", ('sanctions_lifted',)),
    ("La levée des sanctions a été annoncée samedi.", ('sanctions_lifted',)),
    ("Washington a retiré mardi Belavia de la liste SDN.", ('sanctions_lifted',)),
    ("Belavia a été rayée mardi de la liste des sanctions américaines.", ('sanctions_lifted',)),
    ("Les Etats-Unis ont mis fin samedi aux sanctions contre la potasse.", ('sanctions_lifted',)),
    ("L'UE a imposé jeudi de nouvelles sanctions contre le Bélarus.", ('sanctions_imposed',)),
    ("De nouvelles sanctions ont été imposées jeudi au Bélarus.", ('sanctions_imposed',)),
    ("Le Conseil a adopté jeudi des mesures restrictives contre 25 personnes.", ('sanctions_imposed',)),
    ("L'UE a adopté jeudi un nouveau paquet de sanctions.", ('sanctions_imposed',)),
    ("L'UE a ajouté jeudi 25 personnes à sa liste de sanctions.", ('sanctions_imposed',)),
    ("L'UE a durci jeudi ses sanctions contre le Bélarus.", ('sanctions_imposed',)),
    ("L'UE a sanctionné jeudi 25 personnes.", ('sanctions_imposed',)),
    ("Les Etats-Unis ont gelé jeudi les avoirs de dix personnes.", ('sanctions_imposed',)),
    ("Washington a frappé jeudi de sanctions dix responsables bélarusses.", ('sanctions_imposed',)),
    ("Loukachenko a rencontré jeudi l'émissaire américain.", ('talks',)),
    ("Trump s'est entretenu vendredi au téléphone avec Loukachenko.", ('talks',)),
    ("Trump a eu vendredi un entretien téléphonique avec Loukachenko.", ('talks',)),
    ("Loukachenko a reçu jeudi l'émissaire américain John Coale.", ('talks',)),
    ("Des pourparlers ont eu lieu jeudi à Minsk entre les Etats-Unis et le Bélarus.", ('talks',)),
    ("Les deux présidents se sont parlé vendredi au téléphone.", ('talks',)),
    ("La Russie et l'Ukraine ont négocié vendredi à Istanbul.", ('talks',)),
    ("Le journaliste a été libéré sous caution mardi.", ('release',)),
    ("Les 52 prisonniers ont été conduits jeudi à la frontière lituanienne après leur libération.", ('release',)),
    ("Les prisonniers libérés jeudi ont été conduits en Lituanie.", ('release',)),
    ("Minsk a expulsé jeudi vers la Lituanie 52 prisonniers politiques libérés.", ('release',)),
    ("Kiev a récupéré vendredi 150 soldats ukrainiens dans le cadre d'un échange.", ('release',)),
    ("L'opposant a été autorisé jeudi à quitter le pays après cinq ans de prison.", ('release',)),
    ("Les présidents américain et bélarusse se sont parlé vendredi au téléphone.", ('talks',)),
    ("Les délégations russe et ukrainienne se sont réunies vendredi à Istanbul.", ('talks',)),
    ("Trump s'est entretenu vendredi avec Loukachenko.", ('talks',)),
    ("Trump a téléphoné vendredi à Loukachenko.", ('talks',)),
    ("Les deux présidents ont eu vendredi un échange téléphonique.", ('talks',)),
    ("Lavrov et Rubio ont tenu vendredi une réunion à Riyad.", ('talks',)),
    ("Seize prisonniers ont obtenu mercredi la grâce présidentielle.", ('pardon',)),
    ("Loukachenko a signé mercredi des décrets de grâce concernant 16 personnes.", ('pardon',)),
    ("Washington a accordé jeudi une exemption aux sanctions pour Belavia.", ('sanctions_eased',)),
    ("Les Etats-Unis ont desserré jeudi l'étau des sanctions sur Belavia.", ('sanctions_eased',)),
    ("Les Vingt-Sept préparent de nouvelles sanctions contre les responsables du scrutin.", ('sanctions_imposed',)),
    ("Cent cinquante soldats ukrainiens sont revenus vendredi de captivité.", ('release',)),
    ("L'Ukraine a rapatrié vendredi 150 soldats détenus en Russie.", ('release',)),
    ("Lors d'un échange de prisonniers, 150 soldats ont été libérés vendredi.", ('release',)),
    ("La Russie et l'Ukraine ont procédé vendredi à un échange de prisonniers.", ('release',)),
    ("Le journaliste a été libéré jeudi après cinq ans de détention.", ('release',)),
    ("Le journaliste devrait être libéré dans les prochains jours.", ('release',)),
    ("La journaliste Maryna Zolatava est sortie de prison jeudi.", ('release',)),
    ("Le juge a remis en liberté l'opposant mardi.", ('release',)),
    ("Les sanctions contre Belavia devraient être assouplies.", ('sanctions_eased',)),
    ("Les Etats-Unis ont procédé jeudi à une levée partielle des sanctions.", ('sanctions_eased',)),
    ("Washington a dégelé jeudi une partie des avoirs de Belavia.", ('sanctions_eased',)),
    ("Les Etats-Unis lèvent les sanctions contre le secteur de la potasse.", ('sanctions_lifted',)),
    ("Belavia a été retirée mardi de la liste SDN.", ('sanctions_lifted',)),
    ("L'UE a décidé jeudi de sanctionner 25 personnes.", ('sanctions_imposed',)),
    ("Le Royaume-Uni a inscrit jeudi dix juges sur sa liste noire.", ('sanctions_imposed',)),
    ("La Suisse a repris jeudi les sanctions européennes contre le Bélarus.", ('sanctions_imposed',)),
    ("Londres a imposé jeudi des interdictions de voyager à dix juges bélarusses.", ('sanctions_imposed',)),
    ("Les ministres russe et américain des Affaires étrangères se sont entretenus vendredi par téléphone.", ('talks',)),
    ("Poutine et Trump ont eu vendredi un tête-à-tête en Alaska.", ('talks',)),
    ("Le sommet entre Poutine et Trump s'est tenu vendredi en Alaska.", ('talks',)),
    ("Les présidents américain et bélarusse ont échangé vendredi par téléphone.", ('talks',)),
    ("Loukachenko a accordé mercredi l'amnistie à 30 détenus.", ('pardon',)),
    ("Le journaliste s'est vu accorder la grâce présidentielle mercredi.", ('pardon',)),
    ("Loukachenko a fait droit mercredi à la demande de grâce de la journaliste.", ('pardon',)),
    ("L'opposition a une nouvelle fois appelé le pouvoir à relâcher sans condition tous les prisonniers politiques.", ('release',)),
    ("Paris exhorte Téhéran à libérer les deux touristes français.", ('release',)),
]

QUIET = [
    ("de", "Die EU hat die Sanktionen gegen Belarus um ein Jahr verlängert."),
    ("de", "Die Sanktionen gegen Belarus wurden am Donnerstag um zwölf Monate verlängert."),
    ("de", "Die EU verlängerte am Donnerstag ihre Strafmaßnahmen gegen Minsk."),
    ("de", "Das Unternehmen gab am Donnerstag neue Zahlen frei."),
    ("de", "Der Gemeinderat gibt Mittel für eine neue Flutlichtanlage frei."),
    ("de", "Der Verein hob am Donnerstag die Sperre gegen den Torwart auf."),
    ("de", "Die Schule lässt am Freitag die Kinder früher gehen."),
    ("de", "Das Museum ist am Sonntag frei zugänglich."),
    ("de", "Die Firma entließ am Montag 200 Mitarbeiter."),
    ("de", "Die Bahn verlängerte den Vertrag mit dem Zulieferer."),
    ("de", "Die Firma hat 200 Journalisten entlassen."),
    ("de", "Der Trainer wurde am Montag entlassen."),
    ("de", "Die Patientin durfte am Montag nach Hause."),
    ("de", "Tausende Menschen verließen das Land aus Angst vor Haft."),
    ("de", "Der Chef ließ die Mitarbeiter früher gehen."),
    ("de", "Unter den Freigelassenen ist auch der Journalist Ihar Karnei."),
    ("de", "Zwei weitere freigelassene Gefangene wurden nach Vilnius gebracht."),
    ("de", "Die Übergabe der Amtsgeschäfte an den neuen Bürgermeister erfolgte am Montag."),
    ("de", "Der Rat hat die restriktiven Maßnahmen gegen Belarus um ein Jahr verlängert."),
    ("nl", "De oppositieleider is sinds zaterdag weer op vrije voeten."),
    ("nl", "De vrijgelatenen werden donderdag naar de Litouwse grens gebracht."),
    ("nl", "De EU verlengde donderdag de sancties tegen Belarus met een jaar."),
    ("nl", "De sancties tegen Belarus zijn donderdag met een jaar verlengd."),
    ("nl", "Het bedrijf gaf donderdag nieuwe cijfers vrij."),
    ("nl", "De school laat de kinderen vrijdag eerder gaan."),
    ("nl", "De gemeente heeft het budget vrijgegeven."),
    ("nl", "Het museum is zondag vrij toegankelijk."),
    ("nl", "Het bedrijf ontsloeg maandag 200 werknemers."),
    ("nl", "De bank verlengde het contract met de leverancier."),
    ("nl", "De minister sprak donderdag over het klimaat."),
    ("nl", "De gevangenisdirecteur werd maandag ontslagen."),
    ("nl", "De patiënt mocht maandag naar huis."),
    ("nl", "Duizenden mensen verlieten het land uit angst voor een gevangenisstraf."),
    ("nl", "De baas liet de werknemers vrijdag eerder gaan."),
    ("nl", "Het ministerie verleende het bedrijf een algemene vergunning voor de bouw."),
    ("fr", "L'UE a prolongé jeudi d'un an les sanctions contre le Bélarus."),
    ("fr", "Les sanctions contre le Bélarus ont été prolongées jeudi d'un an."),
    ("fr", "Le Conseil a reconduit jeudi les mesures restrictives à l'encontre du Bélarus."),
    ("fr", "Le groupe a libéré de l'espace dans ses entrepôts."),
    ("fr", "Le gouvernement a levé le voile sur son budget."),
    ("fr", "Le musée est en accès libre dimanche."),
    ("fr", "L'entreprise a prolongé le contrat avec son fournisseur."),
    ("fr", "Le ministre a reçu jeudi un prix pour son livre."),
    ("fr", "Le libre-échange a été au cœur des discussions."),
    ("fr", "Le joueur a été libéré par son club lundi."),
    ("fr", "Les Vingt-Sept prolongent leurs sanctions contre Moscou."),
    ("fr", "Le juge a libéré l'accusé sous contrôle judiciaire après une nuit de garde à vue."),
    ("fr", "Cette réforme va libérer les énergies."),
    ("fr", "Le club a laissé partir son attaquant vers l'Espagne."),
    ("fr", "Les touristes ont quitté le pays jeudi."),
    ("fr", "Un homme appelé Jean a été interrogé jeudi."),
]


@pytest.mark.parametrize(("sentence", "types"), GERMAN)
def test_german_sweep(sentence: str, types: tuple[str, ...]) -> None:
    assert _types(sentence, "de") == types


@pytest.mark.parametrize(("sentence", "types"), DUTCH)
def test_dutch_sweep(sentence: str, types: tuple[str, ...]) -> None:
    assert _types(sentence, "nl") == types


@pytest.mark.parametrize(("sentence", "types"), FRENCH)
def test_french_sweep(sentence: str, types: tuple[str, ...]) -> None:
    assert _types(sentence, "fr") == types


@pytest.mark.parametrize(("language", "sentence"), QUIET)
def test_other_senses_and_renewals_stay_quiet(language: str, sentence: str) -> None:
    assert _types(sentence, language) == ()


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # a counted group of freed people names its release
        ("Trump dankt Lukaschenko für 16 freigelassene Gefangene.", "de",
         [("release", 16, "reported")]),
        ("Die zweiundfünfzig Freigelassenen wurden am Donnerstag an die litauische Grenze gebracht.",
         "de", [("release", 52, "reported")]),
        ("De 52 vrijgelaten gevangenen, onder wie veertien buitenlanders, zijn met bussen naar "
         "de Litouwse grens gebracht.", "nl", [("release", 52, "reported")]),
        # ... but "two more freed prisoners" and "among the freed" point back
        ("Zwei weitere freigelassene Gefangene wurden nach Vilnius gebracht.", "de", []),
        ("Unter den Freigelassenen ist auch der Journalist Ihar Karnei.", "de", []),
        # expectation and demand cues
        ("Beobachter erwarten, dass Washington weitere Sanktionen lockert, falls Minsk weitere "
         "Häftlinge freilässt.", "de",
         [("release", None, "expected"), ("sanctions_eased", None, "expected")]),
        ("Die Freilassung sämtlicher politischer Häftlinge bleibt eine zentrale Forderung der "
         "Opposition an das Regime in Minsk.", "de", [("release", None, "demanded")]),
        ("Les Vingt-Sept préparent de nouvelles sanctions contre les responsables du scrutin.",
         "fr", [("sanctions_imposed", None, "expected")]),
        ("De EU roept Minsk opnieuw op om alle politieke gevangenen onmiddellijk en zonder "
         "voorwaarden vrij te laten.", "nl", [("release", None, "demanded")]),
        ("De stichting roept het kabinet op om bij de autoriteiten te blijven aandringen op de "
         "vrijlating van alle politieke gevangenen.", "nl", [("release", None, "demanded")]),
        ("Loekasjenko besloot donderdag om 14 gevangenen vrij te laten.", "nl",
         [("release", 14, "reported")]),
        ("L'opposition a une nouvelle fois appelé le pouvoir à relâcher sans condition tous les "
         "prisonniers politiques.", "fr", [("release", None, "demanded")]),
        # a general licence is relief beside a word of sanctions, payments or the US only
        ("Het Amerikaanse ministerie van Financiën gaf donderdag een algemene vergunning af "
         "voor Belavia.", "nl", [("sanctions_eased", None, "reported")]),
        ("Het ministerie verleende het bedrijf een algemene vergunning voor de bouw.", "nl", []),
        # a handover after a pardon, in a relative clause
        ("Zaterdag verleende Loekasjenko gratie aan 31 Oekraïners, die vervolgens aan Oekraïne "
         "werden overgedragen.", "nl", [("pardon", 31, "reported"), ("release", 31, "reported")]),
    ],
)
def test_counts_and_modality(sentence: str, language: str, expected: list[tuple]) -> None:
    assert _rows(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "language", "day"),
    [
        # an apposition after a comma describes the date just named; it does not move it
        ("Op woensdag 2 juli, de dag voor de Belarussische Onafhankelijkheidsdag, heeft "
         "Aleksandr Loekasjenko zestien gevangenen gratie verleend.", "nl", "2025-07-02"),
        ("Am Donnerstagvormittag empfing Machthaber Alexander Lukaschenko den US-Gesandten "
         "John Coale in Minsk zu Gesprächen.", "de", "2025-09-11"),
        ("Donderdagavond kwamen 52 gevangenen vrij.", "nl", "2025-09-11"),
        ("Belarus heeft zaterdagochtend 14 gevangenen vrijgelaten.", "nl", "2025-09-06"),
    ],
)
def test_weekday_with_part_of_day_in_one_word(sentence: str, language: str, day: str) -> None:
    rows = events_from_text(sentence, PUB, language)
    assert [str(r["date"].date()) for r in rows] == [day]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # "nine of them ..., the remaining 114 ...": two groups, each its own release
        ("Negen van hen zijn naar Vilnius overgebracht, de overige 114 naar Oekraïne.", "nl",
         [("release", 9, "reported"), ("release", 114, "reported")]),
    ],
)
def test_counted_groups_by_pronoun_and_remainder(sentence: str, language: str,
                                                 expected: list[tuple]) -> None:
    assert _rows(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # the date is the announcement's, not the release's or the pardon's
        ("Twee katholieke priesters, Henrich Akalatovitsj en Andrzej Joechnevitsj, zijn "
         "begenadigd, maakte het presidentschap donderdag bekend.", "nl"),
        ("Die USA haben ihre Sanktionen gegen den Kalisektor aufgehoben, teilte der "
         "Sondergesandte John Coale am Samstag in Minsk mit.", "de"),
    ],
)
def test_a_date_of_the_saying_does_not_date_the_event(sentence: str, language: str) -> None:
    rows = events_from_text(sentence, PUB, language)
    assert rows and all(r["date_basis"] != "stated" for r in rows)


# headlines in the present tense, futures, negations and demands
HEADLINES_AND_MOODS = [
    ("de", "Belarus lässt 52 Gefangene frei", ('release',)),
    ("de", "Lukaschenko begnadigt 16 Häftlinge", ('pardon',)),
    ("de", "USA lockern Sanktionen gegen Belavia", ('sanctions_eased',)),
    ("de", "EU verschärft Sanktionen gegen Minsk", ('sanctions_imposed',)),
    ("de", "Minsk entlässt 14 Gefangene nach Litauen", ('release',)),
    ("de", "Minsk wird nach Angaben von Diplomaten weitere Häftlinge freilassen.", ('release',)),
    ("de", "Minsk hat die Häftlinge entgegen früherer Ankündigungen nicht freigelassen.", ('release',)),
    ("de", "Die EU fordert die sofortige Freilassung aller politischen Gefangenen.", ('release',)),
    ("de", "Die Ukraine und Russland haben am Freitag jeweils 150 Gefangene ausgetauscht.", ('release',)),
    ("de", "Bei dem Austausch kamen 26 Menschen frei.", ('release',)),
    ("de", "Washington streicht Belavia von der Sanktionsliste", ('sanctions_lifted',)),
    ("de", "Trump telefoniert mit Lukaschenko", ('talks',)),
    ("de", "Lukaschenko empfängt US-Gesandten in Minsk", ('talks',)),
    ("de", "Die EU-Staaten einigten sich am Mittwoch auf ein 19. Sanktionspaket gegen Russland.", ('sanctions_imposed',)),
    ("de", "Lukaschenko kündigte am Freitag an, weitere Gefangene freizulassen.", ('release',)),
    ("nl", "Belarus laat 52 gevangenen vrij", ('release',)),
    ("nl", "Loekasjenko verleent 16 gevangenen gratie", ('pardon',)),
    ("nl", "VS versoepelen sancties tegen Belavia", ('sanctions_eased',)),
    ("nl", "EU stelt nieuwe sancties in tegen Belarus", ('sanctions_imposed',)),
    ("nl", "Belarus zet 14 gevangenen op vrije voeten", ('release',)),
    ("nl", "Minsk zal volgens diplomaten meer gevangenen vrijlaten.", ('release',)),
    ("nl", "Minsk heeft de gevangenen ondanks eerdere beloften niet vrijgelaten.", ('release',)),
    ("nl", "De EU eist de onmiddellijke vrijlating van alle politieke gevangenen.", ('release',)),
    ("nl", "Oekraïne en Rusland hebben vrijdag elk 150 gevangenen uitgewisseld.", ('release',)),
    ("nl", "Bij de ruil kwamen 26 mensen vrij.", ('release',)),
    ("nl", "Washington haalt Belavia van sanctielijst", ('sanctions_lifted',)),
    ("nl", "Trump belt met Loekasjenko", ('talks',)),
    ("nl", "Loekasjenko ontvangt Amerikaanse gezant in Minsk", ('talks',)),
    ("nl", "De EU-landen zijn het woensdag eens geworden over een negentiende sanctiepakket tegen Rusland.", ('sanctions_imposed',)),
    ("fr", "Le Bélarus libère 52 prisonniers", ('release',)),
    ("fr", "Loukachenko gracie 16 détenus", ('pardon',)),
    ("fr", "Washington allège les sanctions contre Belavia", ('sanctions_eased',)),
    ("fr", "L'UE adopte un 18e paquet de sanctions contre la Russie", ('sanctions_imposed',)),
    ("fr", "Minsk devrait libérer d'autres prisonniers, selon des diplomates.", ('release',)),
    ("fr", "Minsk n'a pas libéré les détenus malgré ses promesses.", ('release',)),
    ("fr", "L'UE exige la libération immédiate de tous les prisonniers politiques.", ('release',)),
    ("fr", "L'Ukraine et la Russie ont échangé vendredi 150 prisonniers chacune.", ('release',)),
    ("fr", "Lors de l'échange, 26 personnes ont été libérées.", ('release',)),
    ("fr", "Washington retire Belavia de sa liste noire", ('sanctions_lifted',)),
    ("fr", "Trump s'entretient avec Loukachenko", ('talks',)),
    ("fr", "Loukachenko reçoit un émissaire américain à Minsk", ('talks',)),
    ("fr", "Les Vingt-Sept se sont mis d'accord mercredi sur un 19e paquet de sanctions contre la Russie.", ('sanctions_imposed',)),
    ("fr", "Les secouristes travaillent sans relâche depuis jeudi pour retrouver les deux randonneurs.", ()),
]


@pytest.mark.parametrize(("language", "sentence", "types"), HEADLINES_AND_MOODS)
def test_headlines_and_moods(language: str, sentence: str, types: tuple[str, ...]) -> None:
    assert _types(sentence, language) == types


@pytest.mark.parametrize(
    ("sentence", "language", "modality"),
    [
        ("Minsk wird nach Angaben von Diplomaten weitere Häftlinge freilassen.", "de", "expected"),
        ("Lukaschenko kündigte am Freitag an, weitere Gefangene freizulassen.", "de", "expected"),
        ("Minsk hat die Häftlinge entgegen früherer Ankündigungen nicht freigelassen.", "de",
         "denied"),
        ("Minsk zal volgens diplomaten meer gevangenen vrijlaten.", "nl", "expected"),
        ("Minsk devrait libérer d'autres prisonniers, selon des diplomates.", "fr", "expected"),
    ],
)
def test_mood_of_a_release(sentence: str, language: str, modality: str) -> None:
    assert [r[2] for r in _rows(sentence, language)] == [modality]
