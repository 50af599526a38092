## The staff area, Russian. Every key here must exist in every language (a test checks).

staff-site-name = Strada: сотрудники
staff-sign-out = Выйти
staff-demo-banner = Демонстрационная учётная запись: в ней можно пропустить второй фактор, а её пароль общедоступен. Никогда не вводите здесь реальные данные.
staff-nav-home = Главная
staff-nav-account = Моя учётная запись
staff-nav-users = Пользователи
staff-nav-organisations = Организации
staff-nav-audit = Журнал аудита
staff-home-title = Ваша работа в Strada
staff-home-intro = Что позволяет делать ваша роль. По мере того как работа сети переходит в Strada, здесь будут появляться новые инструменты.
staff-task-account = Смените пароль, посмотрите, где выполнен вход в вашу учётную запись, управляйте вторым фактором и токенами API.
staff-task-users = Приглашайте коллег, меняйте их роли, отключайте учётные записи, которые больше не должны входить в систему.
staff-task-organisations = Добавляйте организации в справочник сети.
staff-task-audit = Смотрите, кто входил в систему и что изменилось, с фильтрами по человеку, действию и дате.

role-network-admin = Администратор сети
role-org-admin = Администратор организации
role-case-worker = Специалист по ведению случаев
role-hotline-consultant = Консультант горячей линии
role-editor = Редактор
role-analyst = Аналитик

sign-in-title = Вход
sign-in-email = Электронная почта
sign-in-password = Пароль
sign-in-submit = Войти
sign-in-error = Неверный адрес электронной почты или пароль, либо вход в эту учётную запись сейчас невозможен. Попробуйте ещё раз или обратитесь к своему администратору.

code-title = Второй фактор
code-intro = Введите 6-значный код из приложения-аутентификатора или один из ваших кодов восстановления.
code-label = Код
code-submit = Продолжить
code-error = Этот код неверен или уже был использован. Введите текущий код из приложения.

enrol-title = Настройка второго фактора
enrol-required = Ваша роль даёт доступ к персональным данным: прежде чем продолжить, настройте второй фактор.
enrol-step-scan = Отсканируйте QR-код приложением-аутентификатором или введите в него секретный ключ, указанный ниже.
enrol-step-code = Для подтверждения введите 6-значный код, который показывает приложение.
enrol-qr-label = QR-код для добавления Strada в приложение-аутентификатор
enrol-secret = Секретный ключ:
enrol-uri = Адрес для приложения:
enrol-submit = Подтвердить
recovery-title = Ваши коды восстановления
recovery-intro = Каждый код позволяет один раз войти без телефона. Храните их в надёжном месте: они показываются только сейчас.
recovery-continue = Коды сохранены: продолжить

account-title = Моя учётная запись
account-password-title = Пароль
account-current-password = Текущий пароль
account-new-password = Новый пароль
account-password-submit = Сменить пароль
account-password-wrong = Текущий пароль указан неверно.
account-password-changed = Пароль изменён; остальные ваши сеансы завершены.
password-rules = Не менее 12 символов; распространённые пароли не принимаются. Хороший пароль — несколько не связанных между собой слов.
password-length = Пароль должен содержать от 12 до 256 символов.
password-common = Этот пароль — один из самых распространённых; выберите другой.
account-language-title = Язык
account-language-submit = Сохранить
account-sessions-title = Где выполнен вход
account-session-device = Браузер
account-session-started = Начало
account-session-seen = Последняя активность
account-session-current = текущий сеанс
account-session-end = Завершить
account-session-ended = Сеанс завершён.
account-second-factor-title = Второй фактор
account-second-factor-on = Второй фактор настроен.
account-second-factor-off = Второй фактор не настроен.
account-second-factor-reset = Заменить второй фактор
account-second-factor-enrol = Настроить второй фактор
account-tokens-title = Токены API
account-tokens-intro = Токен позволяет программе работать с API Strada от вашего имени, с вашей организацией и ролью. Отзовите его, когда программе он больше не нужен.
account-tokens-none = У вас нет токенов API.
account-token-name = Название
account-token-create = Создать токен
account-token-revoke = Отозвать
account-token-revoked = Отозван
token-created = Ваш новый токен — ниже.
token-shown-once = Скопируйте его сейчас: он показывается только один раз.
token-revoked = Токен отозван.
token-name-invalid = Дайте токену название длиной не более 100 символов.
form-invalid = Одно из значений в форме недопустимо.
not-found = По этому адресу нет ничего вашего.

users-title = Пользователи
users-name = Имя
users-organisation = Организация
users-role = Роль
users-status = Статус
users-actions = Действия
users-change-role = Изменить роль
users-disable = Отключить
users-enable = Включить
users-disabled = Отключён
users-invited = Приглашён
users-active = Активен
users-second-factor = второй фактор
role-refused = Это изменение не разрешено: здесь нельзя менять собственную учётную запись и назначать роль выше вашей.
invite-title = Пригласить коллегу
invite-submit = Пригласить
invite-created = Учётная запись создана. Отправьте эту ссылку человеку по каналу, которому вы доверяете; она сработает один раз в течение 7 дней.
invite-link-intro = Ссылка-приглашение:
invite-invalid = Проверьте имя, адрес электронной почты, роль и организацию.
invite-email-taken = Учётная запись с этим адресом электронной почты уже существует.
invitation-title = Добро пожаловать в Strada
invitation-intro = Выберите пароль для учётной записи
invitation-submit = Установить пароль
invitation-unknown = Такого приглашения нет, оно уже использовано или срок его действия истёк. Попросите у администратора новое.

organisations-title = Организации
organisations-create-title = Добавить организацию
organisations-country-code = Страна (код ISO, например MD)
organisations-city = Город
organisations-create-submit = Добавить организацию
organisation-invalid = Проверьте название, код страны, членство и сайт (адрес, начинающийся с https://).
organisation-exists = Организация с таким названием уже существует.
organisation-created = Организация добавлена в справочник.

audit-title = Журнал аудита
audit-actor = Кто
audit-action = Действие
audit-from = С
audit-until = По
audit-time = Время (UTC)
audit-target = Объект
audit-outcome = Результат
audit-empty = Ни одно событие не подходит под эти фильтры.
audit-pages = Страницы
audit-count = { $count ->
    [one] { $count } событие
    [few] { $count } события
    [many] { $count } событий
   *[other] { $count } события
}
page-previous = Предыдущая
page-next = Следующая
organisations-name = Название
account-token-created = Создан

staff-nav-countries = Информация о странах
staff-task-countries = Редактируйте то, что читатели узнают о каждой стране, на каждом языке.
country-edit-body = Текст (Markdown)
country-edit-reviewed = Последняя проверка
country-edit-submit = Сохранить
country-saved = Информация о стране сохранена и опубликована.
country-invalid = Текст не может быть пустым или длиннее 30 000 символов, а дата должна быть корректной.

staff-nav-consultations = Консультации
staff-task-consultations = Регистрируйте обращение менее чем за минуту, находите прежние обращения, экспортируйте их и смотрите панель показателей.
consultations-title = Консультации
consultations-new = Новая консультация
consultations-new-title = Новая консультация
consultations-saved = Консультация сохранена.
consultations-open = Открыть
consultations-empty = Ни одна консультация не подходит под эти фильтры. Зарегистрируйте консультацию кнопкой «Новая консультация».
consultations-record-title = Консультация
consultations-updated = Консультация обновлена.
consultations-read-only = Вы больше не можете изменить эту консультацию: автор может изменять её в течение 24 часов, а после этого — только администратор организации.
consultations-invalid = Некоторые значения недопустимы; см. сообщения рядом с полями.
consultations-export-csv = Экспорт в CSV
consultations-export-xlsx = Экспорт в XLSX
consultations-dashboard = Панель показателей
consultations-dashboard-title = Панель показателей консультаций
consultations-by-week = Обращения по неделям
consultations-by-topic = Обращения по темам
consultations-by-destination = Обращения по странам назначения
consultations-by-caller = Обращения по категориям звонящих
consultations-count = Обращения
consultations-total = { $count ->
    [one] { $count } обращение
    [few] { $count } обращения
    [many] { $count } обращений
   *[other] { $count } обращения
}
consultations-destination-info = Информация о стране назначения
consultations-destination-info-hint = Выберите страну назначения, чтобы увидеть здесь, что о ней нужно знать.
field-channel = Канал
field-caller-type = Звонящий
field-anonymous = Анонимное обращение
field-language = Язык обращения (например ro, uk)
field-topics = Темы
field-destination = Страна назначения
field-concern = Подозрение на торговлю людьми
field-exploitation = Формы эксплуатации (HTCDS)
field-duration = Продолжительность (минуты)
field-started = Начало (UTC)
field-outcome = Результат
field-referred = Направлено в
field-notes = Заметки (зашифрованы)
field-none = Не указано
field-from = С
field-until = По
field-save = Сохранить консультацию
channel-phone = Телефон
channel-email = Электронная почта
channel-chat = Чат
channel-messenger = Мессенджер
channel-in_person = Лично
channel-web_form = Веб-форма
caller-potential_migrant = Потенциальный мигрант
caller-possible_victim = Возможная жертва
caller-relative_or_friend = Родственник или друг
caller-professional = Специалист
caller-other = Другое
topic-jobs_abroad = Работа за границей
topic-study_abroad = Учёба за границей
topic-marriage_abroad = Брак за границей
topic-visa_documents = Визы и документы
topic-work_contract_check = Проверка трудового договора
topic-employment_agency_check = Проверка агентства по трудоустройству
topic-rights_violation_abroad = Нарушение прав за границей
topic-suspected_trafficking = Подозрение на торговлю людьми
topic-missing_person = Пропавший человек
topic-domestic_violence = Домашнее насилие
topic-return_assistance = Помощь в возвращении
topic-other = Другое
concern-none = Нет
concern-possible = Возможно
concern-likely = Вероятно
exploitation-ForcedLabour = Принудительный труд
exploitation-SexualExploitation = Сексуальная эксплуатация
exploitation-ChildLabour = Детский труд
exploitation-ForcedMarriage = Принудительный брак
exploitation-Servitude = Подневольное состояние
exploitation-ForcedMilitaryByNonStateActors = Принудительная военная служба в негосударственных вооружённых формированиях
exploitation-OrganRemoval = Извлечение органов
exploitation-ForcedBegging = Принудительное попрошайничество
exploitation-ForcedAdoption = Незаконное усыновление
exploitation-Surrogacy = Эксплуатация суррогатного материнства
exploitation-ForcedCriminality = Эксплуатация в преступной деятельности
exploitation-Other = Другое
outcome-information_provided = Предоставлена информация
outcome-referred_within_network = Направлено в организацию сети
outcome-referred_elsewhere = Направлено за пределы сети
outcome-follow_up_planned = Запланированы дальнейшие действия
outcome-case_opened = Открыт случай
outcome-no_further_action = Без дальнейших действий

## Country information: the national line
country-edit-national-line-hint = Номера, выделенные жирным, становятся ссылками для звонка. Укажите национальную линию против торговли людьми отдельной строкой, которую читатели не видят; страницы помощи предлагают её там, где у сети нет своей горячей линии:
