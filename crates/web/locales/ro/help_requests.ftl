## Help requests: the person's anonymous forms and the staff inbox; Romanian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

help-ask-link = Scrieți-ne fără să vă dați numele
ask-title = Cereți ajutor în mod anonim
ask-intro = Scrieți ce s-a întâmplat sau ce doriți să aflați. Nu trebuie să vă dați numele. Un consultant al rețelei din țara pe care o alegeți vă va răspunde aici, de obicei în câteva zile.
ask-country = Țara în care aveți nevoie de ajutor
ask-language = Limba în care scrieți
ask-message = Mesajul dumneavoastră
ask-message-hint = Cel mult 4000 de caractere. Nu scrieți nimic din care s-ar putea afla cine sunteți, dacă altcineva ar citi mesajul.
ask-trap = Lăsați acest câmp gol
ask-submit = Trimiteți
ask-sent-title = Solicitarea a fost trimisă
ask-sent-intro = Notați acum aceste două coduri și păstrați-le într-un loc sigur: aveți nevoie de amândouă ca să citiți răspunsul și nu vor mai fi afișate. În acest browser nu se păstrează nimic.
ask-ticket = Codul solicitării
ask-passphrase = Parola
ask-status-link = Citiți răspunsul la solicitarea trimisă
ask-status-title = Citiți răspunsul
ask-status-submit = Afișați
ask-status-unknown = Nu există nicio solicitare cu acest cod și această parolă. Verificați-le pe amândouă și încercați din nou.
ask-status-open = Așteaptă răspuns
ask-status-answered = A primit răspuns
ask-status-closed = Închisă
ask-your-message = Mesajul dumneavoastră
ask-replies = Răspunsuri
ask-no-reply = Încă nu există niciun răspuns. Reveniți mai târziu cu codul solicitării și parola.
ask-too-many = Prea multe solicitări de la această conexiune. Vă rugăm să așteptați o oră și să încercați din nou sau să sunați la o linie telefonică.
ask-invalid = Verificați câmpurile marcate mai jos.

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
help-inbox-title = Cereri de ajutor
help-inbox-intro = Cereri anonime trimise organizației dumneavoastră. Deschiderea unei cereri este înregistrată în jurnalul de audit.
help-inbox-states = Afișați cererile după stare
help-inbox-bad-filter = Acest filtru nu poate fi citit; sunt afișate toate cererile.
help-inbox-count = { $count ->
    [one] O cerere
    [few] { $count } cereri
   *[other] { $count } de cereri
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
