## Country information: the public pages and the staff's editing; Russian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

countries-title = Страны: что нужно знать
countries-intro = Что проверить перед отъездом за границу на работу, учёбу или для вступления в брак, законодательство и полезные номера в каждой стране сети.
country-title = { $country }: что нужно знать
country-reviewed = Последняя проверка: { $date }
country-hotlines-title = Горячие линии сети: { $country }
country-help-link = Помощь: { $country }
meta-description-countries = Что нужно знать до и во время работы за границей, по странам: положение, закон, полезные номера и советы по безопасности.
meta-description-country = Что нужно знать о стране «{ $country }» до и во время работы там: положение, закон, полезные номера и советы по безопасности.
country-edit-body = Текст (Markdown)
country-edit-reviewed = Последняя проверка
country-edit-submit = Сохранить
country-saved = Информация о стране сохранена и опубликована.
country-invalid = Текст не может быть пустым или длиннее 30 000 символов, а дата должна быть корректной.

country-edit-national-line-hint = Номера, выделенные жирным, становятся ссылками для звонка. Укажите национальную линию против торговли людьми отдельной строкой, которую читатели не видят; страницы помощи предлагают её там, где у сети нет своей горячей линии:
form-error-date = Введите дату.
country-error-too-long = Текст слишком длинный: не более 30 000 символов.
