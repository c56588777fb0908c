import type { CategoryCode } from '../directory/categories';
import type { ServiceCost } from '../directory/directory.tables';
import {
	ownOrganizationId,
	writeLocation,
	writeOrganization,
	writeService
} from '../directory/records';
import { uuidv7 } from '../platform/ids';
import type { Db } from '../schema';

type Opening = [weekday: number, opens: string, closes: string];

interface DemoService {
	name: string;
	description: string;
	/** The same in Spanish, so the directory shows a second language and its fallback. */
	es?: [name: string, description: string];
	categories: CategoryCode[];
	cost?: ServiceCost;
	feesDescription?: string;
	languages: string[];
	noIdAsked?: boolean;
	walkIn?: boolean;
	eligibility?: string;
	applicationProcess?: string;
	documents?: string[];
	phone?: string;
	weekly: Opening[];
}

const weekdays = (opens: string, closes: string): Opening[] =>
	[1, 2, 3, 4, 5].map((day) => [day, opens, closes]);
const fridayAndSaturdayNights: Opening[] = [
	[5, '22:00', '06:00'],
	[6, '22:00', '06:00']
];

const centreServices: DemoService[] = [
	{
		name: 'English classes (ESOL)',
		description: 'Beginner to advanced, Monday and Wednesday evenings. Free, no papers asked.',
		es: [
			'Clases de inglés (ESOL)',
			'De principiante a avanzado, lunes y miércoles por la tarde. Gratis, sin pedir papeles.'
		],
		categories: ['english-and-learning'],
		languages: ['en', 'es', 'pl', 'ar'],
		noIdAsked: true,
		walkIn: true,
		weekly: [
			[1, '18:00', '20:00'],
			[3, '18:00', '20:00']
		]
	},
	{
		name: 'Know your rights workshop',
		description: 'Minimum wage, payslips, holiday and sick pay, in plain words. Thursdays.',
		es: [
			'Taller: conoce tus derechos',
			'Salario mínimo, nóminas, vacaciones y baja por enfermedad, en palabras sencillas. Los jueves.'
		],
		categories: ['work-and-wages', 'english-and-learning'],
		languages: ['en', 'es', 'ro'],
		noIdAsked: true,
		walkIn: true,
		weekly: [[4, '18:30', '20:00']]
	},
	{
		name: 'Unpaid wages help',
		description: 'Bring what you have: rotas, messages, payslips. We work out what you are owed.',
		es: [
			'Ayuda con salarios impagados',
			'Trae lo que tengas: turnos, mensajes, nóminas. Calculamos lo que te deben.'
		],
		categories: ['work-and-wages', 'legal'],
		languages: ['en', 'es', 'pl', 'ro', 'pt', 'ar'],
		noIdAsked: true,
		walkIn: true,
		documents: ['Anything that shows the hours you worked, if you have it (not required)'],
		weekly: weekdays('10:00', '17:00')
	},
	{
		name: 'Night drop-in for riders and drivers',
		description: 'Friday and Saturday nights: tea, phone charging, a place to rest.',
		es: [
			'Acogida nocturna para repartidores y conductores',
			'Viernes y sábados por la noche: té, carga del móvil y un lugar para descansar.'
		],
		categories: ['rest-and-safety', 'food'],
		languages: ['en', 'es', 'pt', 'ar'],
		noIdAsked: true,
		walkIn: true,
		weekly: fridayAndSaturdayNights
	},
	{
		name: 'Rest area with beds',
		description:
			'Six beds and recliners through the night. Take a slot at the desk, no name needed.',
		es: [
			'Zona de descanso con camas',
			'Seis camas y sillones durante la noche. Pide un turno en el mostrador, sin dar tu nombre.'
		],
		categories: ['rest-and-safety'],
		languages: ['en'],
		noIdAsked: true,
		walkIn: true,
		weekly: fridayAndSaturdayNights
	},
	{
		name: 'Showers and laundry',
		description: 'Towels and soap provided. Ask at the desk.',
		categories: ['rest-and-safety'],
		languages: ['en'],
		noIdAsked: true,
		walkIn: true,
		weekly: [...weekdays('10:00', '18:00'), ...fridayAndSaturdayNights]
	},
	{
		name: 'Hot meals',
		description: 'Shared dinner on weekday evenings; soup and bread through the night.',
		es: ['Comidas calientes', 'Cena compartida entre semana; sopa y pan durante la noche.'],
		categories: ['food'],
		languages: ['en'],
		noIdAsked: true,
		walkIn: true,
		weekly: [...weekdays('18:00', '19:30'), ...fridayAndSaturdayNights]
	},
	{
		name: 'Childcare while you are here',
		description: 'Up to two hours for children aged 2 to 11, while you see an adviser or study.',
		es: [
			'Cuidado infantil mientras estás aquí',
			'Hasta dos horas para niños de 2 a 11 años, mientras ves a un asesor o estudias.'
		],
		categories: ['childcare'],
		languages: ['en', 'es', 'pl'],
		noIdAsked: true,
		eligibility: 'Children aged 2 to 11 whose parent is at the centre. Only a first name is asked.',
		weekly: weekdays('10:00', '16:00')
	},
	{
		name: 'Mental health and grief support',
		description: 'Talk with a counsellor or join a peer group. In several languages.',
		categories: ['mental-health'],
		languages: ['en', 'ar', 'pl', 'pt'],
		noIdAsked: true,
		applicationProcess: 'Ask an adviser, or come to the peer group on Wednesday evening.',
		weekly: [[3, '18:00', '20:00']]
	},
	{
		name: 'Digital help: apps, forms and phones',
		description: 'Set up a rider app, fill in an online form, or get your phone working again.',
		es: [
			'Ayuda digital: aplicaciones, formularios y móviles',
			'Configura una aplicación de reparto, rellena un formulario en línea o arregla tu móvil.'
		],
		categories: ['english-and-learning', 'work-and-wages'],
		languages: ['en', 'es', 'ro'],
		noIdAsked: true,
		walkIn: true,
		weekly: [
			[2, '14:00', '17:00'],
			[4, '14:00', '17:00']
		]
	},
	{
		name: 'Benefits and debt advice',
		description: 'Universal Credit, council tax, payment plans. Bring any letters you have.',
		categories: ['money-and-benefits'],
		languages: ['en', 'pl', 'ar'],
		applicationProcess: 'Drop in on Monday, or ask at the desk to book a longer appointment.',
		documents: ['Any letters about your benefits or debts, if you have them'],
		weekly: [[1, '10:00', '16:00']]
	},
	{
		name: 'Interpreters',
		description: 'Arabic, Polish, Spanish, Portuguese and Romanian interpreters on most days.',
		categories: ['legal', 'health'],
		languages: ['ar', 'pl', 'es', 'pt', 'ro'],
		noIdAsked: true,
		weekly: weekdays('10:00', '17:00')
	}
];

interface DemoPartner {
	name: string;
	description: string;
	website: string;
	phone: string;
	location: { name: string; address1: string; postalCode: string; accessibility: string };
	services: DemoService[];
}

const partners: DemoPartner[] = [
	{
		name: 'Canal Street Health Centre (demo)',
		description: 'An NHS health centre that sees anyone, registered or not.',
		website: 'https://health.example',
		phone: '020 7946 0101',
		location: {
			name: 'Canal Street Health Centre',
			address1: '40 Canal Street',
			postalCode: 'E1 6AB',
			accessibility: 'Step-free entrance, accessible toilet, hearing loop at reception.'
		},
		services: [
			{
				name: 'Night nurse for cuts and injuries',
				description: 'A nurse cleans and dresses wounds, through the night, no appointment.',
				es: [
					'Enfermera nocturna para cortes y heridas',
					'Una enfermera limpia y cura heridas durante toda la noche, sin cita.'
				],
				categories: ['health'],
				languages: ['en', 'es', 'ar'],
				noIdAsked: true,
				walkIn: true,
				phone: '020 7946 0102',
				weekly: [1, 2, 3, 4, 5, 6, 7].map((day) => [day, '20:00', '08:00'])
			},
			{
				name: 'Sexual health clinic',
				description: 'Tests, treatment and advice with a nurse, no judgement. Saturday nights.',
				es: [
					'Clínica de salud sexual',
					'Pruebas, tratamiento y consejo con una enfermera, sin juicios. Sábados por la noche.'
				],
				categories: ['sexual-health', 'health'],
				languages: ['en', 'pt', 'ro'],
				noIdAsked: true,
				walkIn: true,
				weekly: [[6, '20:00', '02:00']]
			},
			{
				name: 'GP registration help',
				description: 'Register with a doctor. You do not need proof of address or ID to register.',
				categories: ['health'],
				languages: ['en'],
				noIdAsked: true,
				weekly: weekdays('09:00', '12:00')
			}
		]
	},
	{
		name: 'Tower Law Centre (demo)',
		description: 'Free legal advice on work, housing, family and immigration.',
		website: 'https://law.example',
		phone: '020 7946 0200',
		location: {
			name: 'Tower Law Centre',
			address1: '7 Mill Lane, first floor',
			postalCode: 'E1 7QX',
			accessibility: 'First floor, lift available. Interpreters on request.'
		},
		services: [
			{
				name: 'Legal advice clinic',
				description:
					'Employment, housing and family law with volunteer solicitors. Book or drop in.',
				categories: ['legal', 'work-and-wages', 'housing'],
				languages: ['en', 'es', 'tl'],
				walkIn: true,
				weekly: [[2, '17:00', '20:00']]
			},
			{
				name: 'Immigration advice (regulated adviser)',
				description: 'A regulated immigration adviser. Hearth gives no immigration advice itself.',
				categories: ['immigration-advice', 'legal'],
				languages: ['en', 'ar', 'pt'],
				applicationProcess: 'Phone to book. Say which language you need.',
				documents: ['Any letters from the Home Office, if you have them'],
				weekly: weekdays('10:00', '16:00')
			},
			{
				name: 'Housing advice',
				description: 'Deposits, notices, repairs and homelessness help.',
				categories: ['housing'],
				languages: ['en', 'pl'],
				walkIn: true,
				weekly: [[4, '10:00', '13:00']]
			}
		]
	},
	{
		name: 'Couriers and Carers Union (demo)',
		description: 'A union run by its members: riders, drivers, carers and cleaners.',
		website: 'https://union.example',
		phone: '020 7946 0300',
		location: {
			name: 'Union office',
			address1: '3 Brick Yard',
			postalCode: 'E2 8HD',
			accessibility: 'Ground floor, step-free.'
		},
		services: [
			{
				name: 'Union caseworker',
				description:
					'Help with disciplinaries, deactivations and grievances. Joining costs £1 a week.',
				categories: ['work-and-wages'],
				cost: 'low_cost',
				feesDescription: 'Membership is £1 a week; the first meeting is free.',
				languages: ['en', 'es', 'pt', 'ro'],
				weekly: [[3, '18:00', '21:00']]
			}
		]
	},
	{
		name: 'Canal Food Bank (demo)',
		description: 'Food parcels and a community pantry.',
		website: 'https://food.example',
		phone: '020 7946 0400',
		location: {
			name: 'St Mary’s hall',
			address1: '1 Church Row',
			postalCode: 'E1 6LT',
			accessibility: 'Two steps at the door; ask and we bring a ramp.'
		},
		services: [
			{
				name: 'Food parcels',
				description: 'Three days of food. No voucher needed on Saturday mornings.',
				es: [
					'Paquetes de comida',
					'Comida para tres días. Los sábados por la mañana no hace falta vale.'
				],
				categories: ['food'],
				languages: ['en', 'pl'],
				noIdAsked: true,
				walkIn: true,
				weekly: [
					[2, '12:00', '15:00'],
					[6, '09:00', '12:00']
				]
			}
		]
	},
	{
		name: 'St Anne’s Night Shelter (demo)',
		description: 'Emergency beds for the night, for anyone over 18.',
		website: 'https://shelter.example',
		phone: '020 7946 0500',
		location: {
			name: 'St Anne’s',
			address1: '22 Hope Street',
			postalCode: 'E1 5NP',
			accessibility: 'Step-free, one accessible room.'
		},
		services: [
			{
				name: 'Emergency night shelter',
				description: 'A bed, a shower and breakfast. Arrive between 20:00 and 23:00.',
				categories: ['housing', 'rest-and-safety'],
				languages: ['en', 'ro', 'pl'],
				noIdAsked: true,
				walkIn: true,
				eligibility: 'Anyone aged 18 or over. No questions about papers.',
				weekly: [1, 2, 3, 4, 5, 6, 7].map((day) => [day, '20:00', '08:00'])
			}
		]
	}
];

async function addDemoService(
	trx: Db,
	centreId: string,
	organizationId: string,
	locationId: string | null,
	service: DemoService
): Promise<void> {
	await writeService(trx, centreId, {
		id: uuidv7(),
		organizationId,
		name: service.name,
		description: service.description,
		texts: service.es ? [{ locale: 'es', name: service.es[0], description: service.es[1] }] : [],
		status: 'active',
		url: '',
		email: '',
		phone: service.phone ?? '',
		eligibility: service.eligibility ?? '',
		applicationProcess: service.applicationProcess ?? '',
		cost: service.cost ?? 'free',
		feesDescription: service.feesDescription ?? '',
		languages: service.languages,
		interpretationAvailable: service.languages.length > 2,
		interpretationNotes: '',
		noIdAsked: service.noIdAsked ?? false,
		walkIn: service.walkIn ?? false,
		isPublic: true,
		documents: (service.documents ?? []).map((document) => ({ id: uuidv7(), document })),
		categories: service.categories,
		locations: locationId ? [{ id: uuidv7(), locationId }] : [],
		weekly: service.weekly.map(([weekday, opens, closes]) => ({
			id: uuidv7(),
			weekday,
			opens,
			closes
		})),
		exceptions: []
	});
}

/** The demo centre's directory: its own services and five partners', inside the centre's scope. */
export async function seedDemoDirectory(trx: Db, centreId: string): Promise<void> {
	const own = await ownOrganizationId(trx, centreId);
	const home = uuidv7();
	await writeLocation(trx, centreId, {
		id: home,
		organizationId: own,
		name: 'The centre',
		address1: '12 Canal Street',
		city: 'London',
		postalCode: 'E1 6AA',
		country: 'GB',
		transportation: 'Two minutes from Whitechapel station.',
		accessibility: 'Step-free entrance at the blue door; accessible toilet; quiet room upstairs.'
	});
	for (const service of centreServices) {
		await addDemoService(trx, centreId, own, home, service);
	}
	for (const partner of partners) {
		const organizationId = uuidv7();
		await writeOrganization(trx, centreId, {
			id: organizationId,
			name: partner.name,
			description: partner.description,
			email: '',
			website: partner.website,
			phone: partner.phone
		});
		const locationId = uuidv7();
		await writeLocation(trx, centreId, {
			id: locationId,
			organizationId,
			name: partner.location.name,
			address1: partner.location.address1,
			city: 'London',
			postalCode: partner.location.postalCode,
			country: 'GB',
			transportation: '',
			accessibility: partner.location.accessibility
		});
		for (const service of partner.services) {
			await addDemoService(trx, centreId, organizationId, locationId, service);
		}
	}
}
