import type { Message } from '../message';

/** English: the source catalogue. Every other language has exactly these keys and placeholders. */
export const en = {
	'layout.hearth': 'Hearth',
	'layout.skipToContent': 'Skip to main content',
	'layout.navigation': 'Main menu',
	'layout.manage': 'Manage',
	'layout.yourAccount': 'Your account',
	'layout.signIn': 'Sign in',
	'layout.language': 'Language',
	'layout.footer':
		'Hearth keeps as little about you as it can, and never shares it without asking you.',

	'form.problem': 'There is a problem',
	'form.errorPrefix': 'Error:',
	'form.errorTitle': 'Error: ',
	'form.back': 'Back',
	'form.save': 'Save',
	'form.hiddenCharacters':
		'Remove the hidden characters (such as direction marks or control codes) and try again',

	'errors.notFound': 'Page not found',
	'errors.notFoundHelp': 'The address may be mistyped, or the page may have moved.',
	'errors.forbidden': 'You cannot see this page',
	'errors.forbiddenHelp':
		'This page is for centre staff with a particular role. If you need it, ask a coordinator.',
	'errors.tooLarge': 'What you sent is too large',
	'errors.tooLargeHelp': 'Go back, shorten what you wrote, and try again.',
	'errors.notAllowed': 'This page cannot be used that way',
	'errors.badRequest': 'Something in the request was not right',
	'errors.crossSite':
		'This form was sent from another website, so it was refused. Go back to Hearth and send it from there.',
	'errors.server': 'Something went wrong on our side',
	'errors.serverHelp': 'Nothing you did caused this. Please try again in a minute.',
	'errors.reference': 'If it happens again, tell the centre this reference: {reference}',
	'errors.backHome': 'Go to the start page',

	'welcome.title': 'Welcome to Hearth',
	'welcome.intro':
		'Hearth helps a community run a worker centre, by day and by night: support, advice and organising, never sanctions.',
	'welcome.centresTitle': 'Centres',
	'welcome.setUpTitle': 'Set up your centre',
	'welcome.setUpText':
		'Give your centre’s name, address, time zone and languages, and create the first coordinator’s account.',
	'welcome.setUpButton': 'Set up your centre',
	'welcome.demoTitle': 'Explore a demo centre',
	'welcome.demoText':
		'Look around a made-up centre, open by day and through Friday and Saturday nights.',
	'welcome.demoButton': 'Explore a demo centre',

	'setup.title': 'Set up your centre',
	'setup.intro': 'You can change all of this later.',
	'setup.centreHeading': 'Your centre',
	'setup.coordinatorHeading': 'Your account',
	'setup.coordinatorText':
		'You will be the centre’s first coordinator. Use a name you choose: it does not need to be your legal name.',
	'setup.submit': 'Create the centre',

	'centres.name': 'Name of the centre',
	'centres.nameRequired': 'Enter the name of the centre',
	'centres.nameTooLong': 'Name of the centre must be 120 characters or fewer',
	'centres.address': 'Address (optional)',
	'centres.addressHint': 'As people would write it to find you.',
	'centres.addressTooLong': 'Address must be 500 characters or fewer',
	'centres.directions': 'How to get there (optional)',
	'centres.directionsHint': 'For example: the nearest station, which door to use at night.',
	'centres.directionsTooLong': 'How to get there must be 1,000 characters or fewer',
	'centres.timeZone': 'Time zone',
	'centres.timeZoneHint': 'Opening hours are shown on this clock.',
	'centres.timeZoneUnknown': 'Choose the time zone of the centre from the list',
	'centres.languages': 'Languages the centre offers',
	'centres.languagesHint': 'Pages can be read in these languages. Choose all that apply.',
	'centres.languagesRequired': 'Choose at least one language',
	'centres.languageUnknown': 'Choose languages from the list',
	'centres.defaultLanguage': 'Main language',
	'centres.defaultLanguageRequired': 'Choose the centre’s main language',
	'centres.defaultLanguageNotOffered':
		'Choose a main language that is one of the languages the centre offers',
	'centres.weekdayRequired': 'Choose a day of the week',
	'centres.opensInvalid': 'Enter the opening time as hours and minutes, for example 09:00 or 22:00',
	'centres.closesInvalid':
		'Enter the closing time as hours and minutes, for example 17:30 or 06:00',
	'centres.dateInvalid': 'Enter a real date, for example 2026-12-25',
	'centres.exceptionKindRequired': 'Choose whether the centre is closed or open at extra hours',
	'centres.noteTooLong': 'Note must be 200 characters or fewer',

	'identity.chosenName': 'Chosen name',
	'identity.chosenNameHint':
		'The name you want to be called. It does not need to be your legal name. You will use it to sign in.',
	'identity.nameRequired': 'Enter a chosen name',
	'identity.nameTooLong': 'Chosen name must be 60 characters or fewer',
	'identity.nameTaken':
		'Someone already uses that name. Add a letter, a word or a number, for example “Maria K” or “Maria 2”',
	'identity.passphrase': 'Passphrase',
	'identity.newPassphrase': 'Choose a passphrase',
	'identity.passphraseHint':
		'At least {min} characters. A few words you will remember work well, for example “blue kettle night bus”. Spaces and any language are fine.',
	'identity.passphraseAgain': 'Type the passphrase again',
	'identity.passphraseRequired': 'Enter a passphrase',
	'identity.passphraseTooShort':
		'Passphrase must be at least 15 characters. Try a few words together',
	'identity.passphraseTooLong': 'Passphrase must be 256 characters or fewer',
	'identity.passphraseCommon':
		'That passphrase is too easy to guess. Choose a few words that are not your name and not a common password',
	'identity.passphrasesDiffer': 'The two passphrases are different. Type the same passphrase twice',
	'identity.signInWrong': 'The chosen name or passphrase is not right. Check them and try again',
	'identity.signInPaused':
		'Too many tries from here. Wait 15 minutes and try again, or ask at the centre for a new sign-in card',
	'identity.codeRequired': 'Enter the code from your card',
	'identity.codeWrong':
		'That code does not work. It may be mistyped, used already, or older than 7 days. Ask at the centre for a new card',
	'identity.consentRequired': 'Tick the box once the person has agreed, or stop here',
	'identity.roleUnknown': 'Choose roles from the list',
	'identity.lastCoordinator':
		'The centre needs at least one coordinator. Give someone else the coordinator role first',
	'identity.resetNeedsCoordinator':
		'Only a coordinator can print a new card for someone who has a role at the centre.',
	'identity.resetElsewhere':
		'This person also helps run another centre or this Hearth, so a new card cannot be printed here. Ask the person who runs this Hearth.',

	'roles.member': 'Member',
	'roles.adviser': 'Adviser',
	'roles.organiser': 'Organiser',
	'roles.coordinator': 'Coordinator',

	'signIn.title': 'Sign in',
	'signIn.submit': 'Sign in',
	'signIn.cardTitle': 'Got a card from the centre?',
	'signIn.cardText':
		'If someone at the centre gave you a card with a sign-in code, use it to choose your passphrase.',
	'signIn.cardLink': 'Use a sign-in code',
	'signIn.forgotTitle': 'Forgotten your passphrase?',
	'signIn.forgotText':
		'Ask an adviser or coordinator at the centre. They will print you a new card with a code.',

	'code.title': 'Use your sign-in code',
	'code.intro': 'Type the code from your card, then choose a passphrase. The code works once.',
	'code.code': 'Code from your card',
	'code.codeHint': 'Twelve letters and numbers, for example ABCD-EFGH-JKMN.',
	'code.submit': 'Continue',

	'join.title': 'Join the centre',
	'join.intro':
		'All you need is a name you choose and a passphrase. No email, no phone number, no papers.',
	'join.submit': 'Join',
	'join.noPhone':
		'No phone of your own? Ask at the centre: someone will set up your account with you and print a card.',

	'account.title': 'Your account',
	'account.signedInAs': 'You are signed in as {name}.',
	'account.centres': 'Your centres',
	'account.noCentres': 'You do not belong to a centre yet.',
	'account.openCentre': 'Open another centre',
	'account.signOutTitle': 'Sign out',
	'account.signOutText':
		'On a shared phone or computer, always sign out. “Sign out everywhere” also signs you out of every other phone or computer.',
	'account.signOut': 'Sign out',
	'account.signOutEverywhere': 'Sign out everywhere',

	'signedOut.title': 'You are signed out',
	'signedOut.here': 'You are signed out on this phone or computer.',
	'signedOut.everywhere': 'You are signed out on every phone and computer.',
	'signedOut.signInAgain': 'Sign in again',

	'centre.welcome': 'Welcome. You are now part of the centre.',
	'centre.demoNotice':
		'This is a demo centre with made-up people. Do not enter anything real here.',
	'centre.demoSignIn':
		'To look around as a coordinator, sign in as “{name}” with the passphrase “{passphrase}”.',
	'centre.findUs': 'How to find us',
	'centre.noAddress': 'Ask the centre how to find it.',
	'centre.adviserLanguages': 'Our advisers speak',
	'centre.servicesTitle': 'What we offer',
	'centre.noServices': 'The centre has not listed its services yet.',
	'centre.joinTitle': 'Join the centre',
	'centre.joinText': 'Joining is free and asks nothing of you. You only need a name you choose.',
	'centre.joinButton': 'Join',
	'centre.haveAccount': 'Already joined?',

	'hours.openNow': 'Open now',
	'hours.closedNow': 'Closed now',
	'hours.openAlways': 'Open day and night.',
	'hours.openClosesAt': 'Closes at {time}.',
	'hours.openClosesOn': 'Closes on {day} at {time}.',
	'hours.opensTodayAt': 'Opens today at {time}.',
	'hours.opensTonightAt': 'Opens tonight at {time}.',
	'hours.opensTomorrowAt': 'Opens tomorrow at {time}.',
	'hours.closedUntil': 'Closed until {day} at {time}.',
	'hours.closedNoHours': 'No opening hours in the next two weeks.',
	'hours.weeklyTitle': 'Opening hours',
	'hours.closedDay': 'Closed',
	'hours.span': '{opens} – {closes}',
	'hours.spanOvernight': '{opens} – {closes} ({day} morning)',
	'hours.exceptionsTitle': 'Changes to the usual hours',
	'hours.exceptionClosed': 'closed',
	'hours.exceptionOpen': 'open {opens} – {closes}',
	'hours.timeZone': 'Times are in the centre’s time zone ({zone}).',

	'manage.title': 'Manage the centre',
	'manage.enrolText':
		'Create an account with someone who has no phone or email, and print their card.',
	'manage.peopleText': 'See who belongs to the centre, print a new sign-in card, change roles.',
	'manage.detailsText': 'Name, address, how to get there, time zone and languages.',
	'manage.hoursText': 'Weekly hours, nights, and days that are different.',
	'manage.organiserText': 'Organising tools will appear here.',

	'details.title': 'Centre details',

	'hoursEdit.title': 'Opening hours',
	'hoursEdit.intro': 'Times are on the centre’s clock ({zone}).',
	'hoursEdit.noOpenings': 'There are no weekly hours yet. Add the first opening below.',
	'hoursEdit.remove': 'Remove',
	'hoursEdit.confirmTitle': 'Remove this from the hours?',
	'hoursEdit.confirmYes': 'Yes, remove it',
	'hoursEdit.confirmNo': 'No, keep it',
	'hoursEdit.addOpening': 'Add a weekly opening',
	'hoursEdit.overnightHint':
		'For a night opening, give a closing time earlier than the opening time: Friday 22:00 to 06:00 closes on Saturday morning.',
	'hoursEdit.day': 'Day it opens',
	'hoursEdit.opens': 'Opens at',
	'hoursEdit.closes': 'Closes at',
	'hoursEdit.timeHint': 'For example 09:00 or 22:00.',
	'hoursEdit.addOpeningSubmit': 'Add opening',
	'hoursEdit.noExceptions': 'No changes to the usual hours are planned.',
	'hoursEdit.addException': 'Add a change for one day',
	'hoursEdit.date': 'Date',
	'hoursEdit.dateHint': 'For example 2026-12-25.',
	'hoursEdit.kind': 'On that day the centre is',
	'hoursEdit.kindClosed': 'Closed (no openings that start that day)',
	'hoursEdit.kindOpen': 'Open at extra hours',
	'hoursEdit.extraTimeHint': 'Only for extra hours, for example 22:00.',
	'hoursEdit.note': 'Note (optional)',
	'hoursEdit.noteHint': 'For example: bank holiday, or open all night before the strike.',
	'hoursEdit.addExceptionSubmit': 'Add change',

	'enrol.title': 'Create an account with someone',
	'enrol.intro':
		'For someone with no phone or email, with them beside you. They choose the name; you print a card with a code they use to choose a passphrase.',
	'enrol.chosenName': 'Their chosen name',
	'enrol.consentTitle': 'Their agreement',
	'enrol.consentReadAloud':
		'Read this to them in their language, and tick the box only if they agree.',
	'enrol.consentText':
		'We will keep your chosen name and the date you joined {centre}, and nothing else, so that you can use the centre’s services and sign in. You can ask us to delete it at any time.',
	'enrol.consentLabel': 'They agree',
	'enrol.submit': 'Create account and show card',
	'enrol.doneTitle': 'Account created',
	'enrol.doneText': 'Print this card and give it to {name}. The code is shown only once.',
	'enrol.another': 'Create another account',

	'card.title': 'Your sign-in card for {centre}',
	'card.name': 'Your chosen name:',
	'card.code': 'Your code:',
	'card.howTo':
		'Go to the centre’s website, choose “Sign in”, then “Use a sign-in code”, and type the code. Then choose your passphrase.',
	'card.expires': 'The code works until {date}.',
	'card.once': 'The code works once. Keep this card private.',
	'card.print':
		'Print this page from your browser’s menu (Print, or Ctrl+P). Only the card is printed.',

	'people.title': 'People',
	'people.count': {
		one: '{count} person belongs to the centre.',
		other: '{count} people belong to the centre.'
	},
	'people.empty': 'Nobody has joined yet.',
	'people.roles': 'Roles',
	'people.joined': 'Joined',
	'people.pagination': 'Pages of people',
	'people.previous': 'Previous page',
	'people.next': 'Next page',
	'people.pageOf': 'Page {page} of {pages}',

	'person.joined': 'Joined on {date}.',
	'person.hasPassphrase': 'They have chosen a passphrase.',
	'person.noPassphrase': 'They have not used their sign-in code yet.',
	'person.rolesLegend': 'Roles for {name}',
	'person.rolesHint': 'Everyone is a member. Tick the roles they also hold here.',
	'person.saved': 'Roles saved.',
	'person.resetTitle': 'Forgotten passphrase',
	'person.resetText':
		'With the person beside you, print a new card. Their old codes stop working, and they are signed out everywhere once they use it.',
	'person.resetButton': 'Print a new sign-in card',
	'person.cardTitle': 'New sign-in card',

	'network.newCentreTitle': 'Open another centre',
	'network.newCentreIntro': 'The new centre shares this Hearth. You will be its first coordinator.',
	'network.newCentreSubmit': 'Open the centre',

	// Directory: finding help and managing services
	'centre.findMoreHelp': 'Search every service, partners’ included',
	'layout.referrals': 'Your referrals',
	'directory.title': 'Directory',
	'directory.saved': 'The service is saved.',
	'directory.removed': 'The service is removed.',
	'directory.addService': 'Add a service',
	'directory.organizations': 'Organisations',
	'directory.organizationsText':
		'The centre and its partners: clinics, law centres, unions, food banks, shelters.',
	'directory.locations': 'Places',
	'directory.locationsText': 'Where services are given, with access details.',
	'directory.import': 'Import from another directory',
	'directory.importText':
		'Load services shared in the HSDS 3.0 format by a council or another centre.',
	'directory.seeAsMember': 'See the directory as members see it',
	'directory.seeAsMemberText': 'Search it, filter it, open a service page.',
	'directory.noServices': 'No services yet. Add the first, or import them from another directory.',
	'directory.serviceColumn': 'Service',
	'directory.organizationColumn': 'Organisation',
	'directory.statusColumn': 'Status',
	'directory.public': 'shared openly',
	'service.newTitle': 'Add a service',
	'service.add': 'Add the service',
	'service.aboutTitle': 'About the service',
	'service.name': 'Name ({language})',
	'service.description': 'Description ({language})',
	'service.organization': 'Organisation that gives it',
	'service.location': 'Place',
	'service.locationHint': 'Where people go for it. Add places under Directory, Places.',
	'service.noLocation': 'No fixed place (by phone or online)',
	'service.categories': 'Kinds of help',
	'service.status': 'Status',
	'service.statusActive': 'Running',
	'service.statusTemporarilyClosed': 'Closed for now',
	'service.statusInactive': 'Not running (hidden)',
	'service.statusDefunct': 'Closed for good (hidden)',
	'service.accessTitle': 'Getting it',
	'service.noIdLegend': 'ID and immigration status',
	'service.noIdHint':
		'Tick only if the service asks for no identity document and no immigration status. For many members this decides whether they go.',
	'service.documents': 'Documents asked for',
	'service.documentsHint': 'One per line. Leave empty if none are asked for.',
	'service.eligibility': 'Who it is for',
	'service.eligibilityHint': 'In plain words, for example: anyone over 18, no papers needed.',
	'service.applicationProcess': 'How to get it',
	'service.walkInLegend': 'Appointments',
	'service.cost': 'Cost',
	'service.feesDescription': 'What it costs, in plain words',
	'service.languagesTitle': 'Languages',
	'service.languages': 'Languages spoken there',
	'service.otherLanguages': 'Other languages',
	'service.otherLanguagesHint': 'Language codes separated by commas, for example: tl, ur, ti.',
	'service.interpretationNotes': 'How interpretation works there',
	'service.hoursHint':
		'Times are on the centre’s clock. An opening that runs past midnight is one row: tick “closes the next day”.',
	'service.openingRow': 'Opening {number}',
	'service.dayNone': '(not used)',
	'service.nextDayLegend': 'Night opening',
	'service.nextDay': 'Closes the next day',
	'service.removeRowLegend': 'Remove',
	'service.removeRow': 'Remove this row when saving',
	'service.moreRowsHint': 'Need more rows? Save, and new blank rows appear.',
	'service.exceptionRow': 'Date change {number}',
	'service.exceptionKind': 'On that day the service is',
	'service.exceptionClosed': 'Closed',
	'service.exceptionOpen': 'Open at other hours',
	'service.translationsTitle': 'In other languages',
	'service.translationsHint':
		'Optional. Where a language is left empty, people reading in it see the {language} text, with a note saying so.',
	'service.urlHint': 'The full address, starting with https://',
	'service.publicLegend': 'Open directory',
	'service.publicHint':
		'Shared with other directories through Hearth’s HSDS API. Only share what the service itself makes public.',
	'service.public': 'Share this service in the open directory',
	'service.seePage': 'See the service page',
	'service.remove': 'Remove this service',
	'service.removeTitle': 'Remove “{name}”?',
	'service.removeText': 'Its hours, texts and documents are removed too. This cannot be undone.',
	'service.removeYes': 'Yes, remove it',
	'service.removeNo': 'No, keep it',
	'service.cannotRemoveTitle': 'This service cannot be removed',
	'service.backToEdit': 'Back to the service',
	'service.nameRequired': 'Enter the name of the service',
	'service.nameTooLong': 'Use at most 200 characters for the name',
	'service.textTooLong': 'Use at most 2,000 characters here',
	'service.organizationUnknown': 'Choose one of the organisations listed',
	'service.locationUnknown': 'Choose one of the places listed',
	'service.statusInvalid': 'Choose one of the statuses listed',
	'service.categoryInvalid': 'Choose from the kinds of help listed',
	'service.costInvalid': 'Choose free, low cost or a fee',
	'service.tooManyDocuments': 'List at most 30 documents',
	'service.languageInvalid': 'Enter language codes such as tl or ur, separated by commas',
	'service.phoneTooLong': 'Use at most 100 characters for the phone number',
	'service.emailInvalid': 'Enter an email address like name@example.org, or leave it empty',
	'service.urlInvalid': 'Enter the full web address, starting with https://, or leave it empty',
	'service.translationNeedsName': 'Give a name in this language too, or leave both empty',
	'service.dayRequired': 'Choose the day it opens',
	'service.closesBeforeOpens':
		'It closes before it opens. If it closes after midnight, tick “closes the next day”.',
	'service.nextDayTooLong':
		'An opening cannot last more than 24 hours. Check the times, or untick “closes the next day”.',
	'directory.services': {
		one: '{count} service',
		other: '{count} services'
	},
	'service.hasReferrals': {
		one: '{count} referral points to this service, and referrals are the members’ records. Set its status to “Closed for good” instead: it disappears from the directory and the referral stays.',
		other:
			'{count} referrals point to this service, and referrals are the members’ records. Set its status to “Closed for good” instead: it disappears from the directory and the referrals stay.'
	},
	'layout.findHelp': 'Find help',
	'help.title': 'Find help',
	'help.intro':
		'Services of this centre and its partners: health, legal help, food, a bed for the night and more.',
	'help.searchLabel': 'What do you need?',
	'help.searchHint': 'Any language, any spelling. For example: nurse, unpaid wages, comida.',
	'help.filtersTitle': 'More choices',
	'help.whenLegend': 'When',
	'help.whenAny': 'Any time',
	'help.whenNow': 'Open now',
	'help.whenTonight': 'Open tonight',
	'help.onlyLegend': 'Show only',
	'help.onlyFree': 'Free',
	'help.onlyNoId': 'No ID or immigration status asked',
	'help.onlyWalkIn': 'Walk in, no appointment',
	'help.languageLabel': 'Language spoken',
	'help.anyLanguage': 'Any language',
	'help.categoryLabel': 'Kind of help',
	'help.anyCategory': 'Any kind',
	'help.search': 'Search',
	'help.clear': 'Clear the search',
	'help.noResults': 'Nothing matches. Try another word or fewer choices.',
	'help.emptyDirectory': 'No services are listed yet. A coordinator can add them under Manage.',
	'help.from': 'From {organization}',
	'help.temporarilyClosed': 'Closed for now',
	'help.inCentreLanguage': 'Not yet written in your language.',
	'help.pagesLabel': 'Pages of results',
	'help.previous': 'Previous page',
	'help.next': 'Next page',
	'help.pageOf': 'Page {page} of {pages}',
	'help.costFree': 'Free',
	'help.costLow': 'Low cost',
	'help.costFee': 'Fee',
	'help.noIdAsked': 'No ID asked',
	'help.walkIn': 'Walk in',
	'help.languages': 'Languages:',
	'help.back': 'Back to finding help',
	'help.shownIn':
		'This service is not yet described in your language, so it is shown in {language}.',
	'help.gettingIt': 'Getting it',
	'help.documentsTitle': 'Documents',
	'help.noIdAskedLong': 'No ID or immigration status is asked.',
	'help.idMayBeAsked':
		'Some documents may be asked for. If that worries you, ask an adviser first.',
	'help.noDocuments': 'No documents are asked for.',
	'help.whoFor': 'Who it is for',
	'help.howToApply': 'How to get it',
	'help.cost': 'Cost',
	'help.interpreters': 'Interpreters',
	'help.interpretersAvailable': 'An interpreter can be arranged.',
	'help.noHours': 'No regular hours are listed. Phone first, or ask at the desk.',
	'help.where': 'Where',
	'help.accessibility': 'Access:',
	'help.contact': 'Contact',
	'help.phone': 'Phone',
	'help.email': 'Email',
	'help.website': 'Website',
	'help.refer': 'Refer someone to this service',
	'help.referSelf': 'Ask for a referral for yourself',
	'help.printHint': 'This page prints on one sheet: use your browser’s Print.',
	'search.tooLong': 'Use fewer words: a search can be up to 200 characters.',
	'search.noWords': 'Type a word to search for: letters or numbers, not only symbols.',
	'help.results': {
		one: '{count} service',
		other: '{count} services'
	},

	// Directory: organisations and locations
	'organizations.directory': 'Directory',
	'organizations.breadcrumbs': 'Where you are',
	'organizations.title': 'Organisations',
	'organizations.intro':
		'Your centre and the partners you send people to: clinics, law centres, unions, food banks, shelters. Each service in the directory can say which of them gives it.',
	'organizations.add': 'Add an organisation',
	'organizations.own': 'This centre',
	'organizations.empty':
		'No partner organisations yet. Add the clinics, law centres and unions you send people to.',
	'organizations.pagination': 'Pages of organisations',
	'organizations.previous': 'Previous page',
	'organizations.next': 'Next page',
	'organizations.pageOf': 'Page {page} of {pages}',
	'organizations.saved': 'Organisation saved.',
	'organizations.removed':
		'Organisation removed. Its services are still in the directory, without an organisation.',
	'organizations.newTitle': 'Add an organisation',
	'organizations.ownHint':
		'This organisation stands for your centre itself in the directory and in what it shares with others.',
	'organizations.name': 'Name',
	'organizations.nameHint': 'As people know it, such as “Eastside Law Centre”.',
	'organizations.description': 'What it does (optional)',
	'organizations.email': 'Email (optional)',
	'organizations.website': 'Website (optional)',
	'organizations.websiteHint': 'The full address, starting with https://',
	'organizations.phone': 'Phone (optional)',
	'organizations.submitNew': 'Add organisation',
	'organizations.remove': 'Remove this organisation',
	'organizations.confirmTitle': 'Remove {name}?',
	'organizations.confirmServices': {
		one: 'It gives {count} service in the directory. The service stays, without an organisation.',
		other: 'It gives {count} services in the directory. The services stay, without an organisation.'
	},
	'organizations.confirmNoServices': 'No service in the directory says it gives it.',
	'organizations.confirmYes': 'Yes, remove it',
	'organizations.confirmNo': 'No, keep it',
	'organizations.ownNotRemovable':
		'This is your centre’s own organisation, so it cannot be removed. You can change its name and details instead.',
	'organizations.nameRequired': 'Enter the organisation’s name',
	'organizations.nameTooLong': 'Shorten the name to 200 characters or fewer',
	'organizations.descriptionTooLong': 'Shorten what it does to 2,000 characters or fewer',
	'organizations.emailInvalid': 'Enter an email address like name@example.org, or leave it empty',
	'organizations.websiteInvalid':
		'Enter the website’s full address, starting with https:// or http://, or leave it empty',
	'organizations.websiteTooLong': 'Shorten the website address to 2,000 characters or fewer',
	'organizations.phoneTooLong': 'Shorten the phone number to 2,000 characters or fewer',
	'locations.title': 'Locations',
	'locations.intro':
		'The places where services are given: your centre, a clinic, a hall. Say how to get there and how easy each is to get into.',
	'locations.add': 'Add a location',
	'locations.empty':
		'No locations yet. Add the places where services are given, starting with your centre.',
	'locations.pagination': 'Pages of locations',
	'locations.previous': 'Previous page',
	'locations.next': 'Next page',
	'locations.pageOf': 'Page {page} of {pages}',
	'locations.saved': 'Location saved.',
	'locations.removed': 'Location removed. The services given there are still in the directory.',
	'locations.newTitle': 'Add a location',
	'locations.unnamed': 'Location with no name',
	'locations.name': 'Name',
	'locations.nameHint': 'Such as “Main hall” or “Eastside clinic”.',
	'locations.addressColumn': 'Address',
	'locations.organizationColumn': 'Organisation',
	'locations.address': 'Street address (optional)',
	'locations.city': 'Town or city (optional)',
	'locations.postalCode': 'Postcode (optional)',
	'locations.country': 'Country',
	'locations.countryHint': 'Two letters, such as GB for the United Kingdom or ES for Spain.',
	'locations.transportation': 'How to get there (optional)',
	'locations.transportationHint': 'Buses and trains, the nearest stop, where to find the door.',
	'locations.accessibility': 'Access (optional)',
	'locations.accessibilityHint':
		'In plain words: step-free access, accessible toilets, a hearing loop, somewhere quiet, where to ask for help.',
	'locations.organization': 'Organisation (optional)',
	'locations.organizationNone': 'None',
	'locations.ownOrganization': '{name} (this centre)',
	'locations.submitNew': 'Add location',
	'locations.remove': 'Remove this location',
	'locations.confirmTitle': 'Remove {name}?',
	'locations.confirmServices': {
		one: '{count} service is given here. It stays in the directory, but is no longer given at this location.',
		other:
			'{count} services are given here. They stay in the directory, but are no longer given at this location.'
	},
	'locations.confirmNoServices': 'No service in the directory is given here.',
	'locations.nameRequired': 'Enter the location’s name',
	'locations.nameTooLong': 'Shorten the name to 200 characters or fewer',
	'locations.addressTooLong': 'Shorten the street address to 2,000 characters or fewer',
	'locations.cityTooLong': 'Shorten the town or city to 2,000 characters or fewer',
	'locations.postalCodeTooLong': 'Shorten the postcode to 2,000 characters or fewer',
	'locations.countryInvalid': 'Enter the country as two letters, such as GB',
	'locations.transportationTooLong': 'Shorten how to get there to 2,000 characters or fewer',
	'locations.accessibilityTooLong': 'Shorten the access details to 2,000 characters or fewer',
	'locations.organizationUnknown': 'Choose an organisation from the list, or None',

	// Directory: HSDS import
	'import.problemEndsBeforeStart':
		'A schedule in “{field}” ends before it starts: its last date is before its first',
	'import.title': 'Import from an HSDS file',
	'import.intro':
		'HSDS (the Human Services Data Specification, from Open Referral) is a shared way for directories to describe services: what they offer, who runs them, where and when. A council or a partner may be able to give you their directory as an HSDS file.',
	'import.howItWorks':
		'Upload the file and Hearth shows you what would change before anything does: services, organisations and locations to add, those to update (matched by their HSDS id), and every record with a problem. Nothing changes until you confirm.',
	'import.keepNote':
		'Imported services are not public until you mark them so. Names in other languages and closures on particular dates stay as you set them in Hearth.',
	'import.fileLabel': 'HSDS file',
	'import.fileHint':
		'A JSON file of at most 1 MB: one service, a list of services, or organisations with their services.',
	'import.uploadSubmit': 'Upload and check',
	'import.previewTitle': 'Check the import',
	'import.previewFile': 'File: {file}',
	'import.previewIntro':
		'Nothing has changed yet. Read the lists, then confirm the import or cancel it.',
	'import.added': {
		one: '{count} record to add',
		other: '{count} records to add'
	},
	'import.updated': {
		one: '{count} record to update',
		other: '{count} records to update'
	},
	'import.unchanged': {
		one: '{count} record already up to date',
		other: '{count} records already up to date'
	},
	'import.invalid': {
		one: '{count} record with problems, not imported',
		other: '{count} records with problems, not imported'
	},
	'import.leftOutTitle': 'Fields Hearth does not keep',
	'import.leftOutIntro':
		'These records have HSDS fields that Hearth does not keep. They are imported without them.',
	'import.kindService': 'Service',
	'import.kindOrganization': 'Organisation',
	'import.kindLocation': 'Location',
	'import.recordNumber': 'number {number} in the file',
	'import.changes': 'Changes: {fields}',
	'import.nothingChanges':
		'Everything in the file is already in the directory as it is: importing it changes nothing.',
	'import.confirmSubmit': 'Confirm import',
	'import.cancel': 'Cancel',
	'import.doneTitle': 'Import done',
	'import.doneAdded': {
		one: '{count} record added.',
		other: '{count} records added.'
	},
	'import.doneUpdated': {
		one: '{count} record updated.',
		other: '{count} records updated.'
	},
	'import.doneUnchanged': {
		one: '{count} record was already up to date.',
		other: '{count} records were already up to date.'
	},
	'import.doneInvalid': {
		one: '{count} record with problems was not imported.',
		other: '{count} records with problems were not imported.'
	},
	'import.toDirectory': 'Go to the directory',
	'import.another': 'Import another file',
	'import.alreadyApplied': 'This file has already been imported.',
	'import.conflict':
		'Something in the directory changed while the file was being imported, so nothing was imported. Upload the file again.',
	'import.fileRequired': 'Choose an HSDS file to upload',
	'import.fileTooLarge':
		'The file is larger than 1 MB. Split it into smaller files and import them one at a time.',
	'import.fileNotJson':
		'The file is not JSON, so it cannot be an HSDS file. Check that you chose the right file.',
	'import.fileNotHsds': 'The file is JSON, but it holds no HSDS services or organisations.',
	'import.fileEmpty': 'The file holds no services or organisations.',
	'import.fileTooMany':
		'The file holds more than 1,000 services, organisations or locations. Split it into smaller files.',
	'import.nothingImportable':
		'Nothing in the file can be imported: every record has a problem. The problems are listed below.',
	'import.problemNotRecord': 'It is not a record: an HSDS record is an object with fields',
	'import.problemNotObject': '“{field}” should hold fields, but holds something else',
	'import.problemNoId': 'It has no id',
	'import.problemIdNotUuid':
		'Its id “{value}” is not a UUID, the kind of identifier HSDS uses (such as 3f2b8c1e-6d0a-4c52-9e1f-0a7d5b2c4e61)',
	'import.problemChildIdNotUuid': 'The id “{value}” in “{field}” is not a UUID',
	'import.problemNoName': 'It has no name',
	'import.problemNotText': '“{field}” should be text',
	'import.problemNotList': '“{field}” should be a list',
	'import.problemNotNumber': '“{field}” should be a number',
	'import.problemTooLong': '“{field}” is longer than {max} characters',
	'import.problemHiddenCharacters':
		'“{field}” has hidden characters, such as direction marks or control codes',
	'import.problemStatus':
		'Its status “{value}” is not one of: active, inactive, defunct, temporarily closed',
	'import.problemEmail': '“{field}” is not an email address',
	'import.problemWebAddress': '“{field}” is not a web address starting with http:// or https://',
	'import.problemCountry': 'The country “{value}” is not a two-letter country code, such as GB',
	'import.problemLanguage': '“{value}” in “{field}” is not a language code, such as en or pt-BR',
	'import.problemTime': '“{value}” in “{field}” is not a time of day, such as 09:30',
	'import.problemTimeMissing':
		'A schedule in “{field}” has an opening time but no closing time, or a closing time but no opening time',
	'import.problemDay':
		'“{value}” in “{field}” is not a day of the week (MO, TU, WE, TH, FR, SA or SU)',
	'import.problemDuplicate': 'Another service in the file has the same id',
	'import.problemIdUsedTwice': 'The id {value} in “{field}” is used twice in the file',
	'import.problemOtherCentre':
		'It is already in the directory of another centre on this Hearth, and an id can belong to one centre only',
	'import.problemIdTaken':
		'The id {value} in “{field}” already belongs to another service in the directory',

	// Directory: referrals
	'referral.title': 'Refer a member to a service',
	'referral.titleSelf': 'Ask to be referred',
	'referral.forService': 'Service: {service}',
	'referral.introAdviser':
		'Fill this in with the member beside you. Next, they read exactly what will be shared and decide. Nothing is kept until they agree.',
	'referral.introSelf':
		'Say what you would like the service to know. Next, you see exactly what will be shared and decide. Nothing is kept until you agree.',
	'referral.memberName': 'The member’s chosen name',
	'referral.memberNameHint': 'The name they use at this centre.',
	'referral.memberNameRequired': 'Enter the chosen name of the member you are referring',
	'referral.memberNotFound':
		'Nobody at this centre has that chosen name. Check the spelling with the member',
	'referral.language': 'Language the member reads',
	'referral.languageHint': 'They are shown what they agree to in this language.',
	'referral.languageRequired': 'Choose a language from the list',
	'referral.whoUnknown': 'Start the referral again from the service’s page',
	'referral.contact': 'A way to reach them (optional)',
	'referral.contactHint':
		'Only if they want the service to contact them: a phone number, an email, or “ask at the centre”. It is used for this referral only.',
	'referral.contactSelf': 'A way to reach you (optional)',
	'referral.contactHintSelf':
		'Only if you want the service to contact you: a phone number, an email, or “ask at the centre”. It is used for this referral only.',
	'referral.contactTooLong': 'The way to reach must be 200 characters or fewer',
	'referral.note': 'What they need help with (optional)',
	'referral.noteHint': 'In their own words. The service sees it.',
	'referral.noteSelf': 'What you need help with (optional)',
	'referral.noteHintSelf': 'In your own words. The service sees it.',
	'referral.noteTooLong': 'The note must be 2,000 characters or fewer',
	'referral.continue': 'Continue',
	'referral.referSelfInstead': 'Ask to be referred yourself instead',
	'referral.referMemberInstead': 'Refer a member instead',
	'referral.consentTitle': 'Agree to what is shared',
	'referral.consentReadMember':
		'Give the member the screen, or read the words to them in their language. Tick the box only if they agree.',
	'referral.consentReadSelf': 'Read what will be shared. Tick the box only if you agree.',
	'referral.consentLegendMember': 'The member’s agreement',
	'referral.consentLegendSelf': 'Your agreement',
	'referral.consentIntro': 'I agree that {centre} refers me to “{service}” and passes on to them:',
	'referral.consentName': 'my chosen name, {name}',
	'referral.consentContact': 'the way to reach me shown here, for this referral only',
	'referral.consentNote': 'the note shown here, about what I need help with',
	'referral.consentNothingElse':
		'Nothing else about me is passed on. I can withdraw my agreement at any time on my referrals page; the way to reach me and the note are then erased.',
	'referral.consentContactLabel': 'The way to reach me:',
	'referral.consentNoteLabel': 'The note:',
	'referral.consentAgree': 'I agree',
	'referral.consentRequired':
		'Nothing has been shared. Tick “I agree” once the words have been read and agreed to, or stop here',
	'referral.confirm': 'Make the referral',
	'referral.change': 'Change what is shared',
	'referral.cancel': 'Stop here: nothing is kept',
	'referral.listTitle': 'Referrals',
	'referral.yoursTitle': 'Your referrals',
	'referral.noneYours':
		'You have no referrals. When you are referred to a service, it is listed here.',
	'referral.findHelp': 'Find a service',
	'referral.madeTitle': 'Referrals you made',
	'referral.noneMade': 'You have not referred anyone yet.',
	'referral.madeMore': 'Only the 100 most recent are listed.',
	'referral.member': 'Member',
	'referral.service': 'Service',
	'referral.status': 'Status',
	'referral.date': 'Date',
	'referral.madeBy': 'Made by',
	'referral.madeByYou': 'You',
	'referral.madeByUnknown': 'Someone no longer at the centre',
	'referral.forMember': 'Referral of {name}',
	'referral.sharedTitle': 'What was shared',
	'referral.contactShownMember': 'How to reach you',
	'referral.contactShownAdviser': 'How to reach them',
	'referral.noteShownMember': 'Your note',
	'referral.noteShownAdviser': 'Their note',
	'referral.notGiven': 'Not given',
	'referral.agreedWords': 'The words agreed to',
	'referral.outcome': 'What happened',
	'referral.noOutcome': 'Nothing written yet.',
	'referral.outcomeLabelMember': 'What happened, in your own words',
	'referral.outcomeHintMember':
		'Optional. Only you, and the adviser who referred you if one did, can read it.',
	'referral.outcomeLabelAdviser': 'What happened, in the member’s own words',
	'referral.outcomeHintAdviser':
		'Write it with the member, as they say it. Only they and you can read it.',
	'referral.outcomeTooLong': 'What happened must be 2,000 characters or fewer',
	'referral.saveOutcome': 'Save what happened',
	'referral.statusTitle': 'Where the referral is',
	'referral.statusLegend': 'Status of the referral',
	'referral.statusHint':
		'A record of the referral, never a judgement of anyone. Any status can be chosen at any time.',
	'referral.statusMade': 'Referral made',
	'referral.statusContacted': 'Service contacted',
	'referral.statusSeen': 'Seen by the service',
	'referral.statusClosed': 'Closed',
	'referral.statusRequired': 'Choose a status from the list',
	'referral.saveStatus': 'Save status',
	'referral.madeNotice':
		'The referral is made. It is listed on the member’s referrals page, where they can withdraw their consent at any time.',
	'referral.savedNotice': 'Saved.',
	'referral.withdrawTitle': 'Withdraw consent',
	'referral.withdrawText':
		'You can withdraw your agreement at any time. The way to reach you and your note are then erased, and the referral is closed.',
	'referral.withdraw': 'Withdraw consent',
	'referral.withdrawConfirmTitle': 'Withdraw your consent for this referral?',
	'referral.withdrawConfirmText':
		'The way to reach you and your note will be erased for good, and the referral closed. The service’s name, the date and the words you agreed to are kept as a record.',
	'referral.withdrawYes': 'Yes, withdraw',
	'referral.withdrawNo': 'No, keep it',
	'referral.erasedBoth':
		'Your consent is withdrawn. The way to reach you and your note have been erased, and the referral is closed.',
	'referral.erasedContact':
		'Your consent is withdrawn. The way to reach you has been erased, and the referral is closed.',
	'referral.erasedNote':
		'Your consent is withdrawn. Your note has been erased, and the referral is closed.',
	'referral.erasedNothing':
		'Your consent is withdrawn and the referral is closed. You had shared no way to reach you and no note, so there was nothing to erase.',
	'referral.withdrawnRecord': 'Consent was withdrawn on {date}. What was shared has been erased.',
	'referral.withdrawnShort': 'Consent withdrawn',
	'referral.withdrawnNoChange':
		'Consent for this referral was withdrawn, so it can no longer be changed',

	// Directory: categories of need (keep last: new sections go above)
	'category.work-and-wages': 'Work and wages',
	'category.legal': 'Legal help',
	'category.health': 'Health',
	'category.sexual-health': 'Sexual health',
	'category.mental-health': 'Mental health',
	'category.drugs-and-alcohol': 'Drugs and alcohol',
	'category.childcare': 'Childcare',
	'category.housing': 'Housing',
	'category.food': 'Food',
	'category.money-and-benefits': 'Money and benefits',
	'category.english-and-learning': 'English and learning',
	'category.immigration-advice': 'Immigration advice',
	'category.rest-and-safety': 'Rest and safety'
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
