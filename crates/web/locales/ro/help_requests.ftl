# Help requests: the person's forms
ask-error-country = Alegeți țara în care aveți nevoie de ajutor.
ask-error-language = Alegeți limba în care scrieți.
ask-error-message-empty = Scrieți mesajul dumneavoastră.
ask-error-message-long = Mesajul este prea lung: scrieți cel mult 4.000 de caractere.
ask-error-message-characters = Mesajul conține caractere care nu pot fi trimise. Ștergeți-le și încercați din nou.
ask-error-ticket = Un tichet are 8 litere și cifre, așa cum vi s-au arătat, de exemplu ABCD-2345.
ask-error-passphrase = O parolă are 16 litere și cifre, așa cum vi s-au arătat.
ask-sent-gone-title = Deja afișate
ask-sent-gone = Tichetul și parola au fost afișate o singură dată, pe această pagină, și nu mai sunt afișate. Cererea dumneavoastră a fost trimisă: nimic nu a fost trimis de două ori.
ask-you-wrote = Ați scris
ask-write-back = Răspundeți
ask-write-back-submit = Trimiteți
ask-closed = Această cerere este închisă. Pentru a întreba ceva nou, trimiteți o cerere nouă.
ask-written-back = Mesajul dumneavoastră a fost trimis.
ask-unreadable = Formularul nu a putut fi citit. Reveniți, verificați ce ați scris și trimiteți din nou.

# Help requests: the staff inbox
staff-nav-help-requests = Cereri de ajutor
staff-task-help-requests = Citiți și răspundeți la cererile anonime primite de organizația dumneavoastră.
help-inbox-title = Cereri de ajutor
help-inbox-intro = Cereri anonime trimise organizației dumneavoastră. Deschiderea unei cereri este înregistrată în jurnalul de audit.
help-inbox-states = Afișați cererile după stare
help-inbox-bad-filter = Acest filtru nu poate fi citit; sunt afișate toate cererile.
help-inbox-count = { $count ->
    [one] O cerere
    [few] { $count } cereri
   *[other] { $count } de cereri
}
help-inbox-unread-count = { $count ->
    [0] Nicio cerere de ajutor necitită
    [one] O cerere de ajutor necitită
    [few] { $count } cereri de ajutor necitite
   *[other] { $count } de cereri de ajutor necitite
}
help-inbox-empty = Nicio cerere aici.
help-inbox-received = Primită
help-inbox-country = Țara
help-inbox-language = Limba
help-inbox-state = Starea
help-inbox-unread = necitită
help-inbox-escalated = nedeschisă la timp acolo unde a fost trimisă
help-state-all = Toate
help-state-open = Deschise
help-state-answered = Cu răspuns
help-state-closed = Închise
help-request-title = Cerere de ajutor
help-request-message = Mesajul
help-request-thread = Răspunsuri
help-request-no-thread = Niciun răspuns încă.
help-request-from-person = Persoana care a întrebat
help-request-reply = Răspunsul dumneavoastră
help-request-send = Trimiteți răspunsul
help-request-convert = Faceți din ea o consultație
help-request-close = Închideți cererea
help-request-convert-invalid = Alegeți cine a scris și cel puțin un subiect.
