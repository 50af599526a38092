## Country information: the public pages and the staff's editing; Romanian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

countries-title = Țări: ce trebuie să știți
countries-intro = Ce să verificați înainte de a pleca în străinătate la muncă, la studii sau pentru căsătorie, legislația și numerele utile din fiecare țară a rețelei.
country-title = { $country }: ce trebuie să știți
country-reviewed = Ultima revizuire: { $date }
country-hotlines-title = Liniile telefonice ale rețelei: { $country }
country-help-link = Ajutor: { $country }
meta-description-countries = Ce trebuie să știți înainte și în timpul muncii în străinătate, țară cu țară: situația, legea, numere utile și sfaturi de siguranță.
meta-description-country = Ce trebuie să știți despre { $country } înainte și în timpul muncii acolo: situația, legea, numere utile și sfaturi de siguranță.
country-edit-body = Text (Markdown)
country-edit-reviewed = Ultima revizuire
country-edit-submit = Salvați
country-saved = Informațiile despre țară au fost salvate și publicate.
country-invalid = Textul nu poate fi gol sau mai lung de 30 000 de caractere, iar data trebuie să fie o dată validă.

country-edit-national-line-hint = Numerele scrise îngroșat devin linkuri care le apelează. Indicați linia națională împotriva traficului de persoane pe un rând separat, pe care cititorii nu îl văd; paginile de ajutor o oferă acolo unde rețeaua nu are o linie proprie:
form-error-date = Introduceți o dată.
country-error-too-long = Textul este prea lung: cel mult 30.000 de caractere.
