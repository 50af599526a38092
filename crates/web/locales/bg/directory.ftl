## The directory: organisations, their services and hotlines, the help pages, and the staff's entries; Bulgarian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

members-title = Организации в мрежата
members-intro = Членовете на мрежата, асоциираните членове, партньорската организация и секретариатът. Филтрирайте списъка по държава, вид членство или помощта, която организацията предлага.
members-count = { $count ->
    [one] Една организация
   *[other] { $count } организации
}
members-filter-title = Филтриране на организациите
filter-country = Държава
filter-membership = Членство
filter-service = Вид помощ
filter-clear = Изчистете филтрите
members-empty = Няма организация, която да отговаря на тези филтри. Изберете по-малко филтри или ги изчистете, за да видите цялата мрежа.
membership-member = Член
membership-associate = Асоцииран член
membership-partner = Партньорска организация
membership-secretariat = Секретариат на мрежата
founding-member = Член-основател
member-location = Местоположение
member-website = Уебсайт
member-languages = Езици
member-services = Видове помощ
member-no-services = Тази организация не предоставя пряка помощ; в мрежата тя работи по политики и сътрудничество.
member-hotlines = Горещи линии
member-help-in-country = Помощ в държавата: { $country }
member-back = Всички организации

service-shelter = Безопасно настаняване и подслон
service-material_aid = Хуманитарна и материална помощ
service-medical_care = Медицинска помощ
service-psychosocial_counselling = Психосоциално консултиране и психотерапия
service-legal_assistance = Правни консултации и процесуално представителство
service-accompaniment = Придружаване до институции, полиция и съд
service-residence_and_labour_law = Съдействие по въпроси на пребиваването и трудовото право
service-interpretation = Устен превод и културно посредничество
service-transport = Транспорт
service-education_and_employment = Образование, професионално обучение и търсене на работа
service-family_counselling = Семейно консултиране
service-return_and_reintegration = Доброволно завръщане и реинтеграция
service-missing_persons_search = Издирване на изчезнали хора
service-migrant_consultation = Консултации за мигранти на техните езици

help-title = Намерете помощ
help-intro = Изберете държава, за да видите горещите линии и организациите от мрежата там. Ако сега сте в опасност, обадете се на 112 или на местната полиция.
help-countries-title = Държави
help-country-title = Помощ в държавата: { $country }
help-hotline-count = { $count ->
    [0] няма посочени горещи линии
    [one] една гореща линия
   *[other] { $count } горещи линии
}
help-hotlines-title = Горещи линии
help-organisations-title = Организации от мрежата в държавата: { $country }
help-all-countries = Всички държави
help-ask-abroad = Заминавате в чужбина? Потърсете и държавата, за която заминавате, и запишете номерата ѝ, преди да тръгнете.
hotline-always = Денонощно
hotline-free = Безплатно
hotline-charged = По стандартната тарифа
hotline-languages = Езици
hotline-hours = Работно време
hotline-run-by = Поддържа се от { $organisation }
hotline-verified = Последна проверка: { $date }
hotline-call = Обадете се на { $number }
hours-always = Всеки ден, денонощно
hours-weekdays_daytime = В делнични дни през деня; часовете са различни според деня
hours-office_hours = В работно време
hours-not_published = Работното време не е обявено: обадете се, за да попитате
purpose-national_hotline = Национална гореща линия
purpose-calls_from_abroad = Номер за обаждания от чужбина
purpose-short_number = Кратък номер за мобилни телефони
purpose-sos_line = SOS линия
purpose-counselling_centre = Консултативен център
purpose-office = Офис (без собствена гореща линия)
error-unknown-member-text = На този адрес няма организация от мрежата. Вижте списъка на всички организации.
country-info-link = Какво трябва да знаете: { $country }
meta-description-help = Горещи линии и организации, които помагат на хора в риск от трафик и експлоатация, по държави, и 112 там, където отговаря.
meta-description-help-country = На кого да се обадите в { $country }, ако вие или ваш познат сте експлоатирани или в опасност: горещи линии, организации и номера за спешни случаи.
meta-description-members = Организациите – членове на мрежата срещу трафика на хора, по държави, вид членство и услуги за помощ.
meta-description-member = { $organisation }, организация на мрежата в { $country }: услуги за помощ, езици и горещи линии.
first-call-title = Обадете се сега
first-call-hotline = { $purpose }, { $organisation }
first-call-national-line = Национална линия срещу трафика на хора (не е на мрежата)
help-no-member-hotline = Мрежата няма собствена гореща линия в { $country }. Обадете се на номерата по-горе, пишете ни или се свържете с организациите по-долу.
help-home-lines-title = От друга държава ли сте? Обадете се на члена на мрежата от вашата държава
help-home-lines-text = Членовете на мрежата помагат и на своите сънародници в чужбина. Номерата, които започват с +, може да се наберат от всяка държава.
member-no-hotline-call = Тази организация няма собствена гореща линия. В { $country } можете да се обадите на:
error-query-country = Не познаваме такава държава. Изберете държава от списъка.
error-query-membership = Не познаваме такъв вид членство. Изберете вид от списъка.
error-query-service = Не познаваме такава услуга за помощ. Изберете услуга от списъка.

organisations-title = Организации
organisations-create-title = Добавете организация
organisations-country-code = Държава (ISO код, напр. MD)
organisations-city = Град
organisations-create-submit = Добавете организацията
organisation-invalid = Проверете името, кода на държавата, членството и уебсайта (адрес, започващ с https://).
organisation-exists = Вече съществува организация с това име.
organisation-created = Организацията е добавена в указателя.
organisations-name = Наименование
organisation-form-invalid = Някои стойности не са валидни; вижте съобщенията до полетата. Нищо не е запазено.
organisation-edit-title = Запис в указателя
organisation-public-page = Вижте публичната страница
organisation-profile-title = Профил и услуги
organisation-time-zone = Часова зона (екраните за служители показват часа по този часовник)
organisation-save-profile = Запазете профила
organisation-hotlines-title = Горещи линии
organisation-saved = Промяната е запазена; публичният указател я показва.
organisation-stale = Някой друг е запазил промяна в този запис, след като сте го отворили, затова нищо от вашето не е запазено. Страницата вече показва тяхната промяна, а формулярът пази въведеното от вас: запазете отново, за да я замените.
organisation-error-name = Въведете име от 2 до 150 знака, с букви или цифри.
organisation-error-city = Въведете най-много 100 знака.
organisation-error-website = Въведете адрес, който започва с https://.
hotline-number = Номер
hotline-purpose = За какво е линията
hotline-last-verified = Последна проверка
hotline-add-title = Добавете гореща линия
hotline-save = Запазете линията
hotline-add = Добавете линията
hotline-remove = Премахнете тази линия
hotline-error-number = Въведете телефонен номер: цифри и интервали, с + пред международен номер.
hotline-error-number-taken = Тази организация вече има този номер.
hotline-error-verified = Въведете дата.
hotline-error-verified-future = Последната проверка не може да е по-късно от днес.
