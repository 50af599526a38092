## The staff area's chrome: navigation, the home's tasks, pagination, form errors and refused forms; Romanian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

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
form-invalid = O valoare din formular nu este validă.
page-list = Pagini
page-previous = Pagina anterioară
page-next = Pagina următoare

staff-nav-countries = Informații despre țări
staff-task-countries = Editați ce află cititorii despre fiecare țară, în fiecare limbă.

staff-nav-consultations = Consultații
staff-task-consultations = Înregistrați un contact în mai puțin de un minut, găsiți-le pe cele anterioare, exportați-le și consultați tabloul de bord.

form-errors-title = Sunt probleme cu datele introduse
form-error-required = Câmpul este obligatoriu.
form-error-choice = Alegeți o variantă din listă.
field-choose = Alegeți…
staff-not-found-text = Nu există nicio pagină pentru personal la această adresă sau rolul dumneavoastră nu o deschide.
staff-not-found-home = Înapoi la pagina principală a personalului
staff-task-directory-entries = Păstrați directorul corect: profiluri, servicii și linii telefonice, cu data ultimei verificări a fiecăreia.
staff-task-dashboard = Vedeți contactele în cifre: pe săptămâni, subiecte, destinații și tipuri de persoane.

form-refused-title = Formularul nu a fost acceptat
form-expired = Acest formular a expirat sau nu a fost trimis de Strada. Reveniți, reîncărcați pagina și încercați din nou.
form-too-large = Acest formular este prea mare pentru a fi citit.
form-unreadable = Acest formular nu a putut fi citit. Reveniți, reîncărcați pagina și încercați din nou.
form-refused-back = Mergeți la pagina principală a personalului

staff-nav-help-requests = Cereri de ajutor
staff-task-help-requests = Citiți și răspundeți la cererile anonime primite de organizația dumneavoastră.
help-inbox-unread-count = { $count ->
    [0] Nicio cerere de ajutor necitită
    [one] O cerere de ajutor necitită
    [few] { $count } cereri de ajutor necitite
   *[other] { $count } de cereri de ajutor necitite
}
