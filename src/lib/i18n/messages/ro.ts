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
	'centre.findMoreHelp': 'Caută în toate serviciile, inclusiv ale partenerilor',
	'layout.referrals': 'Trimiterile tale',
	'directory.title': 'Catalog',
	'directory.saved': 'Serviciul a fost salvat.',
	'directory.removed': 'Serviciul a fost șters.',
	'directory.addService': 'Adaugă un serviciu',
	'directory.organizations': 'Organizații',
	'directory.organizationsText':
		'Centrul și partenerii lui: clinici, centre juridice, sindicate, bănci de alimente, adăposturi.',
	'directory.locations': 'Locuri',
	'directory.locationsText': 'Unde se oferă serviciile, cu detalii de accesibilitate.',
	'directory.import': 'Importă din alt catalog',
	'directory.importText':
		'Încarcă servicii partajate în formatul HSDS 3.0 de o primărie sau de alt centru.',
	'directory.seeAsMember': 'Vezi catalogul cum îl văd membrii',
	'directory.seeAsMemberText': 'Caută, filtrează, deschide pagina unui serviciu.',
	'directory.noServices': 'Încă nu sunt servicii. Adaugă primul sau importă-le din alt catalog.',
	'directory.serviceColumn': 'Serviciu',
	'directory.organizationColumn': 'Organizație',
	'directory.statusColumn': 'Stare',
	'directory.public': 'partajat public',
	'service.newTitle': 'Adaugă un serviciu',
	'service.add': 'Adaugă serviciul',
	'service.aboutTitle': 'Despre serviciu',
	'service.name': 'Nume ({language})',
	'service.description': 'Descriere ({language})',
	'service.organization': 'Organizația care îl oferă',
	'service.location': 'Loc',
	'service.locationHint': 'Unde merg oamenii pentru el. Adaugă locuri la Catalog, Locuri.',
	'service.noLocation': 'Fără loc fix (la telefon sau online)',
	'service.categories': 'Tipuri de ajutor',
	'service.status': 'Stare',
	'service.statusActive': 'Funcționează',
	'service.statusTemporarilyClosed': 'Închis deocamdată',
	'service.statusInactive': 'Nu funcționează (ascuns)',
	'service.statusDefunct': 'Închis definitiv (ascuns)',
	'service.accessTitle': 'Cum îl primești',
	'service.noIdLegend': 'Acte și statut de imigrare',
	'service.noIdHint':
		'Bifează doar dacă serviciul nu cere niciun act de identitate și niciun statut de imigrare. Pentru mulți membri asta decide dacă merg.',
	'service.documents': 'Acte cerute',
	'service.documentsHint': 'Câte unul pe rând. Lasă gol dacă nu se cere nimic.',
	'service.eligibility': 'Pentru cine este',
	'service.eligibilityHint': 'Pe înțelesul tuturor, de exemplu: oricine peste 18 ani, fără acte.',
	'service.applicationProcess': 'Cum îl ceri',
	'service.walkInLegend': 'Programări',
	'service.cost': 'Cost',
	'service.feesDescription': 'Cât costă, pe înțelesul tuturor',
	'service.languagesTitle': 'Limbi',
	'service.languages': 'Limbile vorbite acolo',
	'service.otherLanguages': 'Alte limbi',
	'service.otherLanguagesHint': 'Coduri de limbă separate prin virgulă, de exemplu: tl, ur, ti.',
	'service.interpretationNotes': 'Cum funcționează interpretarea acolo',
	'service.hoursHint':
		'Orele sunt după ceasul centrului. Un program care trece de miezul nopții este un singur rând: bifează „se închide a doua zi”.',
	'service.openingRow': 'Programul {number}',
	'service.dayNone': '(nefolosit)',
	'service.nextDayLegend': 'Program de noapte',
	'service.nextDay': 'Se închide a doua zi',
	'service.removeRowLegend': 'Șterge',
	'service.removeRow': 'Șterge acest rând la salvare',
	'service.moreRowsHint': 'Ai nevoie de mai multe rânduri? Salvează și apar rânduri goale noi.',
	'service.exceptionRow': 'Schimbare de dată {number}',
	'service.exceptionKind': 'În acea zi serviciul este',
	'service.exceptionClosed': 'Închis',
	'service.exceptionOpen': 'Deschis în alt program',
	'service.translationsTitle': 'În alte limbi',
	'service.translationsHint':
		'Opțional. Dacă o limbă rămâne goală, cine citește în ea vede textul în {language}, cu o notă despre asta.',
	'service.urlHint': 'Adresa completă, începând cu https://',
	'service.publicLegend': 'Catalog deschis',
	'service.publicHint':
		'Partajat cu alte cataloage prin API-ul HSDS al Hearth. Partajează doar ce face public serviciul însuși.',
	'service.public': 'Partajează acest serviciu în catalogul deschis',
	'service.seePage': 'Vezi pagina serviciului',
	'service.remove': 'Șterge acest serviciu',
	'service.removeTitle': 'Ștergi „{name}”?',
	'service.removeText': 'Se șterg și programul, textele și actele lui. Nu se poate anula.',
	'service.removeYes': 'Da, șterge-l',
	'service.removeNo': 'Nu, păstrează-l',
	'service.cannotRemoveTitle': 'Acest serviciu nu poate fi șters',
	'service.backToEdit': 'Înapoi la serviciu',
	'service.nameRequired': 'Scrie numele serviciului',
	'service.nameTooLong': 'Numele poate avea cel mult 200 de caractere',
	'service.textTooLong': 'Aici poți scrie cel mult 2.000 de caractere',
	'service.organizationUnknown': 'Alege una dintre organizațiile din listă',
	'service.locationUnknown': 'Alege unul dintre locurile din listă',
	'service.statusInvalid': 'Alege una dintre stările din listă',
	'service.categoryInvalid': 'Alege dintre tipurile de ajutor din listă',
	'service.costInvalid': 'Alege gratuit, cost redus sau cu plată',
	'service.tooManyDocuments': 'Scrie cel mult 30 de acte',
	'service.languageInvalid': 'Scrie coduri de limbă precum tl sau ur, separate prin virgulă',
	'service.phoneTooLong': 'Numărul de telefon poate avea cel mult 100 de caractere',
	'service.emailInvalid': 'Scrie o adresă de e-mail precum nume@exemplu.org sau lasă gol',
	'service.urlInvalid': 'Scrie adresa web completă, începând cu https://, sau lasă gol',
	'service.translationNeedsName': 'Dă și un nume în această limbă sau lasă ambele goale',
	'service.dayRequired': 'Alege ziua în care se deschide',
	'service.closesBeforeOpens':
		'Se închide înainte să se deschidă. Dacă se închide după miezul nopții, bifează „se închide a doua zi”.',
	'service.nextDayTooLong':
		'Un program nu poate dura mai mult de 24 de ore. Verifică orele sau debifează „se închide a doua zi”.',
	'directory.services': {
		one: '{count} serviciu',
		few: '{count} servicii',
		other: '{count} de servicii'
	},
	'service.hasReferrals': {
		one: '{count} trimitere duce la acest serviciu, iar trimiterile sunt evidența membrilor. Schimbă starea în „Închis definitiv”: dispare din catalog, iar trimiterea rămâne.',
		few: '{count} trimiteri duc la acest serviciu, iar trimiterile sunt evidența membrilor. Schimbă starea în „Închis definitiv”: dispare din catalog, iar trimiterile rămân.',
		other:
			'{count} de trimiteri duc la acest serviciu, iar trimiterile sunt evidența membrilor. Schimbă starea în „Închis definitiv”: dispare din catalog, iar trimiterile rămân.'
	},
	'layout.findHelp': 'Găsește ajutor',
	'help.title': 'Găsește ajutor',
	'help.intro':
		'Serviciile acestui centru și ale partenerilor lui: sănătate, ajutor juridic, mâncare, un pat pentru noapte și altele.',
	'help.searchLabel': 'De ce ai nevoie?',
	'help.searchHint':
		'În orice limbă, cu orice ortografie. De exemplu: asistentă, salariu neplătit, mâncare.',
	'help.filtersTitle': 'Mai multe opțiuni',
	'help.whenLegend': 'Când',
	'help.whenAny': 'Oricând',
	'help.whenNow': 'Deschis acum',
	'help.whenTonight': 'Deschis diseară',
	'help.onlyLegend': 'Arată doar',
	'help.onlyFree': 'Gratuit',
	'help.onlyNoId': 'Nu se cer acte sau statut de imigrare',
	'help.onlyWalkIn': 'Fără programare',
	'help.languageLabel': 'Limba vorbită',
	'help.anyLanguage': 'Orice limbă',
	'help.categoryLabel': 'Tipul de ajutor',
	'help.anyCategory': 'Orice tip',
	'help.search': 'Caută',
	'help.clear': 'Șterge căutarea',
	'help.noResults': 'Niciun rezultat. Încearcă alt cuvânt sau mai puține opțiuni.',
	'help.emptyDirectory': 'Încă nu sunt servicii. Un coordonator le poate adăuga la Administrare.',
	'help.from': 'Oferit de {organization}',
	'help.temporarilyClosed': 'Închis deocamdată',
	'help.inCentreLanguage': 'Încă nu este scris în limba ta.',
	'help.pagesLabel': 'Paginile de rezultate',
	'help.previous': 'Pagina anterioară',
	'help.next': 'Pagina următoare',
	'help.pageOf': 'Pagina {page} din {pages}',
	'help.costFree': 'Gratuit',
	'help.costLow': 'Cost redus',
	'help.costFee': 'Cu plată',
	'help.noIdAsked': 'Fără acte',
	'help.walkIn': 'Fără programare',
	'help.languages': 'Limbi:',
	'help.back': 'Înapoi la căutarea de ajutor',
	'help.shownIn':
		'Acest serviciu nu este încă descris în limba ta, așa că este arătat în {language}.',
	'help.gettingIt': 'Cum îl primești',
	'help.documentsTitle': 'Acte',
	'help.noIdAskedLong': 'Nu se cer acte de identitate și nici statut de imigrare.',
	'help.idMayBeAsked':
		'S-ar putea să ți se ceară unele acte. Dacă te îngrijorează, întreabă mai întâi un consilier.',
	'help.noDocuments': 'Nu se cer acte.',
	'help.whoFor': 'Pentru cine este',
	'help.howToApply': 'Cum îl ceri',
	'help.cost': 'Cost',
	'help.interpreters': 'Interpreți',
	'help.interpretersAvailable': 'Se poate aranja un interpret.',
	'help.noHours': 'Nu are program fix. Sună înainte sau întreabă la recepție.',
	'help.where': 'Unde',
	'help.accessibility': 'Accesibilitate:',
	'help.contact': 'Contact',
	'help.phone': 'Telefon',
	'help.email': 'E-mail',
	'help.website': 'Site web',
	'help.refer': 'Trimite pe cineva la acest serviciu',
	'help.referSelf': 'Cere o trimitere pentru tine',
	'help.printHint':
		'Această pagină se tipărește pe o singură foaie: folosește Imprimare din browser.',
	'search.tooLong': 'Folosește mai puține cuvinte: căutarea poate avea cel mult 200 de caractere.',
	'search.noWords': 'Scrie un cuvânt de căutat: litere sau cifre, nu doar simboluri.',
	'help.results': {
		one: '{count} serviciu',
		few: '{count} servicii',
		other: '{count} de servicii'
	},

	// Directory: organisations and locations
	'organizations.directory': 'Ghid',
	'organizations.breadcrumbs': 'Unde te afli',
	'organizations.title': 'Organizații',
	'organizations.intro':
		'Centrul tău și partenerii la care trimiți oamenii: clinici, centre de consiliere juridică, sindicate, bănci de alimente, adăposturi. Fiecare serviciu din ghid poate spune care dintre ele îl oferă.',
	'organizations.add': 'Adaugă o organizație',
	'organizations.own': 'Acest centru',
	'organizations.empty':
		'Încă nu există organizații partenere. Adaugă clinicile, centrele de consiliere juridică și sindicatele la care trimiți oamenii.',
	'organizations.pagination': 'Pagini cu organizații',
	'organizations.previous': 'Pagina anterioară',
	'organizations.next': 'Pagina următoare',
	'organizations.pageOf': 'Pagina {page} din {pages}',
	'organizations.saved': 'Organizația a fost salvată.',
	'organizations.removed':
		'Organizația a fost ștearsă. Serviciile ei rămân în ghid, fără organizație.',
	'organizations.newTitle': 'Adaugă o organizație',
	'organizations.ownHint':
		'Această organizație reprezintă chiar centrul tău în ghid și în ce împărtășește cu alții.',
	'organizations.name': 'Nume',
	'organizations.nameHint': 'Cum o știu oamenii, de exemplu „Consiliere Juridică Est”.',
	'organizations.description': 'Ce face (opțional)',
	'organizations.email': 'E-mail (opțional)',
	'organizations.website': 'Site web (opțional)',
	'organizations.websiteHint': 'Adresa completă, care începe cu https://',
	'organizations.phone': 'Telefon (opțional)',
	'organizations.submitNew': 'Adaugă organizația',
	'organizations.remove': 'Șterge această organizație',
	'organizations.confirmTitle': 'Ștergi {name}?',
	'organizations.confirmServices': {
		one: 'Oferă {count} serviciu din ghid. Serviciul rămâne, fără organizație.',
		few: 'Oferă {count} servicii din ghid. Serviciile rămân, fără organizație.',
		other: 'Oferă {count} de servicii din ghid. Serviciile rămân, fără organizație.'
	},
	'organizations.confirmNoServices': 'Niciun serviciu din ghid nu spune că este oferit de ea.',
	'organizations.confirmYes': 'Da, șterge',
	'organizations.confirmNo': 'Nu, păstrează',
	'organizations.ownNotRemovable':
		'Aceasta este organizația centrului tău, așa că nu poate fi ștearsă. Îi poți schimba în schimb numele și datele.',
	'organizations.nameRequired': 'Scrie numele organizației',
	'organizations.nameTooLong': 'Numele trebuie să aibă cel mult 200 de caractere',
	'organizations.descriptionTooLong': 'Ce face trebuie să aibă cel mult 2000 de caractere',
	'organizations.emailInvalid': 'Scrie o adresă de e-mail ca nume@exemplu.org sau las-o goală',
	'organizations.websiteInvalid':
		'Scrie adresa completă a site-ului, care începe cu https:// sau http://, sau las-o goală',
	'organizations.websiteTooLong': 'Adresa site-ului trebuie să aibă cel mult 2000 de caractere',
	'organizations.phoneTooLong': 'Numărul de telefon trebuie să aibă cel mult 2000 de caractere',
	'locations.title': 'Locuri',
	'locations.intro':
		'Locurile unde se oferă serviciile: centrul tău, o clinică, o sală. Spune cum se ajunge acolo și cât de ușor se intră în fiecare.',
	'locations.add': 'Adaugă un loc',
	'locations.empty':
		'Încă nu există locuri. Adaugă locurile unde se oferă serviciile, începând cu centrul tău.',
	'locations.pagination': 'Pagini cu locuri',
	'locations.previous': 'Pagina anterioară',
	'locations.next': 'Pagina următoare',
	'locations.pageOf': 'Pagina {page} din {pages}',
	'locations.saved': 'Locul a fost salvat.',
	'locations.removed': 'Locul a fost șters. Serviciile oferite acolo rămân în ghid.',
	'locations.newTitle': 'Adaugă un loc',
	'locations.unnamed': 'Loc fără nume',
	'locations.name': 'Nume',
	'locations.nameHint': 'De exemplu „Sala mare” sau „Clinica Est”.',
	'locations.addressColumn': 'Adresă',
	'locations.organizationColumn': 'Organizație',
	'locations.address': 'Strada și numărul (opțional)',
	'locations.city': 'Orașul sau localitatea (opțional)',
	'locations.postalCode': 'Codul poștal (opțional)',
	'locations.country': 'Țara',
	'locations.countryHint': 'Două litere, de exemplu GB pentru Regatul Unit sau RO pentru România.',
	'locations.transportation': 'Cum se ajunge (opțional)',
	'locations.transportationHint': 'Autobuze și trenuri, cea mai apropiată stație, unde e ușa.',
	'locations.accessibility': 'Accesibilitate (opțional)',
	'locations.accessibilityHint':
		'În cuvinte simple: acces fără trepte, toalete accesibile, buclă de inducție, un loc liniștit, cui să ceri ajutor.',
	'locations.organization': 'Organizație (opțional)',
	'locations.organizationNone': 'Niciuna',
	'locations.ownOrganization': '{name} (acest centru)',
	'locations.submitNew': 'Adaugă locul',
	'locations.remove': 'Șterge acest loc',
	'locations.confirmTitle': 'Ștergi {name}?',
	'locations.confirmServices': {
		one: 'Aici se oferă {count} serviciu. Rămâne în ghid, dar nu mai este oferit în acest loc.',
		few: 'Aici se oferă {count} servicii. Rămân în ghid, dar nu mai sunt oferite în acest loc.',
		other: 'Aici se oferă {count} de servicii. Rămân în ghid, dar nu mai sunt oferite în acest loc.'
	},
	'locations.confirmNoServices': 'Aici nu se oferă niciun serviciu din ghid.',
	'locations.nameRequired': 'Scrie numele locului',
	'locations.nameTooLong': 'Numele trebuie să aibă cel mult 200 de caractere',
	'locations.addressTooLong': 'Strada și numărul trebuie să aibă cel mult 2000 de caractere',
	'locations.cityTooLong': 'Orașul sau localitatea trebuie să aibă cel mult 2000 de caractere',
	'locations.postalCodeTooLong': 'Codul poștal trebuie să aibă cel mult 2000 de caractere',
	'locations.countryInvalid': 'Scrie țara cu două litere, de exemplu RO',
	'locations.transportationTooLong': 'Cum se ajunge trebuie să aibă cel mult 2000 de caractere',
	'locations.accessibilityTooLong': 'Accesibilitatea trebuie să aibă cel mult 2000 de caractere',
	'locations.organizationUnknown': 'Alege o organizație din listă sau Niciuna',

	// Directory: HSDS import
	'import.problemEndsBeforeStart':
		'Un program din „{field}” se termină înainte să înceapă: ultima lui dată este înaintea primei',
	'import.title': 'Import dintr-un fișier HSDS',
	'import.intro':
		'HSDS (Human Services Data Specification, de la Open Referral) este un mod comun în care ghidurile descriu serviciile: ce oferă, cine le conduce, unde și când. O primărie sau o organizație parteneră îți poate da ghidul ei ca fișier HSDS.',
	'import.howItWorks':
		'Încarcă fișierul, iar Hearth îți arată ce s-ar schimba înainte să schimbe ceva: servicii, organizații și locuri de adăugat, cele de actualizat (potrivite după id-ul HSDS) și fiecare înregistrare cu o problemă. Nu se schimbă nimic până nu confirmi.',
	'import.keepNote':
		'Serviciile importate nu sunt publice până nu le marchezi așa. Numele în alte limbi și zilele în care se închide rămân cum le-ai setat în Hearth.',
	'import.fileLabel': 'Fișier HSDS',
	'import.fileHint':
		'Un fișier JSON de cel mult 1 MB: un serviciu, o listă de servicii sau organizații cu serviciile lor.',
	'import.uploadSubmit': 'Încarcă și verifică',
	'import.previewTitle': 'Verifică importul',
	'import.previewFile': 'Fișier: {file}',
	'import.previewIntro':
		'Încă nu s-a schimbat nimic. Citește listele, apoi confirmă importul sau anulează-l.',
	'import.added': {
		one: '{count} înregistrare de adăugat',
		few: '{count} înregistrări de adăugat',
		other: '{count} de înregistrări de adăugat'
	},
	'import.updated': {
		one: '{count} înregistrare de actualizat',
		few: '{count} înregistrări de actualizat',
		other: '{count} de înregistrări de actualizat'
	},
	'import.unchanged': {
		one: '{count} înregistrare deja la zi',
		few: '{count} înregistrări deja la zi',
		other: '{count} de înregistrări deja la zi'
	},
	'import.invalid': {
		one: '{count} înregistrare cu probleme, care nu se importă',
		few: '{count} înregistrări cu probleme, care nu se importă',
		other: '{count} de înregistrări cu probleme, care nu se importă'
	},
	'import.leftOutTitle': 'Câmpuri pe care Hearth nu le păstrează',
	'import.leftOutIntro':
		'Aceste înregistrări au câmpuri HSDS pe care Hearth nu le păstrează. Se importă fără ele.',
	'import.kindService': 'Serviciu',
	'import.kindOrganization': 'Organizație',
	'import.kindLocation': 'Loc',
	'import.recordNumber': 'numărul {number} din fișier',
	'import.changes': 'Schimbări: {fields}',
	'import.nothingChanges':
		'Tot ce e în fișier este deja în ghid exact așa: importul nu schimbă nimic.',
	'import.confirmSubmit': 'Confirmă importul',
	'import.cancel': 'Anulează',
	'import.doneTitle': 'Import încheiat',
	'import.doneAdded': {
		one: '{count} înregistrare adăugată.',
		few: '{count} înregistrări adăugate.',
		other: '{count} de înregistrări adăugate.'
	},
	'import.doneUpdated': {
		one: '{count} înregistrare actualizată.',
		few: '{count} înregistrări actualizate.',
		other: '{count} de înregistrări actualizate.'
	},
	'import.doneUnchanged': {
		one: '{count} înregistrare era deja la zi.',
		few: '{count} înregistrări erau deja la zi.',
		other: '{count} de înregistrări erau deja la zi.'
	},
	'import.doneInvalid': {
		one: '{count} înregistrare cu probleme nu a fost importată.',
		few: '{count} înregistrări cu probleme nu au fost importate.',
		other: '{count} de înregistrări cu probleme nu au fost importate.'
	},
	'import.toDirectory': 'Mergi la ghid',
	'import.another': 'Importă alt fișier',
	'import.alreadyApplied': 'Acest fișier a fost deja importat.',
	'import.conflict':
		'Ceva s-a schimbat în ghid în timp ce se importa fișierul, așa că nu s-a importat nimic. Încarcă fișierul din nou.',
	'import.fileRequired': 'Alege un fișier HSDS de încărcat',
	'import.fileTooLarge':
		'Fișierul are mai mult de 1 MB. Împarte-l în fișiere mai mici și importă-le pe rând.',
	'import.fileNotJson':
		'Fișierul nu este JSON, deci nu poate fi un fișier HSDS. Verifică dacă ai ales fișierul potrivit.',
	'import.fileNotHsds': 'Fișierul este JSON, dar nu conține servicii sau organizații HSDS.',
	'import.fileEmpty': 'Fișierul nu conține servicii sau organizații.',
	'import.fileTooMany':
		'Fișierul conține mai mult de 1.000 de servicii, organizații sau locuri. Împarte-l în fișiere mai mici.',
	'import.nothingImportable':
		'Nimic din fișier nu poate fi importat: fiecare înregistrare are o problemă. Problemele sunt mai jos.',
	'import.problemNotRecord':
		'Nu este o înregistrare: o înregistrare HSDS este un obiect cu câmpuri',
	'import.problemNotObject': '„{field}” ar trebui să conțină câmpuri, dar conține altceva',
	'import.problemNoId': 'Nu are id',
	'import.problemIdNotUuid':
		'Id-ul său „{value}” nu este un UUID, tipul de identificator folosit de HSDS (de exemplu 3f2b8c1e-6d0a-4c52-9e1f-0a7d5b2c4e61)',
	'import.problemChildIdNotUuid': 'Id-ul „{value}” din „{field}” nu este un UUID',
	'import.problemNoName': 'Nu are nume',
	'import.problemNotText': '„{field}” ar trebui să fie text',
	'import.problemNotList': '„{field}” ar trebui să fie o listă',
	'import.problemNotNumber': '„{field}” ar trebui să fie un număr',
	'import.problemTooLong': '„{field}” are mai mult de {max} de caractere',
	'import.problemHiddenCharacters':
		'„{field}” are caractere ascunse, cum ar fi semne de direcție sau coduri de control',
	'import.problemStatus':
		'Starea sa „{value}” nu este una dintre: active, inactive, defunct, temporarily closed',
	'import.problemEmail': '„{field}” nu este o adresă de e-mail',
	'import.problemWebAddress': '„{field}” nu este o adresă web care începe cu http:// sau https://',
	'import.problemCountry': 'Țara „{value}” nu este un cod de țară din două litere, ca RO',
	'import.problemLanguage': '„{value}” din „{field}” nu este un cod de limbă, ca ro sau pt-BR',
	'import.problemTime': '„{value}” din „{field}” nu este o oră din zi, ca 09:30',
	'import.problemTimeMissing':
		'Un program din „{field}” are ora de deschidere, dar nu și pe cea de închidere, sau invers',
	'import.problemDay':
		'„{value}” din „{field}” nu este o zi a săptămânii (MO, TU, WE, TH, FR, SA sau SU)',
	'import.problemDuplicate': 'Alt serviciu din fișier are același id',
	'import.problemIdUsedTwice': 'Id-ul {value} din „{field}” apare de două ori în fișier',
	'import.problemOtherCentre':
		'Este deja în ghidul altui centru de pe acest Hearth, iar un id poate aparține unui singur centru',
	'import.problemIdTaken': 'Id-ul {value} din „{field}” aparține deja altui serviciu din ghid',

	// Directory: referrals
	'referral.title': 'Trimite un membru către un serviciu',
	'referral.titleSelf': 'Cere să fii trimis către un serviciu',
	'referral.forService': 'Serviciul: {service}',
	'referral.introAdviser':
		'Completează împreună cu persoana de lângă tine. Apoi ea citește exact ce se va transmite și decide. Nu se păstrează nimic până nu este de acord.',
	'referral.introSelf':
		'Spune ce vrei să știe serviciul. Apoi vezi exact ce se va transmite și decizi. Nu se păstrează nimic până nu ești de acord.',
	'referral.memberName': 'Numele ales al persoanei',
	'referral.memberNameHint': 'Numele pe care îl folosește la acest centru.',
	'referral.memberNameRequired': 'Scrie numele ales al persoanei pe care o trimiți',
	'referral.memberNotFound':
		'Nimeni de la acest centru nu are acest nume ales. Verifică scrierea împreună cu persoana',
	'referral.language': 'Limba în care citește persoana',
	'referral.languageHint': 'Vede în această limbă la ce își dă acordul.',
	'referral.languageRequired': 'Alege o limbă din listă',
	'referral.whoUnknown': 'Începe din nou trimiterea de pe pagina serviciului',
	'referral.contact': 'Un mod de a o contacta (opțional)',
	'referral.contactHint':
		'Doar dacă vrea ca serviciul să o contacteze: un număr de telefon, un e-mail sau „întrebați la centru”. Se folosește doar pentru această trimitere.',
	'referral.contactSelf': 'Un mod de a te contacta (opțional)',
	'referral.contactHintSelf':
		'Doar dacă vrei ca serviciul să te contacteze: un număr de telefon, un e-mail sau „întrebați la centru”. Se folosește doar pentru această trimitere.',
	'referral.contactTooLong': 'Modul de contact trebuie să aibă cel mult 200 de caractere',
	'referral.note': 'La ce are nevoie de ajutor (opțional)',
	'referral.noteHint': 'Cu propriile ei cuvinte. Serviciul o va vedea.',
	'referral.noteSelf': 'La ce ai nevoie de ajutor (opțional)',
	'referral.noteHintSelf': 'Cu propriile tale cuvinte. Serviciul o va vedea.',
	'referral.noteTooLong': 'Nota trebuie să aibă cel mult 2.000 de caractere',
	'referral.continue': 'Continuă',
	'referral.referSelfInstead': 'Cere în schimb o trimitere pentru tine',
	'referral.referMemberInstead': 'Trimite în schimb un membru',
	'referral.consentTitle': 'Acordul pentru ce se transmite',
	'referral.consentReadMember':
		'Dă-i persoanei ecranul sau citește-i cuvintele în limba ei. Bifează căsuța doar dacă este de acord.',
	'referral.consentReadSelf': 'Citește ce se va transmite. Bifează căsuța doar dacă ești de acord.',
	'referral.consentLegendMember': 'Acordul persoanei',
	'referral.consentLegendSelf': 'Acordul tău',
	'referral.consentIntro':
		'Sunt de acord ca {centre} să mă trimită către „{service}” și să îi transmită:',
	'referral.consentName': 'numele meu ales, {name}',
	'referral.consentContact': 'modul de a mă contacta arătat aici, doar pentru această trimitere',
	'referral.consentNote': 'nota arătată aici, despre ce am nevoie de ajutor',
	'referral.consentNothingElse':
		'Nu se transmite nimic altceva despre mine. Îmi pot retrage acordul oricând pe pagina mea de trimiteri; atunci modul de contact și nota se șterg.',
	'referral.consentContactLabel': 'Modul de a mă contacta:',
	'referral.consentNoteLabel': 'Nota:',
	'referral.consentAgree': 'Sunt de acord',
	'referral.consentRequired':
		'Nu s-a transmis nimic. Bifează „Sunt de acord” după ce cuvintele au fost citite și acceptate sau oprește-te aici',
	'referral.confirm': 'Fă trimiterea',
	'referral.change': 'Schimbă ce se transmite',
	'referral.cancel': 'Oprește-te aici: nu se păstrează nimic',
	'referral.listTitle': 'Trimiteri',
	'referral.yoursTitle': 'Trimiterile tale',
	'referral.noneYours': 'Nu ai trimiteri. Când ești trimis către un serviciu, apare aici.',
	'referral.findHelp': 'Găsește un serviciu',
	'referral.madeTitle': 'Trimiterile făcute de tine',
	'referral.noneMade': 'Încă nu ai trimis pe nimeni.',
	'referral.madeMore': 'Sunt afișate doar cele mai recente 100.',
	'referral.member': 'Persoana',
	'referral.service': 'Serviciul',
	'referral.status': 'Stare',
	'referral.date': 'Data',
	'referral.madeBy': 'Făcută de',
	'referral.madeByYou': 'Tu',
	'referral.madeByUnknown': 'Cineva care nu mai este la centru',
	'referral.forMember': 'Trimiterea pentru {name}',
	'referral.sharedTitle': 'Ce s-a transmis',
	'referral.contactShownMember': 'Cum poți fi contactat',
	'referral.contactShownAdviser': 'Cum poate fi contactată',
	'referral.noteShownMember': 'Nota ta',
	'referral.noteShownAdviser': 'Nota ei',
	'referral.notGiven': 'Nu a fost dat',
	'referral.agreedWords': 'Cuvintele acceptate',
	'referral.outcome': 'Ce s-a întâmplat',
	'referral.noOutcome': 'Încă nu s-a scris nimic.',
	'referral.outcomeLabelMember': 'Ce s-a întâmplat, cu propriile tale cuvinte',
	'referral.outcomeHintMember':
		'Opțional. Doar tu și consilierul care te-a trimis, dacă a fost cineva, îl puteți citi.',
	'referral.outcomeLabelAdviser': 'Ce s-a întâmplat, cu propriile cuvinte ale persoanei',
	'referral.outcomeHintAdviser':
		'Scrie împreună cu persoana, așa cum spune ea. Doar ea și tu îl puteți citi.',
	'referral.outcomeTooLong': 'Ce s-a întâmplat trebuie să aibă cel mult 2.000 de caractere',
	'referral.saveOutcome': 'Salvează ce s-a întâmplat',
	'referral.statusTitle': 'Unde a ajuns trimiterea',
	'referral.statusLegend': 'Starea trimiterii',
	'referral.statusHint':
		'O înregistrare despre trimitere, niciodată o judecată despre cineva. Orice stare poate fi aleasă oricând.',
	'referral.statusMade': 'Trimitere făcută',
	'referral.statusContacted': 'Serviciul a fost contactat',
	'referral.statusSeen': 'Primit de serviciu',
	'referral.statusClosed': 'Închisă',
	'referral.statusRequired': 'Alege o stare din listă',
	'referral.saveStatus': 'Salvează starea',
	'referral.madeNotice':
		'Trimiterea este făcută. Apare pe pagina de trimiteri a persoanei, unde își poate retrage acordul oricând.',
	'referral.savedNotice': 'Salvat.',
	'referral.withdrawTitle': 'Retrage acordul',
	'referral.withdrawText':
		'Îți poți retrage acordul oricând. Atunci modul de a te contacta și nota ta se șterg, iar trimiterea se închide.',
	'referral.withdraw': 'Retrage acordul',
	'referral.withdrawConfirmTitle': 'Îți retragi acordul pentru această trimitere?',
	'referral.withdrawConfirmText':
		'Modul de a te contacta și nota ta vor fi șterse definitiv, iar trimiterea închisă. Numele serviciului, data și cuvintele pe care le-ai acceptat se păstrează ca înregistrare.',
	'referral.withdrawYes': 'Da, retrage',
	'referral.withdrawNo': 'Nu, păstrează',
	'referral.erasedBoth':
		'Acordul tău este retras. Modul de a te contacta și nota ta au fost șterse, iar trimiterea este închisă.',
	'referral.erasedContact':
		'Acordul tău este retras. Modul de a te contacta a fost șters, iar trimiterea este închisă.',
	'referral.erasedNote':
		'Acordul tău este retras. Nota ta a fost ștearsă, iar trimiterea este închisă.',
	'referral.erasedNothing':
		'Acordul tău este retras și trimiterea este închisă. Nu dăduseși un mod de contact sau o notă, deci nu era nimic de șters.',
	'referral.withdrawnRecord': 'Acordul a fost retras pe {date}. Ce s-a transmis a fost șters.',
	'referral.withdrawnShort': 'Acord retras',
	'referral.withdrawnNoChange':
		'Acordul pentru această trimitere a fost retras, deci nu mai poate fi schimbată',

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
