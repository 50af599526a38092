# Help requests: the person's forms
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

# Help requests: the staff inbox
staff-nav-help-requests = Запитвания за помощ
staff-task-help-requests = Четете анонимните запитвания, които получава вашата организация, и отговаряйте на тях.
help-inbox-title = Запитвания за помощ
help-inbox-intro = Анонимни запитвания до вашата организация. Всяко отваряне се записва в одитния дневник.
help-inbox-states = Покажете запитванията по състояние
help-inbox-bad-filter = Този филтър не може да бъде прочетен; показани са всички запитвания.
help-inbox-count = { $count ->
    [one] Едно запитване
   *[other] { $count } запитвания
}
help-inbox-unread-count = { $count ->
    [0] Няма непрочетени запитвания
    [one] Едно непрочетено запитване
   *[other] { $count } непрочетени запитвания
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
