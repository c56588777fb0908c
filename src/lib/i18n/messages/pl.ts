import type { Catalogue } from '../translate';

export const pl: Catalogue = {
	'layout.hearth': 'Hearth',
	'layout.skipToContent': 'Przejdź do treści głównej',
	'layout.navigation': 'Menu główne',
	'layout.manage': 'Zarządzaj',
	'layout.yourAccount': 'Twoje konto',
	'layout.signIn': 'Zaloguj się',
	'layout.language': 'Język',
	'layout.footer':
		'Hearth przechowuje o Tobie jak najmniej danych i nigdy ich nie udostępnia, nie pytając Cię o zgodę.',

	'form.problem': 'Wystąpił problem',
	'form.errorPrefix': 'Błąd:',
	'form.errorTitle': 'Błąd: ',
	'form.back': 'Wróć',
	'form.save': 'Zapisz',
	'form.hiddenCharacters':
		'Usuń ukryte znaki (na przykład znaki kierunku tekstu lub kody sterujące) i spróbuj ponownie',

	'errors.notFound': 'Nie znaleziono strony',
	'errors.notFoundHelp': 'W adresie może być literówka albo strona mogła zostać przeniesiona.',
	'errors.forbidden': 'Nie masz dostępu do tej strony',
	'errors.forbiddenHelp':
		'Ta strona jest dla osób z zespołu centrum, które mają określoną rolę. Jeśli jej potrzebujesz, zapytaj koordynatora.',
	'errors.tooLarge': 'To, co wysyłasz, jest za duże',
	'errors.tooLargeHelp': 'Wróć, skróć to, co piszesz, i spróbuj ponownie.',
	'errors.notAllowed': 'Tej strony nie można użyć w ten sposób',
	'errors.badRequest': 'Coś w przesłanych danych było nie tak',
	'errors.crossSite':
		'Ten formularz został wysłany z innej strony, więc go odrzuciliśmy. Wróć do Hearth i wyślij go stamtąd.',
	'errors.server': 'Coś poszło nie tak po naszej stronie',
	'errors.serverHelp': 'To nie Twoja wina. Spróbuj ponownie za minutę.',
	'errors.reference': 'Jeśli to się powtórzy, podaj w centrum ten numer zgłoszenia: {reference}',
	'errors.backHome': 'Przejdź do strony startowej',

	'welcome.title': 'Witamy w Hearth',
	'welcome.intro':
		'Hearth pomaga społeczności prowadzić centrum dla osób pracujących, w dzień i w nocy: wsparcie, porady i organizowanie się, nigdy kary.',
	'welcome.centresTitle': 'Centra',
	'welcome.setUpTitle': 'Załóż swoje centrum',
	'welcome.setUpText':
		'Podaj nazwę centrum, adres, strefę czasową i języki, a potem utwórz konto pierwszego koordynatora.',
	'welcome.setUpButton': 'Załóż swoje centrum',
	'welcome.demoTitle': 'Zobacz centrum pokazowe',
	'welcome.demoText': 'Obejrzyj zmyślone centrum, otwarte w dzień oraz w piątkowe i sobotnie noce.',
	'welcome.demoButton': 'Zobacz centrum pokazowe',

	'setup.title': 'Załóż swoje centrum',
	'setup.intro': 'Wszystko to możesz później zmienić.',
	'setup.centreHeading': 'Twoje centrum',
	'setup.coordinatorHeading': 'Twoje konto',
	'setup.coordinatorText':
		'Jako pierwsza osoba w centrum dostaniesz rolę koordynatora. Użyj imienia, które wybierzesz: nie musi to być imię z dokumentów.',
	'setup.submit': 'Utwórz centrum',

	'centres.name': 'Nazwa centrum',
	'centres.nameRequired': 'Wpisz nazwę centrum',
	'centres.nameTooLong': 'Nazwa centrum może mieć najwyżej 120 znaków',
	'centres.address': 'Adres (opcjonalnie)',
	'centres.addressHint': 'Tak, jak napisałby go ktoś, kto chce Was znaleźć.',
	'centres.addressTooLong': 'Adres może mieć najwyżej 500 znaków',
	'centres.directions': 'Jak do nas dotrzeć (opcjonalnie)',
	'centres.directionsHint': 'Na przykład: najbliższa stacja, którymi drzwiami wejść w nocy.',
	'centres.directionsTooLong': 'Opis „Jak do nas dotrzeć” może mieć najwyżej 1000 znaków',
	'centres.timeZone': 'Strefa czasowa',
	'centres.timeZoneHint': 'Godziny otwarcia pokazujemy według tego zegara.',
	'centres.timeZoneUnknown': 'Wybierz z listy strefę czasową centrum',
	'centres.languages': 'Języki, w których działa centrum',
	'centres.languagesHint': 'Strony można czytać w tych językach. Wybierz wszystkie, które pasują.',
	'centres.languagesRequired': 'Wybierz co najmniej jeden język',
	'centres.languageUnknown': 'Wybierz języki z listy',
	'centres.defaultLanguage': 'Główny język',
	'centres.defaultLanguageRequired': 'Wybierz główny język centrum',
	'centres.defaultLanguageNotOffered':
		'Wybierz główny język spośród języków, w których działa centrum',
	'centres.weekdayRequired': 'Wybierz dzień tygodnia',
	'centres.opensInvalid':
		'Wpisz godzinę otwarcia jako godziny i minuty, na przykład 09:00 lub 22:00',
	'centres.closesInvalid':
		'Wpisz godzinę zamknięcia jako godziny i minuty, na przykład 17:30 lub 06:00',
	'centres.dateInvalid': 'Wpisz prawdziwą datę, na przykład 2026-12-25',
	'centres.exceptionKindRequired':
		'Wybierz, czy centrum jest zamknięte, czy otwarte w dodatkowych godzinach',
	'centres.noteTooLong': 'Notatka może mieć najwyżej 200 znaków',

	'identity.chosenName': 'Wybrane imię',
	'identity.chosenNameHint':
		'Imię, którym mamy się do Ciebie zwracać. Nie musi to być imię z dokumentów. Będziesz go używać do logowania.',
	'identity.nameRequired': 'Wpisz wybrane imię',
	'identity.nameTooLong': 'Wybrane imię może mieć najwyżej 60 znaków',
	'identity.nameTaken':
		'Ktoś już używa tego imienia. Dodaj literę, słowo lub liczbę, na przykład „Maria K” albo „Maria 2”',
	'identity.passphrase': 'Hasło-fraza',
	'identity.newPassphrase': 'Wybierz hasło-frazę',
	'identity.passphraseHint':
		'Co najmniej {min} znaków. Dobrze sprawdza się kilka słów, które zapamiętasz, na przykład „niebieski czajnik nocny autobus”. Możesz używać spacji i dowolnego języka.',
	'identity.passphraseAgain': 'Wpisz hasło-frazę jeszcze raz',
	'identity.passphraseRequired': 'Wpisz hasło-frazę',
	'identity.passphraseTooShort':
		'Hasło-fraza musi mieć co najmniej 15 znaków. Spróbuj połączyć kilka słów',
	'identity.passphraseTooLong': 'Hasło-fraza może mieć najwyżej 256 znaków',
	'identity.passphraseCommon':
		'To hasło-fraza jest zbyt łatwe do odgadnięcia. Wybierz kilka słów, które nie są Twoim imieniem ani popularnym hasłem',
	'identity.passphrasesDiffer':
		'Wpisane hasła-frazy się różnią. Wpisz dwa razy to samo hasło-frazę',
	'identity.signInWrong':
		'Wybrane imię lub hasło-fraza się nie zgadzają. Sprawdź je i spróbuj ponownie',
	'identity.signInPaused':
		'Było zbyt wiele prób z tego miejsca. Odczekaj 15 minut i spróbuj ponownie albo poproś w centrum o nową kartę logowania',
	'identity.codeRequired': 'Wpisz kod z karty',
	'identity.codeWrong':
		'Ten kod nie działa. Może jest w nim literówka, był już użyty albo ma więcej niż 7 dni. Poproś w centrum o nową kartę',
	'identity.consentRequired': 'Zaznacz pole, gdy ta osoba się zgodzi, albo zakończ w tym miejscu',
	'identity.roleUnknown': 'Wybierz role z listy',
	'identity.lastCoordinator':
		'Centrum musi mieć co najmniej jednego koordynatora. Najpierw daj rolę koordynatora komuś innemu',
	'identity.resetNeedsCoordinator':
		'Tylko koordynator może wydrukować nową kartę dla osoby, która ma rolę w centrum.',
	'identity.resetElsewhere':
		'Ta osoba pomaga też prowadzić inne centrum albo cały Hearth, więc nie można tu wydrukować nowej karty. Zapytaj osobę, która prowadzi ten Hearth.',

	'roles.member': 'Członek',
	'roles.adviser': 'Doradca',
	'roles.organiser': 'Organizator',
	'roles.coordinator': 'Koordynator',

	'signIn.title': 'Zaloguj się',
	'signIn.submit': 'Zaloguj się',
	'signIn.cardTitle': 'Masz kartę z centrum?',
	'signIn.cardText':
		'Jeśli ktoś w centrum dał Ci kartę z kodem logowania, użyj go, aby wybrać hasło-frazę.',
	'signIn.cardLink': 'Użyj kodu logowania',
	'signIn.forgotTitle': 'Nie pamiętasz hasła-frazy?',
	'signIn.forgotText':
		'Zapytaj doradcę lub koordynatora w centrum. Wydrukują Ci nową kartę z kodem.',

	'code.title': 'Użyj kodu logowania',
	'code.intro': 'Wpisz kod z karty, a potem wybierz hasło-frazę. Kod działa tylko raz.',
	'code.code': 'Kod z Twojej karty',
	'code.codeHint': 'Dwanaście liter i cyfr, na przykład ABCD-EFGH-JKMN.',
	'code.submit': 'Dalej',

	'join.title': 'Dołącz do centrum',
	'join.intro':
		'Potrzebujesz tylko wybranego imienia i hasła-frazy. Bez e-maila, bez numeru telefonu, bez dokumentów.',
	'join.submit': 'Dołącz',
	'join.noPhone':
		'Nie masz własnego telefonu? Zapytaj w centrum: ktoś założy z Tobą konto i wydrukuje Ci kartę.',

	'account.title': 'Twoje konto',
	'account.signedInAs': 'Zalogowano jako {name}.',
	'account.centres': 'Twoje centra',
	'account.noCentres': 'Nie należysz jeszcze do żadnego centrum.',
	'account.openCentre': 'Otwórz kolejne centrum',
	'account.signOutTitle': 'Wylogowanie',
	'account.signOutText':
		'Na wspólnym telefonie lub komputerze zawsze się wylogowuj. „Wyloguj się wszędzie” wyloguje Cię też na każdym innym telefonie i komputerze.',
	'account.signOut': 'Wyloguj się',
	'account.signOutEverywhere': 'Wyloguj się wszędzie',

	'signedOut.title': 'Wylogowano Cię',
	'signedOut.here': 'Wylogowano Cię na tym telefonie lub komputerze.',
	'signedOut.everywhere': 'Wylogowano Cię na wszystkich telefonach i komputerach.',
	'signedOut.signInAgain': 'Zaloguj się ponownie',

	'centre.welcome': 'Witamy. Należysz teraz do centrum.',
	'centre.demoNotice': 'To centrum pokazowe ze zmyślonymi osobami. Nie wpisuj tu nic prawdziwego.',
	'centre.demoSignIn':
		'Aby obejrzeć centrum jako koordynator, zaloguj się jako „{name}” z hasłem-frazą „{passphrase}”.',
	'centre.findUs': 'Jak do nas trafić',
	'centre.noAddress': 'Zapytaj w centrum, jak do niego trafić.',
	'centre.adviserLanguages': 'Języki, w których mówią nasi doradcy',
	'centre.servicesTitle': 'Co oferujemy',
	'centre.noServices': 'Centrum nie dodało jeszcze swoich usług.',
	'centre.joinTitle': 'Dołącz do centrum',
	'centre.joinText':
		'Dołączenie jest bezpłatne i do niczego Cię nie zobowiązuje. Potrzebujesz tylko wybranego imienia.',
	'centre.joinButton': 'Dołącz',
	'centre.haveAccount': 'Już należysz do centrum?',

	'hours.openNow': 'Teraz otwarte',
	'hours.closedNow': 'Teraz zamknięte',
	'hours.openAlways': 'Otwarte w dzień i w nocy.',
	'hours.openClosesAt': 'Zamykamy o {time}.',
	'hours.openClosesOn': 'Zamykamy: {day}, godz. {time}.',
	'hours.opensTodayAt': 'Otwieramy dziś o {time}.',
	'hours.opensTonightAt': 'Otwieramy dziś wieczorem o {time}.',
	'hours.opensTomorrowAt': 'Otwieramy jutro o {time}.',
	'hours.closedUntil': 'Otwieramy: {day}, godz. {time}.',
	'hours.closedNoHours': 'Brak godzin otwarcia w ciągu najbliższych dwóch tygodni.',
	'hours.weeklyTitle': 'Godziny otwarcia',
	'hours.closedDay': 'Zamknięte',
	'hours.span': '{opens}–{closes}',
	'hours.spanOvernight': '{opens}–{closes} ({day} rano)',
	'hours.exceptionsTitle': 'Zmiany w zwykłych godzinach',
	'hours.exceptionClosed': 'zamknięte',
	'hours.exceptionOpen': 'otwarte {opens}–{closes}',
	'hours.timeZone': 'Godziny podajemy według strefy czasowej centrum ({zone}).',

	'manage.title': 'Zarządzaj centrum',
	'manage.enrolText':
		'Załóż konto razem z osobą, która nie ma telefonu ani e-maila, i wydrukuj jej kartę.',
	'manage.peopleText': 'Zobacz, kto należy do centrum, wydrukuj nową kartę logowania, zmień role.',
	'manage.detailsText': 'Nazwa, adres, jak do nas dotrzeć, strefa czasowa i języki.',
	'manage.hoursText': 'Godziny w tygodniu, noce i dni, w które jest inaczej.',
	'manage.organiserText': 'Tutaj pojawią się narzędzia do organizowania.',

	'details.title': 'Dane centrum',

	'hoursEdit.title': 'Godziny otwarcia',
	'hoursEdit.intro': 'Godziny według zegara centrum ({zone}).',
	'hoursEdit.noOpenings':
		'Nie ma jeszcze godzin otwarcia w tygodniu. Dodaj pierwsze otwarcie poniżej.',
	'hoursEdit.remove': 'Usuń',
	'hoursEdit.confirmTitle': 'Usunąć to z godzin otwarcia?',
	'hoursEdit.confirmYes': 'Tak, usuń',
	'hoursEdit.confirmNo': 'Nie, zostaw',
	'hoursEdit.addOpening': 'Dodaj cotygodniowe otwarcie',
	'hoursEdit.overnightHint':
		'Przy otwarciu nocnym podaj godzinę zamknięcia wcześniejszą niż godzina otwarcia: piątek od 22:00 do 06:00 kończy się w sobotę rano.',
	'hoursEdit.day': 'Dzień otwarcia',
	'hoursEdit.opens': 'Godzina otwarcia',
	'hoursEdit.closes': 'Godzina zamknięcia',
	'hoursEdit.timeHint': 'Na przykład 09:00 lub 22:00.',
	'hoursEdit.addOpeningSubmit': 'Dodaj otwarcie',
	'hoursEdit.noExceptions': 'Nie ma zaplanowanych zmian w zwykłych godzinach.',
	'hoursEdit.addException': 'Dodaj zmianę na jeden dzień',
	'hoursEdit.date': 'Data',
	'hoursEdit.dateHint': 'Na przykład 2026-12-25.',
	'hoursEdit.kind': 'Tego dnia centrum jest',
	'hoursEdit.kindClosed': 'Zamknięte (bez otwarć, które zaczynają się tego dnia)',
	'hoursEdit.kindOpen': 'Otwarte w dodatkowych godzinach',
	'hoursEdit.extraTimeHint': 'Tylko przy dodatkowych godzinach, na przykład 22:00.',
	'hoursEdit.note': 'Notatka (opcjonalnie)',
	'hoursEdit.noteHint': 'Na przykład: święto albo otwarte całą noc przed strajkiem.',
	'hoursEdit.addExceptionSubmit': 'Dodaj zmianę',

	'enrol.title': 'Załóż konto razem z kimś',
	'enrol.intro':
		'Dla osoby bez telefonu i e-maila, która jest przy Tobie. To ona wybiera imię; Ty drukujesz kartę z kodem, którego użyje, aby wybrać hasło-frazę.',
	'enrol.chosenName': 'Wybrane imię tej osoby',
	'enrol.consentTitle': 'Zgoda tej osoby',
	'enrol.consentReadAloud':
		'Przeczytaj to tej osobie w jej języku i zaznacz pole tylko wtedy, gdy się zgadza.',
	'enrol.consentText':
		'{centre} zapisze Twoje wybrane imię i datę dołączenia, i nic więcej, aby umożliwić Ci korzystanie z usług centrum i logowanie się. W każdej chwili możesz nas poprosić o usunięcie tych danych.',
	'enrol.consentLabel': 'Ta osoba się zgadza',
	'enrol.submit': 'Utwórz konto i pokaż kartę',
	'enrol.doneTitle': 'Konto zostało utworzone',
	'enrol.doneText':
		'Wydrukuj tę kartę i daj ją osobie o imieniu {name}. Kod jest pokazywany tylko raz.',
	'enrol.another': 'Utwórz kolejne konto',

	'card.title': 'Twoja karta logowania – {centre}',
	'card.name': 'Twoje wybrane imię:',
	'card.code': 'Twój kod:',
	'card.howTo':
		'Wejdź na stronę internetową centrum, wybierz „Zaloguj się”, potem „Użyj kodu logowania” i wpisz kod. Następnie wybierz hasło-frazę.',
	'card.expires': 'Kod działa do {date}.',
	'card.once': 'Kod działa tylko raz. Nie pokazuj tej karty innym.',
	'card.print':
		'Wydrukuj tę stronę z menu przeglądarki (Drukuj albo Ctrl+P). Wydrukuje się tylko karta.',

	'people.title': 'Osoby',
	'people.count': {
		one: 'Do centrum należy {count} osoba.',
		few: 'Do centrum należą {count} osoby.',
		many: 'Do centrum należy {count} osób.',
		other: 'Do centrum należy {count} osoby.'
	},
	'people.empty': 'Nikt jeszcze nie dołączył.',
	'people.roles': 'Role',
	'people.joined': 'Data dołączenia',
	'people.pagination': 'Strony listy osób',
	'people.previous': 'Poprzednia strona',
	'people.next': 'Następna strona',
	'people.pageOf': 'Strona {page} z {pages}',

	'person.joined': 'Data dołączenia: {date}.',
	'person.hasPassphrase': 'Ta osoba wybrała już hasło-frazę.',
	'person.noPassphrase': 'Ta osoba nie użyła jeszcze kodu logowania.',
	'person.rolesLegend': 'Role: {name}',
	'person.rolesHint':
		'Każda osoba jest członkiem. Zaznacz role, które ta osoba pełni tu dodatkowo.',
	'person.saved': 'Zapisano role.',
	'person.resetTitle': 'Zapomniane hasło-fraza',
	'person.resetText':
		'Gdy ta osoba jest przy Tobie, wydrukuj nową kartę. Jej stare kody przestaną działać, a gdy użyje nowego kodu, zostanie wylogowana wszędzie.',
	'person.resetButton': 'Wydrukuj nową kartę logowania',
	'person.cardTitle': 'Nowa karta logowania',

	'network.newCentreTitle': 'Otwórz kolejne centrum',
	'network.newCentreIntro':
		'Nowe centrum będzie korzystać z tego samego Hearth. Jako pierwsza osoba dostaniesz w nim rolę koordynatora.',
	'network.newCentreSubmit': 'Otwórz centrum',

	// Directory: finding help and managing services
	'centre.findMoreHelp': 'Przeszukaj wszystkie usługi, także partnerów',
	'layout.referrals': 'Twoje skierowania',
	'directory.title': 'Katalog',
	'directory.saved': 'Usługa została zapisana.',
	'directory.removed': 'Usługa została usunięta.',
	'directory.addService': 'Dodaj usługę',
	'directory.organizations': 'Organizacje',
	'directory.organizationsText':
		'Centrum i jego partnerzy: przychodnie, poradnie prawne, związki zawodowe, banki żywności, schroniska.',
	'directory.locations': 'Miejsca',
	'directory.locationsText': 'Gdzie świadczone są usługi, z informacjami o dostępności.',
	'directory.import': 'Importuj z innego katalogu',
	'directory.importText':
		'Wczytaj usługi udostępnione w formacie HSDS 3.0 przez samorząd lub inne centrum.',
	'directory.seeAsMember': 'Zobacz katalog tak, jak widzą go członkowie',
	'directory.seeAsMemberText': 'Wyszukuj, filtruj, otwieraj stronę usługi.',
	'directory.noServices':
		'Nie ma jeszcze usług. Dodaj pierwszą albo zaimportuj je z innego katalogu.',
	'directory.serviceColumn': 'Usługa',
	'directory.organizationColumn': 'Organizacja',
	'directory.statusColumn': 'Stan',
	'directory.public': 'udostępniona publicznie',
	'service.newTitle': 'Dodaj usługę',
	'service.add': 'Dodaj usługę',
	'service.aboutTitle': 'O usłudze',
	'service.name': 'Nazwa ({language})',
	'service.description': 'Opis ({language})',
	'service.organization': 'Organizacja, która ją prowadzi',
	'service.location': 'Miejsce',
	'service.locationHint': 'Dokąd trzeba przyjść. Miejsca dodasz w Katalog, Miejsca.',
	'service.noLocation': 'Bez stałego miejsca (telefonicznie lub online)',
	'service.categories': 'Rodzaje pomocy',
	'service.status': 'Stan',
	'service.statusActive': 'Działa',
	'service.statusTemporarilyClosed': 'Chwilowo zamknięta',
	'service.statusInactive': 'Nie działa (ukryta)',
	'service.statusDefunct': 'Zamknięta na stałe (ukryta)',
	'service.accessTitle': 'Jak skorzystać',
	'service.noIdLegend': 'Dokumenty i status imigracyjny',
	'service.noIdHint':
		'Zaznacz tylko wtedy, gdy usługa nie wymaga żadnego dokumentu tożsamości ani statusu imigracyjnego. Dla wielu osób to decyduje, czy przyjdą.',
	'service.documents': 'Wymagane dokumenty',
	'service.documentsHint': 'Jeden w wierszu. Zostaw puste, jeśli nic nie jest wymagane.',
	'service.eligibility': 'Dla kogo',
	'service.eligibilityHint': 'Prostymi słowami, na przykład: każdy powyżej 18 lat, bez dokumentów.',
	'service.applicationProcess': 'Jak się zgłosić',
	'service.walkInLegend': 'Wizyty',
	'service.cost': 'Koszt',
	'service.feesDescription': 'Ile kosztuje, prostymi słowami',
	'service.languagesTitle': 'Języki',
	'service.languages': 'Języki, w których można się tam porozumieć',
	'service.otherLanguages': 'Inne języki',
	'service.otherLanguagesHint': 'Kody języków oddzielone przecinkami, na przykład: tl, ur, ti.',
	'service.interpretationNotes': 'Jak działa tam tłumaczenie',
	'service.hoursHint':
		'Godziny według zegara centrum. Otwarcie trwające po północy to jeden wiersz: zaznacz „zamyka się następnego dnia”.',
	'service.openingRow': 'Otwarcie {number}',
	'service.dayNone': '(nieużywane)',
	'service.nextDayLegend': 'Otwarcie nocne',
	'service.nextDay': 'Zamyka się następnego dnia',
	'service.removeRowLegend': 'Usuń',
	'service.removeRow': 'Usuń ten wiersz przy zapisie',
	'service.moreRowsHint': 'Potrzebujesz więcej wierszy? Zapisz, a pojawią się nowe puste wiersze.',
	'service.exceptionRow': 'Zmiana w dniu {number}',
	'service.exceptionKind': 'Tego dnia usługa jest',
	'service.exceptionClosed': 'Zamknięta',
	'service.exceptionOpen': 'Otwarta w innych godzinach',
	'service.translationsTitle': 'W innych językach',
	'service.translationsHint':
		'Opcjonalne. Jeśli język zostanie pusty, osoby czytające w nim zobaczą tekst w języku: {language}, z informacją o tym.',
	'service.urlHint': 'Pełny adres zaczynający się od https://',
	'service.publicLegend': 'Otwarty katalog',
	'service.publicHint':
		'Udostępniane innym katalogom przez API HSDS Hearth. Udostępniaj tylko to, co sama usługa podaje publicznie.',
	'service.public': 'Udostępnij tę usługę w otwartym katalogu',
	'service.seePage': 'Zobacz stronę usługi',
	'service.remove': 'Usuń tę usługę',
	'service.removeTitle': 'Usunąć „{name}”?',
	'service.removeText':
		'Usunięte zostaną też jej godziny, teksty i dokumenty. Tego nie da się cofnąć.',
	'service.removeYes': 'Tak, usuń',
	'service.removeNo': 'Nie, zostaw',
	'service.cannotRemoveTitle': 'Tej usługi nie można usunąć',
	'service.backToEdit': 'Wróć do usługi',
	'service.nameRequired': 'Wpisz nazwę usługi',
	'service.nameTooLong': 'Nazwa może mieć najwyżej 200 znaków',
	'service.textTooLong': 'Tutaj można wpisać najwyżej 2000 znaków',
	'service.organizationUnknown': 'Wybierz jedną z organizacji z listy',
	'service.locationUnknown': 'Wybierz jedno z miejsc z listy',
	'service.statusInvalid': 'Wybierz jeden ze stanów z listy',
	'service.categoryInvalid': 'Wybierz spośród rodzajów pomocy z listy',
	'service.costInvalid': 'Wybierz: bezpłatne, niski koszt lub płatne',
	'service.tooManyDocuments': 'Podaj najwyżej 30 dokumentów',
	'service.languageInvalid': 'Wpisz kody języków, np. tl lub ur, oddzielone przecinkami',
	'service.phoneTooLong': 'Numer telefonu może mieć najwyżej 100 znaków',
	'service.emailInvalid': 'Wpisz adres e-mail, np. imie@przyklad.org, albo zostaw puste',
	'service.urlInvalid': 'Wpisz pełny adres strony zaczynający się od https:// albo zostaw puste',
	'service.translationNeedsName': 'Podaj też nazwę w tym języku albo zostaw oba pola puste',
	'service.dayRequired': 'Wybierz dzień otwarcia',
	'service.closesBeforeOpens':
		'Zamknięcie jest przed otwarciem. Jeśli zamyka się po północy, zaznacz „zamyka się następnego dnia”.',
	'service.nextDayTooLong':
		'Otwarcie nie może trwać dłużej niż 24 godziny. Sprawdź godziny albo odznacz „zamyka się następnego dnia”.',
	'directory.services': {
		one: '{count} usługa',
		few: '{count} usługi',
		many: '{count} usług',
		other: '{count} usługi'
	},
	'service.hasReferrals': {
		one: '{count} skierowanie prowadzi do tej usługi, a skierowania są zapisami członków. Zamiast tego ustaw stan „Zamknięta na stałe”: zniknie z katalogu, a skierowanie zostanie.',
		few: '{count} skierowania prowadzą do tej usługi, a skierowania są zapisami członków. Zamiast tego ustaw stan „Zamknięta na stałe”: zniknie z katalogu, a skierowania zostaną.',
		many: '{count} skierowań prowadzi do tej usługi, a skierowania są zapisami członków. Zamiast tego ustaw stan „Zamknięta na stałe”: zniknie z katalogu, a skierowania zostaną.',
		other:
			'{count} skierowania prowadzą do tej usługi, a skierowania są zapisami członków. Zamiast tego ustaw stan „Zamknięta na stałe”: zniknie z katalogu, a skierowania zostaną.'
	},
	'layout.findHelp': 'Znajdź pomoc',
	'help.title': 'Znajdź pomoc',
	'help.intro':
		'Usługi tego centrum i jego partnerów: zdrowie, pomoc prawna, jedzenie, nocleg i więcej.',
	'help.searchLabel': 'Czego potrzebujesz?',
	'help.searchHint':
		'W dowolnym języku i pisowni. Na przykład: pielęgniarka, niewypłacone wynagrodzenie, jedzenie.',
	'help.filtersTitle': 'Więcej opcji',
	'help.whenLegend': 'Kiedy',
	'help.whenAny': 'O każdej porze',
	'help.whenNow': 'Otwarte teraz',
	'help.whenTonight': 'Otwarte dziś w nocy',
	'help.onlyLegend': 'Pokaż tylko',
	'help.onlyFree': 'Bezpłatne',
	'help.onlyNoId': 'Bez pytania o dokumenty i status imigracyjny',
	'help.onlyWalkIn': 'Bez umawiania się',
	'help.languageLabel': 'Język',
	'help.anyLanguage': 'Dowolny język',
	'help.categoryLabel': 'Rodzaj pomocy',
	'help.anyCategory': 'Dowolny rodzaj',
	'help.search': 'Szukaj',
	'help.clear': 'Wyczyść wyszukiwanie',
	'help.noResults': 'Brak wyników. Spróbuj innego słowa lub mniejszej liczby opcji.',
	'help.emptyDirectory':
		'Nie ma jeszcze żadnych usług. Koordynator może je dodać w zakładce Zarządzaj.',
	'help.from': 'Prowadzi: {organization}',
	'help.temporarilyClosed': 'Chwilowo zamknięte',
	'help.inCentreLanguage': 'Jeszcze nie napisane w Twoim języku.',
	'help.pagesLabel': 'Strony wyników',
	'help.previous': 'Poprzednia strona',
	'help.next': 'Następna strona',
	'help.pageOf': 'Strona {page} z {pages}',
	'help.costFree': 'Bezpłatne',
	'help.costLow': 'Niski koszt',
	'help.costFee': 'Płatne',
	'help.noIdAsked': 'Bez dokumentów',
	'help.walkIn': 'Bez umawiania się',
	'help.languages': 'Języki:',
	'help.back': 'Wróć do wyszukiwania pomocy',
	'help.shownIn':
		'Ta usługa nie jest jeszcze opisana w Twoim języku, więc jest pokazana w języku: {language}.',
	'help.gettingIt': 'Jak skorzystać',
	'help.documentsTitle': 'Dokumenty',
	'help.noIdAskedLong': 'Nikt nie pyta o dokumenty ani status imigracyjny.',
	'help.idMayBeAsked':
		'Mogą poprosić o jakiś dokument. Jeśli to Cię martwi, najpierw zapytaj doradcę.',
	'help.noDocuments': 'Nie trzeba żadnych dokumentów.',
	'help.whoFor': 'Dla kogo',
	'help.howToApply': 'Jak się zgłosić',
	'help.cost': 'Koszt',
	'help.interpreters': 'Tłumacze',
	'help.interpretersAvailable': 'Można zorganizować tłumacza.',
	'help.noHours': 'Brak stałych godzin. Najpierw zadzwoń albo zapytaj w recepcji.',
	'help.where': 'Gdzie',
	'help.accessibility': 'Dostępność:',
	'help.contact': 'Kontakt',
	'help.phone': 'Telefon',
	'help.email': 'E-mail',
	'help.website': 'Strona internetowa',
	'help.refer': 'Skieruj kogoś do tej usługi',
	'help.referSelf': 'Poproś o skierowanie dla siebie',
	'help.printHint': 'Ta strona mieści się na jednej kartce: użyj opcji Drukuj w przeglądarce.',
	'search.tooLong': 'Użyj mniej słów: wyszukiwanie może mieć do 200 znaków.',
	'search.noWords': 'Wpisz słowo do wyszukania: litery lub cyfry, nie same symbole.',
	'help.results': {
		one: '{count} usługa',
		few: '{count} usługi',
		many: '{count} usług',
		other: '{count} usługi'
	},

	// Directory: organisations and locations
	'organizations.directory': 'Katalog',
	'organizations.breadcrumbs': 'Gdzie jesteś',
	'organizations.title': 'Organizacje',
	'organizations.intro':
		'Twoje centrum i partnerzy, do których kierujesz ludzi: przychodnie, poradnie prawne, związki zawodowe, banki żywności, schroniska. Każda usługa w katalogu może wskazać, która z nich ją prowadzi.',
	'organizations.add': 'Dodaj organizację',
	'organizations.own': 'To centrum',
	'organizations.empty':
		'Nie ma jeszcze organizacji partnerskich. Dodaj przychodnie, poradnie prawne i związki zawodowe, do których kierujesz ludzi.',
	'organizations.pagination': 'Strony organizacji',
	'organizations.previous': 'Poprzednia strona',
	'organizations.next': 'Następna strona',
	'organizations.pageOf': 'Strona {page} z {pages}',
	'organizations.saved': 'Organizacja zapisana.',
	'organizations.removed':
		'Organizacja usunięta. Jej usługi pozostają w katalogu, bez organizacji.',
	'organizations.newTitle': 'Dodaj organizację',
	'organizations.ownHint':
		'Ta organizacja oznacza samo twoje centrum w katalogu i w tym, co udostępnia innym.',
	'organizations.name': 'Nazwa',
	'organizations.nameHint': 'Tak, jak znają ją ludzie, na przykład „Poradnia Prawna Wschód”.',
	'organizations.description': 'Czym się zajmuje (opcjonalnie)',
	'organizations.email': 'E-mail (opcjonalnie)',
	'organizations.website': 'Strona internetowa (opcjonalnie)',
	'organizations.websiteHint': 'Pełny adres, zaczynający się od https://',
	'organizations.phone': 'Telefon (opcjonalnie)',
	'organizations.submitNew': 'Dodaj organizację',
	'organizations.remove': 'Usuń tę organizację',
	'organizations.confirmTitle': 'Usunąć {name}?',
	'organizations.confirmServices': {
		one: 'Prowadzi {count} usługę w katalogu. Usługa zostaje, bez organizacji.',
		few: 'Prowadzi {count} usługi w katalogu. Usługi zostają, bez organizacji.',
		many: 'Prowadzi {count} usług w katalogu. Usługi zostają, bez organizacji.',
		other: 'Prowadzi {count} usługi w katalogu. Usługi zostają, bez organizacji.'
	},
	'organizations.confirmNoServices': 'Żadna usługa w katalogu nie jest przez nią prowadzona.',
	'organizations.confirmYes': 'Tak, usuń',
	'organizations.confirmNo': 'Nie, zostaw',
	'organizations.ownNotRemovable':
		'To organizacja twojego centrum, więc nie można jej usunąć. Możesz za to zmienić jej nazwę i dane.',
	'organizations.nameRequired': 'Wpisz nazwę organizacji',
	'organizations.nameTooLong': 'Nazwa może mieć najwyżej 200 znaków',
	'organizations.descriptionTooLong': 'Opis działalności może mieć najwyżej 2000 znaków',
	'organizations.emailInvalid':
		'Wpisz adres e-mail, na przykład imie@example.org, albo zostaw puste',
	'organizations.websiteInvalid':
		'Wpisz pełny adres strony, zaczynający się od https:// lub http://, albo zostaw puste',
	'organizations.websiteTooLong': 'Adres strony może mieć najwyżej 2000 znaków',
	'organizations.phoneTooLong': 'Numer telefonu może mieć najwyżej 2000 znaków',
	'locations.title': 'Miejsca',
	'locations.intro':
		'Miejsca, w których prowadzone są usługi: twoje centrum, przychodnia, sala. Napisz, jak tam dotrzeć i jak łatwo wejść do każdego z nich.',
	'locations.add': 'Dodaj miejsce',
	'locations.empty':
		'Nie ma jeszcze miejsc. Dodaj miejsca, w których prowadzone są usługi, zaczynając od twojego centrum.',
	'locations.pagination': 'Strony miejsc',
	'locations.previous': 'Poprzednia strona',
	'locations.next': 'Następna strona',
	'locations.pageOf': 'Strona {page} z {pages}',
	'locations.saved': 'Miejsce zapisane.',
	'locations.removed': 'Miejsce usunięte. Usługi, które tam były, pozostają w katalogu.',
	'locations.newTitle': 'Dodaj miejsce',
	'locations.unnamed': 'Miejsce bez nazwy',
	'locations.name': 'Nazwa',
	'locations.nameHint': 'Na przykład „Główna sala” albo „Przychodnia Wschód”.',
	'locations.addressColumn': 'Adres',
	'locations.organizationColumn': 'Organizacja',
	'locations.address': 'Ulica i numer (opcjonalnie)',
	'locations.city': 'Miejscowość (opcjonalnie)',
	'locations.postalCode': 'Kod pocztowy (opcjonalnie)',
	'locations.country': 'Kraj',
	'locations.countryHint': 'Dwie litery, na przykład GB dla Wielkiej Brytanii albo PL dla Polski.',
	'locations.transportation': 'Jak dojechać (opcjonalnie)',
	'locations.transportationHint': 'Autobusy i pociągi, najbliższy przystanek, gdzie są drzwi.',
	'locations.accessibility': 'Dostępność (opcjonalnie)',
	'locations.accessibilityHint':
		'Prostymi słowami: wejście bez schodów, dostępne toalety, pętla indukcyjna, ciche miejsce, kogo poprosić o pomoc.',
	'locations.organization': 'Organizacja (opcjonalnie)',
	'locations.organizationNone': 'Żadna',
	'locations.ownOrganization': '{name} (to centrum)',
	'locations.submitNew': 'Dodaj miejsce',
	'locations.remove': 'Usuń to miejsce',
	'locations.confirmTitle': 'Usunąć {name}?',
	'locations.confirmServices': {
		one: 'Tu prowadzona jest {count} usługa. Zostaje w katalogu, ale nie będzie już prowadzona w tym miejscu.',
		few: 'Tu prowadzone są {count} usługi. Zostają w katalogu, ale nie będą już prowadzone w tym miejscu.',
		many: 'Tu prowadzonych jest {count} usług. Zostają w katalogu, ale nie będą już prowadzone w tym miejscu.',
		other:
			'Tu prowadzone są {count} usługi. Zostają w katalogu, ale nie będą już prowadzone w tym miejscu.'
	},
	'locations.confirmNoServices': 'Żadna usługa z katalogu nie jest tu prowadzona.',
	'locations.nameRequired': 'Wpisz nazwę miejsca',
	'locations.nameTooLong': 'Nazwa może mieć najwyżej 200 znaków',
	'locations.addressTooLong': 'Ulica i numer mogą mieć najwyżej 2000 znaków',
	'locations.cityTooLong': 'Miejscowość może mieć najwyżej 2000 znaków',
	'locations.postalCodeTooLong': 'Kod pocztowy może mieć najwyżej 2000 znaków',
	'locations.countryInvalid': 'Wpisz kraj dwiema literami, na przykład PL',
	'locations.transportationTooLong': 'Opis dojazdu może mieć najwyżej 2000 znaków',
	'locations.accessibilityTooLong': 'Opis dostępności może mieć najwyżej 2000 znaków',
	'locations.organizationUnknown': 'Wybierz organizację z listy albo „Żadna”',

	// Directory: HSDS import
	'import.problemEndsBeforeStart':
		'Harmonogram w „{field}” kończy się przed rozpoczęciem: jego ostatnia data jest wcześniejsza niż pierwsza',
	'import.title': 'Import z pliku HSDS',
	'import.intro':
		'HSDS (Human Services Data Specification, standard Open Referral) to wspólny sposób opisywania usług w katalogach: co oferują, kto je prowadzi, gdzie i kiedy. Urząd lub organizacja partnerska może przekazać ci swój katalog jako plik HSDS.',
	'import.howItWorks':
		'Prześlij plik, a Hearth pokaże, co by się zmieniło, zanim cokolwiek zmieni: usługi, organizacje i miejsca do dodania, te do zaktualizowania (dopasowane po identyfikatorze HSDS) oraz każdy rekord, w którym jest problem. Nic się nie zmieni, dopóki nie potwierdzisz.',
	'import.keepNote':
		'Zaimportowane usługi nie są publiczne, dopóki ich tak nie oznaczysz. Nazwy w innych językach i zamknięcia w konkretne dni zostają takie, jak ustawiono je w Hearth.',
	'import.fileLabel': 'Plik HSDS',
	'import.fileHint':
		'Plik JSON o rozmiarze najwyżej 1 MB: jedna usługa, lista usług albo organizacje z ich usługami.',
	'import.uploadSubmit': 'Prześlij i sprawdź',
	'import.previewTitle': 'Sprawdź import',
	'import.previewFile': 'Plik: {file}',
	'import.previewIntro':
		'Na razie nic się nie zmieniło. Przeczytaj listy, a potem potwierdź import albo go anuluj.',
	'import.added': {
		one: '{count} rekord do dodania',
		few: '{count} rekordy do dodania',
		many: '{count} rekordów do dodania',
		other: '{count} rekordu do dodania'
	},
	'import.updated': {
		one: '{count} rekord do zaktualizowania',
		few: '{count} rekordy do zaktualizowania',
		many: '{count} rekordów do zaktualizowania',
		other: '{count} rekordu do zaktualizowania'
	},
	'import.unchanged': {
		one: '{count} rekord już aktualny',
		few: '{count} rekordy już aktualne',
		many: '{count} rekordów już aktualnych',
		other: '{count} rekordu już aktualnego'
	},
	'import.invalid': {
		one: '{count} rekord z problemami, nie zostanie zaimportowany',
		few: '{count} rekordy z problemami, nie zostaną zaimportowane',
		many: '{count} rekordów z problemami, nie zostaną zaimportowane',
		other: '{count} rekordu z problemami, nie zostaną zaimportowane'
	},
	'import.leftOutTitle': 'Pola, których Hearth nie przechowuje',
	'import.leftOutIntro':
		'Te rekordy mają pola HSDS, których Hearth nie przechowuje. Zostaną zaimportowane bez nich.',
	'import.kindService': 'Usługa',
	'import.kindOrganization': 'Organizacja',
	'import.kindLocation': 'Miejsce',
	'import.recordNumber': 'numer {number} w pliku',
	'import.changes': 'Zmiany: {fields}',
	'import.nothingChanges':
		'Wszystko z pliku jest już w katalogu w tej samej postaci: import niczego nie zmieni.',
	'import.confirmSubmit': 'Potwierdź import',
	'import.cancel': 'Anuluj',
	'import.doneTitle': 'Import zakończony',
	'import.doneAdded': {
		one: 'Dodano {count} rekord.',
		few: 'Dodano {count} rekordy.',
		many: 'Dodano {count} rekordów.',
		other: 'Dodano {count} rekordu.'
	},
	'import.doneUpdated': {
		one: 'Zaktualizowano {count} rekord.',
		few: 'Zaktualizowano {count} rekordy.',
		many: 'Zaktualizowano {count} rekordów.',
		other: 'Zaktualizowano {count} rekordu.'
	},
	'import.doneUnchanged': {
		one: '{count} rekord był już aktualny.',
		few: '{count} rekordy były już aktualne.',
		many: '{count} rekordów było już aktualnych.',
		other: '{count} rekordu było już aktualnego.'
	},
	'import.doneInvalid': {
		one: '{count} rekord z problemami nie został zaimportowany.',
		few: '{count} rekordy z problemami nie zostały zaimportowane.',
		many: '{count} rekordów z problemami nie zostało zaimportowanych.',
		other: '{count} rekordu z problemami nie zaimportowano.'
	},
	'import.toDirectory': 'Przejdź do katalogu',
	'import.another': 'Importuj inny plik',
	'import.alreadyApplied': 'Ten plik został już zaimportowany.',
	'import.conflict':
		'Podczas importu coś w katalogu się zmieniło, więc nic nie zostało zaimportowane. Prześlij plik jeszcze raz.',
	'import.fileRequired': 'Wybierz plik HSDS do przesłania',
	'import.fileTooLarge':
		'Plik ma więcej niż 1 MB. Podziel go na mniejsze pliki i importuj je po kolei.',
	'import.fileNotJson':
		'Plik nie jest plikiem JSON, więc nie może być plikiem HSDS. Sprawdź, czy wybrano właściwy plik.',
	'import.fileNotHsds': 'Plik jest w formacie JSON, ale nie zawiera usług ani organizacji HSDS.',
	'import.fileEmpty': 'Plik nie zawiera żadnych usług ani organizacji.',
	'import.fileTooMany':
		'Plik zawiera ponad 1000 usług, organizacji lub miejsc. Podziel go na mniejsze pliki.',
	'import.nothingImportable':
		'Z tego pliku nie da się nic zaimportować: w każdym rekordzie jest problem. Problemy są wypisane poniżej.',
	'import.problemNotRecord': 'To nie jest rekord: rekord HSDS to obiekt z polami',
	'import.problemNotObject': 'Pole „{field}” powinno zawierać pola, a zawiera coś innego',
	'import.problemNoId': 'Nie ma identyfikatora (id)',
	'import.problemIdNotUuid':
		'Jego id „{value}” nie jest identyfikatorem UUID, jakiego używa HSDS (na przykład 3f2b8c1e-6d0a-4c52-9e1f-0a7d5b2c4e61)',
	'import.problemChildIdNotUuid': 'Id „{value}” w polu „{field}” nie jest identyfikatorem UUID',
	'import.problemNoName': 'Nie ma nazwy',
	'import.problemNotText': 'Pole „{field}” powinno być tekstem',
	'import.problemNotList': 'Pole „{field}” powinno być listą',
	'import.problemNotNumber': 'Pole „{field}” powinno być liczbą',
	'import.problemTooLong': 'Pole „{field}” ma więcej niż {max} znaków',
	'import.problemHiddenCharacters':
		'Pole „{field}” zawiera ukryte znaki, na przykład znaki kierunku tekstu lub kody sterujące',
	'import.problemStatus':
		'Jego status „{value}” nie jest żadnym z: active, inactive, defunct, temporarily closed',
	'import.problemEmail': 'Pole „{field}” nie jest adresem e-mail',
	'import.problemWebAddress':
		'Pole „{field}” nie jest adresem strony zaczynającym się od http:// lub https://',
	'import.problemCountry': 'Kraj „{value}” nie jest dwuliterowym kodem kraju, takim jak PL',
	'import.problemLanguage':
		'„{value}” w polu „{field}” nie jest kodem języka, takim jak pl lub pt-BR',
	'import.problemTime': '„{value}” w polu „{field}” nie jest godziną, taką jak 09:30',
	'import.problemTimeMissing':
		'Harmonogram w polu „{field}” ma godzinę otwarcia bez godziny zamknięcia albo godzinę zamknięcia bez godziny otwarcia',
	'import.problemDay':
		'„{value}” w polu „{field}” nie jest dniem tygodnia (MO, TU, WE, TH, FR, SA lub SU)',
	'import.problemDuplicate': 'Inna usługa w pliku ma ten sam identyfikator',
	'import.problemIdUsedTwice': 'Id {value} w polu „{field}” występuje w pliku dwa razy',
	'import.problemOtherCentre':
		'Jest już w katalogu innego centrum w tym Hearth, a identyfikator może należeć tylko do jednego centrum',
	'import.problemIdTaken': 'Id {value} w polu „{field}” należy już do innej usługi w katalogu',

	// Directory: referrals
	'referral.title': 'Skieruj członka do usługi',
	'referral.titleSelf': 'Poproś o skierowanie',
	'referral.forService': 'Usługa: {service}',
	'referral.introAdviser':
		'Wypełnij to razem z tą osobą. Potem przeczyta dokładnie, co zostanie przekazane, i zdecyduje. Nic nie jest zapisywane, dopóki się nie zgodzi.',
	'referral.introSelf':
		'Napisz, co usługa ma wiedzieć. Potem zobaczysz dokładnie, co zostanie przekazane, i zdecydujesz. Nic nie jest zapisywane, dopóki się nie zgodzisz.',
	'referral.memberName': 'Wybrane imię tej osoby',
	'referral.memberNameHint': 'Imię, którego używa w tym centrum.',
	'referral.memberNameRequired': 'Wpisz wybrane imię osoby, którą kierujesz',
	'referral.memberNotFound':
		'Nikt w tym centrum nie ma takiego wybranego imienia. Sprawdź pisownię razem z tą osobą',
	'referral.language': 'Język, w którym czyta ta osoba',
	'referral.languageHint': 'To, na co się zgadza, zobaczy w tym języku.',
	'referral.languageRequired': 'Wybierz język z listy',
	'referral.whoUnknown': 'Zacznij skierowanie od nowa na stronie usługi',
	'referral.contact': 'Sposób kontaktu z tą osobą (opcjonalnie)',
	'referral.contactHint':
		'Tylko jeśli chce, żeby usługa się z nią skontaktowała: numer telefonu, e-mail albo „pytać w centrum”. Służy tylko temu skierowaniu.',
	'referral.contactSelf': 'Sposób kontaktu z tobą (opcjonalnie)',
	'referral.contactHintSelf':
		'Tylko jeśli chcesz, żeby usługa się z tobą skontaktowała: numer telefonu, e-mail albo „pytać w centrum”. Służy tylko temu skierowaniu.',
	'referral.contactTooLong': 'Sposób kontaktu może mieć najwyżej 200 znaków',
	'referral.note': 'W czym potrzebuje pomocy (opcjonalnie)',
	'referral.noteHint': 'Jej własnymi słowami. Usługa to zobaczy.',
	'referral.noteSelf': 'W czym potrzebujesz pomocy (opcjonalnie)',
	'referral.noteHintSelf': 'Twoimi własnymi słowami. Usługa to zobaczy.',
	'referral.noteTooLong': 'Notatka może mieć najwyżej 2000 znaków',
	'referral.continue': 'Dalej',
	'referral.referSelfInstead': 'Zamiast tego poproś o skierowanie dla siebie',
	'referral.referMemberInstead': 'Zamiast tego skieruj członka',
	'referral.consentTitle': 'Zgoda na to, co zostanie przekazane',
	'referral.consentReadMember':
		'Daj tej osobie ekran albo przeczytaj jej te słowa w jej języku. Zaznacz pole tylko wtedy, gdy się zgadza.',
	'referral.consentReadSelf':
		'Przeczytaj, co zostanie przekazane. Zaznacz pole tylko, jeśli się zgadzasz.',
	'referral.consentLegendMember': 'Zgoda tej osoby',
	'referral.consentLegendSelf': 'Twoja zgoda',
	'referral.consentIntro':
		'Zgadzam się, żeby {centre} skierowało mnie do „{service}” i przekazało tej usłudze:',
	'referral.consentName': 'moje wybrane imię, {name}',
	'referral.consentContact': 'sposób kontaktu ze mną podany tutaj, tylko dla tego skierowania',
	'referral.consentNote': 'notatkę podaną tutaj o tym, w czym potrzebuję pomocy',
	'referral.consentNothingElse':
		'Nic więcej o mnie nie jest przekazywane. W każdej chwili mogę wycofać zgodę na mojej stronie skierowań; wtedy sposób kontaktu i notatka zostaną usunięte.',
	'referral.consentContactLabel': 'Sposób kontaktu ze mną:',
	'referral.consentNoteLabel': 'Notatka:',
	'referral.consentAgree': 'Zgadzam się',
	'referral.consentRequired':
		'Nic nie zostało przekazane. Zaznacz „Zgadzam się”, gdy słowa zostaną przeczytane i zaakceptowane, albo zakończ w tym miejscu',
	'referral.confirm': 'Wyślij skierowanie',
	'referral.change': 'Zmień to, co zostanie przekazane',
	'referral.cancel': 'Zakończ tutaj: nic nie zostanie zapisane',
	'referral.listTitle': 'Skierowania',
	'referral.yoursTitle': 'Twoje skierowania',
	'referral.noneYours': 'Nie masz skierowań. Gdy ktoś skieruje cię do usługi, pojawi się to tutaj.',
	'referral.findHelp': 'Znajdź usługę',
	'referral.madeTitle': 'Skierowania, które wystawiłeś/-aś',
	'referral.noneMade': 'Jeszcze nikogo nie skierowałeś/-aś.',
	'referral.madeMore': 'Widać tylko 100 najnowszych.',
	'referral.member': 'Osoba',
	'referral.service': 'Usługa',
	'referral.status': 'Stan',
	'referral.date': 'Data',
	'referral.madeBy': 'Kto skierował',
	'referral.madeByYou': 'Ty',
	'referral.madeByUnknown': 'Ktoś, kogo nie ma już w centrum',
	'referral.forMember': 'Skierowanie: {name}',
	'referral.sharedTitle': 'Co zostało przekazane',
	'referral.contactShownMember': 'Kontakt z tobą',
	'referral.contactShownAdviser': 'Kontakt z tą osobą',
	'referral.noteShownMember': 'Twoja notatka',
	'referral.noteShownAdviser': 'Jej notatka',
	'referral.notGiven': 'Nie podano',
	'referral.agreedWords': 'Słowa, na które wyrażono zgodę',
	'referral.outcome': 'Co się wydarzyło',
	'referral.noOutcome': 'Jeszcze nic nie napisano.',
	'referral.outcomeLabelMember': 'Co się wydarzyło, twoimi słowami',
	'referral.outcomeHintMember':
		'Opcjonalnie. Czytać to możesz tylko ty i doradca, który cię skierował, jeśli to był ktoś inny.',
	'referral.outcomeLabelAdviser': 'Co się wydarzyło, słowami tej osoby',
	'referral.outcomeHintAdviser':
		'Napisz to razem z tą osobą, tak jak ona to mówi. Czytać to możecie tylko wy dwoje.',
	'referral.outcomeTooLong': 'Opis tego, co się wydarzyło, może mieć najwyżej 2000 znaków',
	'referral.saveOutcome': 'Zapisz, co się wydarzyło',
	'referral.statusTitle': 'Na jakim etapie jest skierowanie',
	'referral.statusLegend': 'Stan skierowania',
	'referral.statusHint':
		'To zapis o skierowaniu, nigdy ocena kogokolwiek. Każdy stan można wybrać w dowolnej chwili.',
	'referral.statusMade': 'Skierowanie wystawione',
	'referral.statusContacted': 'Usługa powiadomiona',
	'referral.statusSeen': 'Przyjęte przez usługę',
	'referral.statusClosed': 'Zamknięte',
	'referral.statusRequired': 'Wybierz stan z listy',
	'referral.saveStatus': 'Zapisz stan',
	'referral.madeNotice':
		'Skierowanie zostało wystawione. Widać je na stronie skierowań tej osoby, gdzie w każdej chwili może wycofać zgodę.',
	'referral.savedNotice': 'Zapisano.',
	'referral.withdrawTitle': 'Wycofaj zgodę',
	'referral.withdrawText':
		'Możesz wycofać zgodę w każdej chwili. Wtedy sposób kontaktu z tobą i twoja notatka zostaną usunięte, a skierowanie zamknięte.',
	'referral.withdraw': 'Wycofaj zgodę',
	'referral.withdrawConfirmTitle': 'Wycofać zgodę na to skierowanie?',
	'referral.withdrawConfirmText':
		'Sposób kontaktu z tobą i twoja notatka zostaną usunięte na zawsze, a skierowanie zamknięte. Nazwa usługi, data i słowa, na które się zgodziłeś/-aś, zostają jako zapis.',
	'referral.withdrawYes': 'Tak, wycofaj',
	'referral.withdrawNo': 'Nie, zostaw',
	'referral.erasedBoth':
		'Zgoda została wycofana. Sposób kontaktu z tobą i twoja notatka zostały usunięte, a skierowanie jest zamknięte.',
	'referral.erasedContact':
		'Zgoda została wycofana. Sposób kontaktu z tobą został usunięty, a skierowanie jest zamknięte.',
	'referral.erasedNote':
		'Zgoda została wycofana. Twoja notatka została usunięta, a skierowanie jest zamknięte.',
	'referral.erasedNothing':
		'Zgoda została wycofana, a skierowanie jest zamknięte. Nie podano sposobu kontaktu ani notatki, więc nie było czego usuwać.',
	'referral.withdrawnRecord': 'Zgodę wycofano {date}. To, co zostało przekazane, usunięto.',
	'referral.withdrawnShort': 'Zgoda wycofana',
	'referral.withdrawnNoChange':
		'Zgoda na to skierowanie została wycofana, więc nie można go już zmienić',

	// Directory: categories of need (keep last: new sections go above)
	'category.work-and-wages': 'Praca i wynagrodzenie',
	'category.legal': 'Pomoc prawna',
	'category.health': 'Zdrowie',
	'category.sexual-health': 'Zdrowie seksualne',
	'category.mental-health': 'Zdrowie psychiczne',
	'category.drugs-and-alcohol': 'Narkotyki i alkohol',
	'category.childcare': 'Opieka nad dziećmi',
	'category.housing': 'Mieszkanie',
	'category.food': 'Jedzenie',
	'category.money-and-benefits': 'Pieniądze i świadczenia',
	'category.english-and-learning': 'Angielski i nauka',
	'category.immigration-advice': 'Porady imigracyjne',
	'category.rest-and-safety': 'Odpoczynek i bezpieczeństwo'
};
