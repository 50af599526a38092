## Help requests: the person's anonymous forms and the staff inbox; Russian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

help-ask-link = Напишите нам, не называя своего имени
ask-title = Попросить о помощи анонимно
ask-intro = Напишите, что произошло или что вы хотите узнать. Называть своё имя не нужно. Консультант сети в выбранной вами стране ответит здесь, обычно в течение нескольких дней.
ask-country = Страна, в которой вам нужна помощь
ask-language = Язык, на котором вы пишете
ask-message = Ваше сообщение
ask-message-hint = Не более 4000 знаков. Не пишите ничего, по чему можно установить вашу личность, если сообщение прочитает кто-то другой.
ask-trap = Оставьте это поле пустым
ask-submit = Отправить
ask-sent-title = Ваше обращение отправлено
ask-sent-intro = Запишите эти два кода прямо сейчас и храните их в надёжном месте: оба понадобятся, чтобы прочитать ответ, и больше они показаны не будут. В этом браузере ничего не сохраняется.
ask-ticket = Код обращения
ask-passphrase = Пароль
ask-status-link = Прочитать ответ на обращение
ask-status-title = Прочитать ответ
ask-status-submit = Показать
ask-status-unknown = Обращение с таким кодом и паролем не найдено. Проверьте и код, и пароль и попробуйте ещё раз.
ask-status-open = Ожидает ответа
ask-status-answered = Ответ получен
ask-status-closed = Закрыто
ask-your-message = Ваше сообщение
ask-replies = Ответы
ask-no-reply = Ответа пока нет. Вернитесь сюда позже с кодом обращения и паролем.
ask-too-many = Слишком много запросов с этого подключения. Пожалуйста, подождите час и попробуйте снова или позвоните на горячую линию.
ask-invalid = Проверьте поля, отмеченные ниже.

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
