## The staff area's chrome: navigation, the home's tasks, pagination, form errors and refused forms; Polish.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

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
form-invalid = Jedna z wartości w formularzu jest nieprawidłowa.
page-list = Strony
page-previous = Poprzednia
page-next = Następna

staff-nav-countries = Informacje o krajach
staff-task-countries = Edytuj to, czego czytelnicy dowiadują się o każdym kraju, w każdym języku.

staff-nav-consultations = Konsultacje
staff-task-consultations = Rejestruj kontakt w niecałą minutę, wyszukuj wcześniejsze, eksportuj je i przeglądaj pulpit.

form-errors-title = Wprowadzone dane zawierają błędy
form-error-required = To pole jest wymagane.
form-error-choice = Wybierz pozycję z listy.
field-choose = Wybierz…
staff-not-found-text = Pod tym adresem nie ma strony dla pracowników albo Twoja rola jej nie otwiera.
staff-not-found-home = Wróć do strony głównej dla pracowników
staff-task-directory-entries = Dbaj o aktualność katalogu: profile, usługi i telefony zaufania z datą ostatniego sprawdzenia każdego z nich.
staff-task-dashboard = Zobacz kontakty w liczbach: według tygodni, tematów, krajów docelowych i rodzajów osób.

form-refused-title = Formularz nie został przyjęty
form-expired = Ten formularz wygasł lub nie został wysłany przez Stradę. Wróć, odśwież stronę i spróbuj ponownie.
form-too-large = Ten formularz jest zbyt duży, by go odczytać.
form-unreadable = Nie udało się odczytać tego formularza. Wróć, odśwież stronę i spróbuj ponownie.
form-refused-back = Przejdź do strony głównej pracowników

staff-nav-help-requests = Prośby o pomoc
staff-task-help-requests = Czytaj anonimowe prośby, które otrzymuje twoja organizacja, i odpowiadaj na nie.
help-inbox-unread-count = { $count ->
    [0] Brak nieprzeczytanych próśb o pomoc
    [one] Jedna nieprzeczytana prośba o pomoc
    [few] { $count } nieprzeczytane prośby o pomoc
    [many] { $count } nieprzeczytanych próśb o pomoc
   *[other] { $count } nieprzeczytanej prośby o pomoc
}
