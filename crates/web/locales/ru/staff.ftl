## The staff area's chrome: navigation, the home's tasks, pagination, form errors and refused forms; Russian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

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
form-invalid = Одно из значений в форме недопустимо.
page-list = Страницы
page-previous = Предыдущая
page-next = Следующая

staff-nav-countries = Информация о странах
staff-task-countries = Редактируйте то, что читатели узнают о каждой стране, на каждом языке.

staff-nav-consultations = Консультации
staff-task-consultations = Регистрируйте обращение менее чем за минуту, находите прежние обращения, экспортируйте их и смотрите панель показателей.

form-errors-title = В введённых данных есть ошибки
form-error-required = Это поле обязательно.
form-error-choice = Выберите вариант из списка.
field-choose = Выберите…
staff-not-found-text = По этому адресу нет страницы для сотрудников, или ваша роль её не открывает.
staff-not-found-home = На главную страницу для сотрудников
staff-task-directory-entries = Поддерживайте справочник в актуальном виде: профили, услуги и горячие линии с датой последней проверки каждой.
staff-task-dashboard = Смотрите обращения в цифрах: по неделям, темам, странам назначения и типам обратившихся.

form-refused-title = Форма не принята
form-expired = Срок действия этой формы истёк, или она отправлена не из Strada. Вернитесь, обновите страницу и попробуйте ещё раз.
form-too-large = Эта форма слишком велика, чтобы её прочитать.
form-unreadable = Не удалось прочитать эту форму. Вернитесь, обновите страницу и попробуйте ещё раз.
form-refused-back = Перейти на главную страницу сотрудников

staff-nav-help-requests = Обращения за помощью
staff-task-help-requests = Читайте анонимные обращения, которые получает ваша организация, и отвечайте на них.
help-inbox-unread-count = { $count ->
    [0] Нет непрочитанных обращений
    [one] { $count } непрочитанное обращение
    [few] { $count } непрочитанных обращения
    [many] { $count } непрочитанных обращений
   *[other] { $count } непрочитанного обращения
}
