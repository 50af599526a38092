## The staff area, Polish. Every key here must exist in every language (a test checks).

staff-site-name = Strada: personel
staff-sign-out = Wyloguj się
staff-demo-banner = Konto demonstracyjne: to konto może pomijać drugi składnik, a jego hasło jest publiczne. Nigdy nie wpisuj tu prawdziwych danych.
staff-nav-home = Strona główna
staff-nav-account = Moje konto
staff-nav-users = Użytkownicy
staff-nav-organisations = Organizacje
staff-nav-audit = Ścieżka audytu
staff-home-title = Twoja praca w systemie Strada
staff-home-intro = Co możesz robić w swojej roli. W miarę jak praca sieci będzie przenosić się do systemu Strada, pojawią się tu kolejne narzędzia.
staff-task-account = Zmień hasło, sprawdź, gdzie zalogowano się na twoje konto, zarządzaj drugim składnikiem i tokenami API.
staff-task-users = Zapraszaj współpracowników, zmieniaj ich role, wyłączaj konta, na które nie powinno się już logować.
staff-task-organisations = Dodawaj organizacje do katalogu sieci.
staff-task-audit = Sprawdzaj, kto się logował i co zostało zmienione, filtrując według osoby, działania i daty.

role-network-admin = Administrator sieci
role-org-admin = Administrator organizacji
role-case-worker = Pracownik prowadzący sprawy
role-hotline-consultant = Konsultant infolinii
role-editor = Redaktor
role-analyst = Analityk

sign-in-title = Logowanie
sign-in-email = E-mail
sign-in-password = Hasło
sign-in-submit = Zaloguj się
sign-in-error = Adres e-mail lub hasło są nieprawidłowe albo na to konto nie można się teraz zalogować. Spróbuj ponownie lub zwróć się do swojego administratora.

code-title = Drugi składnik
code-intro = Wpisz 6-cyfrowy kod z aplikacji uwierzytelniającej albo jeden ze swoich kodów odzyskiwania.
code-label = Kod
code-submit = Dalej
code-error = Ten kod jest nieprawidłowy lub został już użyty. Wpisz aktualny kod z aplikacji.

enrol-title = Skonfiguruj drugi składnik
enrol-required = Twoja rola daje dostęp do danych osobowych: zanim przejdziesz dalej, skonfiguruj drugi składnik.
enrol-step-scan = Zeskanuj kod QR aplikacją uwierzytelniającą albo wpisz do niej poniższy klucz tajny.
enrol-step-code = Aby potwierdzić, wpisz 6-cyfrowy kod wyświetlany przez aplikację.
enrol-qr-label = Kod QR do dodania systemu Strada do aplikacji uwierzytelniającej
enrol-secret = Klucz tajny:
enrol-uri = Adres dla aplikacji:
enrol-submit = Potwierdź
recovery-title = Twoje kody odzyskiwania
recovery-intro = Każdy kod pozwala raz zalogować się bez telefonu. Przechowuj je w bezpiecznym miejscu: są wyświetlane tylko teraz.
recovery-continue = Kody są zapisane: przejdź dalej

account-title = Moje konto
account-password-title = Hasło
account-current-password = Obecne hasło
account-new-password = Nowe hasło
account-password-submit = Zmień hasło
account-password-wrong = Obecne hasło jest nieprawidłowe.
account-password-changed = Hasło zostało zmienione; twoje pozostałe sesje zostały zakończone.
password-rules = Co najmniej 12 znaków; popularne hasła są odrzucane. Kilka niezwiązanych ze sobą słów tworzy dobre hasło.
password-length = Hasło musi mieć od 12 do 256 znaków.
password-common = To hasło należy do najpopularniejszych; wybierz inne.
account-language-title = Język
account-language-submit = Zapisz
account-sessions-title = Aktywne sesje
account-session-device = Przeglądarka
account-session-started = Początek
account-session-seen = Ostatnia aktywność
account-session-current = bieżąca sesja
account-session-end = Zakończ
account-session-ended = Sesja została zakończona.
account-second-factor-title = Drugi składnik
account-second-factor-on = Drugi składnik jest skonfigurowany.
account-second-factor-off = Drugi składnik nie jest skonfigurowany.
account-second-factor-reset = Zastąp mój drugi składnik
account-second-factor-enrol = Skonfiguruj drugi składnik
account-tokens-title = Tokeny API
account-tokens-intro = Token pozwala programowi korzystać z API systemu Strada w twoim imieniu, z twoją organizacją i rolą. Unieważnij go, gdy program przestanie go potrzebować.
account-tokens-none = Nie masz żadnego tokenu API.
account-token-name = Nazwa
account-token-create = Utwórz token
account-token-revoke = Unieważnij
account-token-revoked = Unieważniony
token-created = Twój nowy token jest poniżej.
token-shown-once = Skopiuj go teraz: jest wyświetlany tylko raz.
token-revoked = Token został unieważniony.
token-name-invalid = Nadaj tokenowi nazwę o długości do 100 znaków.
form-invalid = Jedna z wartości w formularzu jest nieprawidłowa.
not-found = Nie znaleziono tu niczego, co należy do ciebie.

users-title = Użytkownicy
users-name = Imię i nazwisko
users-organisation = Organizacja
users-role = Rola
users-status = Status
users-actions = Działania
users-change-role = Zmień rolę
users-disable = Wyłącz
users-enable = Włącz
users-disabled = Wyłączone
users-invited = Zaproszone
users-active = Aktywne
users-second-factor = drugi składnik
role-refused = Ta zmiana jest niedozwolona: nie możesz tu zmienić własnego konta ani nadać roli wyższej niż twoja.
invite-title = Zaproś współpracownika
invite-submit = Zaproś
invite-created = Konto zostało utworzone. Wyślij ten link tej osobie kanałem, któremu ufasz; zadziała jeden raz w ciągu 7 dni.
invite-link-intro = Link z zaproszeniem:
invite-invalid = Sprawdź imię i nazwisko, adres e-mail, rolę i organizację.
invite-email-taken = Konto z tym adresem e-mail już istnieje.
invitation-title = Witamy w systemie Strada
invitation-intro = Wybierz hasło do konta
invitation-submit = Ustaw moje hasło
invitation-unknown = To zaproszenie nie istnieje, zostało już wykorzystane albo wygasło. Poproś administratora o nowe.

organisations-title = Organizacje
organisations-create-title = Dodaj organizację
organisations-country-code = Kraj (kod ISO, np. MD)
organisations-city = Miasto
organisations-create-submit = Dodaj organizację
organisation-invalid = Sprawdź nazwę, kod kraju, członkostwo i stronę internetową (adres https://).
organisation-exists = Organizacja o tej nazwie już istnieje.
organisation-created = Organizacja została dodana do katalogu.

audit-title = Ścieżka audytu
audit-actor = Kto
audit-action = Działanie
audit-from = Od
audit-until = Do
audit-time = Czas (UTC)
audit-target = Dotyczy
audit-outcome = Wynik
audit-empty = Żadne zdarzenie nie pasuje do tych filtrów.
audit-pages = Strony
audit-count = { $count ->
    [one] Jedno zdarzenie
    [few] { $count } zdarzenia
    [many] { $count } zdarzeń
   *[other] { $count } zdarzenia
}
page-previous = Poprzednia
page-next = Następna
organisations-name = Nazwa
account-token-created = Utworzono

staff-nav-countries = Informacje o krajach
staff-task-countries = Edytuj to, czego czytelnicy dowiadują się o każdym kraju, w każdym języku.
country-edit-body = Tekst (Markdown)
country-edit-reviewed = Ostatnia weryfikacja
country-edit-submit = Zapisz
country-saved = Informacje o kraju zostały zapisane i opublikowane.
country-invalid = Tekst nie może być pusty ani dłuższy niż 30 000 znaków, a data musi być poprawna.

staff-nav-consultations = Konsultacje
staff-task-consultations = Rejestruj kontakt w niecałą minutę, wyszukuj wcześniejsze, eksportuj je i przeglądaj pulpit.
consultations-title = Konsultacje
consultations-new = Nowa konsultacja
consultations-new-title = Nowa konsultacja
consultations-saved = Konsultacja została zapisana.
consultations-open = Otwórz ją
consultations-empty = Żadna konsultacja nie pasuje do tych filtrów. Zarejestruj nową przyciskiem „Nowa konsultacja”.
consultations-record-title = Konsultacja
consultations-updated = Konsultacja została zaktualizowana.
consultations-read-only = Nie możesz już zmienić tej konsultacji: jej autor może ją zmieniać przez 24 godziny, a później tylko administrator organizacji.
consultations-invalid = Niektóre wartości są nieprawidłowe; zobacz komunikaty przy polach.
consultations-export-csv = Eksportuj do CSV
consultations-export-xlsx = Eksportuj do XLSX
consultations-dashboard = Pulpit
consultations-dashboard-title = Pulpit konsultacji
consultations-by-week = Kontakty według tygodni
consultations-by-topic = Kontakty według tematów
consultations-by-destination = Kontakty według krajów docelowych
consultations-by-caller = Kontakty według kategorii osób dzwoniących
consultations-count = Kontakty
consultations-total = { $count ->
    [one] Jeden kontakt
    [few] { $count } kontakty
    [many] { $count } kontaktów
   *[other] { $count } kontaktu
}
consultations-destination-info = Informacje o kraju docelowym
consultations-destination-info-hint = Wybierz kraj docelowy, aby zobaczyć tutaj, co warto o nim wiedzieć.
field-channel = Kanał
field-caller-type = Osoba dzwoniąca
field-anonymous = Kontakt anonimowy
field-language = Język kontaktu (np. ro, uk)
field-topics = Tematy
field-destination = Kraj docelowy
field-concern = Podejrzenie handlu ludźmi
field-exploitation = Formy wyzysku (HTCDS)
field-duration = Czas trwania (minuty)
field-started = Początek (UTC)
field-outcome = Wynik
field-referred = Skierowano do
field-notes = Notatki (szyfrowane)
field-none = Brak
field-from = Od
field-until = Do
field-save = Zapisz konsultację
channel-phone = Telefon
channel-email = E-mail
channel-chat = Czat
channel-messenger = Komunikator
channel-in_person = Osobiście
channel-web_form = Formularz internetowy
caller-potential_migrant = Potencjalny migrant
caller-possible_victim = Możliwa ofiara
caller-relative_or_friend = Krewny lub przyjaciel
caller-professional = Specjalista
caller-other = Inna osoba
topic-jobs_abroad = Praca za granicą
topic-study_abroad = Studia za granicą
topic-marriage_abroad = Małżeństwo za granicą
topic-visa_documents = Wizy i dokumenty
topic-work_contract_check = Sprawdzenie umowy o pracę
topic-employment_agency_check = Sprawdzenie agencji zatrudnienia
topic-rights_violation_abroad = Naruszenie praw za granicą
topic-suspected_trafficking = Podejrzenie handlu ludźmi
topic-missing_person = Osoba zaginiona
topic-domestic_violence = Przemoc domowa
topic-return_assistance = Pomoc w powrocie
topic-other = Inny temat
concern-none = Brak
concern-possible = Możliwe
concern-likely = Prawdopodobne
exploitation-ForcedLabour = Praca przymusowa
exploitation-SexualExploitation = Wykorzystywanie seksualne
exploitation-ChildLabour = Praca dzieci
exploitation-ForcedMarriage = Małżeństwo przymusowe
exploitation-Servitude = Poddaństwo
exploitation-ForcedMilitaryByNonStateActors = Przymusowa służba wojskowa w niepaństwowych grupach zbrojnych
exploitation-OrganRemoval = Pobranie organów
exploitation-ForcedBegging = Przymusowe żebractwo
exploitation-ForcedAdoption = Nielegalna adopcja
exploitation-Surrogacy = Wykorzystywanie macierzyństwa zastępczego
exploitation-ForcedCriminality = Wykorzystywanie do działalności przestępczej
exploitation-Other = Inna forma
outcome-information_provided = Udzielono informacji
outcome-referred_within_network = Skierowano w ramach sieci
outcome-referred_elsewhere = Skierowano poza sieć
outcome-follow_up_planned = Zaplanowano dalsze działania
outcome-case_opened = Otwarto sprawę
outcome-no_further_action = Bez dalszych działań

## Country information: the national line
country-edit-national-line-hint = Numery pogrubione stają się linkami do połączenia. Podaj krajową linię przeciwdziałania handlowi ludźmi w osobnym wierszu, niewidocznym dla czytelników; strony pomocy pokazują ją tam, gdzie sieć nie ma własnej infolinii:
