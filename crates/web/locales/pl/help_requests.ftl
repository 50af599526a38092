# Help requests: the person's forms
ask-error-country = Wybierz kraj, w którym potrzebujesz pomocy.
ask-error-language = Wybierz język, w którym piszesz.
ask-error-message-empty = Napisz swoją wiadomość.
ask-error-message-long = Wiadomość jest za długa: napisz najwyżej 4000 znaków.
ask-error-message-characters = Wiadomość zawiera znaki, których nie można wysłać. Usuń je i spróbuj ponownie.
ask-error-ticket = Numer zgłoszenia ma 8 liter i cyfr, tak jak zostały ci pokazane, na przykład ABCD-2345.
ask-error-passphrase = Hasło ma 16 liter i cyfr, tak jak zostały ci pokazane.
ask-sent-gone-title = Już pokazane
ask-sent-gone = Numer zgłoszenia i hasło zostały pokazane raz, na tej stronie, i nie są pokazywane ponownie. Twoje zgłoszenie zostało wysłane: nic nie zostało wysłane dwa razy.
ask-you-wrote = Napisałeś(-aś)
ask-write-back = Odpowiedz
ask-write-back-submit = Wyślij
ask-closed = To zgłoszenie jest zamknięte. Aby zapytać o coś nowego, wyślij nowe zgłoszenie.
ask-written-back = Twoja wiadomość została wysłana.
ask-unreadable = Nie udało się odczytać formularza. Wróć, sprawdź, co napisałeś(-aś), i wyślij ponownie.

# Help requests: the staff inbox
staff-nav-help-requests = Prośby o pomoc
staff-task-help-requests = Czytaj anonimowe prośby, które otrzymuje twoja organizacja, i odpowiadaj na nie.
help-inbox-title = Prośby o pomoc
help-inbox-intro = Anonimowe prośby wysłane do twojej organizacji. Każde otwarcie jest zapisywane w dzienniku audytu.
help-inbox-states = Pokaż prośby według stanu
help-inbox-bad-filter = Tego filtra nie można odczytać; pokazano wszystkie prośby.
help-inbox-count = { $count ->
    [one] Jedna prośba
    [few] { $count } prośby
    [many] { $count } próśb
   *[other] { $count } prośby
}
help-inbox-unread-count = { $count ->
    [0] Brak nieprzeczytanych próśb o pomoc
    [one] Jedna nieprzeczytana prośba o pomoc
    [few] { $count } nieprzeczytane prośby o pomoc
    [many] { $count } nieprzeczytanych próśb o pomoc
   *[other] { $count } nieprzeczytanej prośby o pomoc
}
help-inbox-empty = Brak próśb.
help-inbox-received = Otrzymano
help-inbox-country = Kraj
help-inbox-language = Język
help-inbox-state = Stan
help-inbox-unread = nieprzeczytana
help-inbox-escalated = nieotwarta na czas tam, dokąd została wysłana
help-state-all = Wszystkie
help-state-open = Otwarte
help-state-answered = Z odpowiedzią
help-state-closed = Zamknięte
help-request-title = Prośba o pomoc
help-request-message = Wiadomość
help-request-thread = Odpowiedzi
help-request-no-thread = Jeszcze bez odpowiedzi.
help-request-from-person = Osoba, która zapytała
help-request-reply = Twoja odpowiedź
help-request-send = Wyślij odpowiedź
help-request-convert = Zrób z tego konsultację
help-request-close = Zamknij prośbę
help-request-convert-invalid = Wybierz, kto napisał, i co najmniej jeden temat.
