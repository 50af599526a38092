## The staff area, Ukrainian. Every key here must exist in every language (a test checks).

staff-site-name = Strada: працівники
staff-sign-out = Вийти
staff-demo-banner = Демонстраційний обліковий запис: у ньому можна пропустити другий фактор, а його пароль загальнодоступний. Ніколи не вводьте тут реальних даних.
staff-nav-home = Головна
staff-nav-account = Мій обліковий запис
staff-nav-users = Користувачі
staff-nav-organisations = Організації
staff-nav-audit = Журнал аудиту
staff-home-title = Ваша робота в Strada
staff-home-intro = Що дозволяє робити ваша роль. Що більше роботи мережі переходитиме до Strada, то більше інструментів з’являтиметься тут.
staff-task-account = Змініть пароль, перегляньте, де виконано вхід у ваш обліковий запис, керуйте другим фактором і токенами API.
staff-task-users = Запрошуйте колег, змінюйте їхні ролі, вимикайте облікові записи, які більше не повинні входити в систему.
staff-task-organisations = Додавайте організації до довідника мережі.
staff-task-audit = Переглядайте, хто входив у систему і що змінилося, з фільтрами за особою, дією та датою.

role-network-admin = Адміністратор мережі
role-org-admin = Адміністратор організації
role-case-worker = Фахівець із ведення випадків
role-hotline-consultant = Консультант гарячої лінії
role-editor = Редактор
role-analyst = Аналітик

sign-in-title = Вхід
sign-in-email = Електронна пошта
sign-in-password = Пароль
sign-in-submit = Увійти
sign-in-error = Неправильна адреса електронної пошти або пароль, або вхід до цього облікового запису зараз неможливий. Спробуйте ще раз або зверніться до свого адміністратора.

code-title = Другий фактор
code-intro = Введіть 6-значний код із застосунку-автентифікатора або один зі своїх кодів відновлення.
code-label = Код
code-submit = Продовжити
code-error = Цей код неправильний або вже використаний. Введіть поточний код із застосунку.

enrol-title = Налаштування другого фактора
enrol-required = Ваша роль дає доступ до персональних даних: перш ніж продовжити, налаштуйте другий фактор.
enrol-step-scan = Відскануйте QR-код застосунком-автентифікатором або введіть у нього секретний ключ, наведений нижче.
enrol-step-code = Для підтвердження введіть 6-значний код, який показує застосунок.
enrol-qr-label = QR-код для додавання Strada до застосунку-автентифікатора
enrol-secret = Секретний ключ:
enrol-uri = Адреса для застосунку:
enrol-submit = Підтвердити
recovery-title = Ваші коди відновлення
recovery-intro = Кожен код дає змогу один раз увійти без телефона. Зберігайте їх у надійному місці: їх показано лише зараз.
recovery-continue = Коди збережено: продовжити

account-title = Мій обліковий запис
account-password-title = Пароль
account-current-password = Поточний пароль
account-new-password = Новий пароль
account-password-submit = Змінити пароль
account-password-wrong = Поточний пароль неправильний.
account-password-changed = Пароль змінено; інші ваші сеанси завершено.
password-rules = Щонайменше 12 символів; поширені паролі не приймаються. Добрий пароль — кілька не пов’язаних між собою слів.
password-length = Пароль має містити від 12 до 256 символів.
password-common = Цей пароль — один із найпоширеніших; оберіть інший.
account-language-title = Мова
account-language-submit = Зберегти
account-sessions-title = Де виконано вхід
account-session-device = Браузер
account-session-started = Початок
account-session-seen = Остання активність
account-session-current = поточний сеанс
account-session-end = Завершити
account-session-ended = Сеанс завершено.
account-second-factor-title = Другий фактор
account-second-factor-on = Другий фактор налаштовано.
account-second-factor-off = Другий фактор не налаштовано.
account-second-factor-reset = Замінити другий фактор
account-second-factor-enrol = Налаштувати другий фактор
account-tokens-title = Токени API
account-tokens-intro = Токен дає змогу програмі працювати з API Strada від вашого імені, з вашою організацією та роллю. Відкличте його, коли програмі він більше не потрібен.
account-tokens-none = У вас немає токенів API.
account-token-name = Назва
account-token-create = Створити токен
account-token-revoke = Відкликати
account-token-revoked = Відкликано
token-created = Ваш новий токен — нижче.
token-shown-once = Скопіюйте його зараз: його показано лише один раз.
token-revoked = Токен відкликано.
token-name-invalid = Дайте токену назву довжиною не більше 100 символів.
form-invalid = Одне зі значень у формі неприпустиме.
not-found = За цією адресою немає нічого вашого.

users-title = Користувачі
users-name = Ім’я
users-organisation = Організація
users-role = Роль
users-status = Статус
users-actions = Дії
users-change-role = Змінити роль
users-disable = Вимкнути
users-enable = Увімкнути
users-disabled = Вимкнено
users-invited = Запрошено
users-active = Активний
users-second-factor = другий фактор
role-refused = Цю зміну не дозволено: тут не можна змінювати власний обліковий запис і надавати роль, вищу за вашу.
invite-title = Запросити колегу
invite-submit = Запросити
invite-created = Обліковий запис створено. Надішліть це посилання людині каналом, якому ви довіряєте; воно спрацює один раз протягом 7 днів.
invite-link-intro = Посилання-запрошення:
invite-invalid = Перевірте ім’я, адресу електронної пошти, роль і організацію.
invite-email-taken = Обліковий запис із цією адресою електронної пошти вже існує.
invitation-title = Ласкаво просимо до Strada
invitation-intro = Оберіть пароль для облікового запису
invitation-submit = Встановити пароль
invitation-unknown = Такого запрошення немає, його вже використано або термін його дії минув. Попросіть в адміністратора нове.

organisations-title = Організації
organisations-create-title = Додати організацію
organisations-country-code = Країна (код ISO, наприклад MD)
organisations-city = Місто
organisations-create-submit = Додати організацію
organisation-invalid = Перевірте назву, код країни, членство й сайт (адресу, що починається з https://).
organisation-exists = Організація з такою назвою вже існує.
organisation-created = Організацію додано до довідника.

audit-title = Журнал аудиту
audit-actor = Хто
audit-action = Дія
audit-from = З
audit-until = По
audit-time = Час (UTC)
audit-target = Об’єкт
audit-outcome = Результат
audit-empty = Жодна подія не відповідає цим фільтрам.
audit-pages = Сторінки
audit-count = { $count ->
    [one] { $count } подія
    [few] { $count } події
    [many] { $count } подій
   *[other] { $count } події
}
page-previous = Попередня
page-next = Наступна
organisations-name = Назва
account-token-created = Створено

staff-nav-countries = Інформація про країни
staff-task-countries = Редагуйте те, що читачі дізнаються про кожну країну, кожною мовою.
country-edit-body = Текст (Markdown)
country-edit-reviewed = Остання перевірка
country-edit-submit = Зберегти
country-saved = Інформацію про країну збережено й опубліковано.
country-invalid = Текст не може бути порожнім або довшим за 30 000 символів, а дата має бути коректною.

staff-nav-consultations = Консультації
staff-task-consultations = Реєструйте звернення менш ніж за хвилину, знаходьте попередні звернення, експортуйте їх і переглядайте панель показників.
consultations-title = Консультації
consultations-new = Нова консультація
consultations-new-title = Нова консультація
consultations-saved = Консультацію збережено.
consultations-open = Відкрити
consultations-empty = Жодна консультація не відповідає цим фільтрам. Зареєструйте консультацію кнопкою «Нова консультація».
consultations-record-title = Консультація
consultations-updated = Консультацію оновлено.
consultations-read-only = Ви більше не можете змінити цю консультацію: автор може змінювати її протягом 24 годин, а після цього — лише адміністратор організації.
consultations-invalid = Деякі значення неприпустимі; див. повідомлення біля полів.
consultations-export-csv = Експорт у CSV
consultations-export-xlsx = Експорт у XLSX
consultations-dashboard = Панель показників
consultations-dashboard-title = Панель показників консультацій
consultations-by-week = Звернення за тижнями
consultations-by-topic = Звернення за темами
consultations-by-destination = Звернення за країнами призначення
consultations-by-caller = Звернення за категоріями абонентів
consultations-count = Звернення
consultations-total = { $count ->
    [one] { $count } звернення
    [few] { $count } звернення
    [many] { $count } звернень
   *[other] { $count } звернення
}
consultations-destination-info = Інформація про країну призначення
consultations-destination-info-hint = Оберіть країну призначення, щоб побачити тут, що про неї потрібно знати.
field-channel = Канал
field-caller-type = Абонент
field-anonymous = Анонімне звернення
field-language = Мова звернення (наприклад ro, uk)
field-topics = Теми
field-destination = Країна призначення
field-concern = Підозра на торгівлю людьми
field-exploitation = Форми експлуатації (HTCDS)
field-duration = Тривалість (хвилини)
field-started = Початок (UTC)
field-outcome = Результат
field-referred = Скеровано до
field-notes = Нотатки (зашифровані)
field-none = Не вказано
field-from = З
field-until = По
field-save = Зберегти консультацію
channel-phone = Телефон
channel-email = Електронна пошта
channel-chat = Чат
channel-messenger = Месенджер
channel-in_person = Особисто
channel-web_form = Вебформа
caller-potential_migrant = Потенційний мігрант
caller-possible_victim = Можлива жертва
caller-relative_or_friend = Родич або друг
caller-professional = Фахівець
caller-other = Інше
topic-jobs_abroad = Робота за кордоном
topic-study_abroad = Навчання за кордоном
topic-marriage_abroad = Шлюб за кордоном
topic-visa_documents = Візи та документи
topic-work_contract_check = Перевірка трудового договору
topic-employment_agency_check = Перевірка агентства з працевлаштування
topic-rights_violation_abroad = Порушення прав за кордоном
topic-suspected_trafficking = Підозра на торгівлю людьми
topic-missing_person = Зникла людина
topic-domestic_violence = Домашнє насильство
topic-return_assistance = Допомога з поверненням
topic-other = Інше
concern-none = Немає
concern-possible = Можливо
concern-likely = Імовірно
exploitation-ForcedLabour = Примусова праця
exploitation-SexualExploitation = Сексуальна експлуатація
exploitation-ChildLabour = Дитяча праця
exploitation-ForcedMarriage = Примусовий шлюб
exploitation-Servitude = Підневільний стан
exploitation-ForcedMilitaryByNonStateActors = Примусова військова служба в недержавних збройних формуваннях
exploitation-OrganRemoval = Вилучення органів
exploitation-ForcedBegging = Примусове жебрацтво
exploitation-ForcedAdoption = Незаконне усиновлення
exploitation-Surrogacy = Експлуатація сурогатного материнства
exploitation-ForcedCriminality = Експлуатація у злочинній діяльності
exploitation-Other = Інше
outcome-information_provided = Надано інформацію
outcome-referred_within_network = Скеровано в межах мережі
outcome-referred_elsewhere = Скеровано за межі мережі
outcome-follow_up_planned = Заплановано подальші дії
outcome-case_opened = Відкрито випадок
outcome-no_further_action = Без подальших дій

## Country information: the national line
country-edit-national-line-hint = Номери, виділені жирним, стають посиланнями для дзвінка. Укажіть національну лінію протидії торгівлі людьми окремим рядком, якого читачі не бачать; сторінки допомоги пропонують її там, де мережа не має власної гарячої лінії:
