## Country information: the public pages and the staff's editing; Bulgarian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

countries-title = Държави: какво трябва да знаете
countries-intro = Какво да проверите, преди да заминете в чужбина на работа, да учите или да сключите брак, законодателството и полезните телефони във всяка държава от мрежата.
country-title = { $country }: какво трябва да знаете
country-reviewed = Последна проверка: { $date }
country-hotlines-title = Горещи линии на мрежата: { $country }
country-help-link = Помощ: { $country }
meta-description-countries = Какво да знаете преди и по време на работа в чужбина, по държави: положението, законите, полезни номера и съвети за безопасност.
meta-description-country = Какво да знаете за { $country } преди и по време на работа там: положението, законите, полезни номера и съвети за безопасност.
country-edit-body = Текст (Markdown)
country-edit-reviewed = Последна проверка
country-edit-submit = Запазване
country-saved = Информацията за държавата е запазена и публикувана.
country-invalid = Текстът не може да е празен или по-дълъг от 30 000 знака, а датата трябва да е валидна.

country-edit-national-line-hint = Номерата с получер шрифт стават връзки за обаждане. Посочете националната линия срещу трафика на хора на отделен ред, който читателите не виждат; страниците за помощ я предлагат там, където мрежата няма собствена гореща линия:
form-error-date = Въведете дата.
country-error-too-long = Текстът е твърде дълъг: най-много 30 000 знака.
