## Country information: the public pages and the staff's editing; English.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

countries-title = Countries: what to know
countries-intro = What to check before you go abroad to work, study or marry, the law and useful numbers in each country of the network.
country-title = { $country }: what to know
country-reviewed = Last reviewed: { $date }
country-hotlines-title = The network's hotlines in { $country }
country-help-link = Help in { $country }
meta-description-countries = What to know before and while working abroad, country by country: the situation, the law, useful numbers and safety tips.
meta-description-country = What to know about { $country } before and while working there: the situation, the law, useful numbers and safety tips.
country-edit-body = Text (Markdown)
country-edit-reviewed = Last reviewed
country-edit-submit = Save
country-saved = The country information was saved and is published.
country-invalid = The text must not be empty or longer than 30,000 characters, and the date must be a date.

country-edit-national-line-hint = Numbers in bold become links that call them. Name the country's national anti-trafficking line on a line of its own, which readers do not see; the help pages offer it where the network has no hotline:
form-error-date = Enter a date.
country-error-too-long = The text is too long: at most 30,000 characters.
