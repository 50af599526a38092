## The staff area's chrome: navigation, the home's tasks, pagination, form errors and refused forms; Bulgarian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

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
form-invalid = Една от стойностите във формуляра не е валидна.
page-list = Страници
page-previous = Предишна
page-next = Следваща

staff-nav-countries = Информация за държавите
staff-task-countries = Редактирайте какво научават читателите за всяка държава, на всеки език.

staff-nav-consultations = Консултации
staff-task-consultations = Записвайте контакт за по-малко от минута, намирайте предишните, експортирайте ги и преглеждайте таблото.

form-errors-title = Има проблем с въведените данни
form-error-required = Полето е задължително.
form-error-choice = Изберете от списъка.
field-choose = Изберете…
staff-not-found-text = На този адрес няма страница за служители или вашата роля не я отваря.
staff-not-found-home = Към началната страница за служители
staff-task-directory-entries = Поддържайте указателя верен: профили, услуги и горещи линии, с датата на последната проверка на всяка.
staff-task-dashboard = Вижте контактите в цифри: по седмици, теми, дестинации и видове хора.

form-refused-title = Формулярът не беше приет
form-expired = Този формуляр е изтекъл или не е изпратен от Strada. Върнете се, презаредете страницата и опитайте отново.
form-too-large = Този формуляр е твърде голям, за да бъде прочетен.
form-unreadable = Този формуляр не можа да бъде прочетен. Върнете се, презаредете страницата и опитайте отново.
form-refused-back = Към началната страница за служители

staff-nav-help-requests = Запитвания за помощ
staff-task-help-requests = Четете анонимните запитвания, които получава вашата организация, и отговаряйте на тях.
help-inbox-unread-count = { $count ->
    [0] Няма непрочетени запитвания
    [one] Едно непрочетено запитване
   *[other] { $count } непрочетени запитвания
}
