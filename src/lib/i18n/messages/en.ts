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

	// Directory: HSDS import

	// Directory: referrals

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
