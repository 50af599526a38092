# Help requests: the person's forms
ask-error-country = Оберіть країну, в якій вам потрібна допомога.
ask-error-language = Оберіть мову, якою ви пишете.
ask-error-message-empty = Напишіть ваше повідомлення.
ask-error-message-long = Повідомлення задовге: не більше 4000 знаків.
ask-error-message-characters = У повідомленні є символи, які не можна надіслати. Видаліть їх і спробуйте знову.
ask-error-ticket = Номер звернення складається з 8 літер і цифр, як вам їх показали, наприклад ABCD-2345.
ask-error-passphrase = Кодова фраза складається з 16 літер і цифр, як вам їх показали.
ask-sent-gone-title = Вже показано
ask-sent-gone = Номер звернення і кодову фразу було показано один раз, на цій сторінці, і більше не показуються. Ваше звернення надіслано: нічого не було надіслано двічі.
ask-you-wrote = Ви написали
ask-write-back = Відповісти
ask-write-back-submit = Надіслати
ask-closed = Це звернення закрито. Щоб запитати про нове, надішліть нове звернення.
ask-written-back = Ваше повідомлення надіслано.
ask-unreadable = Не вдалося прочитати форму. Поверніться, перевірте написане й надішліть знову.

# Help requests: the staff inbox
staff-nav-help-requests = Звернення по допомогу
staff-task-help-requests = Читайте анонімні звернення, які отримує ваша організація, і відповідайте на них.
help-inbox-title = Звернення по допомогу
help-inbox-intro = Анонімні звернення до вашої організації. Кожне відкриття звернення записується в журнал аудиту.
help-inbox-states = Показати звернення за станом
help-inbox-bad-filter = Цей фільтр не читається; показано всі звернення.
help-inbox-count = { $count ->
    [one] { $count } звернення
    [few] { $count } звернення
    [many] { $count } звернень
   *[other] { $count } звернення
}
help-inbox-unread-count = { $count ->
    [0] Немає непрочитаних звернень
    [one] { $count } непрочитане звернення
    [few] { $count } непрочитані звернення
    [many] { $count } непрочитаних звернень
   *[other] { $count } непрочитаного звернення
}
help-inbox-empty = Тут немає звернень.
help-inbox-received = Отримано
help-inbox-country = Країна
help-inbox-language = Мова
help-inbox-state = Стан
help-inbox-unread = не прочитано
help-inbox-escalated = не відкрито вчасно там, куди було надіслано
help-state-all = Усі
help-state-open = Відкриті
help-state-answered = З відповіддю
help-state-closed = Закриті
help-request-title = Звернення по допомогу
help-request-message = Повідомлення
help-request-thread = Відповіді
help-request-no-thread = Відповідей ще немає.
help-request-from-person = Людина, яка звернулася
help-request-reply = Ваша відповідь
help-request-send = Надіслати відповідь
help-request-convert = Оформити як консультацію
help-request-close = Закрити звернення
help-request-convert-invalid = Оберіть, хто написав, і хоча б одну тему.
