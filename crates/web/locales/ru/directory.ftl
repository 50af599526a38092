## The directory: organisations, their services and hotlines, the help pages, and the staff's entries; Russian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

members-title = Организации сети
members-intro = Члены сети, ассоциированные члены, организация-партнёр и секретариат. Список можно отфильтровать по стране, виду членства или видам помощи, которую оказывает организация.
members-count = { $count ->
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
}
members-filter-title = Фильтр организаций
filter-country = Страна
filter-membership = Членство
filter-service = Вид помощи
filter-clear = Сбросить фильтры
members-empty = Ни одна организация не подходит под эти фильтры. Уберите часть фильтров или сбросьте их, чтобы увидеть всю сеть.
membership-member = Член сети
membership-associate = Ассоциированный член
membership-partner = Организация-партнёр
membership-secretariat = Секретариат сети
founding-member = Член-учредитель
member-location = Местонахождение
member-website = Сайт
member-languages = Языки
member-services = Виды помощи
member-no-services = Эта организация не оказывает прямой помощи: в сети она занимается вопросами политики и сотрудничества.
member-hotlines = Горячие линии
member-help-in-country = Помощь в стране: { $country }
member-back = Все организации

service-shelter = Безопасное жильё и приют
service-material_aid = Гуманитарная и материальная помощь
service-medical_care = Медицинская помощь
service-psychosocial_counselling = Психосоциальное консультирование и психотерапия
service-legal_assistance = Юридические консультации и представительство
service-accompaniment = Сопровождение в органы власти, полицию и суд
service-residence_and_labour_law = Помощь в вопросах легального пребывания и трудовых прав
service-interpretation = Устный перевод и культурное посредничество
service-transport = Транспорт
service-education_and_employment = Образование, профессиональное обучение и поиск работы
service-family_counselling = Семейное консультирование
service-return_and_reintegration = Добровольное возвращение и реинтеграция
service-missing_persons_search = Поиск пропавших людей
service-migrant_consultation = Консультации для мигрантов на их языках

help-title = Найти помощь
help-intro = Выберите страну, чтобы увидеть горячие линии и организации сети в ней. Если вы в опасности прямо сейчас, звоните 112 или в местную полицию.
help-countries-title = Страны
help-country-title = Помощь в стране: { $country }
help-hotline-count = { $count ->
    [0] горячих линий не указано
    [one] { $count } горячая линия
    [few] { $count } горячие линии
    [many] { $count } горячих линий
   *[other] { $count } горячей линии
}
help-hotlines-title = Горячие линии
help-organisations-title = Организации сети в стране: { $country }
help-all-countries = Все страны
help-ask-abroad = Уезжаете за границу? Посмотрите также страну, в которую едете, и запишите её номера до отъезда.
hotline-always = Круглосуточно
hotline-free = Бесплатно
hotline-charged = По обычному тарифу
hotline-languages = Языки
hotline-hours = Часы работы
hotline-run-by = Линию обслуживает { $organisation }
hotline-verified = Последняя проверка: { $date }
hotline-call = Позвонить по номеру { $number }
hours-always = Ежедневно, круглосуточно
hours-weekdays_daytime = По будням в дневное время; часы работы зависят от дня
hours-office_hours = В рабочее время
hours-not_published = Часы работы не указаны: уточните по телефону
purpose-national_hotline = Национальная горячая линия
purpose-calls_from_abroad = Номер для звонков из-за границы
purpose-short_number = Короткий номер для мобильных телефонов
purpose-sos_line = SOS-линия
purpose-counselling_centre = Консультационный центр
purpose-office = Офис (без своей горячей линии)
error-unknown-member-text = По этому адресу нет организации сети. Посмотрите список всех организаций.
country-info-link = Что нужно знать: { $country }
meta-description-help = Горячие линии и организации, которые помогают людям, рискующим стать жертвами торговли людьми и эксплуатации, по странам, и 112 там, где он работает.
meta-description-help-country = Куда звонить в стране «{ $country }», если вас или знакомого эксплуатируют или вам грозит опасность: горячие линии, организации и экстренные номера.
meta-description-members = Организации — члены сети против торговли людьми, по странам, виду членства и услугам помощи.
meta-description-member = { $organisation } — организация сети, страна: { $country }. Услуги помощи, языки и горячие линии.
first-call-title = Позвоните сейчас
first-call-hotline = { $purpose }, { $organisation }
first-call-national-line = Национальная линия против торговли людьми (не принадлежит сети)
help-no-member-hotline = { $country }: у сети нет здесь своей горячей линии. Позвоните по номерам выше, напишите нам или обратитесь в организации, указанные ниже.
help-home-lines-title = Вы из другой страны? Позвоните члену сети в своей стране
help-home-lines-text = Члены сети помогают и своим соотечественникам за границей. Номера, начинающиеся с +, можно набрать из любой страны.
member-no-hotline-call = У этой организации нет своей горячей линии. Страна: { $country }. Вы можете позвонить:
error-query-country = Такой страны мы не знаем. Выберите страну из списка.
error-query-membership = Такого вида членства мы не знаем. Выберите вид из списка.
error-query-service = Такой услуги помощи мы не знаем. Выберите услугу из списка.

organisations-title = Организации
organisations-create-title = Добавить организацию
organisations-country-code = Страна (код ISO, например MD)
organisations-city = Город
organisations-create-submit = Добавить организацию
organisation-invalid = Проверьте название, код страны, членство и сайт (адрес, начинающийся с https://).
organisation-exists = Организация с таким названием уже существует.
organisation-created = Организация добавлена в справочник.
organisations-name = Название
organisation-form-invalid = Некоторые значения неверны; см. сообщения рядом с полями. Ничего не сохранено.
organisation-edit-title = Запись в справочнике
organisation-public-page = Открыть публичную страницу
organisation-profile-title = Профиль и услуги
organisation-time-zone = Часовой пояс (экраны сотрудников показывают время по этим часам)
organisation-save-profile = Сохранить профиль
organisation-hotlines-title = Горячие линии
organisation-saved = Изменение сохранено; публичный справочник уже его показывает.
organisation-stale = Кто-то другой сохранил изменение этой записи после того, как вы её открыли, поэтому ваши данные не сохранены. Страница показывает их изменение, а форма сохраняет введённое вами: сохраните ещё раз, чтобы заменить его.
organisation-error-name = Введите название длиной от 2 до 150 символов, с буквами или цифрами.
organisation-error-city = Введите не более 100 символов.
organisation-error-website = Введите адрес, начинающийся с https://.
hotline-number = Номер
hotline-purpose = Для чего эта линия
hotline-last-verified = Последняя проверка
hotline-add-title = Добавить горячую линию
hotline-save = Сохранить линию
hotline-add = Добавить линию
hotline-remove = Удалить эту линию
hotline-error-number = Введите номер телефона: цифры и пробелы, с + перед международным номером.
hotline-error-number-taken = У этой организации уже есть этот номер.
hotline-error-verified = Введите дату.
hotline-error-verified-future = Дата последней проверки не может быть позже сегодняшней.
