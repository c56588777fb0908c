import type { Catalogue } from '../translate';

export const es: Catalogue = {
	'layout.hearth': 'Hearth',
	'layout.skipToContent': 'Ir al contenido principal',
	'layout.navigation': 'Menú principal',
	'layout.manage': 'Gestionar',
	'layout.yourAccount': 'Tu cuenta',
	'layout.signIn': 'Entrar',
	'layout.language': 'Idioma',
	'layout.footer': 'Hearth guarda lo mínimo posible sobre ti, y nunca lo comparte sin preguntarte.',

	'form.problem': 'Hay un problema',
	'form.errorPrefix': 'Hay un error:',
	'form.errorTitle': 'Hay un error: ',
	'form.back': 'Volver',
	'form.save': 'Guardar',
	'form.hiddenCharacters':
		'Quita los caracteres ocultos (como marcas de dirección o códigos de control) y vuelve a intentarlo',

	'errors.notFound': 'No se encuentra la página',
	'errors.notFoundHelp':
		'Puede que la dirección esté mal escrita o que la página haya cambiado de lugar.',
	'errors.forbidden': 'No puedes ver esta página',
	'errors.forbiddenHelp':
		'Esta página es para el personal del centro con un rol concreto. Si la necesitas, pídesela a una persona coordinadora.',
	'errors.tooLarge': 'Lo que enviaste es demasiado grande',
	'errors.tooLargeHelp': 'Vuelve atrás, acorta lo que escribiste y vuelve a intentarlo.',
	'errors.notAllowed': 'Esta página no se puede usar de esa forma',
	'errors.badRequest': 'Algo en la solicitud no estaba bien',
	'errors.crossSite':
		'Este formulario se envió desde otro sitio web, así que se rechazó. Vuelve a Hearth y envíalo desde allí.',
	'errors.server': 'Algo salió mal por nuestra parte',
	'errors.serverHelp': 'No es por nada que hayas hecho. Vuelve a intentarlo en un minuto.',
	'errors.reference': 'Si vuelve a pasar, dile al centro esta referencia: {reference}',
	'errors.backHome': 'Ir a la página de inicio',

	'welcome.title': 'Te damos la bienvenida a Hearth',
	'welcome.intro':
		'Hearth ayuda a una comunidad a llevar un centro de trabajadores, de día y de noche: apoyo, asesoría y organización, nunca sanciones.',
	'welcome.centresTitle': 'Centros',
	'welcome.setUpTitle': 'Configura tu centro',
	'welcome.setUpText':
		'Indica el nombre, la dirección, la zona horaria y los idiomas de tu centro, y crea la cuenta de la primera persona coordinadora.',
	'welcome.setUpButton': 'Configura tu centro',
	'welcome.demoTitle': 'Explora un centro de demostración',
	'welcome.demoText':
		'Echa un vistazo a un centro inventado, abierto de día y las noches de viernes y sábado.',
	'welcome.demoButton': 'Explora un centro de demostración',

	'setup.title': 'Configura tu centro',
	'setup.intro': 'Puedes cambiar todo esto más adelante.',
	'setup.centreHeading': 'Tu centro',
	'setup.coordinatorHeading': 'Tu cuenta',
	'setup.coordinatorText':
		'Serás la primera persona coordinadora del centro. Usa un nombre que elijas tú: no tiene que ser el nombre de tus documentos.',
	'setup.submit': 'Crear el centro',

	'centres.name': 'Nombre del centro',
	'centres.nameRequired': 'Escribe el nombre del centro',
	'centres.nameTooLong': 'El nombre del centro debe tener 120 caracteres o menos',
	'centres.address': 'Dirección (opcional)',
	'centres.addressHint': 'Tal como la escribiría alguien para encontrar el centro.',
	'centres.addressTooLong': 'La dirección debe tener 500 caracteres o menos',
	'centres.directions': 'Cómo llegar (opcional)',
	'centres.directionsHint': 'Por ejemplo: la estación más cercana, qué puerta usar de noche.',
	'centres.directionsTooLong': '“Cómo llegar” debe tener 1000 caracteres o menos',
	'centres.timeZone': 'Zona horaria',
	'centres.timeZoneHint': 'El horario de apertura se muestra en esta hora local.',
	'centres.timeZoneUnknown': 'Elige de la lista la zona horaria del centro',
	'centres.languages': 'Idiomas que ofrece el centro',
	'centres.languagesHint':
		'Las páginas se pueden leer en estos idiomas. Elige todos los que correspondan.',
	'centres.languagesRequired': 'Elige al menos un idioma',
	'centres.languageUnknown': 'Elige los idiomas de la lista',
	'centres.defaultLanguage': 'Idioma principal',
	'centres.defaultLanguageRequired': 'Elige el idioma principal del centro',
	'centres.defaultLanguageNotOffered':
		'Elige como idioma principal uno de los idiomas que ofrece el centro',
	'centres.weekdayRequired': 'Elige un día de la semana',
	'centres.opensInvalid':
		'Escribe la hora de apertura en horas y minutos, por ejemplo 09:00 o 22:00',
	'centres.closesInvalid':
		'Escribe la hora de cierre en horas y minutos, por ejemplo 17:30 o 06:00',
	'centres.dateInvalid': 'Escribe una fecha que exista, por ejemplo 2026-12-25',
	'centres.exceptionKindRequired': 'Elige si el centro está cerrado o si abre en horas extra',
	'centres.noteTooLong': 'La nota debe tener 200 caracteres o menos',

	'identity.chosenName': 'Nombre elegido',
	'identity.chosenNameHint':
		'El nombre con el que quieres que te llamen. No tiene que ser el nombre de tus documentos. Lo usarás para entrar.',
	'identity.nameRequired': 'Escribe un nombre elegido',
	'identity.nameTooLong': 'El nombre elegido debe tener 60 caracteres o menos',
	'identity.nameTaken':
		'Alguien ya usa ese nombre. Añade una letra, una palabra o un número, por ejemplo “María K” o “María 2”',
	'identity.passphrase': 'Frase de acceso',
	'identity.newPassphrase': 'Elige una frase de acceso',
	'identity.passphraseHint':
		'Al menos {min} caracteres. Funcionan bien unas cuantas palabras que vayas a recordar, por ejemplo “gato azul pan noche”. Puedes usar espacios y cualquier idioma.',
	'identity.passphraseAgain': 'Escribe otra vez la frase de acceso',
	'identity.passphraseRequired': 'Escribe una frase de acceso',
	'identity.passphraseTooShort':
		'La frase de acceso debe tener al menos 15 caracteres. Prueba con varias palabras juntas',
	'identity.passphraseTooLong': 'La frase de acceso debe tener 256 caracteres o menos',
	'identity.passphraseCommon':
		'Esa frase de acceso es muy fácil de adivinar. Elige unas cuantas palabras que no sean tu nombre ni una contraseña común',
	'identity.passphrasesDiffer':
		'Las dos frases de acceso son distintas. Escribe la misma frase de acceso dos veces',
	'identity.signInWrong':
		'El nombre elegido o la frase de acceso no son correctos. Revísalos y vuelve a intentarlo',
	'identity.signInPaused':
		'Demasiados intentos desde aquí. Espera 15 minutos y vuelve a intentarlo, o pide en el centro una tarjeta de acceso nueva',
	'identity.codeRequired': 'Escribe el código de tu tarjeta',
	'identity.codeWrong':
		'Ese código no funciona. Puede estar mal escrito, ya usado o tener más de 7 días. Pide una tarjeta nueva en el centro',
	'identity.consentRequired': 'Marca la casilla cuando la persona esté de acuerdo, o no sigas',
	'identity.roleUnknown': 'Elige los roles de la lista',
	'identity.lastCoordinator':
		'El centro necesita al menos una persona coordinadora. Primero da el rol de coordinación a otra persona',
	'identity.resetNeedsCoordinator':
		'Solo una persona coordinadora puede imprimir una tarjeta nueva para alguien que tiene un rol en el centro.',
	'identity.resetElsewhere':
		'Esta persona también ayuda a llevar otro centro o este Hearth, así que aquí no se puede imprimir una tarjeta nueva. Pregunta a quien lleva este Hearth.',

	'roles.member': 'Miembro',
	'roles.adviser': 'Asesor/a',
	'roles.organiser': 'Organizador/a',
	'roles.coordinator': 'Coordinador/a',

	'signIn.title': 'Entrar',
	'signIn.submit': 'Entrar',
	'signIn.cardTitle': '¿Te dieron una tarjeta en el centro?',
	'signIn.cardText':
		'Si alguien del centro te dio una tarjeta con un código de acceso, úsalo para elegir tu frase de acceso.',
	'signIn.cardLink': 'Usar un código de acceso',
	'signIn.forgotTitle': '¿Olvidaste tu frase de acceso?',
	'signIn.forgotText':
		'Pregunta en el centro a una persona asesora o coordinadora. Te imprimirá una tarjeta nueva con un código.',

	'code.title': 'Usa tu código de acceso',
	'code.intro':
		'Escribe el código de tu tarjeta y luego elige una frase de acceso. El código funciona una sola vez.',
	'code.code': 'Código de tu tarjeta',
	'code.codeHint': 'Doce letras y números, por ejemplo ABCD-EFGH-JKMN.',
	'code.submit': 'Continuar',

	'join.title': 'Únete al centro',
	'join.intro':
		'Solo necesitas un nombre que elijas tú y una frase de acceso. Sin correo electrónico, sin número de teléfono, sin papeles.',
	'join.submit': 'Unirme',
	'join.noPhone':
		'¿No tienes teléfono propio? Pregunta en el centro: alguien creará tu cuenta contigo y te imprimirá una tarjeta.',

	'account.title': 'Tu cuenta',
	'account.signedInAs': 'Has entrado como {name}.',
	'account.centres': 'Tus centros',
	'account.noCentres': 'Todavía no formas parte de ningún centro.',
	'account.openCentre': 'Abrir otro centro',
	'account.signOutTitle': 'Salir',
	'account.signOutText':
		'En un teléfono o computadora que usa más gente, sal siempre de tu cuenta. “Salir en todas partes” también te saca de tu cuenta en cualquier otro teléfono o computadora.',
	'account.signOut': 'Salir',
	'account.signOutEverywhere': 'Salir en todas partes',

	'signedOut.title': 'Has salido de tu cuenta',
	'signedOut.here': 'Has salido de tu cuenta en este teléfono o computadora.',
	'signedOut.everywhere': 'Has salido de tu cuenta en todos los teléfonos y computadoras.',
	'signedOut.signInAgain': 'Volver a entrar',

	'centre.welcome': 'Te damos la bienvenida. Ya formas parte del centro.',
	'centre.demoNotice':
		'Este es un centro de demostración con personas inventadas. No escribas aquí nada real.',
	'centre.demoSignIn':
		'Para echar un vistazo como persona coordinadora, entra como “{name}” con la frase de acceso “{passphrase}”.',
	'centre.findUs': 'Cómo encontrarnos',
	'centre.noAddress': 'Pregunta al centro cómo llegar.',
	'centre.adviserLanguages': 'Nuestro equipo de asesoría habla',
	'centre.servicesTitle': 'Lo que ofrecemos',
	'centre.noServices': 'El centro todavía no ha publicado sus servicios.',
	'centre.joinTitle': 'Únete al centro',
	'centre.joinText': 'Unirte es gratis y no te pide nada. Solo necesitas un nombre que elijas tú.',
	'centre.joinButton': 'Unirme',
	'centre.haveAccount': '¿Ya te uniste?',

	'hours.openNow': 'Abierto ahora',
	'hours.closedNow': 'Cerrado ahora',
	'hours.openAlways': 'Abierto de día y de noche.',
	'hours.openClosesAt': 'Cierra a las {time}.',
	'hours.openClosesOn': 'Cierra el {day} a las {time}.',
	'hours.opensTodayAt': 'Abre hoy a las {time}.',
	'hours.opensTonightAt': 'Abre esta noche a las {time}.',
	'hours.opensTomorrowAt': 'Abre mañana a las {time}.',
	'hours.closedUntil': 'Cerrado hasta el {day} a las {time}.',
	'hours.closedNoHours': 'No hay horario de apertura en las próximas dos semanas.',
	'hours.weeklyTitle': 'Horario de apertura',
	'hours.closedDay': 'Cerrado',
	'hours.span': 'de {opens} a {closes}',
	'hours.spanOvernight': 'de {opens} a {closes} ({day} por la mañana)',
	'hours.exceptionsTitle': 'Cambios en el horario habitual',
	'hours.exceptionClosed': 'cerrado',
	'hours.exceptionOpen': 'abierto de {opens} a {closes}',
	'hours.timeZone': 'Las horas están en la zona horaria del centro ({zone}).',

	'manage.title': 'Gestionar el centro',
	'manage.enrolText':
		'Crea una cuenta con alguien que no tiene teléfono ni correo electrónico, e imprime su tarjeta.',
	'manage.peopleText':
		'Mira quién forma parte del centro, imprime una tarjeta de acceso nueva, cambia roles.',
	'manage.detailsText': 'Nombre, dirección, cómo llegar, zona horaria e idiomas.',
	'manage.hoursText': 'Horario semanal, noches y días con otro horario.',
	'manage.organiserText': 'Aquí aparecerán las herramientas de organización.',

	'details.title': 'Datos del centro',

	'hoursEdit.title': 'Horario de apertura',
	'hoursEdit.intro': 'Las horas son las del reloj del centro ({zone}).',
	'hoursEdit.noOpenings': 'Todavía no hay horario semanal. Añade el primer horario abajo.',
	'hoursEdit.remove': 'Quitar',
	'hoursEdit.confirmTitle': '¿Quitar esto del horario?',
	'hoursEdit.confirmYes': 'Sí, quitarlo',
	'hoursEdit.confirmNo': 'No, mantenerlo',
	'hoursEdit.addOpening': 'Añadir un horario semanal',
	'hoursEdit.overnightHint':
		'Para abrir de noche, pon una hora de cierre anterior a la hora de apertura: el viernes de 22:00 a 06:00 cierra el sábado por la mañana.',
	'hoursEdit.day': 'Día en que abre',
	'hoursEdit.opens': 'Abre a las',
	'hoursEdit.closes': 'Cierra a las',
	'hoursEdit.timeHint': 'Por ejemplo 09:00 o 22:00.',
	'hoursEdit.addOpeningSubmit': 'Añadir horario',
	'hoursEdit.noExceptions': 'No hay cambios previstos en el horario habitual.',
	'hoursEdit.addException': 'Añadir un cambio para un día',
	'hoursEdit.date': 'Fecha',
	'hoursEdit.dateHint': 'Por ejemplo 2026-12-25.',
	'hoursEdit.kind': 'Ese día el centro está',
	'hoursEdit.kindClosed': 'Cerrado (sin horarios que empiecen ese día)',
	'hoursEdit.kindOpen': 'Abierto en horas extra',
	'hoursEdit.extraTimeHint': 'Solo para las horas extra, por ejemplo 22:00.',
	'hoursEdit.note': 'Nota (opcional)',
	'hoursEdit.noteHint': 'Por ejemplo: día festivo, o abierto toda la noche antes de la huelga.',
	'hoursEdit.addExceptionSubmit': 'Añadir cambio',

	'enrol.title': 'Crear una cuenta con alguien',
	'enrol.intro':
		'Para alguien sin teléfono ni correo electrónico, que está a tu lado. Esa persona elige el nombre; tú imprimes una tarjeta con un código que usará para elegir una frase de acceso.',
	'enrol.chosenName': 'Su nombre elegido',
	'enrol.consentTitle': 'Su acuerdo',
	'enrol.consentReadAloud': 'Léele esto en su idioma, y marca la casilla solo si está de acuerdo.',
	'enrol.consentText':
		'Guardaremos tu nombre elegido y la fecha en que te uniste a {centre}, y nada más, para que puedas usar los servicios del centro y entrar. Puedes pedirnos que lo borremos en cualquier momento.',
	'enrol.consentLabel': 'Está de acuerdo',
	'enrol.submit': 'Crear la cuenta y mostrar la tarjeta',
	'enrol.doneTitle': 'Cuenta creada',
	'enrol.doneText': 'Imprime esta tarjeta y dásela a {name}. El código se muestra una sola vez.',
	'enrol.another': 'Crear otra cuenta',

	'card.title': 'Tu tarjeta de acceso a {centre}',
	'card.name': 'Tu nombre elegido:',
	'card.code': 'Tu código:',
	'card.howTo':
		'Ve a la web del centro, elige “Entrar”, luego “Usar un código de acceso”, y escribe el código. Después elige tu frase de acceso.',
	'card.expires': 'El código funciona hasta el {date}.',
	'card.once': 'El código funciona una sola vez. No enseñes esta tarjeta a nadie.',
	'card.print':
		'Imprime esta página desde el menú de tu navegador (Imprimir, o Ctrl+P). Solo se imprime la tarjeta.',

	'people.title': 'Personas',
	'people.count': {
		one: '{count} persona forma parte del centro.',
		many: '{count} de personas forman parte del centro.',
		other: '{count} personas forman parte del centro.'
	},
	'people.empty': 'Todavía no se ha unido nadie.',
	'people.roles': 'Roles en el centro',
	'people.joined': 'Se unió',
	'people.pagination': 'Páginas de personas',
	'people.previous': 'Página anterior',
	'people.next': 'Página siguiente',
	'people.pageOf': 'Página {page} de {pages}',

	'person.joined': 'Se unió el {date}.',
	'person.hasPassphrase': 'Ya eligió una frase de acceso.',
	'person.noPassphrase': 'Todavía no ha usado su código de acceso.',
	'person.rolesLegend': 'Roles de {name}',
	'person.rolesHint': 'Todas las personas son miembros. Marca los otros roles que tiene aquí.',
	'person.saved': 'Roles guardados.',
	'person.resetTitle': 'Frase de acceso olvidada',
	'person.resetText':
		'Con la persona a tu lado, imprime una tarjeta nueva. Sus códigos anteriores dejan de funcionar, y cuando la use saldrá de su cuenta en todas partes.',
	'person.resetButton': 'Imprimir una tarjeta de acceso nueva',
	'person.cardTitle': 'Tarjeta de acceso nueva',

	'network.newCentreTitle': 'Abrir otro centro',
	'network.newCentreIntro':
		'El nuevo centro comparte este Hearth. Serás su primera persona coordinadora.',
	'network.newCentreSubmit': 'Abrir el centro',

	// Directory: finding help and managing services

	// Directory: HSDS import

	// Directory: referrals

	// Directory: categories of need (keep last: new sections go above)
	'category.work-and-wages': 'Trabajo y salarios',
	'category.legal': 'Ayuda legal',
	'category.health': 'Salud',
	'category.sexual-health': 'Salud sexual',
	'category.mental-health': 'Salud mental',
	'category.drugs-and-alcohol': 'Drogas y alcohol',
	'category.childcare': 'Cuidado infantil',
	'category.housing': 'Vivienda',
	'category.food': 'Comida',
	'category.money-and-benefits': 'Dinero y prestaciones',
	'category.english-and-learning': 'Inglés y formación',
	'category.immigration-advice': 'Asesoría de inmigración',
	'category.rest-and-safety': 'Descanso y seguridad'
};
