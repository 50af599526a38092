# Help requests: the person's forms
ask-error-country = Выберите страну, в которой вам нужна помощь.
ask-error-language = Выберите язык, на котором вы пишете.
ask-error-message-empty = Напишите ваше сообщение.
ask-error-message-long = Сообщение слишком длинное: не более 4000 знаков.
ask-error-message-characters = В сообщении есть символы, которые нельзя отправить. Удалите их и попробуйте снова.
ask-error-ticket = Номер обращения состоит из 8 букв и цифр, как вам их показали, например ABCD-2345.
ask-error-passphrase = Кодовая фраза состоит из 16 букв и цифр, как вам их показали.
ask-sent-gone-title = Уже показано
ask-sent-gone = Номер обращения и кодовая фраза были показаны один раз, на этой странице, и больше не показываются. Ваше обращение отправлено: ничего не было отправлено дважды.
ask-you-wrote = Вы написали
ask-write-back = Ответить
ask-write-back-submit = Отправить
ask-closed = Это обращение закрыто. Чтобы спросить о новом, отправьте новое обращение.
ask-written-back = Ваше сообщение отправлено.
ask-unreadable = Не удалось прочитать форму. Вернитесь, проверьте написанное и отправьте снова.

# Help requests: the staff inbox
staff-nav-help-requests = Обращения за помощью
staff-task-help-requests = Читайте анонимные обращения, которые получает ваша организация, и отвечайте на них.
help-inbox-title = Обращения за помощью
help-inbox-intro = Анонимные обращения к вашей организации. Каждое открытие обращения записывается в журнал аудита.
help-inbox-states = Показать обращения по состоянию
help-inbox-bad-filter = Этот фильтр не читается; показаны все обращения.
help-inbox-count = { $count ->
    [one] { $count } обращение
    [few] { $count } обращения
    [many] { $count } обращений
   *[other] { $count } обращения
}
help-inbox-unread-count = { $count ->
    [0] Нет непрочитанных обращений
    [one] { $count } непрочитанное обращение
    [few] { $count } непрочитанных обращения
    [many] { $count } непрочитанных обращений
   *[other] { $count } непрочитанного обращения
}
help-inbox-empty = Здесь нет обращений.
help-inbox-received = Получено
help-inbox-country = Страна
help-inbox-language = Язык
help-inbox-state = Состояние
help-inbox-unread = не прочитано
help-inbox-escalated = не открыто вовремя там, куда было отправлено
help-state-all = Все
help-state-open = Открытые
help-state-answered = С ответом
help-state-closed = Закрытые
help-request-title = Обращение за помощью
help-request-message = Сообщение
help-request-thread = Ответы
help-request-no-thread = Ответов пока нет.
help-request-from-person = Человек, который обратился
help-request-reply = Ваш ответ
help-request-send = Отправить ответ
help-request-convert = Оформить как консультацию
help-request-close = Закрыть обращение
help-request-convert-invalid = Выберите, кто написал, и хотя бы одну тему.
