## Help requests: the person's anonymous forms and the staff inbox; Ukrainian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

help-ask-link = Напишіть нам, не називаючи свого імені
ask-title = Попросити про допомогу анонімно
ask-intro = Напишіть, що сталося або що ви хочете дізнатися. Називати своє ім’я не потрібно. Консультант мережі в країні, яку ви оберете, відповість тут, зазвичай протягом кількох днів.
ask-country = Країна, де вам потрібна допомога
ask-language = Мова, якою ви пишете
ask-message = Ваше повідомлення
ask-message-hint = Не більше ніж 4000 символів. Не пишіть нічого, за чим можна встановити вашу особу, якщо повідомлення прочитає хтось інший.
ask-trap = Залиште це поле порожнім
ask-submit = Надіслати
ask-sent-title = Ваше звернення надіслано
ask-sent-intro = Запишіть ці два коди просто зараз і зберігайте їх у надійному місці: обидва знадобляться, щоб прочитати відповідь, і більше їх не буде показано. У цьому браузері нічого не зберігається.
ask-ticket = Код звернення
ask-passphrase = Пароль
ask-status-link = Прочитати відповідь на звернення
ask-status-title = Прочитати відповідь
ask-status-submit = Показати
ask-status-unknown = Звернення з таким кодом і паролем не знайдено. Перевірте і код, і пароль та спробуйте ще раз.
ask-status-open = Очікує на відповідь
ask-status-answered = Відповідь отримано
ask-status-closed = Закрито
ask-your-message = Ваше повідомлення
ask-replies = Відповіді
ask-no-reply = Відповіді ще немає. Поверніться сюди пізніше з кодом звернення та паролем.
ask-too-many = Забагато запитів із цього підключення. Будь ласка, зачекайте годину й спробуйте знову або зателефонуйте на гарячу лінію.
ask-invalid = Перевірте поля, позначені нижче.

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
