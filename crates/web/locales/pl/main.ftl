## Strada's public site, Polish. Every key here must exist in every language (a test checks).
## Keep messages as whole sentences: translators need them whole.

site-name = Strada
site-tagline = Europejska sieć przeciwko handlowi ludźmi
skip-to-content = Przejdź do treści
quick-exit = Szybkie wyjście
quick-exit-hint = Natychmiast opuszcza tę witrynę i otwiera stronę z prognozą pogody. Gdy JavaScript jest włączony, to samo robi klawisz Esc.
nav-label = Menu główne
nav-home = Strona główna
nav-members = Członkowie
nav-help = Znajdź pomoc
nav-about = O nas
nav-safety = Zatrzyj ślady
language-switcher-label = Język
footer-text = Strada to platforma europejskiej sieci organizacji pozarządowych przeciwdziałających handlowi ludźmi.
footer-privacy = Ta witryna nie zapisuje plików cookie i nie wczytuje niczego z innych witryn.
demo-notice = Dane demonstracyjne: informacje o organizacjach i numery telefonów podane tutaj to przykłady zebrane z publicznie dostępnych stron i mogą być nieaktualne. Sprawdź je przed użyciem.
emergency-112 = W nagłej sytuacji zadzwoń pod numer 112: połączenie jest bezpłatne i możliwe z każdego telefonu.

home-title = Pomoc i ochrona przed handlem ludźmi w całej Europie
home-intro = Sieć skupia { $members ->
        [one] { $members } organizację członkowską
        [few] { $members } organizacje członkowskie
        [many] { $members } organizacji członkowskich
       *[other] { $members } organizacji członkowskiej
    } i { $associates ->
        [one] { $associates } członka stowarzyszonego
        [few] { $associates } członków stowarzyszonych
        [many] { $associates } członków stowarzyszonych
       *[other] { $associates } członka stowarzyszonego
    } z { $countries ->
        [one] { $countries } kraju
        [few] { $countries } krajów
        [many] { $countries } krajów
       *[other] { $countries } kraju
    }. Działają wspólnie, aby ludzie mogli bezpiecznie wyjeżdżać, pracować i żyć za granicą, a osoby wykorzystywane otrzymywały pomoc, gdziekolwiek są.
home-find-help-title = Znajdź pomoc
home-find-help-text = Wybierz kraj, w którym jesteś, albo kraj, do którego jedziesz, aby zobaczyć, gdzie możesz zadzwonić i które organizacje mogą ci pomóc.
home-find-help-country = Kraj
home-find-help-submit = Znajdź pomoc
home-pillars-title = Czym zajmuje się sieć
pillar-advocacy-title = Rzecznictwo
pillar-advocacy-text = Monitorujemy prawo krajowe, plany działań i konwencje międzynarodowe, a doświadczenia osób, którym pomagamy, wnosimy do polityk, które ich dotyczą.
pillar-training-title = Szkolenia i edukacja
pillar-training-text = Przygotowujemy materiały dla osób z grup ryzyka i dla specjalistów, prowadzimy szkolenia i seminaria, a na naszych infoliniach odpowiadamy na pytania o pracę za granicą.
pillar-assistance-title = Pomoc i wsparcie
pillar-assistance-text = Organizacje sieci prowadzą programy wsparcia, zapewniają schronienie, pomoc prawną i psychologiczną, anonimowe konsultacje i bezpieczny powrót – dzięki lokalnym, krajowym i międzynarodowym sieciom usług.
home-members-link = Zobacz wszystkie organizacje sieci

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
filter-any = Wszystkie
filter-apply = Zastosuj filtry
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

about-title = O sieci
about-intro = Sieć łączy organizacje pozarządowe z całej Europy, które zapobiegają handlowi ludźmi i chronią prawa osób przez niego skrzywdzonych. Każdy członek działa we własnym kraju; razem towarzyszą ludziom także ponad granicami.
about-advocacy-title = Rzecznictwo
about-advocacy-text = Członkowie sieci obserwują, jak ich państwa tworzą i stosują prawo dotyczące handlu ludźmi i praw pracowników migrujących, śledzą krajowe plany działań i konwencje międzynarodowe oraz uczestniczą w kształtowaniu polityki krajowej, przekazując głos osób, którym pomagają.
about-training-title = Szkolenia i edukacja
about-training-text = Sieć przygotowuje materiały dla grup ryzyka i dla specjalistów, takich jak policjanci, pracownicy socjalni, inspektorzy pracy i sędziowie, prowadzi szkolenia i seminaria oraz utrzymuje infolinie, na których jeszcze przed wyjazdem można zapytać o pracę, studia lub małżeństwo za granicą.
about-assistance-title = Pomoc i wsparcie
about-assistance-text = Członkowie sieci prowadzą programy wsparcia dla osób, które padły ofiarą handlu ludźmi lub wyzysku: schronienie, opiekę medyczną i psychologiczną, pomoc prawną, anonimowe konsultacje i bezpieczny powrót dzięki sieciom międzynarodowym, a wokół nich działają lokalne i krajowe sieci usług.
about-hotlines-title = Infolinie
about-hotlines-text = Wielu członków sieci prowadzi infolinie, często całodobowe, a czasem bezpłatne. Konsultanci informują o kraju docelowym, kierują dzwoniących do odpowiednich służb, szukają osób zaginionych i odpowiadają w kilku językach.
about-network-title = Jak działa sieć
about-network-text = Członkowie zwyczajni i stowarzyszeni podzielają zasady sieci; organizacja partnerska współpracuje z nią na rzecz praw migrantów; sekretariat koordynuje sieć, jej wspólne stanowiska i statystyki, które nigdy nie pozwalają zidentyfikować konkretnej osoby.

safety-title = Zatrzyj ślady
safety-intro = Jeśli ktoś może sprawdzać twój telefon lub komputer, te kroki utrudnią mu odkrycie, że odwiedzano tę witrynę.
safety-quick-exit = Przycisk „Szybkie wyjście” jest zawsze widoczny u góry ekranu na każdej stronie i natychmiast opuszcza tę witrynę, otwierając stronę z prognozą pogody; to samo robi klawisz Esc, chyba że właśnie piszesz w polu. Gdy JavaScript jest włączony, strona, którą opuszczasz, zostaje zastąpiona w historii przeglądarki, więc przycisk „Wstecz” do niej nie wróci; inne strony tej witryny otwarte wcześniej zostają jednak w historii, a bez JavaScriptu nic nie jest usuwane. Aby nie zostawić śladów, użyj okna prywatnego albo usuń tę witrynę z historii, jak opisano niżej.
safety-private = Korzystaj z okna prywatnego (incognito): przeglądarka nie zapisuje wtedy historii, a ta witryna i tak nigdy nie zapisuje plików cookie.
safety-history = Jeśli okno nie było prywatne, usuń tę witrynę z historii przeglądarki. Usuń tylko wpisy dotyczące tej witryny, jeśli wyczyszczenie całej historii mogłoby wzbudzić podejrzenia.
safety-phone = Telefon zapisuje listę połączeń. Bezpłatne numery infolinii mogą nie pojawić się na rachunku, ale zostają w rejestrze połączeń, dopóki ich nie usuniesz.
safety-device = Jeśli myślisz, że ktoś kontroluje twój telefon lub komputer, skorzystaj z urządzenia pożyczonego od zaufanej osoby albo z komputera w bibliotece.
safety-emergency = Jeśli grozi ci teraz niebezpieczeństwo, zadzwoń pod numer 112 lub na lokalną policję.

error-not-found-title = Nie znaleziono strony
error-not-found-text = Pod tym adresem nie ma żadnej strony. Mogła zostać przeniesiona albo adres zawiera literówkę.
error-unknown-country-text = Sieć nie ma strony dla tego kraju. Wybierz kraj z listy krajów, w których sieć może pomóc.
error-unknown-member-text = Pod tym adresem nie ma żadnej organizacji sieci. Zobacz listę wszystkich organizacji.
error-back-home = Przejdź do strony głównej

date-format = { $day } { $month } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

country-AT = Austria
country-BA = Bośnia i Hercegowina
country-BE = Belgia
country-BG = Bułgaria
country-BY = Białoruś
country-CH = Szwajcaria
country-CZ = Czechy
country-DE = Niemcy
country-DK = Dania
country-ES = Hiszpania
country-FI = Finlandia
country-FR = Francja
country-GB = Wielka Brytania
country-IE = Irlandia
country-IT = Włochy
country-MD = Mołdawia
country-MK = Macedonia Północna
country-NL = Niderlandy
country-PL = Polska
country-RO = Rumunia
country-RS = Serbia
country-TR = Turcja
country-UA = Ukraina

language-be = białoruski
language-bg = bułgarski
language-bs = bośniacki
language-ca = kataloński
language-cs = czeski
language-da = duński
language-de = niemiecki
language-en = angielski
language-es = hiszpański
language-fi = fiński
language-fr = francuski
language-hr = chorwacki
language-it = włoski
language-mk = macedoński
language-nl = niderlandzki
language-pl = polski
language-pt = portugalski
language-ro = rumuński
language-ru = rosyjski
language-sq = albański
language-sr = serbski
language-sv = szwedzki
language-th = tajski
language-tr = turecki
language-uk = ukraiński

countries-title = Kraje: co warto wiedzieć
countries-intro = Co sprawdzić przed wyjazdem za granicę do pracy, na studia lub w związku z małżeństwem, przepisy i przydatne numery w każdym kraju sieci.
country-title = { $country }: co warto wiedzieć
country-reviewed = Ostatnia weryfikacja: { $date }
country-hotlines-title = Infolinie sieci: { $country }
country-help-link = Pomoc: { $country }
country-info-link = Co warto wiedzieć: { $country }
nav-countries = Kraje

help-ask-link = Napisz do nas bez podawania imienia i nazwiska
ask-title = Poproś o pomoc anonimowo
ask-intro = Napisz, co się stało albo czego chcesz się dowiedzieć. Nie musisz podawać imienia ani nazwiska. Odpowiedź od konsultantów sieci w wybranym przez ciebie kraju pojawi się tutaj, zwykle w ciągu kilku dni.
ask-country = Kraj, w którym potrzebujesz pomocy
ask-language = Język, w którym piszesz
ask-message = Twoja wiadomość
ask-message-hint = Najwyżej 4000 znaków. Nie pisz niczego, po czym można by cię rozpoznać, gdyby ktoś inny przeczytał wiadomość.
ask-trap = Zostaw to pole puste
ask-submit = Wyślij
ask-sent-title = Twoje zgłoszenie zostało wysłane
ask-sent-intro = Zapisz teraz te dwa kody i przechowuj je w bezpiecznym miejscu: oba są potrzebne, aby przeczytać odpowiedź, i nie zostaną pokazane ponownie. W tej przeglądarce nic nie zostaje zapisane.
ask-ticket = Kod zgłoszenia
ask-passphrase = Hasło
ask-status-link = Przeczytaj odpowiedź na swoje zgłoszenie
ask-status-title = Przeczytaj odpowiedź
ask-status-submit = Pokaż
ask-status-unknown = Nie ma zgłoszenia z takim kodem i hasłem. Sprawdź kod i hasło, a potem spróbuj ponownie.
ask-status-open = Czeka na odpowiedź
ask-status-answered = Udzielono odpowiedzi
ask-status-closed = Zamknięte
ask-your-message = Twoja wiadomość
ask-replies = Odpowiedzi
ask-no-reply = Nie ma jeszcze odpowiedzi. Wróć później z kodem zgłoszenia i hasłem.
ask-too-many = Zbyt wiele zapytań z tego połączenia. Odczekaj godzinę i spróbuj ponownie albo zadzwoń na infolinię.
ask-invalid = Sprawdź pola oznaczone poniżej.

## Public site: numbers to call, page descriptions, query errors, city names
meta-description = Strada: sieć organizacji przeciwdziałających handlowi ludźmi w Europie. Infolinie, pomoc w każdym kraju i rady dotyczące bezpieczeństwa.
meta-description-home = Znajdź infolinię i pomoc w sprawie handlu ludźmi w swoim kraju lub w kraju, do którego wyjeżdżasz, u organizacji sieci w całej Europie.
meta-description-help = Infolinie i organizacje pomagające osobom zagrożonym handlem ludźmi i wyzyskiem, kraj po kraju, z numerem 112 tam, gdzie działa.
meta-description-help-country = { $country }: gdzie dzwonić, jeśli ty lub ktoś, kogo znasz, jest wyzyskiwany lub w niebezpieczeństwie — infolinie, organizacje i numery alarmowe.
meta-description-members = Organizacje członkowskie sieci przeciwdziałającej handlowi ludźmi, według kraju, rodzaju członkostwa i usług pomocy.
meta-description-member = { $organisation }, organizacja sieci (kraj: { $country }): usługi pomocy, języki i infolinie.
meta-description-countries = Co warto wiedzieć przed wyjazdem do pracy za granicą i w jej trakcie, kraj po kraju: sytuacja, prawo, przydatne numery i rady.
meta-description-country = { $country }: co warto wiedzieć przed podjęciem tam pracy i w jej trakcie — sytuacja, prawo, przydatne numery i rady.
meta-description-about = Jak sieć przeciwdziała handlowi ludźmi: rzecznictwo, szkolenia, pomoc ludziom i infolinie.
meta-description-safety = Jak odwiedzać tę witrynę, nie zostawiając śladów: szybkie wyjście, okna prywatne, historia przeglądarki i rejestr połączeń.
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
city-sofia = Sofia
city-prague = Praga
city-skopje = Skopje
city-chisinau = Kiszyniów
city-amersfoort = Amersfoort
city-warsaw = Warszawa
city-kyiv = Kijów
city-london = Londyn
city-belgrade = Belgrad
city-copenhagen = Kopenhaga
city-istanbul = Stambuł
city-berlin = Berlin
city-vienna = Wiedeń
city-dublin = Dublin
city-mostar = Mostar
city-brussels = Bruksela
city-helsinki = Helsinki
city-zurich = Zurych
city-bucharest = Bukareszt
city-amsterdam = Amsterdam
city-paris = Paryż
city-martinsicuro = Martinsicuro
city-madrid = Madryt
city-barcelona = Barcelona
