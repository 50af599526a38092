## Help requests: the person's anonymous forms and the staff inbox; Bulgarian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

help-ask-link = Пишете ни, без да посочвате името си
ask-title = Потърсете помощ анонимно
ask-intro = Опишете какво се е случило или какво искате да научите. Не е нужно да посочвате името си. Консултант от мрежата в избраната от вас държава ще ви отговори тук, обикновено до няколко дни.
ask-country = Държава, в която имате нужда от помощ
ask-language = Език, на който пишете
ask-message = Вашето съобщение
ask-message-hint = Най-много 4000 знака. Не пишете нищо, по което да могат да ви разпознаят, ако някой друг прочете съобщението.
ask-trap = Оставете това поле празно
ask-submit = Изпратете
ask-sent-title = Запитването ви е изпратено
ask-sent-intro = Запишете тези два кода сега и ги пазете на сигурно място: ще ви трябват и двата, за да прочетете отговора, и те няма да бъдат показани отново. В този браузър не се запазва нищо.
ask-ticket = Код на запитването
ask-passphrase = Парола
ask-status-link = Прочетете отговора на запитването си
ask-status-title = Прочетете отговора
ask-status-submit = Покажете
ask-status-unknown = Няма запитване с този код и тази парола. Проверете и кода, и паролата и опитайте отново.
ask-status-open = Очаква отговор
ask-status-answered = Получен е отговор
ask-status-closed = Затворено
ask-your-message = Вашето съобщение
ask-replies = Отговори
ask-no-reply = Все още няма отговор. Върнете се по-късно с кода на запитването и паролата.
ask-too-many = Твърде много заявки от тази връзка. Моля, изчакайте един час и опитайте отново или се обадете на гореща линия.
ask-invalid = Проверете полетата, отбелязани по-долу.

ask-error-country = Изберете държавата, в която имате нужда от помощ.
ask-error-language = Изберете езика, на който пишете.
ask-error-message-empty = Напишете съобщението си.
ask-error-message-long = Съобщението е твърде дълго: напишете най-много 4000 знака.
ask-error-message-characters = Съобщението съдържа знаци, които не могат да бъдат изпратени. Премахнете ги и опитайте отново.
ask-error-ticket = Номерът на запитването има 8 букви и цифри, както са ви показани, например ABCD-2345.
ask-error-passphrase = Паролата има 16 букви и цифри, както са ви показани.
ask-sent-gone-title = Вече показани
ask-sent-gone = Номерът и паролата бяха показани веднъж, на тази страница, и не се показват отново. Запитването ви е изпратено: нищо не е изпратено два пъти.
ask-you-wrote = Вие написахте
ask-write-back = Отговорете
ask-write-back-submit = Изпратете
ask-closed = Това запитване е затворено. За да попитате нещо ново, изпратете ново запитване.
ask-written-back = Съобщението ви е изпратено.
ask-unreadable = Формулярът не можа да бъде прочетен. Върнете се, проверете написаното и изпратете отново.
help-inbox-title = Запитвания за помощ
help-inbox-intro = Анонимни запитвания до вашата организация. Всяко отваряне се записва в одитния дневник.
help-inbox-states = Покажете запитванията по състояние
help-inbox-bad-filter = Този филтър не може да бъде прочетен; показани са всички запитвания.
help-inbox-count = { $count ->
    [one] Едно запитване
   *[other] { $count } запитвания
}
help-inbox-empty = Тук няма запитвания.
help-inbox-received = Получено
help-inbox-country = Държава
help-inbox-language = Език
help-inbox-state = Състояние
help-inbox-unread = непрочетено
help-inbox-escalated = не е отворено навреме там, където е изпратено
help-state-all = Всички
help-state-open = Отворени
help-state-answered = С отговор
help-state-closed = Затворени
help-request-title = Запитване за помощ
help-request-message = Съобщение
help-request-thread = Отговори
help-request-no-thread = Още няма отговор.
help-request-from-person = Човекът, който попита
help-request-reply = Вашият отговор
help-request-send = Изпратете отговора
help-request-convert = Направете от него консултация
help-request-close = Затворете запитването
help-request-convert-invalid = Изберете кой е писал и поне една тема.
