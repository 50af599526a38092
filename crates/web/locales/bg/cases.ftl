## Case files: the labels of a case's codes (HTCDS 2.0 where it has a list); Bulgarian.
## Every language has this file with the keys of the English one (a test checks). Keep
## messages as whole sentences: translators need them whole.

# HTCDS prs_Gender
gender-Feminine = Женски
gender-Masculine = Мъжки
gender-TransgenderFeminine = Трансджендър жена
gender-TransgenderMasculine = Трансджендър мъж
gender-NonConforming = Неконформна полова идентичност
gender-NonSpecifiedUnknown = Не е посочен или е неизвестен

# HTCDS vic_TraffickingStatus
trafficking-status-PossibleVictimOfTrafficking = Възможна жертва на трафик на хора
trafficking-status-ActualVictimOfTrafficking = Идентифицирана жертва на трафик на хора
trafficking-status-NotAVictimOfTrafficking = Не е жертва на трафик на хора

# HTCDS vic_TraffickingStatusDecisionMakingOrg
identified-by-Police = Полиция
identified-by-NGO = Неправителствена организация
identified-by-CourtOrProsecution = Съд или прокуратура
identified-by-NonPoliceGovernmentalOrganization = Държавен орган, различен от полицията
identified-by-Other = Друго

# HTCDS vic_MethodOfRecruitment
recruitment-AtAPlaceOfBusiness = В заведение или търговски обект
recruitment-AtAnEducationalInstitution = В училище или друго учебно заведение
recruitment-AtWork = На работното място
recruitment-ThroughOnlineSocialNetworks = Чрез социални мрежи
recruitment-ThroughAnOnlineAdvertisement = Чрез обява в интернет
recruitment-ThroughATelevisionAdvert = Чрез реклама по телевизията
recruitment-ThroughANewspaperAdvert = Чрез обява във вестник
recruitment-ThroughFamilyOrFamilyEvents = Чрез семейството или на семейни събития
recruitment-ThroughFriendsOrSocialEvents = Чрез приятели или на обществени събития
recruitment-Other = Друго

# HTCDS vic_MethodsOfControl
control-PhysicalThreats = Заплахи с насилие
control-ThreatsLawEnforcement = Заплахи за подаване на сигнал в полицията или до властите
control-ThreatensChildrenFamily = Заплахи към децата или семейството
control-DebtBondage = Дългово робство
control-FalsePromises = Лъжливи обещания
control-PhysicalAbuse = Физическо насилие
control-SexualAbuse = Сексуално насилие
control-TakesEarnings = Отнемане на заработеното
control-RestrictsFinancialAccess = Ограничаване на достъпа до пари
control-RestrictsMedicalCare = Ограничаване на достъпа до медицинска помощ
control-WithholdsNecessities = Лишаване от храна, сън или други жизненоважни неща
control-PsychologicalAbuse = Психологическо насилие
control-PsychoactiveSubstance = Алкохол или наркотици като средство за контрол
control-ExcessiveWorkingHours = Прекомерно дълго работно време
control-WithholdsDocuments = Отнемане на документите за самоличност или за пътуване
control-Other = Друго

# HTCDS vic_TypeOfSexExploitation
sex-exploitation-Prostitution = Експлоатация чрез проституция
sex-exploitation-Pornography = Експлоатация в порнография
sex-exploitation-RemoteInteractiveServices = Дистанционни интерактивни сексуални услуги (уеб камера, онлайн)
sex-exploitation-PrivateSexualServices = Частни сексуални услуги

# HTCDS vic_ForcedLabourIndustry: ISIC rev. 4 sections
industry-A_AgricultureForestryAndFishing = A. Селско, горско и рибно стопанство
industry-B_MiningAndQuarrying = B. Добивна промишленост
industry-C_Manufacturing = C. Преработваща промишленост
industry-D_ElectricityGasSteamAndAirConditioningSupply = D. Производство и разпределение на електрическа и топлинна енергия и на газ
industry-E_WaterSupplySewerageWasteManagement = E. Доставяне на води; канализационни услуги, управление на отпадъци и възстановяване
industry-F_Construction = F. Строителство
industry-G_WholesaleAndRetailTradeRepairOfMotorVehicles = G. Търговия на едро и дребно; ремонт на автомобили и мотоциклети
industry-H_TransportationAndStorage = H. Транспорт и складиране
industry-I_AccommodationAndFoodServiceActivities = I. Хотелиерство и ресторантьорство
industry-J_InformationAndCommunication = J. Информация и комуникации
industry-K_FinancialAndInsuranceActivities = K. Финансови и застрахователни дейности
industry-L_RealEstateActivities = L. Операции с недвижими имоти
industry-M_ProfessionalScientificAndTechnicalActivities = M. Професионални, научни и технически дейности
industry-N_AdministrativeAndSupportServiceActivities = N. Административни и спомагателни дейности
industry-O_PublicAdministrationAndDefence = O. Държавно управление и отбрана; задължително обществено осигуряване
industry-P_Education = P. Образование
industry-Q_HumanHealthAndSocialWorkActivities = Q. Хуманно здравеопазване и социална работа
industry-R_ArtsEntertainmentAndRecreation = R. Култура, спорт и развлечения
industry-S_OtherServiceActivities = S. Други дейности, некласифицирани другаде
industry-T_ActivitiesOfHouseholdsAsEmployers = T. Дейности на домакинства като работодатели, включително домашен труд
industry-U_ActivitiesOfExtraterritorialOrganizations = U. Дейности на екстериториални организации и служби

# HTCDS vic_Vulnerabilities
vulnerability-Addiction = Зависимост
vulnerability-SocialGroup = Принадлежност към маргинализирана социална група
vulnerability-Discrimination = Дискриминация
vulnerability-Poverty = Бедност
vulnerability-DisabilityAndPhysicalHealth = Увреждане или проблеми с физическото здраве
vulnerability-MentalHealth = Проблеми с психичното здраве
vulnerability-Migration = Миграция
vulnerability-Homelessness = Липса на жилище
vulnerability-AbuseSocialMedia = Насилие чрез социалните мрежи
vulnerability-AbusePhysical = Физическо насилие
vulnerability-Education = Ограничен достъп до образование
vulnerability-WorkEnvironment = Несигурни условия на труд

# HTCDS cas_Status
case-status-Active = Активен
case-status-FollowUp = Последващо проследяване
case-status-Closed = Приключен
case-status-ClosedReferred = Приключен след насочване

# HTCDS hte_Type
event-kind-Recruitment = Набиране
event-kind-Transit = Транзит
event-kind-Exploitation = Експлоатация

# HTCDS spl_Type
support-plan-Education = Образование
support-plan-Financial = Финансова подкрепа
support-plan-Health = Здраве
support-plan-LabourExploitationRehabilitation = Възстановяване след трудова експлоатация
support-plan-Legal = Правна подкрепа
support-plan-Livelihood = Средства за препитание
support-plan-RightsBasedTraining = Обучение за правата
support-plan-SexualExploitationRehabilitation = Възстановяване след сексуална експлоатация
support-plan-SocialCare = Социални грижи

# CTDC's age bands
age-band-0-8 = 0–8 години
age-band-9-17 = 9–17 години
age-band-18-20 = 18–20 години
age-band-21-23 = 21–23 години
age-band-24-26 = 24–26 години
age-band-27-29 = 27–29 години
age-band-30-38 = 30–38 години
age-band-39-47 = 39–47 години
age-band-48plus = 48 и повече години

# The phases of the TRM-EU guidelines
case-phase-identification = Идентификация
case-phase-first_assistance_and_protection = Първоначална помощ и защита
case-phase-long_term_assistance_and_social_inclusion = Дългосрочна помощ и социално включване
case-phase-return_and_social_inclusion = Завръщане и социално включване
case-phase-criminal_and_civil_proceedings = Наказателно и гражданско производство

# The services of a care plan
care-service-shelter = Безопасно настаняване и подслон
care-service-medical_care = Медицинска помощ
care-service-psychosocial_support = Психосоциална подкрепа
care-service-legal_advice_and_representation = Правни консултации и процесуално представителство
care-service-accompaniment_to_authorities = Придружаване до институции, полиция и съд
care-service-interpretation = Устен превод и културно посредничество
care-service-education_and_vocational_training = Образование и професионално обучение
care-service-material_aid = Хуманитарна и материална помощ
care-service-return_and_reintegration = Доброволно завръщане и реинтеграция
care-service-transport = Транспорт
care-service-family_counselling = Семейно консултиране
care-service-residence_and_labour_law_interventions = Съдействие по въпроси на пребиваването и трудовото право
care-service-missing_persons_search = Издирване на изчезнали хора
care-service-migrant_consultation = Консултации за мигранти на техните езици

care-service-state-planned = Планирана
care-service-state-delivered = Предоставена
care-service-state-cancelled = Отменена

# Consent
consent-purpose-processing = Обработване на лични данни за предоставяне на помощ
consent-purpose-referral = Насочване към друга организация
consent-purpose-authorities = Предоставяне на информация на властите
consent-purpose-statistics = Използване в анонимизирана статистика
consent-purpose-tracing = Издирване на членове на семейството

consent-method-written = Писмено
consent-method-oral_witnessed = Устно, пред свидетел
consent-method-electronic = По електронен път

consent-given-by-person = Самото лице
consent-given-by-guardian = Настойник или законен представител

consent-state-requested = Поискано
consent-state-given = Дадено
consent-state-refused = Отказано
consent-state-withdrawn = Оттеглено
consent-state-expired = Изтекло

approval-pending = Очаква одобрение
approval-approved = Одобрено
approval-rejected = Отхвърлено

case-timeline-opened = Случаят е открит
case-timeline-status_changed = Статусът е променен
case-timeline-phase_changed = Етапът е променен
case-timeline-lead_changed = Водещият служител е сменен
case-timeline-details_changed = Данните са променени
case-timeline-glass_broken = Отворен от служител, който не е определен за случая (спешен достъп)

case-document-type-passport = Паспорт
case-document-type-national_id = Лична карта
case-document-type-residence_permit = Разрешение за пребиваване
case-document-type-birth_certificate = Акт за раждане
case-document-type-other = Друг документ
case-error-lead = Изберете служител от вашата организация, който работи по случаи.
case-error-not-on-opening = Новият случай се открива като активен, на етап идентификация: статусът и етапът се променят по-късно.

# Екраните на делата
staff-nav-cases = Досиета
staff-task-cases = Открийте досие на човек, когото подпомагате, следете статуса и етапа му и намирайте своите досиета.
cases-title = Досиета
cases-new = Открийте досие
cases-new-title = Ново досие
cases-new-hint = Само кодове: нищо тук не назовава човека. Другите списъци могат да почакат, докато научите повече.
cases-case-title = Досие
cases-code = Код на досието
cases-opened-from = Открито от
cases-opened-until = Открито до
cases-opened-on = Открито на
cases-total = { $count ->
    [one] Едно досие
   *[other] { $count } досиета
}
cases-empty = Няма досие, което да отговаря на тези филтри. Открийте досие с „Открийте досие“.
cases-filter-invalid = Този филтър не беше разбран: { $field }.
cases-filter-page = Страница
cases-more = Какво още се знае (форми на сексуална експлоатация, отрасли, методи на контрол и набиране, уязвимости)
cases-open-case = Открийте досието
cases-save = Запазете досието
cases-saved = Досието е запазено.
cases-invalid = Някои стойности не са валидни; вижте съобщенията до полетата.
cases-stale = Някой е променил това досие, докато сте го редактирали. Въведеното от вас е запазено по-долу: сравнете го с промените и запазете отново.
cases-changed-meanwhile = Какво съдържа досието сега
cases-timeline = Хронология
cases-when-in = Кога (час в { $zone })
cases-what = Какво се е случило
cases-who = Кой
cases-glass-breaks = Отворено от служители, които не са определени за досието
cases-glass-none = Нито един служител извън досието не го е отварял.
cases-edit = Променете досието
cases-open-title = Отворете досие по кода му
cases-open-explained = Можете да отворите за 12 часа досие на вашата организация, за което не сте определени, когато ви трябва сега. Посочете кода му и причината: водещият служител по досието и вашите администратори ще виждат и двете.
cases-open-reason = Причина
cases-open-reason-length = Посочете причина с дължина от 10 до 500 знака.
cases-open-no-such-case = Във вашата организация няма такова досие.
cases-open-submit = Отворете досието за 12 часа
case-field-lead_worker = Водещ служител
case-field-status = Статус
case-field-phase = Етап
case-field-gender = Пол
case-field-age_band = Възраст при идентифициране
case-field-citizenship = Гражданство
case-field-residence = Държава на пребиваване
case-field-trafficking_status = Статус по отношение на трафика
case-field-identified_by = Идентифициран от
case-field-exploitation_types = Форми на експлоатация
case-field-sex_exploitation_types = Форми на сексуална експлоатация
case-field-forced_labour_industries = Отрасли на принудителния труд
case-field-methods_of_control = Методи на контрол
case-field-methods_of_recruitment = Методи на набиране
case-field-vulnerabilities = Уязвимости
case-timeline-identity_changed = Самоличността е променена
