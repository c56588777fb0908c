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

	// Directory: HSDS import

	// Directory: referrals

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
