import type { Catalogue } from '../translate';

export const ro: Catalogue = {
	'layout.hearth': 'Hearth',
	'layout.skipToContent': 'Sari la conținutul principal',
	'layout.navigation': 'Meniu principal',
	'layout.manage': 'Administrare',
	'layout.yourAccount': 'Contul tău',
	'layout.signIn': 'Intră în cont',
	'layout.language': 'Limbă',
	'layout.footer':
		'Hearth păstrează cât mai puține date despre tine și nu le dă nimănui fără să te întrebe.',

	'form.problem': 'Este o problemă',
	'form.errorPrefix': 'Eroare:',
	'form.errorTitle': 'Eroare: ',
	'form.back': 'Înapoi',
	'form.save': 'Salvează',
	'form.hiddenCharacters':
		'Șterge caracterele ascunse (cum ar fi semnele de direcție sau codurile de control) și încearcă din nou',

	'errors.notFound': 'Pagina nu a fost găsită',
	'errors.notFoundHelp': 'Poate adresa a fost scrisă greșit sau pagina s-a mutat.',
	'errors.forbidden': 'Nu poți vedea această pagină',
	'errors.forbiddenHelp':
		'Această pagină este pentru cei care lucrează la centru și au un anumit rol. Dacă ai nevoie de ea, întreabă un coordonator.',
	'errors.tooLarge': 'Ce ai trimis este prea mare',
	'errors.tooLargeHelp': 'Întoarce-te, scurtează ce ai scris și încearcă din nou.',
	'errors.notAllowed': 'Această pagină nu poate fi folosită așa',
	'errors.badRequest': 'Ceva din cerere nu a fost în regulă',
	'errors.crossSite':
		'Acest formular a fost trimis de pe alt site, așa că a fost refuzat. Întoarce-te în Hearth și trimite-l de acolo.',
	'errors.server': 'Ceva nu a mers bine la noi',
	'errors.serverHelp': 'Nu este din cauza ta. Te rugăm să încerci din nou peste un minut.',
	'errors.reference':
		'Dacă se întâmplă din nou, spune-i centrului acest cod de referință: {reference}',
	'errors.backHome': 'Mergi la pagina de start',

	'welcome.title': 'Bine ai venit la Hearth',
	'welcome.intro':
		'Hearth ajută o comunitate să conducă un centru pentru lucrători, zi și noapte: sprijin, consiliere și organizare, niciodată sancțiuni.',
	'welcome.centresTitle': 'Centre',
	'welcome.setUpTitle': 'Configurează-ți centrul',
	'welcome.setUpText':
		'Scrie numele, adresa, fusul orar și limbile centrului tău și creează contul primului coordonator.',
	'welcome.setUpButton': 'Configurează-ți centrul',
	'welcome.demoTitle': 'Explorează un centru demonstrativ',
	'welcome.demoText':
		'Uită-te prin un centru inventat, deschis ziua și în nopțile de vineri și sâmbătă.',
	'welcome.demoButton': 'Explorează un centru demonstrativ',

	'setup.title': 'Configurează-ți centrul',
	'setup.intro': 'Poți schimba toate acestea mai târziu.',
	'setup.centreHeading': 'Centrul tău',
	'setup.coordinatorHeading': 'Contul tău',
	'setup.coordinatorText':
		'Vei fi primul coordonator al centrului. Folosește un nume ales de tine: nu trebuie să fie numele din acte.',
	'setup.submit': 'Creează centrul',

	'centres.name': 'Numele centrului',
	'centres.nameRequired': 'Scrie numele centrului',
	'centres.nameTooLong': 'Numele centrului trebuie să aibă cel mult 120 de caractere',
	'centres.address': 'Adresă (opțional)',
	'centres.addressHint': 'Așa cum ar scrie-o cineva ca să găsească centrul.',
	'centres.addressTooLong': 'Adresa trebuie să aibă cel mult 500 de caractere',
	'centres.directions': 'Cum ajungi (opțional)',
	'centres.directionsHint': 'De exemplu: cea mai apropiată stație, ce ușă se folosește noaptea.',
	'centres.directionsTooLong': '„Cum ajungi” trebuie să aibă cel mult 1.000 de caractere',
	'centres.timeZone': 'Fus orar',
	'centres.timeZoneHint': 'Programul este afișat după acest fus orar.',
	'centres.timeZoneUnknown': 'Alege din listă fusul orar al centrului',
	'centres.languages': 'Limbile oferite de centru',
	'centres.languagesHint': 'Paginile pot fi citite în aceste limbi. Alege toate limbile potrivite.',
	'centres.languagesRequired': 'Alege cel puțin o limbă',
	'centres.languageUnknown': 'Alege limbile din listă',
	'centres.defaultLanguage': 'Limba principală',
	'centres.defaultLanguageRequired': 'Alege limba principală a centrului',
	'centres.defaultLanguageNotOffered':
		'Alege ca limbă principală una dintre limbile oferite de centru',
	'centres.weekdayRequired': 'Alege o zi a săptămânii',
	'centres.opensInvalid': 'Scrie ora de deschidere în ore și minute, de exemplu 09:00 sau 22:00',
	'centres.closesInvalid': 'Scrie ora de închidere în ore și minute, de exemplu 17:30 sau 06:00',
	'centres.dateInvalid': 'Scrie o dată care există, de exemplu 2026-12-25',
	'centres.exceptionKindRequired': 'Alege dacă centrul este închis sau deschis la ore în plus',
	'centres.noteTooLong': 'Nota trebuie să aibă cel mult 200 de caractere',

	'identity.chosenName': 'Nume ales',
	'identity.chosenNameHint':
		'Numele cu care vrei să ți se spună. Nu trebuie să fie numele din acte. Îl vei folosi ca să intri în cont.',
	'identity.nameRequired': 'Scrie un nume ales',
	'identity.nameTooLong': 'Numele ales trebuie să aibă cel mult 60 de caractere',
	'identity.nameTaken':
		'Cineva folosește deja acest nume. Adaugă o literă, un cuvânt sau un număr, de exemplu „Ioana K” sau „Ioana 2”',
	'identity.passphrase': 'Frază de acces',
	'identity.newPassphrase': 'Alege o frază de acces',
	'identity.passphraseHint':
		'Cel puțin {min} caractere. Merg bine câteva cuvinte pe care ți le amintești ușor, de exemplu „pisică albastră pâine noapte”. Poți folosi spații și orice limbă.',
	'identity.passphraseAgain': 'Scrie din nou fraza de acces',
	'identity.passphraseRequired': 'Scrie o frază de acces',
	'identity.passphraseTooShort':
		'Fraza de acces trebuie să aibă cel puțin 15 caractere. Încearcă să pui câteva cuvinte împreună',
	'identity.passphraseTooLong': 'Fraza de acces trebuie să aibă cel mult 256 de caractere',
	'identity.passphraseCommon':
		'Această frază de acces e prea ușor de ghicit. Alege câteva cuvinte care nu sunt numele tău și nici o parolă obișnuită',
	'identity.passphrasesDiffer':
		'Cele două fraze de acces sunt diferite. Scrie aceeași frază de acces de două ori',
	'identity.signInWrong':
		'Numele ales sau fraza de acces nu se potrivesc. Verifică-le și încearcă din nou',
	'identity.signInPaused':
		'Prea multe încercări de aici. Așteaptă 15 minute și încearcă din nou sau cere la centru un card de acces nou',
	'identity.codeRequired': 'Scrie codul de pe card',
	'identity.codeWrong':
		'Acest cod nu merge. Poate a fost scris greșit, a fost deja folosit sau are mai mult de 7 zile. Cere la centru un card nou',
	'identity.consentRequired': 'Bifează căsuța după ce persoana a fost de acord sau oprește-te aici',
	'identity.roleUnknown': 'Alege rolurile din listă',
	'identity.lastCoordinator':
		'Centrul are nevoie de cel puțin un coordonator. Dă mai întâi rolul de coordonator altcuiva',
	'identity.resetNeedsCoordinator':
		'Doar un coordonator poate tipări un card nou pentru cineva care are un rol în centru.',
	'identity.resetElsewhere':
		'Această persoană ajută și la conducerea altui centru sau a acestui Hearth, așa că aici nu se poate tipări un card nou. Întreabă persoana care se ocupă de acest Hearth.',

	'roles.member': 'Membru',
	'roles.adviser': 'Consilier',
	'roles.organiser': 'Organizator',
	'roles.coordinator': 'Coordonator',

	'signIn.title': 'Intră în cont',
	'signIn.submit': 'Intră în cont',
	'signIn.cardTitle': 'Ai primit un card de la centru?',
	'signIn.cardText':
		'Dacă cineva de la centru ți-a dat un card cu un cod de acces, folosește-l ca să-ți alegi fraza de acces.',
	'signIn.cardLink': 'Folosește un cod de acces',
	'signIn.forgotTitle': 'Ți-ai uitat fraza de acces?',
	'signIn.forgotText':
		'Întreabă un consilier sau un coordonator de la centru. Îți va tipări un card nou cu un cod.',

	'code.title': 'Folosește codul de acces',
	'code.intro': 'Scrie codul de pe card, apoi alege o frază de acces. Codul merge o singură dată.',
	'code.code': 'Codul de pe card',
	'code.codeHint': 'Douăsprezece litere și cifre, de exemplu ABCD-EFGH-JKMN.',
	'code.submit': 'Continuă',

	'join.title': 'Alătură-te centrului',
	'join.intro':
		'Ai nevoie doar de un nume ales de tine și de o frază de acces. Fără e-mail, fără număr de telefon, fără acte.',
	'join.submit': 'Alătură-te',
	'join.noPhone':
		'Nu ai telefonul tău? Întreabă la centru: cineva îți va face contul împreună cu tine și îți va tipări un card.',

	'account.title': 'Contul tău',
	'account.signedInAs': 'Ai intrat în cont ca {name}.',
	'account.centres': 'Centrele tale',
	'account.noCentres': 'Încă nu faci parte din niciun centru.',
	'account.openCentre': 'Deschide alt centru',
	'account.signOutTitle': 'Ieși din cont',
	'account.signOutText':
		'Pe un telefon sau calculator pe care îl mai folosesc și alții, ieși mereu din cont. „Ieși din cont peste tot” te scoate din cont și de pe orice alt telefon sau calculator.',
	'account.signOut': 'Ieși din cont',
	'account.signOutEverywhere': 'Ieși din cont peste tot',

	'signedOut.title': 'Ai ieșit din cont',
	'signedOut.here': 'Ai ieșit din cont pe acest telefon sau calculator.',
	'signedOut.everywhere': 'Ai ieșit din cont pe toate telefoanele și calculatoarele.',
	'signedOut.signInAgain': 'Intră din nou în cont',

	'centre.welcome': 'Bine ai venit. Acum faci parte din centru.',
	'centre.demoNotice':
		'Acesta este un centru demonstrativ, cu persoane inventate. Nu scrie aici nimic real.',
	'centre.demoSignIn':
		'Ca să te uiți prin centru ca un coordonator, intră în cont ca „{name}” cu fraza de acces „{passphrase}”.',
	'centre.findUs': 'Cum ne găsești',
	'centre.noAddress': 'Întreabă la centru cum ajungi.',
	'centre.adviserLanguages': 'Consilierii noștri vorbesc',
	'centre.servicesTitle': 'Ce oferim',
	'centre.noServices': 'Centrul nu și-a trecut încă serviciile.',
	'centre.joinTitle': 'Alătură-te centrului',
	'centre.joinText': 'Este gratuit și nu ți se cere nimic. Ai nevoie doar de un nume ales de tine.',
	'centre.joinButton': 'Alătură-te',
	'centre.haveAccount': 'Te-ai alăturat deja?',

	'hours.openNow': 'Deschis acum',
	'hours.closedNow': 'Închis acum',
	'hours.openAlways': 'Deschis zi și noapte.',
	'hours.openClosesAt': 'Se închide la {time}.',
	'hours.openClosesOn': 'Se închide {day} la {time}.',
	'hours.opensTodayAt': 'Se deschide azi la {time}.',
	'hours.opensTonightAt': 'Se deschide diseară la {time}.',
	'hours.opensTomorrowAt': 'Se deschide mâine la {time}.',
	'hours.closedUntil': 'Închis până {day} la {time}.',
	'hours.closedNoHours': 'Nu este deschis deloc în următoarele două săptămâni.',
	'hours.weeklyTitle': 'Program',
	'hours.closedDay': 'Închis',
	'hours.span': 'de la {opens} la {closes}',
	'hours.spanOvernight': 'de la {opens} la {closes} ({day} dimineața)',
	'hours.exceptionsTitle': 'Schimbări ale programului obișnuit',
	'hours.exceptionClosed': 'închis',
	'hours.exceptionOpen': 'deschis de la {opens} la {closes}',
	'hours.timeZone': 'Orele sunt după fusul orar al centrului ({zone}).',

	'manage.title': 'Administrează centrul',
	'manage.enrolText':
		'Creează un cont împreună cu cineva care nu are telefon sau e-mail și tipărește-i cardul.',
	'manage.peopleText':
		'Vezi cine face parte din centru, tipărește un card de acces nou, schimbă rolurile.',
	'manage.detailsText': 'Nume, adresă, cum ajungi, fus orar și limbi.',
	'manage.hoursText': 'Programul săptămânal, nopțile și zilele cu alt program.',
	'manage.organiserText': 'Aici vor apărea uneltele de organizare.',

	'details.title': 'Detaliile centrului',

	'hoursEdit.title': 'Program',
	'hoursEdit.intro': 'Orele sunt după ceasul centrului ({zone}).',
	'hoursEdit.noOpenings': 'Încă nu există program săptămânal. Adaugă mai jos primul interval.',
	'hoursEdit.remove': 'Șterge',
	'hoursEdit.confirmTitle': 'Ștergi acest lucru din program?',
	'hoursEdit.confirmYes': 'Da, șterge',
	'hoursEdit.confirmNo': 'Nu, păstrează',
	'hoursEdit.addOpening': 'Adaugă un interval săptămânal',
	'hoursEdit.overnightHint':
		'Pentru un program de noapte, pune o oră de închidere mai devreme decât ora de deschidere: vineri de la 22:00 la 06:00 se închide sâmbătă dimineața.',
	'hoursEdit.day': 'Ziua în care se deschide',
	'hoursEdit.opens': 'Se deschide la',
	'hoursEdit.closes': 'Se închide la',
	'hoursEdit.timeHint': 'De exemplu 09:00 sau 22:00.',
	'hoursEdit.addOpeningSubmit': 'Adaugă intervalul',
	'hoursEdit.noExceptions': 'Nu sunt planificate schimbări ale programului obișnuit.',
	'hoursEdit.addException': 'Adaugă o schimbare pentru o zi',
	'hoursEdit.date': 'Data',
	'hoursEdit.dateHint': 'De exemplu 2026-12-25.',
	'hoursEdit.kind': 'În ziua aceea centrul este',
	'hoursEdit.kindClosed': 'Închis (fără intervale care încep în ziua aceea)',
	'hoursEdit.kindOpen': 'Deschis la ore în plus',
	'hoursEdit.extraTimeHint': 'Doar pentru orele în plus, de exemplu 22:00.',
	'hoursEdit.note': 'Notă (opțional)',
	'hoursEdit.noteHint': 'De exemplu: zi liberă legală sau deschis toată noaptea înainte de grevă.',
	'hoursEdit.addExceptionSubmit': 'Adaugă schimbarea',

	'enrol.title': 'Creează un cont împreună cu cineva',
	'enrol.intro':
		'Pentru cineva fără telefon sau e-mail, care stă lângă tine. Persoana alege numele; tu tipărești un card cu un cod pe care îl va folosi ca să-și aleagă o frază de acces.',
	'enrol.chosenName': 'Numele ales de persoană',
	'enrol.consentTitle': 'Acordul persoanei',
	'enrol.consentReadAloud': 'Citește-i asta în limba ei și bifează căsuța doar dacă este de acord.',
	'enrol.consentText':
		'Vom păstra numele tău ales și data la care ai intrat în {centre}, și nimic altceva, ca să poți folosi serviciile centrului și să intri în cont. Ne poți cere oricând să le ștergem.',
	'enrol.consentLabel': 'Persoana este de acord',
	'enrol.submit': 'Creează contul și arată cardul',
	'enrol.doneTitle': 'Cont creat',
	'enrol.doneText': 'Tipărește acest card pentru {name} și dă-i-l. Codul se arată o singură dată.',
	'enrol.another': 'Creează alt cont',

	'card.title': 'Cardul tău de acces pentru {centre}',
	'card.name': 'Numele tău ales:',
	'card.code': 'Codul tău:',
	'card.howTo':
		'Intră pe site-ul centrului, alege „Intră în cont”, apoi „Folosește un cod de acces” și scrie codul. Apoi alege-ți fraza de acces.',
	'card.expires': 'Codul merge până la {date}.',
	'card.once': 'Codul merge o singură dată. Nu arăta acest card nimănui.',
	'card.print':
		'Tipărește această pagină din meniul browserului (Tipărire sau Ctrl+P). Se tipărește doar cardul.',

	'people.title': 'Persoane',
	'people.count': {
		one: '{count} persoană face parte din centru.',
		few: '{count} persoane fac parte din centru.',
		other: '{count} de persoane fac parte din centru.'
	},
	'people.empty': 'Încă nu s-a alăturat nimeni.',
	'people.roles': 'Roluri',
	'people.joined': 'Membru din',
	'people.pagination': 'Pagini cu persoane',
	'people.previous': 'Pagina anterioară',
	'people.next': 'Pagina următoare',
	'people.pageOf': 'Pagina {page} din {pages}',

	'person.joined': 'Face parte din centru din {date}.',
	'person.hasPassphrase': 'Și-a ales o frază de acces.',
	'person.noPassphrase': 'Încă nu și-a folosit codul de acces.',
	'person.rolesLegend': 'Rolurile pentru {name}',
	'person.rolesHint': 'Toată lumea este membru. Bifează rolurile pe care persoana le mai are aici.',
	'person.saved': 'Rolurile au fost salvate.',
	'person.resetTitle': 'Frază de acces uitată',
	'person.resetText':
		'Cu persoana lângă tine, tipărește un card nou. Codurile ei vechi nu mai merg, iar când îl folosește, iese din cont peste tot.',
	'person.resetButton': 'Tipărește un card de acces nou',
	'person.cardTitle': 'Card de acces nou',

	'network.newCentreTitle': 'Deschide alt centru',
	'network.newCentreIntro': 'Noul centru folosește același Hearth. Vei fi primul lui coordonator.',
	'network.newCentreSubmit': 'Deschide centrul',

	// Directory: finding help and managing services

	// Directory: HSDS import

	// Directory: referrals

	// Directory: categories of need (keep last: new sections go above)
	'category.work-and-wages': 'Muncă și salarii',
	'category.legal': 'Ajutor juridic',
	'category.health': 'Sănătate',
	'category.sexual-health': 'Sănătate sexuală',
	'category.mental-health': 'Sănătate mintală',
	'category.drugs-and-alcohol': 'Droguri și alcool',
	'category.childcare': 'Îngrijirea copiilor',
	'category.housing': 'Locuință',
	'category.food': 'Mâncare',
	'category.money-and-benefits': 'Bani și beneficii',
	'category.english-and-learning': 'Engleză și învățare',
	'category.immigration-advice': 'Consiliere privind imigrația',
	'category.rest-and-safety': 'Odihnă și siguranță'
};
