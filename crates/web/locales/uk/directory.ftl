## The directory: organisations, their services and hotlines, the help pages, and the staff's entries; Ukrainian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

members-title = Організації мережі
members-intro = Члени мережі, асоційовані члени, організація-партнер і секретаріат. Список можна відфільтрувати за країною, видом членства або видами допомоги, яку надає організація.
members-count = { $count ->
    [one] { $count } організація
    [few] { $count } організації
    [many] { $count } організацій
   *[other] { $count } організації
}
members-filter-title = Фільтр організацій
filter-country = Країна
filter-membership = Членство
filter-service = Вид допомоги
filter-clear = Скинути фільтри
members-empty = Жодна організація не відповідає цим фільтрам. Приберіть частину фільтрів або скиньте їх, щоб побачити всю мережу.
membership-member = Член мережі
membership-associate = Асоційований член
membership-partner = Організація-партнер
membership-secretariat = Секретаріат мережі
founding-member = Член-засновник
member-location = Місцезнаходження
member-website = Сайт
member-languages = Мови
member-services = Види допомоги
member-no-services = Ця організація не надає безпосередньої допомоги: у мережі вона працює над питаннями політики та співпраці.
member-hotlines = Гарячі лінії
member-help-in-country = Допомога в країні: { $country }
member-back = Усі організації

service-shelter = Безпечне житло й притулок
service-material_aid = Гуманітарна й матеріальна допомога
service-medical_care = Медична допомога
service-psychosocial_counselling = Психосоціальне консультування й психотерапія
service-legal_assistance = Юридичні консультації та представництво
service-accompaniment = Супровід до органів влади, поліції та суду
service-residence_and_labour_law = Допомога в питаннях легального перебування та трудових прав
service-interpretation = Усний переклад і культурне посередництво
service-transport = Транспорт
service-education_and_employment = Освіта, професійне навчання й пошук роботи
service-family_counselling = Сімейне консультування
service-return_and_reintegration = Добровільне повернення й реінтеграція
service-missing_persons_search = Пошук зниклих людей
service-migrant_consultation = Консультації для мігрантів їхніми мовами

help-title = Знайти допомогу
help-intro = Оберіть країну, щоб побачити гарячі лінії та організації мережі в ній. Якщо ви в небезпеці просто зараз, телефонуйте 112 або до місцевої поліції.
help-countries-title = Країни
help-country-title = Допомога в країні: { $country }
help-hotline-count = { $count ->
    [0] гарячих ліній не вказано
    [one] { $count } гаряча лінія
    [few] { $count } гарячі лінії
    [many] { $count } гарячих ліній
   *[other] { $count } гарячої лінії
}
help-hotlines-title = Гарячі лінії
help-organisations-title = Організації мережі в країні: { $country }
help-all-countries = Усі країни
help-ask-abroad = Їдете за кордон? Перегляньте також країну, куди їдете, і запишіть її номери ще до від’їзду.
hotline-always = Цілодобово
hotline-free = Безкоштовно
hotline-charged = За звичайним тарифом
hotline-languages = Мови
hotline-hours = Години роботи
hotline-run-by = Лінію обслуговує { $organisation }
hotline-verified = Востаннє перевірено: { $date }
hotline-call = Зателефонувати за номером { $number }
hours-always = Щодня, цілодобово
hours-weekdays_daytime = У будні вдень; години роботи залежать від дня
hours-office_hours = У робочий час
hours-not_published = Години роботи не вказано: уточніть телефоном
purpose-national_hotline = Національна гаряча лінія
purpose-calls_from_abroad = Номер для дзвінків з-за кордону
purpose-short_number = Короткий номер для мобільних телефонів
purpose-sos_line = SOS-лінія
purpose-counselling_centre = Консультаційний центр
purpose-office = Офіс (без власної гарячої лінії)
error-unknown-member-text = За цією адресою немає організації мережі. Перегляньте список усіх організацій.
country-info-link = Що потрібно знати: { $country }
meta-description-help = Гарячі лінії та організації, які допомагають людям, що ризикують стати жертвами торгівлі людьми та експлуатації, за країнами, і 112 там, де він працює.
meta-description-help-country = Куди телефонувати в країні «{ $country }», якщо вас або знайомого експлуатують чи вам загрожує небезпека: гарячі лінії, організації та екстрені номери.
meta-description-members = Організації — члени мережі проти торгівлі людьми, за країнами, видом членства та послугами допомоги.
meta-description-member = { $organisation } — організація мережі, країна: { $country }. Послуги допомоги, мови та гарячі лінії.
first-call-title = Зателефонуйте зараз
first-call-hotline = { $purpose }, { $organisation }
first-call-national-line = Національна лінія протидії торгівлі людьми (не належить мережі)
help-no-member-hotline = { $country }: у мережі немає тут власної гарячої лінії. Зателефонуйте за номерами вище, напишіть нам або зверніться до організацій, указаних нижче.
help-home-lines-title = Ви з іншої країни? Зателефонуйте члену мережі у своїй країні
help-home-lines-text = Члени мережі допомагають і своїм співвітчизникам за кордоном. Номери, що починаються з +, можна набрати з будь-якої країни.
member-no-hotline-call = Ця організація не має власної гарячої лінії. Країна: { $country }. Ви можете зателефонувати:
error-query-country = Такої країни ми не знаємо. Виберіть країну зі списку.
error-query-membership = Такого виду членства ми не знаємо. Виберіть вид зі списку.
error-query-service = Такої послуги допомоги ми не знаємо. Виберіть послугу зі списку.

organisations-title = Організації
organisations-create-title = Додати організацію
organisations-country-code = Країна (код ISO, наприклад MD)
organisations-city = Місто
organisations-create-submit = Додати організацію
organisation-invalid = Перевірте назву, код країни, членство й сайт (адресу, що починається з https://).
organisation-exists = Організація з такою назвою вже існує.
organisation-created = Організацію додано до довідника.
organisations-name = Назва
organisation-form-invalid = Деякі значення неправильні; див. повідомлення біля полів. Нічого не збережено.
organisation-edit-title = Запис у довіднику
organisation-public-page = Відкрити публічну сторінку
organisation-profile-title = Профіль і послуги
organisation-time-zone = Часовий пояс (екрани працівників показують час за цим годинником)
organisation-save-profile = Зберегти профіль
organisation-hotlines-title = Гарячі лінії
organisation-saved = Зміну збережено; публічний довідник уже її показує.
organisation-stale = Хтось інший зберіг зміну цього запису після того, як ви його відкрили, тому ваші дані не збережено. Сторінка показує їхню зміну, а форма зберігає введене вами: збережіть ще раз, щоб замінити її.
organisation-error-name = Введіть назву довжиною від 2 до 150 символів, з літерами або цифрами.
organisation-error-city = Введіть не більше 100 символів.
organisation-error-website = Введіть адресу, що починається з https://.
hotline-number = Номер
hotline-purpose = Для чого ця лінія
hotline-last-verified = Остання перевірка
hotline-add-title = Додати гарячу лінію
hotline-save = Зберегти лінію
hotline-add = Додати лінію
hotline-remove = Видалити цю лінію
hotline-error-number = Введіть номер телефону: цифри й пробіли, з + перед міжнародним номером.
hotline-error-number-taken = Ця організація вже має цей номер.
hotline-error-verified = Введіть дату.
hotline-error-verified-future = Дата останньої перевірки не може бути пізнішою за сьогодні.
