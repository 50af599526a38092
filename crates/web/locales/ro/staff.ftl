## The staff area, Romanian. Every key here must exist in every language (a test checks).

staff-site-name = Strada: personal
staff-sign-out = Deconectare
staff-demo-banner = Cont demonstrativ: acest cont poate omite al doilea factor, iar parola lui este publică. Nu introduceți niciodată date reale aici.
staff-nav-home = Acasă
staff-nav-account = Contul meu
staff-nav-users = Utilizatori
staff-nav-organisations = Organizații
staff-nav-audit = Jurnal de audit
staff-home-title = Activitatea dumneavoastră în Strada
staff-home-intro = Ce vă permite rolul dumneavoastră. Aici vor apărea mai multe instrumente, pe măsură ce activitatea rețelei se mută în Strada.
staff-task-account = Schimbați-vă parola, vedeți unde v-ați conectat, gestionați al doilea factor și tokenurile API.
staff-task-users = Invitați colegi, schimbați-le rolurile, dezactivați conturile care nu ar mai trebui să se poată conecta.
staff-task-organisations = Adăugați organizații în catalogul rețelei.
staff-task-audit = Vedeți cine s-a conectat și ce s-a modificat și filtrați după persoană, acțiune și dată.

role-network-admin = Administrator al rețelei
role-org-admin = Administrator al organizației
role-case-worker = Manager de caz
role-hotline-consultant = Consultant la linia telefonică
role-editor = Editor
role-analyst = Analist

sign-in-title = Conectare
sign-in-email = E-mail
sign-in-password = Parolă
sign-in-submit = Conectați-vă
sign-in-error = Adresa de e-mail sau parola nu este corectă ori contul nu se poate conecta acum. Încercați din nou sau adresați-vă administratorului.

code-title = Al doilea factor
code-intro = Introduceți codul din 6 cifre din aplicația de autentificare sau unul dintre codurile de recuperare.
code-label = Cod
code-submit = Continuați
code-error = Acest cod nu este corect sau a fost deja folosit. Introduceți codul actual din aplicație.

enrol-title = Configurați al doilea factor
enrol-required = Rolul dumneavoastră dă acces la date personale: configurați un al doilea factor înainte de a continua.
enrol-step-scan = Scanați codul QR cu o aplicație de autentificare sau introduceți în ea cheia secretă de mai jos.
enrol-step-code = Introduceți codul din 6 cifre afișat de aplicație, pentru confirmare.
enrol-qr-label = Cod QR pentru adăugarea Strada într-o aplicație de autentificare
enrol-secret = Cheia secretă:
enrol-uri = Adresa pentru aplicație:
enrol-submit = Confirmați
recovery-title = Codurile dumneavoastră de recuperare
recovery-intro = Fiecare cod vă permite să vă conectați o singură dată fără telefon. Păstrați-le într-un loc sigur: sunt afișate doar acum.
recovery-continue = Am păstrat codurile: continuați

account-title = Contul meu
account-password-title = Parola
account-current-password = Parola actuală
account-new-password = Parola nouă
account-password-submit = Schimbați parola
account-password-wrong = Parola actuală nu este corectă.
account-password-changed = Parola a fost schimbată; celelalte sesiuni ale dumneavoastră au fost închise.
password-rules = Cel puțin 12 caractere; parolele uzuale sunt refuzate. Câteva cuvinte fără legătură între ele formează o parolă bună.
password-length = O parolă are între 12 și 256 de caractere.
password-common = Această parolă se numără printre cele mai uzuale; alegeți alta.
account-language-title = Limba
account-language-submit = Salvați
account-sessions-title = Unde v-ați conectat
account-session-device = Browser
account-session-started = Început
account-session-seen = Ultima activitate
account-session-current = sesiunea curentă
account-session-end = Închideți
account-session-ended = Sesiunea a fost închisă.
account-second-factor-title = Al doilea factor
account-second-factor-on = Al doilea factor este configurat.
account-second-factor-off = Nu este configurat niciun al doilea factor.
account-second-factor-reset = Înlocuiți-mi al doilea factor
account-second-factor-enrol = Configurați un al doilea factor
account-tokens-title = Tokenuri API
account-tokens-intro = Un token permite unui program să folosească API-ul Strada în numele dumneavoastră, cu organizația și rolul dumneavoastră. Revocați-l când programul nu mai are nevoie de el.
account-tokens-none = Nu aveți niciun token API.
account-token-name = Denumire
account-token-create = Creați un token
account-token-revoke = Revocați
account-token-revoked = Revocat
token-created = Noul dumneavoastră token este afișat mai jos.
token-shown-once = Copiați-l acum: este afișat o singură dată.
token-revoked = Tokenul a fost revocat.
token-name-invalid = Dați tokenului o denumire de cel mult 100 de caractere.
form-invalid = O valoare din formular nu este validă.
not-found = Acolo nu s-a găsit nimic care să vă aparțină.

users-title = Utilizatori
users-name = Nume
users-organisation = Organizație
users-role = Rol
users-status = Stare
users-actions = Acțiuni
users-change-role = Schimbați rolul
users-disable = Dezactivați
users-enable = Activați
users-disabled = Dezactivat
users-invited = Invitat
users-active = Activ
users-second-factor = al doilea factor
role-refused = Această modificare nu este permisă: aici nu vă puteți modifica propriul cont și nici nu puteți atribui un rol superior celui pe care îl aveți.
invite-title = Invitați un coleg
invite-submit = Invitați
invite-created = Contul a fost creat. Trimiteți acest link persoanei respective printr-un canal de încredere; funcționează o singură dată, timp de 7 zile.
invite-link-intro = Link de invitație:
invite-invalid = Verificați numele, adresa de e-mail, rolul și organizația.
invite-email-taken = Există deja un cont cu această adresă de e-mail.
invitation-title = Bun venit în Strada
invitation-intro = Alegeți o parolă pentru contul
invitation-submit = Setați parola
invitation-unknown = Această invitație nu există, a fost deja folosită sau a expirat. Cereți-i administratorului una nouă.

organisations-title = Organizații
organisations-create-title = Adăugați o organizație
organisations-country-code = Țara (cod ISO, de ex. MD)
organisations-city = Orașul
organisations-create-submit = Adăugați organizația
organisation-invalid = Verificați numele, codul țării, tipul de membru și site-ul web (o adresă https://).
organisation-exists = Există deja o organizație cu acest nume.
organisation-created = Organizația a fost adăugată în catalog.

audit-title = Jurnal de audit
audit-actor = Cine
audit-action = Acțiune
audit-from = De la
audit-until = Până la
audit-time = Ora (UTC)
audit-target = Obiect
audit-outcome = Rezultat
audit-empty = Niciun eveniment nu corespunde acestor filtre.
audit-pages = Pagini
audit-count = { $count ->
    [one] Un eveniment
    [few] { $count } evenimente
   *[other] { $count } de evenimente
}
page-previous = Pagina anterioară
page-next = Pagina următoare
organisations-name = Denumire
account-token-created = Creat
