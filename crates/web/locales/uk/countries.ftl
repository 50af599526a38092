## Country information: the public pages and the staff's editing; Ukrainian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

countries-title = Країни: що потрібно знати
countries-intro = Що перевірити перед від’їздом за кордон на роботу, навчання чи для шлюбу, законодавство та корисні номери в кожній країні мережі.
country-title = { $country }: що потрібно знати
country-reviewed = Остання перевірка: { $date }
country-hotlines-title = Гарячі лінії мережі: { $country }
country-help-link = Допомога: { $country }
meta-description-countries = Що треба знати до і під час роботи за кордоном, за країнами: становище, закон, корисні номери та поради з безпеки.
meta-description-country = Що треба знати про країну «{ $country }» до і під час роботи там: становище, закон, корисні номери та поради з безпеки.
country-edit-body = Текст (Markdown)
country-edit-reviewed = Остання перевірка
country-edit-submit = Зберегти
country-saved = Інформацію про країну збережено й опубліковано.
country-invalid = Текст не може бути порожнім або довшим за 30 000 символів, а дата має бути коректною.

country-edit-national-line-hint = Номери, виділені жирним, стають посиланнями для дзвінка. Укажіть національну лінію протидії торгівлі людьми окремим рядком, якого читачі не бачать; сторінки допомоги пропонують її там, де мережа не має власної гарячої лінії:
form-error-date = Введіть дату.
country-error-too-long = Текст задовгий: не більше 30 000 символів.
