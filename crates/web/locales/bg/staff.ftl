## The staff area, Bulgarian. Every key here must exist in every language (a test checks).

staff-site-name = Strada: персонал
staff-sign-out = Изход
staff-demo-banner = Демонстрационен профил: в този профил може да се пропусне вторият фактор, а паролата му е публична. Никога не въвеждайте тук реални данни.
staff-nav-home = Начало
staff-nav-account = Моят профил
staff-nav-users = Потребители
staff-nav-organisations = Организации
staff-nav-audit = Одитна следа
staff-home-title = Вашата работа в Strada
staff-home-intro = Какво ви позволява ролята ви. Тук ще се появяват още инструменти, докато работата на мрежата се пренася в Strada.
staff-task-account = Сменете паролата си, вижте къде сте влезли в профила си, управлявайте втория фактор и API токените си.
staff-task-users = Канете колеги, променяйте ролите им, деактивирайте профилите, с които вече не бива да се влиза.
staff-task-organisations = Добавяйте организации в указателя на мрежата.
staff-task-audit = Вижте кой е влизал и какво е променено, като филтрирате по човек, действие и дата.

role-network-admin = Администратор на мрежата
role-org-admin = Администратор на организацията
role-case-worker = Водещ на случаи
role-hotline-consultant = Консултант на гореща линия
role-editor = Редактор
role-analyst = Аналитик

sign-in-title = Вход
sign-in-email = Имейл
sign-in-password = Парола
sign-in-submit = Влизане
sign-in-error = Имейлът или паролата не са верни или с този профил не може да се влезе в момента. Опитайте отново или се обърнете към администратора си.

code-title = Втори фактор
code-intro = Въведете 6-цифрения код от приложението си за удостоверяване или един от кодовете си за възстановяване.
code-label = Код
code-submit = Продължете
code-error = Този код не е верен или вече е използван. Въведете текущия код от приложението.

enrol-title = Настройване на втори фактор
enrol-required = Ролята ви дава достъп до лични данни: настройте втори фактор, преди да продължите.
enrol-step-scan = Сканирайте QR кода с приложение за удостоверяване или въведете в него тайния ключ по-долу.
enrol-step-code = За потвърждение въведете 6-цифрения код, който показва приложението.
enrol-qr-label = QR код за добавяне на Strada в приложение за удостоверяване
enrol-secret = Таен ключ:
enrol-uri = Адрес за приложението:
enrol-submit = Потвърдете
recovery-title = Вашите кодове за възстановяване
recovery-intro = Всеки код ви позволява да влезете веднъж без телефона си. Пазете ги на сигурно място: показват се само сега.
recovery-continue = Кодовете са запазени: продължете

account-title = Моят профил
account-password-title = Парола
account-current-password = Текуща парола
account-new-password = Нова парола
account-password-submit = Сменете паролата
account-password-wrong = Текущата парола не е вярна.
account-password-changed = Паролата ви е сменена; другите ви сесии са прекратени.
password-rules = Поне 12 знака; често срещаните пароли се отхвърлят. Няколко несвързани думи са добра парола.
password-length = Паролата трябва да е от 12 до 256 знака.
password-common = Тази парола е сред най-често срещаните; изберете друга.
account-language-title = Език
account-language-submit = Запазете
account-sessions-title = Къде сте влезли
account-session-device = Браузър
account-session-started = Начало
account-session-seen = Последна активност
account-session-current = текущата сесия
account-session-end = Прекратете
account-session-ended = Сесията е прекратена.
account-second-factor-title = Втори фактор
account-second-factor-on = Вторият фактор е настроен.
account-second-factor-off = Няма настроен втори фактор.
account-second-factor-reset = Сменете втория ми фактор
account-second-factor-enrol = Настройте втори фактор
account-tokens-title = API токени
account-tokens-intro = Токенът позволява на програма да използва API на Strada от ваше име, с вашата организация и роля. Оттеглете го, когато програмата вече не се нуждае от него.
account-tokens-none = Нямате API токен.
account-token-name = Име
account-token-create = Създайте токен
account-token-revoke = Оттеглете
account-token-revoked = Оттеглен
token-created = Новият ви токен е по-долу.
token-shown-once = Копирайте го сега: показва се само веднъж.
token-revoked = Токенът е оттеглен.
token-name-invalid = Дайте на токена име до 100 знака.
form-invalid = Една от стойностите във формуляра не е валидна.
not-found = Тук не е намерено нищо ваше.

users-title = Потребители
users-name = Име
users-organisation = Организация
users-role = Роля
users-status = Състояние
users-actions = Действия
users-change-role = Сменете ролята
users-disable = Деактивирайте
users-enable = Активирайте
users-disabled = Деактивиран
users-invited = Поканен
users-active = Активен
users-second-factor = втори фактор
role-refused = Тази промяна не е разрешена: тук не можете да променяте собствения си профил, нито да давате роля, по-висока от вашата.
invite-title = Поканете колега
invite-submit = Поканете
invite-created = Профилът е създаден. Изпратете тази връзка на човека по канал, на който имате доверие; тя работи веднъж, в рамките на 7 дни.
invite-link-intro = Връзка за покана:
invite-invalid = Проверете името, имейла, ролята и организацията.
invite-email-taken = Вече съществува профил с този имейл.
invitation-title = Добре дошли в Strada
invitation-intro = Изберете парола за профила
invitation-submit = Задайте паролата ми
invitation-unknown = Тази покана не съществува, вече е използвана или е изтекла. Поискайте нова от администратора си.

organisations-title = Организации
organisations-create-title = Добавете организация
organisations-country-code = Държава (ISO код, напр. MD)
organisations-city = Град
organisations-create-submit = Добавете организацията
organisation-invalid = Проверете името, кода на държавата, членството и уебсайта (адрес, започващ с https://).
organisation-exists = Вече съществува организация с това име.
organisation-created = Организацията е добавена в указателя.

audit-title = Одитна следа
audit-actor = Кой
audit-action = Действие
audit-from = От
audit-until = До
audit-time = Време (UTC)
audit-target = Обект
audit-outcome = Резултат
audit-empty = Няма събитие, което да отговаря на тези филтри.
audit-pages = Страници
audit-count = { $count ->
    [one] Едно събитие
   *[other] { $count } събития
}
page-previous = Предишна
page-next = Следваща
organisations-name = Наименование
account-token-created = Създаден
