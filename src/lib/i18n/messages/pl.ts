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

	// Directory: HSDS import

	// Directory: referrals

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
