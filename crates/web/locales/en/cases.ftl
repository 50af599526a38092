## Case files: the labels of a case's codes (HTCDS 2.0 where it has a list); English.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

# HTCDS prs_Gender
gender-Feminine = Female
gender-Masculine = Male
gender-TransgenderFeminine = Transgender female
gender-TransgenderMasculine = Transgender male
gender-NonConforming = Gender non-conforming
gender-NonSpecifiedUnknown = Not specified or unknown

# HTCDS vic_TraffickingStatus
trafficking-status-PossibleVictimOfTrafficking = Possible victim of trafficking
trafficking-status-ActualVictimOfTrafficking = Identified victim of trafficking
trafficking-status-NotAVictimOfTrafficking = Not a victim of trafficking

# HTCDS vic_TraffickingStatusDecisionMakingOrg
identified-by-Police = Police
identified-by-NGO = Non-governmental organisation
identified-by-CourtOrProsecution = Court or prosecution
identified-by-NonPoliceGovernmentalOrganization = Government authority other than the police
identified-by-Other = Other

# HTCDS vic_MethodOfRecruitment
recruitment-AtAPlaceOfBusiness = At a place of business
recruitment-AtAnEducationalInstitution = At a school or other place of education
recruitment-AtWork = At work
recruitment-ThroughOnlineSocialNetworks = Through online social networks
recruitment-ThroughAnOnlineAdvertisement = Through an online advertisement
recruitment-ThroughATelevisionAdvert = Through a television advertisement
recruitment-ThroughANewspaperAdvert = Through a newspaper advertisement
recruitment-ThroughFamilyOrFamilyEvents = Through family or family events
recruitment-ThroughFriendsOrSocialEvents = Through friends or social events
recruitment-Other = Other

# HTCDS vic_MethodsOfControl
control-PhysicalThreats = Threats of violence
control-ThreatsLawEnforcement = Threats of being reported to the police or authorities
control-ThreatensChildrenFamily = Threats against children or family
control-DebtBondage = Debt bondage
control-FalsePromises = False promises
control-PhysicalAbuse = Physical violence
control-SexualAbuse = Sexual violence
control-TakesEarnings = Earnings taken
control-RestrictsFinancialAccess = Access to money restricted
control-RestrictsMedicalCare = Access to medical care restricted
control-WithholdsNecessities = Food, sleep or other necessities withheld
control-PsychologicalAbuse = Psychological abuse
control-PsychoactiveSubstance = Alcohol or drugs used for control
control-ExcessiveWorkingHours = Excessive working hours
control-WithholdsDocuments = Identity or travel documents withheld
control-Other = Other

# HTCDS vic_TypeOfSexExploitation
sex-exploitation-Prostitution = Exploitation in prostitution
sex-exploitation-Pornography = Exploitation in pornography
sex-exploitation-RemoteInteractiveServices = Remote interactive sexual services (webcam, online)
sex-exploitation-PrivateSexualServices = Private sexual services

# HTCDS vic_ForcedLabourIndustry: ISIC rev. 4 sections
industry-A_AgricultureForestryAndFishing = A. Agriculture, forestry and fishing
industry-B_MiningAndQuarrying = B. Mining and quarrying
industry-C_Manufacturing = C. Manufacturing
industry-D_ElectricityGasSteamAndAirConditioningSupply = D. Electricity, gas, steam and air conditioning supply
industry-E_WaterSupplySewerageWasteManagement = E. Water supply; sewerage, waste management and remediation
industry-F_Construction = F. Construction
industry-G_WholesaleAndRetailTradeRepairOfMotorVehicles = G. Wholesale and retail trade; repair of motor vehicles and motorcycles
industry-H_TransportationAndStorage = H. Transportation and storage
industry-I_AccommodationAndFoodServiceActivities = I. Accommodation and food service activities
industry-J_InformationAndCommunication = J. Information and communication
industry-K_FinancialAndInsuranceActivities = K. Financial and insurance activities
industry-L_RealEstateActivities = L. Real estate activities
industry-M_ProfessionalScientificAndTechnicalActivities = M. Professional, scientific and technical activities
industry-N_AdministrativeAndSupportServiceActivities = N. Administrative and support service activities
industry-O_PublicAdministrationAndDefence = O. Public administration and defence; compulsory social security
industry-P_Education = P. Education
industry-Q_HumanHealthAndSocialWorkActivities = Q. Human health and social work activities
industry-R_ArtsEntertainmentAndRecreation = R. Arts, entertainment and recreation
industry-S_OtherServiceActivities = S. Other service activities
industry-T_ActivitiesOfHouseholdsAsEmployers = T. Activities of households as employers, including domestic work
industry-U_ActivitiesOfExtraterritorialOrganizations = U. Activities of extraterritorial organisations and bodies

# HTCDS vic_Vulnerabilities
vulnerability-Addiction = Addiction
vulnerability-SocialGroup = Belonging to a marginalised social group
vulnerability-Discrimination = Discrimination
vulnerability-Poverty = Poverty
vulnerability-DisabilityAndPhysicalHealth = Disability or physical health condition
vulnerability-MentalHealth = Mental health condition
vulnerability-Migration = Migration
vulnerability-Homelessness = Homelessness
vulnerability-AbuseSocialMedia = Abuse through social media
vulnerability-AbusePhysical = Physical abuse
vulnerability-Education = Limited access to education
vulnerability-WorkEnvironment = Precarious working conditions

# HTCDS cas_Status
case-status-Active = Active
case-status-FollowUp = Follow-up
case-status-Closed = Closed
case-status-ClosedReferred = Closed after referral

# HTCDS hte_Type
event-kind-Recruitment = Recruitment
event-kind-Transit = Transit
event-kind-Exploitation = Exploitation

# HTCDS spl_Type
support-plan-Education = Education
support-plan-Financial = Financial support
support-plan-Health = Health
support-plan-LabourExploitationRehabilitation = Recovery after labour exploitation
support-plan-Legal = Legal support
support-plan-Livelihood = Livelihood
support-plan-RightsBasedTraining = Training on rights
support-plan-SexualExploitationRehabilitation = Recovery after sexual exploitation
support-plan-SocialCare = Social care

# CTDC's age bands
age-band-0-8 = 0 to 8 years
age-band-9-17 = 9 to 17 years
age-band-18-20 = 18 to 20 years
age-band-21-23 = 21 to 23 years
age-band-24-26 = 24 to 26 years
age-band-27-29 = 27 to 29 years
age-band-30-38 = 30 to 38 years
age-band-39-47 = 39 to 47 years
age-band-48plus = 48 years and over

# The phases of the TRM-EU guidelines
case-phase-identification = Identification
case-phase-first_assistance_and_protection = First assistance and protection
case-phase-long_term_assistance_and_social_inclusion = Long-term assistance and social inclusion
case-phase-return_and_social_inclusion = Return and social inclusion
case-phase-criminal_and_civil_proceedings = Criminal and civil proceedings

# The services of a care plan
care-service-shelter = Safe housing and shelter
care-service-medical_care = Medical care
care-service-psychosocial_support = Psychosocial support
care-service-legal_advice_and_representation = Legal advice and representation
care-service-accompaniment_to_authorities = Accompaniment to authorities, police and court
care-service-interpretation = Interpretation and cultural mediation
care-service-education_and_vocational_training = Education and vocational training
care-service-material_aid = Humanitarian and material aid
care-service-return_and_reintegration = Voluntary return and reintegration
care-service-transport = Transport
care-service-family_counselling = Family counselling
care-service-residence_and_labour_law_interventions = Residence and labour law interventions
care-service-missing_persons_search = Search for missing persons
care-service-migrant_consultation = Consultation for migrants in their languages

care-service-state-planned = Planned
care-service-state-delivered = Delivered
care-service-state-cancelled = Cancelled

# Consent
consent-purpose-processing = Processing of personal data for assistance
consent-purpose-referral = Referral to another organisation
consent-purpose-authorities = Sharing information with the authorities
consent-purpose-statistics = Use in anonymised statistics
consent-purpose-tracing = Tracing of family members

consent-method-written = In writing
consent-method-oral_witnessed = Orally, before a witness
consent-method-electronic = Electronically

consent-given-by-person = The person themselves
consent-given-by-guardian = A guardian or legal representative

consent-state-requested = Requested
consent-state-given = Given
consent-state-refused = Refused
consent-state-withdrawn = Withdrawn
consent-state-expired = Expired

approval-pending = Awaiting approval
approval-approved = Approved
approval-rejected = Rejected

case-timeline-opened = Case opened
case-timeline-status_changed = Status changed
case-timeline-phase_changed = Phase changed
case-timeline-lead_changed = Lead worker changed
case-timeline-details_changed = Details changed
case-timeline-glass_broken = Opened by a worker not assigned to it (break the glass)

case-document-type-passport = Passport
case-document-type-national_id = National identity card
case-document-type-residence_permit = Residence permit
case-document-type-birth_certificate = Birth certificate
case-document-type-other = Other document
case-error-lead = Choose a worker of your organisation who works on cases.
case-error-not-on-opening = A new case opens active, in identification: its status and phase change later.

# The case screens
staff-nav-cases = Case files
staff-task-cases = Open a case file for a person you assist, follow its status and phase, and find your cases.
cases-title = Case files
cases-new = Open a case
cases-new-title = New case file
cases-new-hint = Only codes: nothing here names the person. The other lists can wait until you know more.
cases-case-title = Case
cases-code = Case code
cases-opened-from = Opened from
cases-opened-until = Opened until
cases-opened-on = Opened on
cases-total = { $count ->
    [one] One case
   *[other] { $count } cases
}
cases-empty = No case matches these filters. Open one with "Open a case".
cases-filter-invalid = This filter was not understood: { $field }.
cases-filter-page = Page
cases-more = What else is known (forms of sexual exploitation, industries, methods of control and recruitment, vulnerabilities)
cases-open-case = Open the case
cases-save = Save the case
cases-saved = The case was saved.
cases-invalid = Some values are not valid; see the messages next to the fields.
cases-stale = Someone changed this case while you were editing it. Your input is kept below: check it against what changed, then save again.
cases-changed-meanwhile = What the case now holds
cases-timeline = Timeline
cases-when-in = When (time in { $zone })
cases-what = What happened
cases-who = Who
cases-glass-breaks = Opened by workers not assigned to it
cases-glass-none = No worker outside the case has opened it.
cases-edit = Change the case
cases-open-title = Open a case by its code
cases-open-explained = You may open a case of your organisation that you are not assigned to, for 12 hours, when you need it now. Give its code and your reason: the case's lead worker and your administrators will see both.
cases-open-reason = Reason
cases-open-reason-length = Give a reason of 10 to 500 characters.
cases-open-no-such-case = There is no such case in your organisation.
cases-open-submit = Open the case for 12 hours
case-field-lead_worker = Lead worker
case-field-status = Status
case-field-phase = Phase
case-field-gender = Gender
case-field-age_band = Age at identification
case-field-citizenship = Citizenship
case-field-residence = Country of residence
case-field-trafficking_status = Trafficking status
case-field-identified_by = Identified by
case-field-exploitation_types = Forms of exploitation
case-field-sex_exploitation_types = Forms of sexual exploitation
case-field-forced_labour_industries = Industries of forced labour
case-field-methods_of_control = Methods of control
case-field-methods_of_recruitment = Methods of recruitment
case-field-vulnerabilities = Vulnerabilities
case-timeline-identity_changed = Identity changed
