## Country information: the public pages and the staff's editing; Polish.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

countries-title = Kraje: co warto wiedzieć
countries-intro = Co sprawdzić przed wyjazdem za granicę do pracy, na studia lub w związku z małżeństwem, przepisy i przydatne numery w każdym kraju sieci.
country-title = { $country }: co warto wiedzieć
country-reviewed = Ostatnia weryfikacja: { $date }
country-hotlines-title = Infolinie sieci: { $country }
country-help-link = Pomoc: { $country }
meta-description-countries = Co warto wiedzieć przed wyjazdem do pracy za granicą i w jej trakcie, kraj po kraju: sytuacja, prawo, przydatne numery i rady.
meta-description-country = { $country }: co warto wiedzieć przed podjęciem tam pracy i w jej trakcie — sytuacja, prawo, przydatne numery i rady.
country-edit-body = Tekst (Markdown)
country-edit-reviewed = Ostatnia weryfikacja
country-edit-submit = Zapisz
country-saved = Informacje o kraju zostały zapisane i opublikowane.
country-invalid = Tekst nie może być pusty ani dłuższy niż 30 000 znaków, a data musi być poprawna.

country-edit-national-line-hint = Numery pogrubione stają się linkami do połączenia. Podaj krajową linię przeciwdziałania handlowi ludźmi w osobnym wierszu, niewidocznym dla czytelników; strony pomocy pokazują ją tam, gdzie sieć nie ma własnej infolinii:
form-error-date = Wpisz datę.
country-error-too-long = Tekst jest zbyt długi: najwyżej 30 000 znaków.
