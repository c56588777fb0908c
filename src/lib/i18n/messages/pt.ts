import type { Catalogue } from '../translate';

export const pt: Catalogue = {
	'layout.hearth': 'Hearth',
	'layout.skipToContent': 'Ir para o conteúdo principal',
	'layout.navigation': 'Menu principal',
	'layout.manage': 'Administrar',
	'layout.yourAccount': 'Sua conta',
	'layout.signIn': 'Entrar',
	'layout.language': 'Idioma',
	'layout.footer':
		'O Hearth guarda o mínimo possível sobre você e nunca compartilha nada sem perguntar antes.',

	'form.problem': 'Há um problema',
	'form.errorPrefix': 'Erro:',
	'form.errorTitle': 'Erro: ',
	'form.back': 'Voltar',
	'form.save': 'Salvar',
	'form.hiddenCharacters':
		'Remova os caracteres ocultos (como marcas de direção ou códigos de controle) e tente de novo',

	'errors.notFound': 'Página não encontrada',
	'errors.notFoundHelp':
		'O endereço pode estar escrito errado, ou a página pode ter mudado de lugar.',
	'errors.forbidden': 'Você não pode ver esta página',
	'errors.forbiddenHelp':
		'Esta página é para quem trabalha no centro com uma função específica. Se você precisar dela, fale com uma pessoa da coordenação.',
	'errors.tooLarge': 'O que você enviou é grande demais',
	'errors.tooLargeHelp': 'Volte, encurte o que você escreveu e tente de novo.',
	'errors.notAllowed': 'Esta página não pode ser usada dessa forma',
	'errors.badRequest': 'Algo no pedido não estava certo',
	'errors.crossSite':
		'Este formulário foi enviado de outro site, por isso foi recusado. Volte ao Hearth e envie-o de lá.',
	'errors.server': 'Algo deu errado do nosso lado',
	'errors.serverHelp': 'Não foi nada que você fez. Tente de novo daqui a um minuto.',
	'errors.reference': 'Se acontecer de novo, diga ao centro esta referência: {reference}',
	'errors.backHome': 'Ir para a página inicial',

	'welcome.title': 'Boas-vindas ao Hearth',
	'welcome.intro':
		'O Hearth ajuda uma comunidade a manter um centro de trabalhadores, de dia e de noite: apoio, orientação e organização, nunca sanções.',
	'welcome.centresTitle': 'Centros',
	'welcome.setUpTitle': 'Configure seu centro',
	'welcome.setUpText':
		'Informe o nome, o endereço, o fuso horário e os idiomas do seu centro, e crie a conta da primeira pessoa coordenadora.',
	'welcome.setUpButton': 'Configure seu centro',
	'welcome.demoTitle': 'Explore um centro de demonstração',
	'welcome.demoText': 'Conheça um centro inventado, aberto de dia e nas noites de sexta e sábado.',
	'welcome.demoButton': 'Explore um centro de demonstração',

	'setup.title': 'Configure seu centro',
	'setup.intro': 'Você pode mudar tudo isto depois.',
	'setup.centreHeading': 'Seu centro',
	'setup.coordinatorHeading': 'Sua conta',
	'setup.coordinatorText':
		'Você será a primeira pessoa coordenadora do centro. Use um nome escolhido por você: não precisa ser o nome dos seus documentos.',
	'setup.submit': 'Criar o centro',

	'centres.name': 'Nome do centro',
	'centres.nameRequired': 'Escreva o nome do centro',
	'centres.nameTooLong': 'O nome do centro deve ter 120 caracteres ou menos',
	'centres.address': 'Endereço (opcional)',
	'centres.addressHint': 'Como as pessoas o escreveriam para encontrar o centro.',
	'centres.addressTooLong': 'O endereço deve ter 500 caracteres ou menos',
	'centres.directions': 'Como chegar (opcional)',
	'centres.directionsHint': 'Por exemplo: a estação mais próxima, que porta usar à noite.',
	'centres.directionsTooLong': '“Como chegar” deve ter 1.000 caracteres ou menos',
	'centres.timeZone': 'Fuso horário',
	'centres.timeZoneHint': 'O horário de funcionamento é mostrado neste fuso horário.',
	'centres.timeZoneUnknown': 'Escolha na lista o fuso horário do centro',
	'centres.languages': 'Idiomas que o centro oferece',
	'centres.languagesHint':
		'As páginas podem ser lidas nestes idiomas. Escolha todos os que se aplicam.',
	'centres.languagesRequired': 'Escolha pelo menos um idioma',
	'centres.languageUnknown': 'Escolha os idiomas na lista',
	'centres.defaultLanguage': 'Idioma principal',
	'centres.defaultLanguageRequired': 'Escolha o idioma principal do centro',
	'centres.defaultLanguageNotOffered':
		'Escolha como idioma principal um dos idiomas que o centro oferece',
	'centres.weekdayRequired': 'Escolha um dia da semana',
	'centres.opensInvalid':
		'Escreva a hora em que o centro abre, em horas e minutos, por exemplo 09:00 ou 22:00',
	'centres.closesInvalid':
		'Escreva a hora em que o centro fecha, em horas e minutos, por exemplo 17:30 ou 06:00',
	'centres.dateInvalid': 'Escreva uma data que exista, por exemplo 2026-12-25',
	'centres.exceptionKindRequired': 'Escolha se o centro está fechado ou aberto em horário extra',
	'centres.noteTooLong': 'A nota deve ter 200 caracteres ou menos',

	'identity.chosenName': 'Nome escolhido',
	'identity.chosenNameHint':
		'O nome que você quer que as pessoas usem com você. Não precisa ser o nome dos seus documentos. Você vai usá-lo para entrar.',
	'identity.nameRequired': 'Escreva um nome escolhido',
	'identity.nameTooLong': 'O nome escolhido deve ter 60 caracteres ou menos',
	'identity.nameTaken':
		'Alguém já usa esse nome. Adicione uma letra, uma palavra ou um número, por exemplo “Ana K” ou “Ana 2”',
	'identity.passphrase': 'Frase-senha',
	'identity.newPassphrase': 'Escolha uma frase-senha',
	'identity.passphraseHint':
		'Pelo menos {min} caracteres. Algumas palavras de que você vai se lembrar funcionam bem, por exemplo “gato azul pão noite”. Pode usar espaços e qualquer idioma.',
	'identity.passphraseAgain': 'Escreva a frase-senha de novo',
	'identity.passphraseRequired': 'Escreva uma frase-senha',
	'identity.passphraseTooShort':
		'A frase-senha deve ter pelo menos 15 caracteres. Tente juntar algumas palavras',
	'identity.passphraseTooLong': 'A frase-senha deve ter 256 caracteres ou menos',
	'identity.passphraseCommon':
		'Essa frase-senha é fácil demais de adivinhar. Escolha algumas palavras que não sejam o seu nome nem uma senha comum',
	'identity.passphrasesDiffer':
		'As duas frases-senha são diferentes. Escreva a mesma frase-senha duas vezes',
	'identity.signInWrong':
		'O nome escolhido ou a frase-senha não estão certos. Confira e tente de novo',
	'identity.signInPaused':
		'Muitas tentativas a partir daqui. Espere 15 minutos e tente de novo, ou peça no centro um novo cartão de acesso',
	'identity.codeRequired': 'Escreva o código do seu cartão',
	'identity.codeWrong':
		'Esse código não funciona. Pode estar escrito errado, já ter sido usado ou ter mais de 7 dias. Peça um novo cartão no centro',
	'identity.consentRequired': 'Marque a caixa quando a pessoa tiver concordado, ou pare aqui',
	'identity.roleUnknown': 'Escolha as funções na lista',
	'identity.lastCoordinator':
		'O centro precisa de pelo menos uma pessoa na coordenação. Primeiro dê a função de coordenação a outra pessoa',
	'identity.resetNeedsCoordinator':
		'Só um coordenador pode imprimir um cartão novo para quem tem um papel no centro.',
	'identity.resetElsewhere':
		'Esta pessoa também ajuda a gerir outro centro ou este Hearth, por isso não é possível imprimir um cartão novo aqui. Pergunte a quem gere este Hearth.',

	'roles.member': 'Membro',
	'roles.adviser': 'Orientador/a',
	'roles.organiser': 'Organizador/a',
	'roles.coordinator': 'Coordenador/a',

	'signIn.title': 'Entrar',
	'signIn.submit': 'Entrar',
	'signIn.cardTitle': 'Recebeu um cartão do centro?',
	'signIn.cardText':
		'Se alguém do centro deu a você um cartão com um código de acesso, use-o para escolher sua frase-senha.',
	'signIn.cardLink': 'Usar um código de acesso',
	'signIn.forgotTitle': 'Esqueceu sua frase-senha?',
	'signIn.forgotText':
		'Fale com uma pessoa da orientação ou da coordenação no centro. Ela vai imprimir para você um novo cartão com um código.',

	'code.title': 'Use seu código de acesso',
	'code.intro':
		'Escreva o código do seu cartão e depois escolha uma frase-senha. O código só funciona uma vez.',
	'code.code': 'Código do seu cartão',
	'code.codeHint': 'Doze letras e números, por exemplo ABCD-EFGH-JKMN.',
	'code.submit': 'Continuar',

	'join.title': 'Participe do centro',
	'join.intro':
		'Você só precisa de um nome escolhido por você e de uma frase-senha. Sem e-mail, sem número de telefone, sem documentos.',
	'join.submit': 'Participar',
	'join.noPhone':
		'Não tem telefone próprio? Pergunte no centro: alguém vai criar sua conta com você e imprimir um cartão.',

	'account.title': 'Sua conta',
	'account.signedInAs': 'Você entrou como {name}.',
	'account.centres': 'Seus centros',
	'account.noCentres': 'Você ainda não faz parte de nenhum centro.',
	'account.openCentre': 'Abrir outro centro',
	'account.signOutTitle': 'Sair',
	'account.signOutText':
		'Num telefone ou computador que outras pessoas também usam, sempre saia da sua conta. “Sair em todos os aparelhos” também tira você da conta em todos os outros telefones ou computadores.',
	'account.signOut': 'Sair',
	'account.signOutEverywhere': 'Sair em todos os aparelhos',

	'signedOut.title': 'Você saiu da sua conta',
	'signedOut.here': 'Você saiu da sua conta neste telefone ou computador.',
	'signedOut.everywhere': 'Você saiu da sua conta em todos os telefones e computadores.',
	'signedOut.signInAgain': 'Entrar de novo',

	'centre.welcome': 'Boas-vindas! Agora você faz parte do centro.',
	'centre.demoNotice':
		'Este é um centro de demonstração com pessoas inventadas. Não escreva nada real aqui.',
	'centre.demoSignIn':
		'Para conhecer o centro como pessoa coordenadora, entre como “{name}” com a frase-senha “{passphrase}”.',
	'centre.findUs': 'Como nos encontrar',
	'centre.noAddress': 'Pergunte ao centro como chegar.',
	'centre.adviserLanguages': 'Idiomas falados na orientação',
	'centre.servicesTitle': 'O que oferecemos',
	'centre.noServices': 'O centro ainda não publicou seus serviços.',
	'centre.joinTitle': 'Participe do centro',
	'centre.joinText':
		'Participar é gratuito e não exige nada de você. Você só precisa de um nome escolhido por você.',
	'centre.joinButton': 'Participar',
	'centre.haveAccount': 'Já participa?',

	'hours.openNow': 'Aberto agora',
	'hours.closedNow': 'Fechado agora',
	'hours.openAlways': 'Aberto dia e noite.',
	'hours.openClosesAt': 'Fecha às {time}.',
	'hours.openClosesOn': 'Fecha {day} às {time}.',
	'hours.opensTodayAt': 'Abre hoje às {time}.',
	'hours.opensTonightAt': 'Abre hoje à noite às {time}.',
	'hours.opensTomorrowAt': 'Abre amanhã às {time}.',
	'hours.closedUntil': 'Fechado até {day} às {time}.',
	'hours.closedNoHours': 'Sem horário de funcionamento nas próximas duas semanas.',
	'hours.weeklyTitle': 'Horário de funcionamento',
	'hours.closedDay': 'Fechado',
	'hours.span': 'das {opens} às {closes}',
	'hours.spanOvernight': 'das {opens} às {closes} ({day} de manhã)',
	'hours.exceptionsTitle': 'Mudanças no horário habitual',
	'hours.exceptionClosed': 'fechado',
	'hours.exceptionOpen': 'aberto das {opens} às {closes}',
	'hours.timeZone': 'Os horários estão no fuso horário do centro ({zone}).',

	'manage.title': 'Administrar o centro',
	'manage.enrolText':
		'Crie uma conta com alguém que não tem telefone nem e-mail, e imprima o cartão dessa pessoa.',
	'manage.peopleText':
		'Veja quem faz parte do centro, imprima um novo cartão de acesso, mude funções.',
	'manage.detailsText': 'Nome, endereço, como chegar, fuso horário e idiomas.',
	'manage.hoursText': 'Horário semanal, noites e dias com horário diferente.',
	'manage.organiserText': 'As ferramentas de organização vão aparecer aqui.',

	'details.title': 'Dados do centro',

	'hoursEdit.title': 'Horário de funcionamento',
	'hoursEdit.intro': 'Os horários seguem o relógio do centro ({zone}).',
	'hoursEdit.noOpenings': 'Ainda não há horário semanal. Adicione o primeiro horário abaixo.',
	'hoursEdit.remove': 'Remover',
	'hoursEdit.confirmTitle': 'Remover isto do horário?',
	'hoursEdit.confirmYes': 'Sim, remover',
	'hoursEdit.confirmNo': 'Não, manter',
	'hoursEdit.addOpening': 'Adicionar um horário semanal',
	'hoursEdit.overnightHint':
		'Para abrir à noite, indique uma hora de fechar anterior à hora de abrir: sexta-feira das 22:00 às 06:00 fecha no sábado de manhã.',
	'hoursEdit.day': 'Dia em que abre',
	'hoursEdit.opens': 'Abre às',
	'hoursEdit.closes': 'Fecha às',
	'hoursEdit.timeHint': 'Por exemplo 09:00 ou 22:00.',
	'hoursEdit.addOpeningSubmit': 'Adicionar horário',
	'hoursEdit.noExceptions': 'Não há mudanças previstas no horário habitual.',
	'hoursEdit.addException': 'Adicionar uma mudança para um dia',
	'hoursEdit.date': 'Data',
	'hoursEdit.dateHint': 'Por exemplo 2026-12-25.',
	'hoursEdit.kind': 'Nesse dia o centro está',
	'hoursEdit.kindClosed': 'Fechado (sem horários que comecem nesse dia)',
	'hoursEdit.kindOpen': 'Aberto em horário extra',
	'hoursEdit.extraTimeHint': 'Só para horário extra, por exemplo 22:00.',
	'hoursEdit.note': 'Nota (opcional)',
	'hoursEdit.noteHint': 'Por exemplo: feriado, ou aberto a noite toda antes da greve.',
	'hoursEdit.addExceptionSubmit': 'Adicionar mudança',

	'enrol.title': 'Criar uma conta com alguém',
	'enrol.intro':
		'Para alguém sem telefone nem e-mail, que está ao seu lado. A pessoa escolhe o nome; você imprime um cartão com um código que ela vai usar para escolher uma frase-senha.',
	'enrol.chosenName': 'Nome escolhido da pessoa',
	'enrol.consentTitle': 'O acordo da pessoa',
	'enrol.consentReadAloud':
		'Leia isto para a pessoa no idioma dela, e só marque a caixa se ela concordar.',
	'enrol.consentText':
		'Vamos guardar o seu nome escolhido e a data em que você passou a fazer parte de {centre}, e mais nada, para que você possa usar os serviços do centro e entrar na sua conta. Você pode nos pedir para apagar esses dados a qualquer momento.',
	'enrol.consentLabel': 'A pessoa concorda',
	'enrol.submit': 'Criar conta e mostrar cartão',
	'enrol.doneTitle': 'Conta criada',
	'enrol.doneText': 'Imprima este cartão e entregue-o a {name}. O código só é mostrado uma vez.',
	'enrol.another': 'Criar outra conta',

	'card.title': 'Seu cartão de acesso a {centre}',
	'card.name': 'Seu nome escolhido:',
	'card.code': 'Seu código:',
	'card.howTo':
		'Abra o site do centro, escolha “Entrar”, depois “Usar um código de acesso”, e escreva o código. Depois escolha sua frase-senha.',
	'card.expires': 'O código funciona até {date}.',
	'card.once': 'O código só funciona uma vez. Não mostre este cartão a ninguém.',
	'card.print':
		'Imprima esta página pelo menu do navegador (Imprimir, ou Ctrl+P). Só o cartão é impresso.',

	'people.title': 'Pessoas',
	'people.count': {
		one: 'Pessoas no centro: {count}.',
		many: '{count} de pessoas fazem parte do centro.',
		other: '{count} pessoas fazem parte do centro.'
	},
	'people.empty': 'Ainda não há ninguém no centro.',
	'people.roles': 'Funções',
	'people.joined': 'Entrou em',
	'people.pagination': 'Páginas de pessoas',
	'people.previous': 'Página anterior',
	'people.next': 'Próxima página',
	'people.pageOf': 'Página {page} de {pages}',

	'person.joined': 'Entrou em {date}.',
	'person.hasPassphrase': 'Já escolheu uma frase-senha.',
	'person.noPassphrase': 'Ainda não usou seu código de acesso.',
	'person.rolesLegend': 'Funções de {name}',
	'person.rolesHint':
		'Todas as pessoas são membros. Marque as outras funções que a pessoa tem aqui.',
	'person.saved': 'Funções salvas.',
	'person.resetTitle': 'Frase-senha esquecida',
	'person.resetText':
		'Com a pessoa ao seu lado, imprima um novo cartão. Os códigos antigos dela deixam de funcionar, e quando ela usar o novo, sai da conta em todos os aparelhos.',
	'person.resetButton': 'Imprimir um novo cartão de acesso',
	'person.cardTitle': 'Novo cartão de acesso',

	'network.newCentreTitle': 'Abrir outro centro',
	'network.newCentreIntro':
		'O novo centro usa este mesmo Hearth. Você será a primeira pessoa coordenadora dele.',
	'network.newCentreSubmit': 'Abrir o centro',

	// Directory: finding help and managing services
	'centre.findMoreHelp': 'Procurar em todos os serviços, incluindo os dos parceiros',
	'layout.referrals': 'Os seus encaminhamentos',
	'directory.title': 'Diretório',
	'directory.saved': 'O serviço foi guardado.',
	'directory.removed': 'O serviço foi removido.',
	'directory.addService': 'Adicionar um serviço',
	'directory.organizations': 'Organizações',
	'directory.organizationsText':
		'O centro e os seus parceiros: clínicas, centros jurídicos, sindicatos, bancos alimentares, abrigos.',
	'directory.locations': 'Locais',
	'directory.locationsText': 'Onde os serviços são prestados, com informação de acessibilidade.',
	'directory.import': 'Importar de outro diretório',
	'directory.importText':
		'Carregar serviços partilhados no formato HSDS 3.0 por uma câmara municipal ou outro centro.',
	'directory.seeAsMember': 'Ver o diretório como os membros o veem',
	'directory.seeAsMemberText': 'Pesquisar, filtrar, abrir a página de um serviço.',
	'directory.noServices':
		'Ainda não há serviços. Adicione o primeiro ou importe-os de outro diretório.',
	'directory.serviceColumn': 'Serviço',
	'directory.organizationColumn': 'Organização',
	'directory.statusColumn': 'Estado',
	'directory.public': 'partilhado abertamente',
	'service.newTitle': 'Adicionar um serviço',
	'service.add': 'Adicionar o serviço',
	'service.aboutTitle': 'Sobre o serviço',
	'service.name': 'Nome ({language})',
	'service.description': 'Descrição ({language})',
	'service.organization': 'Organização que o presta',
	'service.location': 'Local',
	'service.locationHint': 'Onde as pessoas vão. Adicione locais em Diretório, Locais.',
	'service.noLocation': 'Sem local fixo (por telefone ou online)',
	'service.categories': 'Tipos de ajuda',
	'service.status': 'Estado',
	'service.statusActive': 'A funcionar',
	'service.statusTemporarilyClosed': 'Fechado por agora',
	'service.statusInactive': 'Não funciona (oculto)',
	'service.statusDefunct': 'Fechado de vez (oculto)',
	'service.accessTitle': 'Como aceder',
	'service.noIdLegend': 'Documentos e situação de imigração',
	'service.noIdHint':
		'Marque só se o serviço não pedir nenhum documento de identificação nem situação de imigração. Para muitos membros, isto decide se vão.',
	'service.documents': 'Documentos pedidos',
	'service.documentsHint': 'Um por linha. Deixe vazio se não pedirem nenhum.',
	'service.eligibility': 'Para quem é',
	'service.eligibilityHint':
		'Em palavras simples, por exemplo: qualquer pessoa maior de 18 anos, sem papéis.',
	'service.applicationProcess': 'Como pedir',
	'service.walkInLegend': 'Marcações',
	'service.cost': 'Custo',
	'service.feesDescription': 'Quanto custa, em palavras simples',
	'service.languagesTitle': 'Línguas',
	'service.languages': 'Línguas faladas lá',
	'service.otherLanguages': 'Outras línguas',
	'service.otherLanguagesHint':
		'Códigos de língua separados por vírgulas, por exemplo: tl, ur, ti.',
	'service.interpretationNotes': 'Como funciona a interpretação lá',
	'service.hoursHint':
		'As horas são as do relógio do centro. Um horário que passa da meia-noite é uma só linha: marque «fecha no dia seguinte».',
	'service.openingRow': 'Horário {number}',
	'service.dayNone': '(não usado)',
	'service.nextDayLegend': 'Horário noturno',
	'service.nextDay': 'Fecha no dia seguinte',
	'service.removeRowLegend': 'Remover',
	'service.removeRow': 'Remover esta linha ao guardar',
	'service.moreRowsHint': 'Precisa de mais linhas? Guarde e aparecem novas linhas em branco.',
	'service.exceptionRow': 'Alteração de data {number}',
	'service.exceptionKind': 'Nesse dia o serviço está',
	'service.exceptionClosed': 'Fechado',
	'service.exceptionOpen': 'Aberto noutro horário',
	'service.translationsTitle': 'Noutras línguas',
	'service.translationsHint':
		'Opcional. Se uma língua ficar vazia, quem lê nela vê o texto em {language}, com uma nota a dizê-lo.',
	'service.urlHint': 'O endereço completo, a começar por https://',
	'service.publicLegend': 'Diretório aberto',
	'service.publicHint':
		'Partilhado com outros diretórios através da API HSDS do Hearth. Partilhe só o que o próprio serviço torna público.',
	'service.public': 'Partilhar este serviço no diretório aberto',
	'service.seePage': 'Ver a página do serviço',
	'service.remove': 'Remover este serviço',
	'service.removeTitle': 'Remover «{name}»?',
	'service.removeText':
		'Os horários, textos e documentos também são removidos. Não é possível desfazer.',
	'service.removeYes': 'Sim, remover',
	'service.removeNo': 'Não, manter',
	'service.cannotRemoveTitle': 'Este serviço não pode ser removido',
	'service.backToEdit': 'Voltar ao serviço',
	'service.nameRequired': 'Escreva o nome do serviço',
	'service.nameTooLong': 'Use no máximo 200 caracteres para o nome',
	'service.textTooLong': 'Use no máximo 2000 caracteres aqui',
	'service.organizationUnknown': 'Escolha uma das organizações da lista',
	'service.locationUnknown': 'Escolha um dos locais da lista',
	'service.statusInvalid': 'Escolha um dos estados da lista',
	'service.categoryInvalid': 'Escolha entre os tipos de ajuda da lista',
	'service.costInvalid': 'Escolha gratuito, baixo custo ou pago',
	'service.tooManyDocuments': 'Indique no máximo 30 documentos',
	'service.languageInvalid': 'Escreva códigos de língua como tl ou ur, separados por vírgulas',
	'service.phoneTooLong': 'Use no máximo 100 caracteres para o telefone',
	'service.emailInvalid': 'Escreva um e-mail como nome@exemplo.org, ou deixe vazio',
	'service.urlInvalid': 'Escreva o endereço web completo, a começar por https://, ou deixe vazio',
	'service.translationNeedsName': 'Dê também um nome nesta língua, ou deixe ambos vazios',
	'service.dayRequired': 'Escolha o dia em que abre',
	'service.closesBeforeOpens':
		'Fecha antes de abrir. Se fecha depois da meia-noite, marque «fecha no dia seguinte».',
	'service.nextDayTooLong':
		'Um horário não pode durar mais de 24 horas. Verifique as horas ou desmarque «fecha no dia seguinte».',
	'directory.services': {
		one: '{count} serviço',
		many: '{count} serviços',
		other: '{count} serviços'
	},
	'service.hasReferrals': {
		one: '{count} encaminhamento aponta para este serviço, e os encaminhamentos são registos dos membros. Mude o estado para «Fechado de vez»: desaparece do diretório e o encaminhamento fica.',
		many: '{count} encaminhamentos apontam para este serviço, e os encaminhamentos são registos dos membros. Mude o estado para «Fechado de vez»: desaparece do diretório e os encaminhamentos ficam.',
		other:
			'{count} encaminhamentos apontam para este serviço, e os encaminhamentos são registos dos membros. Mude o estado para «Fechado de vez»: desaparece do diretório e os encaminhamentos ficam.'
	},
	'layout.findHelp': 'Procurar ajuda',
	'help.title': 'Procurar ajuda',
	'help.intro':
		'Serviços deste centro e dos seus parceiros: saúde, ajuda jurídica, comida, uma cama para a noite e mais.',
	'help.searchLabel': 'De que precisa?',
	'help.searchHint':
		'Em qualquer língua e ortografia. Por exemplo: enfermeira, salário em atraso, comida.',
	'help.filtersTitle': 'Mais opções',
	'help.whenLegend': 'Quando',
	'help.whenAny': 'A qualquer hora',
	'help.whenNow': 'Aberto agora',
	'help.whenTonight': 'Aberto esta noite',
	'help.onlyLegend': 'Mostrar só',
	'help.onlyFree': 'Gratuito',
	'help.onlyNoId': 'Não pedem documentos nem situação de imigração',
	'help.onlyWalkIn': 'Sem marcação',
	'help.languageLabel': 'Língua falada',
	'help.anyLanguage': 'Qualquer língua',
	'help.categoryLabel': 'Tipo de ajuda',
	'help.anyCategory': 'Qualquer tipo',
	'help.search': 'Procurar',
	'help.clear': 'Limpar a pesquisa',
	'help.noResults': 'Nada encontrado. Experimente outra palavra ou menos opções.',
	'help.emptyDirectory': 'Ainda não há serviços. Um coordenador pode adicioná-los em Gerir.',
	'help.from': 'De {organization}',
	'help.temporarilyClosed': 'Fechado por agora',
	'help.inCentreLanguage': 'Ainda não escrito na sua língua.',
	'help.pagesLabel': 'Páginas de resultados',
	'help.previous': 'Página anterior',
	'help.next': 'Página seguinte',
	'help.pageOf': 'Página {page} de {pages}',
	'help.costFree': 'Gratuito',
	'help.costLow': 'Baixo custo',
	'help.costFee': 'Pago',
	'help.noIdAsked': 'Sem documentos',
	'help.walkIn': 'Sem marcação',
	'help.languages': 'Línguas:',
	'help.back': 'Voltar a procurar ajuda',
	'help.shownIn':
		'Este serviço ainda não está descrito na sua língua, por isso aparece em {language}.',
	'help.gettingIt': 'Como aceder',
	'help.documentsTitle': 'Documentos',
	'help.noIdAskedLong': 'Não pedem documentos de identificação nem situação de imigração.',
	'help.idMayBeAsked':
		'Podem pedir algum documento. Se isso o preocupa, pergunte primeiro a um conselheiro.',
	'help.noDocuments': 'Não pedem nenhum documento.',
	'help.whoFor': 'Para quem é',
	'help.howToApply': 'Como pedir',
	'help.cost': 'Custo',
	'help.interpreters': 'Intérpretes',
	'help.interpretersAvailable': 'Pode ser marcado um intérprete.',
	'help.noHours': 'Não há horário fixo. Telefone antes ou pergunte na receção.',
	'help.where': 'Onde',
	'help.accessibility': 'Acessibilidade:',
	'help.contact': 'Contacto',
	'help.phone': 'Telefone',
	'help.email': 'E-mail',
	'help.website': 'Site',
	'help.refer': 'Encaminhar alguém para este serviço',
	'help.referSelf': 'Pedir um encaminhamento para si',
	'help.printHint': 'Esta página imprime-se numa folha: use Imprimir no navegador.',
	'search.tooLong': 'Use menos palavras: a pesquisa pode ter até 200 caracteres.',
	'search.noWords': 'Escreva uma palavra para procurar: letras ou números, não só símbolos.',
	'help.results': {
		one: '{count} serviço',
		many: '{count} serviços',
		other: '{count} serviços'
	},

	// Directory: organisations and locations
	'organizations.directory': 'Diretório',
	'organizations.breadcrumbs': 'Onde está',
	'organizations.title': 'Organizações',
	'organizations.intro':
		'O seu centro e as organizações para onde encaminha as pessoas: clínicas, centros de apoio jurídico, sindicatos, bancos alimentares, abrigos. Cada serviço do diretório pode dizer qual delas o presta.',
	'organizations.add': 'Adicionar uma organização',
	'organizations.own': 'Este centro',
	'organizations.empty':
		'Ainda não há organizações parceiras. Adicione as clínicas, os centros de apoio jurídico e os sindicatos para onde encaminha as pessoas.',
	'organizations.pagination': 'Páginas de organizações',
	'organizations.previous': 'Página anterior',
	'organizations.next': 'Página seguinte',
	'organizations.pageOf': 'Página {page} de {pages}',
	'organizations.saved': 'Organização guardada.',
	'organizations.removed':
		'Organização removida. Os seus serviços continuam no diretório, sem organização.',
	'organizations.newTitle': 'Adicionar uma organização',
	'organizations.ownHint':
		'Esta organização representa o seu próprio centro no diretório e no que ele partilha com outros.',
	'organizations.name': 'Nome',
	'organizations.nameHint': 'Como as pessoas a conhecem, por exemplo «Apoio Jurídico do Leste».',
	'organizations.description': 'O que faz (opcional)',
	'organizations.email': 'Email (opcional)',
	'organizations.website': 'Site (opcional)',
	'organizations.websiteHint': 'O endereço completo, a começar por https://',
	'organizations.phone': 'Telefone (opcional)',
	'organizations.submitNew': 'Adicionar organização',
	'organizations.remove': 'Remover esta organização',
	'organizations.confirmTitle': 'Remover {name}?',
	'organizations.confirmServices': {
		one: 'Presta {count} serviço do diretório. O serviço fica, sem organização.',
		many: 'Presta {count} de serviços do diretório. Os serviços ficam, sem organização.',
		other: 'Presta {count} serviços do diretório. Os serviços ficam, sem organização.'
	},
	'organizations.confirmNoServices': 'Nenhum serviço do diretório diz que é prestado por ela.',
	'organizations.confirmYes': 'Sim, remover',
	'organizations.confirmNo': 'Não, manter',
	'organizations.ownNotRemovable':
		'Esta é a organização do seu próprio centro, por isso não pode ser removida. Pode mudar o nome e os dados dela.',
	'organizations.nameRequired': 'Escreva o nome da organização',
	'organizations.nameTooLong': 'O nome deve ter 200 caracteres ou menos',
	'organizations.descriptionTooLong': 'O que faz deve ter 2000 caracteres ou menos',
	'organizations.emailInvalid': 'Escreva um email como nome@exemplo.org, ou deixe-o vazio',
	'organizations.websiteInvalid':
		'Escreva o endereço completo do site, a começar por https:// ou http://, ou deixe-o vazio',
	'organizations.websiteTooLong': 'O endereço do site deve ter 2000 caracteres ou menos',
	'organizations.phoneTooLong': 'O telefone deve ter 2000 caracteres ou menos',
	'locations.title': 'Locais',
	'locations.intro':
		'Os locais onde os serviços são prestados: o seu centro, uma clínica, um salão. Diga como chegar e se é fácil entrar em cada um.',
	'locations.add': 'Adicionar um local',
	'locations.empty':
		'Ainda não há locais. Adicione os locais onde os serviços são prestados, a começar pelo seu centro.',
	'locations.pagination': 'Páginas de locais',
	'locations.previous': 'Página anterior',
	'locations.next': 'Página seguinte',
	'locations.pageOf': 'Página {page} de {pages}',
	'locations.saved': 'Local guardado.',
	'locations.removed': 'Local removido. Os serviços prestados lá continuam no diretório.',
	'locations.newTitle': 'Adicionar um local',
	'locations.unnamed': 'Local sem nome',
	'locations.name': 'Nome',
	'locations.nameHint': 'Por exemplo «Salão principal» ou «Clínica do Leste».',
	'locations.addressColumn': 'Endereço',
	'locations.organizationColumn': 'Organização',
	'locations.address': 'Rua e número (opcional)',
	'locations.city': 'Cidade ou localidade (opcional)',
	'locations.postalCode': 'Código postal (opcional)',
	'locations.country': 'País',
	'locations.countryHint': 'Duas letras, por exemplo GB para o Reino Unido ou PT para Portugal.',
	'locations.transportation': 'Como chegar (opcional)',
	'locations.transportationHint':
		'Autocarros e comboios, a paragem mais próxima, onde fica a porta.',
	'locations.accessibility': 'Acessibilidade (opcional)',
	'locations.accessibilityHint':
		'Em palavras simples: acesso sem degraus, casas de banho acessíveis, anel de indução, um sítio calmo, a quem pedir ajuda.',
	'locations.organization': 'Organização (opcional)',
	'locations.organizationNone': 'Nenhuma',
	'locations.ownOrganization': '{name} (este centro)',
	'locations.submitNew': 'Adicionar local',
	'locations.remove': 'Remover este local',
	'locations.confirmTitle': 'Remover {name}?',
	'locations.confirmServices': {
		one: 'Aqui é prestado {count} serviço. Continua no diretório, mas deixa de ser prestado neste local.',
		many: 'Aqui são prestados {count} de serviços. Continuam no diretório, mas deixam de ser prestados neste local.',
		other:
			'Aqui são prestados {count} serviços. Continuam no diretório, mas deixam de ser prestados neste local.'
	},
	'locations.confirmNoServices': 'Nenhum serviço do diretório é prestado aqui.',
	'locations.nameRequired': 'Escreva o nome do local',
	'locations.nameTooLong': 'O nome deve ter 200 caracteres ou menos',
	'locations.addressTooLong': 'A rua e o número devem ter 2000 caracteres ou menos',
	'locations.cityTooLong': 'A cidade ou localidade deve ter 2000 caracteres ou menos',
	'locations.postalCodeTooLong': 'O código postal deve ter 2000 caracteres ou menos',
	'locations.countryInvalid': 'Escreva o país com duas letras, por exemplo PT',
	'locations.transportationTooLong': 'Como chegar deve ter 2000 caracteres ou menos',
	'locations.accessibilityTooLong': 'A acessibilidade deve ter 2000 caracteres ou menos',
	'locations.organizationUnknown': 'Escolha uma organização da lista, ou Nenhuma',

	// Directory: HSDS import
	'import.problemEndsBeforeStart':
		'Um horário em «{field}» termina antes de começar: a última data é anterior à primeira',
	'import.title': 'Importar de um arquivo HSDS',
	'import.intro':
		'HSDS (a Especificação de Dados de Serviços Humanos, da Open Referral) é uma forma comum de os diretórios descreverem serviços: o que oferecem, quem os gere, onde e quando. Uma prefeitura ou uma organização parceira pode lhe passar o diretório dela como arquivo HSDS.',
	'import.howItWorks':
		'Envie o arquivo e o Hearth mostra o que mudaria antes de mudar qualquer coisa: serviços, organizações e locais a acrescentar, os que seriam atualizados (pelo id HSDS) e cada registro com algum problema. Nada muda até você confirmar.',
	'import.keepNote':
		'Os serviços importados só ficam públicos quando você os marcar assim. Os nomes em outros idiomas e os fechamentos em datas específicas continuam como você os definiu no Hearth.',
	'import.fileLabel': 'Arquivo HSDS',
	'import.fileHint':
		'Um arquivo JSON de até 1 MB: um serviço, uma lista de serviços ou organizações com seus serviços.',
	'import.uploadSubmit': 'Enviar e conferir',
	'import.previewTitle': 'Confira a importação',
	'import.previewFile': 'Arquivo: {file}',
	'import.previewIntro':
		'Nada mudou ainda. Leia as listas e depois confirme a importação ou cancele-a.',
	'import.added': {
		one: '{count} registro a acrescentar',
		many: '{count} de registros a acrescentar',
		other: '{count} registros a acrescentar'
	},
	'import.updated': {
		one: '{count} registro a atualizar',
		many: '{count} de registros a atualizar',
		other: '{count} registros a atualizar'
	},
	'import.unchanged': {
		one: '{count} registro já em dia',
		many: '{count} de registros já em dia',
		other: '{count} registros já em dia'
	},
	'import.invalid': {
		one: '{count} registro com problemas, que não será importado',
		many: '{count} de registros com problemas, que não serão importados',
		other: '{count} registros com problemas, que não serão importados'
	},
	'import.leftOutTitle': 'Campos que o Hearth não guarda',
	'import.leftOutIntro':
		'Estes registros têm campos HSDS que o Hearth não guarda. Eles são importados sem esses campos.',
	'import.kindService': 'Serviço',
	'import.kindOrganization': 'Organização',
	'import.kindLocation': 'Local',
	'import.recordNumber': 'número {number} no arquivo',
	'import.changes': 'Mudanças: {fields}',
	'import.nothingChanges':
		'Tudo o que está no arquivo já está no diretório do mesmo jeito: importar não muda nada.',
	'import.confirmSubmit': 'Confirmar a importação',
	'import.cancel': 'Cancelar',
	'import.doneTitle': 'Importação concluída',
	'import.doneAdded': {
		one: '{count} registro acrescentado.',
		many: '{count} de registros acrescentados.',
		other: '{count} registros acrescentados.'
	},
	'import.doneUpdated': {
		one: '{count} registro atualizado.',
		many: '{count} de registros atualizados.',
		other: '{count} registros atualizados.'
	},
	'import.doneUnchanged': {
		one: '{count} registro já estava em dia.',
		many: '{count} de registros já estavam em dia.',
		other: '{count} registros já estavam em dia.'
	},
	'import.doneInvalid': {
		one: '{count} registro com problemas não foi importado.',
		many: '{count} de registros com problemas não foram importados.',
		other: '{count} registros com problemas não foram importados.'
	},
	'import.toDirectory': 'Ir para o diretório',
	'import.another': 'Importar outro arquivo',
	'import.alreadyApplied': 'Este arquivo já foi importado.',
	'import.conflict':
		'Algo mudou no diretório enquanto o arquivo era importado, por isso nada foi importado. Envie o arquivo de novo.',
	'import.fileRequired': 'Escolha um arquivo HSDS para enviar',
	'import.fileTooLarge':
		'O arquivo tem mais de 1 MB. Divida-o em arquivos menores e importe um de cada vez.',
	'import.fileNotJson':
		'O arquivo não é JSON, então não pode ser um arquivo HSDS. Confira se você escolheu o arquivo certo.',
	'import.fileNotHsds': 'O arquivo é JSON, mas não contém serviços nem organizações HSDS.',
	'import.fileEmpty': 'O arquivo não contém serviços nem organizações.',
	'import.fileTooMany':
		'O arquivo contém mais de 1.000 serviços, organizações ou locais. Divida-o em arquivos menores.',
	'import.nothingImportable':
		'Nada no arquivo pode ser importado: todos os registros têm algum problema. Os problemas estão listados abaixo.',
	'import.problemNotRecord': 'Não é um registro: um registro HSDS é um objeto com campos',
	'import.problemNotObject': '“{field}” deveria conter campos, mas contém outra coisa',
	'import.problemNoId': 'Não tem id',
	'import.problemIdNotUuid':
		'O id “{value}” não é um UUID, o tipo de identificador que o HSDS usa (por exemplo 3f2b8c1e-6d0a-4c52-9e1f-0a7d5b2c4e61)',
	'import.problemChildIdNotUuid': 'O id “{value}” em “{field}” não é um UUID',
	'import.problemNoName': 'Não tem nome',
	'import.problemNotText': '“{field}” deveria ser texto',
	'import.problemNotList': '“{field}” deveria ser uma lista',
	'import.problemNotNumber': '“{field}” deveria ser um número',
	'import.problemTooLong': '“{field}” tem mais de {max} caracteres',
	'import.problemHiddenCharacters':
		'“{field}” tem caracteres ocultos, como marcas de direção ou códigos de controle',
	'import.problemStatus':
		'O status “{value}” não é nenhum destes: active, inactive, defunct, temporarily closed',
	'import.problemEmail': '“{field}” não é um endereço de email',
	'import.problemWebAddress': '“{field}” não é um endereço web que começa com http:// ou https://',
	'import.problemCountry': 'O país “{value}” não é um código de país de duas letras, como PT',
	'import.problemLanguage': '“{value}” em “{field}” não é um código de idioma, como pt ou pt-BR',
	'import.problemTime': '“{value}” em “{field}” não é um horário, como 09:30',
	'import.problemTimeMissing':
		'Um horário em “{field}” tem hora de abertura mas não de fechamento, ou de fechamento mas não de abertura',
	'import.problemDay':
		'“{value}” em “{field}” não é um dia da semana (MO, TU, WE, TH, FR, SA ou SU)',
	'import.problemDuplicate': 'Outro serviço no arquivo tem o mesmo id',
	'import.problemIdUsedTwice': 'O id {value} em “{field}” aparece duas vezes no arquivo',
	'import.problemOtherCentre':
		'Já está no diretório de outro centro neste Hearth, e um id só pode pertencer a um centro',
	'import.problemIdTaken': 'O id {value} em “{field}” já pertence a outro serviço do diretório',

	// Directory: referrals
	'referral.title': 'Encaminhar um membro para um serviço',
	'referral.titleSelf': 'Pedir um encaminhamento',
	'referral.forService': 'Serviço: {service}',
	'referral.introAdviser':
		'Preencha com a pessoa ao seu lado. A seguir, ela lê exatamente o que será partilhado e decide. Nada é guardado até ela concordar.',
	'referral.introSelf':
		'Diga o que gostaria que o serviço soubesse. A seguir, vê exatamente o que será partilhado e decide. Nada é guardado até concordar.',
	'referral.memberName': 'O nome escolhido da pessoa',
	'referral.memberNameHint': 'O nome que usa neste centro.',
	'referral.memberNameRequired': 'Escreva o nome escolhido da pessoa que está a encaminhar',
	'referral.memberNotFound':
		'Ninguém neste centro tem esse nome escolhido. Confirme a escrita com a pessoa',
	'referral.language': 'Língua em que a pessoa lê',
	'referral.languageHint': 'O que ela aceita é-lhe mostrado nesta língua.',
	'referral.languageRequired': 'Escolha uma língua da lista',
	'referral.whoUnknown': 'Comece o encaminhamento de novo a partir da página do serviço',
	'referral.contact': 'Uma forma de a contactar (opcional)',
	'referral.contactHint':
		'Só se ela quiser que o serviço a contacte: um telefone, um email ou «perguntar no centro». Serve apenas para este encaminhamento.',
	'referral.contactSelf': 'Uma forma de o/a contactar (opcional)',
	'referral.contactHintSelf':
		'Só se quiser que o serviço o/a contacte: um telefone, um email ou «perguntar no centro». Serve apenas para este encaminhamento.',
	'referral.contactTooLong': 'A forma de contacto deve ter 200 caracteres ou menos',
	'referral.note': 'Em que precisa de ajuda (opcional)',
	'referral.noteHint': 'Nas palavras da própria pessoa. O serviço vai vê-lo.',
	'referral.noteSelf': 'Em que precisa de ajuda (opcional)',
	'referral.noteHintSelf': 'Nas suas próprias palavras. O serviço vai vê-lo.',
	'referral.noteTooLong': 'A nota deve ter 2000 caracteres ou menos',
	'referral.continue': 'Continuar',
	'referral.referSelfInstead': 'Em vez disso, pedir um encaminhamento para si',
	'referral.referMemberInstead': 'Em vez disso, encaminhar um membro',
	'referral.consentTitle': 'Concordar com o que é partilhado',
	'referral.consentReadMember':
		'Dê o ecrã à pessoa ou leia-lhe as palavras na língua dela. Marque a caixa só se ela concordar.',
	'referral.consentReadSelf': 'Leia o que será partilhado. Marque a caixa só se concordar.',
	'referral.consentLegendMember': 'A concordância da pessoa',
	'referral.consentLegendSelf': 'A sua concordância',
	'referral.consentIntro': 'Concordo que {centre} me encaminhe para «{service}» e lhe passe:',
	'referral.consentName': 'o meu nome escolhido, {name}',
	'referral.consentContact': 'a forma de me contactar mostrada aqui, só para este encaminhamento',
	'referral.consentNote': 'a nota mostrada aqui, sobre aquilo em que preciso de ajuda',
	'referral.consentNothingElse':
		'Nada mais sobre mim é passado. Posso retirar a minha concordância a qualquer momento na minha página de encaminhamentos; a forma de me contactar e a nota são então apagadas.',
	'referral.consentContactLabel': 'A forma de me contactar:',
	'referral.consentNoteLabel': 'A nota:',
	'referral.consentAgree': 'Concordo',
	'referral.consentRequired':
		'Nada foi partilhado. Marque «Concordo» quando as palavras tiverem sido lidas e aceites, ou pare aqui',
	'referral.confirm': 'Fazer o encaminhamento',
	'referral.change': 'Mudar o que é partilhado',
	'referral.cancel': 'Parar aqui: nada é guardado',
	'referral.listTitle': 'Encaminhamentos',
	'referral.yoursTitle': 'Os seus encaminhamentos',
	'referral.noneYours':
		'Não tem encaminhamentos. Quando for encaminhado/a para um serviço, aparece aqui.',
	'referral.findHelp': 'Procurar um serviço',
	'referral.madeTitle': 'Encaminhamentos que fez',
	'referral.noneMade': 'Ainda não encaminhou ninguém.',
	'referral.madeMore': 'Só são mostrados os 100 mais recentes.',
	'referral.member': 'Pessoa',
	'referral.service': 'Serviço',
	'referral.status': 'Estado',
	'referral.date': 'Data',
	'referral.madeBy': 'Feito por',
	'referral.madeByYou': 'Você',
	'referral.madeByUnknown': 'Alguém que já não está no centro',
	'referral.forMember': 'Encaminhamento de {name}',
	'referral.sharedTitle': 'O que foi partilhado',
	'referral.contactShownMember': 'Como o/a contactar',
	'referral.contactShownAdviser': 'Como a contactar',
	'referral.noteShownMember': 'A sua nota',
	'referral.noteShownAdviser': 'A nota da pessoa',
	'referral.notGiven': 'Não indicado',
	'referral.agreedWords': 'As palavras aceites',
	'referral.outcome': 'O que aconteceu',
	'referral.noOutcome': 'Ainda nada escrito.',
	'referral.outcomeLabelMember': 'O que aconteceu, nas suas próprias palavras',
	'referral.outcomeHintMember':
		'Opcional. Só você, e quem o/a encaminhou se foi outra pessoa, o podem ler.',
	'referral.outcomeLabelAdviser': 'O que aconteceu, nas palavras da própria pessoa',
	'referral.outcomeHintAdviser':
		'Escreva-o com a pessoa, tal como ela o diz. Só ela e você o podem ler.',
	'referral.outcomeTooLong': 'O que aconteceu deve ter 2000 caracteres ou menos',
	'referral.saveOutcome': 'Guardar o que aconteceu',
	'referral.statusTitle': 'Em que ponto está o encaminhamento',
	'referral.statusLegend': 'Estado do encaminhamento',
	'referral.statusHint':
		'Um registo do encaminhamento, nunca um juízo sobre ninguém. Qualquer estado pode ser escolhido a qualquer momento.',
	'referral.statusMade': 'Encaminhamento feito',
	'referral.statusContacted': 'Serviço contactado',
	'referral.statusSeen': 'Atendido pelo serviço',
	'referral.statusClosed': 'Fechado',
	'referral.statusRequired': 'Escolha um estado da lista',
	'referral.saveStatus': 'Guardar estado',
	'referral.madeNotice':
		'O encaminhamento está feito. Aparece na página de encaminhamentos da pessoa, onde pode retirar a concordância a qualquer momento.',
	'referral.savedNotice': 'Guardado.',
	'referral.withdrawTitle': 'Retirar a concordância',
	'referral.withdrawText':
		'Pode retirar a sua concordância a qualquer momento. A forma de o/a contactar e a sua nota são então apagadas, e o encaminhamento é fechado.',
	'referral.withdraw': 'Retirar a concordância',
	'referral.withdrawConfirmTitle': 'Retirar a sua concordância para este encaminhamento?',
	'referral.withdrawConfirmText':
		'A forma de o/a contactar e a sua nota serão apagadas para sempre, e o encaminhamento fechado. O nome do serviço, a data e as palavras que aceitou ficam guardados como registo.',
	'referral.withdrawYes': 'Sim, retirar',
	'referral.withdrawNo': 'Não, manter',
	'referral.erasedBoth':
		'A sua concordância foi retirada. A forma de o/a contactar e a sua nota foram apagadas, e o encaminhamento está fechado.',
	'referral.erasedContact':
		'A sua concordância foi retirada. A forma de o/a contactar foi apagada, e o encaminhamento está fechado.',
	'referral.erasedNote':
		'A sua concordância foi retirada. A sua nota foi apagada, e o encaminhamento está fechado.',
	'referral.erasedNothing':
		'A sua concordância foi retirada e o encaminhamento está fechado. Não tinha partilhado forma de contacto nem nota, por isso não havia nada a apagar.',
	'referral.withdrawnRecord':
		'A concordância foi retirada em {date}. O que foi partilhado foi apagado.',
	'referral.withdrawnShort': 'Concordância retirada',
	'referral.withdrawnNoChange':
		'A concordância para este encaminhamento foi retirada, por isso já não pode ser mudado',

	// Directory: categories of need (keep last: new sections go above)
	'category.work-and-wages': 'Trabalho e salários',
	'category.legal': 'Ajuda jurídica',
	'category.health': 'Saúde',
	'category.sexual-health': 'Saúde sexual',
	'category.mental-health': 'Saúde mental',
	'category.drugs-and-alcohol': 'Drogas e álcool',
	'category.childcare': 'Cuidado infantil',
	'category.housing': 'Habitação',
	'category.food': 'Comida',
	'category.money-and-benefits': 'Dinheiro e benefícios',
	'category.english-and-learning': 'Inglês e formação',
	'category.immigration-advice': 'Aconselhamento sobre imigração',
	'category.rest-and-safety': 'Descanso e segurança'
};
