## Case files: the labels of a case's codes (HTCDS 2.0 where it has a list); Romanian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

# HTCDS prs_Gender
gender-Feminine = Feminin
gender-Masculine = Masculin
gender-TransgenderFeminine = Femeie transgender
gender-TransgenderMasculine = Bărbat transgender
gender-NonConforming = Nonconformitate de gen
gender-NonSpecifiedUnknown = Nespecificat sau necunoscut

# HTCDS vic_TraffickingStatus
trafficking-status-PossibleVictimOfTrafficking = Posibilă victimă a traficului de persoane
trafficking-status-ActualVictimOfTrafficking = Victimă identificată a traficului de persoane
trafficking-status-NotAVictimOfTrafficking = Nu este victimă a traficului de persoane

# HTCDS vic_TraffickingStatusDecisionMakingOrg
identified-by-Police = Poliția
identified-by-NGO = Organizație neguvernamentală
identified-by-CourtOrProsecution = Instanța sau parchetul
identified-by-NonPoliceGovernmentalOrganization = O autoritate publică, alta decât poliția
identified-by-Other = Altcineva

# HTCDS vic_MethodOfRecruitment
recruitment-AtAPlaceOfBusiness = Într-un local sau spațiu comercial
recruitment-AtAnEducationalInstitution = La școală sau într-o altă instituție de învățământ
recruitment-AtWork = La locul de muncă
recruitment-ThroughOnlineSocialNetworks = Prin rețele de socializare online
recruitment-ThroughAnOnlineAdvertisement = Printr-un anunț online
recruitment-ThroughATelevisionAdvert = Printr-un anunț la televizor
recruitment-ThroughANewspaperAdvert = Printr-un anunț în ziar
recruitment-ThroughFamilyOrFamilyEvents = Prin familie sau la evenimente de familie
recruitment-ThroughFriendsOrSocialEvents = Prin prieteni sau la evenimente sociale
recruitment-Other = Alt mod

# HTCDS vic_MethodsOfControl
control-PhysicalThreats = Amenințări cu violența
control-ThreatsLawEnforcement = Amenințări cu denunțarea la poliție sau la autorități
control-ThreatensChildrenFamily = Amenințări la adresa copiilor sau a familiei
control-DebtBondage = Servitute pentru datorii
control-FalsePromises = Promisiuni false
control-PhysicalAbuse = Violență fizică
control-SexualAbuse = Violență sexuală
control-TakesEarnings = Confiscarea câștigurilor
control-RestrictsFinancialAccess = Restricționarea accesului la bani
control-RestrictsMedicalCare = Restricționarea accesului la îngrijiri medicale
control-WithholdsNecessities = Privarea de hrană, somn sau alte nevoi de bază
control-PsychologicalAbuse = Abuz psihologic
control-PsychoactiveSubstance = Alcool sau droguri folosite pentru control
control-ExcessiveWorkingHours = Program de lucru excesiv
control-WithholdsDocuments = Reținerea actelor de identitate sau de călătorie
control-Other = Alt mijloc

# HTCDS vic_TypeOfSexExploitation
sex-exploitation-Prostitution = Exploatare prin prostituție
sex-exploitation-Pornography = Exploatare în pornografie
sex-exploitation-RemoteInteractiveServices = Servicii sexuale interactive la distanță (webcam, online)
sex-exploitation-PrivateSexualServices = Servicii sexuale private

# HTCDS vic_ForcedLabourIndustry: ISIC rev. 4 sections
industry-A_AgricultureForestryAndFishing = A. Agricultură, silvicultură și pescuit
industry-B_MiningAndQuarrying = B. Industria extractivă
industry-C_Manufacturing = C. Industria prelucrătoare
industry-D_ElectricityGasSteamAndAirConditioningSupply = D. Producția și furnizarea de energie electrică și termică, gaze, apă caldă și aer condiționat
industry-E_WaterSupplySewerageWasteManagement = E. Distribuția apei; salubritate, gestionarea deșeurilor, activități de decontaminare
industry-F_Construction = F. Construcții
industry-G_WholesaleAndRetailTradeRepairOfMotorVehicles = G. Comerț cu ridicata și cu amănuntul; repararea autovehiculelor și motocicletelor
industry-H_TransportationAndStorage = H. Transport și depozitare
industry-I_AccommodationAndFoodServiceActivities = I. Hoteluri și restaurante
industry-J_InformationAndCommunication = J. Informații și comunicații
industry-K_FinancialAndInsuranceActivities = K. Intermedieri financiare și asigurări
industry-L_RealEstateActivities = L. Tranzacții imobiliare
industry-M_ProfessionalScientificAndTechnicalActivities = M. Activități profesionale, științifice și tehnice
industry-N_AdministrativeAndSupportServiceActivities = N. Activități de servicii administrative și activități de servicii suport
industry-O_PublicAdministrationAndDefence = O. Administrație publică și apărare; asigurări sociale din sistemul public
industry-P_Education = P. Învățământ
industry-Q_HumanHealthAndSocialWorkActivities = Q. Sănătate și asistență socială
industry-R_ArtsEntertainmentAndRecreation = R. Activități de spectacole, culturale și recreative
industry-S_OtherServiceActivities = S. Alte activități de servicii
industry-T_ActivitiesOfHouseholdsAsEmployers = T. Activități ale gospodăriilor private în calitate de angajator, inclusiv munca domestică
industry-U_ActivitiesOfExtraterritorialOrganizations = U. Activități ale organizațiilor și organismelor extrateritoriale

# HTCDS vic_Vulnerabilities
vulnerability-Addiction = Dependență
vulnerability-SocialGroup = Apartenența la un grup social marginalizat
vulnerability-Discrimination = Discriminare
vulnerability-Poverty = Sărăcie
vulnerability-DisabilityAndPhysicalHealth = Dizabilitate sau problemă de sănătate fizică
vulnerability-MentalHealth = Problemă de sănătate mintală
vulnerability-Migration = Migrație
vulnerability-Homelessness = Lipsa unei locuințe
vulnerability-AbuseSocialMedia = Abuz prin rețelele de socializare
vulnerability-AbusePhysical = Abuz fizic
vulnerability-Education = Acces limitat la educație
vulnerability-WorkEnvironment = Condiții de muncă precare

# HTCDS cas_Status
case-status-Active = Activ
case-status-FollowUp = În monitorizare
case-status-Closed = Închis
case-status-ClosedReferred = Închis după referire

# HTCDS hte_Type
event-kind-Recruitment = Recrutare
event-kind-Transit = Tranzit
event-kind-Exploitation = Exploatare

# HTCDS spl_Type
support-plan-Education = Educație
support-plan-Financial = Sprijin financiar
support-plan-Health = Sănătate
support-plan-LabourExploitationRehabilitation = Recuperare după exploatarea prin muncă
support-plan-Legal = Sprijin juridic
support-plan-Livelihood = Mijloace de trai
support-plan-RightsBasedTraining = Instruire privind drepturile
support-plan-SexualExploitationRehabilitation = Recuperare după exploatarea sexuală
support-plan-SocialCare = Asistență socială

# CTDC's age bands
age-band-0-8 = 0–8 ani
age-band-9-17 = 9–17 ani
age-band-18-20 = 18–20 de ani
age-band-21-23 = 21–23 de ani
age-band-24-26 = 24–26 de ani
age-band-27-29 = 27–29 de ani
age-band-30-38 = 30–38 de ani
age-band-39-47 = 39–47 de ani
age-band-48plus = 48 de ani și peste

# The phases of the TRM-EU guidelines
case-phase-identification = Identificare
case-phase-first_assistance_and_protection = Primă asistență și protecție
case-phase-long_term_assistance_and_social_inclusion = Asistență pe termen lung și incluziune socială
case-phase-return_and_social_inclusion = Întoarcere și incluziune socială
case-phase-criminal_and_civil_proceedings = Proceduri penale și civile

# The services of a care plan
care-service-shelter = Locuință sigură și adăpost
care-service-medical_care = Asistență medicală
care-service-psychosocial_support = Sprijin psihosocial
care-service-legal_advice_and_representation = Consiliere juridică și reprezentare
care-service-accompaniment_to_authorities = Însoțire la autorități, la poliție și în instanță
care-service-interpretation = Interpretariat și mediere culturală
care-service-education_and_vocational_training = Educație și formare profesională
care-service-material_aid = Ajutor umanitar și material
care-service-return_and_reintegration = Întoarcere voluntară și reintegrare
care-service-transport = Transport
care-service-family_counselling = Consiliere familială
care-service-residence_and_labour_law_interventions = Intervenții privind dreptul de ședere și dreptul muncii
care-service-missing_persons_search = Căutarea persoanelor dispărute
care-service-migrant_consultation = Consiliere pentru migranți în limbile lor

care-service-state-planned = Planificat
care-service-state-delivered = Acordat
care-service-state-cancelled = Anulat

# Consent
consent-purpose-processing = Prelucrarea datelor personale pentru asistență
consent-purpose-referral = Referirea către o altă organizație
consent-purpose-authorities = Transmiterea informațiilor către autorități
consent-purpose-statistics = Folosirea în statistici anonimizate
consent-purpose-tracing = Căutarea membrilor familiei

consent-method-written = În scris
consent-method-oral_witnessed = Verbal, în prezența unui martor
consent-method-electronic = Electronic

consent-given-by-person = Persoana însăși
consent-given-by-guardian = Un tutore sau reprezentant legal

consent-state-requested = Solicitat
consent-state-given = Acordat
consent-state-refused = Refuzat
consent-state-withdrawn = Retras
consent-state-expired = Expirat

approval-pending = În așteptarea aprobării
approval-approved = Aprobat
approval-rejected = Respins

case-timeline-opened = Caz deschis
case-timeline-status_changed = Statut schimbat
case-timeline-phase_changed = Etapă schimbată
case-timeline-lead_changed = Responsabil de caz schimbat
case-timeline-details_changed = Detalii modificate
case-timeline-glass_broken = Deschis de un lucrător care nu este alocat cazului (acces de urgență)

case-document-type-passport = Pașaport
case-document-type-national_id = Carte de identitate
case-document-type-residence_permit = Permis de ședere
case-document-type-birth_certificate = Certificat de naștere
case-document-type-other = Alt document
case-error-lead = Alegeți un lucrător al organizației dumneavoastră care lucrează cu cazuri.
case-error-not-on-opening = Un caz nou se deschide activ, în etapa de identificare: statutul și etapa se schimbă ulterior.

# Ecranele dosarelor
staff-nav-cases = Dosare de caz
staff-task-cases = Deschideți un dosar pentru o persoană pe care o asistați, urmăriți-i statutul și etapa și găsiți-vă dosarele.
cases-title = Dosare de caz
cases-new = Deschideți un dosar
cases-new-title = Dosar nou
cases-new-hint = Doar coduri: nimic de aici nu numește persoana. Celelalte liste pot aștepta până aflați mai multe.
cases-case-title = Dosar
cases-code = Codul dosarului
cases-opened-from = Deschis începând cu
cases-opened-until = Deschis până la
cases-opened-on = Deschis la
cases-total = { $count ->
    [one] Un dosar
    [few] { $count } dosare
   *[other] { $count } de dosare
}
cases-empty = Niciun dosar nu corespunde acestor filtre. Deschideți unul cu „Deschideți un dosar”.
cases-filter-invalid = Acest filtru nu a fost înțeles: { $field }.
cases-filter-page = Pagina
cases-more = Ce se mai știe (forme de exploatare sexuală, domenii de activitate, metode de control și de recrutare, vulnerabilități)
cases-open-case = Deschideți dosarul
cases-save = Salvați dosarul
cases-saved = Dosarul a fost salvat.
cases-invalid = Unele valori nu sunt valide; vedeți mesajele de lângă câmpuri.
cases-stale = Cineva a modificat acest dosar în timp ce îl editați. Datele introduse de dumneavoastră sunt păstrate mai jos: comparați-le cu ce s-a schimbat, apoi salvați din nou.
cases-changed-meanwhile = Ce conține acum dosarul
cases-timeline = Cronologie
cases-when-in = Când (ora din { $zone })
cases-what = Ce s-a întâmplat
cases-who = Cine
cases-glass-breaks = Deschis de lucrători care nu sunt repartizați pe dosar
cases-glass-none = Niciun lucrător din afara dosarului nu l-a deschis.
cases-edit = Modificați dosarul
cases-open-title = Deschideți un dosar după cod
cases-open-explained = Puteți deschide, pentru 12 ore, un dosar al organizației dumneavoastră pe care nu sunteți repartizat, atunci când aveți nevoie de el acum. Indicați codul și motivul: lucrătorul responsabil de dosar și administratorii dumneavoastră le vor vedea pe amândouă.
cases-open-reason = Motivul
cases-open-reason-length = Indicați un motiv de 10 până la 500 de caractere.
cases-open-no-such-case = Nu există un astfel de dosar în organizația dumneavoastră.
cases-open-submit = Deschideți dosarul pentru 12 ore
case-field-lead_worker = Lucrător responsabil
case-field-status = Statut
case-field-phase = Etapă
case-field-gender = Gen
case-field-age_band = Vârsta la identificare
case-field-citizenship = Cetățenie
case-field-residence = Țara de reședință
case-field-trafficking_status = Statutul privind traficul
case-field-identified_by = Identificat de
case-field-exploitation_types = Forme de exploatare
case-field-sex_exploitation_types = Forme de exploatare sexuală
case-field-forced_labour_industries = Domenii ale muncii forțate
case-field-methods_of_control = Metode de control
case-field-methods_of_recruitment = Metode de recrutare
case-field-vulnerabilities = Vulnerabilități
case-timeline-identity_changed = Identitatea a fost modificată
