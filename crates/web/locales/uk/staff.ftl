## The staff area's chrome: navigation, the home's tasks, pagination, form errors and refused forms; Ukrainian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

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
form-invalid = Одне зі значень у формі неприпустиме.
page-list = Сторінки
page-previous = Попередня
page-next = Наступна

staff-nav-countries = Інформація про країни
staff-task-countries = Редагуйте те, що читачі дізнаються про кожну країну, кожною мовою.

staff-nav-consultations = Консультації
staff-task-consultations = Реєструйте звернення менш ніж за хвилину, знаходьте попередні звернення, експортуйте їх і переглядайте панель показників.

form-errors-title = У введених даних є помилки
form-error-required = Це поле обов’язкове.
form-error-choice = Виберіть варіант зі списку.
field-choose = Виберіть…
staff-not-found-text = За цією адресою немає сторінки для працівників, або ваша роль її не відкриває.
staff-not-found-home = На головну сторінку для працівників
staff-task-directory-entries = Підтримуйте довідник актуальним: профілі, послуги й гарячі лінії з датою останньої перевірки кожної.
staff-task-dashboard = Дивіться звернення в цифрах: за тижнями, темами, країнами призначення й типами тих, хто звернувся.

form-refused-title = Форму не прийнято
form-expired = Термін дії цієї форми минув, або її надіслано не зі Strada. Поверніться, оновіть сторінку й спробуйте ще раз.
form-too-large = Ця форма завелика, щоб її прочитати.
form-unreadable = Не вдалося прочитати цю форму. Поверніться, оновіть сторінку й спробуйте ще раз.
form-refused-back = Перейти на головну сторінку працівників

staff-nav-help-requests = Звернення по допомогу
staff-task-help-requests = Читайте анонімні звернення, які отримує ваша організація, і відповідайте на них.
help-inbox-unread-count = { $count ->
    [0] Немає непрочитаних звернень
    [one] { $count } непрочитане звернення
    [few] { $count } непрочитані звернення
    [many] { $count } непрочитаних звернень
   *[other] { $count } непрочитаного звернення
}
