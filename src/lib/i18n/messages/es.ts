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
	'centre.findMoreHelp': 'Buscar en todos los servicios, también los de nuestros aliados',
	'layout.referrals': 'Tus derivaciones',
	'directory.title': 'Directorio',
	'directory.saved': 'El servicio está guardado.',
	'directory.removed': 'El servicio está eliminado.',
	'directory.addService': 'Añadir un servicio',
	'directory.organizations': 'Organizaciones',
	'directory.organizationsText':
		'El centro y sus aliados: clínicas, centros legales, sindicatos, bancos de alimentos, albergues.',
	'directory.locations': 'Lugares',
	'directory.locationsText': 'Dónde se presta cada servicio, con datos de accesibilidad.',
	'directory.import': 'Importar de otro directorio',
	'directory.importText':
		'Cargar servicios compartidos en formato HSDS 3.0 por un ayuntamiento u otro centro.',
	'directory.seeAsMember': 'Ver el directorio como lo ven las personas socias',
	'directory.seeAsMemberText': 'Buscar, filtrar y abrir la página de un servicio.',
	'directory.noServices':
		'Todavía no hay servicios. Añade el primero o impórtalos de otro directorio.',
	'directory.serviceColumn': 'Servicio',
	'directory.organizationColumn': 'Organización',
	'directory.statusColumn': 'Estado',
	'directory.public': 'compartido abiertamente',
	'service.newTitle': 'Añadir un servicio',
	'service.add': 'Añadir el servicio',
	'service.aboutTitle': 'Sobre el servicio',
	'service.name': 'Nombre ({language})',
	'service.description': 'Descripción ({language})',
	'service.organization': 'Organización que lo ofrece',
	'service.location': 'Lugar',
	'service.locationHint': 'Adónde va la gente. Añade lugares en Directorio, Lugares.',
	'service.noLocation': 'Sin lugar fijo (por teléfono o en línea)',
	'service.categories': 'Tipos de ayuda',
	'service.status': 'Estado',
	'service.statusActive': 'Funcionando',
	'service.statusTemporarilyClosed': 'Cerrado por ahora',
	'service.statusInactive': 'No funciona (oculto)',
	'service.statusDefunct': 'Cerrado para siempre (oculto)',
	'service.accessTitle': 'Cómo acceder',
	'service.noIdLegend': 'Documentos y situación migratoria',
	'service.noIdHint':
		'Marca solo si el servicio no pide ningún documento de identidad ni situación migratoria. Para muchas personas esto decide si van.',
	'service.documents': 'Documentos que piden',
	'service.documentsHint': 'Uno por línea. Déjalo vacío si no piden ninguno.',
	'service.eligibility': 'Para quién es',
	'service.eligibilityHint':
		'En palabras sencillas, por ejemplo: cualquier persona mayor de 18 años, sin papeles.',
	'service.applicationProcess': 'Cómo pedirlo',
	'service.walkInLegend': 'Citas',
	'service.cost': 'Coste',
	'service.feesDescription': 'Cuánto cuesta, en palabras sencillas',
	'service.languagesTitle': 'Idiomas',
	'service.languages': 'Idiomas que hablan allí',
	'service.otherLanguages': 'Otros idiomas',
	'service.otherLanguagesHint': 'Códigos de idioma separados por comas, por ejemplo: tl, ur, ti.',
	'service.interpretationNotes': 'Cómo funciona la interpretación allí',
	'service.hoursHint':
		'Las horas son las del reloj del centro. Un horario que pasa de medianoche es una sola fila: marca «cierra al día siguiente».',
	'service.openingRow': 'Horario {number}',
	'service.dayNone': '(sin usar)',
	'service.nextDayLegend': 'Horario nocturno',
	'service.nextDay': 'Cierra al día siguiente',
	'service.removeRowLegend': 'Eliminar',
	'service.removeRow': 'Eliminar esta fila al guardar',
	'service.moreRowsHint': '¿Necesitas más filas? Guarda y aparecerán filas nuevas en blanco.',
	'service.exceptionRow': 'Cambio de fecha {number}',
	'service.exceptionKind': 'Ese día el servicio está',
	'service.exceptionClosed': 'Cerrado',
	'service.exceptionOpen': 'Abierto en otro horario',
	'service.translationsTitle': 'En otros idiomas',
	'service.translationsHint':
		'Opcional. Si un idioma queda vacío, quien lee en él verá el texto en {language}, con una nota que lo indica.',
	'service.urlHint': 'La dirección completa, empezando por https://',
	'service.publicLegend': 'Directorio abierto',
	'service.publicHint':
		'Se comparte con otros directorios a través de la API HSDS de Hearth. Comparte solo lo que el propio servicio hace público.',
	'service.public': 'Compartir este servicio en el directorio abierto',
	'service.seePage': 'Ver la página del servicio',
	'service.remove': 'Eliminar este servicio',
	'service.removeTitle': '¿Eliminar «{name}»?',
	'service.removeText':
		'También se eliminan sus horarios, textos y documentos. No se puede deshacer.',
	'service.removeYes': 'Sí, eliminarlo',
	'service.removeNo': 'No, mantenerlo',
	'service.cannotRemoveTitle': 'Este servicio no se puede eliminar',
	'service.backToEdit': 'Volver al servicio',
	'service.nameRequired': 'Escribe el nombre del servicio',
	'service.nameTooLong': 'Usa como máximo 200 caracteres para el nombre',
	'service.textTooLong': 'Usa como máximo 2000 caracteres aquí',
	'service.organizationUnknown': 'Elige una de las organizaciones de la lista',
	'service.locationUnknown': 'Elige uno de los lugares de la lista',
	'service.statusInvalid': 'Elige uno de los estados de la lista',
	'service.categoryInvalid': 'Elige entre los tipos de ayuda de la lista',
	'service.costInvalid': 'Elige gratis, bajo coste o de pago',
	'service.tooManyDocuments': 'Indica como máximo 30 documentos',
	'service.languageInvalid': 'Escribe códigos de idioma como tl o ur, separados por comas',
	'service.phoneTooLong': 'Usa como máximo 100 caracteres para el teléfono',
	'service.emailInvalid': 'Escribe un correo como nombre@ejemplo.org o déjalo vacío',
	'service.urlInvalid': 'Escribe la dirección web completa, empezando por https://, o déjala vacía',
	'service.translationNeedsName': 'Pon también un nombre en este idioma, o deja los dos vacíos',
	'service.dayRequired': 'Elige el día en que abre',
	'service.closesBeforeOpens':
		'Cierra antes de abrir. Si cierra después de medianoche, marca «cierra al día siguiente».',
	'service.nextDayTooLong':
		'Un horario no puede durar más de 24 horas. Revisa las horas o desmarca «cierra al día siguiente».',
	'directory.services': {
		one: '{count} servicio',
		many: '{count} servicios',
		other: '{count} servicios'
	},
	'service.hasReferrals': {
		one: '{count} derivación apunta a este servicio, y las derivaciones son registros de las personas socias. Cambia su estado a «Cerrado para siempre»: desaparece del directorio y la derivación se mantiene.',
		many: '{count} derivaciones apuntan a este servicio, y las derivaciones son registros de las personas socias. Cambia su estado a «Cerrado para siempre»: desaparece del directorio y las derivaciones se mantienen.',
		other:
			'{count} derivaciones apuntan a este servicio, y las derivaciones son registros de las personas socias. Cambia su estado a «Cerrado para siempre»: desaparece del directorio y las derivaciones se mantienen.'
	},
	'layout.findHelp': 'Buscar ayuda',
	'help.title': 'Buscar ayuda',
	'help.intro':
		'Servicios de este centro y de sus aliados: salud, ayuda legal, comida, una cama para la noche y más.',
	'help.searchLabel': '¿Qué necesitas?',
	'help.searchHint':
		'En cualquier idioma y con cualquier ortografía. Por ejemplo: enfermera, salario impagado, comida.',
	'help.filtersTitle': 'Más opciones',
	'help.whenLegend': 'Cuándo',
	'help.whenAny': 'Cualquier momento',
	'help.whenNow': 'Abierto ahora',
	'help.whenTonight': 'Abierto esta noche',
	'help.onlyLegend': 'Mostrar solo',
	'help.onlyFree': 'Gratis',
	'help.onlyNoId': 'No piden documentos ni situación migratoria',
	'help.onlyWalkIn': 'Sin cita, puedes ir directamente',
	'help.languageLabel': 'Idioma que hablan',
	'help.anyLanguage': 'Cualquier idioma',
	'help.categoryLabel': 'Tipo de ayuda',
	'help.anyCategory': 'Cualquier tipo',
	'help.search': 'Buscar',
	'help.clear': 'Borrar la búsqueda',
	'help.noResults': 'No hay resultados. Prueba otra palabra o menos opciones.',
	'help.emptyDirectory':
		'Todavía no hay servicios. Una persona coordinadora puede añadirlos en Gestionar.',
	'help.from': 'De {organization}',
	'help.temporarilyClosed': 'Cerrado por ahora',
	'help.inCentreLanguage': 'Todavía no está escrito en tu idioma.',
	'help.pagesLabel': 'Páginas de resultados',
	'help.previous': 'Página anterior',
	'help.next': 'Página siguiente',
	'help.pageOf': 'Página {page} de {pages}',
	'help.costFree': 'Gratis',
	'help.costLow': 'Bajo coste',
	'help.costFee': 'De pago',
	'help.noIdAsked': 'No piden documentos',
	'help.walkIn': 'Sin cita',
	'help.languages': 'Idiomas:',
	'help.back': 'Volver a buscar ayuda',
	'help.shownIn':
		'Este servicio todavía no está descrito en tu idioma, así que se muestra en {language}.',
	'help.gettingIt': 'Cómo acceder',
	'help.documentsTitle': 'Documentos',
	'help.noIdAskedLong': 'No piden documentos de identidad ni situación migratoria.',
	'help.idMayBeAsked':
		'Pueden pedir algún documento. Si te preocupa, pregunta antes a una persona asesora.',
	'help.noDocuments': 'No piden ningún documento.',
	'help.whoFor': 'Para quién es',
	'help.howToApply': 'Cómo pedirlo',
	'help.cost': 'Coste',
	'help.interpreters': 'Intérpretes',
	'help.interpretersAvailable': 'Se puede organizar un intérprete.',
	'help.noHours': 'No hay horario fijo. Llama antes o pregunta en el mostrador.',
	'help.where': 'Dónde',
	'help.accessibility': 'Accesibilidad:',
	'help.contact': 'Contacto',
	'help.phone': 'Teléfono',
	'help.email': 'Correo electrónico',
	'help.website': 'Sitio web',
	'help.refer': 'Derivar a alguien a este servicio',
	'help.referSelf': 'Pedir una derivación para ti',
	'help.printHint': 'Esta página se imprime en una hoja: usa Imprimir en tu navegador.',
	'search.tooLong': 'Usa menos palabras: la búsqueda puede tener hasta 200 caracteres.',
	'search.noWords': 'Escribe una palabra para buscar: letras o números, no solo símbolos.',
	'help.results': {
		one: '{count} servicio',
		many: '{count} servicios',
		other: '{count} servicios'
	},

	// Directory: organisations and locations
	'organizations.directory': 'Directorio',
	'organizations.breadcrumbs': 'Dónde estás',
	'organizations.title': 'Organizaciones',
	'organizations.intro':
		'Tu centro y las organizaciones a las que envías a la gente: clínicas, centros de asesoría legal, sindicatos, bancos de alimentos, albergues. Cada servicio del directorio puede decir cuál de ellas lo ofrece.',
	'organizations.add': 'Añadir una organización',
	'organizations.own': 'Este centro',
	'organizations.empty':
		'Todavía no hay organizaciones colaboradoras. Añade las clínicas, los centros de asesoría legal y los sindicatos a los que envías a la gente.',
	'organizations.pagination': 'Páginas de organizaciones',
	'organizations.previous': 'Página anterior',
	'organizations.next': 'Página siguiente',
	'organizations.pageOf': 'Página {page} de {pages}',
	'organizations.saved': 'Organización guardada.',
	'organizations.removed':
		'Organización quitada. Sus servicios siguen en el directorio, sin organización.',
	'organizations.newTitle': 'Añadir una organización',
	'organizations.ownHint':
		'Esta organización representa a tu propio centro en el directorio y en lo que comparte con otros.',
	'organizations.name': 'Nombre',
	'organizations.nameHint': 'Como la conoce la gente, por ejemplo «Asesoría Legal del Este».',
	'organizations.description': 'Qué hace (opcional)',
	'organizations.email': 'Correo electrónico (opcional)',
	'organizations.website': 'Sitio web (opcional)',
	'organizations.websiteHint': 'La dirección completa, empezando por https://',
	'organizations.phone': 'Teléfono (opcional)',
	'organizations.submitNew': 'Añadir organización',
	'organizations.remove': 'Quitar esta organización',
	'organizations.confirmTitle': '¿Quitar {name}?',
	'organizations.confirmServices': {
		one: 'Ofrece {count} servicio del directorio. El servicio se queda, sin organización.',
		many: 'Ofrece {count} de servicios del directorio. Los servicios se quedan, sin organización.',
		other: 'Ofrece {count} servicios del directorio. Los servicios se quedan, sin organización.'
	},
	'organizations.confirmNoServices': 'Ningún servicio del directorio dice que lo ofrece ella.',
	'organizations.confirmYes': 'Sí, quitar',
	'organizations.confirmNo': 'No, mantener',
	'organizations.ownNotRemovable':
		'Esta es la organización de tu propio centro, así que no se puede quitar. Puedes cambiar su nombre y sus datos.',
	'organizations.nameRequired': 'Escribe el nombre de la organización',
	'organizations.nameTooLong': 'El nombre debe tener 200 caracteres o menos',
	'organizations.descriptionTooLong': 'Qué hace debe tener 2000 caracteres o menos',
	'organizations.emailInvalid':
		'Escribe un correo electrónico como nombre@ejemplo.org, o déjalo vacío',
	'organizations.websiteInvalid':
		'Escribe la dirección completa del sitio web, empezando por https:// o http://, o déjala vacía',
	'organizations.websiteTooLong': 'La dirección del sitio web debe tener 2000 caracteres o menos',
	'organizations.phoneTooLong': 'El teléfono debe tener 2000 caracteres o menos',
	'locations.title': 'Lugares',
	'locations.intro':
		'Los lugares donde se ofrecen los servicios: tu centro, una clínica, un local. Explica cómo llegar y qué tan fácil es entrar en cada uno.',
	'locations.add': 'Añadir un lugar',
	'locations.empty':
		'Todavía no hay lugares. Añade los lugares donde se ofrecen los servicios, empezando por tu centro.',
	'locations.pagination': 'Páginas de lugares',
	'locations.previous': 'Página anterior',
	'locations.next': 'Página siguiente',
	'locations.pageOf': 'Página {page} de {pages}',
	'locations.saved': 'Lugar guardado.',
	'locations.removed': 'Lugar quitado. Los servicios que se ofrecían allí siguen en el directorio.',
	'locations.newTitle': 'Añadir un lugar',
	'locations.unnamed': 'Lugar sin nombre',
	'locations.name': 'Nombre',
	'locations.nameHint': 'Por ejemplo «Sala principal» o «Clínica del Este».',
	'locations.addressColumn': 'Dirección',
	'locations.organizationColumn': 'Organización',
	'locations.address': 'Calle y número (opcional)',
	'locations.city': 'Ciudad o pueblo (opcional)',
	'locations.postalCode': 'Código postal (opcional)',
	'locations.country': 'País',
	'locations.countryHint': 'Dos letras, por ejemplo GB para el Reino Unido o ES para España.',
	'locations.transportation': 'Cómo llegar (opcional)',
	'locations.transportationHint':
		'Autobuses y trenes, la parada más cercana, dónde está la puerta.',
	'locations.accessibility': 'Accesibilidad (opcional)',
	'locations.accessibilityHint':
		'Con palabras sencillas: acceso sin escalones, baños accesibles, bucle de inducción, un sitio tranquilo, a quién pedir ayuda.',
	'locations.organization': 'Organización (opcional)',
	'locations.organizationNone': 'Ninguna',
	'locations.ownOrganization': '{name} (este centro)',
	'locations.submitNew': 'Añadir lugar',
	'locations.remove': 'Quitar este lugar',
	'locations.confirmTitle': '¿Quitar {name}?',
	'locations.confirmServices': {
		one: 'Aquí se ofrece {count} servicio. Sigue en el directorio, pero ya no se ofrece en este lugar.',
		many: 'Aquí se ofrecen {count} de servicios. Siguen en el directorio, pero ya no se ofrecen en este lugar.',
		other:
			'Aquí se ofrecen {count} servicios. Siguen en el directorio, pero ya no se ofrecen en este lugar.'
	},
	'locations.confirmNoServices': 'Aquí no se ofrece ningún servicio del directorio.',
	'locations.nameRequired': 'Escribe el nombre del lugar',
	'locations.nameTooLong': 'El nombre debe tener 200 caracteres o menos',
	'locations.addressTooLong': 'La calle y el número deben tener 2000 caracteres o menos',
	'locations.cityTooLong': 'La ciudad o el pueblo debe tener 2000 caracteres o menos',
	'locations.postalCodeTooLong': 'El código postal debe tener 2000 caracteres o menos',
	'locations.countryInvalid': 'Escribe el país con dos letras, por ejemplo ES',
	'locations.transportationTooLong': 'Cómo llegar debe tener 2000 caracteres o menos',
	'locations.accessibilityTooLong': 'La accesibilidad debe tener 2000 caracteres o menos',
	'locations.organizationUnknown': 'Elige una organización de la lista, o Ninguna',

	// Directory: HSDS import
	'import.problemEndsBeforeStart':
		'Un horario en «{field}» termina antes de empezar: su última fecha es anterior a la primera',
	'import.title': 'Importar desde un archivo HSDS',
	'import.intro':
		'HSDS (la Especificación de Datos de Servicios Humanos, de Open Referral) es una forma común de describir servicios en los directorios: qué ofrecen, quién los lleva, dónde y cuándo. Un ayuntamiento o una organización aliada puede darte su directorio como archivo HSDS.',
	'import.howItWorks':
		'Sube el archivo y Hearth te muestra lo que cambiaría antes de cambiar nada: servicios, organizaciones y lugares que se añadirían, los que se actualizarían (según su id HSDS) y cada registro que tenga algún problema. No cambia nada hasta que lo confirmes.',
	'import.keepNote':
		'Los servicios importados no son públicos hasta que los marques así. Los nombres en otros idiomas y los cierres en fechas concretas se quedan como los pusiste en Hearth.',
	'import.fileLabel': 'Archivo HSDS',
	'import.fileHint':
		'Un archivo JSON de 1 MB como máximo: un servicio, una lista de servicios u organizaciones con sus servicios.',
	'import.uploadSubmit': 'Subir y revisar',
	'import.previewTitle': 'Revisa la importación',
	'import.previewFile': 'Archivo: {file}',
	'import.previewIntro':
		'Todavía no ha cambiado nada. Lee las listas y después confirma la importación o cancélala.',
	'import.added': {
		one: '{count} registro para añadir',
		many: '{count} de registros para añadir',
		other: '{count} registros para añadir'
	},
	'import.updated': {
		one: '{count} registro para actualizar',
		many: '{count} de registros para actualizar',
		other: '{count} registros para actualizar'
	},
	'import.unchanged': {
		one: '{count} registro ya al día',
		many: '{count} de registros ya al día',
		other: '{count} registros ya al día'
	},
	'import.invalid': {
		one: '{count} registro con problemas, que no se importa',
		many: '{count} de registros con problemas, que no se importan',
		other: '{count} registros con problemas, que no se importan'
	},
	'import.leftOutTitle': 'Campos que Hearth no guarda',
	'import.leftOutIntro':
		'Estos registros tienen campos HSDS que Hearth no guarda. Se importan sin ellos.',
	'import.kindService': 'Servicio',
	'import.kindOrganization': 'Organización',
	'import.kindLocation': 'Lugar',
	'import.recordNumber': 'número {number} del archivo',
	'import.changes': 'Cambios: {fields}',
	'import.nothingChanges':
		'Todo lo que hay en el archivo ya está en el directorio tal cual: importarlo no cambia nada.',
	'import.confirmSubmit': 'Confirmar la importación',
	'import.cancel': 'Cancelar',
	'import.doneTitle': 'Importación hecha',
	'import.doneAdded': {
		one: '{count} registro añadido.',
		many: '{count} de registros añadidos.',
		other: '{count} registros añadidos.'
	},
	'import.doneUpdated': {
		one: '{count} registro actualizado.',
		many: '{count} de registros actualizados.',
		other: '{count} registros actualizados.'
	},
	'import.doneUnchanged': {
		one: '{count} registro ya estaba al día.',
		many: '{count} de registros ya estaban al día.',
		other: '{count} registros ya estaban al día.'
	},
	'import.doneInvalid': {
		one: '{count} registro con problemas no se importó.',
		many: '{count} de registros con problemas no se importaron.',
		other: '{count} registros con problemas no se importaron.'
	},
	'import.toDirectory': 'Ir al directorio',
	'import.another': 'Importar otro archivo',
	'import.alreadyApplied': 'Este archivo ya se importó.',
	'import.conflict':
		'Algo cambió en el directorio mientras se importaba el archivo, así que no se importó nada. Vuelve a subir el archivo.',
	'import.fileRequired': 'Elige un archivo HSDS para subir',
	'import.fileTooLarge':
		'El archivo pesa más de 1 MB. Divídelo en archivos más pequeños e impórtalos de uno en uno.',
	'import.fileNotJson':
		'El archivo no es JSON, así que no puede ser un archivo HSDS. Comprueba que elegiste el archivo correcto.',
	'import.fileNotHsds': 'El archivo es JSON, pero no contiene servicios ni organizaciones HSDS.',
	'import.fileEmpty': 'El archivo no contiene servicios ni organizaciones.',
	'import.fileTooMany':
		'El archivo contiene más de 1000 servicios, organizaciones o lugares. Divídelo en archivos más pequeños.',
	'import.nothingImportable':
		'No se puede importar nada del archivo: todos los registros tienen algún problema. Abajo están los problemas.',
	'import.problemNotRecord': 'No es un registro: un registro HSDS es un objeto con campos',
	'import.problemNotObject': '«{field}» debería contener campos, pero contiene otra cosa',
	'import.problemNoId': 'No tiene id',
	'import.problemIdNotUuid':
		'Su id «{value}» no es un UUID, el tipo de identificador que usa HSDS (por ejemplo 3f2b8c1e-6d0a-4c52-9e1f-0a7d5b2c4e61)',
	'import.problemChildIdNotUuid': 'El id «{value}» de «{field}» no es un UUID',
	'import.problemNoName': 'No tiene nombre',
	'import.problemNotText': '«{field}» debería ser texto',
	'import.problemNotList': '«{field}» debería ser una lista',
	'import.problemNotNumber': '«{field}» debería ser un número',
	'import.problemTooLong': '«{field}» tiene más de {max} caracteres',
	'import.problemHiddenCharacters':
		'«{field}» tiene caracteres ocultos, como marcas de dirección o códigos de control',
	'import.problemStatus':
		'Su estado «{value}» no es ninguno de estos: active, inactive, defunct, temporarily closed',
	'import.problemEmail': '«{field}» no es una dirección de correo electrónico',
	'import.problemWebAddress':
		'«{field}» no es una dirección web que empiece por http:// o https://',
	'import.problemCountry': 'El país «{value}» no es un código de país de dos letras, como ES',
	'import.problemLanguage': '«{value}» de «{field}» no es un código de idioma, como es o pt-BR',
	'import.problemTime': '«{value}» de «{field}» no es una hora del día, como 09:30',
	'import.problemTimeMissing':
		'Un horario de «{field}» tiene hora de apertura pero no de cierre, o de cierre pero no de apertura',
	'import.problemDay':
		'«{value}» de «{field}» no es un día de la semana (MO, TU, WE, TH, FR, SA o SU)',
	'import.problemDuplicate': 'Otro servicio del archivo tiene el mismo id',
	'import.problemIdUsedTwice': 'El id {value} de «{field}» aparece dos veces en el archivo',
	'import.problemOtherCentre':
		'Ya está en el directorio de otro centro de este Hearth, y un id solo puede pertenecer a un centro',
	'import.problemIdTaken': 'El id {value} de «{field}» ya pertenece a otro servicio del directorio',

	// Directory: referrals
	'referral.title': 'Derivar a una persona socia a un servicio',
	'referral.titleSelf': 'Pedir que te deriven',
	'referral.forService': 'Servicio: {service}',
	'referral.introAdviser':
		'Rellénalo con la persona a tu lado. Después, ella lee exactamente lo que se compartirá y decide. No se guarda nada hasta que esté de acuerdo.',
	'referral.introSelf':
		'Di lo que quieres que sepa el servicio. Después verás exactamente lo que se compartirá y decidirás. No se guarda nada hasta que estés de acuerdo.',
	'referral.memberName': 'El nombre elegido de la persona',
	'referral.memberNameHint': 'El nombre que usa en este centro.',
	'referral.memberNameRequired': 'Escribe el nombre elegido de la persona a la que derivas',
	'referral.memberNotFound':
		'Nadie en este centro tiene ese nombre elegido. Comprueba cómo se escribe con la persona',
	'referral.language': 'Idioma que lee la persona',
	'referral.languageHint': 'Lo que acepta se le muestra en este idioma.',
	'referral.languageRequired': 'Elige un idioma de la lista',
	'referral.whoUnknown': 'Empieza la derivación de nuevo desde la página del servicio',
	'referral.contact': 'Una forma de contactarla (opcional)',
	'referral.contactHint':
		'Solo si quiere que el servicio la contacte: un teléfono, un correo o «preguntar en el centro». Se usa solo para esta derivación.',
	'referral.contactSelf': 'Una forma de contactarte (opcional)',
	'referral.contactHintSelf':
		'Solo si quieres que el servicio te contacte: un teléfono, un correo o «preguntar en el centro». Se usa solo para esta derivación.',
	'referral.contactTooLong': 'La forma de contacto debe tener 200 caracteres o menos',
	'referral.note': 'En qué necesita ayuda (opcional)',
	'referral.noteHint': 'Con sus propias palabras. El servicio lo verá.',
	'referral.noteSelf': 'En qué necesitas ayuda (opcional)',
	'referral.noteHintSelf': 'Con tus propias palabras. El servicio lo verá.',
	'referral.noteTooLong': 'La nota debe tener 2000 caracteres o menos',
	'referral.continue': 'Continuar',
	'referral.referSelfInstead': 'Pedir que te deriven a ti',
	'referral.referMemberInstead': 'Derivar a una persona socia',
	'referral.consentTitle': 'Aceptar lo que se comparte',
	'referral.consentReadMember':
		'Dale la pantalla a la persona o léele las palabras en su idioma. Marca la casilla solo si está de acuerdo.',
	'referral.consentReadSelf':
		'Lee lo que se compartirá. Marca la casilla solo si estás de acuerdo.',
	'referral.consentLegendMember': 'El acuerdo de la persona',
	'referral.consentLegendSelf': 'Tu acuerdo',
	'referral.consentIntro': 'Acepto que {centre} me derive a «{service}» y le pase:',
	'referral.consentName': 'mi nombre elegido, {name}',
	'referral.consentContact':
		'la forma de contactarme que se muestra aquí, solo para esta derivación',
	'referral.consentNote': 'la nota que se muestra aquí, sobre en qué necesito ayuda',
	'referral.consentNothingElse':
		'No se pasa nada más sobre mí. Puedo retirar mi acuerdo en cualquier momento en mi página de derivaciones; entonces se borran la forma de contactarme y la nota.',
	'referral.consentContactLabel': 'La forma de contactarme:',
	'referral.consentNoteLabel': 'La nota:',
	'referral.consentAgree': 'Estoy de acuerdo',
	'referral.consentRequired':
		'No se ha compartido nada. Marca «Estoy de acuerdo» cuando se hayan leído y aceptado las palabras, o no sigas',
	'referral.confirm': 'Hacer la derivación',
	'referral.change': 'Cambiar lo que se comparte',
	'referral.cancel': 'Parar aquí: no se guarda nada',
	'referral.listTitle': 'Derivaciones',
	'referral.yoursTitle': 'Tus derivaciones',
	'referral.noneYours': 'No tienes derivaciones. Cuando te deriven a un servicio, aparecerá aquí.',
	'referral.findHelp': 'Buscar un servicio',
	'referral.madeTitle': 'Derivaciones que hiciste',
	'referral.noneMade': 'Todavía no has derivado a nadie.',
	'referral.madeMore': 'Solo se muestran las 100 más recientes.',
	'referral.member': 'Persona',
	'referral.service': 'Servicio',
	'referral.status': 'Estado',
	'referral.date': 'Fecha',
	'referral.madeBy': 'Hecha por',
	'referral.madeByYou': 'Tú',
	'referral.madeByUnknown': 'Alguien que ya no está en el centro',
	'referral.forMember': 'Derivación de {name}',
	'referral.sharedTitle': 'Lo que se compartió',
	'referral.contactShownMember': 'Cómo contactarte',
	'referral.contactShownAdviser': 'Cómo contactarla',
	'referral.noteShownMember': 'Tu nota',
	'referral.noteShownAdviser': 'Su nota',
	'referral.notGiven': 'No indicado',
	'referral.agreedWords': 'Las palabras aceptadas',
	'referral.outcome': 'Qué pasó',
	'referral.noOutcome': 'Todavía no hay nada escrito.',
	'referral.outcomeLabelMember': 'Qué pasó, con tus propias palabras',
	'referral.outcomeHintMember':
		'Opcional. Solo tú, y quien te derivó si fue otra persona, podéis leerlo.',
	'referral.outcomeLabelAdviser': 'Qué pasó, con las propias palabras de la persona',
	'referral.outcomeHintAdviser':
		'Escríbelo con la persona, tal como lo dice. Solo ella y tú podéis leerlo.',
	'referral.outcomeTooLong': 'Qué pasó debe tener 2000 caracteres o menos',
	'referral.saveOutcome': 'Guardar qué pasó',
	'referral.statusTitle': 'En qué punto está la derivación',
	'referral.statusLegend': 'Estado de la derivación',
	'referral.statusHint':
		'Un registro de la derivación, nunca un juicio sobre nadie. Se puede elegir cualquier estado en cualquier momento.',
	'referral.statusMade': 'Derivación hecha',
	'referral.statusContacted': 'Servicio contactado',
	'referral.statusSeen': 'Atendida por el servicio',
	'referral.statusClosed': 'Cerrada',
	'referral.statusRequired': 'Elige un estado de la lista',
	'referral.saveStatus': 'Guardar estado',
	'referral.madeNotice':
		'La derivación está hecha. Aparece en la página de derivaciones de la persona, donde puede retirar su acuerdo en cualquier momento.',
	'referral.savedNotice': 'Guardado.',
	'referral.withdrawTitle': 'Retirar el acuerdo',
	'referral.withdrawText':
		'Puedes retirar tu acuerdo en cualquier momento. Entonces se borran la forma de contactarte y tu nota, y la derivación se cierra.',
	'referral.withdraw': 'Retirar el acuerdo',
	'referral.withdrawConfirmTitle': '¿Retirar tu acuerdo para esta derivación?',
	'referral.withdrawConfirmText':
		'La forma de contactarte y tu nota se borrarán para siempre, y la derivación se cerrará. El nombre del servicio, la fecha y las palabras que aceptaste se guardan como registro.',
	'referral.withdrawYes': 'Sí, retirarlo',
	'referral.withdrawNo': 'No, mantenerlo',
	'referral.erasedBoth':
		'Tu acuerdo está retirado. Se han borrado la forma de contactarte y tu nota, y la derivación está cerrada.',
	'referral.erasedContact':
		'Tu acuerdo está retirado. Se ha borrado la forma de contactarte, y la derivación está cerrada.',
	'referral.erasedNote':
		'Tu acuerdo está retirado. Se ha borrado tu nota, y la derivación está cerrada.',
	'referral.erasedNothing':
		'Tu acuerdo está retirado y la derivación está cerrada. No habías compartido forma de contacto ni nota, así que no había nada que borrar.',
	'referral.withdrawnRecord': 'El acuerdo se retiró el {date}. Lo que se compartió se ha borrado.',
	'referral.withdrawnShort': 'Acuerdo retirado',
	'referral.withdrawnNoChange':
		'El acuerdo para esta derivación se retiró, así que ya no se puede cambiar',

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
