## The directory: organisations, their services and hotlines, the help pages, and the staff's entries; Romanian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

members-title = Organizațiile rețelei
members-intro = Membrii rețelei, membrii asociați, organizația parteneră și secretariatul. Filtrați lista după țară, tipul de membru sau asistența oferită de organizație.
members-count = { $count ->
    [one] O organizație
    [few] { $count } organizații
   *[other] { $count } de organizații
}
members-filter-title = Filtrați organizațiile
filter-country = Țara
filter-membership = Tipul de membru
filter-service = Serviciu de asistență
filter-clear = Ștergeți filtrele
members-empty = Nicio organizație nu corespunde acestor filtre. Alegeți mai puține filtre sau ștergeți-le, ca să vedeți toată rețeaua.
membership-member = Membru
membership-associate = Membru asociat
membership-partner = Organizație parteneră
membership-secretariat = Secretariatul rețelei
founding-member = Membru fondator
member-location = Localizare
member-website = Site web
member-languages = Limbi
member-services = Servicii de asistență
member-no-services = Această organizație nu oferă asistență directă; în cadrul rețelei, se ocupă de politici și de cooperare.
member-hotlines = Linii telefonice
member-help-in-country = Ajutor în { $country }
member-back = Toate organizațiile

service-shelter = Locuință sigură și adăpost
service-material_aid = Ajutor umanitar și material
service-medical_care = Asistență medicală
service-psychosocial_counselling = Consiliere psihosocială și psihoterapie
service-legal_assistance = Consiliere juridică și reprezentare
service-accompaniment = Însoțire la autorități, la poliție și în instanță
service-residence_and_labour_law = Intervenții privind dreptul de ședere și dreptul muncii
service-interpretation = Interpretariat și mediere culturală
service-transport = Transport
service-education_and_employment = Educație, formare profesională și căutarea unui loc de muncă
service-family_counselling = Consiliere familială
service-return_and_reintegration = Întoarcere voluntară și reintegrare
service-missing_persons_search = Căutarea persoanelor dispărute
service-migrant_consultation = Consiliere pentru migranți în limbile lor

help-title = Găsiți ajutor
help-intro = Alegeți o țară ca să vedeți liniile telefonice și organizațiile rețelei de acolo. Dacă sunteți în pericol acum, sunați la 112 sau la poliția locală.
help-countries-title = Țări
help-country-title = Ajutor în { $country }
help-hotline-count = { $count ->
    [0] nicio linie telefonică
    [one] o linie telefonică
    [few] { $count } linii telefonice
   *[other] { $count } de linii telefonice
}
help-hotlines-title = Linii telefonice
help-organisations-title = Organizațiile rețelei din { $country }
help-all-countries = Toate țările
help-ask-abroad = Plecați în străinătate? Căutați și țara în care mergeți și notați-vă numerele de acolo înainte de plecare.
hotline-always = Non-stop
hotline-free = Gratuit
hotline-charged = Tarif normal
hotline-languages = Limbi
hotline-hours = Program
hotline-run-by = Gestionată de { $organisation }
hotline-verified = Ultima verificare: { $date }
hotline-call = Sunați la { $number }
hours-always = Zilnic, non-stop
hours-weekdays_daytime = În zilele lucrătoare, ziua; programul diferă de la o zi la alta
hours-office_hours = În timpul programului de lucru
hours-not_published = Program nepublicat: sunați și întrebați
purpose-national_hotline = Linie telefonică națională
purpose-calls_from_abroad = Număr pentru apeluri din străinătate
purpose-short_number = Număr scurt de pe telefoanele mobile
purpose-sos_line = Linie SOS
purpose-counselling_centre = Centru de consiliere
purpose-office = Birou (fără linie telefonică proprie)
error-unknown-member-text = Rețeaua nu are nicio organizație la această adresă. Consultați lista tuturor organizațiilor.
country-info-link = Ce trebuie să știți: { $country }
meta-description-help = Linii telefonice și organizații care ajută persoanele expuse riscului de trafic și exploatare, țară cu țară, cu 112 acolo unde răspunde.
meta-description-help-country = Pe cine să sunați în { $country } dacă dumneavoastră sau cineva cunoscut este exploatat sau în pericol: linii telefonice, organizații și numere de urgență.
meta-description-members = Organizațiile membre ale rețelei împotriva traficului de persoane, după țară, tip de membru și serviciu de asistență.
meta-description-member = { $organisation }, organizație a rețelei din { $country }: serviciile de asistență, limbile și liniile telefonice.
first-call-title = Sunați acum
first-call-hotline = { $purpose }, { $organisation }
first-call-national-line = Linia națională împotriva traficului de persoane (nu este a rețelei)
help-no-member-hotline = Rețeaua nu are o linie telefonică proprie în { $country }. Sunați la numerele de mai sus, scrieți-ne sau contactați organizațiile de mai jos.
help-home-lines-title = Sunteți din altă țară? Sunați membrul rețelei din țara dumneavoastră
help-home-lines-text = Membrii rețelei își ajută și conaționalii aflați în străinătate. Numerele care încep cu + pot fi formate din orice țară.
member-no-hotline-call = Această organizație nu are o linie telefonică proprie. În { $country } puteți suna la:
error-query-country = Nu cunoaștem această țară. Alegeți una din listă.
error-query-membership = Nu cunoaștem acest tip de membru. Alegeți unul din listă.
error-query-service = Nu cunoaștem acest serviciu de asistență. Alegeți unul din listă.

organisations-title = Organizații
organisations-create-title = Adăugați o organizație
organisations-country-code = Țara (cod ISO, de ex. MD)
organisations-city = Orașul
organisations-create-submit = Adăugați organizația
organisation-invalid = Verificați numele, codul țării, tipul de membru și site-ul web (o adresă https://).
organisation-exists = Există deja o organizație cu acest nume.
organisation-created = Organizația a fost adăugată în catalog.
organisations-name = Denumire
organisation-form-invalid = Unele valori nu sunt valide; vedeți mesajele de lângă câmpuri. Nu s-a salvat nimic.
organisation-edit-title = Înregistrare în director
organisation-public-page = Vedeți pagina publică
organisation-profile-title = Profil și servicii
organisation-time-zone = Fus orar (ecranele personalului arată orele după acest ceas)
organisation-save-profile = Salvați profilul
organisation-hotlines-title = Linii telefonice
organisation-saved = Modificarea a fost salvată; directorul public o arată.
organisation-stale = Altcineva a salvat o modificare a acestei înregistrări după ce ați deschis-o, așa că nu s-a salvat nimic din ce ați scris. Pagina arată acum modificarea lor, iar formularul păstrează ce ați scris: salvați din nou pentru a o înlocui.
organisation-error-name = Introduceți un nume de 2 până la 150 de caractere, cu litere sau cifre.
organisation-error-city = Introduceți cel mult 100 de caractere.
organisation-error-website = Introduceți o adresă care începe cu https://.
hotline-number = Număr
hotline-purpose = La ce servește linia
hotline-last-verified = Verificat ultima dată
hotline-add-title = Adăugați o linie telefonică
hotline-save = Salvați linia
hotline-add = Adăugați linia
hotline-remove = Eliminați această linie
hotline-error-number = Introduceți un număr de telefon: cifre și spații, cu + înaintea unui număr internațional.
hotline-error-number-taken = Această organizație are deja acest număr.
hotline-error-verified = Introduceți o dată.
hotline-error-verified-future = Ultima verificare nu poate fi după ziua de azi.
