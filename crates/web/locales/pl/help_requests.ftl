## Help requests: the person's anonymous forms and the staff inbox; Polish.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

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
