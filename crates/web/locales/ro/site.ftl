## Strada's public site and what every page shares: the chrome, the quick exit, home, about, safety, errors, and the names of countries, cities, languages and months; Romanian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

site-name = Strada
site-tagline = Rețea europeană împotriva traficului de persoane
skip-to-content = Salt la conținut
quick-exit = Ieșire rapidă
quick-exit-hint = Părăsește imediat acest site și deschide o pagină cu prognoza meteo. Cu JavaScript activat, tasta Esc face același lucru.
nav-label = Meniu principal
nav-home = Acasă
nav-members = Membri
nav-help = Găsiți ajutor
nav-about = Despre noi
nav-safety = Ștergeți-vă urmele
language-switcher-label = Limba
footer-text = Strada este platforma unei rețele europene de organizații neguvernamentale care luptă împotriva traficului de persoane.
footer-privacy = Acest site nu folosește cookie-uri și nu încarcă nimic de pe alte site-uri.
demo-notice = Date demonstrative: informațiile despre organizații și numerele de telefon afișate aici sunt exemple culese din pagini publice și pot fi depășite. Verificați-le înainte de a le folosi.
emergency-112 = În caz de urgență, sunați la 112: apelul este gratuit și se poate face de pe orice telefon.

home-title = Ajutor împotriva traficului de persoane, în toată Europa
home-intro = { $members ->
        [one] { $members } organizație membră
        [few] { $members } organizații membre
       *[other] { $members } de organizații membre
    } și { $associates ->
        [one] { $associates } membru asociat
        [few] { $associates } membri asociați
       *[other] { $associates } de membri asociați
    } din { $countries ->
        [one] { $countries } țară
        [few] { $countries } țări
       *[other] { $countries } de țări
    } lucrează împreună pentru ca oamenii să poată migra, munci și trăi în siguranță în străinătate, iar cei exploatați să primească ajutor, oriunde s-ar afla.
home-find-help-title = Găsiți ajutor
home-find-help-text = Alegeți țara în care vă aflați sau țara în care plecați, ca să vedeți pe cine puteți suna și ce organizații vă pot ajuta.
home-find-help-country = Țara
home-find-help-submit = Găsiți ajutor
home-pillars-title = Ce face rețeaua
pillar-advocacy-title = Promovarea drepturilor
pillar-advocacy-text = Urmărim legile naționale, planurile de acțiune și convențiile internaționale și aducem experiența persoanelor pe care le sprijinim în politicile care le privesc.
pillar-training-title = Formare și educație
pillar-training-text = Pregătim materiale pentru persoanele expuse riscului și pentru profesioniști, organizăm instruiri și seminare și răspundem la liniile noastre telefonice la întrebări despre locuri de muncă în străinătate.
pillar-assistance-title = Asistență și sprijin
pillar-assistance-text = Membrii noștri oferă programe de asistență, adăpost, ajutor juridic și psihologic, consiliere anonimă și întoarcere în siguranță, prin rețele locale, naționale și internaționale de servicii.
home-members-link = Vedeți toate organizațiile rețelei
filter-any = Toate
filter-apply = Aplicați filtrele

about-title = Despre rețea
about-intro = Rețeaua reunește organizații neguvernamentale din toată Europa care previn traficul de persoane și apără drepturile celor afectați de acesta. Fiecare membru lucrează în propria țară; împreună, îi însoțesc pe oameni și dincolo de granițe.
about-advocacy-title = Promovarea drepturilor
about-advocacy-text = Membrii urmăresc cum țările lor elaborează și aplică legile privind traficul de persoane și drepturile lucrătorilor migranți, monitorizează planurile naționale de acțiune și convențiile internaționale și participă la elaborarea politicilor naționale, aducând vocea persoanelor pe care le sprijină.
about-training-title = Formare și educație
about-training-text = Rețeaua pregătește materiale pentru grupurile expuse riscului și pentru profesioniști precum polițiști, asistenți sociali, inspectori de muncă și judecători, organizează instruiri și seminare și menține linii telefonice la care oamenii pot întreba, înainte de plecare, despre un loc de muncă, un loc la studii sau o căsătorie în străinătate.
about-assistance-title = Asistență și sprijin
about-assistance-text = Membrii derulează programe de asistență pentru persoanele traficate sau exploatate: adăpost, îngrijire medicală și psihologică, ajutor juridic, consiliere anonimă și întoarcere în siguranță prin rețele internaționale, sprijinite de rețele locale și naționale de servicii.
about-hotlines-title = Linii telefonice
about-hotlines-text = Mulți membri au linii telefonice, adesea non-stop și uneori gratuite. Consultanții oferă informații despre țara de destinație, îndrumă apelanții către servicii, caută persoane dispărute și răspund în mai multe limbi.
about-network-title = Cum funcționează rețeaua
about-network-text = Membrii cu drepturi depline și membrii asociați împărtășesc principiile rețelei; o organizație parteneră colaborează cu ea pentru drepturile migranților; secretariatul coordonează rețeaua, pozițiile ei comune și statisticile, care nu identifică niciodată o persoană.

safety-title = Ștergeți-vă urmele
safety-intro = Dacă cineva vă poate verifica telefonul sau calculatorul, acești pași îi vor face mai greu să afle că ați vizitat acest site.
safety-quick-exit = Butonul „Ieșire rapidă” rămâne în partea de sus a ecranului pe fiecare pagină și părăsește imediat acest site, deschizând o pagină cu prognoza meteo; tasta Esc face același lucru, cu excepția momentelor în care scrieți într-un câmp. Cu JavaScript activat, pagina pe care o părăsiți este înlocuită în istoricul browserului, așa că butonul Înapoi nu vă readuce la ea; însă celelalte pagini ale acestui site deschise înainte rămân în istoric, iar fără JavaScript nu se șterge nimic. Ca să nu lăsați nicio urmă, folosiți o fereastră privată sau ștergeți acest site din istoric, ca mai jos.
safety-private = Folosiți o fereastră privată sau incognito: atunci browserul nu păstrează istoricul, iar acest site nu setează niciodată cookie-uri.
safety-history = Dacă nu ați folosit o fereastră privată, ștergeți acest site din istoricul browserului. Ștergeți doar intrările pentru acest site dacă ștergerea întregului istoric ar putea trezi bănuieli.
safety-phone = Telefonul păstrează o listă a apelurilor. Numerele gratuite ale liniilor telefonice pot să nu apară pe factură, dar rămân în lista de apeluri până când le ștergeți.
safety-device = Dacă credeți că telefonul sau calculatorul vă este supravegheat, folosiți un dispozitiv împrumutat de la cineva în care aveți încredere sau unul de la o bibliotecă.
safety-emergency = Dacă sunteți în pericol acum, sunați la 112 sau la poliția locală.

error-not-found-title = Pagina nu a fost găsită
error-not-found-text = La această adresă nu există nicio pagină. Poate a fost mutată sau adresa a fost scrisă greșit.
error-unknown-country-text = Rețeaua nu are o pagină pentru această țară. Alegeți o țară din lista țărilor în care rețeaua poate ajuta.
error-back-home = Mergeți la pagina principală

date-format = { $day } { $month } { $year }
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

country-AT = Austria
country-BA = Bosnia și Herțegovina
country-BE = Belgia
country-BG = Bulgaria
country-BY = Belarus
country-CH = Elveția
country-CZ = Cehia
country-DE = Germania
country-DK = Danemarca
country-ES = Spania
country-FI = Finlanda
country-FR = Franța
country-GB = Regatul Unit
country-IE = Irlanda
country-IT = Italia
country-MD = Republica Moldova
country-MK = Macedonia de Nord
country-NL = Țările de Jos
country-PL = Polonia
country-RO = România
country-RS = Serbia
country-TR = Turcia
country-UA = Ucraina

language-be = belarusă
language-bg = bulgară
language-bs = bosniacă
language-ca = catalană
language-cs = cehă
language-da = daneză
language-de = germană
language-en = engleză
language-es = spaniolă
language-fi = finlandeză
language-fr = franceză
language-hr = croată
language-it = italiană
language-mk = macedoneană
language-nl = neerlandeză
language-pl = poloneză
language-pt = portugheză
language-ro = română
language-ru = rusă
language-sq = albaneză
language-sr = sârbă
language-sv = suedeză
language-th = thailandeză
language-tr = turcă
language-uk = ucraineană
nav-countries = Țări

meta-description = Strada: rețeaua organizațiilor împotriva traficului de persoane din Europa. Linii telefonice, ajutor în fiecare țară și sfaturi de siguranță.
meta-description-home = Găsiți o linie telefonică și ajutor împotriva traficului de persoane în țara dumneavoastră sau în țara în care plecați, de la organizațiile rețelei din Europa.
meta-description-about = Cum lucrează rețeaua împotriva traficului de persoane: advocacy, instruire, asistență pentru oameni și linii telefonice.
meta-description-safety = Cum vizitați acest site fără să lăsați urme: ieșirea rapidă, ferestrele private, istoricul browserului și lista de apeluri.
city-sofia = Sofia
city-prague = Praga
city-skopje = Skopje
city-chisinau = Chișinău
city-amersfoort = Amersfoort
city-warsaw = Varșovia
city-kyiv = Kiev
city-london = Londra
city-belgrade = Belgrad
city-copenhagen = Copenhaga
city-istanbul = Istanbul
city-berlin = Berlin
city-vienna = Viena
city-dublin = Dublin
city-mostar = Mostar
city-brussels = Bruxelles
city-helsinki = Helsinki
city-zurich = Zürich
city-bucharest = București
city-amsterdam = Amsterdam
city-paris = Paris
city-martinsicuro = Martinsicuro
city-madrid = Madrid
city-barcelona = Barcelona
service-unavailable-title = Strada nu poate răspunde acum
service-unavailable = Strada nu își poate accesa baza de date acum. Nu s-a modificat nimic. Așteptați un minut și încercați din nou.
