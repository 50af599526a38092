## The directory: organisations, their services and hotlines, the help pages, and the staff's entries; Polish.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

members-title = Organizacje sieci
members-intro = Członkowie sieci, członkowie stowarzyszeni, organizacja partnerska i sekretariat. Możesz filtrować listę według kraju, rodzaju członkostwa lub pomocy, jakiej udziela organizacja.
members-count = { $count ->
    [one] Jedna organizacja
    [few] { $count } organizacje
    [many] { $count } organizacji
   *[other] { $count } organizacji
}
members-filter-title = Filtruj organizacje
filter-country = Kraj
filter-membership = Członkostwo
filter-service = Rodzaj pomocy
filter-clear = Wyczyść filtry
members-empty = Żadna organizacja nie pasuje do tych filtrów. Wybierz mniej filtrów albo je wyczyść, aby zobaczyć całą sieć.
membership-member = Członek
membership-associate = Członek stowarzyszony
membership-partner = Organizacja partnerska
membership-secretariat = Sekretariat sieci
founding-member = Członek założyciel
member-location = Lokalizacja
member-website = Strona internetowa
member-languages = Języki
member-services = Rodzaje pomocy
member-no-services = Ta organizacja nie udziela bezpośredniej pomocy; w sieci zajmuje się polityką i współpracą.
member-hotlines = Infolinie
member-help-in-country = Pomoc w kraju: { $country }
member-back = Wszystkie organizacje

service-shelter = Bezpieczne zakwaterowanie i schronienie
service-material_aid = Pomoc humanitarna i materialna
service-medical_care = Opieka medyczna
service-psychosocial_counselling = Poradnictwo psychospołeczne i psychoterapia
service-legal_assistance = Porady prawne i reprezentacja
service-accompaniment = Towarzyszenie w urzędach, na policji i w sądzie
service-residence_and_labour_law = Interwencje w sprawach pobytu i prawa pracy
service-interpretation = Tłumaczenie ustne i mediacja międzykulturowa
service-transport = Transport
service-education_and_employment = Edukacja, szkolenia zawodowe i szukanie pracy
service-family_counselling = Poradnictwo rodzinne
service-return_and_reintegration = Dobrowolny powrót i reintegracja
service-missing_persons_search = Poszukiwanie osób zaginionych
service-migrant_consultation = Konsultacje dla migrantów w ich językach

help-title = Znajdź pomoc
help-intro = Wybierz kraj, aby zobaczyć działające w nim infolinie i organizacje sieci. Jeśli grozi ci teraz niebezpieczeństwo, zadzwoń pod numer 112 lub na lokalną policję.
help-countries-title = Kraje
help-country-title = Pomoc w kraju: { $country }
help-hotline-count = { $count ->
    [0] brak infolinii
    [one] jedna infolinia
    [few] { $count } infolinie
    [many] { $count } infolinii
   *[other] { $count } infolinii
}
help-hotlines-title = Infolinie
help-organisations-title = Organizacje sieci w kraju: { $country }
help-all-countries = Wszystkie kraje
help-ask-abroad = Wyjeżdżasz za granicę? Sprawdź też kraj, do którego jedziesz, i zapisz jego numery przed wyjazdem.
hotline-always = Całodobowo
hotline-free = Bezpłatnie
hotline-charged = Opłata według zwykłej taryfy
hotline-languages = Języki
hotline-hours = Godziny
hotline-run-by = Infolinię prowadzi { $organisation }
hotline-verified = Ostatnio sprawdzono: { $date }
hotline-call = Zadzwoń pod numer { $number }
hours-always = Codziennie, całą dobę
hours-weekdays_daytime = W dni robocze w ciągu dnia; godziny zależą od dnia
hours-office_hours = W godzinach pracy biura
hours-not_published = Godziny nie są podane: zadzwoń i zapytaj
purpose-national_hotline = Krajowa infolinia
purpose-calls_from_abroad = Numer dla dzwoniących z zagranicy
purpose-short_number = Krótki numer z telefonów komórkowych
purpose-sos_line = Linia SOS
purpose-counselling_centre = Ośrodek poradnictwa
purpose-office = Biuro (bez własnej infolinii)
error-unknown-member-text = Pod tym adresem nie ma żadnej organizacji sieci. Zobacz listę wszystkich organizacji.
country-info-link = Co warto wiedzieć: { $country }
meta-description-help = Infolinie i organizacje pomagające osobom zagrożonym handlem ludźmi i wyzyskiem, kraj po kraju, z numerem 112 tam, gdzie działa.
meta-description-help-country = { $country }: gdzie dzwonić, jeśli ty lub ktoś, kogo znasz, jest wyzyskiwany lub w niebezpieczeństwie — infolinie, organizacje i numery alarmowe.
meta-description-members = Organizacje członkowskie sieci przeciwdziałającej handlowi ludźmi, według kraju, rodzaju członkostwa i usług pomocy.
meta-description-member = { $organisation }, organizacja sieci (kraj: { $country }): usługi pomocy, języki i infolinie.
first-call-title = Zadzwoń teraz
first-call-hotline = { $purpose }, { $organisation }
first-call-national-line = Krajowa linia przeciwdziałania handlowi ludźmi (nie należy do sieci)
help-no-member-hotline = { $country }: sieć nie ma tu własnej infolinii. Zadzwoń pod numery powyżej, napisz do nas albo skontaktuj się z organizacjami poniżej.
help-home-lines-title = Jesteś z innego kraju? Zadzwoń do członka sieci ze swojego kraju
help-home-lines-text = Członkowie sieci pomagają też swoim rodakom za granicą. Numery zaczynające się od + można wybrać z każdego kraju.
member-no-hotline-call = Ta organizacja nie ma własnej infolinii. Kraj: { $country }. Możesz zadzwonić pod numery:
error-query-country = Nie znamy takiego kraju. Wybierz kraj z listy.
error-query-membership = Nie znamy takiego rodzaju członkostwa. Wybierz rodzaj z listy.
error-query-service = Nie znamy takiej usługi pomocy. Wybierz usługę z listy.

organisations-title = Organizacje
organisations-create-title = Dodaj organizację
organisations-country-code = Kraj (kod ISO, np. MD)
organisations-city = Miasto
organisations-create-submit = Dodaj organizację
organisation-invalid = Sprawdź nazwę, kod kraju, członkostwo i stronę internetową (adres https://).
organisation-exists = Organizacja o tej nazwie już istnieje.
organisation-created = Organizacja została dodana do katalogu.
organisations-name = Nazwa
organisation-form-invalid = Niektóre wartości są nieprawidłowe; zobacz komunikaty przy polach. Niczego nie zapisano.
organisation-edit-title = Wpis w katalogu
organisation-public-page = Zobacz stronę publiczną
organisation-profile-title = Profil i usługi
organisation-time-zone = Strefa czasowa (ekrany pracowników pokazują czas według tego zegara)
organisation-save-profile = Zapisz profil
organisation-hotlines-title = Telefony zaufania
organisation-saved = Zmiana została zapisana; katalog publiczny już ją pokazuje.
organisation-stale = Ktoś inny zapisał zmianę tego wpisu po tym, jak go otworzyłeś, więc nic z Twoich danych nie zostało zapisane. Strona pokazuje teraz jego zmianę, a formularz zachowuje to, co wpisałeś: zapisz ponownie, aby ją zastąpić.
organisation-error-name = Wpisz nazwę o długości od 2 do 150 znaków, z literami lub cyframi.
organisation-error-city = Wpisz najwyżej 100 znaków.
organisation-error-website = Wpisz adres zaczynający się od https://.
hotline-number = Numer
hotline-purpose = Do czego służy linia
hotline-last-verified = Ostatnio sprawdzono
hotline-add-title = Dodaj telefon zaufania
hotline-save = Zapisz linię
hotline-add = Dodaj linię
hotline-remove = Usuń tę linię
hotline-error-number = Wpisz numer telefonu: cyfry i spacje, z + przed numerem międzynarodowym.
hotline-error-number-taken = Ta organizacja ma już ten numer.
hotline-error-verified = Wpisz datę.
hotline-error-verified-future = Ostatnie sprawdzenie nie może być późniejsze niż dziś.
