## Case files: the labels of a case's codes (HTCDS 2.0 where it has a list); Polish.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

# HTCDS prs_Gender
gender-Feminine = Kobieta
gender-Masculine = Mężczyzna
gender-TransgenderFeminine = Kobieta transpłciowa
gender-TransgenderMasculine = Mężczyzna transpłciowy
gender-NonConforming = Osoba nienormatywna płciowo
gender-NonSpecifiedUnknown = Nie określono lub nieznana

# HTCDS vic_TraffickingStatus
trafficking-status-PossibleVictimOfTrafficking = Możliwa ofiara handlu ludźmi
trafficking-status-ActualVictimOfTrafficking = Zidentyfikowana ofiara handlu ludźmi
trafficking-status-NotAVictimOfTrafficking = Nie jest ofiarą handlu ludźmi

# HTCDS vic_TraffickingStatusDecisionMakingOrg
identified-by-Police = Policja
identified-by-NGO = Organizacja pozarządowa
identified-by-CourtOrProsecution = Sąd lub prokuratura
identified-by-NonPoliceGovernmentalOrganization = Organ państwowy inny niż policja
identified-by-Other = Inny podmiot

# HTCDS vic_MethodOfRecruitment
recruitment-AtAPlaceOfBusiness = W lokalu lub punkcie usługowym
recruitment-AtAnEducationalInstitution = W szkole lub innej placówce edukacyjnej
recruitment-AtWork = W miejscu pracy
recruitment-ThroughOnlineSocialNetworks = Przez media społecznościowe
recruitment-ThroughAnOnlineAdvertisement = Przez ogłoszenie w internecie
recruitment-ThroughATelevisionAdvert = Przez reklamę w telewizji
recruitment-ThroughANewspaperAdvert = Przez ogłoszenie w gazecie
recruitment-ThroughFamilyOrFamilyEvents = Przez rodzinę lub podczas uroczystości rodzinnych
recruitment-ThroughFriendsOrSocialEvents = Przez znajomych lub podczas spotkań towarzyskich
recruitment-Other = W inny sposób

# HTCDS vic_MethodsOfControl
control-PhysicalThreats = Groźby użycia przemocy
control-ThreatsLawEnforcement = Groźby zgłoszenia na policję lub do urzędów
control-ThreatensChildrenFamily = Groźby wobec dzieci lub rodziny
control-DebtBondage = Niewola za długi
control-FalsePromises = Fałszywe obietnice
control-PhysicalAbuse = Przemoc fizyczna
control-SexualAbuse = Przemoc seksualna
control-TakesEarnings = Odbieranie zarobków
control-RestrictsFinancialAccess = Ograniczanie dostępu do pieniędzy
control-RestrictsMedicalCare = Ograniczanie dostępu do opieki medycznej
control-WithholdsNecessities = Odmawianie jedzenia, snu lub innych podstawowych potrzeb
control-PsychologicalAbuse = Przemoc psychiczna
control-PsychoactiveSubstance = Alkohol lub narkotyki jako środek kontroli
control-ExcessiveWorkingHours = Nadmierny czas pracy
control-WithholdsDocuments = Odebranie dokumentów tożsamości lub podróży
control-Other = Inny sposób

# HTCDS vic_TypeOfSexExploitation
sex-exploitation-Prostitution = Wykorzystywanie w prostytucji
sex-exploitation-Pornography = Wykorzystywanie w pornografii
sex-exploitation-RemoteInteractiveServices = Zdalne interaktywne usługi seksualne (kamera internetowa, online)
sex-exploitation-PrivateSexualServices = Prywatne usługi seksualne

# HTCDS vic_ForcedLabourIndustry: ISIC rev. 4 sections
industry-A_AgricultureForestryAndFishing = A. Rolnictwo, leśnictwo, łowiectwo i rybactwo
industry-B_MiningAndQuarrying = B. Górnictwo i wydobywanie
industry-C_Manufacturing = C. Przetwórstwo przemysłowe
industry-D_ElectricityGasSteamAndAirConditioningSupply = D. Wytwarzanie i zaopatrywanie w energię elektryczną, gaz, parę wodną i powietrze do układów klimatyzacyjnych
industry-E_WaterSupplySewerageWasteManagement = E. Dostawa wody; gospodarowanie ściekami i odpadami oraz rekultywacja
industry-F_Construction = F. Budownictwo
industry-G_WholesaleAndRetailTradeRepairOfMotorVehicles = G. Handel hurtowy i detaliczny; naprawa pojazdów samochodowych, włączając motocykle
industry-H_TransportationAndStorage = H. Transport i gospodarka magazynowa
industry-I_AccommodationAndFoodServiceActivities = I. Zakwaterowanie i usługi gastronomiczne
industry-J_InformationAndCommunication = J. Informacja i komunikacja
industry-K_FinancialAndInsuranceActivities = K. Działalność finansowa i ubezpieczeniowa
industry-L_RealEstateActivities = L. Obsługa rynku nieruchomości
industry-M_ProfessionalScientificAndTechnicalActivities = M. Działalność profesjonalna, naukowa i techniczna
industry-N_AdministrativeAndSupportServiceActivities = N. Usługi administrowania i działalność wspierająca
industry-O_PublicAdministrationAndDefence = O. Administracja publiczna i obrona narodowa; obowiązkowe zabezpieczenia społeczne
industry-P_Education = P. Edukacja
industry-Q_HumanHealthAndSocialWorkActivities = Q. Opieka zdrowotna i pomoc społeczna
industry-R_ArtsEntertainmentAndRecreation = R. Kultura, rozrywka i rekreacja
industry-S_OtherServiceActivities = S. Pozostała działalność usługowa
industry-T_ActivitiesOfHouseholdsAsEmployers = T. Gospodarstwa domowe zatrudniające pracowników, w tym praca domowa
industry-U_ActivitiesOfExtraterritorialOrganizations = U. Organizacje i zespoły eksterytorialne

# HTCDS vic_Vulnerabilities
vulnerability-Addiction = Uzależnienie
vulnerability-SocialGroup = Przynależność do marginalizowanej grupy społecznej
vulnerability-Discrimination = Dyskryminacja
vulnerability-Poverty = Ubóstwo
vulnerability-DisabilityAndPhysicalHealth = Niepełnosprawność lub problemy ze zdrowiem fizycznym
vulnerability-MentalHealth = Problemy ze zdrowiem psychicznym
vulnerability-Migration = Migracja
vulnerability-Homelessness = Bezdomność
vulnerability-AbuseSocialMedia = Przemoc za pośrednictwem mediów społecznościowych
vulnerability-AbusePhysical = Przemoc fizyczna
vulnerability-Education = Ograniczony dostęp do edukacji
vulnerability-WorkEnvironment = Niepewne warunki pracy

# HTCDS cas_Status
case-status-Active = Aktywna
case-status-FollowUp = Dalsze monitorowanie
case-status-Closed = Zamknięta
case-status-ClosedReferred = Zamknięta po przekazaniu

# HTCDS hte_Type
event-kind-Recruitment = Werbunek
event-kind-Transit = Tranzyt
event-kind-Exploitation = Wykorzystywanie

# HTCDS spl_Type
support-plan-Education = Edukacja
support-plan-Financial = Wsparcie finansowe
support-plan-Health = Zdrowie
support-plan-LabourExploitationRehabilitation = Powrót do równowagi po wykorzystywaniu w pracy
support-plan-Legal = Wsparcie prawne
support-plan-Livelihood = Źródło utrzymania
support-plan-RightsBasedTraining = Szkolenie o prawach
support-plan-SexualExploitationRehabilitation = Powrót do równowagi po wykorzystywaniu seksualnym
support-plan-SocialCare = Pomoc społeczna

# CTDC's age bands
age-band-0-8 = 0–8 lat
age-band-9-17 = 9–17 lat
age-band-18-20 = 18–20 lat
age-band-21-23 = 21–23 lata
age-band-24-26 = 24–26 lat
age-band-27-29 = 27–29 lat
age-band-30-38 = 30–38 lat
age-band-39-47 = 39–47 lat
age-band-48plus = 48 lat i więcej

# The phases of the TRM-EU guidelines
case-phase-identification = Identyfikacja
case-phase-first_assistance_and_protection = Pierwsza pomoc i ochrona
case-phase-long_term_assistance_and_social_inclusion = Długoterminowa pomoc i włączenie społeczne
case-phase-return_and_social_inclusion = Powrót i włączenie społeczne
case-phase-criminal_and_civil_proceedings = Postępowanie karne i cywilne

# The services of a care plan
care-service-shelter = Bezpieczne zakwaterowanie i schronienie
care-service-medical_care = Opieka medyczna
care-service-psychosocial_support = Wsparcie psychospołeczne
care-service-legal_advice_and_representation = Porady prawne i reprezentacja
care-service-accompaniment_to_authorities = Towarzyszenie w urzędach, na policji i w sądzie
care-service-interpretation = Tłumaczenie ustne i mediacja międzykulturowa
care-service-education_and_vocational_training = Edukacja i szkolenia zawodowe
care-service-material_aid = Pomoc humanitarna i materialna
care-service-return_and_reintegration = Dobrowolny powrót i reintegracja
care-service-transport = Transport
care-service-family_counselling = Poradnictwo rodzinne
care-service-residence_and_labour_law_interventions = Interwencje w sprawach pobytu i prawa pracy
care-service-missing_persons_search = Poszukiwanie osób zaginionych
care-service-migrant_consultation = Konsultacje dla migrantów w ich językach

care-service-state-planned = Zaplanowana
care-service-state-delivered = Zrealizowana
care-service-state-cancelled = Anulowana

# Consent
consent-purpose-processing = Przetwarzanie danych osobowych w celu udzielenia pomocy
consent-purpose-referral = Przekazanie do innej organizacji
consent-purpose-authorities = Udostępnienie informacji organom władzy
consent-purpose-statistics = Wykorzystanie w zanonimizowanych statystykach
consent-purpose-tracing = Poszukiwanie członków rodziny

consent-method-written = Na piśmie
consent-method-oral_witnessed = Ustnie, w obecności świadka
consent-method-electronic = Elektronicznie

consent-given-by-person = Sama osoba
consent-given-by-guardian = Opiekun prawny lub przedstawiciel ustawowy

consent-state-requested = Poproszono o zgodę
consent-state-given = Udzielona
consent-state-refused = Odmówiona
consent-state-withdrawn = Wycofana
consent-state-expired = Wygasła

approval-pending = Oczekuje na zatwierdzenie
approval-approved = Zatwierdzono
approval-rejected = Odrzucono

case-timeline-opened = Sprawa otwarta
case-timeline-status_changed = Zmieniono status
case-timeline-phase_changed = Zmieniono etap
case-timeline-lead_changed = Zmieniono osobę prowadzącą
case-timeline-details_changed = Zmieniono dane
case-timeline-glass_broken = Otwarta przez pracownika nieprzypisanego do sprawy (dostęp awaryjny)

case-document-type-passport = Paszport
case-document-type-national_id = Dowód osobisty
case-document-type-residence_permit = Zezwolenie na pobyt
case-document-type-birth_certificate = Akt urodzenia
case-document-type-other = Inny dokument
case-error-lead = Wybierz pracownika swojej organizacji, który prowadzi sprawy.
case-error-not-on-opening = Nowa sprawa otwiera się jako aktywna, na etapie identyfikacji: status i etap zmieniają się później.

# Ekrany spraw
staff-nav-cases = Sprawy
staff-task-cases = Otwórz sprawę osoby, której pomagasz, śledź jej status i etap oraz znajduj swoje sprawy.
cases-title = Sprawy
cases-new = Otwórz sprawę
cases-new-title = Nowa sprawa
cases-new-hint = Tylko kody: nic tutaj nie wskazuje osoby. Pozostałe listy mogą poczekać, aż dowiesz się więcej.
cases-case-title = Sprawa
cases-code = Kod sprawy
cases-opened-from = Otwarta od
cases-opened-until = Otwarta do
cases-opened-on = Data otwarcia
cases-total = { $count ->
    [one] Jedna sprawa
    [few] { $count } sprawy
    [many] { $count } spraw
   *[other] { $count } sprawy
}
cases-empty = Żadna sprawa nie pasuje do tych filtrów. Otwórz nową przyciskiem „Otwórz sprawę”.
cases-filter-invalid = Nie zrozumiano tego filtra: { $field }.
cases-filter-page = Strona
cases-more = Co jeszcze wiadomo (formy wykorzystania seksualnego, branże, metody kontroli i werbunku, czynniki podatności)
cases-open-case = Otwórz sprawę
cases-save = Zapisz sprawę
cases-saved = Sprawa została zapisana.
cases-invalid = Niektóre wartości są nieprawidłowe; zobacz komunikaty przy polach.
cases-stale = Ktoś zmienił tę sprawę, gdy ją edytowałeś. Twoje dane są zachowane poniżej: porównaj je ze zmianami i zapisz ponownie.
cases-changed-meanwhile = Co sprawa zawiera teraz
cases-timeline = Przebieg
cases-when-in = Kiedy (czas w { $zone })
cases-what = Co się stało
cases-who = Kto
cases-glass-breaks = Otwarta przez pracowników nieprzypisanych do sprawy
cases-glass-none = Żaden pracownik spoza sprawy jej nie otwierał.
cases-edit = Zmień sprawę
cases-open-title = Otwórz sprawę według kodu
cases-open-explained = Możesz na 12 godzin otworzyć sprawę swojej organizacji, do której nie jesteś przypisany, gdy potrzebujesz jej teraz. Podaj jej kod i powód: prowadzący sprawę i twoi administratorzy zobaczą jedno i drugie.
cases-open-reason = Powód
cases-open-reason-length = Podaj powód o długości od 10 do 500 znaków.
cases-open-no-such-case = W twojej organizacji nie ma takiej sprawy.
cases-open-submit = Otwórz sprawę na 12 godzin
case-field-lead_worker = Prowadzący sprawę
case-field-status = Status
case-field-phase = Etap
case-field-gender = Płeć
case-field-age_band = Wiek w chwili identyfikacji
case-field-citizenship = Obywatelstwo
case-field-residence = Kraj zamieszkania
case-field-trafficking_status = Status w zakresie handlu ludźmi
case-field-identified_by = Zidentyfikowana przez
case-field-exploitation_types = Formy wykorzystania
case-field-sex_exploitation_types = Formy wykorzystania seksualnego
case-field-forced_labour_industries = Branże pracy przymusowej
case-field-methods_of_control = Metody kontroli
case-field-methods_of_recruitment = Metody werbunku
case-field-vulnerabilities = Czynniki podatności
case-timeline-identity_changed = Zmieniono tożsamość
