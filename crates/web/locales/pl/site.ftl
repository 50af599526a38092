## Strada's public site and what every page shares: the chrome, the quick exit, home, about, safety, errors, and the names of countries, cities, languages and months; Polish.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

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
filter-any = Wszystkie
filter-apply = Zastosuj filtry

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
nav-countries = Kraje

meta-description = Strada: sieć organizacji przeciwdziałających handlowi ludźmi w Europie. Infolinie, pomoc w każdym kraju i rady dotyczące bezpieczeństwa.
meta-description-home = Znajdź infolinię i pomoc w sprawie handlu ludźmi w swoim kraju lub w kraju, do którego wyjeżdżasz, u organizacji sieci w całej Europie.
meta-description-about = Jak sieć przeciwdziała handlowi ludźmi: rzecznictwo, szkolenia, pomoc ludziom i infolinie.
meta-description-safety = Jak odwiedzać tę witrynę, nie zostawiając śladów: szybkie wyjście, okna prywatne, historia przeglądarki i rejestr połączeń.
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
service-unavailable-title = Strada nie może teraz odpowiedzieć
service-unavailable = Strada nie może teraz połączyć się ze swoją bazą danych. Nic nie zostało zmienione. Odczekaj minutę i spróbuj ponownie.
